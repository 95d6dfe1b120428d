//! Decoding that validates as it goes and collects every error, in one pass,
//! from JSON (with positions) and from any self-describing serde format.

use crate::error::{Ctx, ErrorKind, Segment};
use crate::{Field, Map, Number, Value};
use jiter::{Jiter, JiterErrorType, Peek};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// Decoding stopped: the input is not well-formed. The error is in the context.
#[derive(Debug)]
pub struct Fatal;

/// The result of one decoding step: `Ok(None)` when the value was consumed but
/// did not validate (its errors are in the context).
pub type Step<T> = Result<Option<T>, Fatal>;

/// A JSON reader over a byte slice, with the error context of the pass.
pub struct JsonReader<'j> {
    data: &'j [u8],
    /// Where `jiter`'s input starts within `data` (see `reseat`).
    base: usize,
    jiter: Jiter<'j>,
    /// The errors and depth of this pass.
    pub ctx: Ctx,
    /// The keys of the objects a check is inside.
    keys: crate::key_stack::KeyStack,
    /// Builds free-form maps now rather than keeping their text (set when
    /// building one from its text).
    eager: bool,
}

fn syntax_message(e: &JiterErrorType) -> String {
    match e {
        JiterErrorType::JsonError(t) => t.to_string(),
        JiterErrorType::WrongType { expected, actual } => {
            format!("expected {expected}, found {actual}")
        }
    }
}

fn fatal(ctx: &mut Ctx, base: usize, e: jiter::JiterError) -> Fatal {
    ctx.error_at(
        ErrorKind::Syntax(syntax_message(&e.error_type)),
        Some(base + e.index),
    );
    Fatal
}

impl<'j> JsonReader<'j> {
    pub(crate) fn new(data: &'j [u8], max_depth: usize) -> JsonReader<'j> {
        JsonReader {
            data,
            base: 0,
            jiter: Jiter::new(data),
            ctx: Ctx::new(max_depth),
            keys: Default::default(),
            eager: false,
        }
    }

    /// A reader over the same input from byte `at`, for a trial decode.
    pub(crate) fn trial(&self, at: usize) -> JsonReader<'j> {
        JsonReader {
            data: self.data,
            base: at,
            jiter: Jiter::new(self.data.get(at..).unwrap_or_default()),
            ctx: self.ctx.trial(),
            keys: Default::default(),
            eager: self.eager,
        }
    }

    /// Byte offset of the reader.
    #[inline]
    pub fn index(&self) -> usize {
        self.base + self.jiter.current_index()
    }

    fn fatal(&mut self, e: jiter::JiterError) -> Fatal {
        fatal(&mut self.ctx, self.base, e)
    }

    /// Moves the reader to byte `at` of the input. jiter cannot seek, but its
    /// parser holds no nesting state (this reader drives it), so a new one
    /// over the rest of the input, with `base` for positions, carries on.
    pub(crate) fn reseat(&mut self, at: usize) {
        let old = std::mem::replace(&mut self.jiter, Jiter::new(&[]));
        let rest = self.data.get(at..).unwrap_or_default();
        self.jiter = Jiter::with_tape(rest, old.into_tape());
        self.base = at;
    }

