//! Generates one model per group of the JSON Schema Test Suite (draft 4)
//! with the open-model generator, and the table of cases that
//! `tests/json_schema_suite.rs` runs. A group the generator cannot express
//! is kept in the table with the generator's reasons, to be reported as
//! skipped: nothing is left out silently.

use open_model::{Map, Value};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("data/json-schema-test-suite/draft4");
    println!("cargo:rerun-if-changed=data/json-schema-test-suite");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();

    let mut models = String::new();
    let mut table = String::from("&[\n");
    for (fi, path) in files.iter().enumerate() {
        let name = path
            .strip_prefix(&root)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let groups = match open_model::from_json_str::<Value>(&text) {
            Ok(Value::List(groups)) => groups,
            _ => panic!("{name}: not a list of test groups"),
        };
        for (gi, group) in groups.iter().enumerate() {
            let id = format!("g{fi}_{gi}");
            let description = group
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let schema = group.get("schema").cloned().unwrap_or(Value::Null);
            let outcome = components(&schema).and_then(|c| {
                let options = open_model_codegen::Options {
                    big_integers: true,
                    untyped_any: true,
                    ..Default::default()
                };
                let said = |problems: Vec<open_model_codegen::Problem>| {
                    problems
                        .iter()
                        .map(|p| p.to_string().replace("#/components/schemas/Root", "#"))
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                match open_model_codegen::generate_schemas(&c, &options) {
                    Ok(g) => Ok(g.source),
                    // Read as OpenAPI 3.0 first; a schema whose keywords
                    // mean the same in draft 4 and in JSON Schema 2020-12
                    // (OpenAPI 3.1) is read as 3.1 when 3.0 has no
                    // spelling for it (`type: null`, `patternProperties`).
                    Err(_) if same_in_2020_12(&schema) => as_openapi_31(&c, &options).map_err(said),
                    Err(p) => Err(said(p)),
                }
            });
            let (check, skip) = match outcome {
                Ok(source) => {
                    let _ = write!(
                        models,
                        "#[allow(dead_code, missing_docs, clippy::all, clippy::pedantic)]\nmod {id} {{\n{source}\n\
                         pub fn check(json: &str) -> Result<(), String> {{\n\
                         open_model::from_json_str::<{root}>(json).map(|_| ()).map_err(|r| r.to_string())\n}}\n}}\n",
                        root = if admits_null(&schema) { "Option<Root>" } else { "Root" },
                    );
                    (format!("Some({id}::check)"), "None".to_owned())
                }
                Err(reason) => ("None".to_owned(), format!("Some({reason:?})")),
            };
            let _ = write!(
                table,
                "Group {{ file: {name:?}, description: {description:?}, check: {check}, skip: {skip}, cases: &["
            );
            for case in group
                .get("tests")
                .and_then(Value::as_list)
                .map(Vec::as_slice)
                .unwrap_or_default()
            {
                let data = case
                    .get("data")
                    .map(|d| open_model::to_json_string(d).unwrap_or_default())
                    .unwrap_or_default();
                let valid = case
                    .get("valid")
                    .and_then(Value::as_bool)
                    .unwrap_or_default();
                let cd = case
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                let _ = write!(
                    table,
                    "Case {{ description: {cd:?}, data: {data:?}, valid: {valid} }},"
                );
            }
            table.push_str("] },\n");
        }
    }
    table.push(']');
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    // Names no Rust item can carry as they are, for tests/generated_names.rs.
    println!("cargo:rerun-if-changed=data/odd-names.json");
    let odd = std::fs::read_to_string(manifest.join("data/odd-names.json")).unwrap_or_default();
    let odd = open_model_codegen::generate(&odd, &Default::default())
        .unwrap_or_else(|p| panic!("odd-names.json: {p:?}"))
        .source;
    std::fs::write(out.join("odd_names.rs"), odd).unwrap_or_else(|e| panic!("write: {e}"));
    println!("cargo:rerun-if-changed=data/generator-features.yaml");
    let features =
        std::fs::read_to_string(manifest.join("data/generator-features.yaml")).unwrap_or_default();
    let features = open_model_codegen::generate(&features, &Default::default())
        .unwrap_or_else(|p| panic!("generator-features.yaml: {p:?}"))
        .source;
    std::fs::write(out.join("features.rs"), features).unwrap_or_else(|e| panic!("write: {e}"));
    std::fs::write(out.join("suite_models.rs"), models).unwrap_or_else(|e| panic!("write: {e}"));
    std::fs::write(out.join("suite_table.rs"), table).unwrap_or_else(|e| panic!("write: {e}"));
    real_documents(&manifest, &out);
}

