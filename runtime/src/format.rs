//! The `format` rules of OpenAPI that this crate checks.

use crate::error::ErrorKind;
use crate::Number;
use std::sync::OnceLock;

/// A checked OpenAPI `format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `uuid`: RFC 4122 text, hyphenated, any case.
    Uuid,
    /// `date`: RFC 3339 `full-date`.
    Date,
    /// `date-time`: RFC 3339 `date-time`.
    DateTime,
    /// `int32`: a whole number in the `i32` range.
    Int32,
    /// `int64`: a whole number in the `i64` range.
    Int64,
    /// `float`: within ±3.4028234663852886e38, inclusive. The value keeps its
    /// full precision; only the range is checked.
    Float,
    /// `double`: within ±1.7976931348623157e308, inclusive.
    Double,
    /// `email`: an RFC 5321 mailbox with a dot-atom local part and a host
    /// name (quoted local parts and address literals are refused).
    Email,
    /// `hostname`: RFC 1123: labels of 1 to 63 letters, digits and inner
    /// hyphens, 253 characters at most, no trailing dot.
    Hostname,
    /// `ipv4`: dotted-quad, four decimal octets without leading zeros.
    Ipv4,
    /// `ipv6`: RFC 4291 text, with an embedded IPv4 tail allowed.
    Ipv6,
    /// `uri`: an RFC 3986 URI (a scheme, then the rest; a relative
    /// reference is not a URI), as JSON Schema defines it.
    Uri,
    /// `byte`: RFC 4648 base64 (standard alphabet, with its padding), as
    /// OpenAPI defines it.
    Byte,
}

impl Format {
    /// The OpenAPI name.
    pub fn name(self) -> &'static str {
        match self {
            Format::Uuid => "uuid",
            Format::Date => "date",
            Format::DateTime => "date-time",
            Format::Int32 => "int32",
            Format::Int64 => "int64",
            Format::Float => "float",
            Format::Double => "double",
            Format::Email => "email",
            Format::Hostname => "hostname",
            Format::Ipv4 => "ipv4",
            Format::Ipv6 => "ipv6",
            Format::Uri => "uri",
            Format::Byte => "byte",
        }
    }

    /// The message when a value breaks the rule, in the original client's words.
    pub fn message(self) -> &'static str {
        match self {
            Format::Uuid => "value must be a uuid",
            Format::Date => "value must conform to RFC-3339 full-date YYYY-MM-DD",
            Format::DateTime => "value must conform to RFC-3339 date-time",
            Format::Int32 => "value must be a 32 bit integer",
            Format::Int64 => "value must be a 64 bit integer",
            Format::Float => "value must be a 32 bit float",
            Format::Double => "value must be a 64 bit float",
            Format::Email => "value must be an email address",
            Format::Hostname => "value must be a host name",
            Format::Ipv4 => "value must be an IPv4 address",
            Format::Ipv6 => "value must be an IPv6 address",
            Format::Uri => "value must be a URI (RFC 3986)",
            Format::Byte => "value must be base64 (RFC 4648)",
        }
    }
}

/// Parses RFC 4122 hyphenated text (36 characters, any case).
///
/// ```
/// assert!(open_model::format::parse_uuid("1aa5dc15-a379-40f5-8793-4bca9bffc3f3").is_ok());
/// assert!(open_model::format::parse_uuid("1aa5dc15a37940f587934bca9bffc3f3").is_err());
/// ```
pub fn parse_uuid(s: &str) -> Result<uuid::Uuid, NotAUuid> {
    let b = s.as_bytes();
    let hyphen_at = |i: usize| b.get(i) == Some(&b'-');
    if b.len() != 36 || ![8, 13, 18, 23].into_iter().all(hyphen_at) {
        return Err(NotAUuid);
    }
    uuid::Uuid::try_parse(s).map_err(|_| NotAUuid)
}

/// Which spellings of a UUID `format = "uuid"` fields and `uuid::Uuid`
/// fields accept, set with [`Options::with_uuid_spellings`](crate::Options::with_uuid_spellings)
/// for one decoding call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UuidSpellings {
    /// JSON Schema's `uuid`: RFC 4122 hyphenated text, 36 characters, any case.
    #[default]
    Hyphenated,
    /// Also what Python's `uuid.UUID(text)` takes, as the original client
    /// does: 32 hex digits without hyphens, braces (`{...}`), a `urn:uuid:`
    /// prefix, hyphens anywhere. A string field keeps the text as written.
    Python,
}

thread_local! {
    /// The spellings in force for the decoding call running on this thread.
    static UUID_SPELLINGS: std::cell::Cell<UuidSpellings> =
        const { std::cell::Cell::new(UuidSpellings::Hyphenated) };
}

