use open_model::open_model;

#[open_model]
pub struct A {
    #[open_model(enum_json = "1")]
    choice: open_model::Value,
}

fn main() {}