/// The real OpenAPI documents of `data/specs-real`, each generated with the
/// default options into a module with a `check(component, json)` that
/// decodes a document as the component's type (or, given the pointer of an
/// operation's inline schema, as its type) and writes it back, and the
/// generator's warnings: for `tests/real_documents.rs`.
fn real_documents(manifest: &Path, out: &Path) {
    let dir = manifest.join("data/specs-real");
    println!("cargo:rerun-if-changed=data/specs-real");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "yaml" || x == "json"));
    files.sort();
    let mut code = String::new();
    let mut index = String::from("pub const DOCUMENTS: &[Document] = &[\n");
    for path in &files {
        let file = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let id: String = file
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let generated = open_model_codegen::generate(&text, &Default::default())
            .unwrap_or_else(|p| panic!("{file} does not generate: {p:?}"));
        let mut arms = String::new();
        let mut schema_arms = String::new();
        for (component, ty) in &generated.components {
            let _ = writeln!(
                schema_arms,
                "{component:?} => Some(open_model::schema_of::<{ty}>()),"
            );
            let _ = writeln!(
                arms,
                "{component:?} => Some(open_model::from_json_str::<{ty}>(json).map_err(|r| r.to_string()).and_then(|v| open_model::to_json_string(&v).map_err(|e| e.to_string()))),"
            );
        }
        // An operation's inline schema that has a type answers to its
        // pointer, as a component answers to its name.
        for (pointer, ty) in &generated.bodies {
            let _ = writeln!(
                arms,
                "{pointer:?} => Some(open_model::from_json_str::<{ty}>(json).map_err(|r| r.to_string()).and_then(|v| open_model::to_json_string(&v).map_err(|e| e.to_string()))),"
            );
        }
        let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
        let _ = write!(
            code,
            "#[allow(dead_code, missing_docs, clippy::all, clippy::pedantic)]\npub mod {id} {{\n{source}\n\
             pub fn check(component: &str, json: &str) -> Option<Result<String, String>> {{\n\
             match component {{\n{arms}_ => None,\n}}\n}}\n\
             pub fn schema(component: &str) -> Option<open_model::Value> {{\n\
             match component {{\n{schema_arms}_ => None,\n}}\n}}\n\
             pub const WARNINGS: &[&str] = &{warnings:?};\n}}\n",
            source = generated.source,
        );
        let _ = writeln!(
            index,
            "    Document {{ file: {file:?}, check: {id}::check, schema: {id}::schema, warnings: {id}::WARNINGS }},"
        );
    }
    index.push_str("];\n");
    std::fs::write(out.join("real_documents.rs"), code + &index)
        .unwrap_or_else(|e| panic!("write: {e}"));
    split_document(&dir.join("openapitools-petstore-fake-endpoints.yaml"), out);
}

/// One document generated as modules (`Options::split`), written as
/// `generate --split` writes them, and a wrapper that includes them into
/// one module (a `#[path]` cannot name `OUT_DIR`): the split output must
/// compile and read as the single file does.
fn split_document(path: &Path, out: &Path) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let options = open_model_codegen::Options {
        split: true,
        ..Default::default()
    };
    let generated = open_model_codegen::generate(&text, &options)
        .unwrap_or_else(|p| panic!("{}: {p:?}", path.display()));
    let dir = out.join("split");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut wrapper = String::new();
    for m in &generated.modules {
        let file = dir.join(format!("{}.rs", m.name));
        std::fs::write(&file, &m.source).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        if m.name == "mod" {
            for line in m.source.lines() {
                match line.strip_prefix("mod ").and_then(|l| l.strip_suffix(';')) {
                    Some(name) => {
                        let _ = writeln!(
                            wrapper,
                            "mod {name} {{ include!(concat!(env!(\"OUT_DIR\"), \"/split/{name}.rs\")); }}"
                        );
                    }
                    None => {
                        let _ = writeln!(wrapper, "{line}");
                    }
                }
            }
        }
    }
    let wrapper = format!(
        "#[allow(dead_code, missing_docs, clippy::all, clippy::pedantic)]\npub mod split_petstore {{\n{wrapper}}}\n"
    );
    std::fs::write(out.join("split_wrapper.rs"), wrapper).unwrap_or_else(|e| panic!("write: {e}"));
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            out.push(p);
        }
    }
}

/// The group's schema as OpenAPI components: the schema itself as `Root`,
/// its `definitions` as `Def<name>`, and the references to them rewritten.
/// Whether the root schema's `type` admits `null` (`"null"`, or a list
/// with it): the generator makes such a component `nullable`, which the
/// property holding it reads as `Option`; at the top of a document the
/// suite holds it so too.
fn admits_null(schema: &Value) -> bool {
    match schema.get("type") {
        Some(Value::Str(t)) => t == "null",
        Some(Value::List(l)) => l.iter().any(|t| t.as_str() == Some("null")),
        _ => false,
    }
}