    /// Reads a number jiter refuses for its length (it stops integer parts at
    /// 4300 digits, CPython's limit): scanned and checked here, kept exactly.
    fn read_long_number<N>(
        &mut self,
        at: usize,
        parse: fn(&str) -> Result<N, crate::NumberError>,
    ) -> Step<N> {
        let rest = self.data.get(at..).unwrap_or_default();
        let len = rest
            .iter()
            .take_while(|b| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
            .count();
        let text = rest
            .get(..len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("");
        let parsed = parse(text);
        if !matches!(parsed, Err(crate::NumberError::Syntax)) {
            self.reseat(at + len);
        }
        self.literal_result(parsed, at)
    }

    /// The number read at byte `at`, or its error recorded: a number beyond
    /// the exponent limit is an error of its value; bad syntax stops the pass.
    fn literal_result<N>(&mut self, parsed: Result<N, crate::NumberError>, at: usize) -> Step<N> {
        match parsed {
            Ok(n) => Ok(Some(n)),
            Err(crate::NumberError::ExponentOutOfRange) => {
                self.error_at(
                    ErrorKind::Limit("number exponent out of range (limit 10^18)".into()),
                    at,
                );
                Ok(None)
            }
            Err(e) => {
                self.error_at(ErrorKind::Syntax(e.to_string()), at);
                Err(Fatal)
            }
        }
    }

    /// Records an error at byte `at`.
    #[inline]
    pub fn error_at(&mut self, kind: ErrorKind, at: usize) {
        self.ctx.error_at(kind, Some(at));
    }

    /// Looks at the next value without consuming it.
    #[inline]
    pub fn peek(&mut self) -> Result<Peek, Fatal> {
        self.jiter.peek().map_err(|e| self.fatal(e))
    }

    pub(crate) fn finish(&mut self) -> Result<(), Fatal> {
        self.jiter.finish().map_err(|e| self.fatal(e))
    }

    pub(crate) fn data(&self) -> &'j [u8] {
        self.data
    }

    /// Reads the string the reader is at (after `peek` gave `String`).
    #[inline]
    pub fn read_str(&mut self) -> Result<&str, Fatal> {
        match self.jiter.known_str() {
            Ok(s) => Ok(s),
            Err(e) => Err(fatal(&mut self.ctx, self.base, e)),
        }
    }

    /// Reads the number the reader is at, exactly.
    #[inline]
    pub fn read_number(&mut self, peek: Peek) -> Step<Number> {
        self.number_with(peek, Number::from_literal)
    }

    /// The number the reader is at, through `parse` (which gives the
    /// number, or only its verdict when checking).
    #[inline]
    fn number_with<N>(
        &mut self,
        peek: Peek,
        parse: fn(&str) -> Result<N, crate::NumberError>,
    ) -> Step<N> {
        let at = self.index();
        let bytes = match self.jiter.known_number_bytes(peek) {
            Ok(b) => b,
            Err(e)
                if e.error_type
                    == JiterErrorType::JsonError(jiter::JsonErrorType::NumberOutOfRange) =>
            {
                return self.read_long_number(at, parse);
            }
            Err(e) => return Err(fatal(&mut self.ctx, self.base, e)),
        };
        // jiter checked the grammar: the bytes are ASCII.
        let text = std::str::from_utf8(bytes).unwrap_or("");
        let parsed = parse(text);
        self.literal_result(parsed, at)
    }

    /// Checks the scalar at `peek` as `read_raw` reads it, keeping nothing.
    #[inline]
    pub(crate) fn check_scalar(&mut self, peek: Peek) -> Result<bool, Fatal> {
        match peek {
            Peek::Null | Peek::True | Peek::False | Peek::String => {
                self.read_raw(peek).map(|_| true)
            }
            Peek::Array | Peek::Object => Ok(false),
            _ => Ok(self.number_with(peek, Number::check_literal)?.is_some()),
        }
    }

    /// Reads one scalar (or notes the kind of a container without reading it).
    #[inline]
    pub(crate) fn read_raw(&mut self, peek: Peek) -> Result<Raw<'_>, Fatal> {
        match peek {
            Peek::Null => match self.jiter.known_null() {
                Ok(()) => Ok(Raw::Null),
                Err(e) => Err(self.fatal(e)),
            },
            Peek::True | Peek::False => match self.jiter.known_bool(peek) {
                Ok(b) => Ok(Raw::Bool(b)),
                Err(e) => Err(self.fatal(e)),
            },
            Peek::String => self.read_str().map(|s| Raw::Str(Cow::Borrowed(s))),
            Peek::Array => Ok(Raw::List),
            Peek::Object => Ok(Raw::Dict),
            _ => match self.read_number(peek)? {
                Some(n) => Ok(Raw::Num(n)),
                None => Ok(Raw::Failed),
            },
        }
    }

    /// Consumes the value at `peek`, checking its syntax and the depth limit.
    pub fn skip(&mut self, peek: Peek) -> Result<(), Fatal> {
        match peek {
            Peek::Array => {
                let at = self.index();
                if !self.ctx.enter() {
                    return self.depth_fatal(at);
                }
                let mut next = self.jiter.known_array().map_err(|e| self.fatal(e))?;
                while let Some(p) = next {
                    self.skip(p)?;
                    next = self.jiter.array_step().map_err(|e| self.fatal(e))?;
                }
                self.ctx.leave();
                Ok(())
            }
            Peek::Object => {
                let at = self.index();
                if !self.ctx.enter() {
                    return self.depth_fatal(at);
                }
                let mut key = self
                    .jiter
                    .known_object()
                    .map_err(|e| fatal(&mut self.ctx, self.base, e))?
                    .is_some();
                while key {
                    let p = self.peek()?;
                    self.skip(p)?;
                    key = self
                        .jiter
                        .next_key()
                        .map_err(|e| fatal(&mut self.ctx, self.base, e))?
                        .is_some();
                }
                self.ctx.leave();
                Ok(())
            }
            _ => self.read_raw(peek).map(|_| ()),
        }
    }

    fn depth_fatal<T>(&mut self, at: usize) -> Result<T, Fatal> {
        // `enter` recorded the error at the context's offset; place it here.
        self.ctx.reposition_last(at);
        Err(Fatal)
    }

    /// Reads the value at `peek` and records a type error for it.
    pub fn mismatch(&mut self, peek: Peek, expected: &'static str) -> Result<(), Fatal> {
        let at = self.index();
        let found = peek_kind(peek);
        self.skip(peek)?;
        if found == "null" {
            self.error_at(ErrorKind::Null, at);
        } else {
            self.error_at(ErrorKind::Type { expected, found }, at);
        }
        Ok(())
    }

