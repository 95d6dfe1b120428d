use open_model::open_model;

#[open_model(closed, extra = String)]
pub struct A {
    a: String,
}

fn main() {}
