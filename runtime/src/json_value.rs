//! `serde_json::Value` as a field: any JSON value, as with [`Value`].
//!
//! It is decoded as a [`Value`] (exact numbers, every error with its
//! position) and then converted. A `serde_json::Number` holds what serde_json
//! can hold: without serde_json's `arbitrary_precision` feature, an `i64`, a
//! `u64` or an `f64`. A number it cannot hold exactly (`1e400`,
//! `0.1000000000000000000001`, an integer beyond 64 bits) is an error at the
//! field, naming the number and where it is inside the value, never a
//! rounding. So are bytes (from a binary format), which JSON has no value for.
//! Behind the `serde_json` feature. serde_json itself is always a dependency
//! of the runtime (its serde path reads numbers through serde_json's raw
//! values); the feature adds only these impls.

use crate::decode::{Decode, JsonReader, Step};
use crate::encode::{Encode, EncodeError, JsonWriter};
use crate::error::{Ctx, ErrorKind};
use crate::model::FieldType;
use crate::schema::{Schema, SchemaGen};
use crate::{Map, Number, Value};
use jiter::Peek;
use serde::{Deserializer, Serialize as _, Serializer};

/// Converts an exact value to serde_json's, or says which part it cannot hold.
fn to_json_value(v: Value, at: &mut String) -> Result<serde_json::Value, ErrorKind> {
    Ok(match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(b),
        Value::Str(s) => serde_json::Value::String(s),
        Value::Number(n) => serde_json::Value::Number(to_json_number(&n, at)?),
        Value::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                let len = at.len();
                at.push_str(&format!("/{i}"));
                out.push(to_json_value(item, at)?);
                at.truncate(len);
            }
            serde_json::Value::Array(out)
        }
        Value::Dict(map) => {
            let mut out = serde_json::Map::new();
            for (k, item) in map {
                let len = at.len();
                at.push('/');
                at.push_str(&k.replace('~', "~0").replace('/', "~1"));
                let item = to_json_value(item, at)?;
                at.truncate(len);
                out.insert(k, item);
            }
            serde_json::Value::Object(out)
        }
        Value::Bytes(_) => {
            return Err(ErrorKind::Custom(format!(
                "bytes{} cannot be held by serde_json::Value; use open_model::Value",
                where_(at)
            )))
        }
    })
}

/// serde_json's number for `n`, when it holds the same value.
fn to_json_number(n: &Number, at: &str) -> Result<serde_json::Number, ErrorKind> {
    let literal = n.to_string();
    // Integers as `i64`/`u64`; anything else as the correctly rounded `f64`
    // (std's parser: serde_json's own, without its `float_roundtrip`
    // feature, can be one unit in the last place off).
    let held = if let Ok(i) = literal.parse::<i64>() {
        Some(i.into())
    } else if let Ok(u) = literal.parse::<u64>() {
        Some(u.into())
    } else {
        literal
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
    };
    held.filter(|held| Number::from_literal(&held.to_string()).is_ok_and(|back| &back == n))
        .ok_or_else(|| {
            ErrorKind::Custom(format!(
                "number {literal}{} cannot be held exactly by serde_json::Value; use open_model::Value or open_model::Number",
                where_(at)
            ))
        })
}

fn where_(at: &str) -> String {
    if at.is_empty() {
        String::new()
    } else {
        format!(" at {at}")
    }
}

/// serde_json's value as an exact one: every number serde_json holds is one.
fn from_json_value(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::String(s) => Value::Str(s.clone()),
        // serde_json writes every number it holds as a JSON literal, which
        // `from_literal` takes; the fallback is unreachable.
        serde_json::Value::Number(n) => {
            Number::from_literal(&n.to_string()).map_or(Value::Null, Value::Number)
        }
        serde_json::Value::Array(items) => Value::List(items.iter().map(from_json_value).collect()),
        serde_json::Value::Object(map) => Value::Dict(
            map.iter()
                .map(|(k, v)| (k.clone(), from_json_value(v)))
                .collect::<Map<Value>>(),
        ),
    }
}

impl Decode for serde_json::Value {
    const __ACCEPTS_NULL: bool = true;

    fn __decode_json(r: &mut JsonReader<'_>, peek: Peek) -> Step<Self> {
        let at = r.index();
        let Some(v) = Value::__decode_json(r, peek)? else {
            return Ok(None);
        };
        match to_json_value(v, &mut String::new()) {
            Ok(v) => Ok(Some(v)),
            Err(kind) => {
                r.error_at(kind, at);
                Ok(None)
            }
        }
    }

    fn __decode_serde<'de, D: Deserializer<'de>>(
        d: D,
        ctx: &mut Ctx,
    ) -> Result<Option<Self>, D::Error> {
        let Some(v) = Value::__decode_serde(d, ctx)? else {
            return Ok(None);
        };
        Ok(match to_json_value(v, &mut String::new()) {
            Ok(v) => Some(v),
            Err(kind) => {
                ctx.error(kind);
                None
            }
        })
    }
}

impl Encode for serde_json::Value {
    fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
        from_json_value(self).__encode_json(w)
    }
    fn __to_value(&self) -> Value {
        from_json_value(self)
    }
    fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.serialize(s)
    }
}

impl Schema for serde_json::Value {
    /// Any value: `{}`.
    fn definition(_: &mut SchemaGen) -> Value {
        Value::Dict(Map::new())
    }
}

impl FieldType for serde_json::Value {}
