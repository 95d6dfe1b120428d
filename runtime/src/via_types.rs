//! Field types from other crates, each behind a feature named after its
//! crate, made with [`FieldVia`](crate::FieldVia) like a user's own:
//! `chrono` and `time` dates and date-times (their format implied), `url`'s
//! `Url` (format `uri`), `bigdecimal`'s `BigDecimal` (any JSON number,
//! exactly).
//!
//! A date-time keeps its instant exactly: text the type cannot hold exactly
//! (more than nine fraction digits; a leap second where `time` would move
//! it) is refused, never rounded. Values are written back in RFC 3339.

#[cfg(any(feature = "chrono", feature = "time"))]
use crate::format::{check_str, Format};

/// The RFC 3339 check every date-time type applies first (the `date-time`
/// format's own), then what no type here can hold exactly.
#[cfg(any(feature = "chrono", feature = "time"))]
fn rfc3339_date_time(s: &str) -> Result<(), String> {
    check_str(s, Format::DateTime).map_err(|e| e.to_string())?;
    let fraction = s.find('.').map_or(0, |dot| {
        s[dot + 1..].bytes().take_while(u8::is_ascii_digit).count()
    });
    if fraction > 9 {
        return Err(
            "value must have at most nine fraction digits (nanoseconds) to be kept exactly".into(),
        );
    }
    Ok(())
}

/// `YYYY-MM-DD` as numbers, after the `date` format's own check.
#[cfg(any(feature = "chrono", feature = "time"))]
fn full_date(s: &str) -> Result<(i32, u8, u8), String> {
    check_str(s, Format::Date).map_err(|e| e.to_string())?;
    let part = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<i32>().ok());
    match (part(0..4), part(5..7), part(8..10)) {
        (Some(y), Some(m), Some(d)) => Ok((y, m as u8, d as u8)),
        _ => Err(Format::Date.message().into()),
    }
}

/// A date written as `YYYY-MM-DD`: only years 0 to 9999 have that form.
#[cfg(any(feature = "chrono", feature = "time"))]
fn date_writable(year: i32) -> Result<(), String> {
    if (0..=9999).contains(&year) {
        Ok(())
    } else {
        Err(format!(
            "year {year} has no RFC 3339 form (years 0000 to 9999)"
        ))
    }
}

#[cfg(feature = "chrono")]
mod with_chrono {
    use super::{date_writable, full_date, rfc3339_date_time};
    use crate::FieldVia;
    use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, SecondsFormat, Utc};

    fn parse(s: &str) -> Result<DateTime<FixedOffset>, String> {
        rfc3339_date_time(s)?;
        DateTime::parse_from_rfc3339(s)
            .map_err(|e| format!("value must be an RFC 3339 date-time ({e})"))
    }

    impl FieldVia for DateTime<Utc> {
        type Wire = String;
        const FORMAT: Option<&'static str> = Some("date-time");

        fn from_wire(wire: String) -> Result<Self, String> {
            parse(&wire).map(|t| t.with_timezone(&Utc))
        }

        fn to_wire(&self) -> String {
            self.to_rfc3339_opts(SecondsFormat::AutoSi, true)
        }

        fn writable(&self) -> Result<(), String> {
            date_writable(self.year())
        }
    }

    impl FieldVia for DateTime<FixedOffset> {
        type Wire = String;
        const FORMAT: Option<&'static str> = Some("date-time");

        fn from_wire(wire: String) -> Result<Self, String> {
            parse(&wire)
        }

        /// In its own offset; an offset of seconds (which RFC 3339 cannot
        /// write) as UTC, the same instant.
        fn to_wire(&self) -> String {
            if self.offset().local_minus_utc() % 60 == 0 {
                self.to_rfc3339_opts(SecondsFormat::AutoSi, false)
            } else {
                self.with_timezone(&Utc)
                    .to_rfc3339_opts(SecondsFormat::AutoSi, true)
            }
        }

        fn writable(&self) -> Result<(), String> {
            date_writable(self.year())?;
            date_writable(self.with_timezone(&Utc).year())
        }
    }

    impl FieldVia for NaiveDate {
        type Wire = String;
        const FORMAT: Option<&'static str> = Some("date");

        fn from_wire(wire: String) -> Result<Self, String> {
            let (y, m, d) = full_date(&wire)?;
            NaiveDate::from_ymd_opt(y, m.into(), d.into())
                .ok_or_else(|| crate::Format::Date.message().into())
        }

        fn to_wire(&self) -> String {
            self.format("%Y-%m-%d").to_string()
        }

        fn writable(&self) -> Result<(), String> {
            date_writable(self.year())
        }
    }

    crate::field_via!(DateTime<Utc>, DateTime<FixedOffset>, NaiveDate);
}

