//! Field types from other crates (issue 15, part 1), each behind a feature
//! named after its crate, and a user's own type through `FieldVia`.

use bigdecimal::BigDecimal;
use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone, Utc};
use open_model::{open_model, FieldVia, OpenModel, Value};
use proptest::prelude::*;
use std::str::FromStr;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Times {
    pub created: DateTime<Utc>,
    pub local: Option<DateTime<FixedOffset>>,
    pub day: Option<NaiveDate>,
    pub t_created: Option<time::OffsetDateTime>,
    pub t_day: Option<time::Date>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Links {
    pub home: url::Url,
    pub amount: Option<BigDecimal>,
    pub history: Vec<BigDecimal>,
}

#[test]
fn date_times_keep_their_instant_and_write_rfc3339() {
    let text = r#"{"created":"2024-01-02T03:04:05.123456789+02:00","local":"2024-01-02T03:04:05-07:30","day":"2024-02-29","t_created":"2024-01-02T03:04:05.5Z","t_day":"2024-12-31"}"#;
    let t: Times = open_model_tests::decoded_and_checked_str(text).unwrap();
    assert_eq!(
        t.created,
        Utc.with_ymd_and_hms(2024, 1, 2, 1, 4, 5).unwrap()
            + chrono::Duration::nanoseconds(123_456_789)
    );
    assert_eq!(
        t.local.unwrap().offset().local_minus_utc(),
        -(7 * 3600 + 1800)
    );
    let out = open_model::to_json_string(&t).unwrap();
    assert_eq!(
        out,
        r#"{"created":"2024-01-02T01:04:05.123456789Z","local":"2024-01-02T03:04:05-07:30","day":"2024-02-29","t_created":"2024-01-02T03:04:05.5Z","t_day":"2024-12-31"}"#
    );
    let back: Times = open_model_tests::decoded_and_checked_str(&out).unwrap();
    assert_eq!(back, t);
    let via_serde: Times = serde_json::from_str(text).unwrap();
    assert_eq!(via_serde, t);
}

#[test]
fn what_a_date_type_cannot_hold_exactly_is_refused_with_its_place() {
    let cases = [
        (
            r#"{"created":"2024-01-02T03:04:05.1234567891Z"}"#,
            "line 1 column 12: created: value must have at most nine fraction digits (nanoseconds) to be kept exactly",
        ),
        (
            r#"{"created":"2024-01-02 03:04:05Z"}"#,
            "line 1 column 12: created: value must conform to RFC-3339 date-time",
        ),
        (
            r#"{"created":"2024-01-02T03:04:05Z","t_created":"2016-12-31T23:59:60Z"}"#,
            "line 1 column 47: t_created: a leap second cannot be held by time::OffsetDateTime",
        ),
        (
            r#"{"created":"2024-01-02T03:04:05Z","day":"2023-02-29"}"#,
            "line 1 column 41: day: value must conform to RFC-3339 full-date YYYY-MM-DD",
        ),
    ];
    for (text, want) in cases {
        let err = open_model_tests::decoded_and_checked_str::<Times>(text).unwrap_err();
        assert_eq!(err.to_string(), want, "{text}");
    }
    // chrono holds leap seconds: kept.
    let t: Times =
        open_model_tests::decoded_and_checked_str(r#"{"created":"2016-12-31T23:59:60Z"}"#).unwrap();
    assert_eq!(
        open_model::to_json_string(&t).unwrap(),
        r#"{"created":"2016-12-31T23:59:60Z"}"#
    );
}

#[test]
fn a_date_beyond_year_9999_is_refused_not_written() {
    let mut t: Times =
        open_model_tests::decoded_and_checked_str(r#"{"created":"2024-01-02T03:04:05Z"}"#).unwrap();
    t.created = Utc.with_ymd_and_hms(10000, 1, 1, 0, 0, 0).unwrap();
    assert!(t.validate().is_err());
    assert!(open_model::to_json_string(&t).is_err());
    assert!(serde_json::to_string(&t).is_err());
}

#[test]
fn schemas_carry_the_implied_format() {
    let s = open_model::schema_of::<Times>();
    let props = s.get("properties").unwrap();
    assert_eq!(
        props.get("created").unwrap().to_string(),
        r#"{"type":"string","format":"date-time"}"#
    );
    assert_eq!(
        props.get("t_day").unwrap().to_string(),
        r#"{"type":"string","format":"date"}"#
    );
    let s = open_model::schema_of::<Links>();
    let props = s.get("properties").unwrap();
    assert_eq!(
        props.get("home").unwrap().to_string(),
        r#"{"type":"string","format":"uri"}"#
    );
    assert_eq!(
        props.get("amount").unwrap().to_string(),
        r#"{"type":"number"}"#
    );
}

#[test]
fn decimals_are_exact_and_urls_normalised() {
    let text = r#"{"home":"HTTPS://Example.COM/a/../b","amount":12345678901234567890.123456789012345678901,"history":[1e400,-0.000]}"#;
    let links: Links = open_model_tests::decoded_and_checked_str(text).unwrap();
    assert_eq!(links.home.as_str(), "https://example.com/b");
    assert_eq!(
        links.amount,
        Some(BigDecimal::from_str("12345678901234567890.123456789012345678901").unwrap())
    );
    let out = open_model::to_json_string(&links).unwrap();
    let back: Links = open_model_tests::decoded_and_checked_str(&out).unwrap();
    assert_eq!(back, links);
    assert!(
        out.contains("12345678901234567890.123456789012345678901"),
        "{out}"
    );
    let via_serde: Links = serde_json::from_str(text).unwrap();
    assert_eq!(via_serde, links);
    let err =
        open_model_tests::decoded_and_checked_str::<Links>(r#"{"home":"/relative","history":[]}"#)
            .unwrap_err();
    assert!(
        err.to_string().starts_with("line 1 column 9: home: "),
        "{err}"
    );
}

/// A user's own type: an amount in cents written as `"12.34"`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cents(pub u32);

impl FieldVia for Cents {
    type Wire = String;
    fn from_wire(wire: String) -> Result<Self, String> {
        let bad = || "value must be an amount with two decimals".to_owned();
        let (units, cents) = wire.split_once('.').ok_or_else(bad)?;
        if cents.len() != 2
            || !units
                .bytes()
                .chain(cents.bytes())
                .all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        let units: u32 = units.parse().map_err(|_| bad())?;
        let cents: u32 = cents.parse().map_err(|_| bad())?;
        units
            .checked_mul(100)
            .and_then(|u| u.checked_add(cents))
            .map(Cents)
            .ok_or_else(bad)
    }
    fn to_wire(&self) -> String {
        format!("{}.{:02}", self.0 / 100, self.0 % 100)
    }
}
open_model::field_via!(Cents);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Invoice {
    #[open_model(min_length = 4)]
    pub number: String,
    pub total: Cents,
    pub lines: Vec<Cents>,
}

#[test]
fn a_users_own_type_decodes_checks_and_converts() {
    let inv: Invoice = open_model_tests::decoded_and_checked_str(
        r#"{"number":"A-17","total":"12.34","lines":["0.05"]}"#,
    )
    .unwrap();
    assert_eq!(inv.total, Cents(1234));
    assert_eq!(inv.lines, [Cents(5)]);
    let err = open_model_tests::decoded_and_checked_str::<Invoice>(
        r#"{"number":"A-17","total":7,"lines":["1","x.00"]}"#,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "3 errors:\n  line 1 column 26: total: expected a string, found a number\n  line 1 column 37: lines[0]: value must be an amount with two decimals\n  line 1 column 41: lines[1]: value must be an amount with two decimals"
    );
    let err =
        serde_json::from_str::<Invoice>(r#"{"number":"A-17","total":"1","lines":[]}"#).unwrap_err();
    assert!(
        err.to_string()
            .contains("total: value must be an amount with two decimals"),
        "{err}"
    );
    assert_eq!(
        open_model::schema_of::<Invoice>()
            .get("properties")
            .unwrap()
            .get("total")
            .unwrap(),
        &open_model_tests::decoded_and_checked_str::<Value>(r#"{"type":"string"}"#).unwrap()
    );
}

fn arb_utc() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..253_402_300_800, 0u32..1_000_000_000)
        .prop_map(|(s, n)| Utc.timestamp_opt(s - 62_167_219_200, n).unwrap())
}

fn arb_times() -> impl Strategy<Value = Times> {
    (
        arb_utc(),
        proptest::option::of((arb_utc(), -86_399i32..86_400)),
        proptest::option::of(arb_utc()),
        proptest::option::of((arb_utc(), -86_399i32..86_400)),
    )
        .prop_filter_map(
            "a year outside 0..=9999 in its offset",
            |(created, local, day, t)| {
                let local =
                    local.map(|(at, off)| at.with_timezone(&FixedOffset::east_opt(off).unwrap()));
                let t_created = t.map(|(at, off)| {
                    time::OffsetDateTime::from_unix_timestamp_nanos(
                        i128::from(at.timestamp()) * 1_000_000_000
                            + i128::from(at.timestamp_subsec_nanos()),
                    )
                    .unwrap()
                    .to_offset(time::UtcOffset::from_whole_seconds(off).unwrap())
                });
                let t_day = t_created.map(|t| t.date());
                let mut m = Times::new(created).ok()?;
                m.local = local;
                m.day = day.map(|d| d.date_naive());
                m.t_created = t_created;
                m.t_day = t_day;
                m.validate().ok().map(|()| m)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn date_times_built_in_code_round_trip(x in arb_times()) {
        open_model_tests::round_trips_everywhere(&x).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn decimals_built_in_code_round_trip(digits in any::<i128>(), scale in -400i64..400, cents in any::<u32>()) {
        let mut links = Links::new(url::Url::parse("https://a.example/x").unwrap(), vec![BigDecimal::new(digits.into(), scale)]).unwrap();
        links.amount = Some(BigDecimal::new((-digits / 7).into(), -scale));
        open_model_tests::round_trips_everywhere(&links).map_err(TestCaseError::fail)?;
        let inv = Invoice::new("A-170".into(), Cents(cents), vec![Cents(cents / 3)]).unwrap();
        open_model_tests::round_trips_everywhere(&inv).map_err(TestCaseError::fail)?;
    }
}
