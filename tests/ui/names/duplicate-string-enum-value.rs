use open_model::open_model;

#[open_model(rename_all = "lowercase")]
pub enum E {
    Default,
    #[open_model(rename = "default")]
    Other,
}

fn main() {}
