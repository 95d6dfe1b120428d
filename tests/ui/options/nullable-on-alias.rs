use open_model::{open_model, Number};

#[open_model(nullable)]
pub struct Seconds(pub Number);

fn main() {}
