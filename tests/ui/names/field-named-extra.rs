use open_model::open_model;

#[open_model]
pub struct A {
    extra: String,
}

fn main() {}
