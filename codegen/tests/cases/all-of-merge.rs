use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    #[open_model(min_length = 1)]
    pub a: String,
    pub b: Option<bool>,
}
