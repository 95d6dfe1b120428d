//! Generates Rust source that uses [`#[open_model]`](open_model::open_model)
//! from the component schemas of an OpenAPI 3.0 document (YAML or JSON).
//!
//! The `open-model generate` command calls [`generate`]; a build script can
//! call it too and write the result into `OUT_DIR`:
//!
//! ```
//! let spec = r#"
//! openapi: 3.0.0
//! components:
//!   schemas:
//!     Pet:
//!       type: object
//!       description: A pet.
//!       required: [id, name]
//!       properties:
//!         id: { type: string, format: uuid }
//!         name: { type: string, minLength: 1 }
//!         birthDate: { type: string, format: date, nullable: true }
//! "#;
//! let source = open_model_codegen::generate(spec, &Default::default()).unwrap();
//! assert!(source.contains("pub struct Pet {"));
//! assert!(source.contains("#[open_model(min_length = 1)]"));
//! assert!(source.contains("pub birth_date: Field<String>,"));
//! ```
//!
//! # What each schema becomes
//!
//! | schema | Rust |
//! |---|---|
//! | `type: object` (or `properties` without a type) | a struct; `additionalProperties: false` makes it `closed`, a schema there is its `extra` type |
//! | `allOf` with one `$ref` and object members | a struct with the `$ref` as a `flatten` base and the members' properties |
//! | `allOf` without a `$ref` | its members merged into one schema (a keyword given twice, differently, is a [`Problem`]) |
//! | `oneOf` with a `discriminator` | a tagged union (`tag = "…"`) |
//! | `oneOf` / `anyOf` | a `one_of` / `any_of` enum, one variant per member; keywords beside them go into each member |
//! | `enum` of strings | a string enum |
//! | `string`, `number`, `integer`, `boolean`, `array` | `String`, `Number`, `i64` ([`open_model::Integer`] with [`Options::big_integers`]), `bool`, `Vec<T>`; at the top level, an alias (`struct Id(pub String)`) |
//! | `$ref` | the component's type, `Box`ed when it leads back to the type being defined |
//! | no `type` and no object or array keyword | `Value`, with its keywords (each applies to values of its type only) |
//!
//! A property is `T` when required, `Option<T>` when optional, `Field<T>`
//! when optional and nullable, and `#[open_model(required)] Option<T>` when
//! required and nullable. Names become Rust case (`pipelineRunId` →
//! `pipeline_run_id`) with `rename_all` or `rename` giving back the wire
//! name. Inline schemas get stable names from where they stand:
//! `<Component><Property>`, the singular for the items of a plural property
//! (`RunV2.stepRuns` → `RunV2StepRun`) and `…Item` otherwise, `…Value` for
//! `additionalProperties`, `…Not` for `not`, and the variant name for union
//! members. Descriptions become doc comments.
//!
//! Names no Rust item can carry (`😀`, `""`, keywords) become ASCII names
//! (raw identifiers for keywords) with a `rename`; a component named like a
//! type the generated code uses (`String`, `Option`) gets `Model` added.
//! `$comment` is dropped: it is a note to schema authors. So is the
//! `description` of an array's items or a map's values when they need no
//! type of their own (a `Vec<String>` has nowhere to keep it). Anything else the
//! generator cannot express is reported with its JSON pointer and a reason
//! ([`Problem`]); nothing is dropped silently.

use heck::{ToSnakeCase, ToUpperCamelCase};
use open_model::{Map, Value};
use open_model_internals::case::RenameRule;
use open_model_internals::options;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeSet;
use std::fmt;

/// How the generator maps some schemas.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `type: integer` without a `format` becomes [`open_model::Integer`],
    /// which keeps integers of any size exactly. Off by default: such
    /// integers become `i64`.
    pub big_integers: bool,
    /// A schema without `type` admits values of every type, as JSON Schema
    /// says: `properties` (or `items`) then constrain objects (arrays) only,
    /// and the generated type is a `one_of` of the object (array) and any
    /// other value. Off by default: OpenAPI documents mean an object when
    /// they give `properties` (an array for `items`), and that is simpler to
    /// use.
    pub untyped_any: bool,
}

/// A construct the generator cannot express, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON pointer into the document (`#/components/schemas/Pet/properties/id`).
    pub path: String,
    /// Why it cannot be generated.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for Problem {}

/// Reads an OpenAPI document: JSON when it starts with `{` (numbers kept
/// exactly), YAML otherwise.
pub fn read_document(text: &str) -> Result<Value, Problem> {
    let at_root = |message: String| Problem {
        path: "#".into(),
        message,
    };
    if text.trim_start().starts_with('{') {
        open_model::from_json_str::<Value>(text)
            .map_err(|e| at_root(format!("not valid JSON: {e}")))
    } else {
        serde_norway::from_str::<Value>(text).map_err(|e| at_root(format!("not valid YAML: {e}")))
    }
}

/// Generates the source for every schema of `components.schemas` of an
/// OpenAPI 3.0 document (YAML or JSON text). The result is formatted with
/// `prettyplease`; the CLI also runs it through `rustfmt` when one is found.
pub fn generate(text: &str, options: &Options) -> Result<String, Vec<Problem>> {
    let doc = read_document(text).map_err(|p| vec![p])?;
    let schemas = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_dict)
        .ok_or_else(|| {
            vec![Problem {
                path: "#/components/schemas".into(),
                message: "the document has no component schemas".into(),
            }]
        })?;
    generate_schemas(schemas, options)
}

/// Generates the source for a map of named schemas, as found under
/// `components.schemas`. `$ref`s point at `#/components/schemas/<name>`.
pub fn generate_schemas(schemas: &Map, options: &Options) -> Result<String, Vec<Problem>> {
    let mut gen = Gen {
        options,
        schemas,
        items: Vec::new(),
        problems: Vec::new(),
        used: BTreeSet::new(),
        taken: BTreeSet::new(),
        current: String::new(),
        names: Map::new(),
        reach: Default::default(),
    };
    // Each component gets a type name of its own, even when two names
    // differ only in what a Rust name cannot hold ("a-b" and "a_b").
    for (name, _) in schemas.iter() {
        let base = type_name(name).to_string();
        let mut unique = base.clone();
        let mut n = 2;
        while gen.taken.contains(&unique) {
            unique = format!("{base}{n}");
            n += 1;
        }
        gen.taken.insert(unique.clone());
        gen.names.insert(name.clone(), unique);
    }
    for (name, schema) in schemas.iter() {
        let path = format!("#/components/schemas/{}", pointer_escape(name));
        gen.component(name, schema, &path);
    }
    if !gen.problems.is_empty() {
        return Err(gen.problems);
    }
    let used: Vec<Ident> = gen.used.iter().map(|u| format_ident!("{}", u)).collect();
    let mut parts = vec![quote!(use open_model::{open_model #(, #used)*};)];
    parts.append(&mut gen.items);
    // Each item is printed on its own, so a blank line separates them.
    let mut out = Vec::new();
    for tokens in parts {
        let file: syn::File = syn::parse2(tokens).map_err(|e| {
            vec![Problem {
                path: "#".into(),
                message: format!("internal error: generated code does not parse: {e}"),
            }]
        })?;
        out.push(prettyplease::unparse(&file));
    }
    Ok(out.join("\n"))
}

/// Formats source with the `rustfmt` on `PATH` (edition 2021); `None` when
/// there is none or it fails, so callers can keep the `prettyplease` text.
pub fn rustfmt(source: &str) -> Option<String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    if output.status.success() {
        String::from_utf8(output.stdout).ok()
    } else {
        None
    }
}

/// The escaping of one JSON pointer segment.
fn pointer_escape(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// A Rust type for a schema, with the field options that carry its keywords.
struct Ty {
    ty: TokenStream,
    /// `#[open_model(...)]` options for the field (format and keywords).
    attrs: Vec<TokenStream>,
    /// The schema allows `null` (`nullable: true`).
    nullable: bool,
    /// The type itself takes `null` (a `$ref` to a nullable alias).
    takes_null: bool,
}

struct Gen<'a> {
    options: &'a Options,
    schemas: &'a Map,
    items: Vec<TokenStream>,
    problems: Vec<Problem>,
    used: BTreeSet<&'static str>,
    /// Type names given out, so inline names never collide.
    taken: BTreeSet<String>,
    /// The component being generated.
    current: String,
    /// The type name of each component.
    names: Map<String>,
    /// The components each component reaches through `$ref`s.
    reach: std::collections::BTreeMap<String, BTreeSet<String>>,
}

/// The annotation keywords of a schema: `description` (the doc comment) and
/// the shared table's value annotations (`format` is read on its own).
fn annotations() -> Vec<&'static str> {
    let mut out = vec!["description"];
    out.extend(
        options::value_annotation_keywords()
            .into_iter()
            .filter(|k| *k != "format"),
    );
    out
}

/// The validation keywords `keywords()` turns into check options, from the
/// shared table (`format` and `not` are read on their own).
fn checks() -> Vec<&'static str> {
    options::value_check_keywords()
        .into_iter()
        .filter(|k| !matches!(*k, "format" | "not"))
        .collect()
}

