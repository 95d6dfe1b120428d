//! `#[open_model(skip)]` (issue 15, part 2): a field that is not in the
//! document: `Default` on decode, never written, not in the schema or the
//! model's field list.

use open_model::{open_model, OpenModel, Value};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub url: String,
    /// When this copy was fetched: ours, not the API's.
    #[open_model(skip)]
    pub fetched_at_ms: u64,
    #[open_model(skip)]
    pub notes: Vec<String>,
}

#[test]
fn a_skipped_field_starts_at_its_default_and_is_never_written() {
    let mut page: Page = open_model_tests::decoded_and_checked_str(r#"{"url":"/a"}"#).unwrap();
    assert_eq!(page.fetched_at_ms, 0);
    assert!(page.notes.is_empty());
    page.fetched_at_ms = 1_700_000_000_000;
    page.notes.push("local".into());
    assert_eq!(
        open_model::to_json_string(&page).unwrap(),
        r#"{"url":"/a"}"#
    );
    assert_eq!(serde_json::to_string(&page).unwrap(), r#"{"url":"/a"}"#);
    assert_eq!(open_model::to_value(&page).to_string(), r#"{"url":"/a"}"#);
    let built = Page::new("/b".into()).unwrap();
    assert_eq!(built.fetched_at_ms, 0);
}

#[test]
fn a_key_of_a_skipped_fields_name_is_an_extra_like_any_other() {
    let text = r#"{"url":"/a","fetched_at_ms":5}"#;
    let page: Page = open_model_tests::decoded_and_checked_str(text).unwrap();
    assert_eq!(page.fetched_at_ms, 0);
    assert_eq!(page.extra.get("fetched_at_ms"), Some(&Value::from(5)));
    assert_eq!(open_model::to_json_string(&page).unwrap(), text);
    let page: Page = serde_json::from_str(text).unwrap();
    assert_eq!(page.extra.get("fetched_at_ms"), Some(&Value::from(5)));
}

#[test]
fn a_skipped_field_is_not_in_the_schema_or_the_field_list() {
    let schema = open_model::schema_of::<Page>().to_string();
    assert!(!schema.contains("fetched_at_ms"), "{schema}");
    assert!(!schema.contains("notes"), "{schema}");
    let names: Vec<_> = Page::FIELDS.iter().map(|f| f.wire_name).collect();
    assert_eq!(names, ["url"]);
}
