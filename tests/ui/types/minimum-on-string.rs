use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(minimum = 0)]
    name: String,
}

fn main() {}
