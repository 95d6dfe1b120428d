//! Every model states its OpenAPI schema, and it equals the spec's.
//!
//! Normalisation, applied to both sides before comparing as JSON values:
//! object key order is ignored; `type: object` is implied where
//! `properties` are given; `additionalProperties: true` (the default) is
//! dropped; `required` is compared as a set. Numbers compare by value
//! (`maximum: 1.0` equals `maximum: 1`). Nothing else is loosened.

use open_model::{Map, Value};

fn spec_components() -> Map {
    let text = include_str!("../../spec/gentrace-openapi.yaml");
    let doc: Value = serde_norway::from_str(text).expect("the spec parses");
    doc.get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_dict)
        .cloned()
        .expect("components.schemas")
}

fn normalise(v: &Value) -> Value {
    match v {
        Value::Dict(m) => {
            let mut out: Vec<(String, Value)> = m
                .iter()
                .filter(|(k, v)| {
                    !(k.as_str() == "additionalProperties" && **v == Value::Bool(true))
                })
                .map(|(k, v)| {
                    let v = if k == "required" {
                        let mut names: Vec<String> = v
                            .as_list()
                            .map(|l| {
                                l.iter()
                                    .filter_map(|x| x.as_str().map(str::to_owned))
                                    .collect()
                            })
                            .unwrap_or_default();
                        names.sort();
                        Value::from(names)
                    } else if k == "properties" {
                        // property names are data, not keywords: keep them, normalise values
                        Value::Dict(
                            v.as_dict()
                                .map(|p| p.iter().map(|(k, v)| (k.clone(), normalise(v))).collect())
                                .unwrap_or_default(),
                        )
                    } else {
                        normalise(v)
                    };
                    (k.clone(), v)
                })
                .collect();
            if m.contains_key("properties") && !m.contains_key("type") {
                out.push(("type".into(), Value::from("object")));
            }
            out.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Dict(out.into_iter().collect())
        }
        Value::List(l) => Value::List(l.iter().map(normalise).collect()),
        other => other.clone(),
    }
}

#[test]
fn every_modelled_component_equals_the_spec() {
    let spec = spec_components();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for model in gentrace_models::MODELS {
        let Some(expected) = spec.get(model.name) else {
            wrong.push(format!("{}: not a component of the spec", model.name));
            continue;
        };
        let emitted = (model.schema)();
        if normalise(&emitted) != normalise(expected) {
            wrong.push(format!(
                "{}:\n  emitted {}\n  spec    {}",
                model.name,
                normalise(&emitted),
                normalise(expected)
            ));
        }
        checked += 1;
    }
    println!("{checked} components compared");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn components_document_gathers_references() {
    let doc = gentrace_models::components().expect("no component clash");
    let schemas = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_dict)
        .expect("schemas");
    for model in gentrace_models::MODELS {
        assert!(schemas.contains_key(model.name), "{}", model.name);
    }
}

#[test]
fn every_component_of_the_spec_is_modelled() {
    let spec = spec_components();
    let modelled: Vec<&str> = gentrace_models::MODELS.iter().map(|m| m.name).collect();
    let missing: Vec<&String> = spec
        .keys()
        .filter(|k| !modelled.contains(&k.as_str()))
        .collect();
    println!("{} of {} components modelled", modelled.len(), spec.len());
    assert!(missing.is_empty(), "not modelled yet: {missing:?}");
}
