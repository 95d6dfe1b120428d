//! Types of your own as fields: a type that travels as another field type
//! (its *wire* form, with every check of that type) and converts from and
//! to it. The built-in `chrono`, `time`, `url` and `bigdecimal` field types
//! are made this way too.

use crate::decode::{Decode, JsonReader, Step};
use crate::encode::{Encode, EncodeError, JsonWriter};
use crate::error::{Ctx, ErrorKind};
use crate::model::FieldType;
use crate::schema::SchemaGen;
use crate::Value;
use jiter::Peek;
use serde::de::Deserializer;
use serde::Serializer;
use std::borrow::Cow;

/// A type of your own as a field of an open model: it is written in
/// documents as [`FieldVia::Wire`] (any field type: `String`, `Number`,
/// `i64`, a model...), decoded with every check of that type, then
/// converted; the conversion's error becomes an error at the field's path
/// and position, like any other.
///
/// Implement it, then register the type with [`field_via!`](crate::field_via)
/// (one line; it writes the field impls, which Rust's coherence rules do not
/// let a blanket impl write):
///
/// ```
/// use open_model::{open_model, FieldVia};
///
/// /// An amount in cents, written as a decimal string: `"12.34"`.
/// #[derive(Debug, Clone, Copy, PartialEq)]
/// pub struct Cents(pub i64);
///
/// impl FieldVia for Cents {
///     type Wire = String;
///     fn from_wire(wire: String) -> Result<Self, String> {
///         let (units, cents) = wire.split_once('.').ok_or("value must have two decimals")?;
///         let parse = |s: &str| s.parse::<i64>().map_err(|e| e.to_string());
///         if cents.len() != 2 || units.starts_with('-') {
///             return Err("value must be a positive amount with two decimals".into());
///         }
///         Ok(Cents(parse(units)? * 100 + parse(cents)?))
///     }
///     fn to_wire(&self) -> String {
///         format!("{}.{:02}", self.0 / 100, self.0 % 100)
///     }
/// }
/// open_model::field_via!(Cents);
///
/// #[open_model]
/// #[derive(Debug)]
/// pub struct Invoice {
///     pub total: Cents,
///     pub tax: Option<Cents>,
/// }
///
/// let invoice: Invoice = open_model::from_json_str(r#"{"total":"12.34"}"#)?;
/// assert_eq!(invoice.total, Cents(1234));
/// assert_eq!(open_model::to_json_string(&invoice)?, r#"{"total":"12.34"}"#);
///
/// let report = open_model::from_json_str::<Invoice>(r#"{"total":"12"}"#).unwrap_err();
/// assert_eq!(report.to_string(), "line 1 column 10: total: value must have two decimals");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// What the library writes it must read back as the same value, so
/// `from_wire(to_wire(x))` should give `x` back; `validate()` checks that
/// it converts, and the wire value's own rules.
pub trait FieldVia: Sized {
    /// The field type it is written as.
    type Wire: FieldType;

    /// The schema `format` the type implies (`Some("date-time")`), added to
    /// the wire type's schema.
    const FORMAT: Option<&'static str> = None;

    /// Converts a decoded wire value. The message says what the value must
    /// be ("value must be an RFC 3339 date-time").
    fn from_wire(wire: Self::Wire) -> Result<Self, String>;

    /// The wire value to write.
    fn to_wire(&self) -> Self::Wire;

    /// Why this value cannot be written, when its wire form would not read
    /// back as it (a date beyond year 9999 has no RFC 3339 form). The
    /// writers return this as an error and `validate()` reports it, rather
    /// than write what cannot be read. Most types never refuse.
    fn writable(&self) -> Result<(), String> {
        Ok(())
    }
}

