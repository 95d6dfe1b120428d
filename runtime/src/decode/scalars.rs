//! Scalars: one conversion from `Raw`, shared by the JSON and serde paths.

use super::*;

// ---------------------------------------------------------------------------
// Scalars: one conversion from `Raw`, shared by the JSON and serde paths.

pub(crate) trait Scalar: Sized + Decode {
    const EXPECTED: &'static str;
    /// Can hold a number no serde primitive holds exactly: read through
    /// serde_json's raw text (see `serde_exact`).
    const EXACT: bool = false;
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind>;
    /// `from_raw`'s verdict without the value.
    #[inline]
    fn check_raw(raw: Raw<'_>) -> Result<(), ErrorKind> {
        Self::from_raw(raw).map(drop)
    }
    /// `from_raw`, then `check` on the value; `scratch` is a buffer a type
    /// may build its value in rather than allocate.
    #[inline]
    fn check_raw_then(
        raw: Raw<'_>,
        _scratch: &mut String,
        check: fn(&Self) -> Result<(), ErrorKind>,
    ) -> Result<(), ErrorKind> {
        check(&Self::from_raw(raw)?)
    }
}

fn decode_scalar_json<T: Scalar>(r: &mut JsonReader<'_>, peek: Peek) -> Step<T> {
    read_scalar_json(r, peek, T::EXPECTED, T::from_raw)
}

/// `decode_scalar_json` without keeping the value (a string not copied).
/// `decode_scalar_json`, then `check`, keeping nothing (see
/// [`Scalar::check_raw_then`]).
fn check_scalar_json_then<T: Scalar>(
    r: &mut JsonReader<'_>,
    peek: Peek,
    check: fn(&T) -> Result<(), ErrorKind>,
) -> Result<bool, Fatal> {
    let mut scratch = std::mem::take(&mut r.bufs.get().scratch);
    let out = read_scalar_json(r, peek, T::EXPECTED, |raw| {
        T::check_raw_then(raw, &mut scratch, check)
    });
    r.bufs.get().scratch = scratch;
    Ok(out?.is_some())
}

fn check_scalar_json<T: Scalar>(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
    Ok(read_scalar_json(r, peek, T::EXPECTED, T::check_raw)?.is_some())
}

/// Reads one scalar and turns it into `T` with `convert`; its error is
/// recorded where the value starts.
#[inline]
fn read_scalar_json<T>(
    r: &mut JsonReader<'_>,
    peek: Peek,
    expected: &'static str,
    convert: impl FnOnce(Raw<'_>) -> Result<T, ErrorKind>,
) -> Step<T> {
    let at = r.index();
    match peek {
        Peek::Array | Peek::Object => {
            r.mismatch(peek, expected)?;
            Ok(None)
        }
        _ => {
            let raw = r.read_raw(peek)?;
            if let Raw::Failed = raw {
                return Ok(None);
            }
            match convert(raw) {
                Ok(v) => Ok(Some(v)),
                Err(kind) => {
                    r.error_at(kind, at);
                    Ok(None)
                }
            }
        }
    }
}

struct ScalarVisitor<'c, T> {
    ctx: &'c mut Ctx,
    _t: PhantomData<fn() -> T>,
}

impl<T: Scalar> ScalarVisitor<'_, T> {
    fn take<E>(self, raw: Raw<'_>) -> Result<Option<T>, E> {
        match T::from_raw(raw) {
            Ok(v) => Ok(Some(v)),
            Err(kind) => {
                self.ctx.error(kind);
                Ok(None)
            }
        }
    }
}

impl<'de, T: Scalar> Visitor<'de> for ScalarVisitor<'_, T> {
    type Value = Option<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTED)
    }
    visit_raw!(take);
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        T::__decode_serde_scalar(d, self.ctx)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        self.take(Raw::List)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        if let Some(n) = number_from_magic_map(&mut map)? {
            return self.take(n);
        }
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        self.take(Raw::Dict)
    }
}

trait ScalarSerde: Scalar {
    fn __decode_serde_scalar<'de, D: Deserializer<'de>>(
        d: D,
        ctx: &mut Ctx,
    ) -> Result<Option<Self>, D::Error> {
        if Self::EXACT {
            return crate::serde_exact::decode_exact(d, ctx, |ctx| ScalarVisitor::<Self> {
                ctx,
                _t: PhantomData,
            });
        }
        d.deserialize_any(ScalarVisitor::<Self> {
            ctx,
            _t: PhantomData,
        })
    }
}

impl<T: Scalar> ScalarSerde for T {}

/// The field name of the one-entry map that carries a number no serde
/// primitive can hold exactly (see [`crate::Number`]'s `Serialize`).
pub(crate) const NUMBER_TOKEN: &str = "$open_model::private::Number";
const SERDE_JSON_NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// True for the key of the one-entry map an exact number travels as (ours,
/// and serde_json's arbitrary-precision form): a visitor of objects that
/// meets it as the first key has been given a number, not an object.
pub(crate) fn is_number_token(key: &str) -> bool {
    key == NUMBER_TOKEN || key == SERDE_JSON_NUMBER_TOKEN
}

/// Reads the exact-number map form, when the map is one.
pub(super) fn number_from_magic_map<'de, A: MapAccess<'de>>(
    map: &mut A,
) -> Result<Option<Raw<'static>>, A::Error> {
    // Peeking a key consumes it, so only maps whose first key is the token are
    // numbers; any other map is drained by the caller after this reads its
    // first key as the start of the drain.
    let Some(key) = map.next_key::<KeyCow<'_>>()? else {
        return Ok(None);
    };
    if is_number_token(&key.0) {
        let text: String = map.next_value()?;
        return match Number::from_literal(&text) {
            Ok(n) => {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Some(Raw::Num(n)))
            }
            Err(e) => Err(de::Error::custom(e)),
        };
    }
    map.next_value::<IgnoredAny>()?;
    Ok(None)
}

