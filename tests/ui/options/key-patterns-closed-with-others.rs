use open_model::open_model;

#[open_model(closed, pattern_properties("^x-" = String, others = i64))]
pub struct Labels {
    pub name: String,
}

fn main() {}
