use open_model::open_model;

#[open_model(tag = "type")]
pub enum Either<T> {
    A(T),
}

fn main() {}
