//! The tri-state of an optional, nullable field.

/// An optional field that may also be `null`: absent, null, or a value.
///
/// This is the Python client's `unset` versus `None`: `{"error": null}` and
/// `{}` decode to different values and encode back to what they were.
///
/// ```
/// use open_model::{open_model, Field};
///
/// #[open_model]
/// struct Step { error: Field<String> }
///
/// let null: Step = open_model::from_json_str(r#"{"error": null}"#)?;
/// let absent: Step = open_model::from_json_str("{}")?;
/// assert_eq!(null.error, Field::Null);
/// assert_eq!(absent.error, Field::Absent);
/// assert_eq!(open_model::to_json_string(&null)?, r#"{"error":null}"#);
/// assert_eq!(open_model::to_json_string(&absent)?, "{}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum Field<T> {
    /// The key is not in the document; it is not written.
    #[default]
    Absent,
    /// The key is present with `null`.
    Null,
    /// The key is present with a value.
    Value(T),
}

impl<T> Field<T> {
    /// True when the key is absent.
    pub fn is_absent(&self) -> bool {
        matches!(self, Field::Absent)
    }

    /// True when the key is present with `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Field::Null)
    }

    /// The value, if there is one.
    pub fn value(&self) -> Option<&T> {
        match self {
            Field::Value(v) => Some(v),
            _ => None,
        }
    }

    /// The value, mutably, if there is one.
    pub fn value_mut(&mut self) -> Option<&mut T> {
        match self {
            Field::Value(v) => Some(v),
            _ => None,
        }
    }

    /// The value, dropping the difference between absent and null.
    pub fn into_option(self) -> Option<T> {
        match self {
            Field::Value(v) => Some(v),
            _ => None,
        }
    }

    /// `None` becomes [`Field::Null`] (present), `Some` a value.
    pub fn from_option(v: Option<T>) -> Field<T> {
        match v {
            Some(v) => Field::Value(v),
            None => Field::Null,
        }
    }

    /// Applies `f` to the value.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Field<U> {
        match self {
            Field::Absent => Field::Absent,
            Field::Null => Field::Null,
            Field::Value(v) => Field::Value(f(v)),
        }
    }

    /// A reference to the value, keeping the state.
    pub fn as_ref(&self) -> Field<&T> {
        match self {
            Field::Absent => Field::Absent,
            Field::Null => Field::Null,
            Field::Value(v) => Field::Value(v),
        }
    }
}

impl<T> From<T> for Field<T> {
    fn from(v: T) -> Field<T> {
        Field::Value(v)
    }
}

/// A text value, so a string field is set as other fields are:
/// `run.error = "timeout".into();`.
///
/// ```
/// use open_model::Field;
/// let f: Field<String> = "timeout".into();
/// assert_eq!(f, Field::Value("timeout".to_owned()));
/// ```
impl From<&str> for Field<String> {
    fn from(v: &str) -> Field<String> {
        Field::Value(v.to_owned())
    }
}