    /// Iterates the object at the reader (after `peek` gave `Object`). Each
    /// key is turned into a `K` by `key_of` while the reader still lends it
    /// (a field index, or an owned `String`), then `each(reader, k,
    /// value_peek)` reads the value.
    #[inline]
    pub fn object<K>(
        &mut self,
        mut key_of: impl FnMut(&str) -> K,
        mut each: impl FnMut(&mut JsonReader<'j>, K, Peek) -> Result<(), Fatal>,
    ) -> Result<(), Fatal> {
        let at = self.index();
        if !self.ctx.enter() {
            return self.depth_fatal(at);
        }
        let mut key = match self.jiter.known_object() {
            Ok(k) => k.map(&mut key_of),
            Err(e) => return Err(fatal(&mut self.ctx, self.base, e)),
        };
        while let Some(k) = key {
            let p = self.peek()?;
            each(self, k, p)?;
            key = match self.jiter.next_key() {
                Ok(k) => k.map(&mut key_of),
                Err(e) => return Err(fatal(&mut self.ctx, self.base, e)),
            };
        }
        self.ctx.leave();
        Ok(())
    }

    /// Checks the object at the reader (after `peek` gave `Object`) with the
    /// rules of [`Entries`] (a key seen before in the object is a
    /// duplicate; a failed entry's errors go under its key), each value by
    /// `each`, keeping no key once the object ends. True when every entry
    /// was fine.
    pub(crate) fn check_object(
        &mut self,
        mut each: impl FnMut(&mut JsonReader<'j>, Peek) -> Result<bool, Fatal>,
    ) -> Result<bool, Fatal> {
        let at = self.index();
        if !self.ctx.enter() {
            return self.depth_fatal(at);
        }
        let mut level = self.keys.open();
        let mut ok = true;
        let mut key = match self.jiter.known_object() {
            Ok(k) => k.map(|k| self.keys.push(&mut level, k)),
            Err(e) => return Err(fatal(&mut self.ctx, self.base, e)),
        };
        while let Some((i, duplicate)) = key {
            let p = self.peek()?;
            let value_at = self.index();
            let mark = self.ctx.mark();
            let fine = each(self, p)?;
            if duplicate || !fine {
                let k = self.keys.key(i).to_owned();
                if duplicate {
                    self.ctx
                        .error_at(ErrorKind::DuplicateKey(k.clone()), Some(value_at));
                }
                self.ctx.prefix_since(mark, || Segment::Key(Cow::Owned(k)));
                ok = false;
            }
            key = match self.jiter.next_key() {
                Ok(k) => k.map(|k| self.keys.push(&mut level, k)),
                Err(e) => return Err(fatal(&mut self.ctx, self.base, e)),
            };
        }
        self.keys.close(level);
        self.ctx.leave();
        Ok(ok)
    }

    /// Iterates the array at the reader (after `peek` gave `Array`).
    #[inline]
    pub fn array(
        &mut self,
        mut each: impl FnMut(&mut JsonReader<'j>, usize, Peek) -> Result<(), Fatal>,
    ) -> Result<(), Fatal> {
        let at = self.index();
        if !self.ctx.enter() {
            return self.depth_fatal(at);
        }
        let mut next = self.jiter.known_array().map_err(|e| self.fatal(e))?;
        let mut i = 0;
        while let Some(p) = next {
            each(self, i, p)?;
            i += 1;
            next = self.jiter.array_step().map_err(|e| self.fatal(e))?;
        }
        self.ctx.leave();
        Ok(())
    }

    /// Finds the string value of `tag` in the object starting at byte `start`
    /// without moving the reader. `Err(())` when the scan meets bad syntax
    /// (the main pass will report it where it is).
    pub(crate) fn lookahead_tag(&self, start: usize, tag: &str) -> Result<TagLook, ()> {
        let data = self.data.get(start..).ok_or(())?;
        let mut j = Jiter::new(data);
        let mut key = j.next_object().map_err(|_| ())?.map(str::to_owned);
        while let Some(k) = key {
            if k == tag {
                let p = j.peek().map_err(|_| ())?;
                let at = start + j.current_index();
                return Ok(match p {
                    Peek::String => TagLook::Found(j.known_str().map_err(|_| ())?.to_owned(), at),
                    other => TagLook::NotString(peek_kind(other), at),
                });
            }
            j.next_skip().map_err(|_| ())?;
            key = j.next_key().map_err(|_| ())?.map(str::to_owned);
        }
        Ok(TagLook::Absent)
    }
}

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
    Found(String, usize),
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

// ---------------------------------------------------------------------------
// Scalars: one conversion from `Raw`, shared by the JSON and serde paths.

pub(crate) trait Scalar: Sized + Decode {
    const EXPECTED: &'static str;
    /// Can hold a number no serde primitive holds exactly: read through
    /// serde_json's raw text (see `serde_exact`).
    const EXACT: bool = false;
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind>;
    /// `from_raw`'s verdict without the value.
    #[inline]
    fn check_raw(raw: Raw<'_>) -> Result<(), ErrorKind> {
        Self::from_raw(raw).map(drop)
    }
}

fn decode_scalar_json<T: Scalar>(r: &mut JsonReader<'_>, peek: Peek) -> Step<T> {
    read_scalar_json(r, peek, T::EXPECTED, T::from_raw)
}

/// `decode_scalar_json` without keeping the value (a string not copied).
fn check_scalar_json<T: Scalar>(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
    Ok(read_scalar_json(r, peek, T::EXPECTED, T::check_raw)?.is_some())
}

/// Reads one scalar and turns it into `T` with `convert`; its error is
/// recorded where the value starts.
#[inline]
fn read_scalar_json<T>(
    r: &mut JsonReader<'_>,
    peek: Peek,
    expected: &'static str,
    convert: impl FnOnce(Raw<'_>) -> Result<T, ErrorKind>,
) -> Step<T> {
    let at = r.index();
    match peek {
        Peek::Array | Peek::Object => {
            r.mismatch(peek, expected)?;
            Ok(None)
        }
        _ => {
            let raw = r.read_raw(peek)?;
            if let Raw::Failed = raw {
                return Ok(None);
            }
            match convert(raw) {
                Ok(v) => Ok(Some(v)),
                Err(kind) => {
                    r.error_at(kind, at);
                    Ok(None)
                }
            }
        }
    }
}

struct ScalarVisitor<'c, T> {
    ctx: &'c mut Ctx,
    _t: PhantomData<fn() -> T>,
}

impl<T: Scalar> ScalarVisitor<'_, T> {
    fn take<E>(self, raw: Raw<'_>) -> Result<Option<T>, E> {
        match T::from_raw(raw) {
            Ok(v) => Ok(Some(v)),
            Err(kind) => {
                self.ctx.error(kind);
                Ok(None)
            }
        }
    }
}

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

impl<'de, T: Scalar> Visitor<'de> for ScalarVisitor<'_, T> {
    type Value = Option<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTED)
    }
    visit_raw!(take);
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        T::__decode_serde_scalar(d, self.ctx)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.take(Raw::List)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        if let Some(n) = number_from_magic_map(&mut map)? {
            return self.take(n);
        }
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        self.take(Raw::Dict)
    }
}

