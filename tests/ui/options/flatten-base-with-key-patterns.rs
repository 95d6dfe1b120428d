use open_model::open_model;

#[open_model(pattern_properties("^x-" = String))]
pub struct Base {
    pub id: String,
}

#[open_model]
pub struct Child {
    #[open_model(flatten)]
    pub base: Base,
    pub name: String,
}

fn main() {
    // Only checked, never decoded: refused all the same.
    let _ = open_model::check_json_slice::<Child>(b"{}");
}
