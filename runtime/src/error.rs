//! Errors as values: every fault of a document, each with its path and place.

use std::borrow::Cow;
use std::fmt;

/// One step of a [`Path`]: a key of an object or an index of an array.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Segment {
    /// An object key (the wire name).
    Key(Cow<'static, str>),
    /// An array index.
    Index(usize),
}

/// Where in a document a value is, as wire names and indices.
///
/// It displays for people as `stepRuns[0].stepId` (keys that are not plain
/// identifiers are quoted: `metadata["x-id"]`) and converts to a JSON Pointer
/// (RFC 6901) as `/stepRuns/0/stepId`.
///
/// ```
/// use open_model::{Path, Segment};
/// let p = Path::from(vec![Segment::Key("stepRuns".into()), Segment::Index(0), Segment::Key("a/b".into())]);
/// assert_eq!(p.to_string(), r#"stepRuns[0]["a/b"]"#);
/// assert_eq!(p.to_pointer(), "/stepRuns/0/a~1b");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Path(Vec<Segment>);

impl Path {
    /// The root of the document (displays as the empty string).
    pub fn root() -> Path {
        Path(Vec::new())
    }

    /// The segments, outermost first.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// True at the root.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The path as an RFC 6901 JSON Pointer.
    pub fn to_pointer(&self) -> String {
        let mut out = String::new();
        for seg in &self.0 {
            out.push('/');
            match seg {
                Segment::Key(k) => {
                    for c in k.chars() {
                        match c {
                            '~' => out.push_str("~0"),
                            '/' => out.push_str("~1"),
                            c => out.push(c),
                        }
                    }
                }
                Segment::Index(i) => out.push_str(&i.to_string()),
            }
        }
        out
    }
}

impl From<Vec<Segment>> for Path {
    fn from(v: Vec<Segment>) -> Path {
        Path(v)
    }
}

fn is_plain_identifier(k: &str) -> bool {
    let mut chars = k.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Segment::Key(k) if is_plain_identifier(k) => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(k)?;
                }
                Segment::Key(k) => write!(f, "[{k:?}]")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// A line and column in the input, both counted from 1; the column counts
/// characters (Unicode scalar values), not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
    /// Byte offset from the start of the input, from 0.
    pub offset: usize,
}

impl Position {
    /// The position of byte `offset` in `input`.
    pub fn of(input: &[u8], offset: usize) -> Position {
        let offset = offset.min(input.len());
        let before = input.get(..offset).unwrap_or(input);
        let line_start = before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |p| p + 1);
        let line = 1 + before.iter().filter(|b| **b == b'\n').count();
        let column = 1 + chars_in(before.get(line_start..).unwrap_or_default());
        Position {
            line,
            column,
            offset,
        }
    }
}

/// Where the position scan of [`Ctx::into_report`] stands: a byte offset, its
/// line (from 0) and how many characters precede it on that line.
#[derive(Default)]
struct Cursor {
    offset: usize,
    line: usize,
    chars: usize,
}