trait ScalarSerde: Scalar {
    fn __decode_serde_scalar<'de, D: Deserializer<'de>>(
        d: D,
        ctx: &mut Ctx,
    ) -> Result<Option<Self>, D::Error> {
        if Self::EXACT {
            return crate::serde_exact::decode_exact(d, ctx, |ctx| ScalarVisitor::<Self> {
                ctx,
                _t: PhantomData,
            });
        }
        d.deserialize_any(ScalarVisitor::<Self> {
            ctx,
            _t: PhantomData,
        })
    }
}

impl<T: Scalar> ScalarSerde for T {}

/// The field name of the one-entry map that carries a number no serde
/// primitive can hold exactly (see [`crate::Number`]'s `Serialize`).
pub(crate) const NUMBER_TOKEN: &str = "$open_model::private::Number";
const SERDE_JSON_NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// True for the key of the one-entry map an exact number travels as (ours,
/// and serde_json's arbitrary-precision form): a visitor of objects that
/// meets it as the first key has been given a number, not an object.
pub(crate) fn is_number_token(key: &str) -> bool {
    key == NUMBER_TOKEN || key == SERDE_JSON_NUMBER_TOKEN
}

/// Reads the exact-number map form, when the map is one.
fn number_from_magic_map<'de, A: MapAccess<'de>>(
    map: &mut A,
) -> Result<Option<Raw<'static>>, A::Error> {
    // Peeking a key consumes it, so only maps whose first key is the token are
    // numbers; any other map is drained by the caller after this reads its
    // first key as the start of the drain.
    let Some(key) = map.next_key::<KeyCow<'_>>()? else {
        return Ok(None);
    };
    if is_number_token(&key.0) {
        let text: String = map.next_value()?;
        return match Number::from_literal(&text) {
            Ok(n) => {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Some(Raw::Num(n)))
            }
            Err(e) => Err(de::Error::custom(e)),
        };
    }
    map.next_value::<IgnoredAny>()?;
    Ok(None)
}

macro_rules! decode_scalar {
    ($($t:ty),*) => {$(
        impl Decode for $t {
            #[inline]
            fn __decode_json(r: &mut JsonReader<'_>, peek: Peek) -> Step<Self> {
                decode_scalar_json::<$t>(r, peek)
            }
            #[inline]
            fn __check_json(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
                check_scalar_json::<$t>(r, peek)
            }
            fn __decode_serde<'de, D: Deserializer<'de>>(d: D, ctx: &mut Ctx) -> Result<Option<Self>, D::Error> {
                <$t as ScalarSerde>::__decode_serde_scalar(d, ctx)
            }
        }
    )*};
}

