//! Every Gentrace model, driven by its own schema: a realistic valid
//! document decodes and round-trips byte for byte, and a document whose
//! every property has the wrong type reports each fault with its path.

use gentrace_models::{
    ExpandedPipeline, FilterableMetadataInput, FilterableMetadataInputValueGt,
    FilterableMetadataInputValueLt, SearchableStringInput, SearchableUnixSecondsInput, MODELS,
};
use open_model::{Map, Value};

fn components() -> Map {
    gentrace_models::components()
        .expect("no component clash")
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_dict)
        .cloned()
        .expect("components")
}

fn resolve<'a>(schema: &'a Value, comps: &'a Map) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => comps
            .get(r.trim_start_matches("#/components/schemas/"))
            .map(|s| resolve(s, comps))
            .expect("a component"),
        None => schema,
    }
}

fn num(text: &str) -> Value {
    Value::Number(text.parse().expect("a number"))
}

/// A realistic value for `schema`.
fn sample(schema: &Value, comps: &Map) -> Value {
    let schema = resolve(schema, comps);
    if let Some(e) = schema.get("example") {
        return e.clone();
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_list) {
        return values[0].clone();
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_list) {
        // Typed keys of every part first, the extension keys last, as a
        // composed model writes them.
        let (mut typed, mut extra) = (Map::new(), Map::new());
        for p in parts {
            if let Value::Dict(m) = sample(p, comps) {
                for (k, v) in m {
                    if k == "x-extra" {
                        extra.insert(k, v);
                    } else {
                        typed.insert(k, v);
                    }
                }
            }
        }
        typed.extend(extra);
        return Value::Dict(typed);
    }
    if let Some(options) = schema.get("oneOf").and_then(Value::as_list) {
        return sample(&options[options.len() - 1], comps);
    }
    let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => Value::from(match format {
            "uuid" => "1aa5dc15-a379-40f5-8793-4bca9bffc3f3",
            "date-time" | "datetime" => "2024-01-02T03:04:05.123Z",
            "date" => "2024-01-02",
            "uri" => "https://example.com/docs/1",
            _ => "caf\u{e9} \"quoted\"\n",
        }),
        Some("number") => match (schema.get("maximum"), format) {
            (Some(_), _) => num("0.75"),
            (None, "float") => num("1712345678.9"),
            _ => num("0.000123456789012345678901234567890"),
        },
        Some("integer") => num("42"),
        Some("boolean") => Value::Bool(true),
        Some("array") => {
            let items = schema.get("items").cloned().unwrap_or_default();
            Value::List(vec![sample(&items, comps)])
        }
        _ => {
            let mut out = Map::new();
            let props = schema.get("properties").and_then(Value::as_dict);
            for (k, v) in props.into_iter().flatten() {
                out.insert(k.clone(), sample(v, comps));
            }
            match schema.get("additionalProperties") {
                Some(Value::Bool(false)) => {}
                Some(ap @ Value::Dict(_)) => {
                    out.insert("someKey".into(), sample(ap, comps));
                }
                _ if props.is_some() || schema.get("type").is_some() => {
                    out.insert(
                        "x-extra".into(),
                        open_model_tests::decoded_and_checked_str(r#"{"n":1.10,"l":[true,null]}"#)
                            .expect("json"),
                    );
                }
                _ => return Value::from(vec![Value::from("any"), num("1.0")]),
            }
            Value::Dict(out)
        }
    }
}

/// A value of the wrong type for `schema` (none for a schema that takes
/// anything).
fn wrong(schema: &Value, comps: &Map) -> Option<Value> {
    let schema = resolve(schema, comps);
    if schema.get("oneOf").is_some() {
        return Some(Value::List(vec![]));
    }
    if schema.get("allOf").is_some() {
        return Some(Value::from("not an object"));
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => Some(num("12345")),
        Some("number" | "integer") => Some(Value::from("not a number")),
        Some("boolean") => Some(Value::from("no")),
        Some("array") => Some(Value::from("not an array")),
        Some("object") => Some(Value::from("not an object")),
        _ => None,
    }
}

/// The properties of an object schema, through `allOf`.
fn properties(schema: &Value, comps: &Map) -> Vec<(String, Value)> {
    let schema = resolve(schema, comps);
    let mut out = Vec::new();
    for part in schema
        .get("allOf")
        .and_then(Value::as_list)
        .into_iter()
        .flatten()
    {
        out.extend(properties(part, comps));
    }
    for (k, v) in schema
        .get("properties")
        .and_then(Value::as_dict)
        .into_iter()
        .flatten()
    {
        out.push((k.clone(), v.clone()));
    }
    out
}

#[test]
fn every_model_decodes_a_realistic_document_and_writes_it_back_exactly() {
    let comps = components();
    let options = open_model::Options::default();
    for model in MODELS {
        let doc = sample(&(model.schema)(), &comps);
        let json = open_model::to_json_vec(&doc).expect("JSON");
        let out = (model.format)(&json, &options)
            .unwrap_or_else(|e| panic!("{}: {e}\n{}", model.name, String::from_utf8_lossy(&json)));
        assert_eq!(
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&json),
            "{}",
            model.name
        );
    }
}

