//! `dependent_required` and `property_names` (JSON Schema's
//! `dependentRequired` and `propertyNames`): rules on which keys a model
//! holds, typed fields' and extension keys alike, on decode, in the
//! validate-only check, in `validate()`, and in the schema.

use open_model::{open_model, OpenModel, Value};

#[open_model(dependent_required("card" = ["billing"], "x-a" = ["x-b", "card"]))]
#[derive(Debug)]
struct Payment {
    card: Option<String>,
    billing: Option<String>,
}

/// A key: at most three letters.
#[open_model]
#[derive(Debug)]
struct ShortName(#[open_model(pattern = "^[a-z]{1,3}$")] String);

#[open_model(property_names = ShortName)]
#[derive(Debug)]
struct Short {
    ab: Option<i64>,
}

use open_model_tests::errors_of as report;

#[test]
fn a_present_key_needs_its_dependents() {
    assert!(report::<Payment>(r#"{}"#).is_empty());
    assert!(report::<Payment>(r#"{"billing": "b"}"#).is_empty());
    assert!(report::<Payment>(r#"{"card": "c", "billing": "b"}"#).is_empty());
    assert_eq!(
        report::<Payment>(r#"{"card": "c"}"#),
        ["line 1 column 1: 'billing' is required when 'card' is present"]
    );
    // Extension keys count as typed ones do.
    assert_eq!(
        report::<Payment>(r#"{"x-a": 1, "x-b": 2}"#),
        ["line 1 column 1: 'card' is required when 'x-a' is present"]
    );
    assert!(report::<Payment>(r#"{"x-a": 1, "x-b": 2, "card": "c", "billing": "b"}"#).is_empty());
    assert!(serde_json::from_str::<Payment>(r#"{"card": "c"}"#).is_err());
    let mut p = Payment::new().unwrap();
    p.card = Some("c".into());
    assert_eq!(
        p.validate().unwrap_err().to_string(),
        "'billing' is required when 'card' is present"
    );
    let s = open_model::schema_of::<Payment>();
    let want: Value =
        open_model::from_json_str(r#"{"card":["billing"],"x-a":["x-b","card"]}"#).unwrap();
    assert_eq!(s.get("dependentRequired"), Some(&want));
}

#[test]
fn every_key_is_a_valid_name() {
    assert!(report::<Short>(r#"{"ab": 1, "cde": "x"}"#).is_empty());
    assert_eq!(
        report::<Short>(r#"{"ab": 1, "long": 2}"#),
        ["line 1 column 1: property name 'long' is not valid: must match regular expression ^[a-z]{1,3}$"]
    );
    let mut s = Short::new().unwrap();
    s.insert_extra("Up", 1).unwrap();
    assert!(s.validate().is_err());
    let schema = open_model::schema_of::<Short>();
    assert!(schema.get("propertyNames").is_some(), "{schema:?}");
}

/// What the whole object must also be when `card` is present.
#[open_model]
#[derive(Debug)]
struct WithCard {
    billing: String,
    #[open_model(max_length = 4)]
    card: String,
}

#[open_model(dependent_schemas("card" = WithCard))]
#[derive(Debug)]
struct Order {
    card: Option<String>,
    billing: Option<String>,
}

#[test]
fn a_present_key_brings_its_dependent_schema() {
    assert!(report::<Order>(r#"{"billing": "b"}"#).is_empty());
    assert!(report::<Order>(r#"{"card": "c", "billing": "b"}"#).is_empty());
    assert_eq!(
        report::<Order>(r#"{"card": "c"}"#),
        ["line 1 column 1: with 'card' present, the object must also meet its dependent schema: missing required key 'billing'"]
    );
    assert_eq!(
        report::<Order>(r#"{"card": "12345", "billing": "b"}"#),
        ["line 1 column 1: with 'card' present, the object must also meet its dependent schema: card: length must be less than or equal to 4"]
    );
    let mut o = Order::new().unwrap();
    o.card = Some("c".into());
    assert!(o.validate().is_err());
    let s = open_model::schema_of::<Order>();
    assert!(s.get("dependentSchemas").is_some(), "{s:?}");
}

/// Every key and tuple keyword at once, for the round trip through the
/// generator.
#[open_model(
    pattern_properties("^x-" = String, others = i64),
    dependent_required("a" = ["b"]),
    property_names = ShortName
)]
#[derive(Debug)]
struct Everything {
    #[open_model(prefix_items(String, bool), additional_items = false)]
    a: Option<Vec<Value>>,
    b: Option<i64>,
}

#[test]
fn the_schema_reads_back_through_the_generator_as_the_same_options() {
    // `{"components": {"schemas": …}}`, made a 3.1 document.
    let src = open_model_tests::generated_from_schema_of::<Everything>();
    for expected in [
        "pattern_properties(\"^x-\" = String, others = i64)",
        "dependent_required(\"a\" = [\"b\"])",
        "property_names = ShortName",
        "#[open_model(prefix_items(String, bool), additional_items = false)]",
        "pattern = \"^[a-z]{1,3}$\"",
    ] {
        assert!(src.contains(expected), "{expected}\n{src}");
    }
}
