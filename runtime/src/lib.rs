//! # open-model
//!
//! "Open" API models for Rust: a **typed core** of named fields plus an
//! **extension map** that keeps every other key a document carries
//! (OpenAPI `additionalProperties`), validated as they are decoded, with
//! every error reported by path and position, and every number kept exactly.
//!
//! This crate is the only one a user adds: it re-exports the
//! [`#[open_model]`](macro@open_model) attribute and holds the runtime:
//! [`Value`], [`Number`], [`Field`], [`Map`], errors ([`Report`], [`Error`],
//! [`Path`]) and the JSON entry points.
//!
//! ```
//! use open_model::{open_model, Field, Number, OpenModel, Value};
//!
//! /// A step of a run.
//! #[open_model(rename_all = "camelCase")]
//! #[derive(Debug)]
//! pub struct Step {
//!     #[open_model(format = "uuid")]
//!     pub step_id: String,
//!     #[open_model(format = "float")]
//!     pub start_time: Number,
//!     pub error: Field<String>,
//! }
//!
//! let json = r#"{"stepId":"499f80cc-497c-4250-8136-3f58222a993d","startTime":1700000000.123456,"cached":true}"#;
//! let step: Step = open_model::from_json_str(json)?;
//! assert_eq!(step.start_time.to_string(), "1700000000.123456");
//! assert_eq!(step.extra.get("cached"), Some(&Value::Bool(true)));
//! assert_eq!(open_model::to_json_string(&step)?, json);
//!
//! let bad = r#"{"stepId":"nope","startTime":"soon","error":5}"#;
//! let report = open_model::from_json_str::<Step>(bad).unwrap_err();
//! assert_eq!(report.len(), 3);
//! assert_eq!(report.errors()[0].to_string(), "line 1 column 11: stepId: value must be a uuid");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Every option of `#[open_model(...)]`, the field types and the
//! compile-time errors: [`attributes`]. What the test suite proves of the
//! JSON reader and the validation keywords: [`conformance`].
//!
#![doc = include_str!("../docs/runtime.md")]
#![warn(missing_docs)]
// Decoding reads bytes from other programs: nothing reachable from input may
// panic. Indexing goes through `get`; the one documented panic (`Index` on
// `Map`, as on `HashMap`) is allowed where it stands.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::unreachable,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::todo,
        clippy::unimplemented
    )
)]

#[cfg(any(feature = "chrono", feature = "time"))]
#[cfg(feature = "axum")]
pub mod axum;
#[cfg(any(feature = "chrono", feature = "time"))]
mod dates;
mod decode;
mod encode;
mod error;
mod error_json;
mod field;
pub mod format;
mod integer;
#[cfg(feature = "serde_json")]
mod json_value;
mod key_stack;
mod keywords;
mod map;
mod model;
mod number;
pub mod registry;
pub mod schema;
mod serde_exact;
mod serde_value;
mod std_maps;
mod union;
mod value;
mod via;
mod via_types;

pub use decode::Decode;
use decode::{Fatal, JsonReader, Step};
pub use encode::{Encode, EncodeError, JsonWriter};
use error::Ctx;
pub use error::{Error, ErrorKind, Path, Position, Report, Segment, VariantErrors};
pub use field::Field;
pub use format::Format;
pub use integer::Integer;
pub use map::Map;
pub use model::{ExtraKeyError, Extras, FieldInfo, FieldType, OpenModel};
pub use number::{Number, NumberError};
pub use serde_value::ValueError;
pub use value::{IntoValue, Kind, Value, WrongKind};
pub use via::FieldVia;

/// The OpenAPI schema of `T`: its definition (`{"type": "object", …}`),
/// components it refers to written as `$ref`.
pub fn schema_of<T: schema::Schema + ?Sized>() -> Value {
    T::definition(&mut schema::SchemaGen::new())
}

/// The `components.schemas` document of `T` and everything it refers to.
///
/// Two types that claim one component name (two `Charge` models in two
/// modules) are refused, with both paths, rather than replace each other.
pub fn components_of<T: schema::Schema + ?Sized>() -> Result<Value, schema::ComponentClash> {
    let mut gen = schema::SchemaGen::new();
    gen.add::<T>();
    gen.into_components()
}

/// Turns a struct into an open model, or an enum into a discriminated union
/// or a string enum. Every option: [`attributes`].
pub use open_model_macros::open_model;

#[doc = include_str!("../docs/attributes.md")]
pub mod attributes {}

#[doc = include_str!("../docs/conformance.md")]
pub mod conformance {}

