use open_model::open_model;

#[open_model(apply_defaults)]
pub struct M {
    #[open_model(default_json = "5")]
    pub level: i64,
}

fn main() {}
