//! What `#[open_model]` generates code against: the model trait, its field
//! metadata and the extension map (this file); the drivers that decode a
//! model's object (`object`), a `oneOf` (`one_of`) and a string enum
//! (`enums`).

use crate::decode::{Decode, Entries, Fatal, JsonReader, KeyCow, Step};
use crate::error::{Ctx, ErrorKind, Segment};
use crate::{Map, Report, Value};
use jiter::Peek;
use serde::de::{self, Deserializer, IgnoredAny, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

mod builder;
mod enums;
mod finish;
mod key_patterns;
mod key_rules;
mod object;
mod one_of;
mod source;

pub use builder::*;
pub use enums::*;
pub use finish::*;
pub use key_patterns::{validate_key_patterns, NoKeyPatterns};
pub use key_rules::{check_dependent_required, check_dependent_schema, check_property_names};
pub use object::*;
pub use one_of::*;
pub use source::*;

/// Metadata of one typed field, for schemas, tools and error messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldInfo {
    /// The key in documents (`stepRunId`).
    pub wire_name: &'static str,
    /// The Rust field (`step_run_id`).
    pub rust_name: &'static str,
    /// The key must be present.
    pub required: bool,
    /// `null` is allowed.
    pub nullable: bool,
    /// The OpenAPI `format`, if any (`uuid`, `float`, …): checked when
    /// `format_checked`, an annotation (`format_annotation`) otherwise.
    pub format: Option<&'static str>,
    /// True when the runtime checks `format`.
    pub format_checked: bool,
    /// OpenAPI's `readOnly`: sent in responses only. An annotation: decoding
    /// does not refuse it in a request (the library does not know which a
    /// document is), and a required `readOnly` field is required on decode.
    pub read_only: bool,
    /// OpenAPI's `writeOnly`: sent in requests only. An annotation, as
    /// `read_only` is.
    pub write_only: bool,
    /// The field's doc comment.
    pub description: Option<&'static str>,
    /// The Rust type as written (`Option<String>`).
    pub rust_type: &'static str,
}

impl FieldInfo {
    /// Every flag false and every name empty: what generated code starts
    /// from, naming only what differs.
    #[doc(hidden)]
    pub const BLANK: FieldInfo = FieldInfo {
        wire_name: "",
        rust_name: "",
        required: false,
        nullable: false,
        format: None,
        format_checked: false,
        read_only: false,
        write_only: false,
        description: None,
        rust_type: "",
    };
}

/// A model made by `#[open_model]`: a typed core plus (unless closed) an
/// extension map for every other key.
///
/// ```
/// use open_model::{open_model, OpenModel, Value};
///
/// #[open_model]
/// struct Tag { name: String }
///
/// let tag: Tag = open_model::from_json_str(r#"{"name": "a", "color": "red"}"#)?;
/// assert_eq!(Tag::FIELDS[0].wire_name, "name");
/// assert_eq!(tag.get("color"), Some(Value::from("red")));
/// assert_eq!(tag.get("name"), Some(Value::from("a")));
/// # Ok::<(), open_model::Report>(())
/// ```
pub trait OpenModel: Decode + crate::Encode + Sized {
    /// The model's name (the Rust type's, as in the OpenAPI components).
    const NAME: &'static str;
    /// The model's doc comment.
    const DESCRIPTION: Option<&'static str>;
    /// The typed fields, in declaration order.
    const FIELDS: &'static [FieldInfo];
    /// True when the model has no extension map: keys other than the typed
    /// ones are refused (`additionalProperties: false`). A `closed` model
    /// with `pattern_properties` keeps the keys its patterns match in its
    /// map, and is not `CLOSED`.
    const CLOSED: bool;

    /// The value under a wire name, typed field or extra alike (the Python
    /// client's `model["id"]`). An absent optional field is `None`.
    fn get(&self, key: &str) -> Option<Value>;

    /// Checks a value built or changed in code against every rule that
    /// decoding applies (formats, nested models, typed extras).
    fn validate(&self) -> Result<(), Report> {
        let mut ctx = Ctx::new(usize::MAX);
        self.__validate(&mut ctx);
        let report = ctx.into_report(None);
        if report.is_empty() {
            Ok(())
        } else {
            Err(report)
        }
    }

    /// The model as a [`Value`] dict, in wire order.
    fn to_value(&self) -> Value {
        crate::Encode::__to_value(self)
    }

