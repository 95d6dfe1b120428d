use open_model::open_model;

#[open_model]
pub struct Limit {
    #[open_model(pattern = "^[ -~]+$", pattern_annotation = "\\p{Print}+")]
    pub name: String,
}

fn main() {}
