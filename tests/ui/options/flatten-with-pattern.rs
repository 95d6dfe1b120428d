use open_model::open_model;

#[open_model]
pub struct Base {
    a: String,
}

#[open_model]
pub struct Composed {
    #[open_model(flatten, pattern = "^x")]
    base: Base,
}

fn main() {}
