//! A struct model's object, JSON and serde: one key driver for decoding and
//! checking, the serde visitor, and the defaults of absent keys.

use super::key_patterns;
use super::*;

/// Decodes a model from the JSON object at `peek`.
#[doc(hidden)]
pub fn decode_model_json<M: ModelDecode>(r: &mut JsonReader<'_>, peek: Peek) -> Step<M> {
    if peek != Peek::Object {
        r.mismatch(peek, "an object")?;
        return Ok(None);
    }
    let start = r.index();
    let mark = r.ctx.mark();
    let mut state = M::State::<Build>::default();
    let mut seen = Seen::new(M::FIELD_COUNT);
    let mut extras = Entries::<M::Extra>::new();
    let ok = model_keys::<M, _>(
        r,
        &mut seen,
        &mut extras,
        |r, i, peek| M::decode_field::<Build, _>(&mut state, i, JsonSource { r, peek }),
        M::Extra::__decode_json,
    )?;
    r.ctx.offset = Some(start);
    let ok = ok && extras.ok && !r.ctx.failed_since(mark);
    Ok(M::finish(
        state,
        &seen,
        Extras::from_map(extras.map),
        &mut r.ctx,
        ok,
    ))
}

/// [`decode_model_json`] without building the model: the same keys read by
/// the same rules, each value checked in place, the same errors recorded.
/// Unknown keys are noted on the reader's key stack rather than kept.
#[doc(hidden)]
pub fn check_model_json<M: ModelDecode>(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
    if !M::CHECKS_IN_PLACE {
        return Ok(decode_model_json::<M>(r, peek)?.is_some());
    }
    if peek != Peek::Object {
        r.mismatch(peek, "an object")?;
        return Ok(false);
    }
    let start = r.index();
    let mark = r.ctx.mark();
    let mut state = M::State::<Discard>::default();
    let mut seen = Seen::new(M::FIELD_COUNT);
    let mut ok = true;
    r.check_keys(M::field_index, |r, key, p| {
        match key {
            Ok(i) => field_entry::<M>(r, &mut seen, i, p, |r, i, peek| {
                M::decode_field::<Discard, _>(&mut state, i, JsonSource { r, peek })
            })?,
            Err(noted) => {
                let at = r.index();
                let inner = r.ctx.mark();
                let bits = match key_patterns::matched_extension::<M>(r.noted_key(noted)) {
                    Ok(bits) => bits,
                    Err(e) => {
                        r.skip(p)?;
                        r.error_at(e, at);
                        ok &= r.noted_entry(noted, at, inner, false);
                        return Ok(());
                    }
                };
                if M::CLOSED && bits == 0 {
                    let key = r.noted_key(noted).to_owned();
                    unknown_key(r, key, p, at, inner)?;
                    ok = false;
                } else {
                    let mut fine = M::Extra::__check_json(r, p)?;
                    if fine && bits != 0 && !r.ctx.failed_since(inner) {
                        fine = key_patterns::check_json::<M>(r, bits, at)?;
                    }
                    ok &= r.noted_entry(noted, at, inner, fine);
                }
            }
        }
        Ok(())
    })?;
    r.ctx.offset = Some(start);
    let ok = ok && !r.ctx.failed_since(mark);
    Ok(M::check_finish(&seen, &mut r.ctx, ok))
}

