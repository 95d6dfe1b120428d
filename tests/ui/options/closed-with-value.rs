use open_model::open_model;

#[open_model(closed = true)]
pub struct A {
    a: String,
}

fn main() {}