/// Runs `f` (one decoding call) with `spellings` in force on this thread,
/// restoring what was in force before, even if `f` unwinds.
pub(crate) fn with_uuid_spellings<R>(spellings: UuidSpellings, f: impl FnOnce() -> R) -> R {
    struct Restore(UuidSpellings);
    impl Drop for Restore {
        fn drop(&mut self) {
            UUID_SPELLINGS.set(self.0);
        }
    }
    let _restore = Restore(UUID_SPELLINGS.replace(spellings));
    f()
}

/// Parses a UUID in the spellings in force for this decoding call.
pub(crate) fn parse_uuid_in_force(s: &str) -> Result<uuid::Uuid, NotAUuid> {
    match UUID_SPELLINGS.get() {
        UuidSpellings::Hyphenated => parse_uuid(s),
        UuidSpellings::Python => parse_uuid(s).or_else(|_| parse_uuid_python(s)),
    }
}

/// Parses a UUID as Python's `uuid.UUID(text)` does: every `urn:` and
/// `uuid:` removed, braces stripped from both ends, hyphens removed, then
/// exactly 32 hex digits. (Python's `int(…, 16)` would also take a sign,
/// surrounding spaces, underscores and `0x`; those are refused here.)
///
/// ```
/// use open_model::format::parse_uuid_python;
/// let id = "1aa5dc15-a379-40f5-8793-4bca9bffc3f3";
/// for spelling in [
///     "1AA5DC15A37940F587934BCA9BFFC3F3",
///     "{1aa5dc15-a379-40f5-8793-4bca9bffc3f3}",
///     "urn:uuid:1aa5dc15-a379-40f5-8793-4bca9bffc3f3",
/// ] {
///     assert_eq!(parse_uuid_python(spelling)?.to_string(), id);
/// }
/// assert!(parse_uuid_python("1aa5dc15a37940f587934bca9bffc3f").is_err());
/// # Ok::<(), open_model::format::NotAUuid>(())
/// ```
pub fn parse_uuid_python(s: &str) -> Result<uuid::Uuid, NotAUuid> {
    let removed = s.replace("urn:", "").replace("uuid:", "");
    let stripped = removed.trim_matches(|c| c == '{' || c == '}');
    let hex: String = stripped.chars().filter(|c| *c != '-').collect();
    if hex.len() != 32 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(NotAUuid);
    }
    uuid::Uuid::try_parse(&hex).map_err(|_| NotAUuid)
}

/// The text is not a hyphenated RFC 4122 UUID.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAUuid;

impl std::fmt::Display for NotAUuid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(Format::Uuid.message())
    }
}

impl std::error::Error for NotAUuid {}

/// The decimal number in `b[range]`, when it is all digits.
fn digits(b: &[u8], range: std::ops::Range<usize>) -> Option<u32> {
    let b = b.get(range)?;
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0, |acc, d| acc * 10 + u32::from(d - b'0')))
}

fn valid_full_date(b: &[u8]) -> bool {
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return false;
    }
    let (Some(y), Some(m), Some(d)) = (digits(b, 0..4), digits(b, 5..7), digits(b, 8..10)) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// True for an RFC 3339 `full-date` (`2024-02-29`).
pub fn is_date(s: &str) -> bool {
    valid_full_date(s.as_bytes())
}

/// True for an RFC 3339 `date-time` (`2024-01-02T03:04:05.123Z`,
/// `…+02:00`); `T`/`Z` in either case, leap second `60` allowed, as RFC 3339
/// §5.6 and JSON Schema define it.
///
/// ```
/// use open_model::format::is_date_time;
/// assert!(is_date_time("2024-01-02T03:04:05.123456+00:00"));
/// assert!(!is_date_time("2024-01-02 03:04:05"));
/// assert!(!is_date_time("2024-02-30T00:00:00Z"));
/// ```
pub fn is_date_time(s: &str) -> bool {
    let b = s.as_bytes();
    let (Some(date), Some(t)) = (b.get(..10), b.get(11..)) else {
        return false;
    };
    if b.len() < 20 || !valid_full_date(date) || !matches!(b.get(10), Some(b'T' | b't')) {
        return false;
    }
    if t.len() < 9 || t.get(2) != Some(&b':') || t.get(5) != Some(&b':') {
        return false;
    }
    let (Some(h), Some(mi), Some(sec)) = (digits(t, 0..2), digits(t, 3..5), digits(t, 6..8)) else {
        return false;
    };
    if h > 23 || mi > 59 || sec > 60 {
        return false;
    }
    let offset = match t.get(t.len().saturating_sub(6)..) {
        Some([sign @ (b'+' | b'-'), oh1, oh2, b':', om1, om2]) => {
            let mins = i64::from(digits(&[*oh1, *oh2], 0..2).unwrap_or(0)) * 60
                + i64::from(digits(&[*om1, *om2], 0..2).unwrap_or(0));
            if *sign == b'+' {
                mins
            } else {
                -mins
            }
        }
        _ => 0,
    };
    // A leap second is the last second of a UTC day: 23:59:60 in UTC.
    if sec == 60 && (i64::from(h) * 60 + i64::from(mi) - offset).rem_euclid(1440) != 1439 {
        return false;
    }
    let mut rest = t.get(8..).unwrap_or_default();
    if let Some((b'.', fraction)) = rest.split_first() {
        let n = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return false;
        }
        rest = fraction.get(n..).unwrap_or_default();
    }
    match rest {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', oh1, oh2, b':', om1, om2] => {
            matches!((digits(&[*oh1, *oh2], 0..2), digits(&[*om1, *om2], 0..2)), (Some(oh), Some(om)) if oh <= 23 && om <= 59)
        }
        _ => false,
    }
}

