//! The generator's state, and the step that decides what each component
//! becomes (a struct, an enum, a union, an alias) and writes it in order.

use super::*;
use crate::plan::Site;

/// A Rust type for a schema, with the field options that carry its keywords.
pub(crate) struct Ty {
    pub(crate) ty: TokenStream,
    /// `#[open_model(...)]` options for the field (format and keywords).
    pub(crate) attrs: Vec<TokenStream>,
    /// The schema allows `null` (`nullable: true`).
    pub(crate) nullable: bool,
    /// The type itself takes `null` (a `$ref` to a nullable alias).
    pub(crate) takes_null: bool,
}

pub(crate) struct Gen<'a> {
    pub(crate) options: &'a Options,
    pub(crate) schemas: &'a Map,
    pub(crate) items: Vec<TokenStream>,
    /// The whole document, where a `$ref` may point anywhere in it.
    pub(crate) root: Option<&'a Value>,
    /// The type made for each `$ref` to a place that is not a component
    /// (`#/components/schemas/Tag/allOf/0`), by pointer.
    pub(crate) pointer_types: Map<String>,
    /// Each operation's schema that has a type (see `operations.rs`): its
    /// pointer and the type's name, in document order.
    pub(crate) bodies: Vec<(String, String)>,
    /// Each inheritance base (an object with a `discriminator`, which other
    /// components extend through `allOf`): the union of it and its
    /// subtypes, by base name.
    pub(crate) inheritance: Map<Inheritance>,
    pub(crate) problems: Vec<Problem>,
    /// Constructs expressed loosely: each with what was done instead.
    pub(crate) warnings: Vec<Problem>,
    pub(crate) used: BTreeSet<&'static str>,
    /// The component being generated.
    pub(crate) current: String,
    /// What was decided of every type before writing: names, what each
    /// component reaches (boxes), nullability.
    pub(crate) plan: crate::plan::Plan,
    /// The document is OpenAPI 3.1, whose schemas are JSON Schema 2020-12:
    /// its keywords with no 3.0 spelling (`patternProperties`) are read.
    pub(crate) json_schema: bool,
}

/// An inheritance base and what extends it.
#[derive(Clone, Debug)]
pub(crate) struct Inheritance {
    /// The Rust name of the union of the base and its subtypes (`AnyAnimal`).
    pub(crate) union: String,
    /// The tag key (`className`).
    pub(crate) tag: String,
    /// Tag value and component, the base first.
    pub(crate) members: Vec<(String, String)>,
}

/// Why an `unevaluated*` keyword the 3.1 reading left in place is refused.
pub(crate) const UNEVALUATED: &str = "beside `oneOf`, `anyOf`, `if` or `dependentSchemas` (at any depth of `allOf`), or for items beside an applicator or `contains`, judges what they evaluate when they match, which the generator does not follow; it reads it where the keys (items) evaluated are fixed: as the `additionalProperties` of the schema or of its merged `allOf` (the `items` after `prefixItems`)";

