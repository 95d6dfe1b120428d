use open_model::open_model;

#[open_model]
pub struct A { a: String }

#[open_model]
pub enum E {
    A(A),
}

fn main() {}
