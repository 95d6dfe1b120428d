//! Errors as JSON, in one shape for every consumer: the CLI's
//! `--format json`, the `axum` extractor's `application/problem+json` body,
//! and `Serialize` for [`Error`] and [`Report`] (for other web frameworks).
//!
//! An error is `{"pointer", "path", "message", "line", "column"}` (line and
//! column `null` for an error without a position: a value built in code),
//! plus `"variants"` for a `oneOf` that none fits: each variant's errors in
//! the same shape. A report is the array of its errors.

use crate::error::{Error, ErrorKind, Report};
use crate::{Map, Value};
use serde::{Serialize, Serializer};

impl Error {
    /// The error as JSON, its lines counted from `first_line` (1 for a
    /// document of its own; the document's line in a file of several, as
    /// NDJSON has).
    ///
    /// ```
    /// let report = open_model::from_json_str::<Vec<i64>>("[1, true]").unwrap_err();
    /// assert_eq!(
    ///     report.errors()[0].to_json_value(1).to_string(),
    ///     r#"{"pointer":"/1","path":"[1]","message":"expected an integer, found a boolean","line":1,"column":5}"#
    /// );
    /// ```
    pub fn to_json_value(&self, first_line: usize) -> Value {
        let mut m = Map::new();
        m.insert("pointer".into(), Value::from(self.path().to_pointer()));
        m.insert("path".into(), Value::from(self.path().to_string()));
        m.insert("message".into(), Value::from(self.message()));
        let (line, column) = match self.position() {
            Some(p) => (Value::from(first_line + p.line - 1), Value::from(p.column)),
            None => (Value::Null, Value::Null),
        };
        m.insert("line".into(), line);
        m.insert("column".into(), column);
        if let ErrorKind::NoVariant(tried) = self.kind() {
            let variants = tried
                .iter()
                .map(|v| {
                    let mut vm = Map::new();
                    vm.insert("variant".into(), Value::from(v.variant()));
                    let errors = v.errors().iter().map(|e| e.to_json_value(first_line));
                    vm.insert("errors".into(), Value::List(errors.collect()));
                    Value::Dict(vm)
                })
                .collect();
            m.insert("variants".into(), Value::List(variants));
        }
        Value::Dict(m)
    }
}

impl Report {
    /// The report as a JSON array of its errors (see
    /// [`Error::to_json_value`]).
    pub fn to_json_value(&self, first_line: usize) -> Value {
        Value::List(
            self.errors()
                .iter()
                .map(|e| e.to_json_value(first_line))
                .collect(),
        )
    }

    /// True when the input was not a document the reader accepts: bad JSON
    /// syntax or encoding, a key twice in one object, or a limit of the
    /// reader (depth, size). A web server answers these 400, and a
    /// well-formed document that breaks the model's rules 422.
    pub fn is_malformed(&self) -> bool {
        self.errors().iter().any(|e| {
            matches!(
                e.kind(),
                ErrorKind::Syntax(_)
                    | ErrorKind::DuplicateKey(_)
                    | ErrorKind::Depth(_)
                    | ErrorKind::Limit(_)
            )
        })
    }
}

/// The shape of [`Error::to_json_value`].
impl Serialize for Error {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json_value(1).serialize(s)
    }
}

/// The array of [`Error::to_json_value`]s.
///
/// ```
/// let report = open_model::from_json_str::<Vec<i64>>("[1, true]").unwrap_err();
/// let body = serde_json::json!({ "status": 422, "errors": report });
/// assert_eq!(body["errors"][0]["pointer"], "/1");
/// ```
impl Serialize for Report {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json_value(1).serialize(s)
    }
}