/// The keys of a model's object when decoding: a known key's value goes to
/// `field` (by [`field_entry`], the checking pass's rule too), an unknown
/// key's to `extra` (or is an error when the model is closed). False when
/// a key was refused.
#[inline]
fn model_keys<M: ModelDecode, X>(
    r: &mut JsonReader<'_>,
    seen: &mut Seen,
    extras: &mut Entries<X>,
    mut field: impl FnMut(&mut JsonReader<'_>, usize, Peek) -> Result<(), Fatal>,
    extra: impl Fn(&mut JsonReader<'_>, Peek) -> Step<X>,
) -> Result<bool, Fatal> {
    let mut ok = true;
    let key_of = |key: &str| match M::field_index(key) {
        Some(i) => Ok(i),
        None => Err(key.to_owned()),
    };
    r.object(key_of, |r, key, p| {
        match key {
            Ok(i) => field_entry::<M>(r, seen, i, p, &mut field)?,
            Err(key) => {
                let at = r.index();
                let inner = r.ctx.mark();
                let bits = match key_patterns::matched_extension::<M>(&key) {
                    Ok(bits) => bits,
                    Err(e) => {
                        r.skip(p)?;
                        r.error_at(e, at);
                        extras.add(&mut r.ctx, inner, Some(at), key, None);
                        return Ok(());
                    }
                };
                if M::CLOSED && bits == 0 {
                    unknown_key(r, key, p, at, inner)?;
                    ok = false;
                    return Ok(());
                }
                let mut v = extra(r, p)?;
                if bits != 0
                    && v.is_some()
                    && !r.ctx.failed_since(inner)
                    && !key_patterns::check_json::<M>(r, bits, at)?
                {
                    v = None;
                }
                extras.add(&mut r.ctx, inner, Some(at), key, v);
            }
        }
        Ok(())
    })?;
    Ok(ok)
}

/// A known key's value, read by `field` the first time, a duplicate's
/// error after; its errors go under the key's wire name.
#[inline]
fn field_entry<M: ModelDecode>(
    r: &mut JsonReader<'_>,
    seen: &mut Seen,
    i: usize,
    p: Peek,
    mut field: impl FnMut(&mut JsonReader<'_>, usize, Peek) -> Result<(), Fatal>,
) -> Result<(), Fatal> {
    let wire = M::wire_name(i);
    let inner = r.ctx.mark();
    if seen.insert(i) {
        let at = r.index();
        field(r, i, p)?;
        // A typed key a key pattern matches holds that pattern's type too.
        if !M::KEY_PATTERNS.is_empty() && !r.ctx.failed_since(inner) {
            match key_patterns::matched::<M>(wire) {
                Ok(0) => {}
                Ok(bits) => {
                    key_patterns::check_json::<M>(r, bits, at)?;
                }
                Err(e) => r.error_at(e, at),
            }
        }
    } else {
        let at = r.index();
        r.skip(p)?;
        r.error_at(ErrorKind::DuplicateKey(wire.to_owned()), at);
    }
    r.ctx
        .prefix_since(inner, || Segment::Key(Cow::Borrowed(wire)));
    Ok(())
}

/// A key a closed model does not have: its value passed over, an error at
/// it, under the key.
fn unknown_key(
    r: &mut JsonReader<'_>,
    key: String,
    p: Peek,
    at: usize,
    inner: usize,
) -> Result<(), Fatal> {
    r.skip(p)?;
    r.error_at(ErrorKind::UnknownKey(key.clone()), at);
    r.ctx.prefix_since(inner, || Segment::Key(Cow::Owned(key)));
    Ok(())
}

/// Decodes a model from any serde deserializer.
#[doc(hidden)]
pub fn decode_model_serde<'de, M: ModelDecode, D: Deserializer<'de>>(
    d: D,
    ctx: &mut Ctx,
) -> Result<Option<M>, D::Error> {
    d.deserialize_map(ModelVisitor::<M> {
        ctx,
        _m: PhantomData,
    })
}

struct ModelVisitor<'c, M> {
    ctx: &'c mut Ctx,
    _m: PhantomData<fn() -> M>,
}

impl<M: ModelDecode> ModelVisitor<'_, M> {
    fn wrong<E>(self, found: &'static str) -> Result<Option<M>, E> {
        self.ctx.error(if found == "null" {
            ErrorKind::Null
        } else {
            ErrorKind::Type {
                expected: "an object",
                found,
            }
        });
        Ok(None)
    }

    fn entry<'de, D: Deserializer<'de>>(
        ctx: &mut Ctx,
        state: &mut M::State<Build>,
        seen: &mut Seen,
        extras: &mut Entries<M::Extra>,
        key: Cow<'_, str>,
        d: D,
    ) -> Result<bool, D::Error> {
        let inner = ctx.mark();
        match M::field_index(&key) {
            Some(i) => {
                let wire = M::wire_name(i);
                if seen.insert(i) {
                    match key_patterns::matched::<M>(wire) {
                        Ok(0) => M::decode_field::<Build, _>(state, i, SerdeSource::new(d, ctx))?,
                        Ok(bits) => {
                            // Serde cannot read a value twice: read it as a
                            // `Value`, then as the field and each pattern's type.
                            if let Some(value) = Value::__decode_serde(d, ctx)? {
                                let source =
                                    SerdeSource::new(value.clone().into_deserializer(), ctx);
                                M::decode_field::<Build, _>(state, i, source)
                                    .map_err(de::Error::custom)?;
                                if !ctx.failed_since(inner) {
                                    key_patterns::check_value::<M>(bits, &value, ctx);
                                }
                            }
                        }
                        Err(e) => {
                            IgnoredAny::deserialize_with(d)?;
                            ctx.error(e);
                        }
                    }
                } else {
                    IgnoredAny::deserialize_with(d)?;
                    ctx.error(ErrorKind::DuplicateKey(wire.to_owned()));
                }
                ctx.prefix_since(inner, || Segment::Key(Cow::Borrowed(wire)));
                Ok(true)
            }
            None => {
                let bits = match key_patterns::matched_extension::<M>(&key) {
                    Ok(bits) => bits,
                    Err(e) => {
                        IgnoredAny::deserialize_with(d)?;
                        ctx.error(e);
                        extras.add(ctx, inner, None, key.into_owned(), None);
                        return Ok(true);
                    }
                };
                if M::CLOSED && bits == 0 {
                    IgnoredAny::deserialize_with(d)?;
                    ctx.error(ErrorKind::UnknownKey(key.to_string()));
                    ctx.prefix_since(inner, || Segment::Key(Cow::Owned(key.to_string())));
                    return Ok(false);
                }
                let mut v = M::Extra::__decode_serde(d, ctx)?;
                if let Some(value) = &v {
                    if bits != 0
                        && !ctx.failed_since(inner)
                        && !key_patterns::check_extra::<M>(bits, value, ctx)
                    {
                        v = None;
                    }
                }
                extras.add(ctx, inner, None, key.into_owned(), v);
                Ok(true)
            }
        }
    }
}

trait DeserializeWith {
    fn deserialize_with<'de, D: Deserializer<'de>>(d: D) -> Result<(), D::Error>;
}

impl DeserializeWith for IgnoredAny {
    fn deserialize_with<'de, D: Deserializer<'de>>(d: D) -> Result<(), D::Error> {
        <IgnoredAny as de::Deserialize>::deserialize(d).map(|_| ())
    }
}

impl<'de, M: ModelDecode> Visitor<'de> for ModelVisitor<'_, M> {
    type Value = Option<M>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        self.wrong("a boolean")
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        self.wrong("a number")
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        self.wrong("a number")
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        self.wrong("a number")
    }
    // serde's defaults of the next two build an `invalid_type` error through
    // `Expected`: a large copy per model, for the same outcome as these.
    fn visit_i128<E: de::Error>(self, _: i128) -> Result<Self::Value, E> {
        self.wrong("a number")
    }
    fn visit_u128<E: de::Error>(self, _: u128) -> Result<Self::Value, E> {
        self.wrong("a number")
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        self.wrong("a string")
    }
    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Self::Value, E> {
        self.wrong("bytes")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.wrong("null")
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.wrong("null")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.wrong("an array")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ctx = self.ctx;
        if !ctx.enter() {
            return Err(de::Error::custom("nesting too deep"));
        }
        let mark = ctx.mark();
        let mut state = M::State::<Build>::default();
        let mut seen = Seen::new(M::FIELD_COUNT);
        let mut extras = Entries::<M::Extra>::new();
        let mut ok = true;
        let mut first = true;
        while let Some(KeyCow(key)) = map.next_key()? {
            // An exact number travels as a one-entry map: a number, not an
            // object (else its token would become an extra).
            if first && crate::decode::is_number_token(&key) {
                map.next_value::<IgnoredAny>()?;
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                ctx.leave();
                ctx.error(ErrorKind::Type {
                    expected: "an object",
                    found: "a number",
                });
                return Ok(None);
            }
            first = false;
            ok &= map.next_value_seed(EntrySeed::<M> {
                ctx,
                state: &mut state,
                seen: &mut seen,
                extras: &mut extras,
                key,
            })?;
        }
        ctx.leave();
        ctx.offset = None;
        let ok = ok && extras.ok && !ctx.failed_since(mark);
        Ok(M::finish(
            state,
            &seen,
            Extras::from_map(extras.map),
            ctx,
            ok,
        ))
    }
}

struct EntrySeed<'c, 'k, M: ModelDecode> {
    ctx: &'c mut Ctx,
    state: &'c mut M::State<Build>,
    seen: &'c mut Seen,
    extras: &'c mut Entries<M::Extra>,
    key: Cow<'k, str>,
}

impl<'de, M: ModelDecode> de::DeserializeSeed<'de> for EntrySeed<'_, '_, M> {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        ModelVisitor::<M>::entry(self.ctx, self.state, self.seen, self.extras, self.key, d)
    }
}

/// The `default_json` of an absent field, for a model with
/// `apply_defaults`: decoded as the field's type, or an error that names the
/// key when the default does not fit it.
#[doc(hidden)]
pub fn decode_default<T: Decode>(text: &str, key: &str) -> Result<T, ErrorKind> {
    crate::from_json_str::<T>(text).map_err(|r| {
        ErrorKind::Custom(format!(
            "the default of '{key}' ({text}) does not fit its type: {r}"
        ))
    })
}
