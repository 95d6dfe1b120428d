use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(rename)]
    a: String,
}

fn main() {}
