use open_model::open_model;

#[open_model(format = "float")]
pub struct A {
    at: open_model::Number,
}

fn main() {}
