//! Rules of validation keywords that both the macro (on the options users
//! write) and the generator (on the schemas it reads) apply, so generated
//! source never fails to compile where the generator could have said why.

/// Why `literal` (a JSON or Rust number literal) cannot be a `multipleOf`
/// divisor, or `None` when it can. JSON Schema wants a number greater than
/// 0, and the runtime decides multiples exactly on up to 18 significant
/// digits of the divisor.
///
/// ```
/// use open_model_internals::keywords::multiple_of_problem;
/// assert_eq!(multiple_of_problem("0.01"), None);
/// assert_eq!(multiple_of_problem("0.0"), Some("must not be zero"));
/// assert_eq!(multiple_of_problem("-2"), Some("must be greater than 0"));
/// assert!(multiple_of_problem("1.0000000000000000001").is_some());
/// ```
pub fn multiple_of_problem(literal: &str) -> Option<&'static str> {
    let mantissa = literal.split(['e', 'E']).next().unwrap_or("");
    let digits = mantissa.trim_start_matches(['-', '+']).replace('.', "");
    let significant = digits.trim_start_matches('0').trim_end_matches('0');
    if significant.is_empty() {
        Some("must not be zero")
    } else if literal.starts_with('-') {
        Some("must be greater than 0")
    } else if significant.len() > 18 {
        Some("supports divisors of up to 18 significant digits")
    } else {
        None
    }
}

/// The `multipleOf` that means both `a` and `b` (JSON number literals each
/// with no [`multiple_of_problem`]): their least common multiple, exact on
/// decimals (a value is a multiple of both exactly when it is a multiple of
/// it), written as a JSON number literal. `Err` with why when it has more
/// significant digits than the runtime decides multiples on.
///
/// ```
/// use open_model_internals::keywords::multiple_of_both;
/// assert_eq!(multiple_of_both("4", "6").as_deref(), Ok("12"));
/// assert_eq!(multiple_of_both("0.5", "0.3").as_deref(), Ok("1.5"));
/// assert_eq!(multiple_of_both("0.01", "5").as_deref(), Ok("5"));
/// assert_eq!(multiple_of_both("2e3", "3").as_deref(), Ok("6000"));
/// assert_eq!(multiple_of_both("1e-30", "0.25").as_deref(), Ok("0.25"));
/// assert!(multiple_of_both("999999999999999989", "999999999999999967").is_err());
/// ```
pub fn multiple_of_both(a: &str, b: &str) -> Result<String, &'static str> {
    const TOO_LONG: &str =
        "their least common multiple has more than the 18 significant digits a divisor may have";
    let ((ma, sa), (mb, sb)) = match (decimal(a), decimal(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Err("must be a positive number of up to 18 significant digits"),
    };
    let scale = sa.max(sb);
    let widen = |m: u128, s: i64| {
        let by = u32::try_from(scale - s).ok()?;
        10u128.checked_pow(by)?.checked_mul(m)
    };
    let (Some(x), Some(y)) = (widen(ma, sa), widen(mb, sb)) else {
        return Err(TOO_LONG);
    };
    let mut lcm = (x / gcd(x, y)).checked_mul(y).ok_or(TOO_LONG)?;
    let mut scale = scale;
    while lcm % 10 == 0 {
        lcm /= 10;
        scale -= 1;
    }
    let digits = lcm.to_string();
    if digits.len() > 18 {
        return Err(TOO_LONG);
    }
    Ok(match usize::try_from(scale) {
        Ok(0) => digits,
        Ok(point) if point < digits.len() => {
            let (whole, fraction) = digits.split_at(digits.len() - point);
            format!("{whole}.{fraction}")
        }
        Ok(point) => format!("0.{}{digits}", "0".repeat(point - digits.len())),
        // A negative scale: trailing zeros, spelled out when few.
        Err(_) if scale >= -18 => format!("{digits}{}", "0".repeat(scale.unsigned_abs() as usize)),
        Err(_) => format!("{digits}e{}", scale.unsigned_abs()),
    })
}

/// A positive JSON number literal as its significant digits (no trailing
/// zero, at most 18) and the power of ten it is divided by.
fn decimal(literal: &str) -> Option<(u128, i64)> {
    let (mantissa, exponent) = match literal.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.trim_start_matches('+').parse::<i64>().ok()?),
        None => (literal, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{whole}{fraction}");
    if all.is_empty() || !all.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let kept = all.trim_start_matches('0');
    let significant = kept.trim_end_matches('0');
    if significant.is_empty() || significant.len() > 18 {
        return None;
    }
    let dropped = i64::try_from(kept.len() - significant.len()).ok()?;
    let scale = i64::try_from(fraction.len()).ok()? - exponent - dropped;
    Some((significant.parse().ok()?, scale))
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// The bound an exclusive keyword makes strict, in either spelling
/// (`exclusive_minimum` or `exclusiveMinimum` → `minimum`): OpenAPI 3.0's
/// boolean exclusive bounds mean nothing without it.
///
/// ```
/// use open_model_internals::keywords::bound_of;
/// assert_eq!(bound_of("exclusiveMaximum"), Some("maximum"));
/// assert_eq!(bound_of("exclusive_minimum"), Some("minimum"));
/// assert_eq!(bound_of("minimum"), None);
/// ```
pub fn bound_of(exclusive: &str) -> Option<&'static str> {
    match exclusive {
        "exclusive_minimum" | "exclusiveMinimum" => Some("minimum"),
        "exclusive_maximum" | "exclusiveMaximum" => Some("maximum"),
        _ => None,
    }
}