/// The default nesting limit of the JSON reader (objects and arrays).
pub const DEFAULT_MAX_DEPTH: usize = 128;

/// Options of the JSON reader.
///
/// ```
/// let deep = "[".repeat(20) + &"]".repeat(20);
/// let opts = open_model::Options::default().with_max_depth(10);
/// let err = open_model::from_json_slice_with::<open_model::Value>(deep.as_bytes(), &opts).unwrap_err();
/// assert_eq!(err.errors()[0].message(), "nesting deeper than the limit of 10");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Objects and arrays nested deeper than this are an error (default 128).
    pub max_depth: usize,
    /// Inputs longer than this many bytes are refused (default: no limit).
    pub max_size: Option<usize>,
    /// The UUID spellings `format = "uuid"` and `uuid::Uuid` fields accept
    /// (default: JSON Schema's hyphenated form only).
    pub uuid_spellings: format::UuidSpellings,
}

impl Options {
    /// Sets [`Options::max_depth`].
    pub fn with_max_depth(mut self, max_depth: usize) -> Options {
        self.max_depth = max_depth;
        self
    }

    /// Sets [`Options::max_size`].
    pub fn with_max_size(mut self, max_size: usize) -> Options {
        self.max_size = Some(max_size);
        self
    }

    /// Sets [`Options::uuid_spellings`]: `UuidSpellings::Python` accepts
    /// every spelling the original Python client accepts.
    ///
    /// ```
    /// use open_model::{format::UuidSpellings, open_model, Options};
    ///
    /// #[open_model]
    /// struct Run { #[open_model(format = "uuid")] id: String }
    ///
    /// let doc = br#"{"id": "{1AA5DC15A37940F587934BCA9BFFC3F3}"}"#;
    /// assert!(open_model::from_json_slice::<Run>(doc).is_err());
    /// let python = Options::default().with_uuid_spellings(UuidSpellings::Python);
    /// let run: Run = open_model::from_json_slice_with(doc, &python)?;
    /// assert_eq!(run.id, "{1AA5DC15A37940F587934BCA9BFFC3F3}"); // kept as written
    /// # Ok::<(), open_model::Report>(())
    /// ```
    pub fn with_uuid_spellings(mut self, spellings: format::UuidSpellings) -> Options {
        self.uuid_spellings = spellings;
        self
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_depth: DEFAULT_MAX_DEPTH,
            max_size: None,
            uuid_spellings: format::UuidSpellings::Hyphenated,
        }
    }
}

/// Decodes and validates a JSON text, reporting every error.
///
/// ```
/// let v: open_model::Value = open_model::from_json_str(r#"{"a": [1, 2.50, null]}"#)?;
/// assert_eq!(open_model::to_json_string(&v)?, r#"{"a":[1,2.50,null]}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_json_str<T: Decode>(json: &str) -> Result<T, Report> {
    from_json_slice_with(json.as_bytes(), &Options::default())
}

/// Decodes and validates JSON bytes (which must be UTF-8), reporting every error.
pub fn from_json_slice<T: Decode>(json: &[u8]) -> Result<T, Report> {
    from_json_slice_with(json, &Options::default())
}

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// [`from_json_slice`] with [`Options`].
///
/// The input must be exactly one JSON value (RFC 8259), optionally surrounded
/// by whitespace; duplicate keys in an object are an error; `NaN` and
/// `Infinity` are not JSON. A leading UTF-8 byte order mark is skipped, as
/// RFC 8259 allows and the original Python client does (positions still
/// count from the file's first byte). Decoding never panics.
///
/// Memory: the reader's working buffers (its scan's stacks and key stack)
/// and the stacks that build a free-form map on its first read are kept
/// per thread between calls, so a stream of small documents does not
/// allocate them again for each; a thread keeps at most 256 KiB of the
/// first and 4,096 entries of the second (anything larger is freed).
pub fn from_json_slice_with<T: Decode>(json: &[u8], options: &Options) -> Result<T, Report> {
    read_json_with(json, options, T::__decode_json)
}

