use open_model::open_model;

#[open_model]
pub struct A {
    a: String,
}

#[open_model]
pub struct B {
    b: String,
}

#[open_model]
pub struct Composed {
    #[open_model(flatten)]
    a: A,
    #[open_model(flatten)]
    b: B,
}

fn main() {}
