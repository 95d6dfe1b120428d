//! Exact numbers through serde_json without `arbitrary_precision`.
//!
//! serde has no exact-number type, but serde_json's `raw_value` feature (an
//! additive feature: it changes nothing for other crates) lets a type read
//! and write a value's raw JSON text through serde_json's own `Deserializer`
//! and `Serializer`, by a newtype struct with a name serde_json knows. This
//! crate uses that for the types that can hold a number no primitive holds
//! exactly ([`Number`](crate::Number), [`Integer`](crate::Integer),
//! [`Value`]):
//!
//! - reading, they ask for the raw text and parse it with this crate's own
//!   JSON reader (exact numbers, strict syntax, duplicate keys refused);
//!   every other format answers the request with the value as usual;
//! - writing to serde_json's `Serializer`, a number that is not an `i64` or
//!   `u64` is written as its literal (`2.50`, `1E22`, 30-digit values).

use crate::decode::{Decode, JsonReader, KeyCow};
use crate::error::Ctx;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// serde_json's name for a value's raw text (`serde_json::value::RawValue`).
pub(crate) const RAW_TOKEN: &str = "$serde_json::private::RawValue";

/// True when `S` is serde_json's text serializer, which writes a raw value
/// verbatim. (serde has no way to ask a serializer what it is; the type name
/// is stable in practice. An unknown serializer is treated as not serde_json,
/// which refuses an inexact number instead of rounding it.)
pub(crate) fn is_serde_json_text<S: ?Sized>() -> bool {
    let name = std::any::type_name::<S>();
    name.contains("serde_json::ser::Serializer<")
}

/// Decodes `T` through serde, asking for the raw JSON text first. `plain`
/// makes the visitor that reads the value as any format gives it.
pub(crate) fn decode_exact<'de, 'c, T, D, V>(
    d: D,
    ctx: &'c mut Ctx,
    plain: fn(&'c mut Ctx) -> V,
) -> Result<Option<T>, D::Error>
where
    T: Decode,
    D: Deserializer<'de>,
    V: Visitor<'de, Value = Option<T>>,
{
    d.deserialize_newtype_struct(
        RAW_TOKEN,
        Exact {
            ctx,
            plain,
            _t: PhantomData,
        },
    )
}

/// Parses raw JSON text as `T` with this crate's reader; its errors join
/// `ctx` (their paths are relative to the value, as the serde path's are).
fn decode_raw<T: Decode>(text: &str, ctx: &mut Ctx) -> Option<T> {
    let mut r = JsonReader::new(text.as_bytes(), ctx.remaining_depth());
    let result = (|| {
        let peek = r.peek()?;
        let v = T::__decode_json(&mut r, peek)?;
        r.finish()?;
        Ok::<_, crate::decode::Fatal>(v)
    })();
    let ok = r.ctx.is_ok();
    ctx.absorb(std::mem::replace(&mut r.ctx, Ctx::new(0)));
    match result {
        Ok(Some(v)) if ok => Some(v),
        _ => None,
    }
}

struct Exact<'c, T, V> {
    ctx: &'c mut Ctx,
    plain: fn(&'c mut Ctx) -> V,
    _t: PhantomData<fn() -> T>,
}

macro_rules! forward {
    ($($f:ident($t:ty)),* $(,)?) => {$(
        fn $f<E: de::Error>(self, v: $t) -> Result<Self::Value, E> {
            (self.plain)(self.ctx).$f(v)
        }
    )*};
}

impl<'de, 'c, T: Decode, V: Visitor<'de, Value = Option<T>>> Visitor<'de> for Exact<'c, T, V> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    /// Every format but serde_json: the value itself.
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any((self.plain)(self.ctx))
    }

    /// serde_json: a one-entry map holding the raw text. A format that
    /// answers the newtype request with the value itself may send a real map:
    /// it is handed on whole.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let Some(key) = map.next_key::<KeyCow<'de>>()? else {
            return (self.plain)(self.ctx).visit_map(Replay { first: None, map });
        };
        if key.0 == RAW_TOKEN {
            let text: KeyCow<'de> = map.next_value()?;
            return Ok(decode_raw::<T>(&text.0, self.ctx));
        }
        (self.plain)(self.ctx).visit_map(Replay {
            first: Some(key.0),
            map,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        (self.plain)(self.ctx).visit_seq(seq)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        (self.plain)(self.ctx).visit_some(d)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        (self.plain)(self.ctx).visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        (self.plain)(self.ctx).visit_unit()
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        (self.plain)(self.ctx).visit_borrowed_str(v)
    }

    fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<Self::Value, E> {
        (self.plain)(self.ctx).visit_borrowed_bytes(v)
    }

    forward!(
        visit_bool(bool),
        visit_i64(i64),
        visit_u64(u64),
        visit_i128(i128),
        visit_u128(u128),
        visit_f64(f64),
        visit_str(&str),
        visit_string(String),
        visit_bytes(&[u8]),
        visit_byte_buf(Vec<u8>),
    );
}

/// A map whose first key was already read, handed on as if it was not.
struct Replay<'de, A> {
    first: Option<Cow<'de, str>>,
    map: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        match self.first.take() {
            Some(Cow::Borrowed(k)) => seed
                .deserialize(de::value::BorrowedStrDeserializer::new(k))
                .map(Some),
            Some(Cow::Owned(k)) => seed
                .deserialize(de::value::StringDeserializer::new(k))
                .map(Some),
            None => self.map.next_key_seed(seed),
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.map.next_value_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.map
            .size_hint()
            .map(|n| n + usize::from(self.first.is_some()))
    }
}
