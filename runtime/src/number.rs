//! An exact JSON number that keeps the literal it was written as.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

/// Exponents beyond this magnitude are refused: arithmetic on the decimal
/// exponent stays exact in `i64` with ample room for the digit count of any
/// input that fits in memory.
const MAX_EXPONENT: u64 = 1_000_000_000_000_000_000;

/// Literals up to this many bytes are stored inline, without an allocation.
const INLINE: usize = 22;

/// An exact JSON number.
///
/// A `Number` holds any JSON number at any size and precision. It keeps the
/// literal it was read from, so `9` and `9.0` stay distinguishable and are
/// written back as they came, while equality, ordering and hashing follow the
/// exact numeric value (`9 == 9.0`, `0.1 == 1e-1`, `-0.0 == 0`).
///
/// Integers that fit in an `i64` are stored as such (the fast path); every
/// other literal is kept as its text, inline when it is short.
///
/// ```
/// use open_model::Number;
///
/// let big: Number = "123456789012345678901234567890".parse()?;
/// assert_eq!(big.to_string(), "123456789012345678901234567890");
/// assert_eq!(big.as_i64(), None);
///
/// let nine: Number = "9.0".parse()?;
/// assert_eq!(nine.to_string(), "9.0");
/// assert_eq!(nine, Number::from(9));
/// assert_eq!(nine.as_i64(), Some(9));
/// assert!(!nine.is_integer_literal());
///
/// let tenth: Number = "0.1".parse()?;
/// assert!(tenth < "0.1000000000000000055511151231257827".parse::<Number>()?);
/// # Ok::<(), open_model::NumberError>(())
/// ```
#[derive(Clone)]
pub struct Number {
    repr: Repr,
}

#[derive(Clone)]
enum Repr {
    /// A literal of only digits (and a sign) whose value fits `i64`.
    Int(i64),
    /// Any other literal, validated, at most [`INLINE`] bytes.
    Inline { len: u8, buf: [u8; INLINE] },
    /// Any other literal, validated.
    Heap(Box<str>),
}

/// Why a text is not a number this crate accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    /// The text does not follow the JSON number grammar (RFC 8259 §6).
    Syntax,
    /// The exponent's magnitude exceeds 10^18.
    ExponentOutOfRange,
    /// A float that is NaN or infinite has no JSON form.
    NotFinite,
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NumberError::Syntax => "invalid number",
            NumberError::ExponentOutOfRange => "number exponent out of range (limit 10^18)",
            NumberError::NotFinite => "NaN and infinite floats are not JSON numbers",
        })
    }
}

impl std::error::Error for NumberError {}

/// The parts of a validated literal.
struct Parts<'a> {
    negative: bool,
    int: &'a [u8],
    frac: &'a [u8],
    exp: i64,
}

/// Checks `text` against the JSON number grammar and splits it.
fn split(text: &[u8]) -> Result<Parts<'_>, NumberError> {
    let mut i = 0;
    let negative = text.first() == Some(&b'-');
    if negative {
        i += 1;
    }
    let int_start = i;
    match text.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            while matches!(text.get(i), Some(b'0'..=b'9')) {
                i += 1;
            }
        }
        _ => return Err(NumberError::Syntax),
    }
    let int = text.get(int_start..i).ok_or(NumberError::Syntax)?;
    let mut frac: &[u8] = &[];
    if text.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while matches!(text.get(i), Some(b'0'..=b'9')) {
            i += 1;
        }
        if i == start {
            return Err(NumberError::Syntax);
        }
        frac = text.get(start..i).ok_or(NumberError::Syntax)?;
    }
    let mut exp: i64 = 0;
    if matches!(text.get(i), Some(b'e' | b'E')) {
        i += 1;
        let exp_negative = match text.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut magnitude: u64 = 0;
        while let Some(&d @ b'0'..=b'9') = text.get(i) {
            magnitude = magnitude * 10 + u64::from(d - b'0');
            if magnitude > MAX_EXPONENT {
                // Keep scanning so a syntax error later still wins.
                while matches!(text.get(i), Some(b'0'..=b'9')) {
                    i += 1;
                }
                return if i == text.len() {
                    Err(NumberError::ExponentOutOfRange)
                } else {
                    Err(NumberError::Syntax)
                };
            }
            i += 1;
        }
        if i == start {
            return Err(NumberError::Syntax);
        }
        // MAX_EXPONENT < i64::MAX, so the conversion is exact.
        exp = i64::try_from(magnitude).map_err(|_| NumberError::ExponentOutOfRange)?;
        if exp_negative {
            exp = -exp;
        }
    }
    if i != text.len() {
        return Err(NumberError::Syntax);
    }
    Ok(Parts {
        negative,
        int,
        frac,
        exp,
    })
}

