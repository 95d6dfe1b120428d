//! The `format` rules of OpenAPI that this crate checks, as functions a
//! program can call on its own text and numbers. The field-level checks of
//! every keyword, `format` included, are in `keywords.rs`.

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
        // f32::MAX > 10^38 and f64::MAX > 10^308: most values are
        // evidently inside without the exact comparison.
        Format::Float if n.evidently_below_pow10(38) => true,
        Format::Double if n.evidently_below_pow10(308) => true,
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
        Err(ErrorKind::Constraint(format.message().into()))
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
        Err(ErrorKind::Constraint(format.message().into()))
    }
}

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