    /// The model from a [`Value`], validated, with every error reported.
    fn from_value(value: Value) -> Result<Self, Report> {
        crate::from_value(value)
    }
}

/// The extension map of a model: every key that is not a typed field, with
/// its value, in document order.
///
/// It reads like a [`Map`] (it derefs to one), but new keys go in through the
/// model's `insert_extra`, which refuses the wire names of typed fields so
/// that output never has a key twice.
///
/// Equality and `Hash` agree, without regard to key order (see [`Map`]), so
/// a model can derive `Hash`; `Default` holds for any value type.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Extras<V = Value> {
    map: Map<V>,
}

impl<V> Default for Extras<V> {
    fn default() -> Self {
        Extras::new()
    }
}

impl<V> Extras<V> {
    /// An empty extension map.
    pub fn new() -> Self {
        Extras { map: Map::new() }
    }

    pub(crate) fn from_map(map: Map<V>) -> Self {
        Extras { map }
    }

    /// Removes a key.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.map.remove(key)
    }

    /// The value under `key`, mutably.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.map.get_mut(key)
    }

    /// Removes every key.
    pub fn clear(&mut self) {
        self.map = Map::new();
    }

    /// The entries as a plain map.
    pub fn into_map(self) -> Map<V> {
        self.map
    }

    #[doc(hidden)]
    pub fn __insert_checked(
        &mut self,
        key: String,
        value: V,
        typed: &'static [FieldInfo],
    ) -> Result<Option<V>, ExtraKeyError> {
        if typed.iter().any(|f| f.wire_name == key) {
            return Err(ExtraKeyError { key });
        }
        Ok(self.map.insert(key, value))
    }
}

impl<V> std::ops::Deref for Extras<V> {
    type Target = Map<V>;
    fn deref(&self) -> &Map<V> {
        &self.map
    }
}

impl<V: fmt::Debug> fmt::Debug for Extras<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.map, f)
    }
}

/// An extra key that is the wire name of a typed field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtraKeyError {
    /// The refused key.
    pub key: String,
}

impl fmt::Display for ExtraKeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "key '{}' belongs to a typed field; set the field instead",
            self.key
        )
    }
}

impl std::error::Error for ExtraKeyError {}

/// Which typed fields an object has set (for duplicate and missing keys).
#[doc(hidden)]
pub struct Seen {
    small: u128,
    big: Vec<bool>,
}

impl Seen {
    fn new(n: usize) -> Seen {
        Seen {
            small: 0,
            big: if n > 128 { vec![false; n] } else { Vec::new() },
        }
    }

    /// Marks `i`; false when it was already marked.
    #[inline]
    fn insert(&mut self, i: usize) -> bool {
        if self.big.is_empty() {
            let bit = 1u128 << i;
            let new = self.small & bit == 0;
            self.small |= bit;
            new
        } else {
            match self.big.get_mut(i) {
                Some(slot) => !std::mem::replace(slot, true),
                None => false,
            }
        }
    }

    /// The marks of `count` fields from `offset`, renumbered from 0 (the
    /// fields of a flattened base).
    pub fn shifted(&self, offset: usize, count: usize) -> Seen {
        let mut out = Seen::new(count);
        for i in 0..count {
            if self.contains(offset + i) {
                out.insert(i);
            }
        }
        out
    }

    /// True when `i` was marked.
    #[inline]
    pub fn contains(&self, i: usize) -> bool {
        if self.big.is_empty() {
            i < 128 && self.small & (1u128 << i) != 0
        } else {
            self.big.get(i).copied().unwrap_or(false)
        }
    }
}

/// What a model's one generated decoder keeps of each typed field: the
/// value when decoding ([`Build`]), nothing when checking ([`Discard`]).
#[doc(hidden)]
pub trait Keep {
    /// A field's slot in the decoding state.
    type Slot<T>: Default;
    /// Reads one field's value into its slot, with the field's rules.
    fn field<T: FieldType>(
        slot: &mut Self::Slot<T>,
        r: &mut JsonReader<'_>,
        peek: Peek,
        nullable: bool,
        check: Option<Check<T>>,
    ) -> Result<(), Fatal>;
}

/// Decoding: each slot holds the field's value once read.
#[doc(hidden)]
pub enum Build {}

