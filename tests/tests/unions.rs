//! Discriminated unions own their tag: they write it first whatever the
//! variant holds, read it back into the same value, and refuse a variant
//! whose own tag disagrees (issue 12, item 1).

use gentrace_models::{
    BooleanType, BooleanTypeType, MetadataValueObject, StringType, StringTypeType, UrlType,
    UrlTypeType,
};
use open_model::{open_model, Number, Value};
use proptest::prelude::*;

/// A card payment: the variant does not declare the tag as a field.
#[open_model(rename_all = "snake_case")]
#[derive(Debug, Clone, PartialEq)]
pub struct CardPaymentDetails {
    pub brand: String,
    pub last4: String,
    pub exp_month: Option<i64>,
}

/// A SEPA debit.
#[open_model(rename_all = "snake_case")]
#[derive(Debug, Clone, PartialEq)]
pub struct SepaDebitPaymentDetails {
    pub country: String,
}

/// Stripe's `payment_method_details`, as the issue wrote it.
#[open_model(tag = "type", rename_all = "snake_case")]
#[derive(Debug, Clone, PartialEq)]
pub enum PaymentMethodDetails {
    Card(Box<CardPaymentDetails>),
    SepaDebit(SepaDebitPaymentDetails),
}

/// A dog, which declares the tag as its own typed field.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Dog {
    pub r#type: String,
    pub name: String,
}

/// A cat, with an optional tag field.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Cat {
    pub r#type: Option<String>,
    pub lives: i64,
}

/// Pets by `type`.
#[open_model(tag = "type", rename_all = "lowercase")]
#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    Dog(Dog),
    Cat(Cat),
}

/// A model with no fields of its own: as a variant, any object with the
/// tag (what the generator makes of a `{}` member).
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct AnyAnimal {}

/// Two tags for one model (`hound` and `dog` both `Dog`), as a
/// discriminator's `mapping` may say, and an any-object variant.
#[open_model(tag = "type", rename_all = "lowercase")]
#[derive(Debug, Clone, PartialEq)]
pub enum Animal {
    Dog(Dog),
    Hound(Dog),
    Other(AnyAnimal),
}

fn card() -> CardPaymentDetails {
    CardPaymentDetails::new("visa".into(), "4242".into()).unwrap()
}

