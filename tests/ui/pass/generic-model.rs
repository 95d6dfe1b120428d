use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct G<T> {
    value: T,
    values: Vec<T>,
}

fn main() {
    let g: G<i64> = open_model::from_json_str(r#"{"value":1,"values":[2]}"#).unwrap();
    assert_eq!(g.values, [2]);
}
