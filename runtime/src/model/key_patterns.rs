//! `pattern_properties` (JSON Schema's `patternProperties`): every key that
//! matches a key pattern holds a value of that pattern's type, for every
//! pattern it matches, typed fields' keys included (as JSON Schema checks
//! `properties` and `patternProperties` both); an other key a pattern
//! matches is kept in the extension map (of `Value`s) even when the model
//! is `closed`, which then refuses only the keys nothing matches.

use super::*;

/// Which of `M`'s key patterns `key` matches, one bit each; an error when
/// a pattern cannot decide (a backtracking pattern past its step limit, or
/// one that did not compile): the key is then neither kept nor refused
/// silently.
#[inline]
pub(crate) fn matched<M: ModelDecode>(key: &str) -> Result<u64, ErrorKind> {
    // A constant for each model: no cost for one without patterns.
    if M::KEY_PATTERNS.is_empty() {
        return Ok(0);
    }
    let mut bits = 0u64;
    for (i, text) in M::KEY_PATTERNS.iter().enumerate() {
        match M::key_pattern_matches(i, key) {
            Ok(true) => bits |= 1 << i,
            Ok(false) => {}
            Err(why) => {
                return Err(ErrorKind::Constraint(
                    format!("the key could not be checked against the key pattern {text}: {why}")
                        .into(),
                ))
            }
        }
    }
    Ok(bits)
}

/// [`matched`] for an extension key: one no pattern matches takes
/// `others`' bit when the model types them.
#[inline]
pub(crate) fn matched_extension<M: ModelDecode>(key: &str) -> Result<u64, ErrorKind> {
    match matched::<M>(key)? {
        0 if M::OTHERS_TYPED => Ok(1u64 << M::KEY_PATTERNS.len()),
        bits => Ok(bits),
    }
}

fn each(bits: u64) -> impl Iterator<Item = usize> {
    (0..64).filter(move |i| bits & (1u64 << i) != 0)
}

/// Checks the extension value that starts at byte `at`, already read to
/// the reader's place without an error, against the type of each pattern
/// in `bits`, reading it again for each; leaves the reader after it. False
/// when a check failed (its errors are recorded where they are).
pub(crate) fn check_json<M: ModelDecode>(
    r: &mut JsonReader<'_>,
    bits: u64,
    at: usize,
) -> Result<bool, Fatal> {
    let end = r.index();
    let mut fine = true;
    for i in each(bits) {
        r.reseat(at);
        let peek = r.peek()?;
        fine &= M::check_key_pattern_json(i, r, peek)?;
    }
    r.reseat(end);
    Ok(fine)
}

/// [`check_json`] for a value already decoded (serde input, a value built
/// in code).
pub(crate) fn check_value<M: ModelDecode>(bits: u64, value: &Value, ctx: &mut Ctx) -> bool {
    check_each(bits, ctx, |i, ctx| {
        M::check_key_pattern_value(i, value, ctx)
    })
}

/// [`check_value`] for an extension value.
pub(crate) fn check_extra<M: ModelDecode>(bits: u64, value: &M::Extra, ctx: &mut Ctx) -> bool {
    check_each(bits, ctx, |i, ctx| {
        M::check_key_pattern_extra(i, value, ctx)
    })
}

fn check_each(bits: u64, ctx: &mut Ctx, mut check: impl FnMut(usize, &mut Ctx) -> bool) -> bool {
    let mark = ctx.mark();
    let mut fine = true;
    for i in each(bits) {
        fine &= check(i, ctx);
    }
    fine && !ctx.failed_since(mark)
}

/// `validate()` of a model with key patterns: each typed field's value and
/// each extension key's against the patterns its key matches, and, when
/// the model is `closed`, an extension key no pattern matches refused.
#[doc(hidden)]
pub fn validate_key_patterns<M: ModelDecode + OpenModel>(
    model: &M,
    extras: &Extras<Value>,
    ctx: &mut Ctx,
) {
    let typed = M::FIELDS
        .iter()
        .filter_map(|f| model.get(f.wire_name).map(|v| (f.wire_name, v)));
    for (k, v) in typed {
        let mark = ctx.mark();
        match matched::<M>(k) {
            Ok(0) => {}
            Ok(bits) => {
                check_value::<M>(bits, &v, ctx);
            }
            Err(e) => ctx.error(e),
        }
        ctx.prefix_since(mark, || Segment::Key(Cow::Borrowed(k)));
    }
    for (k, v) in extras.iter() {
        let mark = ctx.mark();
        match matched_extension::<M>(k) {
            Ok(0) if <M as ModelDecode>::CLOSED => ctx.error(ErrorKind::UnknownKey(k.clone())),
            Ok(bits) => {
                check_value::<M>(bits, v, ctx);
            }
            Err(e) => ctx.error(e),
        }
        ctx.prefix_since(mark, || Segment::Key(Cow::Owned(k.clone())));
    }
}

/// A compile-time guard for a flattened base (`allOf`): its key patterns
/// and key-set rules would apply to every key of the model that flattens
/// it, which the flattened decoder does not do (it sees the base's keys
/// only), so such a base is refused rather than its rules dropped.
#[doc(hidden)]
pub struct NoKeyPatterns<B>(PhantomData<B>);

impl<B: ModelDecode> NoKeyPatterns<B> {
    pub const OK: () = assert!(
        B::KEY_PATTERNS.is_empty() && !B::KEY_RULES,
        "a model with `pattern_properties`, `dependent_required`, `dependent_schemas` or `property_names` cannot be flattened: its rules would judge every key of the model that flattens it"
    );
}
