//! Exact numbers through serde_json's own `from_str`/`from_slice`/`to_string`
//! (what `axum::Json` calls), without `arbitrary_precision` (issue 12, item 2).

use open_model::{open_model, Integer, Number, Value};

/// A charge as a web handler would take and answer it.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Charge {
    pub id: String,
    pub amount: Number,
    pub big: Option<Integer>,
    pub metadata: Option<Value>,
}

const BODY: &str = r#"{"id":"ch_1","amount":2.50,"big":123456789012345678901234567890,"metadata":{"rate":1E22,"n":[0.1000000000000000055511151231257827]},"fx_rate":1.10000000000000000001}"#;

#[test]
fn numbers_read_by_serde_json_stay_exact() {
    let charge: Charge = serde_json::from_str(BODY).unwrap();
    assert_eq!(charge.amount.to_string(), "2.50");
    assert_eq!(
        charge.big.as_ref().unwrap().to_string(),
        "123456789012345678901234567890"
    );
    assert_eq!(
        charge.extra.get("fx_rate").unwrap().to_string(),
        "1.10000000000000000001"
    );
    // The same as this crate's own reader gives.
    let ours: Charge = open_model::from_json_str(BODY).unwrap();
    assert_eq!(charge, ours);
    let from_slice: Charge = serde_json::from_slice(BODY.as_bytes()).unwrap();
    assert_eq!(from_slice, ours);
    let from_reader: Charge = serde_json::from_reader(BODY.as_bytes()).unwrap();
    assert_eq!(from_reader, ours);
}

#[test]
fn numbers_written_by_serde_json_stay_exact() {
    let charge: Charge = open_model::from_json_str(BODY).unwrap();
    // Before: "the number 1.10000000000000000001 has more precision than f64" (a 500).
    assert_eq!(serde_json::to_string(&charge).unwrap(), BODY);
    assert_eq!(serde_json::to_vec(&charge).unwrap(), BODY.as_bytes());
    let pretty = serde_json::to_string_pretty(&charge).unwrap();
    let back: Charge = serde_json::from_str(&pretty).unwrap();
    assert_eq!(back, charge);
    // Values and numbers alone too.
    let v: Value = serde_json::from_str("[2.50,1E400,-0.0]").unwrap();
    assert_eq!(serde_json::to_string(&v).unwrap(), "[2.50,1E400,-0.0]");
    let n: Number = serde_json::from_str("100000000000000000000000000001").unwrap();
    assert_eq!(
        serde_json::to_string(&n).unwrap(),
        "100000000000000000000000000001"
    );
}

#[test]
fn errors_inside_raw_values_keep_their_paths() {
    let bad =
        r#"{"id":"x","amount":1,"metadata":{"a":{"k":1,"k":2}},"extra":{"b":[1,{"c":1,"c":1}]}}"#;
    let err = serde_json::from_str::<Charge>(bad).unwrap_err().to_string();
    assert!(err.contains("metadata.a.k: duplicate key 'k'"), "{err}");
    assert!(err.contains("extra.b[1].c: duplicate key 'c'"), "{err}");
    // The list index was missing from such paths before, in this crate's reader too.
    let ours = open_model::from_json_str::<Charge>(bad)
        .unwrap_err()
        .to_string();
    assert!(ours.contains("extra.b[1].c: duplicate key 'c'"), "{ours}");
    let err = serde_json::from_str::<Charge>(r#"{"id":"x","amount":"1"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("amount: expected a number, found a string"),
        "{err}"
    );
}

#[test]
fn serde_json_value_is_still_refused_rather_than_rounded() {
    // serde_json::Value without arbitrary_precision holds an f64: an inexact
    // number is an error there, never a silent rounding.
    let charge: Charge = open_model::from_json_str(BODY).unwrap();
    assert!(serde_json::to_value(&charge).is_err());
    let v: Value = open_model::from_json_str("[2.50]").unwrap();
    assert_eq!(serde_json::to_value(&v).unwrap(), serde_json::json!([2.5]));
}

#[test]
fn other_formats_are_unchanged() {
    let charge: Charge = open_model::from_json_str(BODY).unwrap();
    let mut cbor = Vec::new();
    ciborium::into_writer(&charge, &mut cbor).unwrap();
    let back: Charge = ciborium::from_reader(cbor.as_slice()).unwrap();
    assert_eq!(back, charge);
    let value = open_model::to_value(&charge);
    let back: Charge = open_model::from_value(value).unwrap();
    assert_eq!(back, charge);
}

/// An exact number travels through serde as a one-entry map; a model, a
/// `Map` or a `Vec` given one must see a number, never an object whose
/// token key becomes an extra (a bug found this way: `from_value` of
/// `1e400` into an open model succeeded with the token as an extra).
#[test]
fn an_exact_number_where_an_object_is_expected_is_a_number_on_every_serde_path() {
    use open_model::{open_model, Map, Number, Value};

    #[open_model]
    #[derive(Debug)]
    pub struct Open {
        pub a: Option<i64>,
    }

    let big = Value::Number(Number::from_literal("1e400").unwrap());
    let expected = "expected an object, found a number";
    let err = open_model::from_value::<Open>(big.clone()).unwrap_err();
    assert_eq!(err.to_string(), expected);
    let err = open_model::from_value::<Map>(big.clone()).unwrap_err();
    assert_eq!(err.to_string(), expected);
    let err = open_model::from_value::<Vec<i64>>(big.clone()).unwrap_err();
    assert_eq!(err.to_string(), "expected an array, found a number");

    // Through CBOR, whose writer carries the exact number the same way.
    let mut cbor = Vec::new();
    ciborium::into_writer(&big, &mut cbor).unwrap();
    let err = ciborium::from_reader::<Open, _>(cbor.as_slice()).unwrap_err();
    assert!(err.to_string().contains(expected), "{err}");
    let err = ciborium::from_reader::<Map, _>(cbor.as_slice()).unwrap_err();
    assert!(err.to_string().contains(expected), "{err}");
}
