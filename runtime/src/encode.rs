//! Encoding: to JSON text (exact numbers, keys in model order), to `Value`,
//! and to any serde format.

use crate::number::SerdeForm;
use crate::{Field, Map, Number, Value};
use serde::ser::{Error as _, SerializeMap, SerializeSeq, SerializeStruct, Serializer};
use std::fmt;

/// Writing failed: a value has no form in the target format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodeError {
    message: String,
}

impl EncodeError {
    pub(crate) fn new(message: impl Into<String>) -> EncodeError {
        EncodeError {
            message: message.into(),
        }
    }
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EncodeError {}

/// Compact JSON output into a byte buffer.
pub struct JsonWriter {
    out: Vec<u8>,
}

/// Which bytes need escaping in a JSON string: controls, `"` and `\`.
#[inline]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// A nibble as a lowercase hex digit.
fn hex(nibble: u8) -> u8 {
    if nibble < 10 {
        b'0' + nibble
    } else {
        b'a' + (nibble - 10)
    }
}

/// The index just past the string whose contents start at `i`.
#[inline]
fn string_end(json: &[u8], mut i: usize) -> usize {
    while let Some(&b) = json.get(i) {
        match b {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// Valid JSON text without the whitespace between its tokens (strings are
/// kept as they are, escapes and all): how a decoded map keeps its text,
/// so that writing it back is a copy.
pub(crate) fn compacted(text: &str) -> Box<str> {
    let json = text.as_bytes();
    let mut out = String::with_capacity(json.len());
    let mut run = 0;
    let mut i = 0;
    // Every cut is at ASCII whitespace, so at a character boundary.
    while let Some(&b) = json.get(i) {
        match b {
            b'"' => i = string_end(json, i + 1),
            b' ' | b'\n' | b'\t' | b'\r' => {
                out.push_str(text.get(run..i).unwrap_or_default());
                i += 1;
                while matches!(json.get(i), Some(b' ' | b'\n' | b'\t' | b'\r')) {
                    i += 1;
                }
                run = i;
            }
            _ => i += 1,
        }
    }
    out.push_str(text.get(run..).unwrap_or_default());
    out.into_boxed_str()
}

impl JsonWriter {
    pub(crate) fn new() -> JsonWriter {
        JsonWriter {
            out: Vec::with_capacity(256),
        }
    }

    pub(crate) fn into_bytes(self) -> Vec<u8> {
        self.out
    }

    /// Appends raw bytes (punctuation and pre-escaped keys).
    #[inline]
    pub fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    /// Writes `,` before every entry but the first.
    #[inline]
    pub fn separator(&mut self, first: &mut bool) {
        if *first {
            *first = false;
        } else {
            self.out.push(b',');
        }
    }

    /// Appends one byte.
    #[inline]
    pub fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    /// Appends a JSON string, escaping only what JSON requires.
    #[inline]
    pub fn string(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.out.reserve(bytes.len() + 2);
        self.out.push(b'"');
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if !needs_escape(b) {
                continue;
            }
            self.out
                .extend_from_slice(bytes.get(start..i).unwrap_or_default());
            match b {
                b'"' => self.out.extend_from_slice(b"\\\""),
                b'\\' => self.out.extend_from_slice(b"\\\\"),
                b'\n' => self.out.extend_from_slice(b"\\n"),
                b'\r' => self.out.extend_from_slice(b"\\r"),
                b'\t' => self.out.extend_from_slice(b"\\t"),
                0x08 => self.out.extend_from_slice(b"\\b"),
                0x0c => self.out.extend_from_slice(b"\\f"),
                c => {
                    self.out.extend_from_slice(b"\\u00");
                    self.out.push(hex(c >> 4));
                    self.out.push(hex(c & 0xf));
                }
            }
            start = i + 1;
        }
        self.out
            .extend_from_slice(bytes.get(start..).unwrap_or_default());
        self.out.push(b'"');
    }

    /// Appends a number's literal.
    #[inline]
    pub fn number(&mut self, n: &Number) {
        n.write_to(&mut self.out);
    }
}

/// A type that can be written: to JSON, to [`Value`], and through serde.
/// Implemented for the field types this crate supports and, by
/// `#[open_model]`, for every model.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a field of an open model",
    label = "not a supported field type",
    note = "fields hold `String`, `bool`, `Number`, integers, floats, `uuid::Uuid`, `std::net` addresses, `Value`, `serde_json::Value` (feature `serde_json`), `Map<V>`, `HashMap`/`BTreeMap<String, V>`, `Vec<T>`, `Option<T>`, `Field<T>`, `Box<T>`, and types made with `#[open_model]`"
)]
pub trait Encode {
    /// Writes the value as JSON.
    #[doc(hidden)]
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError>;

