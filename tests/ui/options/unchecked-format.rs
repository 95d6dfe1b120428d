use open_model::open_model;

#[open_model]
pub struct Login {
    #[open_model(format = "password")]
    pub secret: String,
}

fn main() {}