impl Scalar for String {
    const EXPECTED: &'static str = "a string";
    #[inline]
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Str(s) => Ok(s.into_owned()),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
    #[inline]
    fn check_raw(raw: Raw<'_>) -> Result<(), ErrorKind> {
        match raw {
            Raw::Str(_) => Ok(()),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

impl Scalar for bool {
    const EXPECTED: &'static str = "a boolean";
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Bool(b) => Ok(b),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

impl Scalar for Number {
    const EXPECTED: &'static str = "a number";
    const EXACT: bool = true;
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Num(n) => Ok(n),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

impl Scalar for crate::Integer {
    const EXPECTED: &'static str = "an integer";
    const EXACT: bool = true;
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Num(n) => {
                crate::Integer::new(n).ok_or(ErrorKind::Format("value must be an integer".into()))
            }
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

macro_rules! scalar_int {
    ($($t:ty => $bits:literal),*) => {$(
        impl Scalar for $t {
            const EXPECTED: &'static str = "an integer";
            #[inline]
            fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
                match raw {
                    Raw::Num(n) => {
                        if !n.is_integer_literal() {
                            return Err(ErrorKind::Format("value must be an integer".into()));
                        }
                        n.as_i128()
                            .and_then(|v| <$t>::try_from(v).ok())
                            .ok_or(ErrorKind::Format($bits.into()))
                    }
                    other => Err(other.mismatch(Self::EXPECTED)),
                }
            }
        }
    )*};
}
scalar_int!(
    i8 => "value must be an 8 bit integer",
    i16 => "value must be a 16 bit integer",
    i32 => "value must be a 32 bit integer",
    i64 => "value must be a 64 bit integer",
    u8 => "value must be an unsigned 8 bit integer",
    u16 => "value must be an unsigned 16 bit integer",
    u32 => "value must be an unsigned 32 bit integer",
    u64 => "value must be an unsigned 64 bit integer"
);

impl Scalar for f64 {
    const EXPECTED: &'static str = "a number";
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Num(n) => n
                .as_f64()
                .ok_or(ErrorKind::Format("value must be a 64 bit float".into())),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

impl Scalar for f32 {
    const EXPECTED: &'static str = "a number";
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Num(n) => {
                if crate::format::check_number(&n, crate::Format::Float).is_err() {
                    return Err(ErrorKind::Format("value must be a 32 bit float".into()));
                }
                // In range, so the narrowing is a rounding, not an overflow.
                Ok(n.as_f64().unwrap_or_default() as f32)
            }
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

impl Scalar for uuid::Uuid {
    const EXPECTED: &'static str = "a string";
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Str(s) => crate::format::parse_uuid_in_force(&s)
                .map_err(|_| ErrorKind::Format("value must be a uuid".into())),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

/// `std::net` addresses: a string in the standard textual form, as the
/// `ipv4` and `ipv6` formats check it.
macro_rules! scalar_ip {
    ($($t:ty => $what:literal),*) => {$(
        impl Scalar for $t {
            const EXPECTED: &'static str = "a string";
            fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
                match raw {
                    Raw::Str(s) => s
                        .parse()
                        .map_err(|_| ErrorKind::Format(concat!("value must be ", $what).into())),
                    other => Err(other.mismatch(Self::EXPECTED)),
                }
            }
        }
    )*};
}
scalar_ip!(
    std::net::IpAddr => "an IPv4 or IPv6 address",
    std::net::Ipv4Addr => "an IPv4 address",
    std::net::Ipv6Addr => "an IPv6 address"
);

decode_scalar!(
    String,
    bool,
    Number,
    crate::Integer,
    i8,
    i16,
    i32,
    i64,
    u8,
    u16,
    u32,
    u64,
    f64,
    f32,
    uuid::Uuid,
    std::net::IpAddr,
    std::net::Ipv4Addr,
    std::net::Ipv6Addr
);

// ---------------------------------------------------------------------------
// Containers.

impl<T: Decode> Decode for Vec<T> {
    fn __decode_json(r: &mut JsonReader<'_>, peek: Peek) -> Step<Self> {
        if peek != Peek::Array {
            r.mismatch(peek, "an array")?;
            return Ok(None);
        }
        let mut out = Vec::new();
        let mut ok = true;
        r.array(|r, i, p| {
            let mark = r.ctx.mark();
            match T::__decode_json(r, p)? {
                Some(v) if ok => out.push(v),
                Some(_) => {}
                None => ok = false,
            }
            r.ctx.prefix_since(mark, || Segment::Index(i));
            Ok(())
        })?;
        Ok(ok.then_some(out))
    }

    fn __check_json(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
        if peek != Peek::Array {
            r.mismatch(peek, "an array")?;
            return Ok(false);
        }
        check_items(r, T::__check_json)
    }

    fn __decode_serde<'de, D: Deserializer<'de>>(
        d: D,
        ctx: &mut Ctx,
    ) -> Result<Option<Self>, D::Error> {
        d.deserialize_seq(SeqVisitor::<T> {
            ctx,
            _t: PhantomData,
        })
    }

    fn __validate(&self, ctx: &mut Ctx) {
        for (i, v) in self.iter().enumerate() {
            let mark = ctx.mark();
            v.__validate(ctx);
            ctx.prefix_since(mark, || Segment::Index(i));
        }
    }
}

struct SeqVisitor<'c, T> {
    ctx: &'c mut Ctx,
    _t: PhantomData<fn() -> T>,
}

impl<T> SeqVisitor<'_, T> {
    fn wrong<E>(self, raw: Raw<'_>) -> Result<Option<Vec<T>>, E> {
        self.ctx.error(raw.mismatch("an array"));
        Ok(None)
    }
}

impl<'de, T: Decode> Visitor<'de> for SeqVisitor<'_, T> {
    type Value = Option<Vec<T>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }
    visit_raw!(wrong);
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        if !self.ctx.enter() {
            return Err(de::Error::custom("nesting too deep"));
        }
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        let mut ok = true;
        let mut i = 0;
        loop {
            let mark = self.ctx.mark();
            match seq.next_element_seed(Seed::<T>::new(self.ctx))? {
                None => break,
                Some(Some(v)) if ok => out.push(v),
                Some(Some(_)) => {}
                Some(None) => ok = false,
            }
            self.ctx.prefix_since(mark, || Segment::Index(i));
            i += 1;
        }
        self.ctx.leave();
        Ok(ok.then_some(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        if let Some(n) = number_from_magic_map(&mut map)? {
            return self.wrong(n);
        }
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        self.wrong(Raw::Dict)
    }
}

/// A map of free-form values: checked by the validating scan (every rule
/// of decoding), kept as its text, built on the first look.
fn text_map<T: Decode>(r: &mut JsonReader<'_>) -> Step<Map<T>> {
    let start = r.index();
    if !check_entries(r, T::__check_json)? {
        return Ok(None);
    }
    let json = r.data().get(start..r.index()).unwrap_or_default();
    Ok(Some(Map::from_validated_json(json.into(), build_map::<T>)))
}

/// The entries of a map whose text `text_map` validated. The depth was
/// checked then, so it is not limited again.
fn build_map<T: Decode>(json: &[u8]) -> Map<T> {
    let mut r = JsonReader::new(json, usize::MAX);
    r.eager = true;
    let built = match r.peek() {
        Ok(p) => Map::<T>::__decode_json(&mut r, p).ok().flatten(),
        Err(_) => None,
    };
    debug_assert!(built.is_some(), "a validated map builds");
    built.unwrap_or_default()
}

impl<T: Decode> Decode for Map<T> {
    fn __decode_json(r: &mut JsonReader<'_>, peek: Peek) -> Step<Self> {
        if peek != Peek::Object {
            r.mismatch(peek, "an object")?;
            return Ok(None);
        }
        if T::__FREE_FORM && !r.eager {
            return text_map(r);
        }
        let mut entries = Entries::new();
        r.object(str::to_owned, |r, key, p| {
            let at = r.index();
            let mark = r.ctx.mark();
            let v = T::__decode_json(r, p)?;
            entries.add(&mut r.ctx, mark, Some(at), key, v);
            Ok(())
        })?;
        Ok(entries.finish())
    }

    fn __check_json(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
        if peek != Peek::Object {
            r.mismatch(peek, "an object")?;
            return Ok(false);
        }
        check_entries(r, T::__check_json)
    }

    fn __decode_serde<'de, D: Deserializer<'de>>(
        d: D,
        ctx: &mut Ctx,
    ) -> Result<Option<Self>, D::Error> {
        d.deserialize_map(MapVisitor::<T> {
            ctx,
            _t: PhantomData,
        })
    }

    fn __validate(&self, ctx: &mut Ctx) {
        for (k, v) in self.iter() {
            let mark = ctx.mark();
            v.__validate(ctx);
            ctx.prefix_since(mark, || Segment::Key(Cow::Owned(k.clone())));
        }
    }
}

/// A map key from serde, borrowed when the format allows.
pub(crate) struct KeyCow<'de>(pub(crate) Cow<'de, str>);

impl<'de> de::Deserialize<'de> for KeyCow<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyCow<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(KeyCow(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(KeyCow(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(KeyCow(Cow::Owned(v)))
            }
        }
        d.deserialize_str(V)
    }
}

struct MapVisitor<'c, T> {
    ctx: &'c mut Ctx,
    _t: PhantomData<fn() -> T>,
}

impl<T> MapVisitor<'_, T> {
    fn wrong<E>(self, raw: Raw<'_>) -> Result<Option<Map<T>>, E> {
        self.ctx.error(raw.mismatch("an object"));
        Ok(None)
    }
}

impl<'de, T: Decode> Visitor<'de> for MapVisitor<'_, T> {
    type Value = Option<Map<T>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    visit_raw!(wrong);
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.wrong(Raw::List)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        if !self.ctx.enter() {
            return Err(de::Error::custom("nesting too deep"));
        }
        let mut entries = Entries::new();
        let mut first = true;
        while let Some(KeyCow(key)) = map.next_key()? {
            if first && is_number_token(&key) {
                map.next_value::<IgnoredAny>()?;
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                self.ctx.leave();
                return self.wrong(Raw::Num(Number::from(0u8)));
            }
            first = false;
            let mark = self.ctx.mark();
            let v = map.next_value_seed(Seed::<T>::new(self.ctx))?;
            entries.add(self.ctx, mark, None, key.into_owned(), v);
        }
        self.ctx.leave();
        Ok(entries.finish())
    }
}

