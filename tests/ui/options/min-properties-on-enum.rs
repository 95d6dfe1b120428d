use open_model::open_model;

#[open_model(one_of, min_properties = 1)]
pub enum E {
    S(String),
}

fn main() {}
