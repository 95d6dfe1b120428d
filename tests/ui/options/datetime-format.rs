use open_model::open_model;

#[open_model]
pub struct Run {
    #[open_model(format = "datetime")]
    pub started_at: String,
}

fn main() {}
