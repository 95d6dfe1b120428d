//! The standard library's maps with string keys as fields: `HashMap<String,
//! T>` and `BTreeMap<String, T>`.
//!
//! Each is decoded as a [`Map`] (so a duplicate key, and every value's error
//! at its key's path, are reported exactly as for `Map`) and then collected;
//! each is written as an object in the map's own iteration order (sorted for
//! a `BTreeMap`, unspecified for a `HashMap`, as with serde).

use crate::decode::{Decode, JsonReader, Step};
use crate::encode::{Encode, EncodeError, JsonWriter, Ser};
use crate::error::{Ctx, Segment};
use crate::model::FieldType;
use crate::schema::{Schema, SchemaGen};
use crate::{Map, Value};
use jiter::Peek;
use serde::ser::SerializeMap as _;
use serde::{Deserializer, Serializer};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

/// Writes `(key, value)` entries as a JSON object (also `Map`'s writer).
pub(crate) fn encode_entries<'a, T: Encode + 'a>(
    entries: impl Iterator<Item = (&'a String, &'a T)>,
    w: &mut JsonWriter,
) -> Result<(), EncodeError> {
    w.byte(b'{');
    for (i, (k, v)) in entries.enumerate() {
        if i > 0 {
            w.byte(b',');
        }
        w.string(k);
        w.byte(b':');
        v.__encode_json(w)?;
    }
    w.byte(b'}');
    Ok(())
}

macro_rules! std_map {
    ($($map:ident),*) => {$(
        impl<T: Decode> Decode for $map<String, T> {
            fn __decode_json(r: &mut JsonReader<'_>, peek: Peek) -> Step<Self> {
                Ok(Map::<T>::__decode_json(r, peek)?.map(|m| m.into_iter().collect()))
            }

            fn __decode_serde<'de, D: Deserializer<'de>>(
                d: D,
                ctx: &mut Ctx,
            ) -> Result<Option<Self>, D::Error> {
                Ok(Map::<T>::__decode_serde(d, ctx)?.map(|m| m.into_iter().collect()))
            }

            fn __validate(&self, ctx: &mut Ctx) {
                for (k, v) in self {
                    let mark = ctx.mark();
                    v.__validate(ctx);
                    ctx.prefix_since(mark, || Segment::Key(Cow::Owned(k.clone())));
                }
            }
        }

        impl<T: Encode> Encode for $map<String, T> {
            fn __encode_json(&self, w: &mut JsonWriter) -> Result<(), EncodeError> {
                encode_entries(self.iter(), w)
            }
            fn __to_value(&self) -> Value {
                Value::Dict(self.iter().map(|(k, v)| (k.clone(), v.__to_value())).collect())
            }
            fn __serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.len()))?;
                for (k, v) in self {
                    m.serialize_entry(k, &Ser(v))?;
                }
                m.end()
            }
        }

        /// The schema of a [`Map`] of the same values.
        impl<T: Schema + 'static> Schema for $map<String, T> {
            fn definition(gen: &mut SchemaGen) -> Value {
                Map::<T>::definition(gen)
            }
        }

        impl<T: FieldType + 'static> FieldType for $map<String, T> {}
    )*};
}
std_map!(HashMap, BTreeMap);
