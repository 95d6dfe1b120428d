use open_model::open_model;

#[open_model]
pub struct Borrowed<'a> {
    name: &'a str,
}

fn main() {}
