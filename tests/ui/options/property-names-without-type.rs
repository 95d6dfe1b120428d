use open_model::open_model;

#[open_model(property_names)]
pub struct Short {
    pub ab: Option<i64>,
}

fn main() {}
