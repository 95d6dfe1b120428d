use open_model::open_model;

#[open_model(one_of)]
pub struct S {
    pub a: Option<String>,
}

fn main() {}
