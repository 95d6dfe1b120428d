use open_model::{open_model, Value};

#[open_model]
pub struct Lists {
    #[open_model(contains = i64, min_contains = 3, max_contains = 2)]
    pub some: Option<Vec<Value>>,
}

fn main() {}
