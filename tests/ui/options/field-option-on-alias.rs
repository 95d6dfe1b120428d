use open_model::open_model;

#[open_model(pattern = "^[0-9a-f]{40}$")]
pub struct Sha(pub String);

fn main() {}