/// Digit `k` of `int ++ frac` (`0` past the end, which callers never ask).
fn digit_at(int: &[u8], frac: &[u8], k: usize) -> u8 {
    match k.checked_sub(int.len()) {
        None => int.get(k).copied().unwrap_or(b'0'),
        Some(j) => frac.get(j).copied().unwrap_or(b'0'),
    }
}

/// The value of a literal as `±0.D × 10^point`, with `D` free of leading and
/// trailing zeros; `D` empty means zero.
struct Normal<'a> {
    negative: bool,
    int: &'a [u8],
    frac: &'a [u8],
    /// Index range of `D` within `int ++ frac`.
    start: usize,
    end: usize,
    point: i64,
}

impl Normal<'_> {
    fn digit(&self, k: usize) -> u8 {
        digit_at(self.int, self.frac, k)
    }

    fn is_zero(&self) -> bool {
        self.start == self.end
    }

    fn digits(&self) -> impl Iterator<Item = u8> + '_ {
        (self.start..self.end).map(move |k| self.digit(k))
    }

    fn len(&self) -> usize {
        self.end - self.start
    }
}

fn normalize<'a>(parts: &Parts<'a>) -> Normal<'a> {
    let total = parts.int.len() + parts.frac.len();
    let at = |k: usize| digit_at(parts.int, parts.frac, k);
    let mut start = 0;
    while start < total && at(start) == b'0' {
        start += 1;
    }
    let mut end = total;
    while end > start && at(end - 1) == b'0' {
        end -= 1;
    }
    // Lengths of in-memory slices fit in i64.
    let int_len = i64::try_from(parts.int.len()).unwrap_or(i64::MAX);
    let lead = i64::try_from(start).unwrap_or(i64::MAX);
    Normal {
        negative: parts.negative,
        int: parts.int,
        frac: parts.frac,
        start,
        end,
        point: int_len - lead + parts.exp,
    }
}

fn compare_magnitude(a: &Normal<'_>, b: &Normal<'_>) -> Ordering {
    match (a.is_zero(), b.is_zero()) {
        (true, true) => return Ordering::Equal,
        (true, false) => return Ordering::Less,
        (false, true) => return Ordering::Greater,
        (false, false) => {}
    }
    a.point
        .cmp(&b.point)
        .then_with(|| a.digits().cmp(b.digits()))
}

impl Number {
    /// Parses a JSON number literal exactly (the `FromStr` impl does the same).
    ///
    /// ```
    /// use open_model::{Number, NumberError};
    /// assert!(Number::from_literal("1e999999999").is_ok());
    /// assert_eq!(Number::from_literal("01"), Err(NumberError::Syntax));
    /// assert_eq!(Number::from_literal("1e9999999999999999999"), Err(NumberError::ExponentOutOfRange));
    /// ```
    pub fn from_literal(text: &str) -> Result<Number, NumberError> {
        if let Some(n) = Number::short_int(text) {
            return Ok(n);
        }
        split(text.as_bytes())?;
        Ok(Number::from_checked_literal(text))
    }

    /// The verdict [`Number::check_literal`] would give on text the reader
    /// already validated: it stands, as for
    /// [`Number::from_checked_literal`] (in debug builds the check must
    /// agree).
    pub(crate) fn checked_verdict(text: &str) {
        debug_assert!(split(text.as_bytes()).is_ok(), "unchecked literal {text:?}");
    }

    /// Stores a literal already checked as [`Number::from_literal`] checks
    /// it (the grammar and the exponent limit: text the reader validated),
    /// without checking it again.
    pub(crate) fn from_checked_literal(text: &str) -> Number {
        Number::checked_verdict(text);
        if let Some(n) = Number::short_int(text) {
            return n;
        }
        let bytes = text.as_bytes();
        if bytes.iter().all(|b| *b == b'-' || b.is_ascii_digit()) {
            if let Ok(v) = text.parse::<i64>() {
                // `-0` keeps its sign as a literal.
                if !(bytes.first() == Some(&b'-') && v == 0) {
                    return Number { repr: Repr::Int(v) };
                }
            }
        }
        Number::from_valid_literal(text)
    }

