use open_model::open_model;

#[open_model(closed, rename_all = "lowercase")]
pub enum E {
    One,
}

fn main() {}
