//! The dynamic value held by extension maps and free-form fields.

use crate::{Map, Number};
use std::fmt;

/// Any value a document can hold: the dict, str, bool, decimal, null, list
/// and bytes of the original Python client.
///
/// JSON has no bytes; [`Value::Bytes`] comes from binary serde formats (CBOR,
/// MessagePack) and from code, and writing it as JSON is an error rather than
/// a silent change of type.
///
/// ```
/// use open_model::{Value, Map};
///
/// let v = Value::from(vec![Value::from(1), Value::from("two"), Value::Null]);
/// assert_eq!(v.as_list().map(|l| l.len()), Some(3));
/// assert_eq!(open_model::to_json_string(&v)?, r#"[1,"two",null]"#);
///
/// let float = Value::try_from(9.0f64)?;
/// assert_eq!(open_model::to_json_string(&float)?, "9.0");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
/// Equality and `Hash` agree: numbers by exact value (`9 == 9.0`), dicts
/// without regard to key order (the order is kept for writing).
#[derive(Clone, PartialEq, Eq, Default, Hash)]
pub enum Value {
    /// JSON `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// An exact number.
    Number(Number),
    /// A string.
    Str(String),
    /// An ordered list.
    List(Vec<Value>),
    /// An insertion-ordered map with string keys.
    Dict(Map<Value>),
    /// Raw bytes (binary formats only).
    Bytes(Vec<u8>),
}

/// The kind of a value, as named in error messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `null`
    Null,
    /// a boolean
    Bool,
    /// a number
    Number,
    /// a string
    Str,
    /// an array
    List,
    /// an object
    Dict,
    /// bytes
    Bytes,
}

impl Kind {
    /// The kind with its article, as messages use it ("a string").
    pub fn described(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool => "a boolean",
            Kind::Number => "a number",
            Kind::Str => "a string",
            Kind::List => "an array",
            Kind::Dict => "an object",
            Kind::Bytes => "bytes",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.described())
    }
}

impl Value {
    /// The kind of this value.
    pub fn kind(&self) -> Kind {
        match self {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Bool,
            Value::Number(_) => Kind::Number,
            Value::Str(_) => Kind::Str,
            Value::List(_) => Kind::List,
            Value::Dict(_) => Kind::Dict,
            Value::Bytes(_) => Kind::Bytes,
        }
    }

    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The number, if this is one.
    pub fn as_number(&self) -> Option<&Number> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The number as an `i64`, if it is a whole number in range.
    pub fn as_i64(&self) -> Option<i64> {
        self.as_number().and_then(Number::as_i64)
    }

    /// The number as a `u64`, if it is a whole number in range.
    pub fn as_u64(&self) -> Option<u64> {
        self.as_number().and_then(Number::as_u64)
    }

    /// The number as the nearest `f64`, if it is in range.
    pub fn as_f64(&self) -> Option<f64> {
        self.as_number().and_then(Number::as_f64)
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The list, if this is one.
    pub fn as_list(&self) -> Option<&Vec<Value>> {
        match self {
            Value::List(l) => Some(l),
            _ => None,
        }
    }

    /// The list, mutably, if this is one.
    pub fn as_list_mut(&mut self) -> Option<&mut Vec<Value>> {
        match self {
            Value::List(l) => Some(l),
            _ => None,
        }
    }

    /// The dict, if this is one.
    pub fn as_dict(&self) -> Option<&Map<Value>> {
        match self {
            Value::Dict(m) => Some(m),
            _ => None,
        }
    }

    /// The dict, mutably, if this is one.
    pub fn as_dict_mut(&mut self) -> Option<&mut Map<Value>> {
        match self {
            Value::Dict(m) => Some(m),
            _ => None,
        }
    }

    /// The bytes, if this is bytes.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::Bytes(b) => Some(b),
            _ => None,
        }
    }

    /// The value under `key`, if this is a dict that has it.
    ///
    /// ```
    /// let v: open_model::Value = open_model::from_json_str(r#"{"a": {"b": 1}}"#)?;
    /// assert_eq!(v.get("a").and_then(|a| a.get("b")).and_then(|b| b.as_i64()), Some(1));
    /// # Ok::<(), open_model::Report>(())
    /// ```
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_dict().and_then(|m| m.get(key))
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("Null"),
            Value::Bool(b) => write!(f, "Bool({b})"),
            Value::Number(n) => write!(f, "Number({n})"),
            Value::Str(s) => write!(f, "Str({s:?})"),
            Value::List(l) => f.debug_list().entries(l).finish(),
            Value::Dict(m) => fmt::Debug::fmt(m, f),
            Value::Bytes(b) => write!(f, "Bytes({b:?})"),
        }
    }
}

