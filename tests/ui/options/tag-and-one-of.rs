use open_model::open_model;

#[open_model(tag = "type", one_of)]
pub enum E {
    S(String),
}

fn main() {}