/// How many characters UTF-8 bytes hold (continuation bytes not counted).
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count()
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not well-formed JSON (or the format's equivalent).
    Syntax(String),
    /// A value of the wrong JSON type.
    Type {
        /// What the schema expects ("a string").
        expected: &'static str,
        /// What was found ("a number").
        found: &'static str,
    },
    /// `null` where the schema does not allow it.
    Null,
    /// A required key is absent.
    Missing(Cow<'static, str>),
    /// A key that a closed model does not allow.
    UnknownKey(String),
    /// A key that appears twice in one object.
    DuplicateKey(String),
    /// A discriminator value that names no variant.
    UnknownTag {
        /// The tag key (`type`).
        tag: &'static str,
        /// The value found.
        value: String,
        /// The values that name a variant.
        expected: &'static [&'static str],
    },
    /// A variant of a discriminated union whose own tag (a typed field, or
    /// an extra) disagrees with the variant it is in, or is absent where the
    /// variant declares it.
    TagMismatch {
        /// The tag key (`type`).
        tag: &'static str,
        /// The Rust variant (`Dog`).
        variant: &'static str,
        /// The tag value of that variant (`dog`).
        expected: &'static str,
        /// What the variant holds, as JSON text; `None` when it holds nothing.
        found: Option<String>,
        /// The tag is held as an extra of the variant, which the union's
        /// constructor moves out and a directly built value must not do.
        in_extras: bool,
    },
    /// A string or enum value that is not one of the allowed values.
    NotAllowed {
        /// The value found.
        value: String,
        /// The allowed values.
        expected: &'static [&'static str],
    },
    /// A value that matches none of the variants of a `oneOf`: what each
    /// variant found wrong with it, as structured errors with their own
    /// paths and positions (see [`VariantErrors`]).
    NoVariant(Vec<VariantErrors>),
    /// A value that more than one variant of a `oneOf` accepts (`oneOf`
    /// wants exactly one): the variants that did.
    ManyVariants(Vec<&'static str>),
    /// A value that breaks a validation keyword (`format`, `minimum`,
    /// `maxLength`, `pattern`, `minItems`, `uniqueItems`, `multipleOf`,
    /// `enum`, `not`, the property count) or a field type's own rule, with
    /// the rule's message ("value must be a uuid").
    Constraint(Cow<'static, str>),
    /// Nesting deeper than the configured limit.
    Depth(usize),
    /// A limit of the reader was exceeded.
    Limit(String),
    /// Anything else, in its own words (serde's custom errors).
    Custom(String),
}

/// The message of [`ErrorKind::TagMismatch`].
fn write_tag_mismatch(
    f: &mut fmt::Formatter<'_>,
    tag: &str,
    variant: &str,
    expected: &str,
    found: Option<&str>,
    in_extras: bool,
) -> fmt::Result {
    let want = crate::encode::json_string(expected);
    if in_extras && found == Some(want.as_str()) {
        return write!(
            f,
            "the tag '{tag}' is written by the union; the variant `{variant}` must not hold it as an extra"
        );
    }
    write!(
        f,
        "the variant `{variant}` must have '{tag}' {want}, found {}",
        found.unwrap_or("nothing")
    )
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Syntax(m) => write!(f, "invalid JSON: {m}"),
            ErrorKind::Type { expected, found } => write!(f, "expected {expected}, found {found}"),
            ErrorKind::Null => f.write_str("null is not allowed here"),
            ErrorKind::Missing(k) => write!(f, "missing required key '{k}'"),
            ErrorKind::UnknownKey(k) => write!(f, "unknown key '{k}' is not allowed here"),
            ErrorKind::DuplicateKey(k) => write!(f, "duplicate key '{k}'"),
            ErrorKind::UnknownTag {
                tag,
                value,
                expected,
            } => {
                write!(f, "unknown '{tag}' value '{value}'; expected one of ")?;
                write_choices(f, expected)
            }
            ErrorKind::TagMismatch {
                tag,
                variant,
                expected,
                found,
                in_extras,
            } => write_tag_mismatch(f, tag, variant, expected, found.as_deref(), *in_extras),
            ErrorKind::NotAllowed { value, expected } => {
                write!(f, "unknown value '{value}'; expected one of ")?;
                write_choices(f, expected)
            }
            ErrorKind::Constraint(m) => f.write_str(m),
            ErrorKind::NoVariant(tried) => {
                f.write_str("value matches none of the variants: ")?;
                for (i, v) in tried.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{}: {}", v.variant, v.first_message())?;
                }
                Ok(())
            }
            ErrorKind::ManyVariants(names) => {
                write!(
                    f,
                    "value matches more than one variant ({}); `oneOf` allows exactly one",
                    names.join(", ")
                )
            }
            ErrorKind::Depth(limit) => write!(f, "nesting deeper than the limit of {limit}"),
            ErrorKind::Limit(m) => f.write_str(m),
            ErrorKind::Custom(m) => f.write_str(m),
        }
    }
}

fn write_choices(f: &mut fmt::Formatter<'_>, choices: &[&str]) -> fmt::Result {
    for (i, c) in choices.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "'{c}'")?;
    }
    Ok(())
}

