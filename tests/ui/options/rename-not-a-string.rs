use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(rename = 5)]
    a: String,
}

fn main() {}
