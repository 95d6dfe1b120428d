//! The `format` names: those the runtime checks, and how.
//!
//! `#[open_model(format = "...")]` takes only a name of this table: a format
//! the library does not check must never look like one it does. Any other
//! name (OpenAPI's formats are open: `password`, `binary`, `unix-time`, ...)
//! is carried as an annotation only, with `format_annotation = "..."`, and
//! the generator writes that form for every format not in this table.

/// Which values a checked format applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatKind {
    /// Strings (`String`, `uuid::Uuid`, `Value`'s strings, ...).
    String,
    /// Numbers (`Number`, integers, floats, `Value`'s numbers, ...).
    Number,
}

/// One checked format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckedFormat {
    /// The OpenAPI name (`date-time`).
    pub name: &'static str,
    /// What it applies to.
    pub kind: FormatKind,
    /// The runtime's `open_model::Format` variant that checks it (`DateTime`).
    pub variant: &'static str,
}

const fn string(name: &'static str, variant: &'static str) -> CheckedFormat {
    CheckedFormat {
        name,
        kind: FormatKind::String,
        variant,
    }
}

const fn number(name: &'static str, variant: &'static str) -> CheckedFormat {
    CheckedFormat {
        name,
        kind: FormatKind::Number,
        variant,
    }
}

/// Every format the runtime checks. The runtime's `Format::name` gives the
/// same names (a test holds them equal).
pub const CHECKED: &[CheckedFormat] = &[
    string("uuid", "Uuid"),
    string("date", "Date"),
    string("date-time", "DateTime"),
    string("email", "Email"),
    string("hostname", "Hostname"),
    string("ipv4", "Ipv4"),
    string("ipv6", "Ipv6"),
    string("uri", "Uri"),
    string("byte", "Byte"),
    number("int32", "Int32"),
    number("int64", "Int64"),
    number("float", "Float"),
    number("double", "Double"),
];

/// The checked format named `name`.
pub fn checked(name: &str) -> Option<&'static CheckedFormat> {
    CHECKED.iter().find(|f| f.name == name)
}

/// The names of the checked formats, in table order.
pub fn checked_names() -> Vec<&'static str> {
    CHECKED.iter().map(|f| f.name).collect()
}

/// Why `name` cannot be a checked `format`, in one sentence with a
/// suggestion: a near checked name ("did you mean"), and the annotation
/// form that keeps it unchecked.
pub fn refusal(name: &str) -> String {
    let names = checked_names();
    let mut msg = format!("format \"{name}\" is not one the library checks");
    match crate::suggest::did_you_mean(name, &names) {
        Some(near) => msg.push_str(&format!("; did you mean \"{near}\"?")),
        None => msg.push_str(&format!(
            "; checked formats are {}",
            crate::suggest::quoted(&names)
        )),
    }
    msg.push_str(&format!(
        " To keep it as an annotation only (in schemas and metadata, never checked), write `format_annotation = \"{name}\"`"
    ));
    msg
}
