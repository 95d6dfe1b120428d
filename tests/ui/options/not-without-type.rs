use open_model::{open_model, Value};

#[open_model]
pub struct M {
    #[open_model(not)]
    pub v: Value,
}

fn main() {}