/// RFC 1123 host name: labels of 1 to 63 ASCII letters, digits and
/// hyphens, not starting or ending with a hyphen; 253 characters at most.
pub fn is_hostname(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 253
        && s.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// An address `local@host` whose local part is an RFC 5322 dot-atom and
/// whose host is a host name.
pub fn is_email(s: &str) -> bool {
    let Some((local, host)) = s.rsplit_once('@') else {
        return false;
    };
    let atext = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~-".contains(&b);
    !local.is_empty()
        && local.len() <= 64
        && local
            .split('.')
            .all(|atom| !atom.is_empty() && atom.bytes().all(atext))
        && is_hostname(host)
}

struct Bounds {
    float: Number,
    double: Number,
}

fn bounds() -> &'static Bounds {
    static BOUNDS: OnceLock<Bounds> = OnceLock::new();
    BOUNDS.get_or_init(|| Bounds {
        float: Number::from_f64(f64::from(f32::MAX)).unwrap_or_else(|| Number::from(0)),
        double: Number::from_f64(f64::MAX).unwrap_or_else(|| Number::from(0)),
    })
}

/// Checks a number against a number format, exactly.
///
/// ```
/// use open_model::{Format, Number, format::check_number};
/// let ts: Number = "1700000000.123456".parse()?;
/// assert!(check_number(&ts, Format::Float).is_ok());
/// assert!(check_number(&"3.5e38".parse()?, Format::Float).is_err());
/// # Ok::<(), open_model::NumberError>(())
/// ```
pub fn check_number(n: &Number, format: Format) -> Result<(), ErrorKind> {
    let ok = match format {
        Format::Int32 => n.as_i64().is_some_and(|v| i32::try_from(v).is_ok()),
        Format::Int64 => n.as_i64().is_some(),
        Format::Float => {
            let max = &bounds().float;
            if n.is_negative() {
                // -n <= max  <=>  n >= -max
                n >= &negate(max)
            } else {
                n <= max
            }
        }
        Format::Double => {
            let max = &bounds().double;
            if n.is_negative() {
                n >= &negate(max)
            } else {
                n <= max
            }
        }
        Format::Uuid
        | Format::Date
        | Format::DateTime
        | Format::Email
        | Format::Hostname
        | Format::Ipv4
        | Format::Ipv6
        | Format::Uri
        | Format::Byte => true,
    };
    if ok {
        Ok(())
    } else {
        Err(ErrorKind::Format(format.message().into()))
    }
}

fn negate(n: &Number) -> Number {
    Number::from_literal(&format!("-{n}")).unwrap_or_else(|_| n.clone())
}

/// Checks a string against a string format.
pub fn check_str(s: &str, format: Format) -> Result<(), ErrorKind> {
    let ok = match format {
        Format::Uuid => parse_uuid_in_force(s).is_ok(),
        Format::Date => is_date(s),
        Format::DateTime => is_date_time(s),
        Format::Email => is_email(s),
        Format::Hostname => is_hostname(s),
        Format::Ipv4 => s.parse::<std::net::Ipv4Addr>().is_ok(),
        Format::Ipv6 => s.parse::<std::net::Ipv6Addr>().is_ok(),
        Format::Uri => iri_string::types::UriStr::new(s).is_ok(),
        Format::Byte => {
            use base64::Engine as _;
            base64::engine::general_purpose::STANDARD.decode(s).is_ok()
        }
        // Number formats: a string is never checked against one (the macro
        // refuses the pairing at compile time).
        Format::Int32 | Format::Int64 | Format::Float | Format::Double => true,
    };
    if ok {
        Ok(())
    } else {
        Err(ErrorKind::Format(format.message().into()))
    }
}

