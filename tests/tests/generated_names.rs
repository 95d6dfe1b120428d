//! Generated code for schema and property names that no Rust item can
//! carry as they are (emoji, `Self`, `""`, `String`, keywords): it compiles,
//! and each key still travels under its own name.

#[allow(dead_code, clippy::all, clippy::pedantic)]
mod odd {
    include!(concat!(env!("OUT_DIR"), "/odd_names.rs"));
}

#[test]
fn odd_names_compile_and_keep_their_keys() {
    let json = r#"{"😀":"smile","²":2,"Self":{"a":"x"},"self":true,"":"a-b","crate":[{"x":null}]}"#;
    let m: odd::Empty = open_model::from_json_str(json).expect("valid");
    assert_eq!(m.field.as_deref(), Some("smile"));
    assert_eq!(m.field_2, Some(2));
    assert_eq!(m.self_2, Some(true));
    assert_eq!(m.field_3, Some(odd::EmptyEmpty::AB));
    assert_eq!(open_model::to_json_string(&m).ok().as_deref(), Some(json));
    // Reserved names get `Model`, and a recursive reference is boxed.
    let o: odd::OptionModel = open_model::from_json_str(r#"{"v":{"v":{}}}"#).expect("valid");
    assert!(o.v.and_then(|v| v.v).is_some());
    let s: odd::StringModel = open_model::from_json_str(r#"{"s":"t"}"#).expect("valid");
    assert_eq!(s.s.as_deref(), Some("t"));
}
