//! The checks of every validation keyword (`format` on a field, `minimum`,
//! `maxLength`, `pattern`, `minItems`, `uniqueItems`, `not`, `enum`, the
//! property count) and the traits that say which field types each applies
//! to. Generated code reaches them through `__private` only.

use crate::error::ErrorKind;
use crate::format::{check_number, check_str, Format};
use crate::Number;

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
                    other => Err(ErrorKind::Constraint(other.message().into())),
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
            (_, other) => Err(ErrorKind::Constraint(other.message().into())),
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
            None => Err(ErrorKind::Constraint(format.message().into())),
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
        (Some(n), Some(m)) if n < m => Err(ErrorKind::Constraint(
            format!("must be a value greater than or equal to {min}").into(),
        )),
        _ => Ok(()),
    }
}

/// `maximum`: the value is at most `max` (inclusive).
pub fn check_maximum<T: Bounded + ?Sized>(v: &T, max: &str) -> Result<(), ErrorKind> {
    match (v.bounded_value(), literal(max)) {
        (Some(n), Some(m)) if n > m => Err(ErrorKind::Constraint(
            format!("must be a value less than or equal to {max}").into(),
        )),
        _ => Ok(()),
    }
}

/// `minLength`, in Unicode code points.
pub fn check_min_length<T: HasLength + ?Sized>(v: &T, min: usize) -> Result<(), ErrorKind> {
    match v.code_points() {
        Some(n) if n < min => Err(ErrorKind::Constraint(
            format!("length must be greater than or equal to {min}").into(),
        )),
        _ => Ok(()),
    }
}

/// `minimum` with `exclusiveMinimum: true`: the value is above `min`.
pub fn check_exclusive_minimum<T: Bounded + ?Sized>(v: &T, min: &str) -> Result<(), ErrorKind> {
    match (v.bounded_value(), literal(min)) {
        (Some(n), Some(m)) if n <= m => Err(ErrorKind::Constraint(
            format!("must be a value greater than {min}").into(),
        )),
        _ => Ok(()),
    }
}

