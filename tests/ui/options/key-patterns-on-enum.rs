use open_model::open_model;

#[open_model(pattern_properties("^x-" = String))]
pub enum Kind {
    A,
    B,
}

fn main() {}
