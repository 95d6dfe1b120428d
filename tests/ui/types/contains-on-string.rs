use open_model::open_model;

#[open_model]
pub struct Tags {
    #[open_model(contains = i64)]
    pub tags: String,
}

fn main() {}