    /// The value as a [`Value`].
    #[doc(hidden)]
    fn __to_value(&self) -> Value;

    /// Writes the value through serde.
    #[doc(hidden)]
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error>;

    /// True for a field value that is not written at all (`Field::Absent`,
    /// an optional `None`).
    #[doc(hidden)]
    fn __is_absent(&self) -> bool {
        false
    }
}

/// Serializes any [`Encode`] type through serde.
#[doc(hidden)]
pub struct Ser<'a, T: ?Sized>(pub &'a T);

impl<T: Encode + ?Sized> serde::Serialize for Ser<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.__serialize(s)
    }
}

impl Encode for String {
    #[inline]
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
        w.string(self);
        Ok(())
    }
    fn __to_value(&self) -> Value {
        Value::Str(self.clone())
    }
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

impl Encode for bool {
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
        w.raw(if *self { b"true" } else { b"false" });
        Ok(())
    }
    fn __to_value(&self) -> Value {
        Value::Bool(*self)
    }
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bool(*self)
    }
}

impl Encode for crate::Integer {
    #[inline]
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
        w.number(self.as_number());
        Ok(())
    }
    fn __to_value(&self) -> Value {
        Value::Number(self.as_number().clone())
    }
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_number(self.as_number(), s)
    }
}

impl Encode for Number {
    #[inline]
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
        w.number(self);
        Ok(())
    }
    fn __to_value(&self) -> Value {
        Value::Number(self.clone())
    }
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_number(self, s)
    }
}

/// Numbers travel through serde as the primitive that gives back the same
/// literal: an integer type, or `f64` when the float's shortest text is the
/// literal. In formats meant for people a number whose `f64` keeps its value
/// but not its spelling (`1E22`, `2.50`) is written as that `f64`; a number
/// with more digits than `f64` keeps is refused there (use this crate's JSON
/// writer). Binary formats get a one-entry map for either, which this crate
/// reads back exactly.
///
/// serde_json's own serializer gets every number that is not an `i64` or
/// `u64` as its literal, exactly (see `serde_exact`).
pub(crate) fn serialize_number<S: Serializer>(n: &Number, s: S) -> Result<S::Ok, S::Error> {
    if crate::serde_exact::is_serde_json_text::<S>() {
        return match n.serde_form(false) {
            SerdeForm::I64(v) => s.serialize_i64(v),
            SerdeForm::U64(v) => s.serialize_u64(v),
            _ => {
                let mut st = s.serialize_struct(crate::serde_exact::RAW_TOKEN, 1)?;
                st.serialize_field(crate::serde_exact::RAW_TOKEN, &n.to_string())?;
                st.end()
            }
        };
    }
    match n.serde_form(s.is_human_readable()) {
        SerdeForm::I64(v) => s.serialize_i64(v),
        SerdeForm::U64(v) => s.serialize_u64(v),
        SerdeForm::I128(v) => s.serialize_i128(v),
        SerdeForm::U128(v) => s.serialize_u128(v),
        SerdeForm::F64(v) => s.serialize_f64(v),
        SerdeForm::Literal if s.is_human_readable() => Err(S::Error::custom(format_args!(
            "the number {n} has more precision than f64 and this serde format has no exact \
             number; write JSON with open_model::to_json_string to keep it exactly"
        ))),
        SerdeForm::Literal => {
            let mut st = s.serialize_struct(crate::decode::NUMBER_TOKEN, 1)?;
            st.serialize_field(crate::decode::NUMBER_TOKEN, &n.to_string())?;
            st.end()
        }
    }
}

macro_rules! encode_int {
    ($($t:ty => $ser:ident),*) => {$(
        impl Encode for $t {
            #[inline]
            fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
                w.raw(itoa::Buffer::new().format(*self).as_bytes());
                Ok(())
            }
            fn __to_value(&self) -> Value {
                Value::Number(Number::from(*self))
            }
            fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.$ser(*self)
            }
        }
    )*};
}
encode_int!(i8 => serialize_i8, i16 => serialize_i16, i32 => serialize_i32, i64 => serialize_i64,
    u8 => serialize_u8, u16 => serialize_u16, u32 => serialize_u32, u64 => serialize_u64);

macro_rules! encode_float {
    ($($t:ty => $from:ident, $ser:ident),*) => {$(
        impl Encode for $t {
            fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
                match Number::$from(*self) {
                    Some(n) => {
                        w.number(&n);
                        Ok(())
                    }
                    None => Err(EncodeError::new("NaN and infinite floats have no JSON form")),
                }
            }
            fn __to_value(&self) -> Value {
                Number::$from(*self).map_or(Value::Null, Value::Number)
            }
            fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.$ser(*self)
            }
        }
    )*};
}
encode_float!(f64 => from_f64, serialize_f64, f32 => from_f32, serialize_f32);

