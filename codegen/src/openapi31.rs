//! OpenAPI 3.1 read as 3.0: each 3.1 (JSON Schema 2020-12) construct that
//! has an exact 3.0 spelling is rewritten into it before anything else
//! reads the document, so the rest of the generator knows one dialect.
//!
//! | 3.1 | 3.0 |
//! |---|---|
//! | `type: [T, "null"]` | `type: T, nullable: true` |
//! | `type: "null"` (not as a member of `anyOf`/`oneOf`) | `nullable: true, enum: [null]` |
//! | `type: [A, B]` | `anyOf: [{type: A}, {type: B}]` (with `"null"`, nullable) |
//! | `const: v` | `enum: [v]` |
//! | `exclusiveMinimum: n` (a number) | `minimum: n, exclusiveMinimum: true` (the tighter bound when both are given) |
//! | `examples: [v, …]` | `example: v` (when there is no `example`) |
//! | keywords beside a `$ref`, which 3.1 applies | `allOf: [{$ref}, {keywords}]` |
//! | `contentEncoding`, `contentMediaType` | dropped: annotations |
//! | `true`, `false` as a schema | `{}`, `{not: {}}` |
//! | a keyword JSON Schema 2020-12 and OpenAPI 3.1 do not define (Codat's `descrciption`) | dropped with a warning: 2020-12 reads an unknown keyword as an annotation |
//!
//! A `$ref` that points through a place a rewrite moved (into the keywords
//! beside a `$ref`, now `allOf/1`) is pointed at where they went.
//!
//! Only schemas are rewritten: those of `components.schemas`, and every
//! `schema` of a media type, parameter or header, and what they hold
//! (`properties`, `items`, members, ...); a property named `const` stays
//! a property. A keyword with no 3.0 spelling (`prefixItems`, `if`) is
//! left for the rules that refuse it where it is.

use super::*;

/// The keywords of a schema whose value is a schema.
const SCHEMA_VALUED: [&str; 10] = [
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
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

/// Where a rewrite moved what the document wrote: a pointer into the
/// rewritten document (`…/allOf/1`), and where it stands in the document
/// as written (`…`), so that every problem and warning names a real place;
/// and what the rewrite dropped with a warning.
#[derive(Debug, Default)]
pub(crate) struct Moved(Vec<(String, String)>, pub(crate) Vec<Problem>);

impl Moved {
    fn note(&mut self, rewritten: String, written: String) {
        self.0.push((rewritten, written));
    }

    /// The places in the rewritten document that the pointer `written`
    /// (into the document as written) may now be at, nearest first.
    fn rewritten(&self, written: &str) -> Vec<String> {
        let mut out: Vec<(usize, String)> = self
            .0
            .iter()
            .filter_map(|(to, from)| {
                let rest = written.strip_prefix(from.as_str())?;
                (rest.is_empty() || rest.starts_with('/'))
                    .then(|| (from.len(), format!("{to}{rest}")))
            })
            .collect();
        out.sort_by_key(|(len, _)| std::cmp::Reverse(*len));
        out.into_iter().map(|(_, p)| p).collect()
    }

    /// `pointer` in the document as written.
    pub(crate) fn written(&self, pointer: &str) -> String {
        let mut at = pointer.to_owned();
        // A rewrite may hold another's result (`const` beside a `$ref`
        // moves twice); each step takes the longest match.
        for _ in 0..8 {
            let step = self
                .0
                .iter()
                .filter(|(from, _)| {
                    at == *from
                        || at
                            .strip_prefix(from.as_str())
                            .is_some_and(|r| r.starts_with('/'))
                })
                .max_by_key(|(from, _)| from.len());
            match step {
                Some((from, to)) => at = format!("{to}{}", &at[from.len()..]),
                None => break,
            }
        }
        at
    }
}

/// Rewrites every schema of the 3.1 document `doc` into its 3.0 spelling;
/// gives where the rewrites moved things.
pub(crate) fn as_openapi_30(doc: &mut Value) -> Moved {
    let mut moved = Moved::default();
    outside_schemas(doc, "#", &mut moved);
    let root = doc.clone();
    refs_followed(doc, &root, &moved);
    moved
}

/// Each `$ref` that names no place in the rewritten document, but did in
/// the document as written (a place a rewrite moved), pointed at where
/// that place went.
fn refs_followed(v: &mut Value, root: &Value, moved: &Moved) {
    match v {
        Value::Dict(map) => {
            if let Some(Value::Str(target)) = map.get_mut("$ref") {
                if target.starts_with("#/") && pointer_at(root, target).is_none() {
                    let found = moved
                        .rewritten(target)
                        .into_iter()
                        .find(|p| pointer_at(root, p).is_some());
                    if let Some(found) = found {
                        *target = found;
                    }
                }
            }
            for (_, value) in map.iter_mut() {
                refs_followed(value, root, moved);
            }
        }
        Value::List(items) => items.iter_mut().for_each(|i| refs_followed(i, root, moved)),
        _ => {}
    }
}

/// The value at a JSON pointer (`#/a/b`) into `root`.
fn pointer_at<'v>(root: &'v Value, pointer: &str) -> Option<&'v Value> {
    descend(
        root,
        pointer.strip_prefix("#/")?.split('/').map(pointer_unescape),
    )
}