impl fmt::Display for Value {
    /// Writes the value as compact JSON; bytes are shown as `b"…"` since JSON
    /// has no form for them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match crate::to_json_string(self) {
            Ok(s) => f.write_str(&s),
            Err(_) => write!(f, "{self:?}"),
        }
    }
}

// ---- conversions into Value ----

/// Conversion into [`Value`]; every `From<T> for Value` impl goes through it.
///
/// It exists so that `Vec<u8>` and `&[u8]` become [`Value::Bytes`] while every
/// other `Vec<T>` becomes a list, without specialization.
///
/// ```
/// use open_model::{IntoValue, Value};
/// assert!(matches!(vec![1u8, 2].into_value(), Value::Bytes(_)));
/// assert!(matches!(vec![1u16, 2].into_value(), Value::List(_)));
/// ```
pub trait IntoValue: Sized {
    /// The value.
    fn into_value(self) -> Value;

    #[doc(hidden)]
    fn __vec_into_value(items: Vec<Self>) -> Value {
        Value::List(items.into_iter().map(IntoValue::into_value).collect())
    }
}

impl IntoValue for Value {
    fn into_value(self) -> Value {
        self
    }
}

impl IntoValue for bool {
    fn into_value(self) -> Value {
        Value::Bool(self)
    }
}

impl IntoValue for String {
    fn into_value(self) -> Value {
        Value::Str(self)
    }
}

impl IntoValue for &str {
    fn into_value(self) -> Value {
        Value::Str(self.to_owned())
    }
}

impl IntoValue for &String {
    fn into_value(self) -> Value {
        Value::Str(self.clone())
    }
}

impl IntoValue for std::borrow::Cow<'_, str> {
    fn into_value(self) -> Value {
        Value::Str(self.into_owned())
    }
}

impl IntoValue for Number {
    fn into_value(self) -> Value {
        Value::Number(self)
    }
}

impl IntoValue for u8 {
    fn into_value(self) -> Value {
        Value::Number(Number::from(self))
    }
    fn __vec_into_value(items: Vec<u8>) -> Value {
        Value::Bytes(items)
    }
}

macro_rules! int_into_value {
    ($($t:ty)*) => {$(
        impl IntoValue for $t {
            fn into_value(self) -> Value {
                Value::Number(Number::from(self))
            }
        }
    )*};
}
int_into_value!(i8 i16 i32 i64 i128 isize u16 u32 u64 u128 usize);

impl IntoValue for uuid::Uuid {
    /// The canonical lowercase hyphenated text.
    fn into_value(self) -> Value {
        Value::Str(self.hyphenated().to_string())
    }
}

impl<T: IntoValue> IntoValue for Option<T> {
    /// `None` is `null`.
    fn into_value(self) -> Value {
        self.map_or(Value::Null, IntoValue::into_value)
    }
}

impl<T: IntoValue> IntoValue for Vec<T> {
    fn into_value(self) -> Value {
        T::__vec_into_value(self)
    }
}

impl<T: IntoValue + Clone> IntoValue for &[T] {
    fn into_value(self) -> Value {
        T::__vec_into_value(self.to_vec())
    }
}

impl<T: IntoValue, const N: usize> IntoValue for [T; N] {
    fn into_value(self) -> Value {
        T::__vec_into_value(self.into_iter().collect())
    }
}

impl<T: IntoValue> IntoValue for Map<T> {
    fn into_value(self) -> Value {
        Value::Dict(self.into_iter().map(|(k, v)| (k, v.into_value())).collect())
    }
}

