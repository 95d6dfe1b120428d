use open_model::open_model;

#[open_model]
pub struct A {
    waits: Vec<std::time::Duration>,
}

fn main() {}
