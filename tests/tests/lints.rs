//! Models compile under strict lints without warnings from the expansion
//! (checked by `cargo clippy --workspace --all-targets -- -D warnings`).
#![deny(missing_docs, unused_qualifications, clippy::pedantic)]

use open_model::{open_model, Field, Number};

/// A model under strict lints.
#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct Strict {
    /// An identifier.
    #[open_model(format = "uuid")]
    pub id: String,
    /// A timestamp.
    #[open_model(format = "float")]
    pub at: Number,
    /// An optional note.
    pub note: Field<String>,
    /// Its kind.
    pub kind: StrictKind,
    /// A union.
    pub choice: Option<StrictUnion>,
}

/// A string enum under strict lints.
#[open_model(rename_all = "lowercase")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrictKind {
    /// One.
    One,
}

/// A union under strict lints.
#[open_model(tag = "kind")]
#[derive(Debug, Clone, PartialEq)]
pub enum StrictUnion {
    /// The only variant.
    Only(Only),
}

/// A closed variant model.
#[open_model(closed)]
#[derive(Debug, Clone, PartialEq)]
pub struct Only {
    /// Its tag.
    pub kind: String,
}

#[test]
fn strict_models_work() {
    let s: Strict = open_model::from_json_str(
        r#"{"id":"1aa5dc15-a379-40f5-8793-4bca9bffc3f3","at":1.5,"kind":"one","choice":{"kind":"Only"}}"#,
    )
    .expect("valid");
    assert_eq!(s.kind, StrictKind::One);
}
