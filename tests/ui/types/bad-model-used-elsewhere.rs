use open_model::{open_model, Map};

#[open_model]
pub struct Inner {
    #[open_model(max_lenght = 3)]
    pub name: String,
}

#[open_model]
pub struct Outer {
    pub one: Inner,
    pub many: Vec<Inner>,
    pub by_key: Map<Inner>,
    pub maybe: Option<Box<Inner>>,
}

#[open_model(tag = "kind")]
pub enum Either {
    Inner(Inner),
    Boxed(Box<Outer>),
}

#[open_model]
pub struct Derived {
    #[open_model(flatten)]
    pub base: Inner,
    pub more: bool,
}

fn main() {
    let outer: Outer = open_model::from_json_str("{}").unwrap();
    let _ = outer.one.extra.len();
    let _ = open_model::to_json_string(&outer.many);
    let _ = open_model::schema_of::<Either>();
}