fn child(at: &str, key: &str) -> String {
    format!("{at}/{}", pointer_escape(key))
}

/// The document around its schemas: every `schema` it holds (and each of
/// `components.schemas`) is rewritten; examples and extensions are data.
fn outside_schemas(v: &mut Value, at: &str, moved: &mut Moved) {
    match v {
        Value::Dict(map) => {
            for (key, value) in map.iter_mut() {
                let here = child(at, key);
                match key.as_str() {
                    "schema" => schema(value, &here, moved),
                    "schemas" => {
                        if let Value::Dict(schemas) = value {
                            for (name, s) in schemas.iter_mut() {
                                schema(s, &child(&here, name), moved);
                            }
                        }
                    }
                    "example" | "examples" => {}
                    k if k.starts_with("x-") => {}
                    _ => outside_schemas(value, &here, moved),
                }
            }
        }
        Value::List(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                outside_schemas(item, &format!("{at}/{i}"), moved);
            }
        }
        _ => {}
    }
}

/// One schema and every schema it holds.
fn schema(v: &mut Value, at: &str, moved: &mut Moved) {
    match v {
        Value::Bool(true) => *v = Value::Dict(Map::new()),
        Value::Bool(false) => {
            *v = Value::Dict(
                [("not".to_owned(), Value::Dict(Map::new()))]
                    .into_iter()
                    .collect(),
            );
            moved.note(child(at, "not"), at.to_owned());
        }
        _ => {}
    }
    let Value::Dict(map) = v else { return };
    rewrite(map, at, moved);
    for (key, value) in map.iter_mut() {
        let here = child(at, key);
        let key = key.as_str();
        let list = SCHEMA_LISTS.contains(&key) || SCHEMA_VALUED.contains(&key);
        match value {
            // 3.0 spells a boolean `additionalProperties` too (and an
            // `unevaluatedProperties` left for `allOf` becomes one).
            Value::Bool(_) if matches!(key, "additionalProperties" | "unevaluatedProperties") => {}
            // `items` as a list is the draft-4 tuple form.
            Value::List(items) if list => {
                for (i, item) in items.iter_mut().enumerate() {
                    schema(item, &format!("{here}/{i}"), moved);
                }
            }
            Value::Dict(schemas) if SCHEMA_MAPS.contains(&key) => {
                for (name, s) in schemas.iter_mut() {
                    schema(s, &child(&here, name), moved);
                }
            }
            other if SCHEMA_VALUED.contains(&key) => schema(other, &here, moved),
            _ => {}
        }
    }
}

