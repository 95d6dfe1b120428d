use open_model::open_model;

#[derive(Debug, Clone, PartialEq)]
#[open_model]
pub struct Charge {
    pub id: String,
}

fn main() {}
