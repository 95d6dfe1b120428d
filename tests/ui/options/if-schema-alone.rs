use open_model::{open_model, Value};

#[open_model]
pub struct Lists {
    #[open_model(if_schema = i64)]
    pub code: Option<Value>,
}

fn main() {}
