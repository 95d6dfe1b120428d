use open_model::open_model;

#[open_model]
pub struct T(String, u8);

fn main() {}
