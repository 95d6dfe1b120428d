//! Fields under `#[cfg]` are handled: the attribute macro runs before cfg.
use open_model::{open_model, OpenModel};

#[open_model]
pub struct A {
    pub kept: String,
    #[cfg(any())]
    pub never: String,
    #[cfg(all())]
    pub always: i64,
}

fn main() {
    let a: A = open_model::from_json_str(r#"{"kept":"k","always":1,"never":"x"}"#).expect("valid");
    assert_eq!(A::FIELDS.len(), 2);
    assert_eq!(a.extra.get("never").and_then(|v| v.as_str()), Some("x"));
    let _ = A::new("k".into(), 1);
}
