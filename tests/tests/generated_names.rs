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
    let m: odd::Empty = open_model_tests::decoded_and_checked_str(json).expect("valid");
    assert_eq!(m.field.as_deref(), Some("smile"));
    assert_eq!(m.field_2, Some(2));
    assert_eq!(m.self_2, Some(true));
    assert_eq!(m.field_3, Some(odd::EmptyEmpty::AB));
    assert_eq!(open_model::to_json_string(&m).ok().as_deref(), Some(json));
    // Reserved names get `Model`, and a recursive reference is boxed.
    let o: odd::OptionModel =
        open_model_tests::decoded_and_checked_str(r#"{"v":{"v":{}}}"#).expect("valid");
    assert!(o.v.and_then(|v| v.v).is_some());
    let s: odd::StringModel =
        open_model_tests::decoded_and_checked_str(r#"{"s":"t"}"#).expect("valid");
    assert_eq!(s.s.as_deref(), Some("t"));
}

#[allow(dead_code, clippy::all, clippy::pedantic)]
mod features {
    include!(concat!(env!("OUT_DIR"), "/features.rs"));
}

/// Generated code for nullable components, `not` and `enum` on a model,
/// annotations, `anyOf` with keywords beside it, merged `allOf` and a
/// recursive reference: it compiles and behaves as the schema says.
#[test]
fn generated_features_behave_as_their_schemas() {
    use features::{Either, Page, Range, Short};
    let check = |json: &str| {
        open_model_tests::decoded_and_checked_str::<Page>(json)
            .map(|_| ())
            .map_err(|r| r.to_string())
    };
    assert_eq!(check(r#"{"owner":null,"mood":null,"either":null}"#), Ok(()));
    assert_eq!(
        check(r#"{"owner":{"name":"a"},"size":5,"order":"asc","next":{"owner":null}}"#),
        Ok(())
    );
    assert_eq!(
        check(r#"{"owner":null,"size":5,"cursor":"c"}"#),
        Err("line 1 column 1: must not be valid against the `not` schema (PageNot)".into())
    );
    let report =
        open_model_tests::decoded_and_checked_str::<Page>(r#"{"owner":{"name":""},"size":0}"#)
            .expect_err("two faults");
    let messages: Vec<String> = report
        .errors()
        .iter()
        .map(|e| format!("{}: {}", e.path(), e.message()))
        .collect();
    assert_eq!(
        messages,
        [
            "owner.name: length must be greater than or equal to 1",
            "size: must be a value greater than or equal to 1"
        ]
    );
    assert!(open_model_tests::decoded_and_checked_str::<Page>("{}").is_err());
    assert!(open_model_tests::decoded_and_checked_str::<Short>(r#""abc""#).is_err());
    assert!(open_model_tests::decoded_and_checked_str::<Short>(r#""abcd""#).is_ok());
    assert!(open_model_tests::decoded_and_checked_str::<Range>(r#"{"hi":1}"#).is_err());
    assert!(open_model_tests::decoded_and_checked_str::<Either>("7").is_ok());
    let schema = open_model::schema_of::<features::Order>();
    assert_eq!(schema.get("title").and_then(|t| t.as_str()), Some("Order"));
    assert_eq!(
        schema.get("deprecated"),
        Some(&open_model::Value::Bool(true))
    );
    assert_eq!(schema.get("default").and_then(|t| t.as_str()), Some("asc"));
    assert_eq!(
        open_model::schema_of::<features::Owner>().get("nullable"),
        Some(&open_model::Value::Bool(true))
    );
}
