use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(format = "float")]
    f: bool,
}

fn main() {}
