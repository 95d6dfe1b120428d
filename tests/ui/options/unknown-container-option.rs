use open_model::open_model;

#[open_model(renam_all = "camelCase")]
pub struct A {
    a: String,
}

fn main() {}
