use open_model::open_model;

#[open_model(pattern_properties = "^x-")]
pub struct Labels {
    pub name: String,
}

fn main() {}
