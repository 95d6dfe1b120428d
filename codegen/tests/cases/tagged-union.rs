use open_model::{open_model, Value};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Cat {
    pub kind: String,
    pub lives: i64,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Dog {
    pub kind: String,
    pub good: Option<bool>,
}

/// A dog that hunts.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Hound(pub Dog);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Other(pub Value);

#[open_model(tag = "kind")]
#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    #[open_model(rename = "cat")]
    Cat(Cat),
    #[open_model(rename = "dog")]
    Dog(Dog),
    #[open_model(rename = "hound")]
    Hound(Dog),
    #[open_model(rename = "other")]
    Other(PetOther),
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct PetOther {}
