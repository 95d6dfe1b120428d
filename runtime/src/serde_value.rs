//! serde glue: `Deserialize` for the runtime's types, and [`Value`] as a
//! `Deserializer` so a model can be read back from a `Value`.

use crate::decode::{Decode, NUMBER_TOKEN};
use crate::error::Ctx;
use crate::number::SerdeForm;
use crate::{Field, Map, Number, Value, DEFAULT_MAX_DEPTH};
use serde::de::{
    self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use std::fmt;

/// Runs one serde decoding pass for `T` and turns collected errors into the
/// deserializer's error type (every error, in one message).
#[doc(hidden)]
pub fn deserialize_collecting<'de, T: Decode, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    let mut ctx = Ctx::new(DEFAULT_MAX_DEPTH);
    let v = T::__decode_serde(d, &mut ctx)?;
    match v {
        Some(v) if ctx.is_ok() => Ok(v),
        _ => Err(de::Error::custom(ctx.into_report(None))),
    }
}

impl<'de> de::Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_collecting(d)
    }
}

impl<'de> de::Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_collecting(d)
    }
}

impl<'de, T: Decode> de::Deserialize<'de> for Map<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_collecting(d)
    }
}

impl<'de, T: Decode> de::Deserialize<'de> for Field<T> {
    /// Reads `null` as [`Field::Null`]; a model leaves a missing key as
    /// [`Field::Absent`].
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        deserialize_collecting(d)
    }
}

/// The error of reading from a [`Value`] with serde.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueError(String);

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ValueError {}

impl de::Error for ValueError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        ValueError(msg.to_string())
    }
}

impl<'de> IntoDeserializer<'de, ValueError> for Value {
    type Deserializer = Value;
    fn into_deserializer(self) -> Value {
        self
    }
}

impl<'de> Deserializer<'de> for Value {
    type Error = ValueError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        match self {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            // Exact form: this deserializer feeds this crate's own decoders.
            Value::Number(n) => match n.serde_form(false) {
                SerdeForm::I64(v) => visitor.visit_i64(v),
                SerdeForm::U64(v) => visitor.visit_u64(v),
                SerdeForm::I128(v) => visitor.visit_i128(v),
                SerdeForm::U128(v) => visitor.visit_u128(v),
                SerdeForm::F64(v) => visitor.visit_f64(v),
                // The exact form: a one-entry map this crate's visitors read,
                // through the same `MapAccess` as objects, so each visitor has
                // one `visit_map` in the binary, not two.
                SerdeForm::Literal => visitor.visit_map(DictAccess::number(&n)),
            },
            Value::Str(s) => visitor.visit_string(s),
            Value::Bytes(b) => visitor.visit_byte_buf(b),
            Value::List(l) => visitor.visit_seq(ListAccess(l.into_iter())),
            Value::Dict(m) => visitor.visit_map(DictAccess {
                iter: m.into_iter(),
                value: None,
            }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ValueError> {
        match self {
            Value::Null => visitor.visit_none(),
            other => visitor.visit_some(other),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

struct ListAccess(std::vec::IntoIter<Value>);

impl<'de> SeqAccess<'de> for ListAccess {
    type Error = ValueError;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ValueError> {
        match self.0.next() {
            Some(v) => seed.deserialize(v).map(Some),
            None => Ok(None),
        }
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct DictAccess {
    iter: std::vec::IntoIter<(String, Value)>,
    value: Option<Value>,
}

impl DictAccess {
    /// The one-entry map an exact number travels as. Not generic and not
    /// inlined: one copy, not one per visitor.
    #[inline(never)]
    fn number(n: &crate::Number) -> DictAccess {
        DictAccess {
            iter: vec![(NUMBER_TOKEN.to_owned(), Value::Str(n.to_string()))].into_iter(),
            value: None,
        }
    }
}

impl<'de> MapAccess<'de> for DictAccess {
    type Error = ValueError;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ValueError> {
        match self.iter.next() {
            Some((k, v)) => {
                self.value = Some(v);
                seed.deserialize(Value::Str(k)).map(Some)
            }
            None => Ok(None),
        }
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, ValueError> {
        match self.value.take() {
            Some(v) => seed.deserialize(v),
            None => Err(de::Error::custom("value requested before key")),
        }
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}