impl Keep for Build {
    type Slot<T> = Option<T>;
    #[inline]
    fn field<T: FieldType>(
        slot: &mut Option<T>,
        r: &mut JsonReader<'_>,
        peek: Peek,
        nullable: bool,
        check: Option<Check<T>>,
    ) -> Result<(), Fatal> {
        *slot = T::__field_decode_json(r, peek, nullable, check)?;
        Ok(())
    }
}

/// Checking: the slots hold nothing; each value is checked in place.
#[doc(hidden)]
pub enum Discard {}

impl Keep for Discard {
    type Slot<T> = ();
    #[inline]
    fn field<T: FieldType>(
        _slot: &mut (),
        r: &mut JsonReader<'_>,
        peek: Peek,
        nullable: bool,
        check: Option<Check<T>>,
    ) -> Result<(), Fatal> {
        T::__field_check_json(r, peek, nullable, check).map(drop)
    }
}

/// The decoding side of a model, generated by `#[open_model]`.
#[doc(hidden)]
pub trait ModelDecode: Sized {
    /// One slot per typed field, of the kind `K` keeps.
    type State<K: Keep>: Default;
    /// The type of extension values (`Value` unless the model says otherwise).
    type Extra: Decode;
    const CLOSED: bool;
    const FIELD_COUNT: usize;
    /// The wire name of field `index` (fields of a flattened base follow
    /// the model's own).
    fn wire_name(index: usize) -> &'static str;

    fn field_index(key: &str) -> Option<usize>;

    /// Reads the value of field `index` from `source`: the one generated
    /// decoder, for JSON (building, `Build`, or only checking, `Discard`)
    /// and for serde.
    fn decode_field<K: Keep, S: FieldSource<K>>(
        state: &mut Self::State<K>,
        index: usize,
        source: S,
    ) -> Result<(), S::Error>;

    /// Builds the model, recording missing required keys at the context's
    /// current offset; `None` when anything failed.
    fn finish(
        state: Self::State<Build>,
        seen: &Seen,
        extra: Extras<Self::Extra>,
        ctx: &mut Ctx,
        ok: bool,
    ) -> Option<Self>;

    /// True when [`ModelDecode::check_finish`] can judge this model without
    /// building it: a model whose own checks need its value
    /// (`min_properties`, `not`, `enum`, also in a flattened base) is
    /// decoded and dropped instead.
    const CHECKS_IN_PLACE: bool = false;

    /// The errors `finish` records for the keys that were absent, without
    /// the values; true when the model is valid. Called only when
    /// `CHECKS_IN_PLACE` (the default has no fields to miss).
    fn check_finish(_seen: &Seen, _ctx: &mut Ctx, ok: bool) -> bool {
        ok
    }

    /// `pattern_properties`: the key patterns as written (ECMA-262), in
    /// order; at most 63.
    const KEY_PATTERNS: &'static [&'static str] = &[];

    /// Rules on the whole model's key set (`dependent_required`,
    /// `dependent_schemas`, `property_names`): a base that has them cannot
    /// be flattened.
    const KEY_RULES: bool = false;

    /// `others = Type` in `pattern_properties`: an extension key no pattern
    /// matches holds that type, checked as pattern `KEY_PATTERNS.len()`.
    const OTHERS_TYPED: bool = false;

    /// Whether `key` matches key pattern `index`; an error when the
    /// pattern cannot decide.
    fn key_pattern_matches(_index: usize, _key: &str) -> Result<bool, String> {
        Ok(false)
    }

    /// Checks the JSON value at the reader as key pattern `index`'s type,
    /// reading past it; true when it is one.
    fn check_key_pattern_json(
        _index: usize,
        r: &mut JsonReader<'_>,
        peek: Peek,
    ) -> Result<bool, Fatal> {
        r.skip(peek).map(|()| true)
    }

    /// Checks an extension value as key pattern `index`'s type, recording
    /// its errors; true when it is one.
    fn check_key_pattern_value(_index: usize, _value: &Value, _ctx: &mut Ctx) -> bool {
        true
    }

    /// [`ModelDecode::check_key_pattern_value`] of an extension value (a
    /// model with key patterns has an extension map of `Value`s).
    fn check_key_pattern_extra(_index: usize, _value: &Self::Extra, _ctx: &mut Ctx) -> bool {
        true
    }
}

/// A field's format check.
#[doc(hidden)]
pub type Check<T> = fn(&T) -> Result<(), ErrorKind>;

