//! Generates Rust source that uses [`#[open_model]`](open_model::open_model)
//! from the schemas of an OpenAPI 3.0 or 3.1 document (YAML or JSON): its components,
//! and the request bodies and responses its operations write inline.
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
//! let source = open_model_codegen::generate(spec, &Default::default()).unwrap().source;
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
//! | `allOf` with one `$ref` and object members | a struct with the `$ref` as a `flatten` base and the members' properties; where the members would judge what the base holds (a property narrowed, `additionalProperties` beside it or on it), the base's schema written in place and merged, exactly |
//! | `allOf` without a `$ref` | its members merged into one schema, exactly (bounds the tighter, `multipleOf` the least common multiple; another keyword given twice, differently, is a [`Problem`]); with one union member, the union of its alternatives each merged with the rest |
//! | `discriminator` on an `allOf` base | a tagged union of the base and every component that extends it, at any depth, for each reference to the base |
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
//! type of their own (a `Vec<String>` has nowhere to keep it).
//!
//! # Operations
//!
//! The schemas written inline for the operations get types too (unless
//! [`Options::components_only`]): each request body's and response's
//! schema under `paths`, and those of `components.requestBodies` and
//! `components.responses`, named as openapi-generator names them:
//! `<Operation>Request` and `<Operation><status>Response`
//! (`ListPets200Response`, `ListPetsDefaultResponse`), where
//! `<Operation>` is the `operationId` in Rust case, or the path's words
//! and the method when there is none (`GET /v2/test-cases/{id}` →
//! `V2TestCasesIdGet`); a reusable body or response is named by its key.
//! Only a schema a type adds something to gets one: an object, union,
//! enum or `allOf`, or an array or scalar with keywords. A `$ref` (the
//! component's type serves), a scalar with nothing but its type and
//! format (`type: string, format: binary`), an array of those and a
//! schema that admits anything get none. A schema written twice (the same
//! error object for 400 and 500, or for two media types) gets one type,
//! named where it is first met. [`Generated::bodies`] says which type each
//! place got. Parameters and headers are not read: a client passes them
//! one by one, not as a model.
//!
//! ```
//! let spec = r#"
//! openapi: 3.0.0
//! paths:
//!   /pets:
//!     get:
//!       operationId: listPets
//!       responses:
//!         "200":
//!           description: A page of pets.
//!           content:
//!             application/json:
//!               schema:
//!                 type: object
//!                 required: [items]
//!                 properties:
//!                   items: { type: array, items: { type: string } }
//!                   next: { type: string }
//! "#;
//! let generated = open_model_codegen::generate(spec, &Default::default()).unwrap();
//! assert!(generated.source.contains("pub struct ListPets200Response {"));
//! assert_eq!(generated.bodies[0].1, "ListPets200Response");
//! ```
//!
//! # Problems and warnings
//!
//! Everything that can be generated is. A construct expressed only loosely
//! (a keyword beside `$ref` ignored, a keyword of another type dropped, a
//! union whose tag values cannot all be known) is a warning with its JSON pointer
//! ([`Generated::warnings`]); one that cannot be generated is an error
//! ([`Problem`]) and nothing is written. [`Options::strict`] makes every
//! warning an error. Nothing is dropped silently.
//!
#![doc = include_str!("../README.md")]

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
    /// Any warning is an error and nothing is written (the rule before
    /// warnings existed): for teams that want every loosened construct
    /// refused.
    pub strict: bool,
    /// Also split the source into modules, one per component with the
    /// inline types it needs ([`Generated::modules`]): for big documents,
    /// whose single file is hard to read and to review.
    pub split: bool,
    /// Generate the component schemas only: no types for the schemas
    /// written inline for the operations (request bodies and responses in
    /// `paths`, and `components.requestBodies` and `components.responses`;
    /// see [below](crate#operations)). Off by default.
    pub components_only: bool,
    /// A `pattern` ECMA-262 cannot read (Java's `\p{Print}` or
    /// `[\p{Alnum}&&[^_]]`, Python's `\Z`, as some documents write them)
    /// is kept as an annotation, `pattern_annotation = "…"`: in the
    /// schema, never checked, with a warning at its pointer. Off by
    /// default: such a pattern refuses the document, since no engine here
    /// reads it as its author meant.
    pub unchecked_patterns: bool,
    /// Every `pattern` is read as Java's `java.util.regex` reads it (the
    /// dialect of AWS's documents: `\p{Print}`, `[\p{Alnum}&&[^_]]`,
    /// `\A…\z`), and written as the ECMA-262 pattern that matches the same
    /// strings (Java's `$` and POSIX classes spelled out), so it is
    /// checked. A Java construct with no exact ECMA-262 form (a possessive
    /// quantifier, `\b`, a block) is refused with the reason, or kept as
    /// an annotation with `unchecked_patterns`. Off by default: patterns
    /// are ECMA-262's, as OpenAPI says.
    pub java_patterns: bool,
}

