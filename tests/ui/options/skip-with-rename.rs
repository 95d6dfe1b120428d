use open_model::open_model;

#[open_model]
pub struct Page {
    pub url: String,
    #[open_model(skip, rename = "cache")]
    pub cache: Vec<u8>,
}

fn main() {}
