use open_model::{open_model, Map};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Open,
    #[open_model(other)]
    Other(String),
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Dog {
    pub name: String,
}

#[open_model(tag = "kind")]
#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    Dog(Dog),
    #[open_model(other)]
    Other(Map),
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub status: Status,
    pub pet: Pet,
    #[open_model(skip)]
    pub fetched_at_ms: u64,
}

fn main() {
    let page: Page =
        open_model::from_json_str(r#"{"status":"x","pet":{"kind":"cat"}}"#).unwrap();
    assert_eq!(page.fetched_at_ms, 0);
    assert_eq!(page.status.as_str(), "x");
    assert_eq!(page.pet.tag_value(), "cat");
}