impl Gen<'_> {
    /// Whether the component `name` is a subtype of an inheritance base (a
    /// member of its union other than the base itself).
    pub(crate) fn is_subtype(&self, name: &str) -> bool {
        self.inheritance
            .values()
            .any(|i| i.members.iter().skip(1).any(|(_, m)| m == name))
    }

    pub(crate) fn problem(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_owned(),
            message: message.into(),
        });
    }

    pub(crate) fn warning(&mut self, path: &str, message: impl Into<String>) {
        self.warnings.push(Problem {
            path: path.to_owned(),
            message: message.into(),
        });
    }

    pub(crate) fn use_name(&mut self, name: &'static str) -> TokenStream {
        self.used.insert(name);
        let ident = format_ident!("{}", name);
        quote!(#ident)
    }

    /// A generator over `schemas` (of the document `root`, when there is
    /// one) that writes by `plan`.
    pub(crate) fn new<'a>(
        options: &'a Options,
        schemas: &'a Map,
        root: Option<&'a Value>,
        plan: crate::plan::Plan,
    ) -> Gen<'a> {
        Gen {
            options,
            schemas,
            root,
            pointer_types: Map::new(),
            bodies: Vec::new(),
            inheritance: Map::new(),
            items: Vec::new(),
            problems: Vec::new(),
            warnings: Vec::new(),
            used: BTreeSet::new(),
            current: String::new(),
            plan,
            json_schema: root
                .and_then(|r| r.get("openapi"))
                .and_then(Value::as_str)
                .is_some_and(|v| v.starts_with("3.1")),
        }
    }

    /// Writes every component, then the union of each inheritance base,
    /// then the types of the operations' schemas (`bodies`); gives the
    /// items each component's (each base's, each operation's) writing
    /// pushed.
    pub(crate) fn write_all(
        &mut self,
        bodies: &[(String, Vec<BodySite>)],
    ) -> Vec<(String, std::ops::Range<usize>)> {
        self.find_inheritance();
        let mut ranges = Vec::new();
        for (name, schema) in self.schemas.iter() {
            let path = format!("#/components/schemas/{}", pointer_escape(name));
            let start = self.items.len();
            self.component(name, schema, &path);
            ranges.push((name.clone(), start..self.items.len()));
        }
        for (base, inheritance) in self.inheritance.clone().iter() {
            let start = self.items.len();
            self.inheritance_union(base, inheritance);
            ranges.push((base.clone(), start..self.items.len()));
        }
        ranges.extend(self.write_bodies(bodies));
        ranges
    }

    /// The name of the inline type at `path` in its `role`, from the plan
    /// (see `plan.rs`: chosen from `hint` in the first pass, read in the
    /// second).
    pub(crate) fn inline_name(&mut self, path: &str, role: Role, hint: &str) -> Ident {
        let site = Site {
            path: path.to_owned(),
            role,
            hint: hint.to_owned(),
        };
        match self.plan.inline.name(site) {
            Some(name) => format_ident!("{}", name),
            None => {
                self.problem(
                    path,
                    format!("internal error: no name was planned for this {role:?} type"),
                );
                format_ident!("{}", hint)
            }
        }
    }

    /// Reports keys of `schema` that no rule below reads.
    pub(crate) fn check_keys(&mut self, schema: &Map, path: &str, allowed: &[&str]) {
        for (k, _) in schema.iter() {
            if without_meaning(k) || allowed.contains(&k.as_str()) {
                continue;
            }
            let why = match k.as_str() {
                "patternProperties" | "dependencies" | "additionalItems" | "$schema" | "id" => {
                    "is JSON Schema, not part of the OpenAPI 3.0 schema object"
                }
                "unevaluatedProperties" | "unevaluatedItems" if self.json_schema => UNEVALUATED,
                _ => "is not a keyword the generator knows in this position",
            };
            self.problem(
                &format!("{path}/{}", pointer_escape(k)),
                format!("`{k}` {why}"),
            );
        }
    }

    pub(crate) fn component(&mut self, name: &str, schema: &Value, path: &str) {
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
    pub(crate) fn definition(&mut self, ident: &Ident, schema: &Map, path: &str, inline: bool) {
        let start = self.items.len();
        self.definition_items(ident, schema, path, inline);
        self.parent_first(start);
    }

    /// Emits `ident` for a schema no value meets (its keywords contradict
    /// each other; `why` at `at` says how) as the type of `not: {}`, which
    /// refuses every value, with a warning: the rest of the document is
    /// still generated, as it is for a schema that says `not: {}` itself.
    /// `strict` makes the warning an error.
    pub(crate) fn admits_nothing(
        &mut self,
        ident: &Ident,
        schema: &Map,
        path: &str,
        inline: bool,
        (at, why): (&str, &str),
    ) {
        self.warning(
            at,
            format!("{why}, so no value meets the schema: its type refuses every value, as `not: {{}}` does"),
        );
        let mut never = Map::from_iter([("not", Value::Dict(Map::new()))]);
        // An object (a model another flattens, or a union's variant, must
        // be a model struct): a model of no field that refuses every value.
        if is_object(schema) || schema.contains_key("allOf") || self.is_subtype(&self.current) {
            never.insert("type".into(), Value::Str("object".into()));
        }
        if let Some(d) = schema.get("description") {
            never.insert("description".into(), d.clone());
        }
        self.definition_items(ident, &never, path, inline);
    }

    /// Moves the item emitted last (a parent, emitted after the inline types
    /// it names) before them, so the source reads top-down.
    pub(crate) fn parent_first(&mut self, start: usize) {
        if let Some(tail) = self.items.get_mut(start..) {
            if !tail.is_empty() {
                tail.rotate_right(1);
            }
        }
    }

    pub(crate) fn definition_items(
        &mut self,
        ident: &Ident,
        schema: &Map,
        path: &str,
        inline: bool,
    ) {
        if let Some(rewritten) = self.without_foreign_keywords(schema, path) {
            return self.definition_items(ident, &rewritten, path, inline);
        }
        if let Some(rewritten) = self.without_ref_siblings(schema, path) {
            return self.definition_items(ident, &rewritten, path, inline);
        }
        if let Some(rewritten) = self.without_null_members(schema, path) {
            return self.definition_items(ident, &rewritten, path, inline);
        }
        if let Some(rewritten) = member_nullable_lifted(schema) {
            return self.definition_items(ident, &rewritten, path, inline);
        }
        if let Some(rewritten) = without_access(schema) {
            return self.definition_items(ident, &rewritten, path, inline);
        }
        if schema.contains_key("allOf") {
            // A subtype of an inheritance base is a model that flattens the
            // base, even with nothing of its own beside it (`allOf: [{$ref:
            // Base}]` with a description): the base's union holds it.
            if schema.contains_key("unevaluatedProperties") {
                return self.all_of_unevaluated(ident, schema, path, inline);
            }
            let subtype = !inline && self.is_subtype(&self.current);
            match merge_all_of(schema, path) {
                Ok(Merged::Plain(_)) if subtype => self.all_of(ident, schema, path, inline),
                Ok(Merged::Plain(merged)) => self.definition_items(ident, &merged, path, inline),
                Ok(Merged::Based) => match self.value_refs_inlined(schema) {
                    Some(inlined) => self.definition_items(ident, &inlined, path, inline),
                    None => self.all_of(ident, schema, path, inline),
                },
                Err(e) if e.never => {
                    self.admits_nothing(ident, schema, path, inline, (&e.at, &e.why));
                }
                Err(e) => self.problem(&e.at, e.why),
            }
        } else if let Some(open) = open_string_enum(schema) {
            self.string_enum(ident, &open, path, inline, true);
        } else if self.options.untyped_any && is_untyped_structure(schema) {
            self.untyped(ident, schema, path, inline);
        } else if schema.contains_key("oneOf") || schema.contains_key("anyOf") {
            self.union(ident, schema, path, inline);
        } else if is_string_enum(schema) {
            self.string_enum(ident, schema, path, inline, false);
        } else if is_object(schema) {
            self.object(ident, schema, path, inline, None);
        } else {
            self.alias(ident, schema, path, inline);
        }
    }

    /// Pushes one item: the schema's docs, one `#[open_model(...)]` with
    /// the item's `own` options then the schema's container options, and
    /// the item.
    pub(crate) fn push_item(
        &mut self,
        schema: &Map,
        inline: bool,
        mut own: Vec<TokenStream>,
        item: TokenStream,
    ) {
        own.extend(self.container_attrs(schema, inline));
        let docs = docs(schema);
        let container = open_model_attr(&own);
        self.items.push(quote! {
            #docs
            #container
            #item
        });
    }

    pub(crate) fn container_attrs(&self, schema: &Map, inline: bool) -> Vec<TokenStream> {
        let mut out = Vec::new();
        if inline {
            out.push(quote!(inline));
        } else if self.type_of(&self.current) != self.current.as_str() {
            // A component whose name no Rust type can carry (`a-thing`,
            // `String`) keeps the document's name in its schema.
            let name = &self.current;
            out.push(quote!(rename = #name));
        }
        if let Some(e) = schema.get("example") {
            let text = json_text(e);
            out.push(quote!(example_json = #text));
        }
        // A format on an object or an enum checks nothing a type could; it is
        // kept as an annotation (an alias writes its own format).
        if let Some(f) = schema.get("format").and_then(Value::as_str) {
            if !becomes_alias(schema) && !f.is_empty() {
                out.push(quote!(format_annotation = #f));
            }
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
}
