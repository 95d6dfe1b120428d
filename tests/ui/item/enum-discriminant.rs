use open_model::open_model;

#[open_model(rename_all = "lowercase")]
pub enum E {
    One = 1,
    Two,
}

fn main() {}