    /// A plain integer literal of at most 18 bytes (it fits `i64`), the
    /// common case, read without the general grammar.
    fn short_int(text: &str) -> Option<Number> {
        let bytes = text.as_bytes();
        if bytes.len() > 18 || bytes.is_empty() {
            return None;
        }
        let (negative, digits) = match bytes.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, bytes),
        };
        if digits.is_empty()
            || !digits.iter().all(u8::is_ascii_digit)
            || (digits.first() == Some(&b'0') && digits.len() > 1)
            || (negative && digits == b"0")
        {
            return None;
        }
        let mut v: i64 = 0;
        for &d in digits {
            v = v * 10 + i64::from(d - b'0');
        }
        Some(Number {
            repr: Repr::Int(if negative { -v } else { v }),
        })
    }

    /// [`Number::from_literal`]'s verdict without the number (nothing
    /// stored, nothing allocated): what a validating scan needs.
    pub(crate) fn check_literal(text: &str) -> Result<(), NumberError> {
        split(text.as_bytes()).map(drop)
    }

    /// Stores a literal already known to follow the grammar.
    fn from_valid_literal(text: &str) -> Number {
        let bytes = text.as_bytes();
        if bytes.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            for (slot, b) in buf.iter_mut().zip(bytes) {
                *slot = *b;
            }
            Number {
                repr: Repr::Inline {
                    len: bytes.len() as u8,
                    buf,
                },
            }
        } else {
            Number {
                repr: Repr::Heap(text.into()),
            }
        }
    }

    /// The literal as written, when this number is not stored as an `i64`.
    fn literal(&self) -> Option<&str> {
        match &self.repr {
            Repr::Int(_) => None,
            Repr::Inline { len, buf } => buf
                .get(..usize::from(*len))
                .and_then(|b| std::str::from_utf8(b).ok()),
            Repr::Heap(s) => Some(s),
        }
    }

    fn with_parts<R>(&self, f: impl FnOnce(&Parts<'_>) -> R) -> R {
        match &self.repr {
            Repr::Int(v) => {
                let mut buf = itoa::Buffer::new();
                let text = buf.format(*v);
                match split(text.as_bytes()) {
                    Ok(parts) => f(&parts),
                    // itoa's output always follows the grammar.
                    Err(_) => f(&Parts {
                        negative: false,
                        int: b"0",
                        frac: b"",
                        exp: 0,
                    }),
                }
            }
            _ => {
                let text = self.literal().unwrap_or("0");
                match split(text.as_bytes()) {
                    Ok(parts) => f(&parts),
                    Err(_) => f(&Parts {
                        negative: false,
                        int: b"0",
                        frac: b"",
                        exp: 0,
                    }),
                }
            }
        }
    }

    /// Writes the literal into `out`.
    pub(crate) fn write_to(&self, out: &mut Vec<u8>) {
        match &self.repr {
            Repr::Int(v) => out.extend_from_slice(itoa::Buffer::new().format(*v).as_bytes()),
            _ => out.extend_from_slice(self.literal().unwrap_or("0").as_bytes()),
        }
    }

    /// True when the literal has no fraction and no exponent (`9`, not `9.0`).
    pub fn is_integer_literal(&self) -> bool {
        match self.literal() {
            None => true,
            Some(text) => !text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')),
        }
    }

    /// True when the value is a whole number (`9`, `9.0` and `1e2` are).
    pub fn is_integer(&self) -> bool {
        match self.repr {
            Repr::Int(_) => true,
            _ => self.with_parts(|p| {
                let n = normalize(p);
                n.is_zero() || n.point >= i64::try_from(n.len()).unwrap_or(i64::MAX)
            }),
        }
    }

    /// True when the value is below zero (`-0` is not).
    pub fn is_negative(&self) -> bool {
        match self.repr {
            Repr::Int(v) => v < 0,
            _ => self.with_parts(|p| {
                let n = normalize(p);
                n.negative && !n.is_zero()
            }),
        }
    }

    /// True when |value| < 10^`k` is evident from how the number is
    /// written: an `i64`, or a literal whose integer digits and exponent
    /// say so (|value| < 10^(integer digits + exponent)). False says
    /// nothing: the caller compares exactly. The range checks of `float`
    /// and `double` use it to skip the exact comparison for ordinary values.
    pub(crate) fn evidently_below_pow10(&self, k: i64) -> bool {
        match self.repr {
            Repr::Int(v) => match u32::try_from(k) {
                Ok(k) if k >= 19 => true,
                Ok(k) => v.unsigned_abs() < 10_u64.pow(k),
                Err(_) => false,
            },
            _ => self.with_parts(|p| {
                i64::try_from(p.int.len())
                    .ok()
                    .and_then(|digits| digits.checked_add(p.exp))
                    .is_some_and(|magnitude| magnitude <= k)
            }),
        }
    }

    /// The value as an `i128`, when it is a whole number in range.
    pub fn as_i128(&self) -> Option<i128> {
        if let Repr::Int(v) = self.repr {
            return Some(i128::from(v));
        }
        self.with_parts(|p| {
            let n = normalize(p);
            if n.is_zero() {
                return Some(0);
            }
            let len = i64::try_from(n.len()).ok()?;
            if n.point < len || n.point > 39 {
                return None;
            }
            let mut magnitude: i128 = 0;
            for d in n.digits() {
                magnitude = magnitude
                    .checked_mul(10)?
                    .checked_add(i128::from(d - b'0'))?;
            }
            for _ in len..n.point {
                magnitude = magnitude.checked_mul(10)?;
            }
            if n.negative {
                Some(-magnitude)
            } else {
                Some(magnitude)
            }
        })
    }

    /// The value as an `i64`, when it is a whole number in range.
    ///
    /// ```
    /// use open_model::Number;
    /// assert_eq!("1e2".parse::<Number>().unwrap().as_i64(), Some(100));
    /// assert_eq!("1.5".parse::<Number>().unwrap().as_i64(), None);
    /// ```
    pub fn as_i64(&self) -> Option<i64> {
        match self.repr {
            Repr::Int(v) => Some(v),
            _ => self.as_i128().and_then(|v| i64::try_from(v).ok()),
        }
    }

    /// The value as a `u64`, when it is a whole number in range.
    pub fn as_u64(&self) -> Option<u64> {
        match self.repr {
            Repr::Int(v) => u64::try_from(v).ok(),
            _ => self.as_i128().and_then(|v| u64::try_from(v).ok()),
        }
    }

    /// The nearest `f64` (correctly rounded), or `None` when the value is
    /// beyond the range of `f64`.
    ///
    /// ```
    /// use open_model::Number;
    /// assert_eq!("0.1".parse::<Number>().unwrap().as_f64(), Some(0.1));
    /// assert_eq!("1e999".parse::<Number>().unwrap().as_f64(), None);
    /// ```
    pub fn as_f64(&self) -> Option<f64> {
        let v = match &self.repr {
            Repr::Int(v) => *v as f64,
            _ => {
                // Rust's float parser is correctly rounded, but needs the
                // exponent in a form it can read: rebuild from parts when
                // the exponent is beyond what f64 can ever reach.
                let text = self.literal().unwrap_or("0");
                let exp_far = self.with_parts(|p| {
                    let n = normalize(p);
                    if n.is_zero() {
                        Some(if n.negative { -0.0 } else { 0.0 })
                    } else if n.point > 400 {
                        Some(f64::INFINITY)
                    } else if n.point < -400 {
                        Some(if n.negative { -0.0 } else { 0.0 })
                    } else {
                        None
                    }
                });
                match exp_far {
                    Some(v) => v,
                    None => text.parse::<f64>().ok()?,
                }
            }
        };
        v.is_finite().then_some(v)
    }

    /// Exact comparison of numeric values.
    fn cmp_value(&self, other: &Number) -> Ordering {
        if let (Repr::Int(a), Repr::Int(b)) = (&self.repr, &other.repr) {
            return a.cmp(b);
        }
        self.with_parts(|pa| {
            other.with_parts(|pb| {
                let a = normalize(pa);
                let b = normalize(pb);
                let a_neg = a.negative && !a.is_zero();
                let b_neg = b.negative && !b.is_zero();
                match (a_neg, b_neg) {
                    (false, true) => Ordering::Greater,
                    (true, false) => Ordering::Less,
                    (false, false) => compare_magnitude(&a, &b),
                    (true, true) => compare_magnitude(&b, &a),
                }
            })
        })
    }

    /// True when `self` and `other` have the same literal text, not only the
    /// same value (`9.0` and `9` are equal but not identical).
    pub fn is_identical(&self, other: &Number) -> bool {
        self.to_string() == other.to_string()
    }

    /// A float's shortest round-trip text (`9.0`, `0.1`, `1e300`), when finite.
    pub fn from_f64(v: f64) -> Option<Number> {
        if !v.is_finite() {
            return None;
        }
        let mut buf = ryu::Buffer::new();
        Some(Number::from_valid_literal(buf.format_finite(v)))
    }

    /// A float's shortest round-trip text, when finite.
    pub fn from_f32(v: f32) -> Option<Number> {
        if !v.is_finite() {
            return None;
        }
        let mut buf = ryu::Buffer::new();
        Some(Number::from_valid_literal(buf.format_finite(v)))
    }

    /// How this number travels through a serde data model: as the
    /// primitive that gives back this very literal; else, for a format meant
    /// for people (`human_readable`), as the primitive that keeps the value
    /// (`1E22` as `1e22`); else in the exact form.
    pub(crate) fn serde_form(&self, human_readable: bool) -> SerdeForm {
        if let Repr::Int(v) = self.repr {
            return SerdeForm::I64(v);
        }
        let keeps = |back: &Number| human_readable || back.is_identical(self);
        if self.is_integer_literal() {
            if let Some(v) = self.as_i128() {
                if keeps(&Number::from(v)) {
                    return match u64::try_from(v) {
                        Ok(u) => SerdeForm::U64(u),
                        Err(_) => SerdeForm::I128(v),
                    };
                }
            } else if let Some(v) = self.as_u128() {
                if keeps(&Number::from(v)) {
                    return SerdeForm::U128(v);
                }
            }
            return SerdeForm::Literal;
        }
        match self.as_f64() {
            Some(f) => match Number::from_f64(f) {
                Some(back) if back == *self && keeps(&back) => SerdeForm::F64(f),
                _ => SerdeForm::Literal,
            },
            None => SerdeForm::Literal,
        }
    }

    fn as_u128(&self) -> Option<u128> {
        self.with_parts(|p| {
            let n = normalize(p);
            if n.negative && !n.is_zero() {
                return None;
            }
            let len = i64::try_from(n.len()).ok()?;
            if n.is_zero() {
                return Some(0);
            }
            if n.point < len || n.point > 39 {
                return None;
            }
            let mut m: u128 = 0;
            for d in n.digits() {
                m = m.checked_mul(10)?.checked_add(u128::from(d - b'0'))?;
            }
            for _ in len..n.point {
                m = m.checked_mul(10)?;
            }
            Some(m)
        })
    }
}