/// Makes types that implement [`FieldVia`] fields of open models: writes
/// their `Decode`, `Encode`, `Schema` and `FieldType` impls.
/// `open_model::field_via!(Cents, Percent);`
#[macro_export]
macro_rules! field_via {
    ($($t:ty),+ $(,)?) => {$(
        impl $crate::__private::Decode for $t {
            const __ACCEPTS_NULL: bool = $crate::__private::via_accepts_null::<$t>();

            fn __decode_json(
                r: &mut $crate::__private::JsonReader<'_>,
                peek: $crate::__private::Peek,
            ) -> $crate::__private::Step<Self> {
                $crate::__private::via_decode_json::<$t>(r, peek)
            }

            fn __decode_serde<'de, D: $crate::__private::serde::Deserializer<'de>>(
                d: D,
                ctx: &mut $crate::__private::Ctx,
            ) -> $crate::__private::Result<$crate::__private::Option<Self>, D::Error> {
                $crate::__private::via_decode_serde::<$t, D>(d, ctx)
            }

            fn __validate(&self, ctx: &mut $crate::__private::Ctx) {
                $crate::__private::via_validate::<$t>(self, ctx)
            }
        }

        impl $crate::__private::Encode for $t {
            fn __encode_json(
                &self,
                w: &mut $crate::__private::JsonWriter,
            ) -> $crate::__private::Result<(), $crate::__private::EncodeError> {
                $crate::__private::via_encode_json::<$t>(self, w)
            }

            fn __to_value(&self) -> $crate::__private::Value {
                $crate::__private::via_to_value::<$t>(self)
            }

            fn __serialize<S: $crate::__private::serde::Serializer>(
                &self,
                s: S,
            ) -> $crate::__private::Result<S::Ok, S::Error> {
                $crate::__private::via_serialize::<$t, S>(self, s)
            }
        }

        impl $crate::__private::Schema for $t {
            fn definition(gen: &mut $crate::__private::SchemaGen) -> $crate::__private::Value {
                $crate::__private::via_schema::<$t>(gen)
            }
        }

        impl $crate::__private::FieldType for $t {}
    )+};
}

fn refusal(message: String) -> ErrorKind {
    ErrorKind::Constraint(Cow::Owned(message))
}

#[doc(hidden)]
pub const fn via_accepts_null<T: FieldVia>() -> bool {
    <T::Wire as Decode>::__ACCEPTS_NULL
}

#[doc(hidden)]
pub fn via_decode_json<T: FieldVia>(r: &mut JsonReader<'_>, peek: Peek) -> Step<T> {
    let at = r.index();
    let Some(wire) = T::Wire::__decode_json(r, peek)? else {
        return Ok(None);
    };
    match T::from_wire(wire) {
        Ok(v) => Ok(Some(v)),
        Err(message) => {
            r.error_at(refusal(message), at);
            Ok(None)
        }
    }
}

#[doc(hidden)]
pub fn via_decode_serde<'de, T: FieldVia, D: Deserializer<'de>>(
    d: D,
    ctx: &mut Ctx,
) -> Result<Option<T>, D::Error> {
    let Some(wire) = T::Wire::__decode_serde(d, ctx)? else {
        return Ok(None);
    };
    Ok(match T::from_wire(wire) {
        Ok(v) => Some(v),
        Err(message) => {
            ctx.error(refusal(message));
            None
        }
    })
}

#[doc(hidden)]
pub fn via_validate<T: FieldVia>(v: &T, ctx: &mut Ctx) {
    if let Err(message) = v.writable() {
        ctx.error(refusal(message));
        return;
    }
    let wire = v.to_wire();
    let mark = ctx.mark();
    wire.__validate(ctx);
    if ctx.mark() == mark {
        if let Err(message) = T::from_wire(wire) {
            ctx.error(refusal(message));
        }
    }
}

#[doc(hidden)]
pub fn via_encode_json<T: FieldVia>(v: &T, w: &mut JsonWriter) -> Result<(), EncodeError> {
    v.writable().map_err(EncodeError::new)?;
    v.to_wire().__encode_json(w)
}

#[doc(hidden)]
pub fn via_to_value<T: FieldVia>(v: &T) -> Value {
    v.to_wire().__to_value()
}

#[doc(hidden)]
pub fn via_serialize<T: FieldVia, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    v.writable().map_err(serde::ser::Error::custom)?;
    v.to_wire().__serialize(s)
}

#[doc(hidden)]
pub fn via_schema<T: FieldVia>(gen: &mut SchemaGen) -> Value {
    let mut schema = <T::Wire as FieldType>::__field_schema(gen);
    if let (Some(format), Some(map)) = (T::FORMAT, schema.as_dict_mut()) {
        map.insert("format".to_owned(), Value::from(format));
    }
    schema
}
