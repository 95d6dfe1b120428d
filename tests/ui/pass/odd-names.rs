//! Raw identifiers and wire names that are not Rust identifiers.
use open_model::{open_model, OpenModel};

#[open_model]
pub struct A {
    pub r#type: String,
    #[open_model(rename = "$ref")]
    pub reference: String,
    #[open_model(rename = "x-id")]
    pub x_id: String,
    #[open_model(rename = "")]
    pub empty: String,
    #[open_model(rename = "名前")]
    pub name: String,
    #[open_model(rename = "quote\"and\\slash")]
    pub odd: String,
}

fn main() {
    let json = r#"{"type":"t","$ref":"r","x-id":"x","":"e","名前":"n","quote\"and\\slash":"o"}"#;
    let a: A = open_model::from_json_str(json).expect("valid");
    assert_eq!(a.r#type, "t");
    assert_eq!(a.get("").and_then(|v| v.as_str().map(str::to_owned)).as_deref(), Some("e"));
    assert_eq!(open_model::to_json_string(&a).expect("encodes"), json);
    assert_eq!(A::FIELDS[0].rust_name, "type");
}
