//! Decoding that validates as it goes and collects every error, in one pass,
//! from JSON (with positions) and from any self-describing serde format.
//!
//! `reader`: the JSON reader (its steps in `cursor`: a common path with
//! jiter behind it; `scan`: the validating scan of free-form values); this
//! file: the `Decode` trait and the object bookkeeping every decoder
//! shares; `scalars`, `containers`, `value`: the decoders of each kind of
//! field type.

use crate::error::{Ctx, ErrorKind, Segment};
use crate::{Field, Map, Number, Value};
use jiter::{JiterErrorType, Peek};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// Visitor methods that turn every serde primitive into a `Raw`.
macro_rules! visit_raw {
    ($take:ident) => {
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
            self.$take(Raw::Bool(v))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            self.$take(Raw::Num(Number::from(v)))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            self.$take(Raw::Num(Number::from(v)))
        }
        fn visit_i128<E: de::Error>(self, v: i128) -> Result<Self::Value, E> {
            self.$take(Raw::Num(Number::from(v)))
        }
        fn visit_u128<E: de::Error>(self, v: u128) -> Result<Self::Value, E> {
            self.$take(Raw::Num(Number::from(v)))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            match Number::from_f64(v) {
                Some(n) => self.$take(Raw::Num(n)),
                None => Err(E::custom("NaN and infinite floats are not allowed")),
            }
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            self.$take(Raw::Str(Cow::Borrowed(v)))
        }
        fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
            self.$take(Raw::Str(Cow::Owned(v)))
        }
        fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Self::Value, E> {
            self.$take(Raw::Bytes(Cow::Borrowed(v)))
        }
        fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Self::Value, E> {
            self.$take(Raw::Bytes(Cow::Owned(v)))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            self.$take(Raw::Null)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            self.$take(Raw::Null)
        }
    };
}

mod buffers;
mod build;
mod containers;
mod cursor;
mod reader;
mod scalars;
mod scan;
#[cfg(test)]
mod test_docs;
mod value;

use containers::check_items;
pub(crate) use containers::KeyCow;
pub use reader::{Fatal, JsonReader, Step};
use scalars::number_from_magic_map;
pub(crate) use scalars::{is_number_token, NUMBER_TOKEN};

/// Keys whose value failed to decode, so a later duplicate of one is still
/// reported. Allocated only once something fails.
#[derive(Default)]
pub(crate) struct FailedKeys(Option<std::collections::HashSet<String>>);

impl FailedKeys {
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.0.as_ref().is_some_and(|set| set.contains(key))
    }

    /// Records `key`; false when it was already there.
    pub(crate) fn insert(&mut self, key: &str) -> bool {
        self.0
            .get_or_insert_with(Default::default)
            .insert(key.to_owned())
    }
}

/// The entries of an object being decoded (a map, or a model's extras).
///
/// One place for the rules every object follows: a key is checked for a
/// duplicate and inserted with one lookup; keys whose value failed are
/// remembered, so their duplicates are found too; and the key goes in front
/// of the paths of the errors recorded for the entry.
pub(crate) struct Entries<T> {
    pub(crate) map: Map<T>,
    failed: FailedKeys,
    /// False once any entry failed or was a duplicate.
    pub(crate) ok: bool,
}

impl<T> Entries<T> {
    pub(crate) fn new() -> Self {
        Entries {
            map: Map::new(),
            failed: FailedKeys::default(),
            ok: true,
        }
    }

    /// Adds the entry `key`, whose value was decoded (or failed, `None`)
    /// after `mark`; `at` is the value's byte offset, for input that has one.
    #[inline]
    pub(crate) fn add(
        &mut self,
        ctx: &mut Ctx,
        mark: usize,
        at: Option<usize>,
        key: String,
        value: Option<T>,
    ) {
        let (key, duplicate) = match value {
            Some(_) if self.failed.contains(&key) => (key, true),
            Some(v) => match self.map.try_insert_new(key, v) {
                Ok(()) => return,
                Err((key, _)) => (key, true),
            },
            None => {
                let duplicate = self.map.contains_key(&key) || !self.failed.insert(&key);
                (key, duplicate)
            }
        };
        if duplicate {
            ctx.error_at(ErrorKind::DuplicateKey(key.clone()), at);
        }
        ctx.prefix_since(mark, || Segment::Key(Cow::Owned(key)));
        self.ok = false;
    }

    /// The map, when every entry was fine.
    pub(crate) fn finish(self) -> Option<Map<T>> {
        self.ok.then_some(self.map)
    }
}

pub(crate) enum TagLook {
    /// The tag's value is the variant's at this index.
    Known(usize),
    /// A tag value no variant has, and where it is.
    Unknown(String, usize),
    NotString(&'static str, usize),
    Absent,
}

pub(crate) fn peek_kind(peek: Peek) -> &'static str {
    match peek {
        Peek::Null => "null",
        Peek::True | Peek::False => "a boolean",
        Peek::String => "a string",
        Peek::Array => "an array",
        Peek::Object => "an object",
        _ => "a number",
    }
}

