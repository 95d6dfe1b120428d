//! `contains`, `min_contains` and `max_contains` (JSON Schema 2020-12's
//! `contains`, `minContains`, `maxContains`): how many items of an array
//! are of a type.

use open_model::{open_model, OpenModel, Value};
use open_model_tests::errors_of as report;

#[open_model]
#[derive(Debug)]
struct Lists {
    /// At least one integer among anything.
    #[open_model(contains = i64)]
    some: Option<Vec<Value>>,
    /// Two or three strings of at least 2 characters.
    #[open_model(contains = Word, min_contains = 2, max_contains = 3)]
    words: Option<Vec<Value>>,
    /// Any number of booleans, at most one.
    #[open_model(contains = bool, min_contains = 0, max_contains = 1)]
    flags: Option<Vec<Value>>,
}

#[open_model]
#[derive(Debug)]
struct Word(#[open_model(min_length = 2)] String);

/// A component that is such an array (an alias).
#[open_model]
#[derive(Debug)]
struct Ids(#[open_model(contains = uuid::Uuid)] Vec<String>);

#[test]
fn the_items_of_the_type_are_counted() {
    assert!(report::<Lists>(
        r#"{"some": ["a", 1.5, 2], "words": ["ab", "c", "de", 1], "flags": [1, "x"]}"#
    )
    .is_empty());
    assert_eq!(
        report::<Lists>(r#"{"some": ["a", 1.5]}"#),
        ["line 1 column 10: some: must contain at least 1 item valid as `i64` (found 0)"]
    );
    // An empty array has none.
    assert_eq!(
        report::<Lists>(r#"{"some": []}"#),
        ["line 1 column 10: some: must contain at least 1 item valid as `i64` (found 0)"]
    );
    // An item counts only with every check of its type.
    assert_eq!(
        report::<Lists>(r#"{"words": ["ab", "c"]}"#),
        ["line 1 column 11: words: must contain at least 2 items valid as `Word` (found 1)"]
    );
    assert_eq!(
        report::<Lists>(r#"{"words": ["ab", "cd", "ef", "gh"]}"#),
        ["line 1 column 11: words: must contain at most 3 items valid as `Word` (found 4)"]
    );
    assert!(report::<Lists>(r#"{"flags": []}"#).is_empty());
    assert_eq!(
        report::<Lists>(r#"{"flags": [true, false]}"#),
        ["line 1 column 11: flags: must contain at most 1 item valid as `bool` (found 2)"]
    );
    assert!(report::<Ids>(r#"["x", "67e55044-10b1-426f-9247-bb680e5fe0c8"]"#).is_empty());
    assert_eq!(
        report::<Ids>(r#"["x"]"#),
        ["line 1 column 1: must contain at least 1 item valid as `uuid::Uuid` (found 0)"]
    );
    assert!(serde_json::from_str::<Ids>(r#"["x"]"#).is_err());
}

#[test]
fn values_built_in_code_are_checked() {
    let mut l: Lists = open_model::from_json_str("{}").unwrap();
    l.some = Some(vec![Value::from("x")]);
    assert_eq!(
        l.validate().unwrap_err().to_string(),
        "some: must contain at least 1 item valid as `i64` (found 0)"
    );
}

#[test]
fn the_schema_has_contains() {
    let s = open_model::schema_of::<Lists>();
    let words = s.get("properties").and_then(|p| p.get("words")).unwrap();
    let want: Value = open_model::from_json_str(
        r##"{"type":"array","items":{},"contains":{"$ref":"#/components/schemas/Word"},
            "minContains":2,"maxContains":3,
            "description":"Two or three strings of at least 2 characters."}"##,
    )
    .unwrap();
    assert!(open_model_tests::same_document(words, &want), "{words:?}");
}

#[test]
fn the_schema_reads_back_through_the_generator_as_the_same_options() {
    let src = open_model_tests::generated_from_schema_of::<Lists>();
    for expected in [
        "#[open_model(contains = i64)]",
        "#[open_model(contains = Word, min_contains = 2, max_contains = 3)]",
        "#[open_model(contains = bool, min_contains = 0, max_contains = 1)]",
    ] {
        assert!(src.contains(expected), "{expected}\n{src}");
    }
}