/// What one alternative of a `oneOf` or `anyOf` found wrong with a value
/// that no alternative accepted ([`ErrorKind::NoVariant`]).
///
/// In a [`Report`] its errors have whole paths (from the document's root,
/// through the value) and positions, as top-level errors have, so tools can
/// point at each one.
///
/// ```
/// use open_model::{open_model, ErrorKind};
///
/// #[open_model]
/// #[derive(Debug)]
/// pub struct Person { pub email: String }
///
/// #[open_model(one_of)]
/// #[derive(Debug)]
/// pub enum Contact { Id(String), Person(Person) }
///
/// #[open_model]
/// #[derive(Debug)]
/// pub struct Message { pub to: Contact }
///
/// let report = open_model::from_json_str::<Message>(r#"{"to": {"email": 7}}"#).unwrap_err();
/// let ErrorKind::NoVariant(tried) = report.errors()[0].kind() else { panic!() };
/// assert_eq!(tried[1].variant(), "Person");
/// let inner = &tried[1].errors()[0];
/// assert_eq!(inner.path().to_pointer(), "/to/email");
/// assert_eq!(inner.position().map(|p| p.column), Some(18));
/// assert_eq!(report.errors()[0].message(), "value matches none of the variants: Id: expected a string, found an object; Person: email: expected a string, found a number");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VariantErrors {
    variant: &'static str,
    /// How many segments of the errors' paths lead to the value itself.
    outer: usize,
    errors: Vec<Error>,
    /// The errors as recorded, before the report gives them whole paths.
    pending: Vec<Pending>,
}

impl VariantErrors {
    /// What a failed trial of `variant` recorded.
    pub(crate) fn from_trial(variant: &'static str, trial: Ctx) -> VariantErrors {
        VariantErrors {
            variant,
            outer: 0,
            errors: Vec::new(),
            pending: trial.errors,
        }
    }

    /// The variant's name.
    pub fn variant(&self) -> &'static str {
        self.variant
    }

    /// Its errors, with whole paths and positions (empty until the error is
    /// part of a [`Report`]).
    pub fn errors(&self) -> &[Error] {
        &self.errors
    }

    /// The first error, with its path relative to the value.
    fn first_message(&self) -> String {
        let (path, kind) = if let Some(e) = self.errors.first() {
            let rest = e.path.0.get(self.outer..).unwrap_or_default();
            (Path(rest.to_vec()), &e.kind)
        } else if let Some(p) = self.pending.first() {
            let mut segments = p.reversed.clone();
            segments.reverse();
            (Path(segments), &p.kind)
        } else {
            return String::new();
        };
        if path.is_root() {
            kind.to_string()
        } else {
            format!("{path}: {kind}")
        }
    }

    /// Gives the recorded errors whole paths (under `outer`) and positions.
    fn resolve(&mut self, outer: &Path, input: Option<&[u8]>) {
        self.outer = outer.0.len();
        for p in std::mem::take(&mut self.pending) {
            let mut segments = outer.0.clone();
            segments.extend(p.reversed.into_iter().rev());
            let mut e = Error {
                kind: p.kind,
                path: Path(segments),
                position: match (input, p.offset) {
                    (Some(input), Some(offset)) => Some(Position::of(input, offset)),
                    _ => None,
                },
            };
            e.resolve_variants(input);
            self.errors.push(e);
        }
    }
}

/// One fault of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    path: Path,
    position: Option<Position>,
}

impl Error {
    /// Gives the errors inside a `NoVariant` whole paths and positions.
    fn resolve_variants(&mut self, input: Option<&[u8]>) {
        if let ErrorKind::NoVariant(tried) = &mut self.kind {
            for v in tried {
                v.resolve(&self.path, input);
            }
        }
    }

    /// An error at `path`.
    pub fn new(kind: ErrorKind, path: Path) -> Error {
        Error {
            kind,
            path,
            position: None,
        }
    }

    /// What is wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The message, as it is displayed ("value must be a uuid").
    pub fn message(&self) -> String {
        self.kind.to_string()
    }

    /// Where in the document.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Line and column, for input that has them (JSON read by this crate).
    pub fn position(&self) -> Option<Position> {
        self.position
    }
}

