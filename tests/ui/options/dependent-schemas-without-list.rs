use open_model::open_model;

#[open_model(dependent_schemas = "card")]
pub struct Order {
    pub card: Option<String>,
}

fn main() {}