/// Checks JSON bytes against `T` without building it: the errors are
/// exactly those [`from_json_slice`] reports for the same bytes (same
/// messages, paths, lines and columns), found in the same single pass.
///
/// Free-form values (extras, `Value`, `Map`, `Vec<Value>` fields) are only
/// scanned, strings are not copied (a `String` field with a check is
/// checked in a reused buffer), and models and discriminated unions are
/// checked key by key. What needs its value to be checked is built and
/// dropped: a model with `min_properties`, `not` or `enum`, a non-`String`
/// field with a check, a `oneOf` without a tag (it tries each variant).
/// This is what `open-model check` runs.
///
/// ```
/// use open_model::open_model;
///
/// #[open_model]
/// struct Run {
///     id: String,
/// }
///
/// assert!(open_model::check_json_slice::<Run>(br#"{"id":"r1","x":[1,{}]}"#).is_ok());
/// let report = open_model::check_json_slice::<Run>(br#"{"x":{"a":1,"a":2}}"#).unwrap_err();
/// assert_eq!(report.errors().len(), 2); // the duplicate `a`, the missing `id`
/// ```
pub fn check_json_slice<T: Decode>(json: &[u8]) -> Result<(), Report> {
    check_json_slice_with::<T>(json, &Options::default())
}

/// [`check_json_slice`] with [`Options`].
pub fn check_json_slice_with<T: Decode>(json: &[u8], options: &Options) -> Result<(), Report> {
    read_json_with(json, options, |r, peek| {
        Ok(T::__check_json(r, peek)?.then_some(()))
    })
}

