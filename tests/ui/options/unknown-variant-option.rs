use open_model::open_model;

#[open_model]
pub enum E {
    #[open_model(tag = "x")]
    One,
}

fn main() {}
