//! The generator on real OpenAPI 3.0 documents written by others
//! (`tests/data/specs-real`, with their sources and licences): each generates
//! with the default options (`tests/build.rs`), compiles, and decodes every
//! example the document gives for its component schemas, writing each back
//! as the same document. An example that breaks its own schema is listed in
//! `example-failures.tsv` with the reason; the test fails if a listed example
//! starts to decode, or an unlisted one fails.

use open_model::Value;
use open_model_tests::same_document;

/// One generated document.
pub struct Document {
    pub file: &'static str,
    /// Decodes JSON as the named component's type and writes it back;
    /// `None` for a name that is not a component.
    pub check: fn(&str, &str) -> Option<Result<String, String>>,
    /// The emitted schema of the named component.
    pub schema: fn(&str) -> Option<Value>,
    /// What the generator loosened, each with its pointer.
    pub warnings: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/real_documents.rs"));
include!(concat!(env!("OUT_DIR"), "/split_wrapper.rs"));

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/specs-real");

fn read(file: &str) -> Value {
    let text = std::fs::read_to_string(format!("{DATA}/{file}")).expect("document");
    if file.ends_with(".json") {
        open_model_tests::decoded_and_checked_str(&text).expect("JSON document")
    } else {
        serde_norway::from_str(&text).expect("YAML document")
    }
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// An example of a component: where it is, which component, its JSON.
struct Example {
    pointer: String,
    component: String,
    json: String,
}

/// Every example the document gives for a component: a component's own
/// `example`, and the `example`/`examples` beside a `schema` that is a
/// `$ref` to a component (media types of request and response bodies,
/// parameters); and those beside an inline `schema`, for the type the
/// generator gave it (an operation's body), by the schema's pointer.
fn examples(doc: &Value) -> Vec<Example> {
    let mut out = Vec::new();
    if let Some(schemas) = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_dict)
    {
        for (name, schema) in schemas.iter() {
            if let Some(example) = schema.get("example") {
                out.push(Example {
                    pointer: format!("#/components/schemas/{}/example", escape(name)),
                    component: name.clone(),
                    json: open_model::to_json_string(example).expect("example as JSON"),
                });
            }
        }
    }
    walk(doc, "#", &mut out);
    out
}

fn walk(v: &Value, pointer: &str, out: &mut Vec<Example>) {
    match v {
        Value::Dict(m) => {
            // A `$ref` names its component; an inline schema is named by
            // its pointer, which `check` answers when it got a type.
            let target = m.get("schema").map(|s| {
                match s
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                {
                    Some(component) => component.replace("~1", "/").replace("~0", "~"),
                    None => format!("{pointer}/schema"),
                }
            });
            if let Some(component) = target {
                if let Some(example) = m.get("example") {
                    out.push(Example {
                        pointer: format!("{pointer}/example"),
                        component: component.clone(),
                        json: open_model::to_json_string(example).expect("example as JSON"),
                    });
                }
                for (name, ex) in m
                    .get("examples")
                    .and_then(Value::as_dict)
                    .into_iter()
                    .flat_map(|e| e.iter())
                {
                    if let Some(value) = ex.get("value") {
                        out.push(Example {
                            pointer: format!("{pointer}/examples/{}/value", escape(name)),
                            component: component.clone(),
                            json: open_model::to_json_string(value).expect("example as JSON"),
                        });
                    }
                }
            }
            for (k, child) in m.iter() {
                walk(child, &format!("{pointer}/{}", escape(k)), out);
            }
        }
        Value::List(l) => {
            for (i, child) in l.iter().enumerate() {
                walk(child, &format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// `file<TAB>pointer<TAB>reason` lines of the examples that break their own
/// schema.
fn listed_failures() -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(format!("{DATA}/example-failures.tsv")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut parts = l.splitn(3, '\t');
            Some((
                parts.next()?.to_owned(),
                parts.next()?.to_owned(),
                parts.next()?.to_owned(),
            ))
        })
        .collect()
}

/// The value a JSON pointer (`#/a/b~1c`) names in `doc`.
fn resolve<'a>(doc: &'a Value, pointer: &str) -> Option<&'a Value> {
    let mut at = doc;
    for raw in pointer.strip_prefix('#')?.split('/').skip(1) {
        let key = raw.replace("~1", "/").replace("~0", "~");
        at = match at {
            Value::Dict(m) => m.get(&key)?,
            Value::List(l) => l.get(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(at)
}

#[test]
fn every_warning_points_at_a_place_in_its_document() {
    for d in DOCUMENTS {
        let doc = read(d.file);
        for w in d.warnings {
            let pointer = w.split(": ").next().unwrap_or_default();
            assert!(resolve(&doc, pointer).is_some(), "{}: {w}", d.file);
        }
    }
}

#[test]
fn every_real_document_generates_and_compiles() {
    // Compiling this test compiled every generated document.
    let files: Vec<&str> = DOCUMENTS.iter().map(|d| d.file).collect();
    assert_eq!(files.len(), 7, "{files:?}");
    for d in DOCUMENTS {
        for w in d.warnings {
            println!("{}: warning: {w}", d.file);
        }
    }
}

#[test]
fn every_example_decodes_and_is_written_back_the_same() {
    let listed = listed_failures();
    let mut unexpected = Vec::new();
    let mut counts = Vec::new();
    for d in DOCUMENTS {
        let doc = read(d.file);
        let (mut decoded, mut failed, mut untyped) = (0, 0, 0);
        for ex in examples(&doc) {
            let listed_here = listed
                .iter()
                .find(|(f, p, _)| f == d.file && *p == ex.pointer);
            match (d.check)(&ex.component, &ex.json) {
                // An inline schema without a type of its own (a scalar, an
                // array of `$ref`s): nothing of ours to decode it as.
                None if ex.component.starts_with('#') => untyped += 1,
                None => unexpected.push(format!(
                    "{} {}: `{}` is not a generated component",
                    d.file, ex.pointer, ex.component
                )),
                Some(Ok(written)) => {
                    decoded += 1;
                    let (a, b): (Value, Value) = (
                        open_model_tests::decoded_and_checked_str(&ex.json).expect("example"),
                        open_model_tests::decoded_and_checked_str(&written).expect("written"),
                    );
                    if !same_document(&a, &b) {
                        unexpected.push(format!(
                            "{} {}: written back differently:\n  {}\n  {}",
                            d.file, ex.pointer, ex.json, written
                        ));
                    }
                    if listed_here.is_some() {
                        unexpected.push(format!(
                            "{} {}: listed as failing, but it decodes now: take it off the list",
                            d.file, ex.pointer
                        ));
                    }
                }
                Some(Err(report)) => {
                    failed += 1;
                    if listed_here.is_none() {
                        unexpected.push(format!(
                            "{}\t{}\t{}",
                            d.file,
                            ex.pointer,
                            report.replace('\n', " ")
                        ));
                    }
                }
            }
        }
        counts.push(format!(
            "{}: {decoded} decoded, {failed} listed as breaking their schema, {untyped} of inline schemas without a type",
            d.file
        ));
    }
    println!("{}", counts.join("\n"));
    assert!(
        unexpected.is_empty(),
        "{} unexpected outcome(s):\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
}

#[test]
fn a_document_split_into_modules_compiles_and_reads_as_one_file() {
    // `split_petstore` is the OpenAPITools petstore generated with
    // `Options::split`, each component in a module of its own, re-exported.
    let pet: split_petstore::Pet = open_model_tests::decoded_and_checked_str(
        r#"{"name":"doggie","photoUrls":["x"],"category":{"id":1,"name":"dogs"},"status":"available"}"#,
    )
    .unwrap();
    assert_eq!(pet.name, "doggie");
    assert!(pet.category.is_some());
}

/// The document's schemas as the generated models state them, after the
/// rules that say where they differ on purpose (each in the README):
/// - key order, `type: object` implied by `properties`,
///   `additionalProperties: true` dropped, `required` as a set, numbers by
///   value (the Gentrace schema test's rules);
/// - `x-*`, `xml`, `externalDocs` and `$comment` are dropped (annotations
///   with no place in a type);
/// - descriptions lose surrounding whitespace (they become doc comments);
/// - `allOf` of one `$ref` with only annotations beside it is that `$ref`
///   with them (the 3.0 idiom, generated as the reference);
/// - a `$ref` to a nullable component says `nullable` beside it (the
///   property holding it is nullable);
/// - a `discriminator` outside `oneOf`/`anyOf` is dropped (a warning:
///   the base decodes as itself); inside, its implicit mapping is written
///   out, as the emitted schema writes it;
/// - `type: object` is implied by `additionalProperties` too, and beside
///   `allOf` says nothing; empty `properties` say nothing;
/// - siblings of `$ref` other than `description`, `nullable`, `deprecated`
///   are ignored (OpenAPI 3.0; the generator warns);
/// - a tagged union states its tag (`type: object`, the tag required, its
///   property a string), which a document may leave to the discriminator.
fn normalise(v: &Value, schemas: &open_model::Map) -> Value {
    let Value::Dict(m) = v else {
        return match v {
            Value::List(l) => Value::List(l.iter().map(|x| normalise(x, schemas)).collect()),
            other => other.clone(),
        };
    };
    // `allOf: [{$ref}]` with annotations beside it: the `$ref`.
    let mut m = m.clone();
    if let Some([only]) = m.get("allOf").and_then(Value::as_list).map(Vec::as_slice) {
        if only.get("$ref").is_some() {
            let only = only.clone();
            m.remove("allOf");
            for (k, v) in only.as_dict().into_iter().flat_map(|d| d.iter()) {
                m.insert(k.clone(), v.clone());
            }
        }
    }
    if let Some(target) = m
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
    {
        let nullable = schemas
            .get(target)
            .and_then(|s| s.get("nullable"))
            .and_then(Value::as_bool)
            == Some(true);
        if nullable {
            m.insert("nullable".into(), Value::Bool(true));
        }
    }
    let union = m.contains_key("oneOf") || m.contains_key("anyOf");
    // The implicit mapping of a discriminator (a `$ref` member's tag is its
    // component's name), written out as the emitted schema writes it.
    if let (true, Some(d)) = (
        union,
        m.get("discriminator").and_then(Value::as_dict).cloned(),
    ) {
        let mut mapping = d
            .get("mapping")
            .and_then(Value::as_dict)
            .cloned()
            .unwrap_or_default();
        let members = m
            .get("oneOf")
            .or_else(|| m.get("anyOf"))
            .and_then(Value::as_list)
            .cloned()
            .unwrap_or_default();
        for r in members
            .iter()
            .filter_map(|x| x.get("$ref").and_then(Value::as_str))
        {
            if !mapping.iter().any(|(_, v)| v.as_str() == Some(r)) {
                if let Some(name) = r.strip_prefix("#/components/schemas/") {
                    mapping.insert(name.to_owned(), Value::from(r));
                }
            }
        }
        let mut d = d.clone();
        d.insert("mapping".into(), Value::Dict(mapping));
        m.insert("discriminator".into(), Value::Dict(d));
    }
    // Siblings of `$ref` other than these are ignored (OpenAPI 3.0; the
    // generator warns).
    if m.contains_key("$ref") {
        m = m
            .iter()
            .filter(|(k, _)| {
                matches!(
                    k.as_str(),
                    "$ref" | "description" | "nullable" | "deprecated"
                )
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
    }
    // A tagged union's schema states its tag: `type: object`, the tag
    // required, and its property a string.
    if let (true, Some(tag)) = (
        union,
        m.get("discriminator")
            .and_then(|d| d.get("propertyName"))
            .and_then(Value::as_str)
            .map(str::to_owned),
    ) {
        let only_tag = |v: &Value| {
            v.as_dict()
                .is_some_and(|p| p.len() == 1 && p.get(&tag).is_some())
        };
        if m.get("properties").is_some_and(only_tag) {
            m.remove("properties");
        }
        if m.get("required")
            .and_then(Value::as_list)
            .is_some_and(|r| r.len() == 1 && r[0].as_str() == Some(&tag))
        {
            m.remove("required");
        }
        if m.get("type").and_then(Value::as_str) == Some("object") {
            m.remove("type");
        }
    }
    // `type: object` beside `allOf` (whose members are objects) or implied by
    // `additionalProperties`, and empty `properties`, say nothing.
    if m.contains_key("allOf") && m.get("type").and_then(Value::as_str) == Some("object") {
        m.remove("type");
    }
    if m.get("properties")
        .and_then(Value::as_dict)
        .is_some_and(|p| p.is_empty())
    {
        m.remove("properties");
    }
    let mut out: Vec<(String, Value)> = m
        .iter()
        .filter(|(k, v)| !(k.as_str() == "additionalProperties" && **v == Value::Bool(true)))
        .filter(|(k, _)| {
            !k.starts_with("x-") && !matches!(k.as_str(), "xml" | "externalDocs" | "$comment")
        })
        .filter(|(k, _)| union || k.as_str() != "discriminator")
        .map(|(k, v)| {
            let v = match k.as_str() {
                "required" => {
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
                }
                "properties" => Value::Dict(
                    v.as_dict()
                        .map(|p| {
                            p.iter()
                                .map(|(k, v)| (k.clone(), normalise(v, schemas)))
                                .collect()
                        })
                        .unwrap_or_default(),
                ),
                "description" => Value::from(v.as_str().unwrap_or_default().trim()),
                _ => normalise(v, schemas),
            };
            (k.clone(), v)
        })
        .collect();
    let object_keywords = m.contains_key("properties") || m.contains_key("additionalProperties");
    if object_keywords && !m.contains_key("type") && !m.contains_key("allOf") {
        out.push(("type".into(), Value::from("object")));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Value::Dict(out.into_iter().collect())
}

/// Where two normalised schemas first differ, and how.
fn first_difference(a: &Value, b: &Value, at: &str) -> String {
    match (a, b) {
        (Value::Dict(x), Value::Dict(y)) => {
            for (k, v) in x.iter() {
                match y.get(k) {
                    Some(w) if same_document(v, w) => {}
                    Some(w) => return first_difference(v, w, &format!("{at}/{k}")),
                    None => return format!("{at}/{k}: only in the document"),
                }
            }
            for (k, _) in y.iter() {
                if x.get(k).is_none() {
                    return format!("{at}/{k}: only emitted");
                }
            }
            format!("{at}: equal")
        }
        (Value::List(x), Value::List(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find(|(_, (v, w))| !same_document(v, w))
            .map(|(i, (v, w))| first_difference(v, w, &format!("{at}/{i}")))
            .unwrap_or_default(),
        _ => format!(
            "{at}: document {} emitted {}",
            open_model::to_json_string(a)
                .unwrap_or_default()
                .chars()
                .take(120)
                .collect::<String>(),
            open_model::to_json_string(b)
                .unwrap_or_default()
                .chars()
                .take(120)
                .collect::<String>()
        ),
    }
}

#[test]
fn every_component_states_the_documents_schema() {
    let listed: Vec<(String, String, String)> = {
        let text =
            std::fs::read_to_string(format!("{DATA}/schema-differences.tsv")).unwrap_or_default();
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut p = l.splitn(3, '\t');
                Some((
                    p.next()?.to_owned(),
                    p.next()?.to_owned(),
                    p.next()?.to_owned(),
                ))
            })
            .collect()
    };
    let mut unexpected = Vec::new();
    let mut counts = Vec::new();
    for d in DOCUMENTS {
        let doc = read(d.file);
        let schemas = doc
            .get("components")
            .and_then(|c| c.get("schemas"))
            .and_then(Value::as_dict)
            .cloned()
            .unwrap_or_default();
        let (mut equal, mut listed_here) = (0, 0);
        for (name, schema) in schemas.iter() {
            let emitted = (d.schema)(name).expect("every component is generated");
            let same = same_document(&normalise(schema, &schemas), &normalise(&emitted, &schemas));
            let is_listed = listed.iter().any(|(f, c, _)| f == d.file && c == name);
            match (same, is_listed) {
                (true, false) => equal += 1,
                (false, true) => listed_here += 1,
                (true, true) => unexpected.push(format!(
                    "{} {name}: listed as differing, but it is equal now: take it off the list",
                    d.file
                )),
                (false, false) => unexpected.push(format!(
                    "{}\t{name}\t{}",
                    d.file,
                    first_difference(
                        &normalise(schema, &schemas),
                        &normalise(&emitted, &schemas),
                        ""
                    )
                )),
            }
        }
        counts.push(format!("{}: {equal} equal, {listed_here} listed", d.file));
    }
    println!("{}", counts.join("\n"));
    assert!(
        unexpected.is_empty(),
        "{} unexpected:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
}
