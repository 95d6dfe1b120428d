//! Open enums (issue 15, part 2): a string enum or a tagged union with an
//! `#[open_model(other)]` variant keeps a value it does not know, and writes
//! it back as it came.

use open_model::{open_model, Map, Value};
use open_model_tests::round_trips_everywhere;
use proptest::prelude::*;

/// A charge's status, as an API that adds values over time sends it.
#[open_model(rename_all = "snake_case")]
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Succeeded,
    Pending,
    Failed,
    /// Any status this version does not know.
    #[open_model(other)]
    Other(String),
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Charge {
    pub id: String,
    pub status: Status,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub brand: String,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Sepa {
    pub country: String,
}

/// Payment details by `type`; a type this version does not know is kept whole.
#[open_model(tag = "type", rename_all = "snake_case")]
#[derive(Debug, Clone, PartialEq)]
pub enum Details {
    Card(Card),
    SepaDebit(Sepa),
    #[open_model(other)]
    Unknown(Map),
}

#[test]
fn an_unknown_string_is_kept_and_written_back() {
    let text = r#"{"id":"ch_1","status":"refunded_partially"}"#;
    let charge: Charge = open_model_tests::decoded_and_checked_str(text).unwrap();
    assert_eq!(charge.status, Status::Other("refunded_partially".into()));
    assert_eq!(charge.status.as_str(), "refunded_partially");
    assert_eq!(open_model::to_json_string(&charge).unwrap(), text);
    let charge: Charge = serde_json::from_str(text).unwrap();
    assert_eq!(charge.status, Status::Other("refunded_partially".into()));
}

#[test]
fn known_values_still_choose_their_variant() {
    let charge: Charge =
        open_model_tests::decoded_and_checked_str(r#"{"id":"ch_1","status":"pending"}"#).unwrap();
    assert_eq!(charge.status, Status::Pending);
    assert_eq!(Status::VALUES, ["succeeded", "pending", "failed"]);
}

#[test]
fn an_open_enum_still_refuses_what_is_not_a_string() {
    let err = open_model_tests::decoded_and_checked_str::<Charge>(r#"{"id":"ch_1","status":3}"#)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1 column 23: status: expected a string, found a number"
    );
}

#[test]
fn other_holding_a_known_value_is_refused_everywhere() {
    let odd = Status::Other("pending".into());
    let report = odd.validate().unwrap_err();
    assert!(report.to_string().contains("known value"), "{report}");
    assert!(open_model::to_json_string(&odd).is_err());
    assert!(serde_json::to_string(&odd).is_err());
}

#[test]
fn an_unknown_tag_keeps_the_whole_object() {
    let text = r#"{"type":"klarna","country":"SE","pay_later":true}"#;
    let details: Details = open_model_tests::decoded_and_checked_str(text).unwrap();
    let Details::Unknown(map) = &details else {
        panic!("{details:?}");
    };
    assert_eq!(map.get("country"), Some(&Value::from("SE")));
    assert_eq!(details.tag_value(), "klarna");
    assert_eq!(open_model::to_json_string(&details).unwrap(), text);
    let via_serde: Details = serde_json::from_str(text).unwrap();
    assert_eq!(via_serde, details);
}

#[test]
fn an_open_union_still_needs_its_tag() {
    let err =
        open_model_tests::decoded_and_checked_str::<Details>(r#"{"country":"SE"}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1 column 1: missing required key 'type'"
    );
    let known =
        open_model_tests::decoded_and_checked_str::<Details>(r#"{"type":"card"}"#).unwrap_err();
    assert!(known.to_string().contains("brand"), "{known}");
}

#[test]
fn an_unknown_variant_holding_a_known_or_no_tag_is_refused() {
    let mut map = Map::new();
    map.insert("type".to_owned(), Value::from("card"));
    map.insert("brand".to_owned(), Value::from("visa"));
    let odd = Details::Unknown(map.clone());
    assert!(odd
        .validate()
        .unwrap_err()
        .to_string()
        .contains("known tag value"));
    assert!(open_model::to_json_string(&odd).is_err());
    map.remove("type");
    let untagged = Details::Unknown(map);
    assert!(untagged.validate().is_err());
    assert!(serde_json::to_string(&untagged).is_err());
}

#[test]
fn open_schemas_accept_what_the_model_accepts() {
    let status = open_model::schema_of::<Status>();
    assert_eq!(
        status.to_string(),
        r#"{"anyOf":[{"type":"string","enum":["succeeded","pending","failed"]},{"type":"string"}],"description":"A charge's status, as an API that adds values over time sends it."}"#
    );
    let details = open_model::schema_of::<Details>();
    let any_of = details.get("anyOf").and_then(Value::as_list).unwrap();
    assert_eq!(any_of.len(), 3);
    assert!(details.get("oneOf").is_none());
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("succeeded".to_owned()),
        Just("pending".to_owned()),
        "[a-z_]{0,12}",
        any::<String>(),
    ]
}

/// Statuses built in code, each valid (an `other` never holds a known value).
fn arb_status() -> impl Strategy<Value = Status> {
    arb_text().prop_map(|s| match s.as_str() {
        "succeeded" => Status::Succeeded,
        "pending" => Status::Pending,
        "failed" => Status::Failed,
        _ => Status::Other(s),
    })
}

fn arb_details() -> impl Strategy<Value = Details> {
    let unknown = (
        arb_text(),
        proptest::collection::vec((arb_text(), arb_text()), 0..4),
    )
        .prop_filter_map("a known tag value", |(tag, entries)| {
            if ["card", "sepa_debit"].contains(&tag.as_str()) {
                return None;
            }
            let mut map = Map::new();
            for (k, v) in entries {
                map.insert(k, Value::from(v));
            }
            map.insert("type".to_owned(), Value::from(tag));
            Some(Details::Unknown(map))
        });
    prop_oneof![
        arb_text().prop_map(|brand| Details::Card(Card::new(brand).unwrap())),
        arb_text().prop_map(|country| Details::SepaDebit(Sepa::new(country).unwrap())),
        unknown,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn statuses_built_in_code_round_trip(x in arb_status()) {
        prop_assert!(x.validate().is_ok());
        round_trips_everywhere(&x).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn open_unions_built_in_code_round_trip(x in arb_details()) {
        prop_assert!(x.validate().is_ok(), "{:?}", x.validate());
        round_trips_everywhere(&x).map_err(TestCaseError::fail)?;
    }
}
