//! `if_schema`, `then_schema` and `else_schema` (JSON Schema 2020-12's
//! `if`, `then`, `else`): a check that applies as another decides, on a
//! value and on a whole model.

use open_model::{open_model, OpenModel, Value};
use open_model_tests::errors_of as report;
use proptest::prelude::*;

/// A US address needs a ZIP code of five digits; any other, a postal code.
#[open_model(if_schema = InUs, then_schema = HasZip, else_schema = HasPostalCode)]
#[derive(Debug, Clone, PartialEq)]
struct Address {
    country: String,
    zip: Option<String>,
    postal_code: Option<String>,
    /// A number that, when an integer, is even; a string otherwise.
    #[open_model(if_schema = i64, then_schema = Even, else_schema = String)]
    code: Option<Value>,
    /// Only a `then`: a long text has no newline.
    #[open_model(if_schema = Long, then_schema = OneLine)]
    note: Option<String>,
}

#[open_model]
#[derive(Debug)]
struct InUs {
    #[open_model(enum_json = r#"["US"]"#)]
    country: Value,
}

#[open_model]
#[derive(Debug)]
struct HasZip {
    #[open_model(pattern = "^[0-9]{5}$")]
    zip: String,
}

#[open_model]
#[derive(Debug)]
struct HasPostalCode {
    postal_code: String,
}

#[open_model]
#[derive(Debug)]
struct Even(#[open_model(multiple_of = 2)] i64);

#[open_model]
#[derive(Debug)]
struct Long(#[open_model(min_length = 10)] String);

#[open_model]
#[derive(Debug)]
struct OneLine(#[open_model(pattern = "^[^\n]*$")] String);

#[test]
fn the_branch_the_condition_chooses_is_checked() {
    assert!(report::<Address>(r#"{"country": "US", "zip": "12345"}"#).is_empty());
    assert!(report::<Address>(r#"{"country": "FR", "postal_code": "75001"}"#).is_empty());
    assert_eq!(
        report::<Address>(r#"{"country": "US", "zip": "1234"}"#),
        ["line 1 column 1: must be valid against the `then` schema (HasZip), as it is valid against the `if` schema (InUs): zip: must match regular expression ^[0-9]{5}$"]
    );
    assert_eq!(
        report::<Address>(r#"{"country": "FR", "zip": "12345"}"#),
        ["line 1 column 1: must be valid against the `else` schema (HasPostalCode), as it is not valid against the `if` schema (InUs): missing required key 'postal_code'"]
    );
    let base = r#""country": "FR", "postal_code": "1""#;
    let with = |field: &str| report::<Address>(&format!("{{{base}, {field}}}"));
    assert!(with(r#""code": 4"#).is_empty());
    assert!(with(r#""code": "x""#).is_empty());
    assert_eq!(
        with(r#""code": 3"#),
        ["line 1 column 47: code: must be valid against the `then` schema (Even), as it is valid against the `if` schema (i64): value must be a multiple of 2"]
    );
    assert_eq!(
        with(r#""code": true"#),
        ["line 1 column 47: code: must be valid against the `else` schema (String), as it is not valid against the `if` schema (i64): expected a string, found a boolean"]
    );
    // Without an `else`, a value the condition refuses is fine.
    assert!(with(r#""note": "a\nb""#).is_empty());
    assert!(with(r#""note": "a long line of text""#).is_empty());
    assert_eq!(
        with(r#""note": "a long\nline of text""#),
        ["line 1 column 47: note: must be valid against the `then` schema (OneLine), as it is valid against the `if` schema (Long): must match regular expression ^[^\n]*$"]
    );
}

#[test]
fn values_built_in_code_are_checked() {
    let mut a: Address = open_model::from_json_str(r#"{"country": "US", "zip": "12345"}"#).unwrap();
    a.zip = Some("1".into());
    let err = a.validate().unwrap_err().to_string();
    assert!(
        err.starts_with("must be valid against the `then` schema (HasZip)"),
        "{err}"
    );
}

#[test]
fn the_schema_has_if_then_else() {
    let s = open_model::schema_of::<Address>();
    for (key, name) in [
        ("if", "InUs"),
        ("then", "HasZip"),
        ("else", "HasPostalCode"),
    ] {
        let target = format!("#/components/schemas/{name}");
        assert_eq!(
            s.get(key)
                .and_then(|r| r.get("$ref"))
                .and_then(Value::as_str),
            Some(target.as_str()),
            "{key}"
        );
    }
    let code = s.get("properties").and_then(|p| p.get("code")).unwrap();
    assert!(code.get("if").is_some() && code.get("then").is_some() && code.get("else").is_some());
}

/// An absent optional field has nothing to check in `validate()`, as when
/// a document without its key is decoded: before, `not`, and now `if`,
/// saw an absent `Option<Value>` as `null`.
#[test]
fn an_absent_optional_is_not_checked_by_validate() {
    #[open_model]
    #[derive(Debug)]
    struct Optional {
        #[open_model(not = Value)]
        never: Option<Value>,
        #[open_model(if_schema = i64, else_schema = String)]
        code: Option<Value>,
    }
    let m: Optional = open_model::from_json_str("{}").unwrap();
    assert!(m.validate().is_ok());
    let present: Optional = open_model::from_json_str("{}")
        .map(|mut m: Optional| {
            m.never = Some(Value::Null);
            m.code = Some(Value::Bool(true));
            m
        })
        .unwrap();
    let report = present.validate().unwrap_err();
    assert_eq!(report.errors().len(), 2, "{report}");
}

#[test]
fn the_schema_reads_back_through_the_generator_as_the_same_options() {
    let src = open_model_tests::generated_from_schema_of::<Address>();
    for expected in [
        "if_schema = InUs,",
        "then_schema = HasZip,",
        "else_schema = HasPostalCode",
        "#[open_model(if_schema = i64, then_schema = Even, else_schema = String)]",
        "#[open_model(if_schema = Long, then_schema = OneLine)]",
    ] {
        assert!(src.contains(expected), "{expected}\n{src}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Built in code: `validate()` and a decode of what the model writes
    /// agree on both conditions, and what passes reads back as the same
    /// value through JSON, serde_json, CBOR and `Value`.
    #[test]
    fn validate_and_decode_agree_and_valid_models_round_trip(
        us in any::<bool>(),
        zip in proptest::option::of("[0-9]{4,6}"),
        postal_code in proptest::option::of("[A-Z0-9]{1,3}"),
        code in proptest::option::of(prop_oneof![
            (-5i64..5).prop_map(Value::from),
            "[a-z]{0,3}".prop_map(Value::from),
            any::<bool>().prop_map(Value::Bool),
        ]),
    ) {
        let a = Address {
            country: if us { "US" } else { "FR" }.to_owned(),
            zip,
            postal_code,
            code,
            note: None,
            extra: Default::default(),
        };
        let valid = a.validate().is_ok();
        let text = open_model::to_json_string(&a).unwrap();
        let decoded = open_model::from_json_str::<Address>(&text);
        prop_assert_eq!(decoded.is_ok(), valid, "{}", text);
        if valid {
            prop_assert_eq!(open_model_tests::round_trips_everywhere(&a), Ok(()));
        }
    }
}
