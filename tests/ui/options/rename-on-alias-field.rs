use open_model::open_model;

#[open_model]
pub struct Name(#[open_model(rename = "name")] pub String);

fn main() {}
