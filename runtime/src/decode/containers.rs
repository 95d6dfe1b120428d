//! `Vec`, `Map`, `Option`, `Field` and `Box`: decoding and checking.

use super::*;

// ---------------------------------------------------------------------------
// Containers.

/// Items of this size or more start a `Vec` at one slot rather than
/// `Vec`'s four: four would be a request of 1 KiB or more, which glibc's
/// allocator serves by first merging every small block freed so far (its
/// `malloc_consolidate`), a cost each small document of a stream would
/// pay again (measured: 6% of decoding the NDJSON workload, whose runs
/// each hold one step run of 368 bytes, 408 when this was measured).
const LARGE_ITEM: usize = 256;

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
                Some(v) if ok => {
                    if out.capacity() == 0 && size_of::<T>() >= LARGE_ITEM {
                        out.reserve_exact(1);
                    }
                    out.push(v)
                }
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
        if T::__FREE_FORM && r.pass_free_form() {
            return Ok(true);
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

pub(super) struct SeqVisitor<'c, T> {
    pub(super) ctx: &'c mut Ctx,
    pub(super) _t: PhantomData<fn() -> T>,
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
/// of decoding), kept as its text without insignificant whitespace (so
/// that writing it back is a copy), built on the first look.
fn text_map<T: Decode>(r: &mut JsonReader<'_>) -> Step<Map<T>> {
    let start = r.index();
    let compact = if r.pass_free_form() {
        r.passed_compact()
    } else if r.check_object(T::__check_json)? {
        false
    } else {
        return Ok(None);
    };
    let Some(json) = r.text_between(start, r.index()) else {
        // Validated text is UTF-8; should it not be, say so.
        r.error_at(ErrorKind::Syntax("invalid UTF-8".into()), start);
        return Ok(None);
    };
    let text = if compact {
        json.into()
    } else {
        crate::encode::compacted(json)
    };
    Ok(Some(Map::from_validated_json(text, build_map::<T>)))
}

/// The entries of a map whose text `text_map` validated. The depth was
/// checked then, so it is not limited again.
fn build_map<T: Decode>(json: &str) -> Map<T> {
    if let Some(map) = T::__map_from_validated(json) {
        return map;
    }
    let mut r = JsonReader::new(json.as_bytes(), usize::MAX);
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
        if T::__FREE_FORM && r.pass_free_form() {
            return Ok(true);
        }
        r.check_object(T::__check_json)
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
        if self.validated_json().is_some() {
            // Decoded from this text and unchanged: it passed every check
            // then, and looking now would only build it.
            return;
        }
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
pub(super) fn check_items(
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