/// A field type that a string format (`uuid`, `date`, `date-time`) applies to.
#[diagnostic::on_unimplemented(
    message = "a string format needs a string field, not `{Self}`",
    label = "this type is not a string",
    note = "string formats (`uuid`, `date`, `date-time`, `email`, `hostname`, `ipv4`, `ipv6`, `uri`, `byte`) apply to `String`, `uuid::Uuid`, the `std::net` addresses, and `Option`/`Field`/`Vec` of them"
)]
pub trait StringFormat {
    /// Checks the value.
    fn check_string_format(&self, format: Format) -> Result<(), ErrorKind>;
}

/// A field type that a number format (`int32`, `int64`, `float`, `double`) applies to.
#[diagnostic::on_unimplemented(
    message = "a number format needs a number field, not `{Self}`",
    label = "this type is not a number",
    note = "number formats (`int32`, `int64`, `float`, `double`) apply to `Number`, the integer and float types, and `Option`/`Field`/`Vec` of them"
)]
pub trait NumberFormat {
    /// Checks the value.
    fn check_number_format(&self, format: Format) -> Result<(), ErrorKind>;
}

impl StringFormat for String {
    fn check_string_format(&self, format: Format) -> Result<(), ErrorKind> {
        check_str(self, format)
    }
}

// On a `Value`, a format applies to values of its type only.
impl StringFormat for crate::Value {
    fn check_string_format(&self, format: Format) -> Result<(), ErrorKind> {
        match self.as_str() {
            Some(s) => check_str(s, format),
            None => Ok(()),
        }
    }
}

impl NumberFormat for crate::Value {
    fn check_number_format(&self, format: Format) -> Result<(), ErrorKind> {
        match self.as_number() {
            Some(n) => check_number(n, format),
            None => Ok(()),
        }
    }
}

/// Types that are their format: a value of the type always meets it, and no
/// other string format applies.
macro_rules! type_is_format {
    ($($t:ty => $format:ident),*) => {$(
        impl StringFormat for $t {
            fn check_string_format(&self, format: Format) -> Result<(), ErrorKind> {
                match format {
                    Format::$format => Ok(()),
                    other => Err(ErrorKind::Format(other.message().into())),
                }
            }
        }
    )*};
}
type_is_format!(
    uuid::Uuid => Uuid,
    std::net::Ipv4Addr => Ipv4,
    std::net::Ipv6Addr => Ipv6
);

// An `IpAddr` meets `ipv4` or `ipv6` when it holds that kind.
impl StringFormat for std::net::IpAddr {
    fn check_string_format(&self, format: Format) -> Result<(), ErrorKind> {
        match (self, format) {
            (std::net::IpAddr::V4(_), Format::Ipv4) | (std::net::IpAddr::V6(_), Format::Ipv6) => {
                Ok(())
            }
            (_, other) => Err(ErrorKind::Format(other.message().into())),
        }
    }
}

impl NumberFormat for crate::Integer {
    fn check_number_format(&self, format: Format) -> Result<(), ErrorKind> {
        check_number(self.as_number(), format)
    }
}

impl Bounded for crate::Integer {
    fn bounded_value(&self) -> Option<Number> {
        Some(self.as_number().clone())
    }
}

impl NumberFormat for Number {
    fn check_number_format(&self, format: Format) -> Result<(), ErrorKind> {
        check_number(self, format)
    }
}

macro_rules! number_format_via {
    ($($t:ty),*) => {$(
        impl NumberFormat for $t {
            fn check_number_format(&self, format: Format) -> Result<(), ErrorKind> {
                check_number(&Number::from(*self), format)
            }
        }
    )*};
}
number_format_via!(i8, i16, i32, i64, u8, u16, u32, u64);

impl NumberFormat for f64 {
    fn check_number_format(&self, format: Format) -> Result<(), ErrorKind> {
        match Number::from_f64(*self) {
            Some(n) => check_number(&n, format),
            None => Err(ErrorKind::Format(format.message().into())),
        }
    }
}

impl NumberFormat for f32 {
    fn check_number_format(&self, format: Format) -> Result<(), ErrorKind> {
        f64::from(*self).check_number_format(format)
    }
}

