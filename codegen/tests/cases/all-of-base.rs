use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Base {
    pub id: String,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Extended {
    #[open_model(flatten)]
    pub base: Base,
    pub extra_note: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata(pub Base);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    #[open_model(flatten)]
    pub base: Base,
    pub status: Option<i64>,
}
