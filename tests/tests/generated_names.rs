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

/// A schema whose keywords contradict each other (a string that must be
/// an integer; a required property of the same kind) is generated with a
/// warning as `not: {}` is: its type refuses every value, said where.
#[test]
fn a_schema_no_value_meets_is_generated_as_a_type_that_refuses_every_value() {
    use features::{Booking, Impossible};
    let errors = |json: &str, check: fn(&str) -> Result<(), open_model::Report>| {
        check(json).map_err(|r| {
            r.errors()
                .iter()
                .map(|e| format!("{}: {}", e.path(), e.message()))
                .collect::<Vec<_>>()
        })
    };
    let impossible = |j: &str| open_model_tests::decoded_and_checked_str::<Impossible>(j).map(drop);
    let booking = |j: &str| open_model_tests::decoded_and_checked_str::<Booking>(j).map(drop);
    for json in [r#""x""#, "1", "null", "{}"] {
        assert_eq!(
            errors(json, impossible),
            Err(vec![
                ": no value is allowed here: the schema admits none (`not: {}`)".to_owned()
            ]),
            "{json}"
        );
    }
    assert_eq!(
        errors(r#"{"when":"x","note":"n"}"#, booking),
        Err(vec![
            "when: no value is allowed here: the schema admits none (`not: {}`)".to_owned()
        ])
    );
    assert!(booking(r#"{"note":"n"}"#).is_err());
    // An `allOf` no value meets is a model of no field, which a model
    // that extends it flattens, refusing every value too.
    let dated = |j: &str| open_model_tests::decoded_and_checked_str::<features::Dated>(j).map(drop);
    let later = |j: &str| open_model_tests::decoded_and_checked_str::<features::Later>(j).map(drop);
    let none = Err(vec![
        ": no value is allowed here: the schema admits none (`not: {}`)".to_owned(),
    ]);
    assert_eq!(errors(r#"{"day":1}"#, dated), none);
    assert_eq!(errors(r#"{"note":"n"}"#, later), none);
    assert!(later("[]").is_err());
    // The schema says so, with the description kept.
    let schema = open_model::schema_of::<Impossible>();
    assert_eq!(
        schema.get("not"),
        Some(&open_model::Value::Dict(open_model::Map::new()))
    );
    assert_eq!(
        schema.get("description").and_then(|d| d.as_str()),
        Some("A string that is an integer.")
    );
}

/// `oneOf` and `anyOf` side by side: exactly one of the first, and at
/// least one of the second, read as the `oneOf` of each member with the
/// `anyOf` beside it.
#[test]
fn one_of_and_any_of_together_hold_both() {
    let ok = |json: &str| open_model_tests::decoded_and_checked_str::<features::Both>(json).is_ok();
    assert!(ok(r#"{"a": "1", "c": "1"}"#));
    assert!(ok(r#"{"b": "1", "c": "1", "d": "1"}"#));
    // Both of `oneOf`, or none of `anyOf`.
    assert!(!ok(r#"{"a": "1", "b": "1", "c": "1"}"#));
    assert!(!ok(r#"{"a": "1"}"#));
    assert!(!ok(r#"{"c": "1"}"#));
}

#[test]
fn an_azure_enum_modelled_as_a_string_keeps_values_to_come() {
    use features::ConsentType;
    let known: ConsentType =
        open_model_tests::decoded_and_checked_str(r#""Principal""#).expect("a known value");
    assert_eq!(known, ConsentType::Principal);
    // A value the document does not list yet is kept, and written back.
    let new: ConsentType =
        open_model_tests::decoded_and_checked_str(r#""Tenant""#).expect("a value to come");
    assert_eq!(new, ConsentType::Other("Tenant".into()));
    assert_eq!(
        open_model::to_json_string(&new).ok().as_deref(),
        Some(r#""Tenant""#)
    );
    // Still a string.
    assert!(open_model_tests::decoded_and_checked_str::<ConsentType>("1").is_err());
}
