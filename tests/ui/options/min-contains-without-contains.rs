use open_model::{open_model, Value};

#[open_model]
pub struct Lists {
    #[open_model(min_contains = 2)]
    pub some: Option<Vec<Value>>,
}

fn main() {}
