//! Shared schemas: timestamps, searches and filters, metadata values.

use open_model::{open_model, Number};

/// Timestamp in seconds since the UNIX epoch. Can be transformed into a Date object.
#[open_model(format = "float")]
#[derive(Debug, Clone, PartialEq)]
pub struct UnixSeconds(pub Number);

/// Timestamp in seconds since the UNIX epoch. Can be transformed into a Date object.
#[open_model(format = "float")]
#[derive(Debug, Clone, PartialEq)]
pub struct UnixSecondsNullable(pub Option<Number>);

// A metadata value, selected by its `type` key.
#[open_model(tag = "type")]
#[derive(Debug, Clone, PartialEq)]
pub enum MetadataValueObject {
    #[open_model(rename = "url")]
    Url(UrlType),
    #[open_model(rename = "string")]
    String(StringType),
    #[open_model(rename = "boolean")]
    Boolean(BooleanType),
}

// A link with its text.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct UrlType {
    pub r#type: UrlTypeType,
    #[open_model(format = "uri")]
    pub url: String,
    pub text: String,
}

// The only `type` of a `UrlType`.
#[open_model(rename_all = "lowercase", inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UrlTypeType {
    #[default]
    Url,
}

// A string value.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct StringType {
    pub r#type: StringTypeType,
    pub value: String,
}

// The only `type` of a `StringType`.
#[open_model(rename_all = "lowercase", inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StringTypeType {
    #[default]
    String,
}

// A boolean value.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct BooleanType {
    pub r#type: BooleanTypeType,
    pub value: bool,
}

// The only `type` of a `BooleanType`.
#[open_model(rename_all = "lowercase", inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BooleanTypeType {
    #[default]
    Boolean,
}