/// `null` is `None`, unless `null` is one of `T`'s own values (`Value`):
/// then it is `Some(Value::Null)`, so it is written back as `null`, not
/// dropped as an absent key.
impl<T: Decode> Decode for Option<T> {
    const __ACCEPTS_NULL: bool = T::__ACCEPTS_NULL;

    #[inline]
    fn __decode_json(r: &mut JsonReader<'_>, peek: Peek) -> Step<Self> {
        if peek == Peek::Null && !T::__ACCEPTS_NULL {
            r.read_raw(peek)?;
            return Ok(Some(None));
        }
        Ok(T::__decode_json(r, peek)?.map(Some))
    }

    #[inline]
    fn __check_json(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
        if peek == Peek::Null && !T::__ACCEPTS_NULL {
            r.read_raw(peek)?;
            return Ok(true);
        }
        T::__check_json(r, peek)
    }

    fn __decode_serde<'de, D: Deserializer<'de>>(
        d: D,
        ctx: &mut Ctx,
    ) -> Result<Option<Self>, D::Error> {
        if T::__ACCEPTS_NULL {
            return Ok(T::__decode_serde(d, ctx)?.map(Some));
        }
        d.deserialize_option(OptionVisitor::<T> {
            ctx,
            _t: PhantomData,
        })
    }