/// One module of a split output: a file `<name>.rs` beside `mod.rs`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    /// The module's name (the component's type name in snake case).
    pub name: String,
    /// Its source (`use super::*;` and the component's items).
    pub source: String,
}

/// The generated source, and what was loosened on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// The Rust source.
    pub source: String,
    /// Each construct the generator did not express exactly, with its
    /// pointer and what it did instead (a keyword ignored, a type
    /// loosened). Annotations without a place in a type are not warnings.
    pub warnings: Vec<Problem>,
    /// Each component schema's name in the document, with the Rust type
    /// generated for it (`("a-thing", "AThing")`), in document order: for
    /// build scripts that write a registry of the models.
    pub components: Vec<(String, String)>,
    /// Each schema written inline for an operation that has a type (a
    /// request body's or a response's, per media type; see
    /// [below](crate#operations)): its JSON pointer
    /// (`#/paths/~1pets/get/responses/200/content/application~1json/schema`)
    /// and the Rust type, in document order. A schema written twice has
    /// one type, listed at each place. Empty with
    /// [`Options::components_only`].
    pub bodies: Vec<(String, String)>,
    /// With [`Options::split`]: `mod.rs` (the imports, and each module
    /// declared and re-exported) and the modules, which hold the same items
    /// as `source`. Empty otherwise.
    pub modules: Vec<Module>,
}

/// A construct the generator cannot express (an error), or expresses only
/// loosely (a warning), and where it is.
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
/// OpenAPI 3.0 or 3.1 document (YAML or JSON text), and for the schemas its
/// operations write inline (see [Operations](crate#operations); not with
/// [`Options::components_only`]). The result is formatted with
/// `prettyplease`; the CLI also runs it through `rustfmt` when one is found.
///
/// Everything that can be generated is; what is loosened on the way comes
/// back as warnings with the source. Errors (a document that is not OpenAPI,
/// a construct with no type that accepts its values) write nothing.
pub fn generate(text: &str, options: &Options) -> Result<Generated, Vec<Problem>> {
    let mut doc = read_document(text).map_err(|p| vec![p])?;
    refs_decoded(&mut doc);
    let version = doc.get("openapi").and_then(Value::as_str).unwrap_or("");
    let mut moved = if version.starts_with("3.1") {
        openapi31::as_openapi_30(&mut doc)
    } else {
        openapi31::Moved::default()
    };
    // What the 3.1 rewrite dropped (unknown keywords): warnings, or with
    // `strict` errors, like any other.
    let dropped: Vec<Problem> = std::mem::take(&mut moved.1)
        .into_iter()
        .map(|p| Problem {
            path: moved.written(&p.path),
            ..p
        })
        .collect();
    if options.strict && !dropped.is_empty() {
        return Err(dropped);
    }
    // Every pointer names a place in the document as written.
    let written = |mut problems: Vec<Problem>| {
        for p in &mut problems {
            p.path = moved.written(&p.path);
        }
        problems
    };
    match generate_doc(&doc, options) {
        Ok(mut generated) => {
            let mut warnings = dropped;
            warnings.extend(written(generated.warnings));
            generated.warnings = warnings;
            Ok(generated)
        }
        Err(problems) => Err(written(problems)),
    }
}

/// [`generate`] on a document read, in its 3.0 spelling.
fn generate_doc(doc: &Value, options: &Options) -> Result<Generated, Vec<Problem>> {
    let problem = |path: &str, message: &str| Problem {
        path: path.into(),
        message: message.into(),
    };
    if doc.get("swagger").is_some() {
        return Err(vec![problem(
            "#/swagger",
            "a Swagger 2.0 document: the generator reads OpenAPI 3.0 (convert it first, for example with swagger2openapi)",
        )]);
    }
    let none = Map::new();
    let schemas = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_dict);
    let mut generated = generate_in(schemas.unwrap_or(&none), Some(doc), options)?;
    // A document with nothing to generate (its operations send and
    // receive only scalars, or declare no schemas) gives an empty source:
    // valid, and said, since a user may have meant another document.
    if generated.source.trim().is_empty() && schemas.is_none() {
        let message = if options.components_only {
            "nothing to generate: the document has no component schemas"
        } else {
            "nothing to generate: the document has no component schemas, and no operation's schema that needs a type"
        };
        let w = problem("#/components/schemas", message);
        if options.strict {
            return Err(vec![w]);
        }
        generated.warnings.push(w);
    }
    Ok(generated)
}

