//! Dates and date-times into [`Value`], as Python's `isoformat()` writes them.
//!
//! `2024-01-02`; `2024-01-02T03:04:05` with `.ffffff` only when there are
//! microseconds, and `+00:00` style offsets for aware values. Python stops at
//! microseconds; a value with nanoseconds that are not whole microseconds
//! writes all nine digits rather than lose them.

use crate::{IntoValue, Value};
use std::fmt::Write;

fn push_fraction(out: &mut String, nanos: u32) {
    if nanos == 0 {
        return;
    }
    if nanos % 1000 == 0 {
        let _ = write!(out, ".{:06}", nanos / 1000);
    } else {
        let _ = write!(out, ".{nanos:09}");
    }
}

fn push_offset(out: &mut String, seconds: i32) {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let _ = write!(out, "{sign}{:02}:{:02}", s / 3600, (s / 60) % 60);
    if s % 60 != 0 {
        let _ = write!(out, ":{:02}", s % 60);
    }
}

fn push_date(out: &mut String, year: i32, month: u32, day: u32) {
    if (0..=9999).contains(&year) {
        let _ = write!(out, "{year:04}-{month:02}-{day:02}");
    } else {
        let _ = write!(out, "{year:+05}-{month:02}-{day:02}");
    }
}

macro_rules! via_into_value {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(v: $t) -> Value {
                v.into_value()
            }
        }
    )*};
}

#[cfg(feature = "chrono")]
mod with_chrono {
    use super::*;
    use chrono::{Datelike, Timelike};

    impl IntoValue for chrono::NaiveDate {
        /// `2024-01-02`
        fn into_value(self) -> Value {
            let mut s = String::new();
            push_date(&mut s, self.year(), self.month(), self.day());
            Value::Str(s)
        }
    }

    impl IntoValue for chrono::NaiveDateTime {
        /// `2024-01-02T03:04:05.123456`
        fn into_value(self) -> Value {
            let mut s = String::new();
            push_date(&mut s, self.year(), self.month(), self.day());
            let _ = write!(
                s,
                "T{:02}:{:02}:{:02}",
                self.hour(),
                self.minute(),
                self.second()
            );
            push_fraction(&mut s, self.nanosecond());
            Value::Str(s)
        }
    }

    impl<Tz: chrono::TimeZone> IntoValue for chrono::DateTime<Tz> {
        /// `2024-01-02T03:04:05.123456+00:00`
        fn into_value(self) -> Value {
            use chrono::Offset;
            let offset = self.offset().fix().local_minus_utc();
            let Value::Str(mut s) = self.naive_local().into_value() else {
                return Value::Null;
            };
            push_offset(&mut s, offset);
            Value::Str(s)
        }
    }

    via_into_value!(chrono::NaiveDate, chrono::NaiveDateTime);

    impl<Tz: chrono::TimeZone> From<chrono::DateTime<Tz>> for Value {
        fn from(v: chrono::DateTime<Tz>) -> Value {
            v.into_value()
        }
    }
}

#[cfg(feature = "time")]
mod with_time {
    use super::*;

    impl IntoValue for time::Date {
        /// `2024-01-02`
        fn into_value(self) -> Value {
            let mut s = String::new();
            push_date(
                &mut s,
                self.year(),
                u32::from(u8::from(self.month())),
                u32::from(self.day()),
            );
            Value::Str(s)
        }
    }

    impl IntoValue for time::PrimitiveDateTime {
        /// `2024-01-02T03:04:05.123456`
        fn into_value(self) -> Value {
            let Value::Str(mut s) = self.date().into_value() else {
                return Value::Null;
            };
            let _ = write!(
                s,
                "T{:02}:{:02}:{:02}",
                self.hour(),
                self.minute(),
                self.second()
            );
            push_fraction(&mut s, self.nanosecond());
            Value::Str(s)
        }
    }

    impl IntoValue for time::OffsetDateTime {
        /// `2024-01-02T03:04:05.123456+00:00`
        fn into_value(self) -> Value {
            let Value::Str(mut s) =
                time::PrimitiveDateTime::new(self.date(), self.time()).into_value()
            else {
                return Value::Null;
            };
            push_offset(&mut s, self.offset().whole_seconds());
            Value::Str(s)
        }
    }

    via_into_value!(time::Date, time::PrimitiveDateTime, time::OffsetDateTime);
}
