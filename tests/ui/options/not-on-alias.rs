use open_model::{open_model, Value};

#[open_model(not = i64)]
pub struct NotInt(pub Value);

fn main() {}
