use open_model::open_model;

#[open_model(then_schema = Other)]
pub struct Lists {
    pub code: Option<i64>,
}

#[open_model]
pub struct Other {
    pub code: i64,
}

fn main() {}
