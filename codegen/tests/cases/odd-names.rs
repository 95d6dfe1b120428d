use open_model::open_model;

#[open_model(rename = "String")]
#[derive(Debug, Clone, PartialEq)]
pub struct StringModel {
    pub r#type: Option<String>,
    #[open_model(rename = "$ref")]
    pub r#ref: Option<String>,
    #[open_model(rename = "x-id")]
    pub x_id: Option<i64>,
    #[open_model(rename = "")]
    pub field: Option<bool>,
    #[open_model(rename = "extra")]
    pub extra_2: Option<String>,
}

#[open_model(rename_all = "camelCase", rename = "a-thing")]
#[derive(Debug, Clone, PartialEq)]
pub struct AThing {
    pub foo_bar: Option<i64>,
}
