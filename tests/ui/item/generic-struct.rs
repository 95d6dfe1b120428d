use open_model::open_model;

#[open_model]
pub struct G<T> {
    value: T,
}

fn main() {}
