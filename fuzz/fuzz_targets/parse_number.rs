//! Number parsing: a literal that parses is kept exactly; conversions and
//! comparisons never panic and agree with each other.
#![no_main]
use libfuzzer_sys::fuzz_target;
use open_model::Number;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (left, right) = text.split_at(text.find('|').unwrap_or(text.len()));
    let right = right.strip_prefix('|').unwrap_or(right);
    let Ok(a) = left.parse::<Number>() else { return };
    assert_eq!(a.to_string(), left, "literal kept");
    assert_eq!(a, a.clone());
    if let Some(i) = a.as_i64() {
        assert_eq!(a, Number::from(i), "as_i64 is exact");
        assert!(a.is_integer());
    }
    if let Some(f) = a.as_f64() {
        assert!(f.is_finite());
    }
    if let Ok(b) = right.parse::<Number>() {
        // Order is a total order consistent with equality.
        assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        assert_eq!(a == b, a.cmp(&b).is_eq());
        if let (Some(x), Some(y)) = (a.as_i128(), b.as_i128()) {
            assert_eq!(a.cmp(&b), x.cmp(&y));
        }
    }
});
