use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(format = "int32")]
    n: String,
}

fn main() {}
