//! Where a model's generated field decoder reads a value from: the JSON
//! reader (building the value or only checking it, as `Keep` says) or a
//! serde deserializer (building). One generated match per model serves
//! all three, instead of one for JSON and one for serde.

use super::{Build, Check, FieldType, Keep};
use crate::decode::{Fatal, JsonReader};
use crate::error::Ctx;
use jiter::Peek;
use serde::de::{Deserialize, Deserializer, IgnoredAny};
use std::marker::PhantomData;

/// A value to read into a field's slot, or to skip.
#[doc(hidden)]
pub trait FieldSource<K: Keep> {
    type Error;
    /// Reads the value into `slot` with the field's rules.
    fn field<T: FieldType>(
        self,
        slot: &mut K::Slot<T>,
        nullable: bool,
        check: Option<Check<T>>,
    ) -> Result<(), Self::Error>;
    /// Skips the value (a key of no field of this model).
    fn skip(self) -> Result<(), Self::Error>;
}

/// The JSON reader at a value whose first byte is `peek`.
#[doc(hidden)]
pub struct JsonSource<'s, 'r> {
    pub r: &'s mut JsonReader<'r>,
    pub peek: Peek,
}

impl<K: Keep> FieldSource<K> for JsonSource<'_, '_> {
    type Error = Fatal;
    #[inline]
    fn field<T: FieldType>(
        self,
        slot: &mut K::Slot<T>,
        nullable: bool,
        check: Option<Check<T>>,
    ) -> Result<(), Fatal> {
        T::__field_keep::<K>(slot, self.r, self.peek, nullable, check)
    }
    #[inline]
    fn skip(self) -> Result<(), Fatal> {
        self.r.skip(self.peek)
    }
}

/// A serde deserializer at a value, with the context errors go to.
#[doc(hidden)]
pub struct SerdeSource<'c, 'de, D> {
    d: D,
    ctx: &'c mut Ctx,
    de: PhantomData<&'de ()>,
}

impl<'c, 'de, D: Deserializer<'de>> SerdeSource<'c, 'de, D> {
    pub fn new(d: D, ctx: &'c mut Ctx) -> Self {
        SerdeSource {
            d,
            ctx,
            de: PhantomData,
        }
    }
}

impl<'de, D: Deserializer<'de>> FieldSource<Build> for SerdeSource<'_, 'de, D> {
    type Error = D::Error;
    #[inline]
    fn field<T: FieldType>(
        self,
        slot: &mut Option<T>,
        nullable: bool,
        check: Option<Check<T>>,
    ) -> Result<(), D::Error> {
        *slot = T::__field_decode_serde::<D>(self.d, self.ctx, nullable, check)?;
        Ok(())
    }
    #[inline]
    fn skip(self) -> Result<(), D::Error> {
        IgnoredAny::deserialize(self.d).map(|_| ())
    }
}
