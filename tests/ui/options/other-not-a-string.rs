use open_model::open_model;

#[open_model]
pub enum Status {
    Open,
    Closed,
    #[open_model(other)]
    Other(i64),
}

fn main() {}
