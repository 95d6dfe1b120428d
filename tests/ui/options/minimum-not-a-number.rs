use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(minimum = "zero")]
    score: open_model::Number,
}

fn main() {}
