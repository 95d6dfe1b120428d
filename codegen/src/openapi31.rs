//! OpenAPI 3.1 read as 3.0: each 3.1 (JSON Schema 2020-12) construct that
//! has an exact 3.0 spelling is rewritten into it before anything else
//! reads the document, so the rest of the generator knows one dialect.
//!
//! | 3.1 | 3.0 |
//! |---|---|
//! | `type: [T, "null"]` | `type: T, nullable: true` |
//! | `type: [A, B]` | `anyOf: [{type: A}, {type: B}]` (with `"null"`, nullable) |
//! | `const: v` | `enum: [v]` |
//! | `exclusiveMinimum: n` (a number) | `minimum: n, exclusiveMinimum: true` (the tighter bound when both are given) |
//! | `examples: [v, …]` | `example: v` (when there is no `example`) |
//! | keywords beside a `$ref`, which 3.1 applies | `allOf: [{$ref}, {keywords}]` |
//! | `contentEncoding`, `contentMediaType` | dropped: annotations |
//!
//! Only schemas are rewritten: those of `components.schemas`, and every
//! `schema` of a media type, parameter or header, and what they hold
//! (`properties`, `items`, members, ...); a property named `const` stays
//! a property. A keyword with no 3.0 spelling (`prefixItems`, `if`) is
//! left for the rules that refuse it where it is.

use super::*;

/// The keywords of a schema whose value is a schema.
const SCHEMA_VALUED: [&str; 7] = [
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
];
/// The keywords of a schema whose value is a list of schemas.
const SCHEMA_LISTS: [&str; 4] = ["allOf", "anyOf", "oneOf", "prefixItems"];
/// The keywords of a schema whose value is a map of schemas.
const SCHEMA_MAPS: [&str; 5] = [
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
];

/// Rewrites every schema of the 3.1 document `doc` into its 3.0 spelling.
pub(crate) fn as_openapi_30(doc: &mut Value) {
    outside_schemas(doc);
}

/// The document around its schemas: every `schema` it holds (and each of
/// `components.schemas`) is rewritten; examples and extensions are data.
fn outside_schemas(v: &mut Value) {
    match v {
        Value::Dict(map) => {
            for (key, value) in map.iter_mut() {
                match key.as_str() {
                    "schema" => schema(value),
                    "schemas" => {
                        if let Value::Dict(schemas) = value {
                            schemas.iter_mut().for_each(|(_, s)| schema(s));
                        }
                    }
                    "example" | "examples" => {}
                    k if k.starts_with("x-") => {}
                    _ => outside_schemas(value),
                }
            }
        }
        Value::List(items) => items.iter_mut().for_each(outside_schemas),
        _ => {}
    }
}

/// One schema and every schema it holds.
fn schema(v: &mut Value) {
    let Value::Dict(map) = v else { return };
    rewrite(map);
    for (key, value) in map.iter_mut() {
        let key = key.as_str();
        if SCHEMA_VALUED.contains(&key) {
            match value {
                // `items` as a list is the draft-4 tuple form.
                Value::List(items) => items.iter_mut().for_each(schema),
                other => schema(other),
            }
        } else if SCHEMA_LISTS.contains(&key) {
            if let Value::List(items) = value {
                items.iter_mut().for_each(schema);
            }
        } else if SCHEMA_MAPS.contains(&key) {
            if let Value::Dict(schemas) = value {
                schemas.iter_mut().for_each(|(_, s)| schema(s));
            }
        }
    }
}

/// The 3.0 spelling of one schema's own keywords.
fn rewrite(map: &mut Map) {
    for k in ["contentEncoding", "contentMediaType"] {
        map.remove(k);
    }
    if let Some(v) = map.remove("const") {
        map.insert("enum".into(), Value::List(vec![v]));
    }
    if let Some(Value::List(examples)) = map.remove("examples") {
        if let (false, Some(first)) = (map.contains_key("example"), examples.into_iter().next()) {
            map.insert("example".into(), first);
        }
    }
    for (exclusive, bound, tighter) in [
        ("exclusiveMinimum", "minimum", std::cmp::Ordering::Greater),
        ("exclusiveMaximum", "maximum", std::cmp::Ordering::Less),
    ] {
        let Some(Value::Number(n)) = map.get(exclusive).cloned() else {
            continue;
        };
        // Both bounds: the tighter one decides (an equal inclusive bound
        // is the looser).
        let inclusive_wins = map
            .get(bound)
            .and_then(Value::as_number)
            .is_some_and(|b| b.cmp(&n) == tighter);
        if inclusive_wins {
            map.remove(exclusive);
        } else {
            map.insert(bound.into(), Value::Number(n));
            map.insert(exclusive.into(), Value::Bool(true));
        }
    }
    if let Some(Value::List(types)) = map.get("type").cloned() {
        if !map.contains_key("anyOf") {
            type_list(map, types);
        }
    }
    // What the 3.0 reading keeps beside a `$ref` stays there.
    let beside_ref = |k: &str| {
        !matches!(
            k,
            "$ref" | "description" | "summary" | "nullable" | "deprecated"
        ) && !without_meaning(k)
    };
    if map.contains_key("$ref") && map.iter().any(|(k, _)| beside_ref(k)) {
        let (reference, beside): (Map, Map) = std::mem::take(map)
            .into_iter()
            .partition(|(k, _)| !beside_ref(k));
        map.insert(
            "allOf".into(),
            Value::List(vec![Value::Dict(reference), Value::Dict(beside)]),
        );
    }
}

/// `type` given as a list: one type (and `"null"`) is that type, nullable;
/// several are the `anyOf` of each.
fn type_list(map: &mut Map, types: Vec<Value>) {
    let null = Value::Str("null".into());
    let nullable = types.contains(&null);
    let mut rest: Vec<Value> = types.into_iter().filter(|t| *t != null).collect();
    rest.dedup();
    if nullable {
        map.insert("nullable".into(), Value::Bool(true));
    }
    match rest.len() {
        0 => {
            // Only `null`: left as the list, for the rule that refuses it.
            map.insert("type".into(), Value::List(vec![null]));
        }
        1 => {
            map.insert("type".into(), rest.remove(0));
        }
        _ => {
            map.remove("type");
            let members = rest
                .into_iter()
                .map(|t| Value::Dict([("type".to_owned(), t)].into_iter().collect()))
                .collect();
            map.insert("anyOf".into(), Value::List(members));
        }
    }
}