/// One JSON document through `read`, with the options' byte order mark,
/// size and depth rules: what decoding and checking share.
fn read_json_with<T>(
    json: &[u8],
    options: &Options,
    read: impl FnOnce(&mut JsonReader<'_>, jiter::Peek) -> Step<T>,
) -> Result<T, Report> {
    format::with_uuid_spellings(options.uuid_spellings, || {
        if let Some(rest) = json.strip_prefix(BOM) {
            return read_one(rest, options, read).map_err(|r| r.shift_offsets(BOM.len()));
        }
        read_one(json, options, read)
    })
}

fn read_one<T>(
    json: &[u8],
    options: &Options,
    read: impl FnOnce(&mut JsonReader<'_>, jiter::Peek) -> Step<T>,
) -> Result<T, Report> {
    if let Some(max) = options.max_size {
        if json.len() > max {
            let mut ctx = Ctx::new(options.max_depth);
            ctx.error_at(
                ErrorKind::Limit(format!(
                    "input of {} bytes is larger than the limit of {max}",
                    json.len()
                )),
                Some(0),
            );
            return Err(ctx.into_report(Some(json)));
        }
    }
    let mut r = JsonReader::new(json, options.max_depth);
    let result = (|| {
        let peek = r.peek()?;
        let v = read(&mut r, peek)?;
        r.finish()?;
        Ok::<_, Fatal>(v)
    })();
    let data = r.data();
    match result {
        Ok(Some(v)) if r.ctx.is_ok() => Ok(v),
        _ => Err(r.ctx.into_report(Some(data))),
    }
}

/// Writes a value as compact JSON: typed fields in declaration order, then
/// extras in their order; numbers exactly as they were read.
pub fn to_json_string<T: Encode + ?Sized>(value: &T) -> Result<String, EncodeError> {
    let bytes = to_json_vec(value)?;
    String::from_utf8(bytes).map_err(|_| EncodeError::new("output is not UTF-8"))
}

/// [`to_json_string`] as bytes.
pub fn to_json_vec<T: Encode + ?Sized>(value: &T) -> Result<Vec<u8>, EncodeError> {
    let mut w = JsonWriter::new();
    value.__encode_json(&mut w)?;
    Ok(w.into_bytes())
}

/// [`to_json_string`] into an `io::Write` (the document is built in memory,
/// then written with one call).
pub fn to_json_writer<W: std::io::Write, T: Encode + ?Sized>(
    mut writer: W,
    value: &T,
) -> Result<(), EncodeError> {
    let bytes = to_json_vec(value)?;
    writer
        .write_all(&bytes)
        .map_err(|e| EncodeError::new(format!("write failed: {e}")))
}

/// Reads a model (or any [`Decode`] type) from a [`Value`], validated, with
/// every error reported by path.
///
/// ```
/// use open_model::{open_model, Value};
/// #[open_model]
/// #[derive(Debug)]
/// struct Point { x: i64, y: i64 }
/// let v: Value = open_model::from_json_str(r#"{"x": 1, "y": "2"}"#)?;
/// let err = open_model::from_value::<Point>(v).unwrap_err();
/// assert_eq!(err.errors()[0].to_string(), "y: expected an integer, found a string");
/// # Ok::<(), open_model::Report>(())
/// ```
pub fn from_value<T: Decode>(value: Value) -> Result<T, Report> {
    let mut ctx = Ctx::new(DEFAULT_MAX_DEPTH);
    let v = model::decode_from_value::<T>(value, &mut ctx);
    match v {
        Some(v) if ctx.is_ok() => Ok(v),
        _ => Err(ctx.into_report(None)),
    }
}

/// True when `json` is exactly one JSON value (whitespace around it
/// allowed), checked by a validating scan that builds nothing. Tools use it
/// to frame input (one document, or NDJSON) before decoding each document
/// once; it is not a model check (duplicate keys, limits and every model
/// rule are the decoder's).
///
/// ```
/// assert!(open_model::is_one_json_value(br#" {"a": [1, "x"]} "#));
/// assert!(!open_model::is_one_json_value(br#"{"a": 1} {"a": 2}"#));
/// assert!(!open_model::is_one_json_value(b"{\"a\": }"));
/// ```
pub fn is_one_json_value(json: &[u8]) -> bool {
    let mut j = jiter::Jiter::new(json);
    j.next_skip().is_ok() && j.finish().is_ok()
}

/// Any [`Encode`] type as a [`Value`].
pub fn to_value<T: Encode + ?Sized>(value: &T) -> Value {
    value.__to_value()
}

/// What generated code names. Not a public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::decode::{Decode, Fatal, JsonReader, Step};
    pub use crate::encode::{Encode, EncodeError, JsonWriter};
    pub use crate::error::{Ctx, ErrorKind};
    pub use crate::format::Format;
    pub use crate::from_value;
    pub use crate::keywords::{
        check_contains, check_enum, check_exclusive_maximum, check_exclusive_minimum,
        check_if_then_else, check_max_items, check_max_length, check_maximum, check_min_items,
        check_min_length, check_minimum, check_multiple_of, check_nullable_enum, check_pattern,
        check_prefix_items, check_property_count, check_unique_items, Branch, ItemCheck,
        NumberFormat, Pattern, RestItems, StringFormat,
    };
    pub use crate::model::{
        builder_entry, builder_take, check_defaulted, check_dependent_required,
        check_dependent_schema, check_model_json, check_open_enum_other, check_property_names,
        check_required, decode_default, decode_enum_json, decode_enum_serde, decode_from_value,
        decode_model_json, decode_model_serde, decode_one_of_json, decode_one_of_serde,
        decode_open_enum_json, decode_open_enum_serde, finish_defaulted, finish_optional,
        finish_required, validate_extras, validate_key_patterns, validate_open_enum_other, Build,
        Discard, EnumValue, ExtraKeyError, Extras, FieldDyn, FieldInfo, FieldSource, FieldType,
        FieldVisit, Keep, ModelDecode, ModelFields, NoKeyPatterns, OneOfDecode, OpenModel, Seen,
    };
    pub use crate::schema::{instance_name, is_ref, set as schema_set, Schema, SchemaGen};
    pub use crate::serde_value::deserialize_collecting;
    pub use crate::union::{
        check_union_json, check_union_other, decode_union_json, decode_union_serde,
        validate_union_other, UnionDecode, VariantTag,
    };
    pub use crate::via::{
        via_accepts_null, via_decode_json, via_decode_serde, via_encode_json, via_schema,
        via_serialize, via_to_value, via_validate,
    };
    pub use crate::{Error, Field, Map, Path, Report, Value};
    pub use core::convert::From;
    pub use core::convert::Into;
    pub use core::convert::TryFrom;
    pub use core::default::Default;
    pub use core::fmt::{Display, Formatter, Result as FmtResult};
    pub use core::marker::PhantomData;
    pub use core::ops::Deref;
    pub use core::{cfg, unimplemented};
    pub use jiter::Peek;
    pub use serde;
    pub use std::borrow::Cow;
    pub use std::format;
    pub use std::option::Option::{self, None, Some};
    pub use std::result::Result::{self, Err, Ok};
    pub use std::string::String;
    pub use std::string::ToString;
    pub use std::sync::OnceLock;
    pub use std::vec::Vec;
    pub use std::{concat, module_path};

    /// A number literal written in an attribute, as a schema value.
    pub fn number_value(literal: &str) -> Value {
        crate::Number::from_literal(literal).map_or(Value::Null, Value::Number)
    }

    /// JSON text written in an attribute, as a schema value.
    pub fn json_value(text: &str) -> Value {
        crate::from_json_str(text).unwrap_or(Value::Null)
    }

    /// The report of a validation pass.
    pub fn finish_validation(ctx: Ctx) -> Result<(), Report> {
        let report = ctx.into_report(None);
        if report.is_empty() {
            Ok(())
        } else {
            Err(report)
        }
    }

    /// A context for a validation pass.
    pub fn validation_ctx() -> Ctx {
        Ctx::new(usize::MAX)
    }
}
