use open_model::{open_model, Value};

pub struct Plain;

#[open_model]
pub struct M {
    #[open_model(not = Plain)]
    pub v: Value,
}

fn main() {}