impl<K: Into<String>, T: IntoValue, S> IntoValue for std::collections::HashMap<K, T, S> {
    /// Hash maps have no order: keys are sorted so the result is stable.
    fn into_value(self) -> Value {
        let mut entries: Vec<(String, Value)> = self
            .into_iter()
            .map(|(k, v)| (k.into(), v.into_value()))
            .collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Value::Dict(entries.into_iter().collect())
    }
}

impl<K: Into<String>, T: IntoValue> IntoValue for std::collections::BTreeMap<K, T> {
    fn into_value(self) -> Value {
        Value::Dict(
            self.into_iter()
                .map(|(k, v)| (k.into(), v.into_value()))
                .collect(),
        )
    }
}

macro_rules! from_via_into_value {
    ($([$($g:tt)*] $t:ty),* $(,)?) => {$(
        impl<$($g)*> From<$t> for Value {
            fn from(v: $t) -> Value {
                v.into_value()
            }
        }
    )*};
}
from_via_into_value!(
    [] bool, [] String, ['a] &'a str, ['a] &'a String, ['a] std::borrow::Cow<'a, str>, [] Number,
    [] i8, [] i16, [] i32, [] i64, [] i128, [] isize,
    [] u8, [] u16, [] u32, [] u64, [] u128, [] usize,
    [] uuid::Uuid,
    [T: IntoValue] Option<T>, [T: IntoValue] Vec<T>, ['a, T: IntoValue + Clone] &'a [T],
    [T: IntoValue, const N: usize] [T; N], [T: IntoValue] Map<T>,
    [K: Into<String>, T: IntoValue, S] std::collections::HashMap<K, T, S>,
    [K: Into<String>, T: IntoValue] std::collections::BTreeMap<K, T>,
);

impl TryFrom<f64> for Value {
    type Error = crate::NumberError;
    /// Finite floats only; `9.0` stays the float `9.0`.
    fn try_from(v: f64) -> Result<Value, crate::NumberError> {
        Number::try_from(v).map(Value::Number)
    }
}

impl TryFrom<f32> for Value {
    type Error = crate::NumberError;
    fn try_from(v: f32) -> Result<Value, crate::NumberError> {
        Number::try_from(v).map(Value::Number)
    }
}

// ---- conversions out of Value ----

/// A value was not of the kind a conversion needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrongKind {
    /// What the conversion needs, as it reads in messages.
    pub expected: &'static str,
    /// What the value was.
    pub found: Kind,
}

impl fmt::Display for WrongKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected {}, found {}", self.expected, self.found)
    }
}

impl std::error::Error for WrongKind {}

macro_rules! try_from_value {
    ($t:ty, $expected:literal, |$v:ident| $body:expr) => {
        impl TryFrom<Value> for $t {
            type Error = WrongKind;
            fn try_from($v: Value) -> Result<$t, WrongKind> {
                let found = $v.kind();
                let converted: Option<$t> = $body;
                converted.ok_or(WrongKind {
                    expected: $expected,
                    found,
                })
            }
        }
    };
}

try_from_value!(bool, "a boolean", |v| v.as_bool());
try_from_value!(String, "a string", |v| match v {
    Value::Str(s) => Some(s),
    _ => None,
});
try_from_value!(Number, "a number", |v| match v {
    Value::Number(n) => Some(n),
    _ => None,
});
try_from_value!(i64, "an integer", |v| v.as_i64());
try_from_value!(u64, "a non-negative integer", |v| v.as_u64());
try_from_value!(f64, "a number in the range of f64", |v| v.as_f64());
try_from_value!(Vec<Value>, "an array", |v| match v {
    Value::List(l) => Some(l),
    _ => None,
});
try_from_value!(Map<Value>, "an object", |v| match v {
    Value::Dict(m) => Some(m),
    _ => None,
});
try_from_value!(Vec<u8>, "bytes", |v| match v {
    Value::Bytes(b) => Some(b),
    _ => None,
});
try_from_value!(uuid::Uuid, "a uuid", |v| v
    .as_str()
    .and_then(|s| crate::format::parse_uuid(s).ok()));

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

impl PartialEq<i64> for Value {
    fn eq(&self, other: &i64) -> bool {
        self.as_number() == Some(&Number::from(*other))
    }
}