/// Draft 4's keywords whose 2020-12 names differ, in every subschema,
/// under those names: `dependencies` as `dependentRequired` (a list) and
/// `dependentSchemas` (a schema), a list of `items` as `prefixItems` with
/// `additionalItems` as the `items` after it (the positions
/// `same_in_2020_12` reads).
fn renamed_to_2020_12(schema: &mut Value) {
    let Value::Dict(map) = schema else { return };
    if let Some(Value::Dict(deps)) = map.remove("dependencies") {
        let (lists, schemas): (Vec<_>, Vec<_>) =
            deps.into_iter().partition(|(_, v)| v.as_list().is_some());
        if !lists.is_empty() {
            let lists = lists.into_iter().collect();
            map.insert("dependentRequired".to_owned(), Value::Dict(lists));
        }
        if !schemas.is_empty() {
            let mut schemas: Map = schemas.into_iter().collect();
            schemas.iter_mut().for_each(|(_, s)| renamed_to_2020_12(s));
            map.insert("dependentSchemas".to_owned(), Value::Dict(schemas));
        }
    }
    // Draft 4's tuple: `items` as a list, `additionalItems` after it (which
    // does nothing beside an `items` schema).
    let additional = map.remove("additionalItems");
    if let Some(Value::List(prefix)) = map.remove("items") {
        map.insert("prefixItems".to_owned(), Value::List(prefix));
        if let Some(rest) = additional {
            map.insert("items".to_owned(), rest);
        }
    }
    for (k, v) in map.iter_mut() {
        match (k.as_str(), v) {
            ("items" | "additionalProperties" | "not", v) => renamed_to_2020_12(v),
            ("prefixItems", Value::List(l)) => l.iter_mut().for_each(renamed_to_2020_12),
            ("allOf" | "anyOf" | "oneOf", Value::List(l)) => {
                l.iter_mut().for_each(renamed_to_2020_12)
            }
            ("properties" | "patternProperties", Value::Dict(d)) => {
                d.iter_mut().for_each(|(_, s)| renamed_to_2020_12(s));
            }
            _ => {}
        }
    }
}

/// Each `$ref` of `schema` into `components` that passes through an
/// `items` renamed `prefixItems` (`…/items/0`), pointed through it.
fn repointed(schema: &mut Value, components: &Map) {
    match schema {
        Value::Dict(map) => {
            if let Some(Value::Str(target)) = map.get_mut("$ref") {
                if let Some(rest) = target.strip_prefix("#/components/schemas/") {
                    let segments: Vec<&str> = rest.split('/').collect();
                    let mut at = segments.first().and_then(|name| components.get(name));
                    let mut out = vec![segments[0].to_owned()];
                    for (i, seg) in segments.iter().enumerate().skip(1) {
                        let next_is_index = segments
                            .get(i + 1)
                            .is_some_and(|n| n.parse::<usize>().is_ok());
                        let tuple = at
                            .and_then(Value::as_dict)
                            .is_some_and(|d| d.get("prefixItems").is_some());
                        let seg = if *seg == "items" && next_is_index && tuple {
                            "prefixItems"
                        } else {
                            seg
                        };
                        at = at.and_then(|v| match v {
                            Value::Dict(d) => d.get(seg),
                            Value::List(l) => seg.parse::<usize>().ok().and_then(|n| l.get(n)),
                            _ => None,
                        });
                        out.push(seg.to_owned());
                    }
                    *target = format!("#/components/schemas/{}", out.join("/"));
                }
            }
            map.iter_mut().for_each(|(_, v)| repointed(v, components));
        }
        Value::List(items) => items.iter_mut().for_each(|v| repointed(v, components)),
        _ => {}
    }
}

/// The components as an OpenAPI 3.1 document, generated.
fn as_openapi_31(
    components: &Map,
    options: &open_model_codegen::Options,
) -> Result<String, Vec<open_model_codegen::Problem>> {
    let mut doc = Map::new();
    doc.insert("openapi".to_owned(), Value::from("3.1.0"));
    let mut info = Map::new();
    info.insert("title".to_owned(), Value::from("suite"));
    info.insert("version".to_owned(), Value::from("1"));
    doc.insert("info".to_owned(), Value::Dict(info));
    let mut components = components.clone();
    components
        .iter_mut()
        .for_each(|(_, s)| renamed_to_2020_12(s));
    // A pointer through a tuple's `items` (`#/items/0`) now goes through
    // `prefixItems`.
    let renamed = components.clone();
    components
        .iter_mut()
        .for_each(|(_, s)| repointed(s, &renamed));
    let mut schemas = Map::new();
    schemas.insert("schemas".to_owned(), Value::Dict(components));
    doc.insert("components".to_owned(), Value::Dict(schemas));
    let text = open_model::to_json_string(&Value::Dict(doc)).unwrap_or_default();
    let options = open_model_codegen::Options {
        components_only: true,
        ..options.clone()
    };
    open_model_codegen::generate(&text, &options).map(|g| g.source)
}

