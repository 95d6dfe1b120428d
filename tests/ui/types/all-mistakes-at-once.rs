use open_model::open_model;

#[open_model(renam_all = "camelCase")]
pub struct A {
    #[open_model(format = "uid")]
    id: String,
    #[open_model(rename = 5)]
    b: String,
}

fn main() {}