/// The body of a struct model, without the braces around it: its typed
/// fields and its extension map. What a model that flattens this one
/// (`allOf`) writes of it (the fields only), and what a discriminated union
/// writes after its tag (everything but the tag key, `skip`).
///
/// Implemented by `#[open_model]` for every struct, and for `Box` of one.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a struct made with `#[open_model]`",
    label = "a union variant and a flattened base must be open model structs",
    note = "a discriminated union's variant holds an `#[open_model]` struct (or a `Box` of one); use `#[open_model(one_of)]` for a union of other types"
)]
pub trait ModelFields: FieldType {
    /// The type of the extension map's values.
    type ExtraValue: crate::Encode;

    /// Calls `visit` with each typed field in order: its wire name and its
    /// value, `None` when it is absent. The one per-model walk that the
    /// writers below share; it stops at the first error `visit` returns.
    fn __visit_fields(&self, visit: &mut FieldVisit<'_>) -> Result<(), crate::EncodeError>;

    /// Writes the present typed fields as `"key":value` pairs, but `skip`.
    /// Generated per model, not through `__visit_fields`: it is the hot
    /// one, and keys escaped at compile time and direct calls keep writing
    /// fast (through the walk, a medium document wrote 30% slower).
    fn __encode_fields(
        &self,
        w: &mut crate::JsonWriter,
        first: &mut bool,
        skip: Option<&str>,
    ) -> Result<(), crate::EncodeError>;
    /// Adds the present typed fields to `map`, but `skip`.
    fn __fields_to_map(&self, map: &mut Map<Value>, skip: Option<&str>) {
        let _ = self.__visit_fields(&mut |wire, value| {
            if let Some(value) = value.filter(|_| skip != Some(wire)) {
                map.insert(wire.to_owned(), value.to_value());
            }
            Ok(())
        });
    }
    /// How many typed fields are present, `skip` not counted.
    fn __present_fields(&self, skip: Option<&str>) -> usize {
        let mut n = 0;
        let _ = self.__visit_fields(&mut |wire, value| {
            n += usize::from(value.is_some() && skip != Some(wire));
            Ok(())
        });
        n
    }
    /// `Some(value)` when `key` is a typed field (`None` inside when absent).
    fn __get_field(&self, key: &str) -> Option<Option<Value>> {
        let mut found = None;
        let _ = self.__visit_fields(&mut |wire, value| {
            if found.is_none() && wire == key {
                found = Some(value.map(FieldDyn::to_value));
            }
            Ok(())
        });
        found
    }
    /// Writes the present typed fields as serde map entries, but `skip`.
    fn __serialize_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
        skip: Option<&str>,
    ) -> Result<(), M::Error>;
    /// Checks the typed fields of a value built in code.
    fn __validate_fields(&self, ctx: &mut Ctx);
    /// The extension map; `None` for a closed model.
    fn __extras(&self) -> Option<&Extras<Self::ExtraValue>>;
    /// The extension map, mutably; `None` for a closed model.
    fn __extras_mut(&mut self) -> Option<&mut Extras<Self::ExtraValue>>;

    /// Writes the whole body, `skip` left out.
    fn __encode_body(
        &self,
        w: &mut crate::JsonWriter,
        first: &mut bool,
        skip: Option<&str>,
    ) -> Result<(), crate::EncodeError> {
        self.__encode_fields(w, first, skip)?;
        if let Some(extras) = self.__extras() {
            for (k, v) in extras.iter() {
                if skip == Some(k.as_str()) {
                    continue;
                }
                w.separator(first);
                w.string(k);
                w.byte(b':');
                crate::Encode::__encode_json(v, w)?;
            }
        }
        Ok(())
    }

    /// Adds the whole body to `map`, `skip` left out.
    fn __body_to_map(&self, map: &mut Map<Value>, skip: Option<&str>) {
        self.__fields_to_map(map, skip);
        if let Some(extras) = self.__extras() {
            for (k, v) in extras.iter() {
                if skip != Some(k.as_str()) {
                    map.insert(k.clone(), crate::Encode::__to_value(v));
                }
            }
        }
    }