    fn __is_null(&self) -> bool {
        self.is_none()
    }

    fn __validate(&self, ctx: &mut Ctx) {
        if let Some(v) = self {
            v.__validate(ctx);
        }
    }
}

struct OptionVisitor<'c, T> {
    ctx: &'c mut Ctx,
    _t: PhantomData<fn() -> T>,
}

impl<'de, T: Decode> Visitor<'de> for OptionVisitor<'_, T> {
    type Value = Option<Option<T>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value or null")
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Some(None))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Some(None))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        Ok(T::__decode_serde(d, self.ctx)?.map(Some))
    }
}

impl<T: Decode> Decode for Field<T> {
    #[inline]
    fn __decode_json(r: &mut JsonReader<'_>, peek: Peek) -> Step<Self> {
        Ok(Option::<T>::__decode_json(r, peek)?.map(Field::from_option))
    }

    #[inline]
    fn __check_json(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
        Option::<T>::__check_json(r, peek)
    }

    fn __decode_serde<'de, D: Deserializer<'de>>(
        d: D,
        ctx: &mut Ctx,
    ) -> Result<Option<Self>, D::Error> {
        Ok(Option::<T>::__decode_serde(d, ctx)?.map(Field::from_option))
    }

    fn __validate(&self, ctx: &mut Ctx) {
        if let Field::Value(v) = self {
            v.__validate(ctx);
        }
    }
}

impl<T: Decode> Decode for Box<T> {
    #[inline]
    fn __decode_json(r: &mut JsonReader<'_>, peek: Peek) -> Step<Self> {
        Ok(T::__decode_json(r, peek)?.map(Box::new))
    }

    #[inline]
    fn __check_json(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
        T::__check_json(r, peek)
    }

    fn __decode_serde<'de, D: Deserializer<'de>>(
        d: D,
        ctx: &mut Ctx,
    ) -> Result<Option<Self>, D::Error> {
        Ok(T::__decode_serde(d, ctx)?.map(Box::new))
    }

    fn __is_null(&self) -> bool {
        (**self).__is_null()
    }

    fn __validate(&self, ctx: &mut Ctx) {
        (**self).__validate(ctx);
    }
}

