use open_model::open_model;

#[open_model(rename = "Tag", inline)]
pub struct Label {
    pub name: String,
}

fn main() {}
