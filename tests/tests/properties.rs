//! Round-trip properties: for arbitrary `Value` trees and arbitrary valid
//! RunV2 models, decode(encode(x)) gives x back exactly (number literals, key
//! order, absent versus null), through JSON and through CBOR (where bytes stay
//! bytes).

use gentrace_models::{
    BooleanType, BooleanTypeType, MetadataValueObject, RunV2, RunV2StepRun, StringType,
    StringTypeType, UrlType, UrlTypeType,
};
use open_model::{Field, Map, Number, Value};
use proptest::prelude::*;

/// Strict equality: maps in order, numbers by literal.
fn identical(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Dict(x), Value::Dict(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|((k1, v1), (k2, v2))| k1 == k2 && identical(v1, v2))
        }
        (Value::List(x), Value::List(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| identical(v, w))
        }
        (Value::Number(x), Value::Number(y)) => x.is_identical(y),
        (x, y) => x == y,
    }
}

/// Any JSON number literal: small and huge integers, decimals, exponents,
/// and floats' shortest texts.
fn number() -> impl Strategy<Value = Number> {
    let int = any::<i64>().prop_map(Number::from);
    let big = "-?[1-9][0-9]{18,60}".prop_map(|s| s.parse::<Number>().expect("literal"));
    let decimal = (
        "-?(0|[1-9][0-9]{0,20})",
        "[0-9]{1,30}",
        prop::option::of("[eE][+-]?[0-9]{1,4}"),
    )
        .prop_map(|(i, f, e)| {
            format!("{i}.{f}{}", e.unwrap_or_default())
                .parse::<Number>()
                .expect("literal")
        });
    let float = any::<f64>()
        .prop_filter("finite", |f| f.is_finite())
        .prop_map(|f| Number::try_from(f).expect("finite"));
    prop_oneof![int, big, decimal, float]
}

fn leaf(bytes: bool) -> BoxedStrategy<Value> {
    let mut options = vec![
        Just(Value::Null).boxed(),
        any::<bool>().prop_map(Value::Bool).boxed(),
        number().prop_map(Value::Number).boxed(),
        any::<String>().prop_map(Value::Str).boxed(),
    ];
    if bytes {
        options.push(
            prop::collection::vec(any::<u8>(), 0..16)
                .prop_map(Value::Bytes)
                .boxed(),
        );
    }
    prop::strategy::Union::new(options).boxed()
}

fn value(bytes: bool) -> impl Strategy<Value = Value> {
    leaf(bytes).prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::List),
            prop::collection::vec((any::<String>(), inner), 0..6)
                .prop_map(|entries| Value::Dict(entries.into_iter().collect::<Map>())),
        ]
    })
}

/// UUID text in either case: the models keep it as sent.
fn uuid() -> impl Strategy<Value = String> {
    (any::<u128>(), any::<bool>()).prop_map(|(n, upper)| {
        let text = uuid::Uuid::from_u128(n).hyphenated().to_string();
        if upper {
            text.to_uppercase()
        } else {
            text
        }
    })
}

/// A number within the 32-bit float range, as `format: float` requires.
fn float32_range() -> impl Strategy<Value = Number> {
    number().prop_filter("float range", |n| {
        open_model::format::check_number(n, open_model::Format::Float).is_ok()
    })
}

fn free_form() -> impl Strategy<Value = Map> {
    prop::collection::vec((any::<String>(), value(false)), 0..4)
        .prop_map(|e| e.into_iter().collect())
}

/// Extras whose keys are not typed wire names.
fn extras(typed: &'static [&'static str]) -> impl Strategy<Value = Vec<(String, Value)>> {
    prop::collection::vec(("x[a-zA-Z0-9_-]{0,8}", value(false)), 0..3).prop_map(move |e| {
        e.into_iter()
            .filter(|(k, _)| !typed.contains(&k.as_str()))
            .collect()
    })
}

fn metadata_value() -> impl Strategy<Value = MetadataValueObject> {
    prop_oneof![
        // `url` is `format: uri`, which is checked (RFC 3986).
        (
            "[a-z][a-z0-9+.-]{0,6}:[a-zA-Z0-9/._~-]{0,12}(\\?[a-z0-9=&]{0,6})?(#[a-z0-9]{0,6})?",
            any::<String>()
        )
            .prop_map(|(url, text)| MetadataValueObject::Url(
                UrlType::new(UrlTypeType::Url, url, text).expect("valid")
            )),
        any::<String>().prop_map(|value| MetadataValueObject::String(
            StringType::new(StringTypeType::String, value).expect("valid")
        )),
        any::<bool>().prop_map(|value| MetadataValueObject::Boolean(
            BooleanType::new(BooleanTypeType::Boolean, value).expect("valid")
        )),
    ]
}