impl fmt::Display for Error {
    /// `line 3 column 14: stepRuns[0].stepId: value must be a uuid`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.position {
            write!(f, "line {} column {}: ", p.line, p.column)?;
        }
        if !self.path.is_root() {
            write!(f, "{}: ", self.path)?;
        }
        write!(f, "{}", self.kind)
    }
}

impl std::error::Error for Error {}

/// Every error of one document, in document order.
///
/// ```
/// let bad = r#"{"id": "nope", "stepRuns": [{"order": "x"}]}"#;
/// let report = open_model::from_json_str::<gentrace_doc::RunV2>(bad).unwrap_err();
/// # mod gentrace_doc {
/// #   #[open_model::open_model(rename_all = "camelCase")]
/// #   #[derive(Debug)]
/// #   pub struct RunV2 { #[open_model(format = "uuid")] pub id: String, pub step_runs: Vec<Step> }
/// #   #[open_model::open_model(rename_all = "camelCase")]
/// #   #[derive(Debug)]
/// #   pub struct Step { pub order: i64 }
/// # }
/// assert_eq!(report.len(), 2);
/// assert_eq!(report.errors()[0].to_string(), "line 1 column 8: id: value must be a uuid");
/// assert_eq!(report.errors()[1].path().to_pointer(), "/stepRuns/0/order");
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Report {
    errors: Vec<Error>,
}

/// What `Display` prints, every error on its own line: `unwrap()`,
/// `fn main() -> Result<(), Box<dyn Error>>`, anyhow and miette show this.
/// The structure is in [`Report::errors`].
impl fmt::Debug for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Report {
    /// A report of these errors.
    pub fn new(errors: Vec<Error>) -> Report {
        Report { errors }
    }

    /// The errors, in document order.
    pub fn errors(&self) -> &[Error] {
        &self.errors
    }