macro_rules! decode_scalar {
    ($($t:ty),*) => {$(
        impl Decode for $t {
            #[inline]
            fn __decode_json(r: &mut JsonReader<'_>, peek: Peek) -> Step<Self> {
                decode_scalar_json::<$t>(r, peek)
            }
            #[inline]
            fn __check_json(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
                check_scalar_json::<$t>(r, peek)
            }
            #[inline]
            fn __check_json_then(
                r: &mut JsonReader<'_>,
                peek: Peek,
                check: fn(&Self) -> Result<(), ErrorKind>,
            ) -> Result<bool, Fatal> {
                check_scalar_json_then::<$t>(r, peek, check)
            }
            fn __decode_serde<'de, D: Deserializer<'de>>(d: D, ctx: &mut Ctx) -> Result<Option<Self>, D::Error> {
                <$t as ScalarSerde>::__decode_serde_scalar(d, ctx)
            }
        }
    )*};
}

impl Scalar for String {
    const EXPECTED: &'static str = "a string";
    #[inline]
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Str(s) => Ok(s.into_owned()),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
    #[inline]
    fn check_raw(raw: Raw<'_>) -> Result<(), ErrorKind> {
        match raw {
            Raw::Str(_) => Ok(()),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
    /// The string is copied into the reused buffer, not allocated.
    #[inline]
    fn check_raw_then(
        raw: Raw<'_>,
        scratch: &mut String,
        check: fn(&Self) -> Result<(), ErrorKind>,
    ) -> Result<(), ErrorKind> {
        match raw {
            Raw::Str(s) => {
                scratch.clear();
                scratch.push_str(&s);
                check(scratch)
            }
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

impl Scalar for bool {
    const EXPECTED: &'static str = "a boolean";
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Bool(b) => Ok(b),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

impl Scalar for Number {
    const EXPECTED: &'static str = "a number";
    const EXACT: bool = true;
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Num(n) => Ok(n),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

impl Scalar for crate::Integer {
    const EXPECTED: &'static str = "an integer";
    const EXACT: bool = true;
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Num(n) => crate::Integer::new(n)
                .ok_or(ErrorKind::Constraint("value must be an integer".into())),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

macro_rules! scalar_int {
    ($($t:ty => $bits:literal),*) => {$(
        impl Scalar for $t {
            const EXPECTED: &'static str = "an integer";
            #[inline]
            fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
                match raw {
                    Raw::Num(n) => {
                        if !n.is_integer_literal() {
                            return Err(ErrorKind::Constraint("value must be an integer".into()));
                        }
                        n.as_i128()
                            .and_then(|v| <$t>::try_from(v).ok())
                            .ok_or(ErrorKind::Constraint($bits.into()))
                    }
                    other => Err(other.mismatch(Self::EXPECTED)),
                }
            }
        }
    )*};
}
scalar_int!(
    i8 => "value must be an 8 bit integer",
    i16 => "value must be a 16 bit integer",
    i32 => "value must be a 32 bit integer",
    i64 => "value must be a 64 bit integer",
    u8 => "value must be an unsigned 8 bit integer",
    u16 => "value must be an unsigned 16 bit integer",
    u32 => "value must be an unsigned 32 bit integer",
    u64 => "value must be an unsigned 64 bit integer"
);

impl Scalar for f64 {
    const EXPECTED: &'static str = "a number";
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Num(n) => n
                .as_f64()
                .ok_or(ErrorKind::Constraint("value must be a 64 bit float".into())),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

impl Scalar for f32 {
    const EXPECTED: &'static str = "a number";
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Num(n) => {
                if crate::format::check_number(&n, crate::Format::Float).is_err() {
                    return Err(ErrorKind::Constraint("value must be a 32 bit float".into()));
                }
                // In range, so the narrowing is a rounding, not an overflow.
                Ok(n.as_f64().unwrap_or_default() as f32)
            }
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

impl Scalar for uuid::Uuid {
    const EXPECTED: &'static str = "a string";
    fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
        match raw {
            Raw::Str(s) => crate::format::parse_uuid_in_force(&s)
                .map_err(|_| ErrorKind::Constraint("value must be a uuid".into())),
            other => Err(other.mismatch(Self::EXPECTED)),
        }
    }
}

/// `std::net` addresses: a string in the standard textual form, as the
/// `ipv4` and `ipv6` formats check it.
macro_rules! scalar_ip {
    ($($t:ty => $what:literal),*) => {$(
        impl Scalar for $t {
            const EXPECTED: &'static str = "a string";
            fn from_raw(raw: Raw<'_>) -> Result<Self, ErrorKind> {
                match raw {
                    Raw::Str(s) => s
                        .parse()
                        .map_err(|_| ErrorKind::Constraint(concat!("value must be ", $what).into())),
                    other => Err(other.mismatch(Self::EXPECTED)),
                }
            }
        }
    )*};
}
scalar_ip!(
    std::net::IpAddr => "an IPv4 or IPv6 address",
    std::net::Ipv4Addr => "an IPv4 address",
    std::net::Ipv6Addr => "an IPv6 address"
);

decode_scalar!(
    String,
    bool,
    Number,
    crate::Integer,
    i8,
    i16,
    i32,
    i64,
    u8,
    u16,
    u32,
    u64,
    f64,
    f32,
    uuid::Uuid,
    std::net::IpAddr,
    std::net::Ipv4Addr,
    std::net::Ipv6Addr
);
