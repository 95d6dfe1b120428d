use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(rename = "b", rename = "c")]
    a: String,
}

fn main() {}