impl Number {
    /// True when `self` is an integer multiple of `divisor`, decided exactly
    /// on the decimal digits (`0.3` is a multiple of `0.1`). A divisor of
    /// zero has no multiples; a divisor with more than 18 significant digits
    /// is not supported and answers `None`.
    ///
    /// ```
    /// use open_model::Number;
    /// let n = |s: &str| s.parse::<Number>().unwrap();
    /// assert_eq!(n("0.3").is_multiple_of(&n("0.1")), Some(true));
    /// assert_eq!(n("1e300").is_multiple_of(&n("7")), Some(false));
    /// assert_eq!(n("7e300").is_multiple_of(&n("7")), Some(true));
    /// assert_eq!(n("0.35").is_multiple_of(&n("0.1")), Some(false));
    /// ```
    pub fn is_multiple_of(&self, divisor: &Number) -> Option<bool> {
        // value = V × 10^ev and divisor = M × 10^em, V and M integers without
        // trailing zeros. value/divisor = (V/M) × 10^(ev−em).
        let (v_digits, v_exp) = self.with_parts(|p| {
            let n = normalize(p);
            let d: Vec<u8> = n.digits().collect();
            let len = i64::try_from(d.len()).unwrap_or(i64::MAX);
            (d, n.point.saturating_sub(len))
        });
        let (m_digits, m_exp) = divisor.with_parts(|p| {
            let n = normalize(p);
            let d: Vec<u8> = n.digits().collect();
            let len = i64::try_from(d.len()).unwrap_or(i64::MAX);
            (d, n.point.saturating_sub(len))
        });
        if m_digits.is_empty() {
            return Some(false);
        }
        if m_digits.len() > 18 {
            return None;
        }
        if v_digits.is_empty() {
            return Some(true);
        }
        let m = m_digits
            .iter()
            .fold(0u128, |acc, d| acc * 10 + u128::from(d - b'0'));
        let e = v_exp.saturating_sub(m_exp);
        if e < 0 {
            // V has no trailing zeros, so V / (M × 10^k) is never whole.
            return Some(false);
        }
        let v_mod = v_digits
            .iter()
            .fold(0u128, |acc, d| (acc * 10 + u128::from(d - b'0')) % m);
        let e = u64::try_from(e).unwrap_or(u64::MAX);
        Some(v_mod * pow_mod(10, e, m) % m == 0)
    }

