//! Shared helpers of the behaviour tests.

use open_model::Value;

/// Compares two values as JSON documents: object key order ignored, numbers
/// compared exactly by value and literal.
pub fn same_document(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Dict(x), Value::Dict(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_document(v, w)))
        }
        (Value::List(x), Value::List(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same_document(v, w))
        }
        (Value::Number(x), Value::Number(y)) => x.is_identical(y),
        (x, y) => x == y,
    }
}

/// The README's Rust examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
