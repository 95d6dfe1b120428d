// warning: #/components/schemas/Bill/properties/currency/allOf/1/type: no value is of both types "string" and "integer"; no value meets the property's schema, so its key cannot be present

use open_model::{open_model, Map, Number, Value};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub content: Vec<Value>,
    pub total: Option<i64>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub title: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct ArticlePage {
    pub content: Vec<Article>,
    pub total: Option<i64>,
}

#[open_model(rename_all = "UPPERCASE")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Country {
    Gb,
    Im,
    Je,
    Gg,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Address {
    pub country: Option<Country>,
    pub line: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct JerseyAddress {
    pub country: Option<JerseyAddressCountry>,
    pub line: Option<String>,
}

#[open_model(rename_all = "UPPERCASE", inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JerseyAddressCountry {
    Je,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub title: Option<String>,
    pub detail: Option<String>,
}

#[open_model(closed)]
#[derive(Debug, Clone, PartialEq)]
pub struct ClosedProblem {
    pub title: Option<String>,
    pub code: Option<i64>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Stamped {
    #[open_model(flatten)]
    pub dated: Dated,
    pub by: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    #[open_model(format = "date-time")]
    pub created: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub title: Option<String>,
    #[open_model(format = "date-time")]
    pub created: Option<String>,
    pub by: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Wrapper {
    pub inner: Option<WrapperInner>,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct WrapperInner {
    pub x: Option<i64>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Extended {
    pub x: Option<i64>,
    pub y: Option<i64>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct NotNull {
    pub a: Option<String>,
    pub b: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Holder {
    pub not_null: Option<NotNull>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct ItemList {
    pub items: Option<Vec<Map>>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct StringList {
    #[open_model(max_items = 0)]
    pub items: Option<Vec<Value>>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    #[open_model(max_length = 10, min_length = 1, default_json = "\"a\"")]
    pub text: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct ShortLabel {
    #[open_model(max_length = 5, min_length = 1, default_json = "\"b\"")]
    pub text: Option<String>,
}

#[open_model(closed)]
#[derive(Debug, Clone, PartialEq)]
pub struct ClosedBase {
    pub a: Option<String>,
}

#[open_model(closed)]
#[derive(Debug, Clone, PartialEq)]
pub struct ExtendsClosed {
    #[open_model(max_length = 2)]
    pub a: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Currency(#[open_model(pattern = "^[A-Z]{3}$")] pub String);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Bill {
    pub amount: Option<Number>,
    #[open_model(not = Value)]
    pub currency: Option<Value>,
}
