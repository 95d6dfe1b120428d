use open_model::open_model;

#[open_model(rename_all = "camelCase")]
pub struct A {
    user_id: String,
    #[open_model(rename = "userId")]
    legacy_id: String,
}

fn main() {}
