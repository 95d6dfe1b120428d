use open_model::open_model;

#[open_model]
pub enum Status {
    Open,
    #[open_model(other)]
    Other(String),
    #[open_model(other)]
    Unknown(String),
}

fn main() {}