macro_rules! format_through_wrappers {
    ($tr:ident, $m:ident) => {
        impl<T: $tr> $tr for Option<T> {
            fn $m(&self, format: Format) -> Result<(), ErrorKind> {
                self.as_ref().map_or(Ok(()), |v| v.$m(format))
            }
        }
        impl<T: $tr> $tr for crate::Field<T> {
            fn $m(&self, format: Format) -> Result<(), ErrorKind> {
                self.value().map_or(Ok(()), |v| v.$m(format))
            }
        }
        impl<T: $tr> $tr for Vec<T> {
            fn $m(&self, format: Format) -> Result<(), ErrorKind> {
                self.iter().try_for_each(|v| v.$m(format))
            }
        }
        impl<T: $tr> $tr for Box<T> {
            fn $m(&self, format: Format) -> Result<(), ErrorKind> {
                (**self).$m(format)
            }
        }
    };
}
format_through_wrappers!(StringFormat, check_string_format);
format_through_wrappers!(NumberFormat, check_number_format);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_range_is_inclusive_and_exact() {
        let max: Number = "3.4028234663852886e38"
            .parse()
            .unwrap_or_else(|_| Number::from(0));
        assert!(check_number(&max, Format::Float).is_ok());
        let neg: Number = "-3.4028234663852886e38"
            .parse()
            .unwrap_or_else(|_| Number::from(0));
        assert!(check_number(&neg, Format::Float).is_ok());
        let over: Number = "3.40282346638528860000001e38"
            .parse()
            .unwrap_or_else(|_| Number::from(0));
        assert!(check_number(&over, Format::Float).is_err());
    }

    #[test]
    fn dates() {
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2024-13-01"));
        assert!(is_date_time("1990-12-31T23:59:60Z"));
        assert!(is_date_time("2024-01-02t03:04:05z"));
        assert!(!is_date_time("2024-01-02T03:04:05"));
        assert!(!is_date_time("2024-01-02T24:00:00Z"));
        assert!(!is_date_time("2024-01-02T03:04:05.Z"));
    }
}

/// A field type that `minimum` and `maximum` apply to.
#[diagnostic::on_unimplemented(
    message = "`minimum`/`maximum` need a number field, not `{Self}`",
    label = "this type is not a number"
)]
pub trait Bounded {
    /// The value as an exact number, when there is one to check.
    fn bounded_value(&self) -> Option<Number>;
}

impl Bounded for Number {
    fn bounded_value(&self) -> Option<Number> {
        Some(self.clone())
    }
}

macro_rules! bounded_int {
    ($($t:ty),*) => {$(
        impl Bounded for $t {
            fn bounded_value(&self) -> Option<Number> {
                Some(Number::from(*self))
            }
        }
    )*};
}
bounded_int!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Bounded for f64 {
    fn bounded_value(&self) -> Option<Number> {
        Number::from_f64(*self)
    }
}

impl Bounded for f32 {
    fn bounded_value(&self) -> Option<Number> {
        Number::from_f32(*self)
    }
}

/// A field type that `minLength` applies to.
#[diagnostic::on_unimplemented(
    message = "`min_length` needs a string field, not `{Self}`",
    label = "this type is not a string"
)]
pub trait HasLength {
    /// The length in Unicode code points, when there is a value.
    fn code_points(&self) -> Option<usize>;
}

impl HasLength for String {
    fn code_points(&self) -> Option<usize> {
        Some(self.chars().count())
    }
}

macro_rules! constraints_through_wrappers {
    ($($w:ident),*) => {$(
        impl<T: Bounded> Bounded for $w<T> {
            fn bounded_value(&self) -> Option<Number> {
                through(self).and_then(Bounded::bounded_value)
            }
        }
        impl<T: HasLength> HasLength for $w<T> {
            fn code_points(&self) -> Option<usize> {
                through(self).and_then(HasLength::code_points)
            }
        }
    )*};
}

/// The value inside an `Option`, `Field` or `Box`.
trait Through<T> {
    fn inner(&self) -> Option<&T>;
}
impl<T> Through<T> for Option<T> {
    fn inner(&self) -> Option<&T> {
        self.as_ref()
    }
}
impl<T> Through<T> for crate::Field<T> {
    fn inner(&self) -> Option<&T> {
        self.value()
    }
}
impl<T> Through<T> for Box<T> {
    fn inner(&self) -> Option<&T> {
        Some(self)
    }
}
fn through<T, W: Through<T>>(w: &W) -> Option<&T> {
    w.inner()
}
use crate::Field;
constraints_through_wrappers!(Option, Field, Box);

// A `Value` field takes every keyword; each applies only to values of its
// JSON type (JSON Schema's rule), so `minimum` lets a string through.
impl Bounded for crate::Value {
    fn bounded_value(&self) -> Option<Number> {
        self.as_number().cloned()
    }
}

impl HasLength for crate::Value {
    fn code_points(&self) -> Option<usize> {
        self.as_str().map(|s| s.chars().count())
    }
}

