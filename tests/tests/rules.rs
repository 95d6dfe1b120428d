//! Every rule of the macro, each with a passing and a failing case.

use open_model::{open_model, Field, Map, Number, Value};

fn errors<T: open_model::Decode + std::fmt::Debug>(json: &str) -> Vec<String> {
    match open_model_tests::decoded_and_checked_str::<T>(json) {
        Ok(v) => panic!("{json} decoded as {v:?}"),
        Err(r) => r
            .errors()
            .iter()
            .map(|e| format!("{}: {}", e.path(), e.message()))
            .collect(),
    }
}

fn ok<T: open_model::Decode>(json: &str) -> T {
    open_model_tests::decoded_and_checked_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

#[open_model]
#[derive(Debug, PartialEq)]
struct Formats {
    #[open_model(format = "uuid")]
    uuid_text: Option<String>,
    uuid_typed: Option<uuid::Uuid>,
    #[open_model(format = "date")]
    date: Option<String>,
    #[open_model(format = "date-time")]
    date_time: Option<String>,
    #[open_model(format = "int32")]
    int32: Option<Number>,
    #[open_model(format = "int64")]
    int64: Option<Number>,
    #[open_model(format = "float")]
    float: Option<Number>,
    #[open_model(format = "double")]
    double: Option<Number>,
    integer: Option<i64>,
    small: Option<i32>,
    #[open_model(format = "uri")]
    link: Option<String>,
}

#[test]
fn formats_pass() {
    let f: Formats = ok(
        r#"{"uuid_text":"1AA5DC15-A379-40F5-8793-4BCA9BFFC3F3","uuid_typed":"1aa5dc15-a379-40f5-8793-4bca9bffc3f3","date":"2024-02-29","date_time":"2024-01-02T03:04:05.123456+00:00","int32":-2147483648,"int64":9223372036854775807,"float":-3.4028234663852886e38,"double":1.7976931348623157e308,"integer":100,"small":2147483647,"link":"https://example.com/not-checked-before"}"#,
    );
    assert_eq!(
        f.uuid_text.as_deref(),
        Some("1AA5DC15-A379-40F5-8793-4BCA9BFFC3F3"),
        "text kept as sent"
    );
    assert_eq!(f.integer, Some(100));
}

/// An integer is an integer literal, as draft 4 of JSON Schema and the
/// original client's strict integers say: `1.0` and `1e2` are numbers.
#[test]
fn integers_are_integer_literals() {
    #[open_model]
    #[derive(Debug)]
    struct Ints {
        a: Option<i64>,
        b: Option<open_model::Integer>,
    }
    for json in [
        r#"{"a":1.0}"#,
        r#"{"a":1e2}"#,
        r#"{"b":1.0}"#,
        r#"{"b":1E2}"#,
    ] {
        let field = if json.contains("\"a\"") { "a" } else { "b" };
        assert_eq!(
            errors::<Ints>(json),
            [format!("{field}: value must be an integer")]
        );
    }
    let big: Ints = ok(r#"{"a":-0,"b":-123456789012345678901234567890}"#);
    assert_eq!(big.a, Some(0));
    assert_eq!(
        big.b.map(|b| b.to_string()).as_deref(),
        Some("-123456789012345678901234567890")
    );
}

/// Formats checked beyond the original client's: email, hostname, IP addresses.
#[test]
fn network_formats() {
    #[open_model]
    #[derive(Debug)]
    struct Net {
        #[open_model(format = "email")]
        email: Option<String>,
        #[open_model(format = "hostname")]
        host: Option<String>,
        #[open_model(format = "ipv4")]
        v4: Option<String>,
        #[open_model(format = "ipv6")]
        v6: Option<String>,
        #[open_model(format = "date-time")]
        at: Option<String>,
    }
    let _: Net = ok(
        r#"{"email":"joe.bloggs@example.com","host":"ab--cd.example","v4":"192.168.0.1","v6":"::ffff:192.168.0.1","at":"1998-12-31T15:59:60.123-08:00"}"#,
    );
    assert_eq!(
        errors::<Net>(
            r#"{"email":"te..st@example.com","host":"-a.example","v4":"127.0.0.01","v6":"1::d6::42","at":"1998-12-31T23:58:60Z"}"#
        ),
        [
            "email: value must be an email address",
            "host: value must be a host name",
            "v4: value must be an IPv4 address",
            "v6: value must be an IPv6 address",
            "at: value must conform to RFC-3339 date-time",
        ]
    );
}

#[test]
fn formats_fail() {
    let got = errors::<Formats>(
        r#"{"uuid_text":"1aa5dc15a37940f587934bca9bffc3f3","uuid_typed":"{1aa5dc15-a379-40f5-8793-4bca9bffc3f3}","date":"2023-02-29","date_time":"2024-01-02T03:04:05","int32":2147483648,"int64":9223372036854775808,"float":3.5e38,"double":2e308,"integer":1.5,"small":2147483648}"#,
    );
    assert_eq!(
        got,
        [
            "uuid_text: value must be a uuid",
            "uuid_typed: value must be a uuid",
            "date: value must conform to RFC-3339 full-date YYYY-MM-DD",
            "date_time: value must conform to RFC-3339 date-time",
            "int32: value must be a 32 bit integer",
            "int64: value must be a 64 bit integer",
            "float: value must be a 32 bit float",
            "double: value must be a 64 bit float",
            "integer: value must be an integer",
            "small: value must be a 32 bit integer",
        ]
    );
}

#[open_model(rename_all = "kebab-case")]
#[derive(Debug)]
struct Renamed {
    first_name: String,
    #[open_model(rename = "$ref")]
    reference: String,
    r#type: String,
}

#[test]
fn rename_and_rename_all() {
    let r: Renamed = ok(r#"{"first-name":"a","$ref":"b","type":"c"}"#);
    assert_eq!(
        (
            r.first_name.as_str(),
            r.reference.as_str(),
            r.r#type.as_str()
        ),
        ("a", "b", "c")
    );
    assert_eq!(
        errors::<Renamed>(r#"{"first_name":"a","$ref":"b","type":"c"}"#),
        [": missing required key 'first-name'"]
    );
}

#[open_model]
#[derive(Debug)]
struct Presence {
    required: String,
    optional: Option<String>,
    tri: Field<String>,
    #[open_model(required)]
    present_maybe_null: Option<String>,
}

#[test]
fn required_optional_nullable() {
    let p: Presence = ok(r#"{"required":"a","present_maybe_null":null}"#);
    assert_eq!(
        (p.optional, p.tri, p.present_maybe_null),
        (None, Field::Absent, None)
    );
    let p: Presence = ok(r#"{"required":"a","tri":null,"present_maybe_null":"x"}"#);
    assert_eq!(
        (p.tri, p.present_maybe_null.as_deref()),
        (Field::Null, Some("x"))
    );
    assert_eq!(
        errors::<Presence>(r#"{"required":null,"optional":null}"#),
        // In document order: a missing key is placed at its object's start.
        [
            ": missing required key 'present_maybe_null'",
            "required: null is not allowed here",
            "optional: null is not allowed here",
        ]
    );
    let p: Presence = ok(r#"{"required":"a","present_maybe_null":null}"#);
    assert_eq!(
        open_model::to_json_string(&p).ok().as_deref(),
        Some(r#"{"required":"a","present_maybe_null":null}"#)
    );
}

#[open_model]
#[derive(Debug, PartialEq)]
struct Inner {
    n: i64,
}

#[open_model(extra = Inner)]
#[derive(Debug)]
struct Nested {
    one: Inner,
    many: Vec<Inner>,
    by_name: Map<Inner>,
    free: Map,
    any: Value,
    boxed: Option<Box<Inner>>,
}

#[test]
fn nested_models_lists_maps_and_typed_extras() {
    let n: Nested = ok(
        r#"{"one":{"n":1},"many":[{"n":2}],"by_name":{"a":{"n":3}},"free":{"x":[true]},"any":"s","boxed":{"n":5},"more":{"n":4}}"#,
    );
    assert_eq!(
        n.extra.get("more"),
        Some(&Inner::new(4).unwrap_or_else(|e| panic!("{e}")))
    );
    assert_eq!(n.boxed.map(|b| b.n), Some(5));
    assert_eq!(
        errors::<Nested>(
            r#"{"one":{"n":"1"},"many":[{"n":2},{}],"by_name":{"a":[]},"free":[],"any":null,"more":{"n":true}}"#
        ),
        [
            "one.n: expected an integer, found a string",
            "many[1]: missing required key 'n'",
            "by_name.a: expected an object, found an array",
            "free: expected an object, found an array",
            "more.n: expected an integer, found a boolean",
        ]
    );
}

#[test]
fn depth_is_limited_and_never_overflows_the_stack() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    let report = open_model_tests::decoded_and_checked_str::<Value>(&deep).expect_err("too deep");
    assert_eq!(
        report.errors()[0].to_string(),
        "line 1 column 129: nesting deeper than the limit of 128"
    );
    let ok_depth = "[".repeat(128) + &"]".repeat(128);
    assert!(open_model_tests::decoded_and_checked_str::<Value>(&ok_depth).is_ok());
    let opts = open_model::Options::default().with_max_depth(1000);
    let deeper = "[".repeat(1000) + &"]".repeat(1000);
    assert!(open_model::from_json_slice_with::<Value>(deeper.as_bytes(), &opts).is_ok());
}

#[test]
fn not_json_is_refused() {
    for bad in [
        "NaN",
        "[Infinity]",
        "{\"a\":-Infinity}",
        // One leading byte order mark is skipped; a second is not JSON.
        "\u{feff}\u{feff}{}",
        "{} x",
        "[1,]",
        "'a'",
    ] {
        assert!(
            open_model_tests::decoded_and_checked_str::<Value>(bad).is_err(),
            "{bad}"
        );
    }
    assert!(Value::try_from(f64::NAN).is_err());
    assert!(Value::try_from(f64::INFINITY).is_err());
}

#[test]
fn value_conversions() {
    assert_eq!(Value::from(vec![1u8, 2]), Value::Bytes(vec![1, 2]));
    assert_eq!(Value::from(&b"ab"[..]), Value::Bytes(b"ab".to_vec()));
    assert_eq!(Value::from(vec!["a", "b"]).to_string(), r#"["a","b"]"#);
    assert_eq!(Value::from([1i64, 2]).to_string(), "[1,2]");
    assert_eq!(Value::from(Some(3u64)).to_string(), "3");
    assert_eq!(Value::from(None::<bool>), Value::Null);
    assert_eq!(
        Value::from(u128::MAX).to_string(),
        "340282366920938463463374607431768211455"
    );
    assert_eq!(
        Value::try_from(9.0f64)
            .map(|v| v.to_string())
            .ok()
            .as_deref(),
        Some("9.0")
    );
    assert_eq!(
        Value::try_from(0.1f32)
            .map(|v| v.to_string())
            .ok()
            .as_deref(),
        Some("0.1")
    );
    let id = uuid::Uuid::from_u128(0x1aa5dc15_a379_40f5_8793_4bca9bffc3f3);
    assert_eq!(
        Value::from(id).as_str(),
        Some("1aa5dc15-a379-40f5-8793-4bca9bffc3f3")
    );
    let m: std::collections::BTreeMap<&str, i32> = [("b", 1), ("a", 2)].into_iter().collect();
    assert_eq!(Value::from(m).to_string(), r#"{"a":2,"b":1}"#);
    assert_eq!(
        String::try_from(Value::from("x")).ok().as_deref(),
        Some("x")
    );
    assert_eq!(
        i64::try_from(Value::from("x")).map_err(|e| e.to_string()),
        Err("expected an integer, found a string".into())
    );
    assert_eq!(uuid::Uuid::try_from(Value::from(id)).ok(), Some(id));
}

#[test]
fn dates_convert_like_python_isoformat() {
    use chrono::{NaiveDate, TimeZone, Utc};
    let d = NaiveDate::from_ymd_opt(2024, 1, 2).expect("date");
    assert_eq!(Value::from(d).as_str(), Some("2024-01-02"));
    let dt = d.and_hms_micro_opt(3, 4, 5, 123_456).expect("time");
    assert_eq!(Value::from(dt).as_str(), Some("2024-01-02T03:04:05.123456"));
    assert_eq!(
        Value::from(Utc.from_utc_datetime(&dt)).as_str(),
        Some("2024-01-02T03:04:05.123456+00:00")
    );
    assert_eq!(
        Value::from(d.and_hms_opt(3, 4, 5).expect("t")).as_str(),
        Some("2024-01-02T03:04:05")
    );
    let date = time::Date::from_calendar_date(2024, time::Month::January, 2).expect("date");
    let clock = time::Time::from_hms_micro(3, 4, 5, 123_456).expect("time");
    let offset = time::UtcOffset::from_hms(2, 0, 0).expect("offset");
    let t = time::PrimitiveDateTime::new(date, clock).assume_offset(offset);
    assert_eq!(
        Value::from(t).as_str(),
        Some("2024-01-02T03:04:05.123456+02:00")
    );
}

#[test]
fn trailing_and_syntax_errors_keep_earlier_validation_errors() {
    let got = errors::<Inner>(r#"{"n":"x"} ["#);
    assert_eq!(
        got,
        [
            "n: expected an integer, found a string",
            ": invalid JSON: trailing characters"
        ]
    );
}

#[test]
fn duplicates_after_a_failed_entry_are_still_found() {
    let got = errors::<Map<i64>>(r#"{"a":"x","b":1,"b":2,"a":3}"#);
    assert_eq!(
        got,
        [
            "a: expected an integer, found a string",
            "b: duplicate key 'b'",
            "a: duplicate key 'a'",
        ]
    );
    let got = errors::<Inner>(r#"{"n":1,"x":[1,"#);
    assert_eq!(
        got.last().map(String::as_str),
        Some(": invalid JSON: EOF while parsing a value")
    );
}

#[test]
fn extras_duplicates_after_a_failed_extra_are_still_found() {
    let got = errors::<Nested>(
        r#"{"one":{"n":1},"many":[],"by_name":{},"free":{},"any":1,"x":{"n":"bad"},"x":{"n":2}}"#,
    );
    assert_eq!(
        got,
        [
            "x.n: expected an integer, found a string",
            "x: duplicate key 'x'"
        ]
    );
}

#[test]
fn serde_path_finds_the_same_duplicates() {
    let err = serde_json::from_str::<Map<i64>>(r#"{"a":"x","b":1,"b":2,"a":3}"#)
        .expect_err("invalid")
        .to_string();
    assert!(err.starts_with("3 errors:"), "{err}");
    assert!(
        err.contains("a: expected an integer, found a string"),
        "{err}"
    );
    assert!(err.contains("b: duplicate key 'b'"), "{err}");
    assert!(err.contains("a: duplicate key 'a'"), "{err}");
}
