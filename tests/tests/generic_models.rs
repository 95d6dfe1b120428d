//! Generic models (issue 15, part 2): Stripe's list envelope, once, for
//! every item type; each instantiation is its own schema component.

use open_model::schema::SchemaGen;
use open_model::{open_model, OpenModel, Value};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Charge {
    pub id: String,
    #[open_model(minimum = 1)]
    pub amount: i64,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Refund {
    pub charge: String,
}

/// A page of a list.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub data: Vec<T>,
    pub has_more: bool,
    pub url: String,
    pub next: Option<Box<T>>,
}

#[test]
fn a_generic_model_decodes_checks_and_writes_each_instantiation() {
    let text = r#"{"data":[{"id":"ch_1","amount":5}],"has_more":false,"url":"/v1/charges","object":"list"}"#;
    let page: Page<Charge> = open_model_tests::decoded_and_checked_str(text).unwrap();
    assert_eq!(page.data[0].amount, 5);
    assert_eq!(page.extra.get("object"), Some(&Value::from("list")));
    assert_eq!(open_model::to_json_string(&page).unwrap(), text);
    let page: Page<Charge> = serde_json::from_str(text).unwrap();
    assert_eq!(page.data.len(), 1);

    let bad = r#"{"data":[{"id":"ch_1","amount":0}],"has_more":false,"url":"/v1/charges"}"#;
    let err = open_model_tests::decoded_and_checked_str::<Page<Charge>>(bad).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1 column 32: data[0].amount: must be a value greater than or equal to 1"
    );

    let refunds: Page<Refund> = open_model_tests::decoded_and_checked_str(
        r#"{"data":[{"charge":"ch_1"}],"has_more":true,"url":"/v1/refunds"}"#,
    )
    .unwrap();
    assert!(refunds.has_more);
    let strings: Page<String> =
        open_model_tests::decoded_and_checked_str(r#"{"data":["a"],"has_more":true,"url":"/"}"#)
            .unwrap();
    assert_eq!(strings.data, ["a"]);
    assert_eq!(Page::<String>::FIELDS.len(), 4);
}

#[test]
fn each_instantiation_is_a_component_of_its_own() {
    let mut gen = SchemaGen::new();
    gen.add::<Page<Charge>>();
    gen.add::<Page<Refund>>();
    gen.add::<Page<Vec<String>>>();
    let names: Vec<_> = gen.components().keys().cloned().collect();
    assert_eq!(
        names,
        [
            "Charge",
            "Page_Charge",
            "Refund",
            "Page_Refund",
            "Page_Vec_String"
        ]
    );
    let doc = gen.into_components().unwrap();
    let page = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(|s| s.get("Page_Charge"))
        .unwrap();
    assert_eq!(
        page.get("properties")
            .and_then(|p| p.get("data"))
            .unwrap()
            .to_string(),
        r##"{"type":"array","items":{"$ref":"#/components/schemas/Charge"}}"##
    );
}

#[test]
fn a_generic_model_builds_and_round_trips() {
    let page = Page::<Charge>::builder()
        .data(vec![Charge::new("ch_2".into(), 7).unwrap()])
        .has_more(false)
        .url("/v1/charges")
        .build()
        .unwrap();
    open_model_tests::round_trips_everywhere(&page).unwrap();
    let missing = Page::<Charge>::builder().url("/").build().unwrap_err();
    assert_eq!(missing.len(), 2, "{missing}");
}

/// A generic model whose extension map holds its type parameter, with a
/// skipped field and a builder.
#[open_model(extra = T)]
#[derive(Debug, Clone, PartialEq)]
pub struct Bag<T> {
    pub name: String,
    #[open_model(skip)]
    pub seen: u32,
}

#[test]
fn a_generic_extension_map_and_a_skipped_field_work_together() {
    let bag: Bag<i64> =
        open_model_tests::decoded_and_checked_str(r#"{"name":"b","a":1,"b":2}"#).unwrap();
    assert_eq!(bag.extra.get("b"), Some(&2));
    let err = open_model_tests::decoded_and_checked_str::<Bag<i64>>(r#"{"name":"b","a":"x"}"#)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 1 column 17: a: expected an integer, found a string"
    );
    let built = Bag::<i64>::builder()
        .name("c")
        .extra("k", 3)
        .build()
        .unwrap();
    assert_eq!(
        open_model::to_json_string(&built).unwrap(),
        r#"{"name":"c","k":3}"#
    );
    let refused = Bag::<i64>::builder()
        .name("c")
        .extra("name", 3)
        .build()
        .unwrap_err();
    assert_eq!(refused.len(), 1, "{refused}");
    open_model_tests::round_trips_everywhere(&built).unwrap();
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub created: i64,
}

/// Every presence, a flattened base, and use as a union's variant.
#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope<T> {
    #[open_model(flatten)]
    pub meta: Meta,
    pub item: T,
    pub previous: Field<T>,
    #[open_model(required)]
    pub next: Option<T>,
    pub by_key: open_model::Map<T>,
}

#[open_model(tag = "kind", rename_all = "lowercase")]
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Charge(Envelope<Charge>),
    Refund(Envelope<Refund>),
}

use open_model::Field;

#[test]
fn generic_models_compose_with_every_other_construct() {
    let text = r#"{"kind":"charge","created":1,"item":{"id":"a","amount":2},"previous":null,"next":null,"byKey":{"x":{"id":"b","amount":3}}}"#;
    let event: Event = open_model_tests::decoded_and_checked_str(text).unwrap();
    let Event::Charge(env) = &event else { panic!() };
    assert_eq!(env.previous, Field::Null);
    assert_eq!(env.by_key.get("x").map(|c| c.amount), Some(3));
    assert_eq!(open_model::to_json_string(&event).unwrap(), text);
    open_model_tests::round_trips_everywhere(&event).unwrap();
    let schema = open_model::components_of::<Event>().unwrap().to_string();
    assert!(schema.contains(r##""mapping":{"charge":"#/components/schemas/Envelope_Charge","refund":"#/components/schemas/Envelope_Refund"}"##), "{schema}");
}
