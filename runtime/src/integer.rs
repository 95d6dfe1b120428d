//! [`Integer`]: a whole number of any size, kept exactly.

use crate::Number;
use std::fmt;

/// A whole number of any size, kept exactly as written: JSON Schema's and
/// OpenAPI's `integer` without a bound on its digits.
///
/// Like the fixed-size integer types, it takes only an integer literal (no
/// fraction, no exponent: `1.0` and `1e2` are numbers, not integers, as
/// draft 4 of JSON Schema and the original client's strict integers say).
/// `open-model generate --big-integers` uses it for `type: integer`.
///
/// ```
/// use open_model::Integer;
/// let n: Integer = open_model::from_json_str("12345678910111213141516171819202122232425262728293031")?;
/// assert_eq!(n.to_string(), "12345678910111213141516171819202122232425262728293031");
/// assert!(open_model::from_json_str::<Integer>("1.0").is_err());
/// # Ok::<(), open_model::Report>(())
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Integer(Number);

impl Integer {
    /// The number as an `Integer`, when its literal is one.
    pub fn new(n: Number) -> Option<Integer> {
        n.is_integer_literal().then_some(Integer(n))
    }

    /// The exact number.
    pub fn as_number(&self) -> &Number {
        &self.0
    }

    /// The exact number, by value.
    pub fn into_number(self) -> Number {
        self.0
    }

    /// The value as an `i64`, when it fits.
    pub fn as_i64(&self) -> Option<i64> {
        self.0.as_i64()
    }
}

impl fmt::Display for Integer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

macro_rules! integer_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Integer {
            fn from(v: $t) -> Integer {
                Integer(Number::from(v))
            }
        }
    )*};
}
integer_from!(i8, i16, i32, i64, u8, u16, u32, u64);

impl From<Integer> for Number {
    fn from(v: Integer) -> Number {
        v.0
    }
}
