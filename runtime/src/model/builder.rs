//! What a model's generated builder calls at `build()`, once here rather
//! than written out per field.

use crate::{Map, Report, Value};

/// A required field's value at `build()`, known to be set: `build()`
/// checked every required field first, and reports the missing ones by
/// decoding what was set (the `Err` is not reached).
#[doc(hidden)]
#[inline]
pub fn builder_take<T>(slot: Option<T>) -> Result<T, Report> {
    slot.ok_or_else(|| Report::new(Vec::new()))
}

/// One set field's entry in the partial document `build()` decodes to
/// report every missing field and failed check at once.
#[doc(hidden)]
#[inline]
pub fn builder_entry(map: &mut Map<Value>, wire: &str, value: Value) {
    map.insert(wire.to_owned(), value);
}
