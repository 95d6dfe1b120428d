use open_model::open_model;

#[open_model(rename_all = "lowercase")]
pub enum E {
    One,
    Two { x: u8 },
}

fn main() {}
