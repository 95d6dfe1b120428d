use open_model::open_model;

#[open_model]
pub enum Status {
    Open,
    #[open_model(other, rename = "other")]
    Other(String),
}

fn main() {}
