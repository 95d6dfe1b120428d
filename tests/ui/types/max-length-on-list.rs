use open_model::open_model;

#[open_model]
pub struct Tags {
    #[open_model(max_length = 3)]
    pub names: Option<Vec<String>>,
}

fn main() {}
