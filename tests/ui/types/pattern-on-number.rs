use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(pattern = "^[0-9]+$")]
    count: i64,
}

fn main() {}
