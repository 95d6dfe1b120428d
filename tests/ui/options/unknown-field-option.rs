use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(rnme = "b")]
    a: String,
}

fn main() {}
