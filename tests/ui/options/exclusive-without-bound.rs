use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(exclusive_minimum)]
    score: open_model::Number,
}

fn main() {}
