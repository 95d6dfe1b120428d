use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Base {
    pub id: String,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Middle {
    #[open_model(flatten)]
    pub base: Base,
    pub name: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Leaf {
    #[open_model(flatten)]
    pub middle: Middle,
    pub leaf_only: Option<bool>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct BaseAlias(pub Base);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct FromAlias {
    #[open_model(flatten)]
    pub base: Base,
    pub more: Option<i64>,
}
