//! `pattern_properties` (JSON Schema's `patternProperties`): keys matching
//! a pattern hold values of its type, on decode (JSON and serde), in the
//! validate-only check, in `validate()` of a model built in code, and in
//! the schema; `closed` then refuses only the keys no pattern matches.

use open_model::{open_model, OpenModel, Value};
use proptest::prelude::*;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
struct Size {
    width: i64,
}

/// Open: keys no pattern matches are kept as they are.
#[open_model(pattern_properties("^x-" = String, "^n_" = i64, "size$" = Size))]
#[derive(Debug, Clone, PartialEq)]
struct Labels {
    name: Option<String>,
}

/// Closed: only the typed field and the keys a pattern matches.
#[open_model(closed, pattern_properties("^[a-z]+$" = u32))]
#[derive(Debug)]
struct Counts {}

fn report<T: open_model::Decode>(json: &str) -> Vec<String> {
    match open_model_tests::decoded_and_checked_str::<T>(json) {
        Ok(_) => Vec::new(),
        Err(r) => r
            .errors()
            .iter()
            .map(|e| match e.position() {
                Some(p) => format!("{} at {}:{}: {}", e.path(), p.line, p.column, e.message()),
                None => format!("{}: {}", e.path(), e.message()),
            })
            .collect(),
    }
}

/// The same document through serde_json: the same verdict and paths
/// (serde input has no positions).
fn serde_report<T: open_model::Decode + serde::de::DeserializeOwned>(json: &str) -> Vec<String> {
    match serde_json::from_str::<T>(json) {
        Ok(_) => Vec::new(),
        Err(e) => vec![e.to_string()],
    }
}

#[test]
fn matched_keys_are_kept_with_their_values() {
    let json = r#"{"name":"a","x-tag":"t","n_count":3,"box-size":{"width":2},"other":[1]}"#;
    let m: Labels = open_model::from_json_str(json).unwrap();
    assert_eq!(m.extra.get("x-tag"), Some(&Value::from("t")));
    assert_eq!(m.extra.get("n_count"), Some(&Value::from(3)));
    assert_eq!(
        m.extra.get("other"),
        Some(&Value::List(vec![Value::from(1)]))
    );
    assert_eq!(m.extra.len(), 4);
    assert_eq!(open_model::to_json_string(&m).unwrap(), json);
    assert!(report::<Labels>(json).is_empty());
    assert!(serde_report::<Labels>(json).is_empty());
}

