use open_model::open_model;

#[open_model(rename_all = "camelcase")]
pub struct A {
    a_b: String,
}

fn main() {}
