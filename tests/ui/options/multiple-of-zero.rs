use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(multiple_of = 0.0)]
    score: open_model::Number,
}

fn main() {}