    /// Writes the whole body through serde as one map, `prefix` (the
    /// union's tag) first and `skip` left out.
    fn __serialize_body<S: serde::Serializer>(
        &self,
        s: S,
        prefix: Option<(&'static str, &'static str)>,
    ) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let skip = prefix.map(|(tag, _)| tag);
        let extras = self.__extras();
        let extras_len = extras.map_or(0, |e| {
            e.len() - usize::from(skip.is_some_and(|t| e.get(t).is_some()))
        });
        let len = usize::from(prefix.is_some()) + self.__present_fields(skip) + extras_len;
        let mut map = s.serialize_map(Some(len))?;
        if let Some((tag, value)) = prefix {
            map.serialize_entry(tag, value)?;
        }
        self.__serialize_fields(&mut map, skip)?;
        if let Some(extras) = extras {
            for (k, v) in extras.iter() {
                if skip != Some(k.as_str()) {
                    map.serialize_entry(k, &crate::encode::Ser(v))?;
                }
            }
        }
        map.end()
    }

    // The union's uses of a variant, as methods of this trait so that a
    // variant type that is not a model struct is one error, at the type.
    // The logic is in `crate::union`.

    /// Decodes this model as a union's variant (the tag goes back to the union).
    fn __variant_decode_json(r: &mut JsonReader<'_>, peek: Peek, tag: &str) -> Step<Self> {
        crate::union::decode_variant_json(r, peek, tag)
    }
    /// [`ModelFields::__variant_decode_json`] without keeping the variant.
    fn __variant_check_json(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
        Self::__field_check_json(r, peek, true, None)
    }
    /// [`ModelFields::__variant_decode_json`] from a [`Value`].
    fn __variant_from_value(value: Value, ctx: &mut Ctx, tag: &str) -> Option<Self> {
        crate::union::variant_from_value(value, ctx, tag)
    }
    /// The schema of this model as a union's variant.
    fn __variant_schema(gen: &mut crate::schema::SchemaGen) -> Value {
        Self::__field_schema(gen)
    }
    /// The component name of this model, for a discriminator's mapping.
    fn __variant_component() -> Option<std::borrow::Cow<'static, str>> {
        <Self as crate::schema::Schema>::component_name()
    }
    /// Checks this model as the variant `tag` of a union.
    fn __variant_validate(&self, tag: crate::union::VariantTag, ctx: &mut Ctx) {
        crate::union::validate_variant(self, tag, ctx);
    }
    /// Writes this model as the variant `tag` of a union: the tag first.
    fn __variant_encode_json(
        &self,
        w: &mut crate::JsonWriter,
        tag: crate::union::VariantTag,
    ) -> Result<(), crate::EncodeError> {
        crate::union::encode_variant_json(self, w, tag)
    }
    /// This model as the variant `tag` of a union, as a [`Value`].
    fn __variant_to_value(&self, tag: crate::union::VariantTag) -> Value {
        crate::union::variant_to_value(self, tag)
    }
    /// Writes this model as the variant `tag` of a union through serde.
    fn __variant_serialize<S: serde::Serializer>(
        &self,
        s: S,
        tag: crate::union::VariantTag,
    ) -> Result<S::Ok, S::Error> {
        crate::union::serialize_variant(self, s, tag)
    }
    /// The first step of the union's constructor (see `union::prepare_variant`).
    fn __variant_prepare(self, tag: crate::union::VariantTag) -> Self {
        crate::union::prepare_variant(self, tag)
    }
}

