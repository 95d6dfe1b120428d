//! Builders (issue 15, part 2): named setters taking `impl Into<T>`, and
//! `build()` reporting every missing required field and failed check at once.

use open_model::{open_model, Field, Number, Value};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Address {
    pub city: String,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct Customer {
    #[open_model(flatten)]
    pub address: Address,
    #[open_model(min_length = 2)]
    pub name: String,
    pub livemode: bool,
    pub balance: Option<i64>,
    pub email: Field<String>,
    #[open_model(required)]
    pub phone: Option<String>,
    #[open_model(skip)]
    pub cache: Vec<u8>,
}

fn address() -> Address {
    Address::new("Oslo".into()).unwrap()
}

#[test]
fn a_builder_names_every_field_and_takes_into() {
    let c = Customer::builder()
        .address(address())
        .name("Ada")
        .livemode(false)
        .email_null()
        .phone("+47")
        .extra("nickname", "ada")
        .build()
        .unwrap();
    assert_eq!(c.name, "Ada");
    assert_eq!(c.balance, None);
    assert_eq!(c.email, Field::Null);
    assert_eq!(c.phone.as_deref(), Some("+47"));
    assert_eq!(
        open_model::to_json_string(&c).unwrap(),
        r#"{"city":"Oslo","name":"Ada","livemode":false,"email":null,"phone":"+47","nickname":"ada"}"#
    );
    let with_balance = Customer::builder()
        .address(address())
        .name("Bo")
        .livemode(true)
        .balance(5)
        .phone_null()
        .build()
        .unwrap();
    assert_eq!(with_balance.balance, Some(5));
    assert_eq!(with_balance.phone, None);
}

#[test]
fn build_reports_every_missing_field_and_failed_check_at_once() {
    let report = Customer::builder().name("A").build().unwrap_err();
    assert_eq!(
        report.to_string(),
        "4 errors:\n  name: length must be greater than or equal to 2\n  missing required key 'city'\n  missing required key 'livemode'\n  missing required key 'phone'"
    );
}

#[test]
fn build_reports_failed_checks_and_refused_extras_when_nothing_is_missing() {
    let report = Customer::builder()
        .address(address())
        .name("A")
        .livemode(true)
        .phone_null()
        .extra("name", "twice")
        .build()
        .unwrap_err();
    assert_eq!(report.len(), 2, "{report}");
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    #[open_model(minimum = 0)]
    pub value: Number,
    pub meta: Value,
}

#[test]
fn setters_take_what_converts() {
    let r = Reading::builder()
        .value(Number::from(3))
        .meta(Value::from("x"))
        .build()
        .unwrap();
    assert_eq!(
        open_model::to_json_string(&r).unwrap(),
        r#"{"value":3,"meta":"x"}"#
    );
}

/// Fields named as the builder's own method (`build`) or as another
/// field's null setter (`note_null`), as real documents name them (Google's
/// `Instance.build`).
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Release {
    pub build: String,
    pub note: Field<String>,
    pub note_null: Option<bool>,
}

#[test]
fn a_field_named_as_a_builder_method_gets_a_set_setter() {
    let r = Release::builder()
        .set_build("42")
        .note_null()
        .set_note_null(true)
        .extra("kept", "yes")
        .build()
        .unwrap();
    assert_eq!(r.build, "42");
    assert_eq!(r.note, Field::Null);
    assert_eq!(r.note_null, Some(true));
    assert_eq!(r.extra.get("kept"), Some(&Value::from("yes")));
    // `build()` is still the finisher, and reports what is missing.
    let err = Release::builder().build().unwrap_err();
    assert!(err.to_string().contains("build"), "{err}");
}