fn literal(text: &str) -> Option<Number> {
    Number::from_literal(text).ok()
}

/// `minimum`: the value is at least `min` (inclusive).
pub fn check_minimum<T: Bounded + ?Sized>(v: &T, min: &str) -> Result<(), ErrorKind> {
    match (v.bounded_value(), literal(min)) {
        (Some(n), Some(m)) if n < m => Err(ErrorKind::Format(
            format!("must be a value greater than or equal to {min}").into(),
        )),
        _ => Ok(()),
    }
}

/// `maximum`: the value is at most `max` (inclusive).
pub fn check_maximum<T: Bounded + ?Sized>(v: &T, max: &str) -> Result<(), ErrorKind> {
    match (v.bounded_value(), literal(max)) {
        (Some(n), Some(m)) if n > m => Err(ErrorKind::Format(
            format!("must be a value less than or equal to {max}").into(),
        )),
        _ => Ok(()),
    }
}

/// `minLength`, in Unicode code points.
pub fn check_min_length<T: HasLength + ?Sized>(v: &T, min: usize) -> Result<(), ErrorKind> {
    match v.code_points() {
        Some(n) if n < min => Err(ErrorKind::Format(
            format!("length must be greater than or equal to {min}").into(),
        )),
        _ => Ok(()),
    }
}

/// `minimum` with `exclusiveMinimum: true`: the value is above `min`.
pub fn check_exclusive_minimum<T: Bounded + ?Sized>(v: &T, min: &str) -> Result<(), ErrorKind> {
    match (v.bounded_value(), literal(min)) {
        (Some(n), Some(m)) if n <= m => Err(ErrorKind::Format(
            format!("must be a value greater than {min}").into(),
        )),
        _ => Ok(()),
    }
}

/// `maximum` with `exclusiveMaximum: true`: the value is below `max`.
pub fn check_exclusive_maximum<T: Bounded + ?Sized>(v: &T, max: &str) -> Result<(), ErrorKind> {
    match (v.bounded_value(), literal(max)) {
        (Some(n), Some(m)) if n >= m => Err(ErrorKind::Format(
            format!("must be a value less than {max}").into(),
        )),
        _ => Ok(()),
    }
}

/// A field type that `maxLength` applies to: the types of [`HasLength`],
/// as its own trait so that a misplaced `max_length` is named as such.
#[diagnostic::on_unimplemented(
    message = "`max_length` needs a string field, not `{Self}`",
    label = "this type is not a string"
)]
pub trait HasMaxLength {
    /// The length in Unicode code points, when there is a value.
    fn max_length_code_points(&self) -> Option<usize>;
}

impl HasMaxLength for String {
    fn max_length_code_points(&self) -> Option<usize> {
        self.code_points()
    }
}

impl HasMaxLength for crate::Value {
    fn max_length_code_points(&self) -> Option<usize> {
        self.code_points()
    }
}

impl<T: HasMaxLength> HasMaxLength for Option<T> {
    fn max_length_code_points(&self) -> Option<usize> {
        self.as_ref().and_then(HasMaxLength::max_length_code_points)
    }
}

impl<T: HasMaxLength> HasMaxLength for crate::Field<T> {
    fn max_length_code_points(&self) -> Option<usize> {
        through(self).and_then(HasMaxLength::max_length_code_points)
    }
}

impl<T: HasMaxLength> HasMaxLength for Box<T> {
    fn max_length_code_points(&self) -> Option<usize> {
        (**self).max_length_code_points()
    }
}

/// `maxLength`, in Unicode code points.
pub fn check_max_length<T: HasMaxLength + ?Sized>(v: &T, max: usize) -> Result<(), ErrorKind> {
    match v.max_length_code_points() {
        Some(n) if n > max => Err(ErrorKind::Format(
            format!("length must be less than or equal to {max}").into(),
        )),
        _ => Ok(()),
    }
}

/// `multipleOf`, decided exactly on the decimal digits.
pub fn check_multiple_of<T: Bounded + ?Sized>(v: &T, divisor: &str) -> Result<(), ErrorKind> {
    match (v.bounded_value(), literal(divisor)) {
        (Some(n), Some(d)) if n.is_multiple_of(&d) == Some(false) => Err(ErrorKind::Format(
            format!("value must be a multiple of {divisor}").into(),
        )),
        _ => Ok(()),
    }
}

/// A field type that `minItems`, `maxItems` and `uniqueItems` apply to.
#[diagnostic::on_unimplemented(
    message = "item counts and `unique_items` need an array field, not `{Self}`",
    label = "this type is not an array"
)]
pub trait HasItems {
    /// How many items, when there is a value.
    fn item_count(&self) -> Option<usize>;
    /// True when no two items are equal as JSON values (`1` equals `1.0`,
    /// objects equal whatever their key order); `None` when there is no value.
    fn items_unique(&self) -> Option<bool>;
}

