//! String enums, closed and open.

use super::*;

/// A string enum's decoding: the value must be one of `names`.
#[doc(hidden)]
pub fn decode_enum_json(
    r: &mut JsonReader<'_>,
    peek: Peek,
    names: &'static [&'static str],
) -> Step<usize> {
    let at = r.index();
    Ok(match decode_open_enum_json(r, peek, names)? {
        Some(EnumValue::Known(i)) => Some(i),
        Some(EnumValue::Other(value)) => {
            r.error_at(
                ErrorKind::NotAllowed {
                    value,
                    expected: names,
                },
                at,
            );
            None
        }
        None => None,
    })
}

/// The serde side of [`decode_enum_json`].
#[doc(hidden)]
pub fn decode_enum_serde<'de, D: Deserializer<'de>>(
    d: D,
    ctx: &mut Ctx,
    names: &'static [&'static str],
) -> Result<Option<usize>, D::Error> {
    Ok(match decode_open_enum_serde(d, ctx, names)? {
        Some(EnumValue::Known(i)) => Some(i),
        Some(EnumValue::Other(value)) => {
            ctx.error(ErrorKind::NotAllowed {
                value,
                expected: names,
            });
            None
        }
        None => None,
    })
}

/// A string read for a string enum: one of its values, or another.
#[doc(hidden)]
pub enum EnumValue {
    /// The index of the value in the enum's list.
    Known(usize),
    /// A value the enum does not list.
    Other(String),
}

impl EnumValue {
    fn of(s: &str, names: &[&str]) -> EnumValue {
        match names.iter().position(|n| *n == s) {
            Some(i) => EnumValue::Known(i),
            None => EnumValue::Other(s.to_owned()),
        }
    }
}

/// An open string enum's decoding (one with an `other` variant): any string.
#[doc(hidden)]
pub fn decode_open_enum_json(
    r: &mut JsonReader<'_>,
    peek: Peek,
    names: &'static [&'static str],
) -> Step<EnumValue> {
    if peek != Peek::String {
        r.mismatch(peek, "a string")?;
        return Ok(None);
    }
    Ok(Some(EnumValue::of(r.read_str()?, names)))
}

/// The serde side of [`decode_open_enum_json`].
#[doc(hidden)]
pub fn decode_open_enum_serde<'de, D: Deserializer<'de>>(
    d: D,
    ctx: &mut Ctx,
    names: &'static [&'static str],
) -> Result<Option<EnumValue>, D::Error> {
    Ok(String::__decode_serde(d, ctx)?.map(|s| EnumValue::of(&s, names)))
}

/// Why an open enum's `other` variant cannot hold `value`: it is a known
/// value, which would read back as its own variant.
fn open_enum_other_refusal(value: &str, names: &'static [&'static str]) -> Option<ErrorKind> {
    names.contains(&value).then(|| {
        ErrorKind::Custom(format!(
            "the `other` variant holds \"{value}\", a known value, which reads back as its own variant; use that variant"
        ))
    })
}

/// `validate()` of an open enum's `other` variant.
#[doc(hidden)]
pub fn validate_open_enum_other(value: &str, names: &'static [&'static str], ctx: &mut Ctx) {
    if let Some(kind) = open_enum_other_refusal(value, names) {
        ctx.error(kind);
    }
}

/// What the writers of an open enum's `other` variant refuse (what would
/// not read back as the same value).
#[doc(hidden)]
pub fn check_open_enum_other(
    value: &str,
    names: &'static [&'static str],
) -> Result<(), crate::encode::EncodeError> {
    match open_enum_other_refusal(value, names) {
        Some(kind) => Err(crate::encode::EncodeError::new(kind.to_string())),
        None => Ok(()),
    }
}
