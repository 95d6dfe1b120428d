use open_model::open_model;

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

#[open_model(tag = "kind")]
#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    #[open_model(rename = "cat")]
    Cat(Cat),
    #[open_model(rename = "dog")]
    Dog(Dog),
}
