//! What a model's `finish` and `check_finish` do with each field's slot,
//! once per rule here rather than written out per field by the macro: a
//! generated `finish` is one call per field.

use crate::error::{Ctx, ErrorKind};
use std::borrow::Cow;

/// A required field: its decoded value, or the `Missing` error when its key
/// was absent. A key that was present but failed has its error already.
#[doc(hidden)]
#[inline]
pub fn finish_required<T>(
    slot: Option<T>,
    seen: bool,
    wire: &'static str,
    ctx: &mut Ctx,
    ok: &mut bool,
) -> Option<T> {
    if slot.is_none() {
        if !seen {
            missing(wire, ctx);
        }
        *ok = false;
    }
    slot
}

/// An optional field without a default: its decoded value, or
/// `Default::default()` (absent) when its key was absent.
#[doc(hidden)]
#[inline]
pub fn finish_optional<T: Default>(slot: Option<T>, seen: bool, ok: &mut bool) -> Option<T> {
    match slot {
        Some(v) => Some(v),
        None if !seen => Some(T::default()),
        None => {
            *ok = false;
            None
        }
    }
}

/// An optional field with a default (`apply_defaults`): its decoded value,
/// or its default when its key was absent; a default that does not fit the
/// field's type is an error.
#[doc(hidden)]
#[inline]
pub fn finish_defaulted<T>(
    slot: Option<T>,
    seen: bool,
    default: impl FnOnce() -> Result<T, ErrorKind>,
    ctx: &mut Ctx,
    ok: &mut bool,
) -> Option<T> {
    match slot {
        Some(v) => Some(v),
        None if !seen => match default() {
            Ok(v) => Some(v),
            Err(kind) => {
                ctx.error(kind);
                *ok = false;
                None
            }
        },
        None => {
            *ok = false;
            None
        }
    }
}

/// `finish_required` when checking: the `Missing` error of an absent key.
#[doc(hidden)]
#[inline]
pub fn check_required(seen: bool, wire: &'static str, ctx: &mut Ctx, ok: &mut bool) {
    if !seen {
        missing(wire, ctx);
        *ok = false;
    }
}

/// `finish_defaulted` when checking: the error of a default that does not
/// fit, when its key was absent.
#[doc(hidden)]
#[inline]
pub fn check_defaulted<T>(
    seen: bool,
    default: impl FnOnce() -> Result<T, ErrorKind>,
    ctx: &mut Ctx,
    ok: &mut bool,
) {
    if !seen {
        if let Err(kind) = default() {
            ctx.error(kind);
            *ok = false;
        }
    }
}

#[cold]
fn missing(wire: &'static str, ctx: &mut Ctx) {
    ctx.error(ErrorKind::Missing(Cow::Borrowed(wire)));
}
