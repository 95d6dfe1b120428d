//! What users read and compare (issue 12, items 7, 8, 10 and 11): reports in
//! document order, `Debug` as `Display`, a leading byte order mark, and
//! equality of maps without regard to key order.

use open_model::{open_model, Map, Value};
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

#[open_model]
#[derive(Debug)]
pub struct Inner {
    pub a: String,
    pub b: String,
    pub c: String,
}

#[open_model]
#[derive(Debug)]
pub struct Outer {
    pub first: i64,
    pub inner: Inner,
    pub last: i64,
}

#[test]
fn errors_are_in_document_order_then_by_path() {
    // `inner` misses `b` and `c` (placed at its `{`), and `a` and `last` are
    // wrong further on: the missing keys came last before.
    let json = r#"{"first":"x","inner":{"a":1},"last":"y"}"#;
    let report = open_model_tests::decoded_and_checked_str::<Outer>(json).unwrap_err();
    let lines: Vec<String> = report.errors().iter().map(|e| e.to_string()).collect();
    assert_eq!(
        lines,
        [
            "line 1 column 10: first: expected an integer, found a string",
            "line 1 column 22: inner: missing required key 'b'",
            "line 1 column 22: inner: missing required key 'c'",
            "line 1 column 27: inner.a: expected a string, found a number",
            "line 1 column 37: last: expected an integer, found a string",
        ]
    );
    let columns: Vec<usize> = report
        .errors()
        .iter()
        .map(|e| e.position().unwrap().column)
        .collect();
    assert!(columns.windows(2).all(|w| w[0] <= w[1]), "{columns:?}");
}