    /// A text equal for equal values (`9`, `9.0` and `0.9e1` alike), for
    /// hashing by JSON equality.
    pub(crate) fn canonical(&self) -> String {
        self.with_parts(|p| {
            let n = normalize(p);
            if n.is_zero() {
                return "0".to_owned();
            }
            let digits: String = n.digits().map(char::from).collect();
            format!("{}{digits}e{}", if n.negative { "-" } else { "" }, n.point)
        })
    }
}

/// `base^exp mod m`, for `m` below 2^63 so products fit in `u128`.
fn pow_mod(base: u128, mut exp: u64, m: u128) -> u128 {
    let mut result = 1 % m;
    let mut b = base % m;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result * b % m;
        }
        b = b * b % m;
        exp >>= 1;
    }
    result
}

/// See [`Number::serde_form`].
pub(crate) enum SerdeForm {
    I64(i64),
    U64(u64),
    I128(i128),
    U128(u128),
    F64(f64),
    Literal,
}

impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        self.cmp_value(other) == Ordering::Equal
    }
}

impl Eq for Number {}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Number) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Number {
    fn cmp(&self, other: &Number) -> Ordering {
        self.cmp_value(other)
    }
}

impl Hash for Number {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.with_parts(|p| {
            let n = normalize(p);
            if n.is_zero() {
                0u8.hash(state);
                return;
            }
            n.negative.hash(state);
            n.point.hash(state);
            for d in n.digits() {
                d.hash(state);
            }
        });
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Int(v) => f.write_str(itoa::Buffer::new().format(*v)),
            _ => f.write_str(self.literal().unwrap_or("0")),
        }
    }
}

