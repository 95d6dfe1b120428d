use open_model::open_model;

#[open_model]
pub struct A {
    a: String,
    #[open_model(rename = "a")]
    b: String,
}

fn main() {}