#[test]
fn debug_prints_what_display_prints() {
    let report = open_model_tests::decoded_and_checked_str::<Outer>(r#"{"first":1}"#).unwrap_err();
    assert_eq!(format!("{report:?}"), report.to_string());
    assert_eq!(
        format!("{report:?}"),
        "2 errors:\n  line 1 column 1: missing required key 'inner'\n  line 1 column 1: missing required key 'last'"
    );
}

#[test]
fn a_leading_byte_order_mark_is_skipped() {
    let with_bom =
        b"\xEF\xBB\xBF{\"first\":1,\"inner\":{\"a\":\"\",\"b\":\"\",\"c\":\"\"},\"last\":2}";
    let outer: Outer = open_model_tests::decoded_and_checked(with_bom).unwrap();
    assert_eq!(outer.last, 2);
    // Positions still count from the file's first byte, and columns from
    // the first character after the mark.
    let bad = b"\xEF\xBB\xBF{\"first\":true}";
    let report = open_model_tests::decoded_and_checked::<Outer>(bad).unwrap_err();
    let missing = report.errors()[0].position().unwrap();
    assert_eq!((missing.line, missing.column, missing.offset), (1, 1, 3));
    let first = report.errors()[2].position().unwrap();
    assert_eq!(report.errors()[2].path().to_pointer(), "/first");
    assert_eq!((first.line, first.column, first.offset), (1, 10, 12));
    // Only at the very start: anywhere else it is not JSON.
    assert!(open_model_tests::decoded_and_checked::<Value>(b" \xEF\xBB\xBF1").is_err());
}

fn hash_of<T: Hash>(v: &T) -> u64 {
    let mut h = DefaultHasher::new();
    v.hash(&mut h);
    h.finish()
}

#[test]
fn maps_compare_without_key_order_and_hash_alike() {
    let a: Value =
        open_model_tests::decoded_and_checked_str(r#"{"a":1,"b":{"x":[1,2],"y":null}}"#).unwrap();
    let b: Value =
        open_model_tests::decoded_and_checked_str(r#"{"b":{"y":null,"x":[1,2]},"a":1.0}"#).unwrap();
    assert_eq!(a, b);
    assert_eq!(hash_of(&a), hash_of(&b));
    // Written back, each keeps its own order.
    assert_eq!(
        open_model::to_json_string(&b).unwrap(),
        r#"{"b":{"y":null,"x":[1,2]},"a":1.0}"#
    );
    // A value sent through serde_json::Value (whose map sorts keys) and back
    // compares equal.
    let through: serde_json::Value = serde_json::to_value(&a).unwrap();
    let back: Value = serde_json::from_value(through).unwrap();
    assert_eq!(back, a);
    // Lists keep their order in equality.
    let l1: Value = open_model_tests::decoded_and_checked_str("[1,2]").unwrap();
    let l2: Value = open_model_tests::decoded_and_checked_str("[2,1]").unwrap();
    assert_ne!(l1, l2);
    // Different values still differ.
    let c: Value =
        open_model_tests::decoded_and_checked_str(r#"{"a":1,"b":{"x":[1,2],"y":0}}"#).unwrap();
    assert_ne!(a, c);
    let mut m: Map = Map::new();
    m.insert("a".into(), Value::from(1));
    assert_ne!(Value::Dict(m), a);
}

mod stripe {
    use open_model::open_model;

    /// Stripe's charge.
    #[open_model]
    pub struct Charge {
        pub id: String,
    }
}

mod paypal {
    use open_model::open_model;

    /// PayPal's charge, with the same Rust name.
    #[open_model]
    pub struct Charge {
        pub amount: String,
    }

    /// The same, named apart for schemas.
    #[open_model(rename = "PaypalCharge")]
    pub struct Renamed {
        pub amount: String,
    }
}

#[open_model]
pub struct Payments {
    pub stripe: stripe::Charge,
    pub paypal: paypal::Charge,
}

#[open_model]
pub struct RenamedPayments {
    pub stripe: stripe::Charge,
    pub paypal: paypal::Renamed,
}

#[test]
fn two_components_of_one_name_are_refused_naming_both() {
    // Before: the second silently replaced the first.
    let clash = open_model::components_of::<Payments>().unwrap_err();
    assert_eq!(clash.name, "Charge");
    assert_eq!(
        clash.to_string(),
        "two types are schema component `Charge`: `reports::stripe::Charge` and `reports::paypal::Charge`; name one of them with #[open_model(rename = \"...\")]"
    );
    let doc = open_model::components_of::<RenamedPayments>().unwrap();
    let schemas = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .unwrap();
    let names: Vec<&str> = schemas
        .as_dict()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(names, ["Charge", "PaypalCharge", "RenamedPayments"]);
    assert!(
        open_model::to_json_string(&open_model::schema_of::<RenamedPayments>())
            .unwrap()
            .contains("#/components/schemas/PaypalCharge")
    );
    use open_model::OpenModel;
    assert_eq!(paypal::Renamed::NAME, "PaypalCharge");
}

/// A person, one alternative of a contact.
#[open_model]
#[derive(Debug)]
pub struct Person {
    pub email: String,
    pub age: Option<i64>,
}

/// A contact: an id or a person.
#[open_model(one_of)]
#[derive(Debug)]
pub enum Contact {
    Id(String),
    Person(Person),
}

/// A list of contacts.
#[open_model]
#[derive(Debug)]
pub struct Book {
    pub contacts: Vec<Contact>,
}

#[test]
fn each_variants_errors_are_structured_with_whole_pointers() {
    let json = "{\"contacts\": [\"ok\",\n  {\"email\": 7, \"age\": \"x\"}]}";
    let report = open_model_tests::decoded_and_checked_str::<Book>(json).unwrap_err();
    assert_eq!(report.len(), 1);
    let top = &report.errors()[0];
    assert_eq!(top.path().to_pointer(), "/contacts/1");
    // The message is as before: what each variant said first, relative.
    assert_eq!(
        top.message(),
        "value matches none of the variants: Id: expected a string, found an object; Person: email: expected a string, found a number"
    );
    let open_model::ErrorKind::NoVariant(tried) = top.kind() else {
        panic!("{top:?}")
    };
    let names: Vec<&str> = tried.iter().map(|v| v.variant()).collect();
    assert_eq!(names, ["Id", "Person"]);
    let person: Vec<(String, String, usize, usize)> = tried[1]
        .errors()
        .iter()
        .map(|e| {
            let p = e.position().unwrap();
            (e.path().to_pointer(), e.message(), p.line, p.column)
        })
        .collect();
    assert_eq!(
        person,
        [
            (
                "/contacts/1/email".to_owned(),
                "expected a string, found a number".to_owned(),
                2,
                13
            ),
            (
                "/contacts/1/age".to_owned(),
                "expected an integer, found a string".to_owned(),
                2,
                23
            ),
        ]
    );
    assert_eq!(tried[0].errors()[0].path().to_pointer(), "/contacts/1");
    // The serde path has no positions, but the same structure and pointers.
    let err =
        open_model::from_value::<Book>(open_model_tests::decoded_and_checked_str(json).unwrap())
            .unwrap_err();
    let open_model::ErrorKind::NoVariant(tried) = err.errors()[0].kind() else {
        panic!("{err:?}")
    };
    assert_eq!(tried[1].errors()[1].path().to_pointer(), "/contacts/1/age");
}

/// A value type that is neither `Default` nor ordered.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Code(u8);

#[test]
fn models_derive_hash_consistent_with_equality_and_default_without_bounds() {
    use std::collections::HashSet;
    /// A model users hash and default.
    #[open_model]
    #[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
    pub struct Tagged {
        pub name: Option<String>,
        pub note: open_model::Field<String>,
    }
    let a: Tagged =
        open_model_tests::decoded_and_checked_str(r#"{"name":"x","b":1,"a":[2]}"#).unwrap();
    let b: Tagged =
        open_model_tests::decoded_and_checked_str(r#"{"a":[2],"name":"x","b":1.0}"#).unwrap();
    assert_eq!(a, b);
    assert_eq!(hash_of(&a), hash_of(&b));
    let set: HashSet<Tagged> = [a, b].into_iter().collect();
    assert_eq!(set.len(), 1);
    assert_eq!(Tagged::default().note, open_model::Field::Absent);
    // No `V: Default` bound on the extension map or on `Field`.
    let extras: open_model::Extras<Code> = Default::default();
    assert!(extras.is_empty());
    let field: open_model::Field<Code> = Default::default();
    assert_eq!(field, open_model::Field::Absent);
}
