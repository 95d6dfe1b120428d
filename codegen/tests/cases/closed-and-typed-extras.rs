use open_model::open_model;

#[open_model(closed)]
#[derive(Debug, Clone, PartialEq)]
pub struct Strict {
    pub a: Option<String>,
}

#[open_model(extra = i64)]
#[derive(Debug, Clone, PartialEq)]
pub struct Counts {
    pub total: Option<i64>,
}

#[open_model(extra = String)]
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {}
