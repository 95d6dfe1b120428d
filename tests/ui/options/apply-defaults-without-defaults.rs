use open_model::open_model;

#[open_model(apply_defaults)]
pub struct M {
    pub level: Option<i64>,
}

fn main() {}