/// The option a keyword becomes, as an identifier.
fn option_ident(keyword: &str) -> Ident {
    let name = options::check_for_keyword(keyword).map_or(keyword, |o| o.name);
    format_ident!("{}", name)
}

impl<'a> Gen<'a> {
    fn problem(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_owned(),
            message: message.into(),
        });
    }

    fn use_name(&mut self, name: &'static str) -> TokenStream {
        self.used.insert(name);
        let ident = format_ident!("{}", name);
        quote!(#ident)
    }

    /// A fresh type name for an inline schema.
    fn inline_name(&mut self, hint: &str) -> Ident {
        let mut name = hint.to_owned();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{hint}{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        format_ident!("{}", name)
    }

    /// Reports keys of `schema` that no rule below reads.
    fn check_keys(&mut self, schema: &Map, path: &str, allowed: &[&str]) {
        for (k, _) in schema.iter() {
            // `$comment` is a note to schema authors, with no meaning for
            // validation or for the generated types.
            if k.starts_with("x-") || k == "$comment" || allowed.contains(&k.as_str()) {
                continue;
            }
            let why = match k.as_str() {
                "patternProperties" | "dependencies" | "additionalItems" | "$schema" | "id"
                | "definitions" => "is JSON Schema, not part of the OpenAPI 3.0 schema object",
                "readOnly" | "writeOnly" | "xml" | "externalDocs" => {
                    "is not supported by the generator (it has no `#[open_model]` option)"
                }
                _ if allowed.contains(&"$ref") => {
                    "beside `$ref` is ignored by OpenAPI 3.0; the generator refuses it rather than drop it"
                }
                _ => "is not a keyword the generator knows in this position",
            };
            self.problem(
                &format!("{path}/{}", pointer_escape(k)),
                format!("`{k}` {why}"),
            );
        }
    }

    fn component(&mut self, name: &str, schema: &Value, path: &str) {
        self.current = name.to_owned();
        let ident = self.type_of(name);
        let Some(map) = schema.as_dict() else {
            if schema.as_bool() == Some(true) {
                let value = self.use_name("Value");
                self.items.push(quote! {
                    #[open_model]
                    #[derive(Debug, Clone, PartialEq)]
                    pub struct #ident(pub #value);
                });
            } else {
                self.problem(path, "a component schema must be an object (or `true`)");
            }
            return;
        };
        self.definition(&ident, map, path, false);
    }

    /// Emits the item that defines `ident` from `schema`.
    fn definition(&mut self, ident: &Ident, schema: &Map, path: &str, inline: bool) {
        let start = self.items.len();
        self.definition_items(ident, schema, path, inline);
        self.parent_first(start);
    }

    /// Moves the item emitted last (a parent, emitted after the inline types
    /// it names) before them, so the source reads top-down.
    fn parent_first(&mut self, start: usize) {
        if let Some(tail) = self.items.get_mut(start..) {
            if !tail.is_empty() {
                tail.rotate_right(1);
            }
        }
    }

    fn definition_items(&mut self, ident: &Ident, schema: &Map, path: &str, inline: bool) {
        if schema.contains_key("allOf") {
            match merge_all_of(schema, path) {
                Ok(Merged::Plain(merged)) => self.definition_items(ident, &merged, path, inline),
                Ok(Merged::Based) => self.all_of(ident, schema, path, inline),
                Err((at, why)) => self.problem(&at, why),
            }
        } else if self.options.untyped_any && is_untyped_structure(schema) {
            self.untyped(ident, schema, path, inline);
        } else if schema.contains_key("oneOf") || schema.contains_key("anyOf") {
            self.union(ident, schema, path, inline);
        } else if is_string_enum(schema) {
            self.string_enum(ident, schema, path, inline);
        } else if is_object(schema) {
            self.object(ident, schema, path, inline, None);
        } else {
            self.alias(ident, schema, path, inline);
        }
    }

    fn container_attrs(&self, schema: &Map, inline: bool) -> Vec<TokenStream> {
        let mut out = Vec::new();
        if inline {
            out.push(quote!(inline));
        }
        if let Some(e) = schema.get("example") {
            let text = json_text(e);
            out.push(quote!(example_json = #text));
        }
        if let Some(d) = schema.get("default") {
            let text = json_text(d);
            out.push(quote!(default_json = #text));
        }
        if let Some(t) = schema.get("title").and_then(Value::as_str) {
            out.push(quote!(title = #t));
        }
        if schema.get("deprecated").and_then(Value::as_bool) == Some(true) {
            out.push(quote!(deprecated));
        }
        out
    }

    fn alias(&mut self, ident: &Ident, schema: &Map, path: &str, inline: bool) {
        let Some(ty) =
            self.field_type(&Value::Dict(without_docs(schema)), path, &ident.to_string())
        else {
            return;
        };
        let mut container = Vec::new();
        let mut field_attrs = Vec::new();
        // The format of an alias names the alias (`UnixSeconds`, `float`).
        for a in ty.attrs {
            if a.to_string().starts_with("format =") {
                container.push(a);
            } else {
                field_attrs.push(a);
            }
        }
        container.extend(self.container_attrs(schema, inline));
        let inner = &ty.ty;
        let inner = if ty.nullable && !ty.takes_null {
            quote!(Option<#inner>)
        } else {
            inner.clone()
        };
        let docs = docs(schema);
        let field_attr =
            (!field_attrs.is_empty()).then(|| quote!(#[open_model(#(#field_attrs),*)]));
        let container = open_model_attr(&container);
        self.items.push(quote! {
            #docs
            #container
            #[derive(Debug, Clone, PartialEq)]
            pub struct #ident(#field_attr pub #inner);
        });
    }

    /// A schema without `type` but with object (or array) keywords, under
    /// [`Options::untyped_any`]: a `one_of` of the object (array) the
    /// keywords describe and any other value, which must not be one.
    fn untyped(&mut self, ident: &Ident, schema: &Map, path: &str, inline: bool) {
        let object = OBJECT_KEYS.iter().any(|k| schema.contains_key(k));
        let array = ARRAY_KEYS.iter().any(|k| schema.contains_key(k));
        if object && array {
            self.problem(
                path,
                "object and array keywords without a `type` are not supported together",
            );
            return;
        }
        let (keys, kind, name) = if object {
            (OBJECT_KEYS, "object", "Object")
        } else {
            (ARRAY_KEYS, "array", "List")
        };
        let docs_keys = ["description", "title", "example", "$comment"];
        let mut structured: Map = schema
            .iter()
            .filter(|(k, _)| keys.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        structured.insert("type".into(), Value::from(kind));
        let mut other: Map = schema
            .iter()
            .filter(|(k, _)| !keys.contains(&k.as_str()) && !docs_keys.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if other.contains_key("not")
            || other.contains_key("enum")
            || other.contains_key("oneOf")
            || other.contains_key("anyOf")
        {
            self.problem(path, "`not`, `enum`, `oneOf` or `anyOf` beside untyped object or array keywords is not supported");
            return;
        }
        let mut not_kind = Map::new();
        not_kind.insert("type".into(), Value::from(kind));
        other.insert("not".into(), Value::Dict(not_kind));
        let Some(first) =
            self.named_type(&Value::Dict(structured), path, &format!("{ident}{name}"))
        else {
            return;
        };
        let Some(second) = self.named_type(&Value::Dict(other), path, &format!("{ident}Other"))
        else {
            return;
        };
        let first_v = format_ident!("{}", name);
        let variants = [quote!(#first_v(#first)), quote!(Other(#second))];
        self.push_enum(ident, schema, inline, quote!(one_of), &variants);
    }

    /// Emits an enum whose variants hold values: a union of some `kind`
    /// (`one_of`, `any_of`, `tag = "…"`), with the schema's annotations.
    fn push_enum(
        &mut self,
        ident: &Ident,
        schema: &Map,
        inline: bool,
        kind: TokenStream,
        variants: &[TokenStream],
    ) {
        let mut container = vec![kind];
        container.extend(nullable_attr(schema, inline));
        container.extend(self.container_attrs(schema, inline));
        let docs = docs(schema);
        let container = open_model_attr(&container);
        self.items.push(quote! {
            #docs
            #container
            #[derive(Debug, Clone, PartialEq)]
            pub enum #ident {
                #(#variants,)*
            }
        });
    }

    fn string_enum(&mut self, ident: &Ident, schema: &Map, path: &str, inline: bool) {
        self.check_keys(
            schema,
            path,
            &[
                "type",
                "enum",
                "description",
                "example",
                "default",
                "nullable",
                "deprecated",
                "title",
            ],
        );
        let values: Vec<String> = schema
            .get("enum")
            .and_then(Value::as_list)
            .map(|l| {
                l.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        let names = variant_names(&values);
        let rule = [
            "lowercase",
            "UPPERCASE",
            "SCREAMING_SNAKE_CASE",
            "snake_case",
            "camelCase",
        ]
        .into_iter()
        .find(|rule| {
            names
                .iter()
                .zip(&values)
                .all(|(n, v)| apply_variant_rule(rule, &n.to_string()) == *v)
        });
        let pascal_fits = names.iter().zip(&values).all(|(n, v)| *n == v.as_str());
        let mut container = Vec::new();
        let variants: Vec<TokenStream> = names
            .iter()
            .zip(&values)
            .map(|(n, v)| {
                let fits = if pascal_fits {
                    true
                } else if let Some(rule) = rule {
                    apply_variant_rule(rule, &n.to_string()) == *v
                } else {
                    *n == v.as_str()
                };
                if fits {
                    quote!(#n)
                } else {
                    quote!(#[open_model(rename = #v)] #n)
                }
            })
            .collect();
        if let (false, Some(rule)) = (pascal_fits, rule) {
            container.push(quote!(rename_all = #rule));
        }
        container.extend(nullable_attr(schema, inline));
        container.extend(self.container_attrs(schema, inline));
        let docs = docs(schema);
        let container = open_model_attr(&container);
        self.items.push(quote! {
            #docs
            #container
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum #ident {
                #(#variants,)*
            }
        });
    }

    fn union(&mut self, ident: &Ident, schema: &Map, path: &str, inline: bool) {
        let (key, any) = if schema.contains_key("oneOf") {
            ("oneOf", false)
        } else {
            ("anyOf", true)
        };
        if schema.contains_key("oneOf") && schema.contains_key("anyOf") {
            self.problem(path, "`oneOf` and `anyOf` together are not supported");
            return;
        }
        let members_path = format!("{path}/{key}");
        let Some(members) = schema.get(key).and_then(Value::as_list) else {
            self.problem(&members_path, "must be a list of schemas");
            return;
        };
        if members.is_empty() {
            self.problem(&members_path, "must name at least one schema");
            return;
        }
        // Keywords beside the alternatives hold for each of them:
        // base ∧ (A ∨ B) is (base ∧ A) ∨ (base ∧ B), and exactly one of
        // A, B with base is exactly one of base ∧ A, base ∧ B.
        let base: Map = schema
            .iter()
            .filter(|(k, _)| {
                !matches!(
                    k.as_str(),
                    "oneOf"
                        | "anyOf"
                        | "nullable"
                        | "description"
                        | "example"
                        | "default"
                        | "deprecated"
                        | "title"
                        | "$comment"
                )
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if !base.is_empty() && !schema.contains_key("discriminator") {
            let mut distributed = Vec::new();
            for (i, m) in members.iter().enumerate() {
                let mut all = Map::new();
                all.insert(
                    "allOf".into(),
                    Value::List(vec![Value::Dict(base.clone()), m.clone()]),
                );
                match merge_all_of(&all, &format!("{members_path}/{i}")) {
                    Ok(Merged::Plain(merged)) => distributed.push(Value::Dict(merged)),
                    Ok(Merged::Based) => {
                        self.problem(
                            &format!("{members_path}/{i}"),
                            "keywords beside `oneOf`/`anyOf` cannot be combined with a `$ref` member",
                        );
                        return;
                    }
                    Err((at, why)) => {
                        self.problem(&at, why);
                        return;
                    }
                }
            }
            let mut rest = without(
                schema,
                &base.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
            );
            rest.insert(key.into(), Value::List(distributed));
            self.union(ident, &rest, path, inline);
            return;
        }
        if let Some(d) = schema.get("discriminator") {
            if any {
                self.problem(
                    &format!("{path}/discriminator"),
                    "a discriminator goes with `oneOf`",
                );
                return;
            }
            self.tagged(ident, schema, d, members, path, inline);
            return;
        }
        self.check_keys(
            schema,
            path,
            &[
                key,
                "nullable",
                "description",
                "example",
                "default",
                "deprecated",
                "title",
            ],
        );
        let mut variants = Vec::new();
        let mut used_names = BTreeSet::new();
        for (i, m) in members.iter().enumerate() {
            let mpath = format!("{members_path}/{i}");
            let base = member_name(m).unwrap_or_else(|| format!("Variant{i}"));
            let mut name = base.clone();
            let mut n = 2;
            while !used_names.insert(name.clone()) {
                name = format!("{base}{n}");
                n += 1;
            }
            let Some(ty) = self.named_type(m, &mpath, &format!("{ident}{name}")) else {
                continue;
            };
            let v = format_ident!("{}", name);
            variants.push(quote!(#v(#ty)));
        }
        let kind = if any { quote!(any_of) } else { quote!(one_of) };
        self.push_enum(ident, schema, inline, kind, &variants);
    }

    fn tagged(
        &mut self,
        ident: &Ident,
        schema: &Map,
        d: &Value,
        members: &[Value],
        path: &str,
        inline: bool,
    ) {
        self.check_keys(
            schema,
            path,
            &[
                "oneOf",
                "discriminator",
                "nullable",
                "type",
                "properties",
                "required",
                "description",
                "example",
                "deprecated",
                "title",
            ],
        );
        let dpath = format!("{path}/discriminator");
        let Some(tag) = d.get("propertyName").and_then(Value::as_str) else {
            self.problem(&dpath, "a discriminator needs `propertyName`");
            return;
        };
        // The union's own `required` may only name its tag.
        if let Some(req) = schema.get("required").and_then(Value::as_list) {
            if req.iter().any(|r| r.as_str() != Some(tag)) {
                self.problem(
                    &format!("{path}/required"),
                    "a discriminated union may require only its tag; put the others in the variants",
                );
            }
        }
        // The union's own properties may only restate its tag.
        if let Some(props) = schema.get("properties").and_then(Value::as_dict) {
            if props.iter().any(|(k, _)| k != tag) {
                self.problem(
                    &format!("{path}/properties"),
                    "a discriminated union may declare only its tag property; put the others in the variants",
                );
            }
        }
        let mapping = d.get("mapping").and_then(Value::as_dict);
        let mut variants = Vec::new();
        let mut values = Vec::new();
        for (i, m) in members.iter().enumerate() {
            let mpath = format!("{path}/oneOf/{i}");
            let Some(target) = m.get("$ref").and_then(Value::as_str) else {
                self.problem(
                    &mpath,
                    "the members of a discriminated union must be `$ref`s",
                );
                continue;
            };
            let Some(name) = self.resolve(target, &format!("{mpath}/$ref")) else {
                continue;
            };
            let value = mapping
                .and_then(|map| {
                    map.iter()
                        .find(|(_, r)| r.as_str() == Some(target))
                        .map(|(k, _)| k.clone())
                })
                .unwrap_or_else(|| name.clone());
            let v = variant_ident(&value, i);
            let ty = self.type_of(&name);
            values.push(value.clone());
            variants.push(if v == value.as_str() {
                quote!(#v(#ty))
            } else {
                quote!(#[open_model(rename = #value)] #v(#ty))
            });
        }
        self.push_enum(ident, schema, inline, quote!(tag = #tag), &variants);
    }

    fn all_of(&mut self, ident: &Ident, schema: &Map, path: &str, inline: bool) {
        let apath = format!("{path}/allOf");
        let Some(members) = schema.get("allOf").and_then(Value::as_list) else {
            self.problem(&apath, "must be a list of schemas");
            return;
        };
        let mut base = None;
        let mut merged = without(schema, &["allOf"]);
        for (i, m) in members.iter().enumerate() {
            let mpath = format!("{apath}/{i}");
            if let Some(target) = m.get("$ref").and_then(Value::as_str) {
                if base.is_some() {
                    self.problem(&mpath, "only one `$ref` base is supported in `allOf`");
                    return;
                }
                let Some(name) = self.resolve(target, &format!("{mpath}/$ref")) else {
                    return;
                };
                let target_schema = self.schemas.get(&name).and_then(Value::as_dict);
                if !target_schema.is_some_and(is_object) {
                    self.problem(&mpath, "an `allOf` base must be an object schema");
                    return;
                }
                base = Some(name);
                continue;
            }
            let Some(mmap) = m.as_dict() else {
                self.problem(&mpath, "must be a schema object");
                return;
            };
            if !is_object(mmap) || mmap.contains_key("allOf") || mmap.contains_key("oneOf") {
                self.problem(
                    &mpath,
                    "only object schemas (properties, required) can be merged by `allOf`",
                );
                return;
            }
            if mmap
                .get("additionalProperties")
                .is_some_and(|a| *a != Value::Bool(true))
            {
                self.problem(
                    &format!("{mpath}/additionalProperties"),
                    "`additionalProperties` inside `allOf` cannot be merged",
                );
                return;
            }
            for (k, v) in mmap.iter() {
                match k.as_str() {
                    "properties" => {
                        let Some(props) = v.as_dict() else { continue };
                        let mut into = merged
                            .get("properties")
                            .and_then(Value::as_dict)
                            .cloned()
                            .unwrap_or_default();
                        for (p, s) in props.iter() {
                            if into.contains_key(p) {
                                self.problem(
                                    &format!("{mpath}/properties/{}", pointer_escape(p)),
                                    "the same property in two `allOf` members cannot be merged",
                                );
                                return;
                            }
                            into.insert(p.clone(), s.clone());
                        }
                        merged.insert("properties".into(), Value::Dict(into));
                    }
                    "required" => {
                        let mut req = merged
                            .get("required")
                            .and_then(Value::as_list)
                            .cloned()
                            .unwrap_or_default();
                        for r in v.as_list().map(Vec::as_slice).unwrap_or_default() {
                            if !req.contains(r) {
                                req.push(r.clone());
                            }
                        }
                        merged.insert("required".into(), Value::List(req));
                    }
                    "type" => {}
                    "description" if !merged.contains_key("description") => {
                        merged.insert(k.clone(), v.clone());
                    }
                    _ => self.problem(
                        &format!("{mpath}/{}", pointer_escape(k)),
                        format!("`{k}` inside `allOf` cannot be merged"),
                    ),
                }
            }
        }
        self.object(ident, &merged, path, inline, base.as_deref());
    }

    fn object(
        &mut self,
        ident: &Ident,
        schema: &Map,
        path: &str,
        inline: bool,
        base: Option<&str>,
    ) {
        self.check_keys(
            schema,
            path,
            &[
                "type",
                "properties",
                "required",
                "additionalProperties",
                "minProperties",
                "maxProperties",
                "description",
                "example",
                "title",
                "deprecated",
                "default",
                "nullable",
                "not",
                "enum",
            ],
        );
        let empty = Map::new();
        let props = schema
            .get("properties")
            .and_then(Value::as_dict)
            .unwrap_or(&empty);
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_list)
            .map(|l| l.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut entries: Vec<(String, Value)> =
            props.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        // A required key the schema does not describe holds any value.
        for r in &required {
            if !props.contains_key(r) {
                entries.push(((*r).to_owned(), Value::Dict(Map::new())));
            }
        }
        let wires: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
        let idents = field_idents(&wires);
        let camel = wires
            .iter()
            .zip(&idents)
            .any(|(w, i)| unraw(i) != *w && camel_of(&unraw(i)) == *w);
        let mut fields = Vec::new();
        if let Some(base) = base {
            let field = field_ident(&safe_field(&base.to_snake_case()));
            let ty = self.type_of(base);
            fields.push(quote!(#[open_model(flatten)] pub #field: #ty));
        }
        for ((wire, prop), fid) in entries.iter().zip(&idents) {
            let ppath = format!("{path}/properties/{}", pointer_escape(wire));
            let hint = format!("{ident}{}", pascal(wire));
            let Some(t) = self.field_type(prop, &ppath, &hint) else {
                continue;
            };
            let is_required = required.contains(&wire.as_str());
            let mut attrs = Vec::new();
            let fits = if camel {
                camel_of(&unraw(fid)) == *wire
            } else {
                unraw(fid) == *wire
            };
            if !fits {
                attrs.push(quote!(rename = #wire));
            }
            let inner = &t.ty;
            let nullable = t.nullable && !t.takes_null;
            let ty = match (is_required, nullable) {
                (true, false) => quote!(#inner),
                (false, false) => quote!(Option<#inner>),
                (false, true) => {
                    let field = self.use_name("Field");
                    quote!(#field<#inner>)
                }
                (true, true) => {
                    attrs.push(quote!(required));
                    quote!(Option<#inner>)
                }
            };
            attrs.extend(t.attrs);
            let docs = prop.as_dict().map(docs).unwrap_or_default();
            let attr = (!attrs.is_empty()).then(|| open_model_attr(&attrs));
            fields.push(quote!(#docs #attr pub #fid: #ty));
        }
        let mut container = Vec::new();
        if camel {
            container.push(quote!(rename_all = "camelCase"));
        }
        // Properties that refer to it take `null` (see `field_type`).
        container.extend(nullable_attr(schema, inline));
        match schema.get("additionalProperties") {
            None | Some(Value::Bool(true)) => {}
            Some(Value::Bool(false)) => container.push(quote!(closed)),
            Some(extra) => {
                let hint = format!("{ident}Value");
                if let Some(t) =
                    self.named_type(extra, &format!("{path}/additionalProperties"), &hint)
                {
                    container.push(quote!(extra = #t));
                }
            }
        }
        if let Some(not) = schema.get("not") {
            let hint = format!("{ident}Not");
            if let Some(t) = self.named_type(not, &format!("{path}/not"), &hint) {
                container.push(quote!(not = #t));
            }
        }
        match schema.get("enum") {
            Some(e @ Value::List(_)) => {
                let text = json_text(e);
                container.push(quote!(enum_json = #text));
            }
            Some(_) => self.problem(&format!("{path}/enum"), "`enum` must be a list"),
            None => {}
        }
        for (key, opt) in [
            ("minProperties", "min_properties"),
            ("maxProperties", "max_properties"),
        ] {
            if let Some(v) = schema.get(key) {
                match v
                    .as_number()
                    .and_then(|n| n.to_string().parse::<u64>().ok())
                {
                    Some(n) => {
                        let opt = format_ident!("{}", opt);
                        let n = proc_macro2::Literal::u64_unsuffixed(n);
                        container.push(quote!(#opt = #n));
                    }
                    None => self.problem(&format!("{path}/{key}"), "must be a whole number"),
                }
            }
        }
        container.extend(self.container_attrs(schema, inline));
        let docs = docs(schema);
        let container = open_model_attr(&container);
        self.items.push(quote! {
            #docs
            #container
            #[derive(Debug, Clone, PartialEq)]
            pub struct #ident {
                #(#fields,)*
            }
        });
    }

    /// True when component `from` refers, through any chain of `$ref`s, to
    /// component `to` (or is it). What each component reaches is computed
    /// once, so a spec with many references stays linear per component.
    fn reaches(&mut self, from: &str, to: &str) -> bool {
        if from == to {
            return true;
        }
        if !self.reach.contains_key(from) {
            let mut seen = BTreeSet::new();
            let mut stack = vec![from.to_owned()];
            while let Some(name) = stack.pop() {
                if !seen.insert(name.clone()) {
                    continue;
                }
                if let Some(schema) = self.schemas.get(&name) {
                    refs_in(schema, &mut stack);
                }
            }
            self.reach.insert(from.to_owned(), seen);
        }
        self.reach.get(from).is_some_and(|r| r.contains(to))
    }

    /// The type name of a component.
    fn type_of(&self, component: &str) -> Ident {
        match self.names.get(component) {
            Some(n) => format_ident!("{}", n),
            None => type_name(component),
        }
    }

    /// The component a `$ref` names.
    fn resolve(&mut self, target: &str, path: &str) -> Option<String> {
        let Some(name) = target.strip_prefix("#/components/schemas/") else {
            self.problem(
                path,
                format!("`{target}`: only `#/components/schemas/<name>` references are supported"),
            );
            return None;
        };
        let name = name.replace("~1", "/").replace("~0", "~");
        if !self.schemas.contains_key(&name) {
            self.problem(path, format!("`{target}` names no component schema"));
            return None;
        }
        Some(name)
    }

    /// A type that carries all of `schema`: its keywords too, through an
    /// inline alias when a field's options cannot hold them.
    fn named_type(&mut self, schema: &Value, path: &str, hint: &str) -> Option<TokenStream> {
        let start = self.items.len();
        let t = self.field_type(schema, path, hint)?;
        if t.attrs.is_empty() && (!t.nullable || t.takes_null) {
            return Some(t.ty);
        }
        let ident = self.inline_name(hint);
        let inner = &t.ty;
        let inner = if t.nullable && !t.takes_null {
            quote!(Option<#inner>)
        } else {
            inner.clone()
        };
        let attrs = &t.attrs;
        let field_attr = (!attrs.is_empty()).then(|| quote!(#[open_model(#(#attrs),*)]));
        let docs = schema.as_dict().map(docs).unwrap_or_default();
        self.items.push(quote! {
            #docs
            #[open_model(inline)]
            #[derive(Debug, Clone, PartialEq)]
            pub struct #ident(#field_attr pub #inner);
        });
        self.parent_first(start);
        Some(quote!(#ident))
    }

    /// The type of a property (or item, or member) and the options that
    /// carry its format and keywords.
    fn field_type(&mut self, schema: &Value, path: &str, hint: &str) -> Option<Ty> {
        let Some(map) = schema.as_dict() else {
            if schema.as_bool() == Some(true) {
                return Some(Ty {
                    ty: self.use_name("Value"),
                    attrs: Vec::new(),
                    nullable: false,
                    takes_null: true,
                });
            }
            self.problem(path, "a schema must be an object (or `true`)");
            return None;
        };
        let nullable = map.get("nullable").and_then(Value::as_bool) == Some(true);
        if let Some(target) = map.get("$ref") {
            self.check_keys(
                map,
                path,
                &["$ref", "description", "nullable", "deprecated"],
            );
            let target = target.as_str().unwrap_or_default();
            let name = self.resolve(target, &format!("{path}/$ref"))?;
            // A nullable component: an alias takes `null` itself (its field
            // is an `Option`); a property holding a model, union or enum
            // becomes nullable.
            let target = self.schemas.get(&name).and_then(Value::as_dict);
            let target_nullable = target
                .and_then(|s| s.get("nullable"))
                .and_then(Value::as_bool)
                == Some(true);
            let takes_null = target_nullable && target.is_some_and(becomes_alias);
            let ident = self.type_of(&name);
            // A reference back to the component being defined needs a box.
            let current = self.current.clone();
            let ty = if self.reaches(&name, &current) {
                quote!(Box<#ident>)
            } else {
                quote!(#ident)
            };
            let mut attrs = Vec::new();
            if map.get("deprecated").and_then(Value::as_bool) == Some(true) {
                attrs.push(quote!(deprecated));
            }
            return Some(Ty {
                ty,
                attrs,
                nullable: nullable || target_nullable,
                takes_null,
            });
        }
        if let Some([only]) = map.get("allOf").and_then(Value::as_list).map(Vec::as_slice) {
            if only.get("$ref").is_some()
                && map
                    .iter()
                    .all(|(k, _)| ["allOf", "description", "nullable"].contains(&k.as_str()))
            {
                let mut t = self.field_type(only, &format!("{path}/allOf/0"), hint)?;
                t.nullable |= nullable;
                return Some(t);
            }
        }
        if map.contains_key("allOf") {
            match merge_all_of(map, path) {
                Ok(Merged::Plain(merged)) => {
                    let mut merged = merged;
                    if nullable {
                        merged.insert("nullable".into(), Value::Bool(true));
                    }
                    return self.field_type(&Value::Dict(merged), path, hint);
                }
                Ok(Merged::Based) => {}
                Err((at, why)) => {
                    self.problem(&at, why);
                    return None;
                }
            }
        }
        if self.options.untyped_any && is_untyped_structure(map) {
            let ident = self.inline_name(hint);
            let def = without(map, &["nullable", "description"]);
            self.definition(&ident, &def, path, true);
            return Some(Ty {
                ty: quote!(#ident),
                attrs: Vec::new(),
                nullable,
                takes_null: false,
            });
        }
        if map.contains_key("allOf")
            || map.contains_key("oneOf")
            || map.contains_key("anyOf")
            || is_string_enum(map)
            || is_object_with_fields(map)
        {
            let ident = self.inline_name(hint);
            let def = without(map, &["nullable", "description"]);
            self.definition(&ident, &def, path, true);
            return Some(Ty {
                ty: quote!(#ident),
                attrs: Vec::new(),
                nullable,
                takes_null: false,
            });
        }
        let mut attrs = Vec::new();
        let kind = map.get("type");
        let ty = match kind.map(|k| k.as_str()) {
            Some(Some("string")) => quote!(String),
            Some(Some("integer")) => {
                if self.options.big_integers && !map.contains_key("format") {
                    self.use_name("Integer")
                } else {
                    quote!(i64)
                }
            }
            Some(Some("number")) => self.use_name("Number"),
            Some(Some("boolean")) => quote!(bool),
            Some(Some("array")) => self.array(map, path, hint)?,
            Some(Some("object")) => {
                // Object without properties: a map of its extra values.
                let map_ty = self.use_name("Map");
                match map.get("additionalProperties") {
                    None | Some(Value::Bool(true)) => map_ty,
                    Some(extra) => {
                        let inner = self.named_type(
                            extra,
                            &format!("{path}/additionalProperties"),
                            &format!("{hint}Value"),
                        )?;
                        quote!(#map_ty<#inner>)
                    }
                }
            }
            Some(Some(other)) => {
                self.problem(
                    &format!("{path}/type"),
                    format!("`{other}` is not an OpenAPI 3.0 type"),
                );
                return None;
            }
            Some(None) => {
                self.problem(
                    &format!("{path}/type"),
                    "a list of types is not OpenAPI 3.0; use `nullable` or `oneOf`",
                );
                return None;
            }
            None if map.contains_key("items") => self.array(map, path, hint)?,
            None => self.use_name("Value"),
        };
        let type_name = kind
            .and_then(Value::as_str)
            .unwrap_or(if map.contains_key("items") {
                "array"
            } else {
                "any"
            });
        let allowed: Vec<&str> = [
            "type",
            "format",
            "nullable",
            "items",
            "additionalProperties",
            "not",
        ]
        .into_iter()
        .chain(checks())
        .chain(annotations())
        .collect();
        self.check_keys(map, path, &allowed);
        if let Some(f) = map.get("format") {
            match f.as_str() {
                // OpenAPI's formats are open: one the library checks is a
                // check; any other is kept as an annotation, never dropped
                // and never made to look checked.
                Some(f) if open_model_internals::formats::checked(f).is_some() => {
                    attrs.push(quote!(format = #f));
                }
                Some(f) if !f.is_empty() => attrs.push(quote!(format_annotation = #f)),
                _ => {
                    self.problem(
                        &format!("{path}/format"),
                        format!("format {} is not a format name", json_text(f)),
                    );
                    return None;
                }
            }
        }
        self.keywords(map, path, type_name, &mut attrs)?;
        if let Some(not) = map.get("not") {
            let t = self.named_type(not, &format!("{path}/not"), &format!("{hint}Not"))?;
            attrs.push(quote!(not = #t));
        }
        Some(Ty {
            ty,
            attrs,
            nullable,
            takes_null: type_name == "any",
        })
    }

    fn array(&mut self, map: &Map, path: &str, hint: &str) -> Option<TokenStream> {
        let item = match map.get("items") {
            None => self.use_name("Value"),
            Some(Value::List(_)) => {
                self.problem(
                    &format!("{path}/items"),
                    "a list of item schemas (a tuple) is JSON Schema, not OpenAPI 3.0",
                );
                return None;
            }
            Some(items) => self.named_type(items, &format!("{path}/items"), &item_hint(hint))?,
        };
        Some(quote!(Vec<#item>))
    }

    /// The validation keywords of `map`, as field options.
    fn keywords(
        &mut self,
        map: &Map,
        path: &str,
        ty: &str,
        out: &mut Vec<TokenStream>,
    ) -> Option<()> {
        let applies = |k: &str| -> bool {
            match k {
                "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf" => {
                    matches!(ty, "number" | "integer" | "any")
                }
                "minLength" | "maxLength" | "pattern" => matches!(ty, "string" | "any"),
                "minItems" | "maxItems" | "uniqueItems" => matches!(ty, "array" | "any"),
                _ => true,
            }
        };
        let mut ok = true;
        let (checks, annotations) = (checks(), annotations());
        for (k, v) in map.iter() {
            let k = k.as_str();
            if !checks.contains(&k) && !annotations.contains(&k) {
                continue;
            }
            let kpath = format!("{path}/{}", pointer_escape(k));
            if !applies(k) {
                self.problem(
                    &kpath,
                    format!("`{k}` does not apply to a value of type `{ty}`"),
                );
                ok = false;
                continue;
            }
            let bad = |g: &mut Self, what: &str| {
                g.problem(&kpath, format!("`{k}` must be {what}"));
            };
            match k {
                "minimum" | "maximum" | "multipleOf" => match v.as_number() {
                    Some(n) => {
                        let literal = n.to_string();
                        let problem = (k == "multipleOf")
                            .then(|| open_model_internals::keywords::multiple_of_problem(&literal))
                            .flatten();
                        if let Some(problem) = problem {
                            self.problem(&kpath, format!("`multipleOf` {problem}"));
                            ok = false;
                        } else {
                            let opt = option_ident(k);
                            let lit = number_tokens(&literal);
                            out.push(quote!(#opt = #lit));
                        }
                    }
                    None => {
                        bad(self, "a number");
                        ok = false;
                    }
                },
                "exclusiveMinimum" | "exclusiveMaximum" => match v.as_bool() {
                    Some(true) => {
                        let bound = if k == "exclusiveMinimum" {
                            "minimum"
                        } else {
                            "maximum"
                        };
                        if !map.contains_key(bound) {
                            self.problem(&kpath, format!("`{k}` needs `{bound}`"));
                            ok = false;
                        } else {
                            let opt = option_ident(k);
                            out.push(quote!(#opt));
                        }
                    }
                    Some(false) => {}
                    None => {
                        bad(self, "`true` or `false` (OpenAPI 3.0's form)");
                        ok = false;
                    }
                },
                "minLength" | "maxLength" | "minItems" | "maxItems" => {
                    match v
                        .as_number()
                        .and_then(|n| n.to_string().parse::<u64>().ok())
                    {
                        Some(n) => {
                            let opt = option_ident(k);
                            let n = proc_macro2::Literal::u64_unsuffixed(n);
                            out.push(quote!(#opt = #n));
                        }
                        None => {
                            bad(self, "a whole number");
                            ok = false;
                        }
                    }
                }
                "uniqueItems" => match v.as_bool() {
                    Some(true) => {
                        let opt = option_ident(k);
                        out.push(quote!(#opt));
                    }
                    Some(false) => {}
                    None => {
                        bad(self, "`true` or `false`");
                        ok = false;
                    }
                },
                "pattern" => match v.as_str() {
                    Some(p) => match open_model_internals::patterns::check(p) {
                        Ok(_) => out.push(quote!(pattern = #p)),
                        Err(why) => {
                            self.problem(&kpath, format!("pattern {p:?} uses syntax the `regex` crate does not support ({why})"));
                            ok = false;
                        }
                    },
                    None => {
                        bad(self, "a string");
                        ok = false;
                    }
                },
                "enum" => match v.as_list() {
                    Some(_) => {
                        let text = json_text(v);
                        out.push(quote!(enum_json = #text));
                    }
                    None => {
                        bad(self, "a list");
                        ok = false;
                    }
                },
                "default" => {
                    let text = json_text(v);
                    out.push(quote!(default_json = #text));
                }
                "example" => match v.as_str() {
                    Some(s) => out.push(quote!(example = #s)),
                    None => {
                        let text = json_text(v);
                        out.push(quote!(example_json = #text));
                    }
                },
                "deprecated" if v.as_bool() == Some(true) => out.push(quote!(deprecated)),
                "title" => match v.as_str() {
                    Some(t) => out.push(quote!(title = #t)),
                    None => {
                        bad(self, "a string");
                        ok = false;
                    }
                },
                _ => {}
            }
        }
        ok.then_some(())
    }
}

/// What `allOf` merges into.
enum Merged {
    /// One schema holding every member's keywords.
    Plain(Map),
    /// A `$ref` base and object members: a `flatten` base plus fields.
    Based,
}

const OBJECT_KEYS: &[&str] = &[
    "properties",
    "required",
    "additionalProperties",
    "minProperties",
    "maxProperties",
];
const ARRAY_KEYS: &[&str] = &["items", "minItems", "maxItems", "uniqueItems"];

/// Merges `allOf` members (nested ones too) into one schema when no keyword
/// is given twice with different values (`required` lists and `properties`
/// maps are joined). A `$ref` member makes it a composition (`Based`), left
/// to the object rules; a lone `$ref` stays a reference.
fn merge_all_of(schema: &Map, path: &str) -> Result<Merged, (String, String)> {
    let apath = format!("{path}/allOf");
    let Some(members) = schema.get("allOf").and_then(Value::as_list) else {
        return Err((apath, "must be a list of schemas".into()));
    };
    let rest = without(schema, &["allOf"]);
    if let [only] = members.as_slice() {
        if only.get("$ref").is_some()
            && rest
                .iter()
                .all(|(k, _)| annotations().contains(&k.as_str()) || k == "nullable")
        {
            let mut merged = rest.clone();
            for (k, v) in only.as_dict().into_iter().flat_map(|m| m.iter()) {
                merged.insert(k.clone(), v.clone());
            }
            return Ok(Merged::Plain(merged));
        }
    }
    if members.iter().any(|m| m.get("$ref").is_some()) {
        return Ok(Merged::Based);
    }
    let mut merged = rest;
    for (i, m) in members.iter().enumerate() {
        let mpath = format!("{apath}/{i}");
        let member = match m {
            Value::Bool(true) => Map::new(),
            Value::Dict(d) if d.contains_key("allOf") => match merge_all_of(d, &mpath)? {
                Merged::Plain(p) => p,
                Merged::Based => {
                    return Err((
                        mpath,
                        "a nested `allOf` with a `$ref` cannot be merged".into(),
                    ))
                }
            },
            Value::Dict(d) => d.clone(),
            _ => return Err((mpath, "must be a schema object".into())),
        };
        for (k, v) in member.iter() {
            match (k.as_str(), merged.get(k)) {
                (_, None) => {
                    merged.insert(k.clone(), v.clone());
                }
                (_, Some(old)) if old == v => {}
                ("required", Some(Value::List(old))) => {
                    let mut joined = old.clone();
                    for r in v.as_list().map(Vec::as_slice).unwrap_or_default() {
                        if !joined.contains(r) {
                            joined.push(r.clone());
                        }
                    }
                    merged.insert(k.clone(), Value::List(joined));
                }
                ("properties", Some(Value::Dict(old))) => {
                    let mut joined = old.clone();
                    for (p, ps) in v.as_dict().into_iter().flat_map(|d| d.iter()) {
                        if joined.get(p).is_some_and(|o| o != ps) {
                            return Err((
                                format!("{mpath}/properties/{}", pointer_escape(p)),
                                "the same property with two schemas in `allOf` cannot be merged".into(),
                            ));
                        }
                        joined.insert(p.clone(), ps.clone());
                    }
                    merged.insert(k.clone(), Value::Dict(joined));
                }
                ("description" | "title" | "example" | "$comment", Some(_)) => {}
                _ => {
                    return Err((
                        format!("{mpath}/{}", pointer_escape(k)),
                        format!("`{k}` is given twice, differently, in `allOf`; the members cannot be merged"),
                    ))
                }
            }
        }
    }
    Ok(Merged::Plain(merged))
}

/// A schema without `type` that uses object or array keywords.
fn is_untyped_structure(map: &Map) -> bool {
    map.get("type").is_none()
        && !map.contains_key("allOf")
        && (OBJECT_KEYS.iter().any(|k| map.contains_key(k))
            || ARRAY_KEYS.iter().any(|k| map.contains_key(k)))
}

/// The component names of every `$ref` inside `schema`.
fn refs_in(schema: &Value, out: &mut Vec<String>) {
    match schema {
        Value::Dict(m) => {
            for (k, v) in m.iter() {
                match (k.as_str(), v.as_str()) {
                    ("$ref", Some(r)) => {
                        if let Some(name) = r.strip_prefix("#/components/schemas/") {
                            out.push(name.replace("~1", "/").replace("~0", "~"));
                        }
                    }
                    _ => refs_in(v, out),
                }
            }
        }
        Value::List(l) => l.iter().for_each(|v| refs_in(v, out)),
        _ => {}
    }
}

fn is_string_enum(map: &Map) -> bool {
    let Some(values) = map.get("enum").and_then(Value::as_list) else {
        return false;
    };
    let typed = matches!(map.get("type").and_then(Value::as_str), Some("string"));
    typed
        && !values.is_empty()
        && values.iter().all(|v| v.as_str().is_some())
        && map.iter().all(|(k, _)| {
            [
                "type",
                "enum",
                "description",
                "example",
                "default",
                "nullable",
                "deprecated",
                "title",
            ]
            .contains(&k.as_str())
        })
}

/// `nullable` for a named model, union or enum whose schema says so; an
/// inline one is made nullable by the property that holds it.
fn nullable_attr(schema: &Map, inline: bool) -> Option<TokenStream> {
    (schema.get("nullable").and_then(Value::as_bool) == Some(true) && !inline)
        .then(|| quote!(nullable))
}

/// A component schema that the generator makes an alias (a tuple struct).
fn becomes_alias(map: &Map) -> bool {
    !map.contains_key("allOf")
        && !map.contains_key("oneOf")
        && !map.contains_key("anyOf")
        && !is_string_enum(map)
        && !is_object(map)
}

/// An object schema: `type: object`, or object keywords without a type.
fn is_object(map: &Map) -> bool {
    match map.get("type").and_then(Value::as_str) {
        Some("object") => true,
        Some(_) => false,
        None => {
            map.get("type").is_none()
                && [
                    "properties",
                    "required",
                    "additionalProperties",
                    "minProperties",
                    "maxProperties",
                ]
                .iter()
                .any(|k| map.contains_key(k))
        }
    }
}

/// An object schema that needs a struct (a property map alone does not).
fn is_object_with_fields(map: &Map) -> bool {
    is_object(map)
        && (map.contains_key("properties")
            || map.contains_key("required")
            || map.contains_key("minProperties")
            || map.contains_key("maxProperties")
            || map.get("additionalProperties") == Some(&Value::Bool(false))
            || map.get("type").is_none())
}

fn without(map: &Map, keys: &[&str]) -> Map {
    map.iter()
        .filter(|(k, _)| !keys.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The schema without what the container of an alias carries.
fn without_docs(map: &Map) -> Map {
    without(
        map,
        &["description", "example", "title", "default", "deprecated"],
    )
}

/// `#[doc]` lines of a description.
fn docs(map: &Map) -> TokenStream {
    let Some(text) = map.get("description").and_then(Value::as_str) else {
        return TokenStream::new();
    };
    let lines = text.trim().lines().map(|l| {
        let l = format!(" {}", l.trim());
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

fn open_model_attr(opts: &[TokenStream]) -> TokenStream {
    if opts.is_empty() {
        quote!(#[open_model])
    } else {
        quote!(#[open_model(#(#opts),*)])
    }
}

fn json_text(v: &Value) -> String {
    open_model::to_json_string(v).unwrap_or_default()
}

fn number_tokens(text: &str) -> TokenStream {
    let (neg, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, text),
    };
    let lit: TokenStream = digits.parse().unwrap_or_else(|_| quote!(0));
    if neg {
        quote!(-#lit)
    } else {
        lit
    }
}

/// Type names the generated code uses itself: a component of that name gets
/// `Model` added, so it cannot shadow them.
const RESERVED: &[&str] = &[
    "Self", "String", "Option", "Vec", "Box", "Field", "Map", "Number", "Value", "Integer", "Some",
    "None", "Ok", "Err", "Result",
];

/// PascalCase in ASCII letters and digits: always a valid type name.
fn pascal(s: &str) -> String {
    let p: String = s
        .to_upper_camel_case()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    if p.is_empty() {
        "Empty".to_owned()
    } else if p.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{p}")
    } else {
        p
    }
}

/// The Rust name of a component, before names are made unique.
fn type_name(name: &str) -> Ident {
    let p = pascal(name);
    if RESERVED.contains(&p.as_str()) {
        format_ident!("{}Model", p)
    } else {
        format_ident!("{}", p)
    }
}

fn safe_field(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    while out.contains("__") {
        out = out.replace("__", "_");
    }
    if out.chars().all(|c| c == '_') {
        out = "field".to_owned();
    } else if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, "field_");
    }
    if matches!(out.as_str(), "self" | "Self" | "super" | "crate" | "_") {
        out.push('_');
    }
    out
}

/// Field names for wire names: snake case, unique, raw when a keyword.
fn field_idents(wires: &[&str]) -> Vec<Ident> {
    let mut seen = BTreeSet::new();
    wires
        .iter()
        .map(|w| {
            let base = safe_field(&w.to_snake_case());
            let mut name = base.clone();
            let mut n = 2;
            while !seen.insert(name.clone()) {
                name = format!("{}_{n}", base.trim_end_matches('_'));
                n += 1;
            }
            field_ident(&name)
        })
        .collect()
}

/// A field name from a safe snake-case name, raw when it is a keyword.
fn field_ident(name: &str) -> Ident {
    match syn::parse_str::<Ident>(name) {
        Ok(i) => i,
        Err(_) => Ident::new_raw(name, Span::call_site()),
    }
}

fn unraw(i: &Ident) -> String {
    let s = i.to_string();
    s.strip_prefix("r#").map_or(s.clone(), str::to_owned)
}

/// The `camelCase` rule of `#[open_model]` applied to a snake-case name.
fn camel_of(snake: &str) -> String {
    RenameRule::Camel.apply_to_field(snake)
}

/// A `rename_all` rule of `#[open_model]` applied to a PascalCase variant.
fn apply_variant_rule(rule: &str, variant: &str) -> String {
    RenameRule::from_name(rule).map_or_else(|| variant.to_owned(), |r| r.apply_to_variant(variant))
}

fn variant_ident(value: &str, i: usize) -> Ident {
    let p: String = pascal(value)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    match syn::parse_str::<Ident>(&p) {
        Ok(id) if !p.is_empty() && p != "Self" => id,
        _ => format_ident!("Variant{}", i),
    }
}

fn variant_names(values: &[String]) -> Vec<Ident> {
    let mut seen = BTreeSet::new();
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let mut id = variant_ident(v, i);
            if !seen.insert(id.to_string()) {
                id = format_ident!("Variant{}", i);
                seen.insert(id.to_string());
            }
            id
        })
        .collect()
}

/// The name of an inline item schema: the singular of a plural property
/// (`RunV2` `stepRuns` → `RunV2StepRun`), else `…Item`.
fn item_hint(hint: &str) -> String {
    if let Some(stem) = hint.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = hint
        .strip_suffix('s')
        .filter(|stem| !stem.ends_with('s') && !stem.ends_with('u'))
    {
        stem.to_owned()
    } else {
        format!("{hint}Item")
    }
}

/// The variant name of a union member.
fn member_name(m: &Value) -> Option<String> {
    if let Some(r) = m.get("$ref").and_then(Value::as_str) {
        return r.rsplit('/').next().map(|n| type_name(n).to_string());
    }
    let map = m.as_dict()?;
    Some(
        match map.get("type").and_then(Value::as_str) {
            Some("string") if map.contains_key("enum") => "Enum",
            Some("string") => "String",
            Some("number") => "Number",
            Some("integer") => "Integer",
            Some("boolean") => "Boolean",
            Some("array") => "List",
            Some("object") => "Object",
            _ if is_object(map) => "Object",
            _ => return None,
        }
        .to_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gen(yaml: &str) -> Result<String, Vec<Problem>> {
        generate(yaml, &Options::default())
    }

    #[test]
    fn refuses_divisors_the_macro_refuses() {
        // Before: accepted, and the generated source failed to compile.
        let err = gen("components:\n  schemas:\n    A:\n      type: object\n      properties:\n        a: { type: number, multipleOf: 0 }\n        b: { type: number, multipleOf: -2 }\n        d: { type: number, multipleOf: 0.01 }\n")
            .unwrap_err();
        let text: Vec<String> = err.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "#/components/schemas/A/properties/a/multipleOf: `multipleOf` must not be zero",
                "#/components/schemas/A/properties/b/multipleOf: `multipleOf` must be greater than 0",
            ]
        );
        // Exactly, from a JSON document (YAML numbers pass through f64).
        let err = gen(r#"{"components":{"schemas":{"A":{"type":"object","properties":{"c":{"type":"number","multipleOf":1.0000000000000000001}}}}}}"#)
            .unwrap_err();
        assert_eq!(
            err.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["#/components/schemas/A/properties/c/multipleOf: `multipleOf` supports divisors of up to 18 significant digits"]
        );
    }

    #[test]
    fn reports_every_problem_with_its_path() {
        let err = gen("components:\n  schemas:\n    A:\n      type: object\n      properties:\n        a: { type: [string, 'null'] }\n        b: { type: string, format: 7 }\n      patternProperties: {}\n")
            .unwrap_err();
        let text: Vec<String> = err.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "#/components/schemas/A/patternProperties: `patternProperties` is JSON Schema, not part of the OpenAPI 3.0 schema object",
                "#/components/schemas/A/properties/a/type: a list of types is not OpenAPI 3.0; use `nullable` or `oneOf`",
                "#/components/schemas/A/properties/b/format: format 7 is not a format name",
            ]
        );
    }

    #[test]
    fn names_fields_in_rust_case() {
        let src = gen("components:\n  schemas:\n    a-thing:\n      properties:\n        fooBar: { type: integer }\n        type: { type: boolean }\n        $ref: { type: string }\n      required: [fooBar]\n").unwrap();
        assert!(src.contains("pub struct AThing {"), "{src}");
        assert!(
            src.contains("#[open_model(rename_all = \"camelCase\")]"),
            "{src}"
        );
        assert!(src.contains("pub foo_bar: i64,"), "{src}");
        assert!(src.contains("pub r#type: Option<bool>,"), "{src}");
        assert!(
            src.contains("#[open_model(rename = \"$ref\")]\n    pub r#ref: Option<String>,"),
            "{src}"
        );
    }

    #[test]
    fn refuses_a_dangling_ref() {
        let err = gen("components:\n  schemas:\n    A:\n      properties:\n        b: { $ref: '#/components/schemas/B' }\n").unwrap_err();
        assert_eq!(
            err[0].to_string(),
            "#/components/schemas/A/properties/b/$ref: `#/components/schemas/B` names no component schema"
        );
    }

    #[test]
    fn reads_json_with_exact_numbers() {
        let src = gen(r#"{"components": {"schemas": {"Big": {"type": "number", "maximum": 972783798187987123879878123.18878137}}}}"#).unwrap();
        assert!(
            src.contains("maximum = 972783798187987123879878123.18878137"),
            "{src}"
        );
    }

    #[test]
    fn unions_enums_and_composition() {
        let src = gen(r#"
components:
  schemas:
    Status: { type: string, enum: [TEST_PROD, PROD] }
    Shape:
      oneOf: [{ $ref: '#/components/schemas/Circle' }, { type: string }]
    Circle:
      type: object
      required: [radius]
      properties: { radius: { type: number, minimum: 0 } }
    Tagged:
      oneOf: [{ $ref: '#/components/schemas/Circle' }]
      discriminator: { propertyName: kind, mapping: { round: '#/components/schemas/Circle' } }
    Short:
      type: string
      anyOf: [{ maxLength: 2 }, { minLength: 4 }]
    Both:
      allOf: [{ minimum: 1 }, { maximum: 9 }]
    Node:
      type: object
      properties: { next: { $ref: '#/components/schemas/Node' } }
"#)
        .unwrap();
        for expected in [
            "#[open_model(rename_all = \"SCREAMING_SNAKE_CASE\")]",
            "pub enum Status {\n    TestProd,\n    Prod,\n}",
            "#[open_model(one_of)]",
            "pub enum Shape {\n    Circle(Circle),\n    String(String),\n}",
            "#[open_model(tag = \"kind\")]",
            "#[open_model(rename = \"round\")]\n    Round(Circle),",
            "#[open_model(any_of)]",
            "pub struct ShortString(#[open_model(max_length = 2)] pub String);",
            "pub struct ShortString2(#[open_model(min_length = 4)] pub String);",
            "pub struct Both(#[open_model(minimum = 1, maximum = 9)] pub Value);",
            "pub next: Option<Box<Node>>,",
        ] {
            assert!(src.contains(expected), "missing {expected:?} in\n{src}");
        }
    }

    #[test]
    fn untyped_any_reads_properties_as_json_schema_does() {
        let yaml =
            "components:\n  schemas:\n    Loose:\n      properties: { a: { type: integer } }\n";
        let plain = gen(yaml).unwrap();
        assert!(plain.contains("pub struct Loose {"), "{plain}");
        let options = Options {
            untyped_any: true,
            ..Options::default()
        };
        let src = generate(yaml, &options).unwrap();
        assert!(
            src.contains("pub enum Loose {\n    Object(LooseObject),\n    Other(LooseOther),\n}"),
            "{src}"
        );
        assert!(
            src.contains("pub struct LooseOther(#[open_model(not = Map)] pub Value);"),
            "{src}"
        );
    }

    #[test]
    fn a_nullable_component_makes_its_properties_nullable() {
        let src = gen(r#"
components:
  schemas:
    Owner: { type: object, nullable: true, properties: { name: { type: string } } }
    Stamp: { type: number, nullable: true }
    Mood: { type: string, enum: [calm], nullable: true }
    Either: { oneOf: [{ type: string }, { type: integer }], nullable: true }
    Pet:
      type: object
      required: [owner, stamp]
      properties:
        owner: { $ref: '#/components/schemas/Owner' }
        previous: { $ref: '#/components/schemas/Owner' }
        mood: { $ref: '#/components/schemas/Mood' }
        either: { $ref: '#/components/schemas/Either' }
        stamp: { $ref: '#/components/schemas/Stamp' }
"#)
        .unwrap();
        for expected in [
            "#[open_model(nullable)]\n#[derive(Debug, Clone, PartialEq)]\npub struct Owner {",
            "pub struct Stamp(pub Option<Number>);",
            "#[open_model(required)]\n    pub owner: Option<Owner>,",
            "pub previous: Field<Owner>,",
            "pub stamp: Stamp,",
            "#[open_model(rename_all = \"lowercase\", nullable)]",
            "#[open_model(one_of, nullable)]",
            "pub mood: Field<Mood>,",
            "pub either: Field<Either>,",
        ] {
            assert!(src.contains(expected), "missing {expected:?} in\n{src}");
        }
    }

    #[test]
    fn annotations_are_kept_on_every_kind_of_type() {
        let src = gen(r#"
components:
  schemas:
    Order: { type: string, enum: [asc, desc], default: asc, title: Order, deprecated: true }
    Limit: { type: integer, default: 20, title: Limit }
    Page:
      type: object
      title: A page
      default: {}
      not: { required: [size, cursor] }
      enum: [{}, { size: 20 }]
      properties:
        size: { type: integer, title: Size, default: 20 }
"#)
        .unwrap();
        for expected in [
            "    default_json = \"\\\"asc\\\"\",\n    title = \"Order\",\n    deprecated\n)]",
            "#[open_model(default_json = \"20\", title = \"Limit\")]\n#[derive(Debug, Clone, PartialEq)]\npub struct Limit(pub i64);",
            "    not = PageNot,\n    enum_json = \"[{},{\\\"size\\\":20}]\",\n    default_json = \"{}\",",
            "pub struct PageNot {\n    pub size: Value,\n    pub cursor: Value,\n}",
            "#[open_model(title = \"Size\", default_json = \"20\")]",
        ] {
            assert!(src.contains(expected), "missing {expected:?} in\n{src}");
        }
    }
}