/// Whether draft 4 and JSON Schema 2020-12 read `schema` alike: no
/// keyword whose meaning changed (boolean `exclusiveMinimum`, a list of
/// `items`, `additionalItems`, `id`, keywords beside a `$ref`, which
/// draft 4 ignores) and none that draft 4 ignores and 2020-12 checks
/// (`const`, `contains`, …), in any subschema. `dependencies` is 2020-12's
/// `dependentRequired` and `dependentSchemas`, renamed so.
fn same_in_2020_12(schema: &Value) -> bool {
    const CHANGED: &[&str] = &[
        "id",
        "$schema",
        "const",
        "contains",
        "propertyNames",
        "if",
        "then",
        "else",
        "prefixItems",
        "dependentRequired",
        "dependentSchemas",
        "unevaluatedProperties",
        "unevaluatedItems",
        "$defs",
        "$anchor",
        "$id",
    ];
    let Some(map) = schema.as_dict() else {
        return false;
    };
    if map.contains_key("$ref") && map.len() > 1 {
        return false;
    }
    map.iter().all(|(k, v)| match k.as_str() {
        k if CHANGED.contains(&k) => false,
        "exclusiveMinimum" | "exclusiveMaximum" => false,
        // 2020-12's `dependentRequired` (a list) or `dependentSchemas`.
        "dependencies" => v.as_dict().is_some_and(|d| {
            d.iter()
                .all(|(_, x)| x.as_list().is_some() || same_in_2020_12(x))
        }),
        // A list is 2020-12's `prefixItems`, `additionalItems` its `items`.
        "items" => match v {
            Value::List(l) => l.iter().all(same_in_2020_12),
            _ => same_in_2020_12(v),
        },
        "additionalItems" => v.as_bool().is_some() || same_in_2020_12(v),
        "additionalProperties" | "not" => v.as_bool().is_some() || same_in_2020_12(v),
        "allOf" | "anyOf" | "oneOf" => v.as_list().is_some_and(|l| l.iter().all(same_in_2020_12)),
        "properties" | "patternProperties" | "definitions" => v
            .as_dict()
            .is_some_and(|d| d.iter().all(|(_, s)| same_in_2020_12(s))),
        _ => true,
    })
}

fn components(schema: &Value) -> Result<Map, String> {
    let mut root = schema.clone();
    let mut out = Map::new();
    if let Value::Dict(m) = &mut root {
        if let Some(Value::Dict(defs)) = m.get("definitions").cloned() {
            m.remove("definitions");
            for (k, v) in defs.iter() {
                out.insert(format!("Def{k}"), rewrite(v));
            }
        }
    }
    let mut all = Map::new();
    all.insert("Root".to_owned(), rewrite(&root));
    for (k, v) in out.iter() {
        all.insert(k.clone(), v.clone());
    }
    Ok(all)
}

fn rewrite(v: &Value) -> Value {
    match v {
        Value::Dict(m) => Value::Dict(
            m.iter()
                .map(|(k, v)| {
                    let v = match (k.as_str(), v.as_str()) {
                        ("$ref", Some("#")) => Value::from("#/components/schemas/Root"),
                        ("$ref", Some(r)) => match r.strip_prefix("#/definitions/") {
                            // One pointer segment, percent- and ~-escaped.
                            Some(name) if !name.is_empty() && !name.contains('/') => {
                                let name =
                                    percent_decode(name).replace("~1", "/").replace("~0", "~");
                                let escaped = name.replace('~', "~0").replace('/', "~1");
                                Value::from(format!("#/components/schemas/Def{escaped}"))
                            }
                            // Elsewhere in the root schema (`#/properties/foo`):
                            // the same place in the component `Root`.
                            None if r.starts_with("#/") => {
                                Value::from(format!("#/components/schemas/Root{}", &r[1..]))
                            }
                            _ => v.clone(),
                        },
                        // Values, not schemas: left as written.
                        ("enum" | "default" | "example", _) => v.clone(),
                        _ => rewrite(v),
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::List(l) => Value::List(l.iter().map(rewrite).collect()),
        other => other.clone(),
    }
}

/// `%22` → `"`: URI fragments escape what JSON pointers do not.
fn percent_decode(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