impl fmt::Debug for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Number({self})")
    }
}

impl FromStr for Number {
    type Err = NumberError;
    fn from_str(s: &str) -> Result<Number, NumberError> {
        Number::from_literal(s)
    }
}

macro_rules! from_small_int {
    ($($t:ty)*) => {$(
        impl From<$t> for Number {
            fn from(v: $t) -> Number {
                Number { repr: Repr::Int(i64::from(v)) }
            }
        }
    )*};
}
from_small_int!(i8 i16 i32 i64 u8 u16 u32);

macro_rules! from_wide_int {
    ($($t:ty)*) => {$(
        impl From<$t> for Number {
            fn from(v: $t) -> Number {
                match i64::try_from(v) {
                    Ok(v) => Number { repr: Repr::Int(v) },
                    Err(_) => Number::from_valid_literal(&v.to_string()),
                }
            }
        }
    )*};
}
from_wide_int!(u64 i128 u128 isize usize);

impl TryFrom<f64> for Number {
    type Error = NumberError;
    /// Finite floats keep their shortest round-trip text: `9.0` stays `9.0`.
    fn try_from(v: f64) -> Result<Number, NumberError> {
        Number::from_f64(v).ok_or(NumberError::NotFinite)
    }
}

impl TryFrom<f32> for Number {
    type Error = NumberError;
    fn try_from(v: f32) -> Result<Number, NumberError> {
        Number::from_f32(v).ok_or(NumberError::NotFinite)
    }
}

#[cfg(test)]
mod tests;
