use open_model::open_model;

#[open_model]
pub union U {
    a: u32,
}

fn main() {}
