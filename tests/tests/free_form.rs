//! Free-form maps decoded from JSON keep their validated text and build
//! their entries on the first look: none of it may show.

use gentrace_models::RunV2;
use open_model::{Map, Value};
use open_model_tests::decoded_and_checked;
use proptest::prelude::*;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};

fn hash(v: &impl std::hash::Hash) -> u64 {
    BuildHasherDefault::<DefaultHasher>::default().hash_one(v)
}

const PRETTY: &str = r#"{
    "b" : [1, 2.50, {"x": "caf\u00e9"}],
    "a" : {"nested" : {"deep" : null}},
    "s" : "with \"quotes\" and spaces   inside"
}"#;
const COMPACT: &str = r#"{"b":[1,2.50,{"x":"caf\u00e9"}],"a":{"nested":{"deep":null}},"s":"with \"quotes\" and spaces   inside"}"#;

#[test]
fn an_untouched_map_is_written_compact_and_as_it_came() {
    let m: Map = decoded_and_checked(PRETTY.as_bytes()).expect("valid");
    assert_eq!(
        open_model::to_json_string(&m).ok().as_deref(),
        Some(COMPACT)
    );
    // Looking does not change what is written.
    assert_eq!(m.len(), 3);
    assert_eq!(m.get("b").and_then(Value::as_list).map(Vec::len), Some(3));
    assert_eq!(
        open_model::to_json_string(&m).ok().as_deref(),
        Some(COMPACT)
    );
}

#[test]
fn reading_and_changing_behave_as_on_a_built_map() {
    let mut m: Map = decoded_and_checked(PRETTY.as_bytes()).expect("valid");
    let built: Map = [
        (
            "b",
            Value::from(vec![
                Value::from(1),
                open_model::from_json_str::<Value>("2.50").expect("number"),
                Value::from(Map::from_iter([("x", Value::from("café"))])),
            ]),
        ),
        (
            "a",
            Value::from(Map::from_iter([(
                "nested",
                Value::from(Map::from_iter([("deep", Value::Null)])),
            )])),
        ),
        ("s", Value::from("with \"quotes\" and spaces   inside")),
    ]
    .into_iter()
    .collect();
    assert_eq!(m, built);
    assert_eq!(built, m);
    assert_eq!(hash(&m), hash(&built));
    assert_eq!(format!("{m:?}"), format!("{built:?}"));
    assert_eq!(m.keys().collect::<Vec<_>>(), ["b", "a", "s"]);
    assert!(m.contains_key("a") && !m.contains_key("z"));
    assert_eq!(m["s"], built["s"]);

    let copy = m.clone();
    m.insert("z".into(), Value::from(true));
    assert_eq!(
        m.remove("b").map(|v| v.as_list().map(Vec::len)),
        Some(Some(3))
    );
    if let Some(Value::Dict(a)) = m.get_mut("a") {
        a.insert("new".into(), Value::from(1));
    }
    assert_eq!(
        open_model::to_json_string(&m).ok().as_deref(),
        Some(
            r#"{"a":{"nested":{"deep":null},"new":1},"s":"with \"quotes\" and spaces   inside","z":true}"#
        )
    );
    // The clone taken before is untouched, and still copies its text.
    assert_eq!(
        open_model::to_json_string(&copy).ok().as_deref(),
        Some(COMPACT)
    );
    assert_eq!(copy, built);
    let entries: Vec<(String, Value)> = copy.into_iter().collect();
    assert_eq!(entries.len(), 3);
}

#[test]
fn equality_is_by_value_not_by_text() {
    let a: Map = decoded_and_checked(PRETTY.as_bytes()).expect("valid");
    let b: Map = decoded_and_checked(COMPACT.as_bytes()).expect("valid");
    let c: Map = decoded_and_checked(br#"{"s":"with \"quotes\" and spaces   inside","a":{"nested":{"deep":null}},"b":[1,2.5,{"x":"caf\u00e9"}]}"#).expect("valid");
    let d: Map = decoded_and_checked(br#"{"s":"x","a":{},"b":[]}"#).expect("valid");
    assert_eq!(a, b);
    assert_eq!(a, c, "key order and 2.50 vs 2.5 do not matter");
    assert_eq!(hash(&a), hash(&c));
    assert_ne!(a, d);
}

#[test]
fn free_form_values_of_a_model_are_shared_across_threads() {
    fn send_sync<T: Send + Sync>(_: &T) {}
    let run: RunV2 =
        decoded_and_checked(include_bytes!("../../examples/run_v2.json")).expect("valid");
    send_sync(&run);
    // validate() of a decoded model passes and builds nothing it need not:
    // the output is still the copy of each map's text.
    let before = open_model::to_json_vec(&run).expect("writes");
    open_model::OpenModel::validate(&run).expect("valid");
    assert_eq!(open_model::to_json_vec(&run).expect("writes"), before);
    let run = std::sync::Arc::new(run);
    let lens: Vec<usize> = (0..4)
        .map(|_| {
            let run = run.clone();
            std::thread::spawn(move || run.step_runs.iter().map(|s| s.inputs.len()).sum())
        })
        .map(|t| t.join().expect("no panic"))
        .collect();
    assert!(lens.windows(2).all(|w| w[0] == w[1]));
}

/// Any JSON value: objects, arrays and scalars, nested.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(|f| Value::try_from(f).unwrap_or(Value::Null)),
        "[a-z \"\\\\\u{e9}\u{1F600}\n]{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::vec(("[a-z\u{e9}\"]{0,4}", inner), 0..6)
                .prop_map(|kv| Value::from(kv.into_iter().collect::<Map>())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Pretty or compact, a document decodes to the same value, writes the
    /// same compact bytes, and those read back as the same value.
    #[test]
    fn whitespace_never_shows(v in value()) {
        let compact = serde_json::to_string(&v).expect("serde_json");
        let pretty = serde_json::to_string_pretty(&v).expect("serde_json");
        let a: Value = decoded_and_checked(compact.as_bytes()).expect("valid");
        let b: Value = decoded_and_checked(pretty.as_bytes()).expect("valid");
        prop_assert_eq!(&a, &v);
        prop_assert_eq!(&b, &v);
        let written = open_model::to_json_string(&b).expect("writes");
        prop_assert_eq!(&written, &open_model::to_json_string(&a).expect("writes"));
        let back: Value = decoded_and_checked(written.as_bytes()).expect("valid");
        prop_assert_eq!(&back, &v);
        prop_assert_eq!(hash(&back), hash(&v));
    }
}

/// A map the fast scan leaves to the slow path (a surrogate escape, an
/// escaped key) is kept without whitespace too, escapes as written.
#[test]
fn kept_text_is_compact_on_the_slow_path_too() {
    let pretty = "{\n  \"\\u0061\": [ 1, 2 ],\n  \"s\": \"\\ud83d\\ude00 a b\"\n}";
    let v: Value = decoded_and_checked(pretty.as_bytes()).expect("valid");
    let written = open_model::to_json_string(&v).expect("writes");
    assert_eq!(written, r#"{"\u0061":[1,2],"s":"\ud83d\ude00 a b"}"#);
    let back: Value = decoded_and_checked(written.as_bytes()).expect("valid");
    assert_eq!(back, v);
}
