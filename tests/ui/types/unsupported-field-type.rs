use open_model::open_model;

#[open_model]
pub struct A {
    wait: std::time::Duration,
}

fn main() {}
