//! The tests of exact numbers: literals kept, compared and checked.

use super::*;

fn n(s: &str) -> Number {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

#[test]
fn literals_are_kept() {
    for s in [
        "0",
        "-0",
        "-0.0",
        "9",
        "9.0",
        "0.1",
        "1e300",
        "1E22",
        "3.4028234663852886e38",
        "123456789012345678901234567890",
        "0.000123456789012345678901234567890",
        "-9223372036854775808",
        "9223372036854775808",
    ] {
        assert_eq!(n(s).to_string(), s);
    }
}

#[test]
fn checked_literals_are_stored_as_literals_are_parsed() {
    // The builder's constructor (text the reader validated) stores what
    // `from_literal` stores: the same representation, not only an equal
    // value.
    for s in [
        "0",
        "-0",
        "-0.0",
        "7",
        "-7",
        "123456789012345678",
        "1234567890123456789",
        "-9223372036854775808",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775809",
        "0.5",
        "1e5",
        "-1.25E-3",
        "123456789012345678901234567890",
    ] {
        let parsed = Number::from_literal(s).expect("valid");
        let checked = Number::from_checked_literal(s);
        assert_eq!(checked.to_string(), s);
        assert_eq!(
            matches!(checked.repr, Repr::Int(_)),
            matches!(parsed.repr, Repr::Int(_)),
            "{s}"
        );
        assert_eq!(checked, parsed, "{s}");
    }
}

#[test]
fn grammar_is_strict() {
    for s in [
        "", "-", "01", "1.", ".1", "+1", "1e", "1e+", "0x1", "1 ", " 1", "NaN", "--1", "1.e1",
    ] {
        assert_eq!(Number::from_literal(s), Err(NumberError::Syntax), "{s:?}");
    }
}

#[test]
fn equality_and_order_are_exact() {
    assert_eq!(n("9"), n("9.0"));
    assert_eq!(n("0.1"), n("1e-1"));
    assert_eq!(n("-0.0"), n("0"));
    assert_eq!(n("100"), n("1e2"));
    assert!(n("0.1") < n("0.1000000000000000055511151231257827"));
    assert!(n("-1") < n("-0.5"));
    assert!(n("1e300") > n("123456789012345678901234567890"));
    assert!(n("-1e300") < n("-123456789012345678901234567890"));
    assert!(n("1e999999999") > n("1e999999998"));
    assert!(n("1e-999999999") > n("0"));
    assert!(n("9223372036854775808") > n("9223372036854775807"));
}

#[test]
fn conversions_are_exact_or_none() {
    assert_eq!(n("9223372036854775807").as_i64(), Some(i64::MAX));
    assert_eq!(n("9223372036854775808").as_i64(), None);
    assert_eq!(n("9223372036854775808").as_u64(), Some(1 << 63));
    assert_eq!(n("-1").as_u64(), None);
    assert_eq!(n("1.5").as_i64(), None);
    assert_eq!(n("1e40").as_i128(), None);
    assert_eq!(n("1e20").as_i128(), Some(100_000_000_000_000_000_000));
    assert_eq!(n("1700000000.123456").as_f64(), Some(1_700_000_000.123_456));
    assert_eq!(n("1e-999").as_f64(), Some(0.0));
    assert_eq!(n("1e999999999").as_f64(), None);
}

#[test]
fn floats_keep_their_shortest_text() {
    assert_eq!(
        Number::try_from(9.0f64).map(|v| v.to_string()),
        Ok("9.0".into())
    );
    assert_eq!(
        Number::try_from(0.1f64).map(|v| v.to_string()),
        Ok("0.1".into())
    );
    assert_eq!(Number::try_from(f64::NAN), Err(NumberError::NotFinite));
}

#[test]
fn hash_follows_equality() {
    use std::collections::hash_map::DefaultHasher;
    let h = |v: &Number| {
        let mut s = DefaultHasher::new();
        v.hash(&mut s);
        s.finish()
    };
    assert_eq!(h(&n("9")), h(&n("9.0")));
    assert_eq!(h(&n("0")), h(&n("-0.0")));
    assert_eq!(h(&n("1e2")), h(&n("100")));
}

#[test]
fn hostile_literals_are_fast() {
    let digits = "7".repeat(100_000);
    let a = n(&digits);
    let b = n(&format!("{digits}.0"));
    assert_eq!(a, b);
    assert_eq!(a.as_i64(), None);
    assert!(n("1e999999999") > a);
}

#[test]
fn an_evident_magnitude_is_a_true_one() {
    for (text, k, evident) in [
        ("0", 1, true),
        ("0.5", 0, false),
        ("9", 1, true),
        ("10", 1, false),
        ("99.99e-1", 1, true),
        ("123.45e2", 5, true),
        ("123.45e2", 4, false),
        ("9.99e37", 38, true),
        ("1e38", 38, false),
        ("-3.5e38", 38, false),
        ("1e-400", -399, true),
    ] {
        assert_eq!(n(text).evidently_below_pow10(k), evident, "{text} < 10^{k}");
    }
    // An i64 is below 10^19, and its own digits tell the rest.
    assert!(Number::from(i64::MIN).evidently_below_pow10(19));
    assert!(!Number::from(i64::MIN).evidently_below_pow10(18));
    assert!(Number::from(-5_i64).evidently_below_pow10(1));
    assert!(!Number::from(10_i64).evidently_below_pow10(1));
    assert!(!Number::from(0_i64).evidently_below_pow10(-1));
    // What is claimed is true: each evident bound holds exactly.
    for text in ["9.99e37", "-9.99e37", "123.45e2", "0.000001", "99999"] {
        let v = n(text);
        for k in -8..40_i64 {
            if v.evidently_below_pow10(k) {
                let bound = n(&format!("1e{k}"));
                let neg = n(&format!("-1e{k}"));
                assert!(v < bound && v > neg, "{text} < 10^{k}");
            }
        }
    }
}
