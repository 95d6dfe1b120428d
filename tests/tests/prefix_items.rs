//! `prefix_items` and `additional_items` (JSON Schema 2020-12's
//! `prefixItems` and `items` after it; draft 4's list `items` and
//! `additionalItems`): each of the first items holds its own type.

use open_model::{open_model, OpenModel, Value};

#[open_model]
#[derive(Debug)]
struct Shapes {
    /// A longitude, a latitude, and nothing else.
    #[open_model(prefix_items(f64, f64), additional_items = false)]
    point: Option<Vec<Value>>,
    /// A name, then any number of integers.
    #[open_model(prefix_items(String), additional_items = i64)]
    tagged: Option<Vec<Value>>,
    /// A name, then anything.
    #[open_model(prefix_items(String), min_items = 1)]
    open: Option<Vec<Value>>,
}

/// A component that is a tuple (an alias).
#[open_model]
#[derive(Debug)]
struct Pair(#[open_model(prefix_items(String, bool), additional_items = false)] Vec<Value>);

use open_model_tests::errors_of as report;

#[test]
fn each_prefix_item_holds_its_type() {
    assert!(report::<Shapes>(
        r#"{"point": [1.5, -2], "tagged": ["a", 1, 2], "open": ["a", {}, null]}"#
    )
    .is_empty());
    // Shorter than the prefix is fine, as JSON Schema says.
    assert!(report::<Shapes>(r#"{"point": [1.5], "tagged": []}"#).is_empty());
    assert_eq!(
        report::<Shapes>(r#"{"point": [1.5, "x"]}"#),
        ["line 1 column 11: point: item 1 is not valid: expected a number, found a string"]
    );
    assert_eq!(
        report::<Shapes>(r#"{"point": [1, 2, 3]}"#),
        ["line 1 column 11: point: must have at most 2 items"]
    );
    assert_eq!(
        report::<Shapes>(r#"{"tagged": ["a", 1, "b"]}"#),
        ["line 1 column 12: tagged: item 2 is not valid: expected an integer, found a string"]
    );
    assert_eq!(
        report::<Shapes>(r#"{"open": [1]}"#),
        ["line 1 column 10: open: item 0 is not valid: expected a string, found a number"]
    );
    assert!(report::<Pair>(r#"["a", true]"#).is_empty());
    assert_eq!(
        report::<Pair>(r#"["a", 1]"#),
        ["line 1 column 1: item 1 is not valid: expected a boolean, found a number"]
    );
    assert!(serde_json::from_str::<Pair>(r#"["a", 1]"#).is_err());
}

#[test]
fn values_built_in_code_are_checked() {
    let mut s: Shapes = open_model::from_json_str("{}").unwrap();
    s.point = Some(vec![Value::from("x")]);
    assert_eq!(
        s.validate().unwrap_err().to_string(),
        "point: item 0 is not valid: expected a number, found a string"
    );
}

#[test]
fn the_schema_has_prefix_items() {
    let s = open_model::schema_of::<Shapes>();
    let point = s.get("properties").and_then(|p| p.get("point")).unwrap();
    let want: Value = open_model::from_json_str(
        r#"{"type":"array","items":false,"prefixItems":[{"type":"number"},{"type":"number"}],
            "description":"A longitude, a latitude, and nothing else."}"#,
    )
    .unwrap();
    assert!(open_model_tests::same_document(point, &want), "{point:?}");
}
