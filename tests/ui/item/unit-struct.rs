use open_model::open_model;

#[open_model]
pub struct U;

fn main() {}
