use open_model::open_model;

#[open_model(closed)]
pub struct Seconds(open_model::Number);

fn main() {}
