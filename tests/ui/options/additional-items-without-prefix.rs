use open_model::{open_model, Value};

#[open_model]
pub struct Shapes {
    #[open_model(additional_items = i64)]
    pub rest: Option<Vec<Value>>,
}

fn main() {}
