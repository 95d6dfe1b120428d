use open_model::open_model;

#[open_model(pattern_properties("^x-" = String, "^x-" = i64))]
pub struct Labels {
    pub name: String,
}

fn main() {}