/// Generates the source for a map of named schemas, as found under
/// `components.schemas`. `$ref`s point at `#/components/schemas/<name>`.
pub fn generate_schemas(schemas: &Map, options: &Options) -> Result<Generated, Vec<Problem>> {
    generate_in(schemas, None, options)
}

/// [`generate_schemas`] with the whole document (`root`), so that a `$ref`
/// may point anywhere in it.
fn generate_in(
    schemas: &Map,
    root: Option<&Value>,
    options: &Options,
) -> Result<Generated, Vec<Problem>> {
    let bodies = match root {
        Some(root) if !options.components_only => operations::body_sites(root),
        _ => Vec::new(),
    };
    // The first pass chooses the name of every inline type (see `plan.rs`);
    // what it writes is dropped, and its problems are the second's.
    let mut first = Gen::new(options, schemas, root, plan::Plan::of(schemas));
    first.write_all(&bodies);
    if !first.problems.is_empty() {
        return Err(first.problems);
    }
    let mut plan = first.plan;
    plan.inline = plan.inline.chosen();
    let mut gen = Gen::new(options, schemas, root, plan);
    let ranges = gen.write_all(&bodies);
    // A schema written once can be reached twice (an operation's schema,
    // and a `$ref` into it): one warning for one place.
    let mut said = BTreeSet::new();
    gen.warnings
        .retain(|w| said.insert((w.path.clone(), w.message.clone())));
    if options.strict {
        gen.problems.append(&mut gen.warnings);
    }
    if !gen.problems.is_empty() {
        return Err(gen.problems);
    }
    let used: Vec<Ident> = gen.used.iter().map(|u| format_ident!("{}", u)).collect();
    // Nothing to import for an empty map of schemas (an unused `use`
    // would warn in the user's crate).
    let imports = if gen.items.is_empty() {
        TokenStream::new()
    } else {
        quote!(use open_model::{open_model #(, #used)*};)
    };
    let modules = if options.split {
        split_modules(&gen, &ranges, &imports)?
    } else {
        Vec::new()
    };
    let mut parts = vec![imports];
    parts.append(&mut gen.items);
    let source = unparse_each(parts)?;
    let components = schemas
        .iter()
        .map(|(name, _)| (name.clone(), gen.type_of(name).to_string()))
        .collect();
    Ok(Generated {
        source,
        warnings: gen.warnings,
        components,
        bodies: std::mem::take(&mut gen.bodies),
        modules,
    })
}

/// Prints each item on its own, so a blank line separates them.
fn unparse_each(parts: Vec<TokenStream>) -> Result<String, Vec<Problem>> {
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

/// `mod.rs` and one module per component (its items: the component's type
/// and the inline types it needs), each seeing the others through
/// `use super::*`.
fn split_modules(
    gen: &Gen<'_>,
    ranges: &[(String, std::ops::Range<usize>)],
    imports: &TokenStream,
) -> Result<Vec<Module>, Vec<Problem>> {
    let mut taken = BTreeSet::new();
    let mut modules = Vec::new();
    let mut declarations = vec![imports.clone()];
    for (component, range) in ranges {
        let Some(items) = gen.items.get(range.clone()) else {
            continue;
        };
        if items.is_empty() {
            continue;
        }
        let mut name = gen.type_of(component).to_string().to_snake_case();
        if syn::parse_str::<Ident>(&name).is_err() || name == "tests" {
            name.push_str("_model");
        }
        let base = name.clone();
        let mut n = 2;
        while !taken.insert(name.clone()) {
            name = format!("{base}_{n}");
            n += 1;
        }
        let mut parts = vec![quote!(
            use super::*;
        )];
        parts.extend(items.iter().cloned());
        modules.push(Module {
            source: unparse_each(parts)?,
            name: name.clone(),
        });
        let m = format_ident!("{}", name);
        declarations.push(quote!(mod #m; pub use #m::*;));
    }
    modules.insert(
        0,
        Module {
            name: "mod".into(),
            source: unparse_each(declarations)?,
        },
    );
    Ok(modules)
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

mod aliases;
mod bases;
mod enums;
mod gen;
mod inheritance;
mod keywords;
mod names;
mod objects;
mod openapi31;
mod operations;
mod plan;
mod shapes;
#[cfg(test)]
mod tests;
mod tokens;
mod types;
mod unions;

use bases::{checked_part, has_base};
use gen::{Gen, Inheritance, Ty};
use inheritance::discriminator_of;
use keywords::*;
use names::*;
use objects::*;
use operations::BodySite;
use plan::Role;
use shapes::*;
use tokens::*;
