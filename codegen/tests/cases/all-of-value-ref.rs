use open_model::open_model;

#[open_model(rename = "__string")]
#[derive(Debug, Clone, PartialEq)]
pub struct StringModel(pub String);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Ids(pub Vec<i64>);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// The resource's ARN.
    #[open_model(pattern = "^arn:")]
    pub arn: Option<String>,
    #[open_model(max_items = 3)]
    pub ids: Option<Vec<i64>>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct ShortName(#[open_model(max_length = 20)] pub String);
