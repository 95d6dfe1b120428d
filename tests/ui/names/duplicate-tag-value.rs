use open_model::open_model;

#[open_model]
pub struct A { a: String }

#[open_model]
pub struct B { b: String }

#[open_model(tag = "type")]
pub enum E {
    #[open_model(rename = "x")]
    A(A),
    #[open_model(rename = "x")]
    B(B),
}

fn main() {}
