//! A model family unrelated to Gentrace: the macro is general.

use open_model::{open_model, Field, OpenModel, Value};

/// A category; closed, as `additionalProperties: false` would make it.
#[open_model(closed)]
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    pub id: i64,
    pub name: String,
}

/// The status of a pet in the store.
#[open_model(rename_all = "lowercase")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Available,
    Pending,
    Sold,
}

/// A pet.
#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    #[open_model(format = "int64")]
    pub id: i64,
    pub name: String,
    pub category: Option<Category>,
    pub photo_urls: Vec<String>,
    pub status: Field<Status>,
    pub nickname: Field<String>,
    #[open_model(format = "date-time")]
    pub born_at: Option<String>,
}

#[test]
fn a_pet_decodes_and_round_trips() {
    let json = r#"{"id":7,"name":"Rex","category":{"id":1,"name":"dogs"},"photoUrls":["a.png"],"status":"sold","nickname":null,"bornAt":"2020-02-29T12:00:00Z","chip":"x1"}"#;
    let pet: Pet =
        open_model_tests::decoded_and_checked_str(json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pet.status, Field::Value(Status::Sold));
    assert_eq!(pet.nickname, Field::Null);
    assert_eq!(pet.extra.get("chip"), Some(&Value::from("x1")));
    assert_eq!(open_model::to_json_string(&pet).ok().as_deref(), Some(json));
    assert_eq!(Status::VALUES, ["available", "pending", "sold"]);
    assert_eq!(
        Pet::FIELDS.iter().map(|f| f.wire_name).collect::<Vec<_>>(),
        [
            "id",
            "name",
            "category",
            "photoUrls",
            "status",
            "nickname",
            "bornAt"
        ]
    );
}

#[test]
fn closed_category_refuses_unknown_keys_and_status_refuses_unknown_values() {
    let json = r#"{"id":7,"name":"Rex","category":{"id":1,"name":"dogs","color":"brown"},"photoUrls":[],"status":"lost","bornAt":"2020-02-30T12:00:00Z"}"#;
    let report = open_model_tests::decoded_and_checked_str::<Pet>(json).expect_err("invalid");
    let got: Vec<String> = report
        .errors()
        .iter()
        .map(|e| format!("{}: {}", e.path(), e.message()))
        .collect();
    assert_eq!(
        got,
        [
            "category.color: unknown key 'color' is not allowed here",
            "status: unknown value 'lost'; expected one of 'available', 'pending', 'sold'",
            "bornAt: value must conform to RFC-3339 date-time",
        ]
    );
}

#[test]
fn optional_is_not_nullable_but_field_is() {
    let report = open_model_tests::decoded_and_checked_str::<Pet>(
        r#"{"id":1,"name":"a","photoUrls":[],"category":null}"#,
    )
    .expect_err("category may be absent, not null");
    assert_eq!(
        report.errors()[0].to_string(),
        "line 1 column 46: category: null is not allowed here"
    );
    let pet: Pet = open_model_tests::decoded_and_checked_str(
        r#"{"id":1,"name":"a","photoUrls":[],"status":null}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pet.status, Field::Null);
    assert_eq!(pet.category, None);
    assert_eq!(
        open_model::to_json_string(&pet).ok().as_deref(),
        Some(r#"{"id":1,"name":"a","photoUrls":[],"status":null}"#)
    );
}

#[test]
fn pets_built_in_code() {
    let mut pet = Pet::new(1, "Rex".into(), vec![]).unwrap_or_else(|e| panic!("{e}"));
    pet.born_at = Some("yesterday".into());
    let report = pet.validate().expect_err("bad date-time");
    assert_eq!(
        report.errors()[0].to_string(),
        "bornAt: value must conform to RFC-3339 date-time"
    );
    const { assert!(Category::CLOSED && !Pet::CLOSED) };
    assert_eq!(
        Category::new(1, "dogs".into())
            .map(|c| c.to_value().to_string())
            .ok()
            .as_deref(),
        Some(r#"{"id":1,"name":"dogs"}"#)
    );
}