impl<T: crate::Encode> HasItems for Vec<T> {
    fn item_count(&self) -> Option<usize> {
        Some(self.len())
    }
    fn items_unique(&self) -> Option<bool> {
        let mut seen = std::collections::HashSet::with_capacity(self.len());
        Some(
            self.iter()
                .all(|item| seen.insert(canonical(&item.__to_value()))),
        )
    }
}

macro_rules! items_through_wrappers {
    ($($w:ident),*) => {$(
        impl<T: HasItems> HasItems for $w<T> {
            fn item_count(&self) -> Option<usize> {
                through(self).and_then(HasItems::item_count)
            }
            fn items_unique(&self) -> Option<bool> {
                through(self).and_then(HasItems::items_unique)
            }
        }
    )*};
}
items_through_wrappers!(Option, Field, Box);

impl HasItems for crate::Value {
    fn item_count(&self) -> Option<usize> {
        self.as_list().map(Vec::len)
    }
    fn items_unique(&self) -> Option<bool> {
        let list = self.as_list()?;
        let mut seen = std::collections::HashSet::with_capacity(list.len());
        Some(list.iter().all(|item| seen.insert(canonical(item))))
    }
}

/// A text equal for values equal as JSON: keys sorted, numbers by value.
fn canonical(v: &crate::Value) -> String {
    use crate::Value;
    let mut out = String::new();
    fn walk(v: &Value, out: &mut String) {
        match v {
            Value::Null => out.push('n'),
            Value::Bool(b) => out.push(if *b { 't' } else { 'f' }),
            Value::Number(n) => {
                out.push('#');
                out.push_str(&n.canonical());
            }
            Value::Str(s) => {
                out.push('"');
                out.push_str(&s.replace('\\', "\\\\").replace('"', "\\\""));
                out.push('"');
            }
            Value::Bytes(b) => out.push_str(&format!("b{b:?}")),
            Value::List(l) => {
                out.push('[');
                for x in l {
                    walk(x, out);
                    out.push(',');
                }
                out.push(']');
            }
            Value::Dict(m) => {
                let mut entries: Vec<_> = m.iter().collect();
                entries.sort_by(|a, b| a.0.cmp(b.0));
                out.push('{');
                for (k, x) in entries {
                    walk(&Value::Str(k.clone()), out);
                    out.push(':');
                    walk(x, out);
                    out.push(',');
                }
                out.push('}');
            }
        }
    }
    walk(v, &mut out);
    out
}

/// `minItems`.
pub fn check_min_items<T: HasItems + ?Sized>(v: &T, min: usize) -> Result<(), ErrorKind> {
    match v.item_count() {
        Some(n) if n < min => Err(ErrorKind::Format(
            format!("number of items must be greater than or equal to {min}").into(),
        )),
        _ => Ok(()),
    }
}

/// `maxItems`.
pub fn check_max_items<T: HasItems + ?Sized>(v: &T, max: usize) -> Result<(), ErrorKind> {
    match v.item_count() {
        Some(n) if n > max => Err(ErrorKind::Format(
            format!("number of items must be less than or equal to {max}").into(),
        )),
        _ => Ok(()),
    }
}

/// `uniqueItems: true`.
pub fn check_unique_items<T: HasItems + ?Sized>(v: &T) -> Result<(), ErrorKind> {
    match v.items_unique() {
        Some(false) => Err(ErrorKind::Format("items must be unique".into())),
        _ => Ok(()),
    }
}

/// A compiled `pattern`: the `regex` crate (linear time) for every pattern
/// it can compile, `fancy-regex` only for the rest (look-around,
/// backreferences), which the macro has checked at compile time.
#[derive(Debug)]
pub enum Pattern {
    /// Linear time: no input can make it slow.
    Linear(regex::Regex),
    /// Backtracking, with `fancy-regex`'s limit on backtracking steps.
    Backtracking(fancy_regex::Regex),
}

impl Pattern {
    /// Compiles `pattern` (already in the `regex` crate's syntax).
    pub fn new(pattern: &str) -> Option<Pattern> {
        match regex::Regex::new(pattern) {
            Ok(re) => Some(Pattern::Linear(re)),
            Err(_) => fancy_regex::Regex::new(pattern)
                .ok()
                .map(Pattern::Backtracking),
        }
    }