/// Checks every item of the array at the reader with `each`, as the
/// decoders of `Vec` and `Value` read them (errors under the item's index).
fn check_items(
    r: &mut JsonReader<'_>,
    each: fn(&mut JsonReader<'_>, Peek) -> Result<bool, Fatal>,
) -> Result<bool, Fatal> {
    let mut ok = true;
    r.array(|r, i, p| {
        let mark = r.ctx.mark();
        ok &= each(r, p)?;
        r.ctx.prefix_since(mark, || Segment::Index(i));
        Ok(())
    })?;
    Ok(ok)
}

/// Checks every entry of the object at the reader with `each`, with the
/// rules of [`Entries`] (duplicates, paths); see `JsonReader::check_object`.
fn check_entries(
    r: &mut JsonReader<'_>,
    each: fn(&mut JsonReader<'_>, Peek) -> Result<bool, Fatal>,
) -> Result<bool, Fatal> {
    r.check_object(each)
}

// ---------------------------------------------------------------------------
// Value: any JSON value, read directly into the tree.

impl Decode for Value {
    const __ACCEPTS_NULL: bool = true;
    const __FREE_FORM: bool = true;

    fn __decode_json(r: &mut JsonReader<'_>, peek: Peek) -> Step<Self> {
        match peek {
            Peek::Array => {
                let mut out = Vec::new();
                let mut ok = true;
                r.array(|r, i, p| {
                    let mark = r.ctx.mark();
                    match Value::__decode_json(r, p)? {
                        Some(v) => out.push(v),
                        None => ok = false,
                    }
                    r.ctx.prefix_since(mark, || Segment::Index(i));
                    Ok(())
                })?;
                Ok(ok.then_some(Value::List(out)))
            }
            Peek::Object => Ok(Map::<Value>::__decode_json(r, peek)?.map(Value::Dict)),
            _ => Ok(match r.read_raw(peek)? {
                Raw::Null => Some(Value::Null),
                Raw::Bool(b) => Some(Value::Bool(b)),
                Raw::Num(n) => Some(Value::Number(n)),
                Raw::Str(s) => Some(Value::Str(s.into_owned())),
                Raw::Bytes(b) => Some(Value::Bytes(b.into_owned())),
                Raw::List | Raw::Dict | Raw::Failed => None,
            }),
        }
    }

    /// The validating scan of a free-form value: every rule of
    /// `__decode_json` (syntax, depth, duplicate keys at any depth, the
    /// exponent limit), nothing built but the keys of the object at hand.
    fn __check_json(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
        match peek {
            Peek::Array => check_items(r, Value::__check_json),
            Peek::Object => check_entries(r, Value::__check_json),
            _ => r.check_scalar(peek),
        }
    }

    fn __decode_serde<'de, D: Deserializer<'de>>(
        d: D,
        ctx: &mut Ctx,
    ) -> Result<Option<Self>, D::Error> {
        crate::serde_exact::decode_exact(d, ctx, |ctx| ValueVisitor { ctx })
    }
}

pub(crate) struct ValueVisitor<'c> {
    pub(crate) ctx: &'c mut Ctx,
}

impl ValueVisitor<'_> {
    fn take<E>(self, raw: Raw<'_>) -> Result<Option<Value>, E> {
        Ok(Some(match raw {
            Raw::Null => Value::Null,
            Raw::Bool(b) => Value::Bool(b),
            Raw::Num(n) => Value::Number(n),
            Raw::Str(s) => Value::Str(s.into_owned()),
            Raw::Bytes(b) => Value::Bytes(b.into_owned()),
            Raw::List | Raw::Dict | Raw::Failed => return Ok(None),
        }))
    }
}

impl<'de> Visitor<'de> for ValueVisitor<'_> {
    type Value = Option<Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    visit_raw!(take);
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        Value::__decode_serde(d, self.ctx)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        if !self.ctx.enter() {
            return Err(de::Error::custom("nesting too deep"));
        }
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        let mut ok = true;
        let mut i = 0;
        loop {
            let mark = self.ctx.mark();
            let Some(v) = seq.next_element_seed(Seed::<Value>::new(self.ctx))? else {
                break;
            };
            match v {
                Some(v) => out.push(v),
                None => ok = false,
            }
            self.ctx.prefix_since(mark, || Segment::Index(i));
            i += 1;
        }
        self.ctx.leave();
        Ok(ok.then_some(Value::List(out)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        if !self.ctx.enter() {
            return Err(de::Error::custom("nesting too deep"));
        }
        let mut entries = Entries::new();
        let mut first = true;
        while let Some(KeyCow(key)) = map.next_key()? {
            if first && is_number_token(&key) {
                let text: String = map.next_value()?;
                self.ctx.leave();
                return match Number::from_literal(&text) {
                    Ok(n) => Ok(Some(Value::Number(n))),
                    Err(e) => Err(de::Error::custom(e)),
                };
            }
            first = false;
            let mark = self.ctx.mark();
            let v = map.next_value_seed(Seed::<Value>::new(self.ctx))?;
            entries.add(self.ctx, mark, None, key.into_owned(), v);
        }
        self.ctx.leave();
        Ok(entries.finish().map(Value::Dict))
    }
}
