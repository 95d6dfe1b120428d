use open_model::{open_model, Number};

#[open_model]
pub struct Price {
    #[open_model(multiple_of = -2)]
    pub amount: Number,
}

fn main() {}
