use open_model::open_model;

#[open_model(one_of, any_of)]
pub enum E {
    S(String),
}

fn main() {}