#[test]
fn a_union_built_in_code_writes_its_tag_first() {
    let details = PaymentMethodDetails::try_from(Box::new(card())).unwrap();
    let json = open_model::to_json_string(&details).unwrap();
    assert_eq!(json, r#"{"type":"card","brand":"visa","last4":"4242"}"#);
    assert_eq!(serde_json::to_string(&details).unwrap(), json);
    let back: PaymentMethodDetails = open_model_tests::decoded_and_checked_str(&json).unwrap();
    assert_eq!(back, details);
    let back: PaymentMethodDetails = serde_json::from_str(&json).unwrap();
    assert_eq!(back, details);
    assert_eq!(open_model::to_value(&details).to_string(), json);
}

#[test]
fn a_variant_built_directly_writes_the_tag_too() {
    let details =
        PaymentMethodDetails::SepaDebit(SepaDebitPaymentDetails::new("DE".into()).unwrap());
    let json = open_model::to_json_string(&details).unwrap();
    assert_eq!(json, r#"{"type":"sepa_debit","country":"DE"}"#);
    assert_eq!(
        open_model_tests::decoded_and_checked_str::<PaymentMethodDetails>(&json).unwrap(),
        details
    );
}

#[test]
fn the_tag_is_not_kept_in_the_variants_extras() {
    let json = r#"{"brand":"visa","type":"card","last4":"4242","wallet":null}"#;
    let details: PaymentMethodDetails = open_model_tests::decoded_and_checked_str(json).unwrap();
    let PaymentMethodDetails::Card(c) = &details else {
        panic!("not a card: {details:?}")
    };
    assert_eq!(c.extra.get("type"), None);
    assert_eq!(c.extra.get("wallet"), Some(&Value::Null));
    // Written back with the tag first, the rest in document order.
    assert_eq!(
        open_model::to_json_string(&details).unwrap(),
        r#"{"type":"card","brand":"visa","last4":"4242","wallet":null}"#
    );
    let through_serde: PaymentMethodDetails = serde_json::from_str(json).unwrap();
    assert_eq!(through_serde, details);
}

#[test]
fn a_variant_whose_tag_field_disagrees_is_refused() {
    let dog = Dog::new("cat".into(), "Rex".into()).unwrap();
    let pet = Pet::Dog(dog.clone());
    let report = pet.validate().unwrap_err();
    assert_eq!(
        report.to_string(),
        "type: the variant `Dog` must have 'type' \"dog\", found \"cat\""
    );
    let report = Pet::try_from(dog).unwrap_err();
    assert_eq!(report.errors()[0].path().to_pointer(), "/type");
    // Encoding refuses it rather than write a `cat` that reads back as a Cat.
    assert!(open_model::to_json_string(&pet).is_err());
    assert!(serde_json::to_string(&pet).is_err());

    let good = Pet::try_from(Dog::new("dog".into(), "Rex".into()).unwrap()).unwrap();
    good.validate().unwrap();
    let json = open_model::to_json_string(&good).unwrap();
    assert_eq!(json, r#"{"type":"dog","name":"Rex"}"#);
    assert_eq!(
        open_model_tests::decoded_and_checked_str::<Pet>(&json).unwrap(),
        good
    );
}

#[test]
fn an_absent_optional_tag_field_is_refused() {
    // Written, it would read back with the field set: not the same value.
    let cat = Cat::new(9).unwrap();
    let report = Pet::try_from(cat).unwrap_err();
    assert_eq!(
        report.to_string(),
        "type: the variant `Cat` must have 'type' \"cat\", found nothing"
    );
}

#[test]
fn a_tag_put_in_the_extras_is_moved_or_refused() {
    let mut c = card();
    c.insert_extra("type", "card").unwrap();
    // The constructor moves an agreeing tag out of the extras.
    let details = PaymentMethodDetails::try_from(Box::new(c.clone())).unwrap();
    let PaymentMethodDetails::Card(inner) = &details else {
        unreachable!()
    };
    assert_eq!(inner.extra.get("type"), None);
    // Built directly, it is refused: it would not read back the same.
    let direct = PaymentMethodDetails::Card(Box::new(c.clone()));
    assert_eq!(
        direct.validate().unwrap_err().to_string(),
        "type: the tag 'type' is written by the union; the variant `Card` must not hold it as an extra"
    );
    // A disagreeing one is refused by both, and by the writer.
    c.insert_extra("type", "sepa_debit").unwrap();
    assert!(PaymentMethodDetails::try_from(Box::new(c.clone())).is_err());
    assert!(open_model::to_json_string(&PaymentMethodDetails::Card(Box::new(c))).is_err());
}

#[test]
fn unions_validate_their_variants() {
    let mut c = card();
    c.insert_extra("bytes", Value::Bytes(vec![1])).unwrap();
    let url = UrlType::new(UrlTypeType::Url, "not a uri".into(), "x".into());
    // The model's own constructor already refuses the bad uri.
    assert!(url.is_err());
    let mut url = UrlType::new(UrlTypeType::Url, "https://a.b".into(), "x".into()).unwrap();
    url.url = "not a uri".into();
    let report = MetadataValueObject::Url(url).validate().unwrap_err();
    assert_eq!(report.errors()[0].path().to_pointer(), "/url");
}

#[test]
fn two_tags_for_one_model_read_and_write_their_own_tag() {
    let hound: Animal = open_model::from_json_str(r#"{"type":"hound","name":"Rex"}"#).unwrap();
    assert_eq!(
        hound,
        Animal::Hound(Dog::new("hound".into(), "Rex".into()).unwrap())
    );
    assert_eq!(
        open_model::to_json_string(&hound).unwrap(),
        r#"{"type":"hound","name":"Rex"}"#
    );
    // A dog whose own tag says `dog` is not a hound.
    let wrong = Animal::Hound(Dog::new("dog".into(), "Rex".into()).unwrap());
    assert!(wrong.validate().is_err());
    // The any-object variant keeps every other key.
    let other: Animal = open_model::from_json_str(r#"{"type":"other","legs":3}"#).unwrap();
    let Animal::Other(any) = &other else {
        panic!("{other:?}")
    };
    assert_eq!(any.extra.get("legs"), Some(&Value::from(3)));
    assert_eq!(
        open_model::to_json_string(&other).unwrap(),
        r#"{"type":"other","legs":3}"#
    );
    // `TryFrom` for the model one variant holds; none for `Dog`, which two
    // hold (which tag is meant is the caller's to say).
    assert!(Animal::try_from(AnyAnimal::new().unwrap()).is_ok());
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{0,8}",
        any::<String>(),
        Just("type".to_owned()),
        Just("\u{0}\"\\".to_owned()),
    ]
}

fn arb_scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "-?[1-9][0-9]{0,30}(\\.[0-9]{1,20})?(e-?[1-9][0-9]?)?"
            .prop_map(|s| Value::Number(s.parse::<Number>().unwrap())),
        arb_text().prop_map(Value::from),
    ]
}

fn arb_extras() -> impl Strategy<Value = Vec<(String, Value)>> {
    prop::collection::vec(
        (
            arb_text().prop_filter("not a typed key", |k| {
                ![
                    "type",
                    "brand",
                    "last4",
                    "exp_month",
                    "country",
                    "url",
                    "text",
                    "value",
                ]
                .contains(&k.as_str())
            }),
            arb_scalar(),
        ),
        0..4,
    )
}

fn arb_payment() -> impl Strategy<Value = PaymentMethodDetails> {
    prop_oneof![
        (arb_text(), arb_text(), any::<Option<i64>>(), arb_extras()).prop_map(
            |(brand, last4, exp_month, extras)| {
                let mut c = CardPaymentDetails::new(brand, last4).unwrap();
                c.exp_month = exp_month;
                for (k, v) in extras {
                    c.insert_extra(k, v).unwrap();
                }
                PaymentMethodDetails::Card(Box::new(c))
            }
        ),
        (arb_text(), arb_extras()).prop_map(|(country, extras)| {
            let mut s = SepaDebitPaymentDetails::new(country).unwrap();
            for (k, v) in extras {
                s.insert_extra(k, v).unwrap();
            }
            PaymentMethodDetails::SepaDebit(s)
        }),
    ]
}

fn arb_metadata() -> impl Strategy<Value = MetadataValueObject> {
    prop_oneof![
        (
            "https://[a-z]{1,8}\\.example/[a-z]{0,8}",
            arb_text(),
            arb_extras()
        )
            .prop_map(|(url, text, extras)| {
                let mut u = UrlType::new(UrlTypeType::Url, url, text).unwrap();
                for (k, v) in extras {
                    u.insert_extra(k, v).unwrap();
                }
                MetadataValueObject::Url(u)
            }),
        (arb_text(), arb_extras()).prop_map(|(value, extras)| {
            let mut s = StringType::new(StringTypeType::String, value).unwrap();
            for (k, v) in extras {
                s.insert_extra(k, v).unwrap();
            }
            MetadataValueObject::String(s)
        }),
        (any::<bool>(), arb_extras()).prop_map(|(value, extras)| {
            let mut b = BooleanType::new(BooleanTypeType::Boolean, value).unwrap();
            for (k, v) in extras {
                b.insert_extra(k, v).unwrap();
            }
            MetadataValueObject::Boolean(b)
        }),
    ]
}

fn arb_pet() -> impl Strategy<Value = Pet> {
    prop_oneof![
        arb_text().prop_map(|name| Pet::Dog(Dog::new("dog".into(), name).unwrap())),
        any::<i64>().prop_map(|lives| {
            let mut cat = Cat::new(lives).unwrap();
            cat.r#type = Some("cat".into());
            Pet::Cat(cat)
        }),
    ]
}

fn arb_animal() -> impl Strategy<Value = Animal> {
    prop_oneof![
        arb_text().prop_map(|name| Animal::Dog(Dog::new("dog".into(), name).unwrap())),
        arb_text().prop_map(|name| Animal::Hound(Dog::new("hound".into(), name).unwrap())),
        arb_extras().prop_map(|extras| {
            let mut any = AnyAnimal::new().unwrap();
            for (k, v) in extras {
                any.insert_extra(k, v).unwrap();
            }
            Animal::Other(any)
        }),
    ]
}

/// decode(encode(x)) == x through our JSON, serde_json, CBOR and `Value`.
fn round_trips<T>(x: &T) -> Result<(), TestCaseError>
where
    T: OpenModelish + std::fmt::Debug + PartialEq,
{
    x.check()
        .map_err(|e| TestCaseError::fail(format!("invalid: {e}")))?;
    open_model_tests::round_trips_everywhere(x).map_err(TestCaseError::fail)
}

/// What the round trip needs of a union: every union has these.
trait OpenModelish:
    open_model::Decode
    + open_model::Encode
    + serde::Serialize
    + serde::de::DeserializeOwned
    + Clone
    + Into<Value>
    + TryFrom<Value, Error = open_model::Report>
{
    fn check(&self) -> Result<(), open_model::Report>;
}

impl OpenModelish for PaymentMethodDetails {
    fn check(&self) -> Result<(), open_model::Report> {
        self.validate()
    }
}
impl OpenModelish for MetadataValueObject {
    fn check(&self) -> Result<(), open_model::Report> {
        self.validate()
    }
}
impl OpenModelish for Animal {
    fn check(&self) -> Result<(), open_model::Report> {
        self.validate()
    }
}
impl OpenModelish for Pet {
    fn check(&self) -> Result<(), open_model::Report> {
        self.validate()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn payment_details_built_in_code_round_trip(x in arb_payment()) {
        round_trips(&x)?;
    }

    #[test]
    fn gentrace_metadata_values_built_in_code_round_trip(x in arb_metadata()) {
        round_trips(&x)?;
    }

    #[test]
    fn pets_built_in_code_round_trip(x in arb_pet()) {
        round_trips(&x)?;
    }

    #[test]
    fn animals_with_two_tags_for_one_model_round_trip(x in arb_animal()) {
        round_trips(&x)?;
    }
}
