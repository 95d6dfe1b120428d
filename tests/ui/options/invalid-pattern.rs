use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(pattern = "[a-z")]
    code: String,
}

fn main() {}
