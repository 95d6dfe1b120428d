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

// A timestamp, or a range of them.
#[open_model(one_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum SearchableUnixSecondsInput {
    Seconds(UnixSeconds),
    Range(SearchableUnixSecondsInputRange),
}

// The object form of `SearchableUnixSecondsInput`.
#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct SearchableUnixSecondsInputRange {
    /// Date should be greater than this value.
    pub gt: Option<UnixSeconds>,
    /// Date should be greater than or equal to this value.
    pub gte: Option<UnixSeconds>,
    /// Date should be less than this value.
    pub lt: Option<UnixSeconds>,
    /// Date should be less than or equal to this value.
    pub lte: Option<UnixSeconds>,
}

// A string, or a search over strings.
#[open_model(one_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum SearchableStringInput {
    Exact(String),
    Search(SearchableStringInputSearch),
}

// The object form of `SearchableStringInput`.
#[open_model(rename_all = "camelCase", inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct SearchableStringInputSearch {
    pub contains: Option<String>,
    /// For Postgres full text search
    pub search: Option<String>,
    pub starts_with: Option<String>,
    pub ends_with: Option<String>,
    pub r#in: Option<Vec<String>>,
    pub not_in: Option<Vec<String>>,
    pub mode: Option<SearchableStringInputSearchMode>,
}

// How `SearchableStringInputSearch` compares.
#[open_model(rename_all = "lowercase", inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SearchableStringInputSearchMode {
    Insensitive,
    Default,
}

/// Metadata filters look like { prompt: { contains: "My prompt" } }
#[open_model(extra = FilterableMetadataInputFilter)]
#[derive(Debug, Clone, PartialEq)]
pub struct FilterableMetadataInput {}

// The filter on one metadata key of `FilterableMetadataInput`.
#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct FilterableMetadataInputFilter {
    /// Specifies if the metadata key exists.
    pub exists: Option<bool>,
    /// The metadata value contains this string.
    pub contains: Option<String>,
    /// The metadata value is equal to this value.
    pub equals: Option<StringOrNumber>,
    /// The metadata value is greater than this value.
    pub gt: Option<StringOrNumber>,
    /// The metadata value is greater than or equal to this value.
    pub gte: Option<StringOrNumber>,
    /// The metadata value is less than this value.
    pub lt: Option<StringOrNumber>,
    /// The metadata value is less than or equal to this value.
    pub lte: Option<StringOrNumber>,
}

// A string or a number, as the metadata filters compare.
#[open_model(one_of, inline)]
#[derive(Debug, Clone, PartialEq)]
pub enum StringOrNumber {
    String(String),
    Number(Number),
}
