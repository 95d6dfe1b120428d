use open_model::{open_model, Number};

#[open_model(one_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum IdOrName {
    String(IdOrNameString),
    Integer(i64),
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct IdOrNameString(#[open_model(format = "uuid")] pub String);

#[open_model(any_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum Loose {
    String(String),
    Number(Number),
}