/// What [`ModelFields::__visit_fields`] calls with each typed field.
#[doc(hidden)]
pub type FieldVisit<'v> =
    dyn FnMut(&'static str, Option<&dyn FieldDyn>) -> Result<(), crate::EncodeError> + 'v;

/// A typed field's value as the shared body writers see it: what every
/// [`FieldType`] can do without naming its type, so the writers are one
/// function each in the runtime, not one per model.
#[doc(hidden)]
pub trait FieldDyn {
    /// Writes the value as JSON.
    fn encode_json(&self, w: &mut crate::JsonWriter) -> Result<(), crate::EncodeError>;
    /// The value as a [`Value`].
    fn to_value(&self) -> Value;
}

impl<T: FieldType> FieldDyn for T {
    fn encode_json(&self, w: &mut crate::JsonWriter) -> Result<(), crate::EncodeError> {
        self.__field_encode_json(w)
    }
    fn to_value(&self) -> Value {
        self.__field_to_value()
    }
}

impl<M: ModelFields> ModelFields for Box<M> {
    type ExtraValue = M::ExtraValue;

    fn __encode_fields(
        &self,
        w: &mut crate::JsonWriter,
        first: &mut bool,
        skip: Option<&str>,
    ) -> Result<(), crate::EncodeError> {
        (**self).__encode_fields(w, first, skip)
    }
    fn __visit_fields(&self, visit: &mut FieldVisit<'_>) -> Result<(), crate::EncodeError> {
        (**self).__visit_fields(visit)
    }
    fn __serialize_fields<S: serde::ser::SerializeMap>(
        &self,
        map: &mut S,
        skip: Option<&str>,
    ) -> Result<(), S::Error> {
        (**self).__serialize_fields(map, skip)
    }
    fn __validate_fields(&self, ctx: &mut Ctx) {
        (**self).__validate_fields(ctx);
    }
    fn __extras(&self) -> Option<&Extras<Self::ExtraValue>> {
        (**self).__extras()
    }
    fn __extras_mut(&mut self) -> Option<&mut Extras<Self::ExtraValue>> {
        (**self).__extras_mut()
    }
}

/// A type that can be a field of an open model. Implemented for the runtime's
/// field types and, by `#[open_model]`, for every model, union and string
/// enum; there is no blanket impl, so a type that is not a field type fails
/// one obligation, reported once, at the field's type.
///
/// Everything generated code does with a field goes through these methods.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a field of an open model",
    label = "not a supported field type",
    note = "fields hold `String`, `bool`, `Number`, `Integer`, integers, floats, `uuid::Uuid`, `std::net` addresses, `Value`, `serde_json::Value` (feature `serde_json`), `Map<V>`, `HashMap`/`BTreeMap<String, V>`, `Vec<T>`, `Option<T>`, `Field<T>`, `Box<T>`, types made with `#[open_model]`, chrono/time dates, `url::Url` and `BigDecimal` (each behind its crate's feature), and your own types through `open_model::FieldVia` and `field_via!`"
)]
pub trait FieldType: Decode + crate::Encode + crate::schema::Schema {
    /// This value as the shared body writers see it
    /// ([`ModelFields::__visit_fields`]).
    fn __field_dyn(&self) -> &dyn FieldDyn
    where
        Self: Sized,
    {
        self
    }
    /// Decodes one typed field's value, applying the field's rules: `null`
    /// only where the field is nullable, and the format check.
    #[doc(hidden)]
    #[inline]
    fn __field_decode_json(
        r: &mut JsonReader<'_>,
        peek: Peek,
        nullable: bool,
        check: Option<Check<Self>>,
    ) -> Step<Self> {
        let at = r.index();
        if peek == Peek::Null && !nullable && !Self::__ACCEPTS_NULL {
            r.skip(peek)?;
            r.error_at(ErrorKind::Null, at);
            return Ok(None);
        }
        crate::decode::decode_checked(r, peek, check)
    }

    /// [`FieldType::__field_decode_json`] without keeping the value: a field
    /// with a check is decoded for it (a `String` only into a reused
    /// buffer), any other is checked in place. True when it is valid.
    #[doc(hidden)]
    #[inline]
    fn __field_check_json(
        r: &mut JsonReader<'_>,
        peek: Peek,
        nullable: bool,
        check: Option<Check<Self>>,
    ) -> Result<bool, Fatal> {
        let at = r.index();
        if peek == Peek::Null && !nullable && !Self::__ACCEPTS_NULL {
            r.skip(peek)?;
            r.error_at(ErrorKind::Null, at);
            return Ok(false);
        }
        match check {
            Some(check) => Self::__check_json_then(r, peek, check),
            None => Self::__check_json(r, peek),
        }
    }

    /// Reads a value of this type from `source` into `slot`: what the
    /// generated field decoder calls, through this type's `FieldType` (one
    /// obligation per field type, reported at the field).
    #[doc(hidden)]
    #[inline]
    fn __field_from<K: Keep, S: FieldSource<K>>(
        slot: &mut K::Slot<Self>,
        source: S,
        nullable: bool,
        check: Option<Check<Self>>,
    ) -> Result<(), S::Error> {
        source.field::<Self>(slot, nullable, check)
    }

    /// Reads this field's value into its slot, as `K` keeps it: through
    /// this trait, so a type that is no field type is one error.
    #[doc(hidden)]
    #[inline]
    fn __field_keep<K: Keep>(
        slot: &mut K::Slot<Self>,
        r: &mut JsonReader<'_>,
        peek: Peek,
        nullable: bool,
        check: Option<Check<Self>>,
    ) -> Result<(), Fatal> {
        K::field::<Self>(slot, r, peek, nullable, check)
    }