    /// Whether `s` matches somewhere; an error when the backtracking engine
    /// gave up (its step limit), so the value could not be checked.
    pub fn is_match(&self, s: &str) -> Result<bool, String> {
        match self {
            Pattern::Linear(re) => Ok(re.is_match(s)),
            Pattern::Backtracking(re) => re.is_match(s).map_err(|e| e.to_string()),
        }
    }
}

/// `pattern`: the string matches the regular expression somewhere (as
/// ECMA-262's `test`, unanchored). `regex` is the field's compiled pattern,
/// checked by the macro at compile time; `None` when it still failed to
/// compile (past the `regex` crate's size limit), and then no value passes:
/// a pattern never fails open. Neither does a backtracking pattern that
/// gives up on a value.
pub fn check_pattern<T: HasText + ?Sized>(
    v: &T,
    regex: Option<&Pattern>,
    pattern: &str,
) -> Result<(), ErrorKind> {
    let Some(s) = v.text() else {
        return Ok(());
    };
    match regex.map(|re| re.is_match(s)) {
        Some(Ok(true)) => Ok(()),
        Some(Ok(false)) => Err(ErrorKind::Format(
            format!("must match regular expression {pattern}").into(),
        )),
        Some(Err(why)) => Err(ErrorKind::Format(
            format!("could not be checked against the pattern {pattern}: {why}").into(),
        )),
        None => Err(ErrorKind::Format(
            format!("the pattern {pattern} could not be compiled, so no value can be checked against it").into(),
        )),
    }
}

/// A field type that `pattern` applies to.
#[diagnostic::on_unimplemented(
    message = "`pattern` needs a string field, not `{Self}`",
    label = "this type is not a string"
)]
pub trait HasText {
    /// The text, when there is a value.
    fn text(&self) -> Option<&str>;
}

impl HasText for String {
    fn text(&self) -> Option<&str> {
        Some(self)
    }
}

macro_rules! text_through_wrappers {
    ($($w:ident),*) => {$(
        impl<T: HasText> HasText for $w<T> {
            fn text(&self) -> Option<&str> {
                through(self).and_then(HasText::text)
            }
        }
    )*};
}
text_through_wrappers!(Option, Field, Box);

impl HasText for crate::Value {
    fn text(&self) -> Option<&str> {
        self.as_str()
    }
}

/// `not`: the value must not decode as `S` (with every check of `S`). An
/// absent value is not checked.
pub fn check_not<T: crate::Encode + ?Sized, S: crate::FieldType>(v: &T) -> Result<(), ErrorKind> {
    if v.__is_absent() {
        return Ok(());
    }
    let mut ctx = crate::Ctx::new(crate::DEFAULT_MAX_DEPTH);
    let decoded = S::__field_from_value(v.__to_value(), &mut ctx);
    if decoded.is_some() && ctx.is_ok() {
        let name = std::any::type_name::<S>();
        let short = name.rsplit("::").next().unwrap_or(name);
        Err(ErrorKind::Format(
            format!("must not be valid against the `not` schema ({short})").into(),
        ))
    } else {
        Ok(())
    }
}

/// `enum` of any JSON values: the value equals one of them as JSON (`1`
/// equals `1.0`, objects whatever their key order). `allowed` is the list as
/// JSON text, checked by the test suite of the model that declares it.
pub fn check_enum<T: crate::Encode + ?Sized>(
    v: &T,
    allowed: &[crate::Value],
    text: &str,
) -> Result<(), ErrorKind> {
    let mine = canonical(&v.__to_value());
    if allowed.iter().any(|a| canonical(a) == mine) {
        Ok(())
    } else {
        Err(ErrorKind::Format(format!("must be one of {text}").into()))
    }
}

/// `enum` on a nullable field (`Option`, `Field`): `null` passes whatever
/// the list holds, as in the original client (`nullable` admits null; the
/// enum restricts the values that are there).
pub fn check_nullable_enum<T: crate::Encode + ?Sized>(
    v: &T,
    allowed: &[crate::Value],
    text: &str,
) -> Result<(), ErrorKind> {
    if v.__to_value().is_null() {
        return Ok(());
    }
    check_enum(v, allowed, text)
}

/// `minProperties` / `maxProperties`: how many keys an object has, typed and
/// extra together.
pub fn check_property_count(
    count: usize,
    min: Option<usize>,
    max: Option<usize>,
) -> Result<(), ErrorKind> {
    match (min, max) {
        (Some(m), _) if count < m => Err(ErrorKind::Format(
            format!("number of properties must be greater than or equal to {m}").into(),
        )),
        (_, Some(m)) if count > m => Err(ErrorKind::Format(
            format!("number of properties must be less than or equal to {m}").into(),
        )),
        _ => Ok(()),
    }
}