    /// How many errors.
    pub fn len(&self) -> usize {
        self.errors.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// The errors, owned.
    pub fn into_errors(self) -> Vec<Error> {
        self.errors
    }

    /// Moves every position `by` bytes further into the input (after a
    /// prefix the reader did not see, such as a byte order mark).
    pub(crate) fn shift_offsets(mut self, by: usize) -> Report {
        for e in &mut self.errors {
            if let Some(p) = &mut e.position {
                p.offset += by;
            }
        }
        self
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.errors.len() {
            0 => f.write_str("no errors"),
            1 => match self.errors.first() {
                Some(e) => write!(f, "{e}"),
                None => Ok(()),
            },
            n => {
                write!(f, "{n} errors:")?;
                for e in &self.errors {
                    write!(f, "\n  {e}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Report {}

impl IntoIterator for Report {
    type Item = Error;
    type IntoIter = std::vec::IntoIter<Error>;
    fn into_iter(self) -> Self::IntoIter {
        self.errors.into_iter()
    }
}

/// An error recorded while decoding, before its path is complete.
///
/// Paths are built lazily: an error starts with the segments nearest to it,
/// and each enclosing level adds its own on the way out, but only when errors
/// were recorded below it. The happy path pays nothing for paths.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Pending {
    kind: ErrorKind,
    /// Innermost segment first.
    reversed: Vec<Segment>,
    offset: Option<usize>,
}

/// The state shared by one decoding or validation pass: the errors so far,
/// the nesting depth and its limit.
#[derive(Debug)]
pub struct Ctx {
    errors: Vec<Pending>,
    depth: usize,
    max_depth: usize,
    /// Where the value being decoded starts, for input with positions.
    pub(crate) offset: Option<usize>,
}

impl Ctx {
    /// A context for a trial decode below this one: same depth and limit,
    /// its own errors.
    pub(crate) fn trial(&self) -> Ctx {
        Ctx {
            errors: Vec::new(),
            depth: self.depth,
            max_depth: self.max_depth,
            offset: None,
        }
    }

    /// How many more levels of nesting the limit allows.
    pub(crate) fn remaining_depth(&self) -> usize {
        self.max_depth.saturating_sub(self.depth)
    }

    /// Takes the errors of a pass over a value's own text (serde_json's raw
    /// values): their paths are kept, their positions are those of this
    /// context's current value.
    pub(crate) fn absorb(&mut self, other: Ctx) {
        let offset = self.offset;
        self.errors.extend(other.errors.into_iter().map(|mut p| {
            p.offset = offset;
            p
        }));
    }

    pub(crate) fn new(max_depth: usize) -> Ctx {
        Ctx {
            errors: Vec::new(),
            depth: 0,
            max_depth,
            offset: None,
        }
    }

    /// Records an error at the current value.
    pub fn error(&mut self, kind: ErrorKind) {
        let offset = self.offset;
        self.error_at(kind, offset);
    }

    /// Records an error at a byte offset of the input.
    pub fn error_at(&mut self, kind: ErrorKind, offset: Option<usize>) {
        self.errors.push(Pending {
            kind,
            reversed: Vec::new(),
            offset,
        });
    }

    /// Moves the last error to byte `offset`.
    pub(crate) fn reposition_last(&mut self, offset: usize) {
        if let Some(last) = self.errors.last_mut() {
            last.offset = Some(offset);
        }
    }

    /// A mark to pass to [`Ctx::prefix_since`].
    #[inline]
    pub fn mark(&self) -> usize {
        self.errors.len()
    }

    /// True when errors were recorded since `mark`.
    #[inline]
    pub fn failed_since(&self, mark: usize) -> bool {
        self.errors.len() > mark
    }

    /// Adds `segment` in front of the paths of the errors recorded since `mark`.
    #[inline]
    pub fn prefix_since(&mut self, mark: usize, segment: impl FnOnce() -> Segment) {
        if self.errors.len() > mark {
            self.prefix_from(mark, segment());
        }
    }

    /// The body of [`Ctx::prefix_since`], not generic: one copy in the
    /// binary, not one per closure (each model has several).
    fn prefix_from(&mut self, mark: usize, segment: Segment) {
        for e in self.errors.iter_mut().skip(mark) {
            e.reversed.push(segment.clone());
        }
    }

    /// Enters a nested array or object; false (with an error recorded) when
    /// that would pass the depth limit.
    pub fn enter(&mut self) -> bool {
        if self.depth >= self.max_depth {
            self.error(ErrorKind::Depth(self.max_depth));
            return false;
        }
        self.depth += 1;
        true
    }

    /// Leaves a nested array or object.
    pub fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// True when no error was recorded.
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// The report, with positions computed from `input` when given.
    pub(crate) fn into_report(self, input: Option<&[u8]>) -> Report {
        let mut errors = Vec::with_capacity(self.errors.len());
        // One forward scan for all positions (offsets mostly increase), the
        // column carried along, so many errors on one long line stay linear.
        let mut cursor = Cursor::default();
        for p in self.errors {
            let position = match (input, p.offset) {
                (Some(input), Some(offset)) => {
                    let offset = offset.min(input.len());
                    if offset < cursor.offset {
                        cursor = Cursor::default();
                    }
                    for b in input.get(cursor.offset..offset).unwrap_or_default() {
                        if *b == b'\n' {
                            cursor.line += 1;
                            cursor.chars = 0;
                        } else if (*b & 0xC0) != 0x80 {
                            cursor.chars += 1;
                        }
                    }
                    cursor.offset = offset;
                    Some(Position {
                        line: cursor.line + 1,
                        column: cursor.chars + 1,
                        offset,
                    })
                }
                _ => None,
            };
            let mut segments = p.reversed;
            segments.reverse();
            let mut error = Error {
                kind: p.kind,
                path: Path(segments),
                position,
            };
            error.resolve_variants(input);
            errors.push(error);
        }
        sort_in_document_order(&mut errors);
        Report { errors }
    }
}

/// Errors with positions in document order, and by path where two share a
/// position (a missing key is placed at its object's start, before the
/// errors inside it). Errors without positions (a validation pass) keep the
/// order they were found in, which is the model's field order.
fn sort_in_document_order(errors: &mut [Error]) {
    if errors.len() < 2 || errors.iter().any(|e| e.position.is_none()) {
        return;
    }
    errors.sort_by(|a, b| {
        let (pa, pb) = (a.position.map(|p| p.offset), b.position.map(|p| p.offset));
        pa.cmp(&pb)
            .then_with(|| a.path.to_string().cmp(&b.path.to_string()))
    });
}