    /// The serde side of [`FieldType::__field_decode_json`].
    #[doc(hidden)]
    fn __field_decode_serde<'de, D: Deserializer<'de>>(
        d: D,
        ctx: &mut Ctx,
        nullable: bool,
        check: Option<Check<Self>>,
    ) -> Result<Option<Self>, D::Error> {
        let v = Self::__decode_serde(d, ctx)?;
        Ok(match v {
            Some(v) if !nullable && v.__is_null() => {
                ctx.error(ErrorKind::Null);
                None
            }
            Some(v) => match check.map(|c| c(&v)) {
                Some(Err(kind)) => {
                    ctx.error(kind);
                    None
                }
                _ => Some(v),
            },
            None => None,
        })
    }

    /// Checks one typed field of a model built in code.
    #[doc(hidden)]
    fn __field_validate(
        &self,
        wire: &'static str,
        nullable: bool,
        check: Option<Check<Self>>,
        ctx: &mut Ctx,
    ) {
        let mark = ctx.mark();
        if !nullable && self.__is_null() {
            ctx.error(ErrorKind::Null);
        } else if let Some(Err(kind)) = check.map(|c| c(self)) {
            ctx.error(kind);
        } else {
            self.__validate(ctx);
        }
        ctx.prefix_since(mark, || Segment::Key(Cow::Borrowed(wire)));
    }

    /// Writes the field's value as JSON.
    #[doc(hidden)]
    #[inline]
    fn __field_encode_json(&self, w: &mut crate::JsonWriter) -> Result<(), crate::EncodeError> {
        self.__encode_json(w)
    }

    /// The field's value as a [`Value`].
    #[doc(hidden)]
    fn __field_to_value(&self) -> Value {
        self.__to_value()
    }

    /// True for a value that is not written at all (`Field::Absent`).
    #[doc(hidden)]
    #[inline]
    fn __field_is_absent(&self) -> bool {
        self.__is_absent()
    }

    /// The schema to write where a field of this type is.
    #[doc(hidden)]
    fn __field_schema(gen: &mut crate::schema::SchemaGen) -> Value {
        gen.reference::<Self>()
    }

    /// Decodes from a [`Value`] within an ongoing pass.
    #[doc(hidden)]
    fn __field_from_value(value: Value, ctx: &mut Ctx) -> Option<Self> {
        decode_from_value(value, ctx)
    }

    /// `not = Self` on a field holding `v`: refuses `v` when it decodes as `Self`.
    #[doc(hidden)]
    fn __field_not<T: crate::Encode + ?Sized>(v: &T) -> Result<(), ErrorKind>
    where
        Self: Sized,
    {
        crate::keywords::check_not::<T, Self>(v)
    }

    /// Checks a value built in code.
    #[doc(hidden)]
    fn __field_check(&self, ctx: &mut Ctx) {
        self.__validate(ctx);
    }

    /// Writes the value through serde.
    #[doc(hidden)]
    fn __field_serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.__serialize(s)
    }

    /// Writes the field as one entry of a serde map.
    #[doc(hidden)]
    fn __field_serialize_entry<M: serde::ser::SerializeMap>(
        &self,
        key: &'static str,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry(key, &crate::encode::Ser(self))
    }
}

macro_rules! field_types {
    ($($t:ty),*) => {$( impl FieldType for $t {} )*};
}
field_types!(
    String,
    bool,
    crate::Number,
    crate::Integer,
    i8,
    i16,
    i32,
    i64,
    u8,
    u16,
    u32,
    u64,
    f32,
    f64,
    uuid::Uuid,
    std::net::IpAddr,
    std::net::Ipv4Addr,
    std::net::Ipv6Addr,
    Value
);
impl<T: FieldType> FieldType for Vec<T> {}
impl<T: FieldType + 'static> FieldType for Map<T> {}
impl<T: FieldType> FieldType for Option<T> {}
impl<T: FieldType> FieldType for crate::Field<T> {}
impl<T: FieldType> FieldType for Box<T> {}

/// Checks the extension values of a model built in code.
#[doc(hidden)]
pub fn validate_extras<V: Decode>(extras: &Extras<V>, ctx: &mut Ctx) {
    for (k, v) in extras.iter() {
        let mark = ctx.mark();
        v.__validate(ctx);
        ctx.prefix_since(mark, || Segment::Key(Cow::Owned(k.clone())));
    }
}