impl Encode for uuid::Uuid {
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
        let mut buf = [0u8; uuid::fmt::Hyphenated::LENGTH];
        w.string(self.hyphenated().encode_lower(&mut buf));
        Ok(())
    }
    fn __to_value(&self) -> Value {
        Value::from(*self)
    }
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; uuid::fmt::Hyphenated::LENGTH];
        s.serialize_str(self.hyphenated().encode_lower(&mut buf))
    }
}

/// `std::net` addresses, in their standard textual form.
macro_rules! encode_display_string {
    ($($t:ty),*) => {$(
        impl Encode for $t {
            fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
                w.string(&self.to_string());
                Ok(())
            }
            fn __to_value(&self) -> Value {
                Value::Str(self.to_string())
            }
            fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
    )*};
}
encode_display_string!(std::net::IpAddr, std::net::Ipv4Addr, std::net::Ipv6Addr);

impl<T: Encode> Encode for Vec<T> {
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
        w.byte(b'[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                w.byte(b',');
            }
            v.__encode_json(w)?;
        }
        w.byte(b']');
        Ok(())
    }
    fn __to_value(&self) -> Value {
        Value::List(self.iter().map(Encode::__to_value).collect())
    }
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.len()))?;
        for v in self {
            seq.serialize_element(&Ser(v))?;
        }
        seq.end()
    }
}

impl<T: Encode> Encode for Map<T> {
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
        if let Some(json) = self.validated_json() {
            // Decoded and unchanged: its text (kept compact) is this map.
            w.raw(json);
            return Ok(());
        }
        crate::std_maps::encode_entries(self.iter(), w)
    }
    fn __to_value(&self) -> Value {
        Value::Dict(
            self.iter()
                .map(|(k, v)| (k.clone(), v.__to_value()))
                .collect(),
        )
    }
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.len()))?;
        for (k, v) in self {
            m.serialize_entry(k, &Ser(v))?;
        }
        m.end()
    }
}

impl<T: Encode> Encode for Option<T> {
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
        match self {
            Some(v) => v.__encode_json(w),
            None => {
                w.raw(b"null");
                Ok(())
            }
        }
    }
    fn __to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, Encode::__to_value)
    }
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(v) => s.serialize_some(&Ser(v)),
            None => s.serialize_none(),
        }
    }
}

impl<T: Encode> Encode for Field<T> {
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
        match self {
            Field::Value(v) => v.__encode_json(w),
            _ => {
                w.raw(b"null");
                Ok(())
            }
        }
    }
    fn __to_value(&self) -> Value {
        self.value().map_or(Value::Null, Encode::__to_value)
    }
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Field::Value(v) => s.serialize_some(&Ser(v)),
            _ => s.serialize_none(),
        }
    }
    fn __is_absent(&self) -> bool {
        self.is_absent()
    }
}

impl<T: Encode> Encode for Box<T> {
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
        (**self).__encode_json(w)
    }
    fn __to_value(&self) -> Value {
        (**self).__to_value()
    }
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self).__serialize(s)
    }
    fn __is_absent(&self) -> bool {
        (**self).__is_absent()
    }
}

impl Encode for Value {
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
        match self {
            Value::Null => w.raw(b"null"),
            Value::Bool(b) => w.raw(if *b { b"true" } else { b"false" }),
            Value::Number(n) => w.number(n),
            Value::Str(s) => w.string(s),
            Value::List(l) => return l.__encode_json(w),
            Value::Dict(m) => return m.__encode_json(w),
            Value::Bytes(_) => {
                return Err(EncodeError::new(
                    "bytes have no JSON form; encode them into a string (base64, hex) first",
                ))
            }
        }
        Ok(())
    }
    fn __to_value(&self) -> Value {
        self.clone()
    }
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(self, s)
    }
}

impl serde::Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) => serialize_number(n, s),
            Value::Str(v) => s.serialize_str(v),
            Value::List(l) => {
                let mut seq = s.serialize_seq(Some(l.len()))?;
                for v in l {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Value::Dict(m) => {
                let mut map = s.serialize_map(Some(m.len()))?;
                for (k, v) in m {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
            Value::Bytes(b) => s.serialize_bytes(b),
        }
    }
}

impl serde::Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_number(self, s)
    }
}

impl<T: Encode> serde::Serialize for Map<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.__serialize(s)
    }
}

impl<T: Encode> serde::Serialize for Field<T> {
    /// An absent field serializes as `None`; models skip absent fields.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.__serialize(s)
    }
}

/// `s` as a JSON string literal, quotes included.
pub(crate) fn json_string(s: &str) -> String {
    let mut w = JsonWriter::new();
    w.string(s);
    String::from_utf8(w.into_bytes()).unwrap_or_default()
}
