use open_model::open_model;

#[open_model]
pub struct A {
    a: String,
}

#[open_model(tag = "type")]
pub enum E {
    A(A),
    B(std::path::PathBuf),
}

fn main() {}