/// `maximum` with `exclusiveMaximum: true`: the value is below `max`.
pub fn check_exclusive_maximum<T: Bounded + ?Sized>(v: &T, max: &str) -> Result<(), ErrorKind> {
    match (v.bounded_value(), literal(max)) {
        (Some(n), Some(m)) if n >= m => Err(ErrorKind::Constraint(
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
        Some(n) if n > max => Err(ErrorKind::Constraint(
            format!("length must be less than or equal to {max}").into(),
        )),
        _ => Ok(()),
    }
}

/// `multipleOf`, decided exactly on the decimal digits.
pub fn check_multiple_of<T: Bounded + ?Sized>(v: &T, divisor: &str) -> Result<(), ErrorKind> {
    match (v.bounded_value(), literal(divisor)) {
        (Some(n), Some(d)) if n.is_multiple_of(&d) == Some(false) => Err(ErrorKind::Constraint(
            format!("value must be a multiple of {divisor}").into(),
        )),
        _ => Ok(()),
    }
}

/// A field type that the array keywords apply to: `minItems`, `maxItems`,
/// `uniqueItems`, `prefixItems`, `contains`.
#[diagnostic::on_unimplemented(
    message = "the array keywords (item counts, `unique_items`, `prefix_items`, `contains`) need an array field, not `{Self}`",
    label = "this type is not an array"
)]
pub trait HasItems {
    /// How many items, when there is a value.
    fn item_count(&self) -> Option<usize>;
    /// True when no two items are equal as JSON values (`1` equals `1.0`,
    /// objects equal whatever their key order); `None` when there is no value.
    fn items_unique(&self) -> Option<bool>;
    /// The items as values, when there is a value.
    fn item_values(&self) -> Option<Vec<crate::Value>>;
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
    fn item_values(&self) -> Option<Vec<crate::Value>> {
        Some(self.iter().map(crate::Encode::__to_value).collect())
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
            fn item_values(&self) -> Option<Vec<crate::Value>> {
                through(self).and_then(HasItems::item_values)
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
    fn item_values(&self) -> Option<Vec<crate::Value>> {
        self.as_list().cloned()
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
        Some(n) if n < min => Err(ErrorKind::Constraint(
            format!("number of items must be greater than or equal to {min}").into(),
        )),
        _ => Ok(()),
    }
}

/// `maxItems`.
pub fn check_max_items<T: HasItems + ?Sized>(v: &T, max: usize) -> Result<(), ErrorKind> {
    match v.item_count() {
        Some(n) if n > max => Err(ErrorKind::Constraint(
            format!("number of items must be less than or equal to {max}").into(),
        )),
        _ => Ok(()),
    }
}

/// `uniqueItems: true`.
pub fn check_unique_items<T: HasItems + ?Sized>(v: &T) -> Result<(), ErrorKind> {
    match v.items_unique() {
        Some(false) => Err(ErrorKind::Constraint("items must be unique".into())),
        _ => Ok(()),
    }
}

/// `contains` with `minContains` and `maxContains` (JSON Schema 2020-12):
/// the items that are a valid `name` (decoded by `check`, with every check
/// of it) number at least `min` and, when given, at most `max`.
pub fn check_contains<T: HasItems + ?Sized>(
    v: &T,
    check: ItemCheck,
    name: &str,
    min: usize,
    max: Option<usize>,
) -> Result<(), ErrorKind> {
    let Some(items) = v.item_values() else {
        return Ok(());
    };
    let found = items
        .into_iter()
        .map(|item| {
            let mut ctx = crate::error::Ctx::new(crate::DEFAULT_MAX_DEPTH);
            check(item, &mut ctx) && ctx.is_ok()
        })
        .filter(|&valid| valid)
        .count();
    let items = |n: usize| if n == 1 { "item" } else { "items" };
    if found < min {
        return Err(ErrorKind::Constraint(
            format!(
                "must contain at least {min} {} valid as `{name}` (found {found})",
                items(min)
            )
            .into(),
        ));
    }
    match max {
        Some(max) if found > max => Err(ErrorKind::Constraint(
            format!(
                "must contain at most {max} {} valid as `{name}` (found {found})",
                items(max)
            )
            .into(),
        )),
        _ => Ok(()),
    }
}

/// One item's check in `prefix_items`: decodes the item as a type, with
/// every check of it, recording its errors; true when it is one.
pub type ItemCheck = fn(crate::Value, &mut crate::error::Ctx) -> bool;

/// Runs `check` with a context of its own: `Ok` when it holds and recorded
/// no error, else `Err` with the first error as `": <error>"` (empty when
/// there is none), for a message that says why a value is not a type.
pub(crate) fn trial(check: impl FnOnce(&mut crate::error::Ctx) -> bool) -> Result<(), String> {
    let mut ctx = crate::error::Ctx::new(crate::DEFAULT_MAX_DEPTH);
    if check(&mut ctx) && ctx.is_ok() {
        return Ok(());
    }
    let report = ctx.into_report(None);
    Err(report
        .errors()
        .first()
        .map_or_else(String::new, |e| format!(": {e}")))
}

/// One schema of `if_schema` / `then_schema` / `else_schema`: the check
/// of a type (as [`ItemCheck`]), and its name for messages.
pub type Branch = (ItemCheck, &'static str);

/// `if`, `then`, `else` (JSON Schema 2020-12): a value that is a valid
/// `when` (decoded as it, with every check of it) must be a valid `then`,
/// and one that is not a valid `otherwise`, each when given. An absent
/// value is not checked.
pub fn check_if_then_else<T: crate::Encode + ?Sized>(
    v: &T,
    when: Branch,
    then: Option<Branch>,
    otherwise: Option<Branch>,
) -> Result<(), ErrorKind> {
    if v.__is_absent() {
        return Ok(());
    }
    let value = v.__to_value();
    let holds = trial(|ctx| (when.0)(value.clone(), ctx)).is_ok();
    let (branch, word, verdict) = if holds {
        (then, "then", "valid")
    } else {
        (otherwise, "else", "not valid")
    };
    let Some((check, name)) = branch else {
        return Ok(());
    };
    trial(|ctx| check(value, ctx)).map_err(|why| {
        ErrorKind::Constraint(
            format!(
                "must be valid against the `{word}` schema ({name}), as it is {verdict} against the `if` schema ({}){why}",
                when.1
            )
            .into(),
        )
    })
}

/// What `additional_items` allows past the prefix.
#[derive(Clone, Copy)]
pub enum RestItems {
    /// Any items (no `additional_items`).
    Any,
    /// None: at most as many items as the prefix has (`additional_items = false`).
    Forbidden,
    /// Each of a type (`additional_items = T`).
    Each(ItemCheck),
}

/// `prefixItems` (JSON Schema 2020-12; draft 4's list `items`): item `i`,
/// when there is one, is a valid `prefix[i]`; items past the prefix are as
/// `rest` says. An array shorter than the prefix is fine, as JSON Schema
/// says. The first failing item is the error, with its index.
pub fn check_prefix_items<T: HasItems + ?Sized>(
    v: &T,
    prefix: &[ItemCheck],
    rest: RestItems,
) -> Result<(), ErrorKind> {
    let Some(items) = v.item_values() else {
        return Ok(());
    };
    for (i, item) in items.into_iter().enumerate() {
        let check = match (prefix.get(i), rest) {
            (Some(check), _) => *check,
            (None, RestItems::Any) => return Ok(()),
            (None, RestItems::Forbidden) => {
                return Err(ErrorKind::Constraint(
                    format!("must have at most {} items", prefix.len()).into(),
                ))
            }
            (None, RestItems::Each(check)) => check,
        };
        if let Err(why) = trial(|ctx| check(item, ctx)) {
            return Err(ErrorKind::Constraint(
                format!("item {i} is not valid{why}").into(),
            ));
        }
    }
    Ok(())
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
            // `regex` 1.13's `is_match` can miss a match that `find`
            // reports when an alternative could match empty inside a
            // code point (`\s|(?-u:\B)` on "a\u{a0}a", the translation of
            // ECMA-262's `\s|\B`): a value `is_match` refuses is asked
            // again, so a valid value is never refused.
            Pattern::Linear(re) => Ok(re.is_match(s) || re.find(s).is_some()),
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
        Some(Ok(false)) => Err(ErrorKind::Constraint(
            format!("must match regular expression {pattern}").into(),
        )),
        Some(Err(why)) => Err(ErrorKind::Constraint(
            format!("could not be checked against the pattern {pattern}: {why}").into(),
        )),
        None => Err(ErrorKind::Constraint(
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
    let mut ctx = crate::error::Ctx::new(crate::DEFAULT_MAX_DEPTH);
    let decoded = S::__field_from_value(v.__to_value(), &mut ctx);
    if decoded.is_some() && ctx.is_ok() {
        let name = std::any::type_name::<S>();
        if name == std::any::type_name::<crate::Value>() {
            // `not: {}`: every value is refused, this one for being there.
            return Err(ErrorKind::Constraint(
                "no value is allowed here: the schema admits none (`not: {}`)".into(),
            ));
        }
        let short = name.rsplit("::").next().unwrap_or(name);
        Err(ErrorKind::Constraint(
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
        Err(ErrorKind::Constraint(
            format!("must be one of {text}").into(),
        ))
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
        (Some(m), _) if count < m => Err(ErrorKind::Constraint(
            format!("number of properties must be greater than or equal to {m}").into(),
        )),
        (_, Some(m)) if count > m => Err(ErrorKind::Constraint(
            format!("number of properties must be less than or equal to {m}").into(),
        )),
        _ => Ok(()),
    }
}