#[test]
fn every_fault_of_every_model_is_reported_with_its_path() {
    let comps = components();
    let options = open_model::Options::default();
    let mut faults = 0;
    for model in MODELS {
        let schema = (model.schema)();
        let props = properties(&schema, &comps);
        let is_object = schema.get("oneOf").is_none()
            && (schema.get("allOf").is_some()
                || schema.get("type") == Some(&Value::from("object")));
        let sampled = sample(&schema, &comps);
        let (true, Value::Dict(mut doc)) = (is_object, sampled) else {
            // An alias or a oneOf: the whole value of the wrong type.
            let bad = wrong(&schema, &comps).expect("a wrong value");
            let json = open_model::to_json_vec(&bad).expect("JSON");
            let report = (model.check)(&json, &options).expect_err(model.name);
            assert!(
                report.errors()[0].path().is_root(),
                "{}: {report}",
                model.name
            );
            faults += 1;
            continue;
        };
        let mut expected = Vec::new();
        if let Some(ap @ Value::Dict(_)) = schema.get("additionalProperties") {
            if let Some(bad) = wrong(ap, &comps) {
                doc.insert("someKey".into(), bad);
                expected.push("/someKey".to_owned());
            }
        }
        for (key, prop) in &props {
            if let Some(bad) = wrong(prop, &comps) {
                doc.insert(key.clone(), bad);
                expected.push(format!("/{key}"));
            }
        }
        let json = open_model::to_json_vec(&Value::Dict(doc)).expect("JSON");
        let report = (model.check)(&json, &options).expect_err(model.name);
        let got: Vec<String> = report
            .errors()
            .iter()
            .map(|e| e.path().to_pointer())
            .collect();
        assert_eq!(got, expected, "{}: {report}", model.name);
        assert!(report.errors().iter().all(|e| e.position().is_some()));
        faults += expected.len();
    }
    println!("{faults} faults reported across {} models", MODELS.len());
}

#[test]
fn one_of_takes_the_first_variant_that_fits_and_says_why_none_did() {
    let s: SearchableStringInput =
        open_model_tests::decoded_and_checked_str(r#""exact""#).expect("a string");
    assert_eq!(s, SearchableStringInput::String("exact".into()));
    let s: SearchableStringInput = open_model_tests::decoded_and_checked_str(
        r#"{"contains":"a","mode":"insensitive","note":1}"#,
    )
    .expect("an object");
    let SearchableStringInput::Object(search) = &s else {
        panic!("{s:?}")
    };
    assert_eq!(search.contains.as_deref(), Some("a"));
    assert_eq!(search.extra.get("note"), Some(&Value::from(1)));
    assert_eq!(
        open_model::to_json_string(&s).ok().as_deref(),
        Some(r#"{"contains":"a","mode":"insensitive","note":1}"#)
    );

    let report =
        open_model_tests::decoded_and_checked_str::<SearchableStringInput>(r#"{"mode":"loud"}"#)
            .expect_err("no variant");
    assert_eq!(
        report.errors()[0].to_string(),
        "line 1 column 1: value matches none of the variants: String: expected a string, found an object; \
         Object: mode: unknown value 'loud'; expected one of 'insensitive', 'default'"
    );
    let t: SearchableUnixSecondsInput =
        open_model_tests::decoded_and_checked_str(r#"{"gt":1700000000.5}"#).expect("a range");
    assert!(matches!(t, SearchableUnixSecondsInput::Object(_)));
    let t: SearchableUnixSecondsInput =
        open_model_tests::decoded_and_checked_str("1700000000.123456").expect("seconds");
    assert_eq!(
        open_model::to_json_string(&t).ok().as_deref(),
        Some("1700000000.123456")
    );
    // The serde path tries the variants on the buffered value.
    let f: FilterableMetadataInput =
        serde_json::from_str(r#"{"prompt":{"contains":"My prompt","gt":5,"lt":"z"}}"#)
            .expect("valid");
    let filter = f.extra.get("prompt").expect("a filter");
    assert_eq!(
        filter.gt,
        Some(FilterableMetadataInputValueGt::Number(5.into()))
    );
    assert_eq!(
        filter.lt,
        Some(FilterableMetadataInputValueLt::String("z".into()))
    );
}

#[test]
fn all_of_decodes_in_one_pass_with_one_extension_map() {
    let json = r#"{"id":"1aa5dc15-a379-40f5-8793-4bca9bffc3f3","createdAt":"2024-01-02T03:04:05Z","updatedAt":"2024-01-02T03:04:05Z","archivedAt":null,"labels":["a"],"slug":"p","organizationId":"o","goldenDatasetId":null,"evaluators":[],"x":1}"#;
    let p: ExpandedPipeline =
        open_model_tests::decoded_and_checked_str(json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(p.pipeline.slug, "p");
    assert_eq!(open_model::to_json_string(&p).ok().as_deref(), Some(json));
    assert_eq!(p.evaluators.as_ref().map(Vec::len), Some(0));
    assert_eq!(p.extra.get("x"), Some(&Value::from(1)));
    assert!(
        p.pipeline.extra.is_empty(),
        "one extension map: the composed model's"
    );
    use open_model::OpenModel;
    assert_eq!(p.get("slug"), Some(Value::from("p")));
    assert!(ExpandedPipeline::FIELDS
        .iter()
        .any(|f| f.wire_name == "slug"));
    let report = open_model_tests::decoded_and_checked_str::<ExpandedPipeline>(
        r#"{"evaluators":[],"slug":5}"#,
    )
    .expect_err("invalid");
    let got: Vec<String> = report.errors().iter().map(ToString::to_string).collect();
    assert!(
        got.iter()
            .any(|e| e.contains("slug: expected a string, found a number")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|e| e.contains("missing required key 'id'")),
        "{got:?}"
    );
}
