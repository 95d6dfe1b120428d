use open_model::{open_model, Value};

#[open_model(one_of)]
pub enum IdOrCount {
    Id(String),
    Count(i64),
    #[open_model(other)]
    Else(Value),
}

fn main() {}
