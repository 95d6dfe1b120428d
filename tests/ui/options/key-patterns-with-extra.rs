use open_model::open_model;

#[open_model(extra = i64, pattern_properties("^x-" = String))]
pub struct Labels {
    pub name: String,
}

fn main() {}
