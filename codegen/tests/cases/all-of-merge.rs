use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    #[open_model(min_length = 1)]
    pub a: String,
    pub b: Option<bool>,
}

#[open_model(rename = "Result")]
#[derive(Debug, Clone, PartialEq)]
pub struct ResultModel {
    /// Unique id.
    #[open_model(max_length = 8)]
    pub id: String,
    #[open_model(minimum = 0, maximum = 10)]
    pub size: Option<i64>,
}
