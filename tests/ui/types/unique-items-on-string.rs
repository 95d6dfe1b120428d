use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(unique_items)]
    tags: String,
}

fn main() {}
