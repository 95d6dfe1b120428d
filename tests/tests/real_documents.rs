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
    /// What the generator loosened, each with its pointer.
    pub warnings: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/real_documents.rs"));
include!(concat!(env!("OUT_DIR"), "/split_wrapper.rs"));

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/specs-real");

fn read(file: &str) -> Value {
    let text = std::fs::read_to_string(format!("{DATA}/{file}")).expect("document");
    if file.ends_with(".json") {
        open_model::from_json_str(&text).expect("JSON document")
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
/// parameters).
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
            let target = m
                .get("schema")
                .and_then(|s| s.get("$ref"))
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"));
            if let Some(component) = target {
                let component = component.replace("~1", "/").replace("~0", "~");
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
        let (mut decoded, mut failed) = (0, 0);
        for ex in examples(&doc) {
            let listed_here = listed
                .iter()
                .find(|(f, p, _)| f == d.file && *p == ex.pointer);
            match (d.check)(&ex.component, &ex.json) {
                None => unexpected.push(format!(
                    "{} {}: `{}` is not a generated component",
                    d.file, ex.pointer, ex.component
                )),
                Some(Ok(written)) => {
                    decoded += 1;
                    let (a, b): (Value, Value) = (
                        open_model::from_json_str(&ex.json).expect("example"),
                        open_model::from_json_str(&written).expect("written"),
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
            "{}: {decoded} decoded, {failed} listed as breaking their schema",
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
    let pet: split_petstore::Pet = open_model::from_json_str(
        r#"{"name":"doggie","photoUrls":["x"],"category":{"id":1,"name":"dogs"},"status":"available"}"#,
    )
    .unwrap();
    assert_eq!(pet.name, "doggie");
    assert!(pet.category.is_some());
}
