use open_model::open_model;

#[open_model(format = "uuid")]
pub struct Count(i64);

fn main() {}