/// One scalar as read from any input; containers are only named.
pub(crate) enum Raw<'a> {
    Null,
    Bool(bool),
    Num(Number),
    Str(Cow<'a, str>),
    Bytes(Cow<'a, [u8]>),
    List,
    Dict,
    /// A number that was read but could not be kept (its error is recorded).
    Failed,
}

impl Raw<'_> {
    fn found(&self) -> &'static str {
        match self {
            Raw::Null => "null",
            Raw::Bool(_) => "a boolean",
            Raw::Num(_) | Raw::Failed => "a number",
            Raw::Str(_) => "a string",
            Raw::Bytes(_) => "bytes",
            Raw::List => "an array",
            Raw::Dict => "an object",
        }
    }

    /// The error for a value of the wrong kind.
    pub(crate) fn mismatch(&self, expected: &'static str) -> ErrorKind {
        match self {
            Raw::Null => ErrorKind::Null,
            other => ErrorKind::Type {
                expected,
                found: other.found(),
            },
        }
    }
}

/// A type that can be decoded with validation. Implemented for the field types
/// this crate supports and, by `#[open_model]`, for every model.
///
/// The methods are the machinery generated code calls; use the entry points
/// ([`from_json_str`](crate::from_json_str), serde's `Deserialize`) instead.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a field of an open model",
    label = "not a supported field type",
    note = "fields hold `String`, `bool`, `Number`, `Integer`, integers, floats, `uuid::Uuid`, `std::net` addresses, `Value`, `serde_json::Value` (feature `serde_json`), `Map<V>`, `HashMap`/`BTreeMap<String, V>`, `Vec<T>`, `Option<T>`, `Field<T>`, `Box<T>`, and types made with `#[open_model]`"
)]
pub trait Decode: Sized {
    /// True when `null` is one of the type's own values (`Value`), so a
    /// field of this type takes `null` without being declared nullable.
    #[doc(hidden)]
    const __ACCEPTS_NULL: bool = false;

    /// Decodes the JSON value at `peek`.
    #[doc(hidden)]
    fn __decode_json(r: &mut JsonReader<'_>, peek: Peek) -> Step<Self>;

    /// Checks the JSON value at `peek` exactly as `__decode_json` would,
    /// recording the same errors, while building as little as the type
    /// allows: true when the value is valid. The default decodes and drops;
    /// free-form values, containers, strings and models check in place.
    #[doc(hidden)]
    #[inline]
    fn __check_json(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
        Ok(Self::__decode_json(r, peek)?.is_some())
    }

    /// True for a free-form value (`Value`): a `Map` of them decoded from
    /// JSON keeps its validated text and builds its entries when looked at.
    #[doc(hidden)]
    const __FREE_FORM: bool = false;

    /// Builds the map of a free-form type's values from JSON text the
    /// reader validated in full as that map; `None` where the type has no
    /// builder of its own, or the text holds what the builder leaves to
    /// the reader (then the reader builds it).
    #[doc(hidden)]
    fn __map_from_validated(json: &str) -> Option<Map<Self>> {
        let _ = json;
        None
    }

    /// `__check_json`, then `check` on the value, as decoding then checking
    /// would (the check's error at the value's start): true when both
    /// pass. The default decodes; a `String` is checked in a reused buffer.
    #[doc(hidden)]
    #[inline]
    fn __check_json_then(
        r: &mut JsonReader<'_>,
        peek: Peek,
        check: fn(&Self) -> Result<(), ErrorKind>,
    ) -> Result<bool, Fatal> {
        Ok(decode_checked(r, peek, Some(check))?.is_some())
    }

    /// Decodes from a serde deserializer.
    #[doc(hidden)]
    fn __decode_serde<'de, D: Deserializer<'de>>(
        d: D,
        ctx: &mut Ctx,
    ) -> Result<Option<Self>, D::Error>;

    /// True for a value that stands for JSON `null` (`Option::None`).
    #[doc(hidden)]
    fn __is_null(&self) -> bool {
        false
    }

    /// Checks a value built in code, recording errors in `ctx`.
    #[doc(hidden)]
    fn __validate(&self, _ctx: &mut Ctx) {}
}

/// Seeds a serde deserializer with the pass's context.
pub struct Seed<'c, T> {
    ctx: &'c mut Ctx,
    _t: PhantomData<fn() -> T>,
}

impl<'c, T> Seed<'c, T> {
    /// A seed for `T`.
    pub fn new(ctx: &'c mut Ctx) -> Self {
        Seed {
            ctx,
            _t: PhantomData,
        }
    }
}

impl<'de, T: Decode> DeserializeSeed<'de> for Seed<'_, T> {
    type Value = Option<T>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        T::__decode_serde(d, self.ctx)
    }
}

/// Decodes the value at `peek` as `T`, then runs `check` on it; the check's
/// error is placed where the value starts. What decoding a field and
/// checking one (for types that need their value for it) share.
#[inline]
pub(crate) fn decode_checked<T: Decode>(
    r: &mut JsonReader<'_>,
    peek: Peek,
    check: Option<crate::model::Check<T>>,
) -> Step<T> {
    let at = r.index();
    let v = T::__decode_json(r, peek)?;
    Ok(match (v, check) {
        (Some(v), Some(check)) => match check(&v) {
            Ok(()) => Some(v),
            Err(kind) => {
                r.error_at(kind, at);
                None
            }
        },
        (v, _) => v,
    })
}
