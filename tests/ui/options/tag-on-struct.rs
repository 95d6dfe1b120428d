use open_model::open_model;

#[open_model(tag = "type")]
pub struct A {
    a: String,
}

fn main() {}