#[test]
fn a_matched_key_holds_its_patterns_type() {
    assert_eq!(
        report::<Labels>("{\"x-tag\": 1,\n \"n_count\": \"3\", \"n_ok\": 4}"),
        [
            "[\"x-tag\"] at 1:11: expected a string, found a number",
            "n_count at 2:13: expected an integer, found a string",
        ]
    );
    // A model as a pattern's type: its own errors, under the key.
    assert_eq!(
        report::<Labels>(r#"{"box-size":{"height":2}}"#),
        ["[\"box-size\"] at 1:13: missing required key 'width'"]
    );
    let serde = serde_report::<Labels>(r#"{"x-tag": 1}"#);
    assert_eq!(serde.len(), 1);
    assert!(serde[0].contains("x-tag"), "{serde:?}");
}

#[test]
fn a_key_matching_two_patterns_holds_both_types() {
    // "n_size" matches "^n_" (an integer) and "size$" (a `Size`): no value
    // is both.
    let errors = report::<Labels>(r#"{"n_size": 3}"#);
    assert_eq!(
        errors,
        ["n_size at 1:12: expected an object, found a number"]
    );
    let errors = report::<Labels>(r#"{"n_size": {"width": 1}}"#);
    assert_eq!(
        errors,
        ["n_size at 1:12: expected an integer, found an object"]
    );
}

#[test]
fn patterns_are_ecma_262_searches() {
    // Unanchored and case-sensitive: "X-tag" matches no pattern, so it is
    // any value; `\d`-free patterns aside, the reading is `pattern`'s.
    assert!(report::<Labels>(r#"{"X-tag": 1, "a-x-": 2}"#).is_empty());
    assert_eq!(
        report::<Labels>(r#"{"wide-size": 1}"#),
        ["[\"wide-size\"] at 1:15: expected an object, found a number"]
    );
}

#[test]
fn a_closed_model_refuses_only_the_keys_no_pattern_matches() {
    let m: Counts = open_model::from_json_str(r#"{"ab": 1, "c": 2}"#).unwrap();
    assert_eq!(m.extra.get("ab"), Some(&Value::from(1)));
    const { assert!(!<Counts as OpenModel>::CLOSED) };
    assert_eq!(
        report::<Counts>(r#"{"ab": 1, "A1": 2, "c": -1}"#),
        [
            "A1 at 1:17: unknown key 'A1' is not allowed here",
            "c at 1:25: value must be an unsigned 32 bit integer",
        ]
    );
    assert_eq!(serde_report::<Counts>(r#"{"A1": 2}"#).len(), 1);
}

/// JSON Schema checks a key against `properties` and `patternProperties`
/// both: a typed field's key a pattern matches holds both types.
#[open_model(pattern_properties("^n" = u8))]
#[derive(Debug)]
struct Both {
    #[open_model(minimum = 5)]
    num: Option<i64>,
    other: Option<i64>,
}

#[test]
fn a_typed_key_a_pattern_matches_holds_both_types() {
    assert!(report::<Both>(r#"{"num": 7, "other": 300}"#).is_empty());
    assert_eq!(
        report::<Both>(r#"{"num": 300}"#),
        ["num at 1:9: value must be an unsigned 8 bit integer"]
    );
    assert_eq!(
        report::<Both>(r#"{"num": 3}"#),
        ["num at 1:9: must be a value greater than or equal to 5"]
    );
    assert_eq!(serde_report::<Both>(r#"{"num": 300}"#).len(), 1);
    assert!(serde_report::<Both>(r#"{"num": 30}"#).is_empty());
    let b = Both::builder().num(300).build();
    let r = b.unwrap_err();
    assert_eq!(r.errors()[0].path().to_string(), "num");
}

/// `others`: the type of the keys no field and no pattern takes (JSON
/// Schema's `additionalProperties` beside `patternProperties`).
#[open_model(pattern_properties("^x-" = String, others = i64))]
#[derive(Debug)]
struct Others {
    name: Option<String>,
}

#[test]
fn others_types_the_keys_no_pattern_matches() {
    let json = r#"{"name": "a", "x-a": "s", "n": 3}"#;
    assert!(report::<Others>(json).is_empty());
    assert!(serde_report::<Others>(json).is_empty());
    assert_eq!(
        report::<Others>(r#"{"x-a": 1, "n": "s", "name": "a"}"#),
        [
            "[\"x-a\"] at 1:9: expected a string, found a number",
            "n at 1:17: expected an integer, found a string",
        ]
    );
    assert_eq!(serde_report::<Others>(r#"{"n": "s"}"#).len(), 1);
    let mut m = Others::new().unwrap();
    m.insert_extra("n", "s").unwrap();
    assert_eq!(
        m.validate().unwrap_err().errors()[0].path().to_string(),
        "n"
    );
    let s = open_model::schema_of::<Others>();
    assert_eq!(
        s.get("additionalProperties"),
        Some(&open_model::from_json_str::<Value>(r#"{"type":"integer"}"#).unwrap())
    );
}

#[test]
fn duplicates_of_matched_keys_are_errors() {
    assert_eq!(
        report::<Counts>(r#"{"ab": 1, "ab": 2}"#),
        ["ab at 1:17: duplicate key 'ab'"]
    );
    assert_eq!(
        report::<Counts>(r#"{"ab": -1, "ab": 2}"#),
        [
            "ab at 1:8: value must be an unsigned 32 bit integer",
            "ab at 1:18: duplicate key 'ab'",
        ]
    );
}

#[test]
fn validate_checks_values_built_in_code() {
    let mut m = Labels::new().unwrap();
    m.insert_extra("x-tag", "t").unwrap();
    m.insert_extra("free", 1).unwrap();
    assert!(m.validate().is_ok());
    m.insert_extra("n_count", "three").unwrap();
    let r = m.validate().unwrap_err();
    assert_eq!(r.errors().len(), 1);
    assert_eq!(r.errors()[0].path().to_string(), "n_count");

    let mut c: Counts = open_model::from_json_str("{}").unwrap();
    c.insert_extra("ok", 1).unwrap();
    assert!(c.validate().is_ok());
    c.insert_extra("Not-ok", 1).unwrap();
    let r = c.validate().unwrap_err();
    assert_eq!(
        r.errors()[0].to_string(),
        "[\"Not-ok\"]: unknown key 'Not-ok' is not allowed here"
    );
}

#[test]
fn the_schema_has_pattern_properties() {
    let s = open_model::schema_of::<Labels>();
    let want: Value = open_model::from_json_str(
        r##"{"type":"object","description":"Open: keys no pattern matches are kept as they are.",
            "properties":{"name":{"type":"string"}},
            "patternProperties":{"^x-":{"type":"string"},"^n_":{"type":"integer"},
            "size$":{"$ref":"#/components/schemas/Size"}}}"##,
    )
    .unwrap();
    assert!(
        open_model_tests::same_document(&s, &want),
        "{}",
        open_model::to_json_string(&s).unwrap()
    );
    let s = open_model::schema_of::<Counts>();
    assert_eq!(s.get("additionalProperties"), Some(&Value::Bool(false)));
    assert!(s.get("patternProperties").is_some());
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        "x-[a-z]{0,3}",
        "n_[a-z]{0,3}",
        "[a-z]{1,3}size",
        "[a-zA-Z_-]{1,5}",
    ]
}

/// A value that fits every pattern `key` matches, or any value for a key
/// no pattern matches (a key matching both "^n_" and "size$" gets none).
fn fitting(key: &str, n: i64, s: String) -> Option<Value> {
    let (x, n_, size) = (
        key.starts_with("x-"),
        key.starts_with("n_"),
        key.ends_with("size"),
    );
    match (x, n_, size) {
        (true, false, false) => Some(Value::from(s)),
        (false, true, false) => Some(Value::from(n)),
        (false, false, true) => {
            let mut m = open_model::Map::new();
            m.insert("width".to_owned(), Value::from(n));
            Some(Value::Dict(m))
        }
        (false, false, false) if key == "name" => None,
        (false, false, false) => Some(Value::List(vec![Value::from(s), Value::Null])),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// What a model with key patterns writes, it reads back as the same
    /// value, through JSON, serde_json, CBOR and `Value`.
    #[test]
    fn built_models_round_trip(entries in prop::collection::vec((key(), any::<i64>(), ".{0,4}"), 0..6)) {
        let mut m = Labels::new().unwrap();
        for (k, n, s) in entries {
            if let Some(v) = fitting(&k, n, s) {
                m.insert_extra(k, v).unwrap();
            }
        }
        prop_assert!(m.validate().is_ok());
        prop_assert_eq!(open_model_tests::round_trips_everywhere(&m), Ok(()));
    }
}
