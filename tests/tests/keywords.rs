//! Validation keywords beyond the Gentrace spec's: each with a passing and a
//! failing value, its message, and its schema keyword.

use open_model::{open_model, Field, Number, Value};

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
    match open_model_tests::decoded_and_checked_str::<Keywords>(json) {
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
    let mut k: Keywords = open_model_tests::decoded_and_checked_str("{}").expect("valid");
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

#[open_model(min_properties = 1, max_properties = 3)]
#[derive(Debug)]
struct Sized_ {
    a: Option<i64>,
    #[open_model(pattern = "^[a-z]+-[0-9]{2}$")]
    code: Option<String>,
    #[open_model(enum_json = r#"[1, "one", {"n": 1}, null]"#)]
    choice: Option<Value>,
    #[open_model(default_json = "5")]
    level: Option<i64>,
}

#[test]
fn pattern_enum_and_property_counts() {
    let ok = |json: &str| {
        open_model_tests::decoded_and_checked_str::<Sized_>(json)
            .map(|_| ())
            .map_err(|r| r.to_string())
    };
    assert_eq!(ok(r#"{"code":"ab-12","choice":1.0}"#), Ok(()));
    assert_eq!(ok(r#"{"choice":{"n":1.0}}"#), Ok(()));
    assert_eq!(ok(r#"{"choice":null}"#), Ok(()));
    assert_eq!(
        ok(r#"{"code":"x ab-12"}"#),
        Err("line 1 column 9: code: must match regular expression ^[a-z]+-[0-9]{2}$".into())
    );
    assert_eq!(
        ok(r#"{"choice":"two"}"#),
        Err(r#"line 1 column 11: choice: must be one of [1, "one", {"n": 1}, null]"#.into())
    );
    assert_eq!(
        ok("{}"),
        Err("line 1 column 1: number of properties must be greater than or equal to 1".into())
    );
    assert_eq!(
        ok(r#"{"a":1,"x":2,"y":3,"z":4}"#),
        Err("line 1 column 1: number of properties must be less than or equal to 3".into())
    );
    // Unanchored, as ECMA-262's test: a match anywhere counts.
    let schema = open_model::schema_of::<Sized_>();
    assert_eq!(schema.get("minProperties"), Some(&Value::from(1)));
    assert_eq!(schema.get("maxProperties"), Some(&Value::from(3)));
    let prop = |n: &str| {
        schema
            .get("properties")
            .and_then(|p| p.get(n))
            .cloned()
            .expect("property")
    };
    assert_eq!(
        prop("code").get("pattern").and_then(Value::as_str),
        Some("^[a-z]+-[0-9]{2}$")
    );
    assert_eq!(
        prop("choice")
            .get("enum")
            .map(ToString::to_string)
            .as_deref(),
        Some(r#"[1,"one",{"n":1},null]"#)
    );
    assert_eq!(prop("level").get("default"), Some(&Value::from(5)));
}

#[test]
fn null_in_an_optional_any_value_is_kept() {
    let s: Sized_ = open_model_tests::decoded_and_checked_str(r#"{"choice":null}"#).expect("valid");
    assert_eq!(s.choice, Some(Value::Null));
    assert_eq!(
        open_model::to_json_string(&s).ok().as_deref(),
        Some(r#"{"choice":null}"#)
    );
    let s: Sized_ = open_model_tests::decoded_and_checked_str(r#"{"a":1}"#).expect("valid");
    assert_eq!(
        open_model::to_json_string(&s).ok().as_deref(),
        Some(r#"{"a":1}"#)
    );
}

/// A `Value` takes every keyword, each applying to values of its JSON type.
#[open_model]
#[derive(Debug)]
struct Anything {
    #[open_model(
        minimum = 2,
        max_length = 3,
        min_items = 1,
        unique_items,
        pattern = "^a"
    )]
    v: Value,
}

#[test]
fn keywords_on_a_value_apply_to_their_own_type_only() {
    let check = |json: &str| {
        open_model_tests::decoded_and_checked_str::<Anything>(json)
            .map(|_| ())
            .map_err(|r| r.to_string())
    };
    for ok in [
        r#"{"v":2}"#,
        r#"{"v":"abc"}"#,
        r#"{"v":[1,2]}"#,
        r#"{"v":true}"#,
        r#"{"v":{}}"#,
    ] {
        assert_eq!(check(ok), Ok(()), "{ok}");
    }
    assert_eq!(
        check(r#"{"v":1.5}"#),
        Err("line 1 column 6: v: must be a value greater than or equal to 2".into())
    );
    assert_eq!(
        check(r#"{"v":"abcd"}"#),
        Err("line 1 column 6: v: length must be less than or equal to 3".into())
    );
    assert_eq!(
        check(r#"{"v":"bc"}"#),
        Err("line 1 column 6: v: must match regular expression ^a".into())
    );
    assert_eq!(
        check(r#"{"v":[]}"#),
        Err("line 1 column 6: v: number of items must be greater than or equal to 1".into())
    );
    assert_eq!(
        check(r#"{"v":[1,1.0]}"#),
        Err("line 1 column 6: v: items must be unique".into())
    );
}

/// `not`: the value must not decode as the named type.
#[open_model]
#[derive(Debug)]
struct NotAnInteger {
    #[open_model(not = i64)]
    v: Value,
    #[open_model(not = Small)]
    big: Option<Number>,
}

#[open_model(inline)]
#[derive(Debug, PartialEq)]
struct Small(#[open_model(maximum = 9)] Number);

#[test]
fn not_refuses_what_its_type_accepts() {
    let check = |json: &str| {
        open_model_tests::decoded_and_checked_str::<NotAnInteger>(json)
            .map(|_| ())
            .map_err(|r| r.to_string())
    };
    assert_eq!(check(r#"{"v":"1"}"#), Ok(()));
    assert_eq!(check(r#"{"v":1.5,"big":10}"#), Ok(()));
    assert_eq!(
        check(r#"{"v":1}"#),
        Err("line 1 column 6: v: must not be valid against the `not` schema (i64)".into())
    );
    assert_eq!(
        check(r#"{"v":"x","big":9}"#),
        Err("line 1 column 16: big: must not be valid against the `not` schema (Small)".into())
    );
    let schema = open_model::schema_of::<NotAnInteger>();
    assert_eq!(
        schema
            .get("properties")
            .and_then(|p| p.get("big"))
            .map(ToString::to_string)
            .as_deref(),
        Some(r#"{"type":"number","not":{"type":"number","maximum":9}}"#)
    );
}

/// An alias carries keywords on its field.
#[open_model]
#[derive(Debug)]
struct Percentage(#[open_model(minimum = 0, maximum = 100, multiple_of = 0.5)] Number);

#[test]
fn alias_keywords() {
    assert!(open_model_tests::decoded_and_checked_str::<Percentage>("99.5").is_ok());
    let err = |json: &str| {
        open_model_tests::decoded_and_checked_str::<Percentage>(json)
            .map(|_| ())
            .map_err(|r| r.to_string())
    };
    assert_eq!(
        err("100.5"),
        Err("line 1 column 1: must be a value less than or equal to 100".into())
    );
    assert_eq!(
        err("0.25"),
        Err("line 1 column 1: value must be a multiple of 0.5".into())
    );
    assert_eq!(
        open_model::schema_of::<Percentage>().to_string(),
        r#"{"type":"number","description":"An alias carries keywords on its field.","minimum":0,"maximum":100,"multipleOf":0.5}"#
    );
}

/// `oneOf` wants exactly one variant; `anyOf` takes the first that fits.
#[open_model(one_of)]
#[derive(Debug, PartialEq)]
enum Exactly {
    Whole(i64),
    Small(Small),
}

#[open_model(any_of)]
#[derive(Debug, PartialEq)]
enum First {
    Whole(i64),
    Small(Small),
}

#[test]
fn one_of_is_exclusive_and_any_of_is_not() {
    assert_eq!(
        open_model_tests::decoded_and_checked_str::<Exactly>("12").ok(),
        Some(Exactly::Whole(12))
    );
    assert!(matches!(
        open_model_tests::decoded_and_checked_str::<Exactly>("1.5"),
        Ok(Exactly::Small(_))
    ));
    assert_eq!(
        open_model_tests::decoded_and_checked_str::<Exactly>("3").map_err(|r| r.to_string()),
        Err("line 1 column 1: value matches more than one variant (Whole, Small); `oneOf` allows exactly one".into())
    );
    assert_eq!(
        open_model_tests::decoded_and_checked_str::<First>("3").ok(),
        Some(First::Whole(3))
    );
    assert!(open_model_tests::decoded_and_checked_str::<First>("\"x\"").is_err());
    // The serde path buffers the value and applies the same rule.
    assert!(serde_json::from_str::<Exactly>("3").is_err());
    assert_eq!(
        serde_json::from_str::<First>("3").ok(),
        Some(First::Whole(3))
    );
    assert!(open_model::schema_of::<First>().get("anyOf").is_some());
}

/// `default_json` is an annotation, unless the model opts in with
/// `apply_defaults`: then an absent key takes its default on decode.
#[open_model(apply_defaults)]
#[derive(Debug, PartialEq)]
struct WithDefaults {
    #[open_model(default_json = "5")]
    level: Option<i64>,
    #[open_model(default_json = r#"["a", "b"]"#)]
    tags: Option<Vec<String>>,
    #[open_model(default_json = "null")]
    note: open_model::Field<String>,
    plain: Option<i64>,
}

#[open_model(apply_defaults)]
#[derive(Debug)]
struct BadDefault {
    #[open_model(default_json = "\"five\"")]
    level: Option<i64>,
}

#[test]
fn defaults_apply_only_when_the_model_opts_in() {
    let d: WithDefaults = open_model_tests::decoded_and_checked_str("{}").expect("valid");
    assert_eq!(d.level, Some(5));
    assert_eq!(d.tags, Some(vec!["a".to_owned(), "b".to_owned()]));
    assert_eq!(d.note, open_model::Field::Null);
    assert_eq!(d.plain, None);
    let d: WithDefaults =
        open_model_tests::decoded_and_checked_str(r#"{"level":7,"note":"n"}"#).expect("valid");
    assert_eq!(d.level, Some(7));
    assert_eq!(d.note, open_model::Field::Value("n".to_owned()));
    // Without the opt-in (`Sized_` above) the default stays an annotation.
    let s: Sized_ = open_model_tests::decoded_and_checked_str(r#"{"a":1}"#).expect("valid");
    assert_eq!(s.level, None);
    assert_eq!(
        open_model_tests::decoded_and_checked_str::<BadDefault>("{}")
            .map_err(|r| r.to_string())
            .err(),
        Some(
            "line 1 column 1: the default of 'level' (\"five\") does not fit its type: \
             line 1 column 1: expected an integer, found a string"
                .to_owned()
        )
    );
}

/// `not` and `enum_json` on a whole model.
#[open_model(not = OnlyA, enum_json = r#"[{"a": 1}, {"a": 2, "b": "x"}, {"b": "y"}]"#)]
#[derive(Debug)]
struct Whole {
    a: Option<i64>,
    b: Option<String>,
}

#[open_model(closed, inline)]
#[derive(Debug)]
struct OnlyA {
    a: i64,
}

#[test]
fn not_and_enum_on_a_model() {
    let check = |json: &str| {
        open_model_tests::decoded_and_checked_str::<Whole>(json)
            .map(|_| ())
            .map_err(|r| r.to_string())
    };
    assert_eq!(check(r#"{"b":"x","a":2}"#), Ok(()));
    assert_eq!(check(r#"{"b":"y"}"#), Ok(()));
    assert_eq!(
        check(r#"{"a":1}"#),
        Err("line 1 column 1: must not be valid against the `not` schema (OnlyA)".into())
    );
    assert_eq!(
        check(r#"{"a":3,"b":"q"}"#),
        Err(r#"line 1 column 1: must be one of [{"a": 1}, {"a": 2, "b": "x"}, {"b": "y"}]"#.into())
    );
    let schema = open_model::schema_of::<Whole>();
    assert!(
        schema.get("not").is_some() && schema.get("enum").is_some(),
        "{schema}"
    );
    // validate() applies them too.
    let mut w: Whole = open_model_tests::decoded_and_checked_str(r#"{"b":"y"}"#).expect("valid");
    w.b = Some("z".into());
    assert!(open_model::OpenModel::validate(&w).is_err());
}

/// `nullable` on a model: its schema says so; properties holding it are
/// written `Field<T>` or `#[open_model(required)] Option<T>`.
#[open_model(nullable)]
#[derive(Debug)]
struct MaybeOwner {
    name: Option<String>,
}

#[open_model]
#[derive(Debug)]
struct Pet {
    #[open_model(required)]
    owner: Option<MaybeOwner>,
}

#[test]
fn a_nullable_model() {
    assert_eq!(
        open_model::schema_of::<MaybeOwner>().get("nullable"),
        Some(&Value::Bool(true))
    );
    let p: Pet = open_model_tests::decoded_and_checked_str(r#"{"owner":null}"#).expect("valid");
    assert!(p.owner.is_none());
    assert!(open_model_tests::decoded_and_checked_str::<Pet>("{}").is_err());
}

#[open_model(rename_all = "lowercase", nullable)]
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mood {
    Calm,
}

#[test]
fn a_nullable_enum_says_so_in_its_schema() {
    assert_eq!(
        open_model::schema_of::<Mood>().get("nullable"),
        Some(&Value::Bool(true))
    );
}

/// A pattern the macro accepts (valid syntax) that the `regex` crate cannot
/// compile (past its size limit): the backtracking engine runs it instead.
#[open_model]
#[derive(Debug)]
pub struct Huge {
    #[open_model(pattern = "^\\w{1000}{1000}$")]
    pub code: String,
}

#[test]
fn a_pattern_too_big_for_regex_is_still_checked() {
    // Before: every value passed (the pattern failed to compile and the
    // check was skipped).
    let err = open_model_tests::decoded_and_checked_str::<Huge>(r#"{"code":"x"}"#).unwrap_err();
    assert_eq!(
        err.errors()[0].message(),
        "must match regular expression ^\\w{1000}{1000}$"
    );
}

#[test]
fn a_pattern_no_engine_compiled_fails_closed() {
    let refused = open_model::__private::check_pattern(&"x".to_owned(), None, "p").unwrap_err();
    assert_eq!(
        refused.to_string(),
        "the pattern p could not be compiled, so no value can be checked against it"
    );
}

/// Enums on nullable fields and on a `Value`.
#[open_model]
#[derive(Debug)]
pub struct Methods {
    #[open_model(enum_json = r#"["GET","POST"]"#)]
    pub method: Field<String>,
    #[open_model(enum_json = "[1, 2]")]
    pub code: Option<Value>,
}

#[test]
fn a_nullable_field_admits_null_whatever_its_enum_lists() {
    // As the original client: `nullable` admits null; the enum restricts the
    // values that are there (Twilio's `request_method` examples rely on it).
    let m: Methods = open_model_tests::decoded_and_checked_str(r#"{"method":null}"#).unwrap();
    assert_eq!(m.method, Field::Null);
    assert!(open_model_tests::decoded_and_checked_str::<Methods>(r#"{"method":"PUT"}"#).is_err());
    // A `Value`'s null is a value like any other: the enum decides.
    let err = open_model_tests::decoded_and_checked_str::<Methods>(r#"{"code":null}"#).unwrap_err();
    assert_eq!(err.errors()[0].message(), "must be one of [1, 2]");
}

/// Patterns the linear-time `regex` crate cannot run: look-around and a
/// backreference, on `fancy-regex`.
#[open_model]
#[derive(Debug)]
pub struct Login {
    #[open_model(pattern = "^(?!admin$)[a-z]+$")]
    pub user: String,
    #[open_model(pattern = "^(\\w)\\1$")]
    pub twice: Option<String>,
}

#[test]
fn look_around_and_backreferences_are_checked_for_real() {
    // Before: refused at compile time by the macro and the generator.
    open_model_tests::decoded_and_checked_str::<Login>(r#"{"user":"bob","twice":"aa"}"#).unwrap();
    let err =
        open_model_tests::decoded_and_checked_str::<Login>(r#"{"user":"admin","twice":"ab"}"#)
            .unwrap_err();
    let messages: Vec<String> = err.errors().iter().map(|e| e.to_string()).collect();
    assert_eq!(
        messages,
        [
            "line 1 column 9: user: must match regular expression ^(?!admin$)[a-z]+$",
            "line 1 column 25: twice: must match regular expression ^(\\w)\\1$",
        ]
    );
}

/// Character escapes the `regex` crate reads otherwise or not at all, as
/// real documents write them: AWS's "valid XML character" (surrogates in a
/// class), AWS Migration Hub's octal escapes, a control escape.
#[open_model]
#[derive(Debug)]
pub struct Escapes {
    #[open_model(
        pattern = "^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$"
    )]
    pub xml: Option<String>,
    #[open_model(pattern = "^[^/:|\\000-\\037]+$")]
    pub stream: Option<String>,
    #[open_model(pattern = "^a\\cIb$")]
    pub tab: Option<String>,
}

#[test]
fn character_escapes_are_checked_as_ecma_262_reads_them() {
    // Before: refused at compile time ("not a Unicode scalar value",
    // "backreferences are not supported", "unrecognized escape").
    open_model_tests::decoded_and_checked_str::<Escapes>(
        r#"{"xml":"caf\u00e9\n","stream":"progress-1","tab":"a\tb"}"#,
    )
    .unwrap();
    let err = open_model_tests::decoded_and_checked_str::<Escapes>(
        r#"{"xml":"\u0001","stream":"a\u001fb","tab":"a b"}"#,
    )
    .unwrap_err();
    let fields: Vec<String> = err.errors().iter().map(|e| e.path().to_string()).collect();
    assert_eq!(fields, ["xml", "stream", "tab"]);
}

/// A pattern of another dialect kept as an annotation: in the schema,
/// never checked (what `open-model generate --unchecked-patterns` writes).
#[open_model]
#[derive(Debug)]
pub struct Policy {
    #[open_model(pattern_annotation = "\\p{Print}+")]
    pub name: String,
}

#[test]
fn a_pattern_annotation_is_kept_in_the_schema_and_never_checked() {
    let policy =
        open_model_tests::decoded_and_checked_str::<Policy>(r#"{"name":"\u0001"}"#).unwrap();
    assert_eq!(policy.name, "\u{1}");
    let schema = open_model::schema_of::<Policy>();
    assert_eq!(
        schema
            .get("properties")
            .and_then(|p| p.get("name"))
            .and_then(|n| n.get("pattern"))
            .and_then(Value::as_str),
        Some("\\p{Print}+")
    );
}

/// `regex` 1.13's `is_match` misses the match of `\s|\B` (translated with
/// an ASCII `\B`) in "a\u{a0}a", which `find` reports and ECMA-262 finds:
/// the runtime asks again before it refuses a value (the property test of
/// translated patterns found it).
#[test]
fn a_match_is_match_misses_is_still_found() {
    #[open_model::open_model]
    #[derive(Debug)]
    struct Spaced {
        #[open_model(pattern = "\\s|\\B")]
        text: String,
    }
    assert!(open_model::from_json_str::<Spaced>("{\"text\": \"a\u{a0}a\"}").is_ok());
    assert!(open_model::from_json_str::<Spaced>(r#"{"text": "a"}"#).is_err());
}