fn tri<T: std::fmt::Debug + Clone + 'static>(
    s: impl Strategy<Value = T> + 'static,
) -> impl Strategy<Value = Field<T>> {
    prop_oneof![
        Just(Field::Absent),
        Just(Field::Null),
        s.prop_map(Field::Value)
    ]
}

const STEP_KEYS: &[&str] = &[
    "stepRunId",
    "stepId",
    "providerName",
    "invocation",
    "order",
    "modelParams",
    "inputs",
    "outputs",
    "elapsedTime",
    "startTime",
    "endTime",
    "cost",
    "metadata",
    "error",
];

fn step_run() -> impl Strategy<Value = RunV2StepRun> {
    (
        (
            uuid(),
            uuid(),
            any::<String>(),
            any::<String>(),
            any::<i64>(),
        ),
        (free_form(), free_form(), free_form(), any::<i64>()),
        (float32_range(), float32_range(), number()),
        (
            tri(
                prop::collection::vec((any::<String>(), metadata_value()), 0..3)
                    .prop_map(|e| e.into_iter().collect::<Map<MetadataValueObject>>()),
            ),
            tri(any::<String>()),
            extras(STEP_KEYS),
        ),
    )
        .prop_map(
            |((sr, s, p, inv, order), (mp, i, o, el), (start, end, cost), (md, err, ex))| {
                let mut step = RunV2StepRun::new(
                    sr,
                    s,
                    p,
                    inv,
                    order,
                    mp,
                    i,
                    o,
                    el,
                    start.into(),
                    end.into(),
                    cost,
                )
                .expect("valid");
                step.metadata = md;
                step.error = err;
                for (k, v) in ex {
                    step.insert_extra(k, v).expect("not a typed key");
                }
                step
            },
        )
}

fn run() -> impl Strategy<Value = RunV2> {
    (
        uuid(),
        prop::collection::vec(step_run(), 0..3),
        extras(&["id", "stepRuns"]),
    )
        .prop_map(|(id, steps, ex)| {
            let mut run = RunV2::new(id, steps).expect("valid");
            for (k, v) in ex {
                run.insert_extra(k, v).expect("not a typed key");
            }
            run
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn values_round_trip_through_json(v in value(false)) {
        let json = open_model::to_json_vec(&v).expect("no bytes");
        let back: Value = open_model_tests::decoded_and_checked(&json).expect("own output decodes");
        prop_assert!(identical(&v, &back), "{v:?}\n{back:?}");
        prop_assert_eq!(open_model::to_json_vec(&back).ok(), Some(json));
    }

    #[test]
    fn values_round_trip_through_cbor_with_bytes(v in value(true)) {
        let mut cbor = Vec::new();
        ciborium::into_writer(&v, &mut cbor).expect("CBOR");
        let back: Value = ciborium::from_reader(cbor.as_slice()).expect("own output decodes");
        prop_assert!(identical(&v, &back), "{v:?}\n{back:?}");
    }

    #[test]
    fn runs_round_trip_through_json(r in run()) {
        let json = open_model::to_json_vec(&r).expect("JSON");
        let back: RunV2 = open_model_tests::decoded_and_checked(&json).expect("own output decodes");
        prop_assert_eq!(open_model::to_json_vec(&back).ok(), Some(json));
        prop_assert!(identical(&open_model::to_value(&r), &open_model::to_value(&back)));
    }

    #[test]
    fn runs_round_trip_through_cbor(r in run()) {
        let mut cbor = Vec::new();
        ciborium::into_writer(&r, &mut cbor).expect("CBOR");
        let back: RunV2 = ciborium::from_reader(cbor.as_slice()).expect("own output decodes");
        prop_assert!(identical(&open_model::to_value(&r), &open_model::to_value(&back)));
    }

    #[test]
    fn runs_round_trip_through_value(r in run()) {
        let back: RunV2 = open_model::from_value(open_model::to_value(&r)).expect("valid");
        prop_assert!(identical(&open_model::to_value(&r), &open_model::to_value(&back)));
    }
}
