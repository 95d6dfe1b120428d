use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(required)]
    a: open_model::Field<String>,
}

fn main() {}
