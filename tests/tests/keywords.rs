//! Validation keywords beyond the Gentrace spec's: each with a passing and a
//! failing value, its message, and its schema keyword.

use open_model::{open_model, Number, Value};

#[open_model]
#[derive(Debug)]
struct Keywords {
    #[open_model(minimum = 0, exclusive_minimum)]
    positive: Option<Number>,
    #[open_model(maximum = 1, exclusive_maximum)]
    below_one: Option<f64>,
    #[open_model(max_length = 3)]
    short: Option<String>,
    #[open_model(multiple_of = 0.1)]
    tenths: Option<Number>,
    #[open_model(multiple_of = 7)]
    sevens: Option<Number>,
    #[open_model(min_items = 1, max_items = 2)]
    one_or_two: Option<Vec<i64>>,
    #[open_model(unique_items)]
    distinct: Option<Vec<Value>>,
}

fn errors(json: &str) -> Vec<String> {
    match open_model::from_json_str::<Keywords>(json) {
        Ok(_) => Vec::new(),
        Err(r) => r
            .errors()
            .iter()
            .map(|e| format!("{}: {}", e.path(), e.message()))
            .collect(),
    }
}

#[test]
fn passing_values() {
    let ok = r#"{"positive":0.000001,"below_one":0.999,"short":"日本語","tenths":0.3,"sevens":7e300,
        "one_or_two":[1,2],"distinct":[1,"1",[1],{"a":1},{"a":2},null,true]}"#;
    assert_eq!(errors(ok), Vec::<String>::new());
}

#[test]
fn failing_values() {
    let bad = r#"{"positive":0,"below_one":1.0,"short":"four","tenths":0.35,"sevens":1e300,
        "one_or_two":[],"distinct":[1,{"a":1,"b":[2.0]},1.0,{"b":[2],"a":1}]}"#;
    assert_eq!(
        errors(bad),
        [
            "positive: must be a value greater than 0",
            "below_one: must be a value less than 1",
            "short: length must be less than or equal to 3",
            "tenths: value must be a multiple of 0.1",
            "sevens: value must be a multiple of 7",
            "one_or_two: number of items must be greater than or equal to 1",
            "distinct: items must be unique",
        ]
    );
    assert_eq!(
        errors(r#"{"one_or_two":[1,2,3]}"#),
        ["one_or_two: number of items must be less than or equal to 2"]
    );
}

#[test]
fn multiple_of_is_exact_decimal_arithmetic() {
    let n = |s: &str| s.parse::<Number>().expect("number");
    for (v, d, expected) in [
        ("0.3", "0.1", true),
        ("0.30000000000000004", "0.1", false),
        ("-0.0", "0.1", true),
        ("123456789012345678901234567890", "10", true),
        ("123456789012345678901234567891", "10", false),
        ("1e999999999", "1e999999998", true),
        ("4.5e-3", "0.0015", true),
        ("19.99", "0.01", true),
        ("0.075", "0.01", false),
    ] {
        assert_eq!(
            n(v).is_multiple_of(&n(d)),
            Some(expected),
            "{v} multipleOf {d}"
        );
    }
}

#[test]
fn keywords_are_in_the_schema() {
    let schema = open_model::schema_of::<Keywords>();
    let prop = |name: &str| {
        schema
            .get("properties")
            .and_then(|p| p.get(name))
            .cloned()
            .expect("property")
    };
    assert_eq!(
        prop("positive").get("exclusiveMinimum"),
        Some(&Value::Bool(true))
    );
    assert_eq!(
        prop("positive")
            .get("minimum")
            .map(ToString::to_string)
            .as_deref(),
        Some("0")
    );
    assert_eq!(
        prop("below_one").get("exclusiveMaximum"),
        Some(&Value::Bool(true))
    );
    assert_eq!(prop("short").get("maxLength"), Some(&Value::from(3)));
    assert_eq!(
        prop("tenths")
            .get("multipleOf")
            .map(ToString::to_string)
            .as_deref(),
        Some("0.1")
    );
    assert_eq!(prop("one_or_two").get("minItems"), Some(&Value::from(1)));
    assert_eq!(prop("one_or_two").get("maxItems"), Some(&Value::from(2)));
    assert_eq!(
        prop("distinct").get("uniqueItems"),
        Some(&Value::Bool(true))
    );
}

#[test]
fn values_built_in_code_are_checked_too() {
    let mut k: Keywords = open_model::from_json_str("{}").expect("valid");
    k.distinct = Some(vec![
        Value::from(1),
        Value::Number("1.0".parse().expect("number")),
    ]);
    let report = open_model::OpenModel::validate(&k).expect_err("duplicates");
    assert_eq!(
        report.errors()[0].to_string(),
        "distinct: items must be unique"
    );
}
