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