/// Every keyword JSON Schema 2020-12 (with its older `definitions`,
/// `dependencies`, `additionalItems`) and OpenAPI 3.1 (and 3.0's
/// `nullable`) define; any other is an annotation in 2020-12.
const KEYWORDS: &str = "$schema $id $ref $anchor $dynamicRef $dynamicAnchor $vocabulary \
    $comment $defs definitions $recursiveRef $recursiveAnchor allOf anyOf oneOf not if then \
    else dependentSchemas dependencies prefixItems items additionalItems contains properties \
    patternProperties additionalProperties propertyNames unevaluatedItems \
    unevaluatedProperties type enum const multipleOf maximum exclusiveMaximum minimum \
    exclusiveMinimum maxLength minLength pattern maxItems minItems uniqueItems maxContains \
    minContains maxProperties minProperties required dependentRequired format \
    contentEncoding contentMediaType contentSchema title description default deprecated \
    readOnly writeOnly examples discriminator xml externalDocs example nullable id";

/// The 3.0 spelling of one schema's own keywords.
fn rewrite(map: &mut Map, at: &str, moved: &mut Moved) {
    for k in ["contentEncoding", "contentMediaType"] {
        map.remove(k);
    }
    let unknown: Vec<String> = map
        .iter()
        .map(|(k, _)| k.clone())
        .filter(|k| !k.starts_with("x-") && !KEYWORDS.split_ascii_whitespace().any(|w| w == k))
        .collect();
    for k in unknown {
        map.remove(&k);
        moved.1.push(Problem {
            path: child(at, &k),
            message: format!("`{k}` is not a JSON Schema 2020-12 or OpenAPI 3.1 keyword; 2020-12 reads an unknown keyword as an annotation, so it checks nothing: ignored"),
        });
    }
    if let Some(v) = map.remove("const") {
        map.insert("enum".into(), Value::List(vec![v]));
        moved.note(child(at, "enum"), child(at, "const"));
    }
    if let Some(Value::List(examples)) = map.remove("examples") {
        if let (false, Some(first)) = (map.contains_key("example"), examples.into_iter().next()) {
            map.insert("example".into(), first);
            moved.note(child(at, "example"), format!("{at}/examples/0"));
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
            moved.note(child(at, bound), child(at, exclusive));
        }
    }
    if let Some(Value::List(types)) = map.get("type").cloned() {
        if !map.contains_key("anyOf") {
            type_list(map, types, at, moved);
        }
    }
    null_only(map, at, moved);
    unevaluated(map, at, moved);
    // `unevaluatedProperties` beside a `$ref` judges what the reference
    // evaluates: the `allOf` of the reference, with it beside.
    if map.contains_key("$ref") && map.contains_key("unevaluatedProperties") {
        let reference: Map = map
            .remove("$ref")
            .map(|r| ("$ref".to_owned(), r))
            .into_iter()
            .collect();
        map.insert("allOf".into(), Value::List(vec![Value::Dict(reference)]));
        moved.note(format!("{at}/allOf/0"), at.to_owned());
    }
    // What the 3.0 reading keeps beside a `$ref` stays there; so does an
    // `unevaluated*` keyword, which judges what the reference evaluates
    // (left for the rule that refuses it).
    let beside_ref = |k: &str| {
        !matches!(
            k,
            "$ref"
                | "description"
                | "summary"
                | "nullable"
                | "deprecated"
                | "unevaluatedProperties"
                | "unevaluatedItems"
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
        moved.note(format!("{at}/allOf/0"), at.to_owned());
        moved.note(format!("{at}/allOf/1"), at.to_owned());
        moved.note(format!("{at}/allOf"), at.to_owned());
    }
}

/// The keywords that evaluate properties or items of a value beyond the
/// schema's own `properties`, `patternProperties`, `additionalProperties`,
/// `prefixItems`, `items` and `contains` (the subschemas in place).
pub(crate) const APPLICATORS: [&str; 8] = [
    "$ref",
    "allOf",
    "anyOf",
    "oneOf",
    "if",
    "then",
    "else",
    "dependentSchemas",
];

/// `unevaluatedProperties` and `unevaluatedItems` in a schema with no
/// subschema in place (no `allOf`, union, `if`, `$ref`, ...), where what
/// is evaluated is the schema's own keywords: `unevaluatedProperties` is
/// then `additionalProperties` (nothing when that is given: it evaluates
/// every other key), and `unevaluatedItems` the `items` after
/// `prefixItems` (nothing beside `items`). Beside an applicator, or
/// `unevaluatedItems` beside `contains`, it is left for the rule that
/// refuses it.
fn unevaluated(map: &mut Map, at: &str, moved: &mut Moved) {
    if APPLICATORS.iter().any(|k| map.contains_key(k)) {
        return;
    }
    for (keyword, plain, blocked) in [
        ("unevaluatedProperties", "additionalProperties", None),
        ("unevaluatedItems", "items", Some("contains")),
    ] {
        if !map.contains_key(keyword) || blocked.is_some_and(|b| map.contains_key(b)) {
            continue;
        }
        let Some(v) = map.remove(keyword) else {
            continue;
        };
        if !map.contains_key(plain) {
            map.insert(plain.into(), v);
            moved.note(child(at, plain), child(at, keyword));
        }
    }
}

/// `type` given as a list: one type (and `"null"`) is that type, nullable;
/// several are the `anyOf` of each.
/// `type: "null"` (or `["null"]`): the 3.0 spelling of a schema only
/// `null` meets, `nullable: true` with `enum: [null]` (an `enum` already
/// there keeps only its `null`). A member of `anyOf`/`oneOf` so written is
/// left for the union's rule, which reads it as the union's `nullable`.
/// Within an `allOf` it is `enum: [null]` alone: merged, a `nullable` would
/// widen the other members (`allOf: [{$ref: Currency}, {type: "null"}]`
/// admits no value in 3.1, and so reads).
fn null_only(map: &mut Map, at: &str, moved: &mut Moved) {
    let null = Value::Str("null".into());
    let only_null = match map.get("type") {
        Some(t @ Value::Str(_)) => *t == null,
        Some(Value::List(l)) => !l.is_empty() && l.iter().all(|t| *t == null),
        _ => false,
    };
    let member_of = |list: &str| {
        at.rsplit_once('/')
            .and_then(|(parent, i)| i.parse::<usize>().ok().map(|_| parent))
            .is_some_and(|parent| parent.ends_with(list))
    };
    if !only_null || member_of("/anyOf") || member_of("/oneOf") {
        return;
    }
    map.remove("type");
    // Within an `allOf` (a member, or a property of one) the schema may be
    // merged with another, which a `nullable` would widen.
    if !at.contains("/allOf/") {
        map.insert("nullable".into(), Value::Bool(true));
    }
    let nulls = match map.get("enum") {
        Some(Value::List(values)) => values.iter().filter(|v| v.is_null()).cloned().collect(),
        _ => vec![Value::Null],
    };
    map.insert("enum".into(), Value::List(nulls));
    moved.note(child(at, "enum"), child(at, "type"));
}

fn type_list(map: &mut Map, types: Vec<Value>, at: &str, moved: &mut Moved) {
    let null = Value::Str("null".into());
    let nullable = types.contains(&null);
    let mut rest: Vec<Value> = types.into_iter().filter(|t| *t != null).collect();
    rest.dedup();
    if nullable {
        map.insert("nullable".into(), Value::Bool(true));
        moved.note(child(at, "nullable"), child(at, "type"));
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
            moved.note(child(at, "anyOf"), child(at, "type"));
        }
    }
}