#[cfg(feature = "time")]
mod with_time {
    use super::{date_writable, full_date, rfc3339_date_time};
    use crate::FieldVia;
    use time::format_description::well_known::Rfc3339;
    use time::{Date, Month, OffsetDateTime, UtcOffset};

    impl FieldVia for OffsetDateTime {
        type Wire = String;
        const FORMAT: Option<&'static str> = Some("date-time");

        fn from_wire(wire: String) -> Result<Self, String> {
            rfc3339_date_time(&wire)?;
            // `time` holds no leap second: it would read `23:59:60` as
            // `23:59:59.999999999`, a change of data.
            if wire.get(17..19) == Some("60") {
                return Err("a leap second cannot be held by time::OffsetDateTime".into());
            }
            OffsetDateTime::parse(&wire, &Rfc3339)
                .map_err(|e| format!("value must be an RFC 3339 date-time ({e})"))
        }

        /// In its own offset; an offset of seconds (which RFC 3339 cannot
        /// write) as UTC, the same instant.
        fn to_wire(&self) -> String {
            let at = if self.offset().seconds_past_minute() == 0 {
                *self
            } else {
                self.to_offset(UtcOffset::UTC)
            };
            at.format(&Rfc3339).unwrap_or_default()
        }

        fn writable(&self) -> Result<(), String> {
            date_writable(self.year())?;
            date_writable(self.to_offset(UtcOffset::UTC).year())
        }
    }

    impl FieldVia for Date {
        type Wire = String;
        const FORMAT: Option<&'static str> = Some("date");

        fn from_wire(wire: String) -> Result<Self, String> {
            let (y, m, d) = full_date(&wire)?;
            Month::try_from(m)
                .and_then(|m| Date::from_calendar_date(y, m, d))
                .map_err(|_| crate::Format::Date.message().into())
        }

        fn to_wire(&self) -> String {
            format!(
                "{:04}-{:02}-{:02}",
                self.year(),
                u8::from(self.month()),
                self.day()
            )
        }

        fn writable(&self) -> Result<(), String> {
            date_writable(self.year())
        }
    }

    crate::field_via!(OffsetDateTime, Date);
}

#[cfg(feature = "url")]
mod with_url {
    use crate::format::{check_str, Format};
    use crate::FieldVia;

    /// `url::Url`: an absolute URI (the `uri` format's RFC 3986 check),
    /// then parsed and normalised by `url` (WHATWG): `HTTP://A.com` is
    /// written back as `http://a.com/`. For the text exactly as sent, use
    /// `String` with `format = "uri"`.
    impl FieldVia for url::Url {
        type Wire = String;
        const FORMAT: Option<&'static str> = Some("uri");

        fn from_wire(wire: String) -> Result<Self, String> {
            check_str(&wire, Format::Uri).map_err(|e| e.to_string())?;
            url::Url::parse(&wire).map_err(|e| format!("value must be a URL ({e})"))
        }

        fn to_wire(&self) -> String {
            self.as_str().to_owned()
        }
    }

    crate::field_via!(url::Url);
}

#[cfg(feature = "bigdecimal")]
mod with_bigdecimal {
    use crate::{FieldVia, Number};
    use bigdecimal::BigDecimal;
    use std::str::FromStr;

    /// `BigDecimal`: any JSON number, exactly (digits and scale), within
    /// the reader's exponent limit.
    impl FieldVia for BigDecimal {
        type Wire = Number;

        fn from_wire(wire: Number) -> Result<Self, String> {
            BigDecimal::from_str(&wire.to_string())
                .map_err(|e| format!("value must be a decimal number ({e})"))
        }

        /// Only a decimal whose exponent is beyond 10^18 has no literal;
        /// `writable` refuses it, so the writers never reach the zero.
        fn to_wire(&self) -> Number {
            Number::from_literal(&json_literal(self)).unwrap_or_else(|_| Number::from(0u8))
        }

        fn writable(&self) -> Result<(), String> {
            Number::from_literal(&json_literal(self))
                .map(drop)
                .map_err(|e| format!("{self} cannot be written as a JSON number ({e})"))
        }
    }

    /// The decimal as a JSON number literal: `BigDecimal`'s text, whose
    /// exponent form (`1E+400`) JSON also reads.
    fn json_literal(d: &BigDecimal) -> String {
        d.to_string()
    }

    crate::field_via!(BigDecimal);
}
