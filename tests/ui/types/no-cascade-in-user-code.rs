use open_model::open_model;

#[open_model(renam_all = "camelCase")]
#[derive(Debug)]
pub struct A {
    a: String,
}

fn use_it(a: &A) -> String {
    format!("{:?} {}", a, a.a)
}

fn decode() -> Result<A, open_model::Report> {
    open_model::from_json_str("{}")
}

fn main() {
    let _ = decode().map(|a| use_it(&a));
}
