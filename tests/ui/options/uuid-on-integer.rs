use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(format = "uuid")]
    id: i64,
}

fn main() {}
