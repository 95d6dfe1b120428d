//! Parsing `#[open_model(...)]` options: on the item (the macro's arguments),
//! on fields, and on variants. A bad option records an error and parsing goes
//! on, so one compile shows every mistake.

use crate::ctxt::Ctxt;
use open_model_internals::case::{RenameRule, RULE_NAMES};
use open_model_internals::options::{self, Place};
use open_model_internals::suggest::did_you_mean;
use proc_macro2::{Span, TokenStream};
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Type};

mod conditional;
mod values;
pub use conditional::Conditional;
use conditional::ConditionalSlots;
use values::*;

/// An option's value and where it was written.
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// An option that may be given once.
struct Once<T> {
    name: &'static str,
    value: Option<Spanned<T>>,
}

impl<T> Once<T> {
    fn new(name: &'static str) -> Self {
        Once { name, value: None }
    }

    fn set(&mut self, cx: &mut Ctxt, span: Span, value: T) {
        if self.value.is_some() {
            cx.error(span, format!("duplicate option `{}`", self.name));
        } else {
            self.value = Some(Spanned { value, span });
        }
    }
}

/// Checks an option against the table of options before it is parsed:
/// `true` when it is known but does not apply at `place` (the error is
/// recorded and the option skipped).
fn misplaced(cx: &mut Ctxt, meta: &ParseNestedMeta<'_>, place: Place) -> syn::Result<bool> {
    match options::find(&option_name(meta)) {
        Some(spec) if !spec.applies_to(place) => {
            cx.error_spanned(&meta.path, spec.misplaced(place));
            skip_rest(meta)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// A pattern: `pattern` (checked by the runtime) or `pattern_annotation`
/// (kept in schemas, never checked: a pattern in a dialect no engine here
/// reads, as Java's `\p{Print}`).
pub struct Pattern {
    pub text: String,
    pub checked: bool,
}

/// A format: `format` (checked by the runtime) or `format_annotation`
/// (kept in schemas and metadata, never checked).
pub struct FormatName {
    pub name: String,
    pub checked: bool,
}

#[derive(Default)]
pub struct ContainerAttrs {
    pub rename_all: Option<Spanned<RenameRule>>,
    /// The component name in schemas (and `OpenModel::NAME`), when it is not
    /// the Rust name.
    pub rename: Option<Spanned<String>>,
    pub closed: Option<Span>,
    pub extra: Option<Spanned<Type>>,
    pub tag: Option<Spanned<String>>,
    /// Written inline where used, not as a named component.
    pub inline: Option<Span>,
    /// The format of an alias (a tuple struct of one field).
    pub format: Option<Spanned<FormatName>>,
    /// An example of the whole model, as JSON text.
    pub example_json: Option<String>,
    /// An enum of alternatives without a tag (`oneOf`).
    pub one_of: Option<Span>,
    /// An enum of alternatives of which the first that fits is taken (`anyOf`).
    pub any_of: Option<Span>,
    /// Absent optional fields take their `default_json` on decode.
    pub apply_defaults: Option<Span>,
    /// The model's schema says `nullable: true` (a property holding it may be `null`).
    pub nullable: Option<Span>,
    /// Schema annotations of the whole type.
    pub deprecated: Option<Span>,
    pub title: Option<String>,
    /// `default` of the whole type, as JSON text (an annotation).
    pub default_json: Option<String>,
    /// `not` on the whole model: it must not decode as this type.
    pub not: Option<Spanned<Type>>,
    /// `if_schema` / `then_schema` / `else_schema` on the whole model.
    pub conditional: Option<Conditional>,
    /// `enum` on the whole model, as JSON text.
    pub enum_json: Option<Spanned<String>>,
    /// Bounds on the number of keys, typed and extra together.
    pub min_properties: Option<usize>,
    pub max_properties: Option<usize>,
    /// `patternProperties`: keys matching a pattern hold values of its type.
    pub pattern_properties: KeyPatterns,
    /// `dependentRequired`: a key and the keys that must be present with it.
    pub dependent_required: DependentRules,
    /// `dependentSchemas`: a key and the type the whole object must also be
    /// when it is present.
    pub dependent_schemas: Vec<(String, Type)>,
    /// `propertyNames`: the type every key must be valid as.
    pub property_names: Option<Spanned<Type>>,
}

impl ContainerAttrs {
    /// Whether the model has an extension map: unless it is `closed`, and
    /// also then when keys matching its `pattern_properties` are kept.
    pub fn has_extension_map(&self) -> bool {
        self.closed.is_none() || !self.pattern_properties.patterns.is_empty()
    }
}

#[derive(Default)]
pub struct FieldAttrs {
    /// Every option written, with where: for rules on options that do not
    /// apply to some fields (a `flatten` field takes none but itself).
    pub written: Vec<(String, Span)>,
    pub rename: Option<Spanned<String>>,
    pub format: Option<Spanned<FormatName>>,
    pub required: Option<Span>,
    pub keywords: Keywords,
    /// The field is a base model whose fields this one shares (`allOf`).
    pub flatten: Option<Span>,
    /// The field is not in the document: `Default` on decode, never written.
    pub skip: Option<Span>,
}

/// Validation keywords of a field, and its annotations.
#[derive(Default)]
pub struct Keywords {
    /// `minimum`, as the number literal written.
    pub minimum: Option<Spanned<String>>,
    /// `maximum`, as the number literal written.
    pub maximum: Option<Spanned<String>>,
    pub min_length: Option<Spanned<usize>>,
    pub max_length: Option<Spanned<usize>>,
    /// OpenAPI 3.0's boolean `exclusiveMinimum`, which makes `minimum` strict.
    pub exclusive_minimum: Option<Span>,
    pub exclusive_maximum: Option<Span>,
    /// `multipleOf`, as the number literal written.
    pub multiple_of: Option<Spanned<String>>,
    pub min_items: Option<Spanned<usize>>,
    pub max_items: Option<Spanned<usize>>,
    pub unique_items: Option<Span>,
    /// `prefixItems`: the types of the first items, in order.
    pub prefix_items: Option<Spanned<Vec<Type>>>,
    /// What may follow the prefix: a type, or nothing (`None`: `false`).
    pub additional_items: Option<Spanned<Option<Type>>>,
    /// `contains`: the type some items must be.
    pub contains: Option<Spanned<Type>>,
    /// `minContains` / `maxContains`: how many items of `contains` (at
    /// least one when `min_contains` is absent).
    pub min_contains: Option<Spanned<usize>>,
    pub max_contains: Option<Spanned<usize>>,
    /// `pattern` (checked for syntax at compile time, and on every value)
    /// or `pattern_annotation` (kept in the schema, never checked).
    pub pattern: Option<Spanned<Pattern>>,
    /// `enum` of any JSON values, as JSON text.
    pub enum_json: Option<Spanned<String>>,
    /// `default`, as JSON text (an annotation).
    pub default_json: Option<String>,
    pub deprecated: Option<Span>,
    /// An `example` string.
    pub example: Option<String>,
    /// An example given as JSON text.
    pub example_json: Option<String>,
    /// `not`: a type the value must not decode as.
    pub not: Option<Spanned<Type>>,
    /// `if_schema` / `then_schema` / `else_schema`.
    pub conditional: Option<Conditional>,
    /// `title` (an annotation).
    pub title: Option<String>,
    /// `readOnly`, `writeOnly` (annotations: OpenAPI's request/response roles).
    pub read_only: Option<Span>,
    pub write_only: Option<Span>,
}

#[derive(Default)]
pub struct VariantAttrs {
    pub rename: Option<Spanned<String>>,
    /// The variant keeps what the enum does not know (an open enum).
    pub other: Option<Span>,
}

pub fn parse_container(cx: &mut Ctxt, args: TokenStream, place: Place) -> ContainerAttrs {
    let mut rename_all = Once::new("rename_all");
    let mut container_rename = Once::new("rename");
    let mut closed = Once::new("closed");
    let mut extra = Once::new("extra");
    let mut tag = Once::new("tag");
    let mut inline = Once::new("inline");
    let mut format = Once::new("format` / `format_annotation");
    let mut example_json = Once::new("example_json");
    let mut one_of = Once::new("one_of");
    let mut any_of = Once::new("any_of");
    let mut apply_defaults = Once::new("apply_defaults");
    let mut nullable = Once::new("nullable");
    let mut deprecated = Once::new("deprecated");
    let mut title = Once::new("title");
    let mut container_default = Once::new("default_json");
    let mut not = Once::new("not");
    let mut conditional = ConditionalSlots::new();
    let mut enum_json = Once::new("enum_json");
    let mut min_properties = Once::new("min_properties");
    let mut max_properties = Once::new("max_properties");
    let mut pattern_properties = Once::new("pattern_properties");
    let mut dependent = Once::new("dependent_required");
    let mut property_names = Once::new("property_names");
    let mut dependent_types = Once::new("dependent_schemas");
    let parser = syn::meta::parser(|meta| {
        let span = meta.path.span_of_ident();
        if misplaced(cx, &meta, place)? {
            return Ok(());
        }
        if meta.path.is_ident("rename") {
            if let Some(s) = string_value(cx, &meta, "rename")? {
                container_rename.set(cx, span, s.value());
            }
        } else if meta.path.is_ident("rename_all") {
            if let Some(s) = string_value(cx, &meta, "rename_all")? {
                match RenameRule::from_name(&s.value()) {
                    Some(rule) => rename_all.set(cx, span, rule),
                    None => {
                        let mut msg = format!("unknown `rename_all` rule \"{}\"", s.value());
                        match did_you_mean(&s.value(), RULE_NAMES) {
                            Some(r) => msg.push_str(&format!("; did you mean \"{r}\"?")),
                            None => {
                                msg.push_str(&format!("; expected one of {}", quoted(RULE_NAMES)))
                            }
                        }
                        cx.error_spanned(&s, msg);
                    }
                }
            }
        } else if meta.path.is_ident("closed") {
            if flag(cx, &meta, "closed")? {
                closed.set(cx, span, ());
            }
        } else if meta.path.is_ident("extra") {
            if !meta.input.peek(syn::Token![=]) {
                cx.error_spanned(&meta.path, "option `extra` needs a type: `extra = Type`");
                skip_rest(&meta)?;
            } else {
                let ty: Type = meta.value()?.parse()?;
                extra.set(cx, span, ty);
            }
        } else if meta.path.is_ident("example_json") {
            if let Some(s) = string_value(cx, &meta, "example_json")? {
                example_json.set(cx, span, s.value());
            }
        } else if meta.path.is_ident("min_properties") {
            if let Some(n) = whole_number(cx, &meta, "min_properties")? {
                min_properties.set(cx, span, n.value);
            }
        } else if meta.path.is_ident("max_properties") {
            if let Some(n) = whole_number(cx, &meta, "max_properties")? {
                max_properties.set(cx, span, n.value);
            }
        } else if meta.path.is_ident("pattern_properties") {
            if let Some(list) = key_patterns(cx, &meta)? {
                pattern_properties.set(cx, span, list);
            }
        } else if meta.path.is_ident("dependent_required") {
            if let Some(list) = dependent_required(cx, &meta)? {
                dependent.set(cx, span, list);
            }
        } else if meta.path.is_ident("dependent_schemas") {
            if let Some(list) = dependent_schemas(cx, &meta)? {
                dependent_types.set(cx, span, list);
            }
        } else if meta.path.is_ident("property_names") {
            if !meta.input.peek(syn::Token![=]) {
                cx.error_spanned(
                    &meta.path,
                    "option `property_names` needs a type: `property_names = Type`",
                );
                skip_rest(&meta)?;
            } else {
                let ty: Type = meta.value()?.parse()?;
                let tspan = syn::spanned::Spanned::span(&ty);
                property_names.set(
                    cx,
                    span,
                    Spanned {
                        value: ty,
                        span: tspan,
                    },
                );
            }
        } else if meta.path.is_ident("one_of") {
            if flag(cx, &meta, "one_of")? {
                one_of.set(cx, span, ());
            }
        } else if conditional.parse(cx, &meta, span)? {
        } else if meta.path.is_ident("not") {
            if let Some(ty) = not_type(cx, &meta)? {
                not.set(cx, span, ty);
            }
        } else if meta.path.is_ident("enum_json") {
            if let Some(list) = enum_json_value(cx, &meta)? {
                enum_json.set(cx, span, list);
            }
        } else if meta.path.is_ident("deprecated") {
            if flag(cx, &meta, "deprecated")? {
                deprecated.set(cx, span, ());
            }
        } else if meta.path.is_ident("title") {
            if let Some(s) = string_value(cx, &meta, "title")? {
                title.set(cx, span, s.value());
            }
        } else if meta.path.is_ident("default_json") {
            if let Some(s) = string_value(cx, &meta, "default_json")? {
                container_default.set(cx, span, s.value());
            }
        } else if meta.path.is_ident("nullable") {
            if flag(cx, &meta, "nullable")? {
                nullable.set(cx, span, ());
            }
        } else if meta.path.is_ident("apply_defaults") {
            if flag(cx, &meta, "apply_defaults")? {
                apply_defaults.set(cx, span, ());
            }
        } else if meta.path.is_ident("any_of") {
            if flag(cx, &meta, "any_of")? {
                any_of.set(cx, span, ());
            }
        } else if meta.path.is_ident("format") || meta.path.is_ident("format_annotation") {
            if let Some(f) = format_option(cx, &meta)? {
                format.set(cx, f.span, f.value);
            }
        } else if meta.path.is_ident("inline") {
            if flag(cx, &meta, "inline")? {
                inline.set(cx, span, ());
            }
        } else if meta.path.is_ident("tag") {
            if let Some(s) = string_value(cx, &meta, "tag")? {
                tag.set(cx, span, s.value());
            }
        } else {
            unknown(cx, &meta, place);
            skip_rest(&meta)?;
        }
        Ok(())
    });
    if let Err(e) = syn::parse::Parser::parse2(parser, args) {
        cx.push(e);
    }
    ContainerAttrs {
        rename_all: rename_all.value,
        rename: container_rename.value,
        closed: closed.value.map(|s| s.span),
        extra: extra.value,
        tag: tag.value,
        inline: inline.value.map(|s| s.span),
        format: format.value,
        example_json: example_json.value.map(|s| s.value),
        one_of: one_of.value.map(|s| s.span),
        any_of: any_of.value.map(|s| s.span),
        apply_defaults: apply_defaults.value.map(|s| s.span),
        nullable: nullable.value.map(|s| s.span),
        deprecated: deprecated.value.map(|s| s.span),
        title: title.value.map(|s| s.value),
        default_json: container_default.value.map(|s| s.value),
        not: not.value.map(|s| s.value),
        conditional: conditional.finish(cx),
        enum_json: enum_json.value.map(|s| s.value),
        min_properties: min_properties.value.map(|s| s.value),
        max_properties: max_properties.value.map(|s| s.value),
        pattern_properties: pattern_properties
            .value
            .map(|s| s.value)
            .unwrap_or_default(),
        dependent_required: dependent.value.map(|s| s.value).unwrap_or_default(),
        property_names: property_names.value.map(|s| s.value),
        dependent_schemas: dependent_types.value.map(|s| s.value).unwrap_or_default(),
    }
}

use open_model_internals::suggest::quoted;

trait SpanOfIdent {
    fn span_of_ident(&self) -> Span;
}

impl SpanOfIdent for syn::Path {
    fn span_of_ident(&self) -> Span {
        self.segments
            .last()
            .map_or_else(Span::call_site, |s| s.ident.span())
    }
}

/// True for our own attribute on a field or variant.
pub fn is_ours(attr: &Attribute) -> bool {
    attr.path().is_ident("open_model")
}

/// The validation keywords and annotations of one value (a field or an
/// alias's field), as they are parsed.
struct KeywordSlots {
    minimum: Once<Spanned<String>>,
    maximum: Once<Spanned<String>>,
    min_length: Once<Spanned<usize>>,
    max_length: Once<Spanned<usize>>,
    exclusive_minimum: Once<()>,
    exclusive_maximum: Once<()>,
    multiple_of: Once<Spanned<String>>,
    min_items: Once<Spanned<usize>>,
    max_items: Once<Spanned<usize>>,
    unique_items: Once<()>,
    prefix_items: Once<Vec<Type>>,
    additional_items: Once<Option<Type>>,
    contains: Once<Spanned<Type>>,
    conditional: ConditionalSlots,
    min_contains: Once<Spanned<usize>>,
    max_contains: Once<Spanned<usize>>,
    pattern: Once<Spanned<Pattern>>,
    enum_json: Once<Spanned<String>>,
    not: Once<Spanned<Type>>,
    default_json: Once<String>,
    deprecated: Once<()>,
    example: Once<String>,
    example_json: Once<String>,
    title: Once<String>,
    read_only: Once<()>,
    write_only: Once<()>,
}

impl KeywordSlots {
    fn new() -> KeywordSlots {
        KeywordSlots {
            minimum: Once::new("minimum"),
            maximum: Once::new("maximum"),
            min_length: Once::new("min_length"),
            max_length: Once::new("max_length"),
            exclusive_minimum: Once::new("exclusive_minimum"),
            exclusive_maximum: Once::new("exclusive_maximum"),
            multiple_of: Once::new("multiple_of"),
            min_items: Once::new("min_items"),
            max_items: Once::new("max_items"),
            unique_items: Once::new("unique_items"),
            prefix_items: Once::new("prefix_items"),
            additional_items: Once::new("additional_items"),
            contains: Once::new("contains"),
            conditional: ConditionalSlots::new(),
            min_contains: Once::new("min_contains"),
            max_contains: Once::new("max_contains"),
            pattern: Once::new("pattern` / `pattern_annotation"),
            enum_json: Once::new("enum_json"),
            not: Once::new("not"),
            default_json: Once::new("default_json"),
            deprecated: Once::new("deprecated"),
            example: Once::new("example"),
            example_json: Once::new("example_json"),
            title: Once::new("title"),
            read_only: Once::new("read_only"),
            write_only: Once::new("write_only"),
        }
    }

    /// Parses `meta` when it is a keyword or an annotation; false otherwise.
    fn parse(
        &mut self,
        cx: &mut Ctxt,
        meta: &ParseNestedMeta<'_>,
        span: Span,
    ) -> syn::Result<bool> {
        if meta.path.is_ident("minimum") {
            if let Some(n) = number_value(cx, meta, "minimum")? {
                self.minimum.set(cx, span, n);
            }
        } else if meta.path.is_ident("maximum") {
            if let Some(n) = number_value(cx, meta, "maximum")? {
                self.maximum.set(cx, span, n);
            }
        } else if meta.path.is_ident("min_length") {
            if let Some(n) = number_value(cx, meta, "min_length")? {
                match n.value.parse::<usize>() {
                    Ok(v) => self.min_length.set(
                        cx,
                        span,
                        Spanned {
                            value: v,
                            span: n.span,
                        },
                    ),
                    Err(_) => cx.error(
                        n.span,
                        "option `min_length` takes a whole number: `min_length = 1`",
                    ),
                }
            }
        } else if meta.path.is_ident("max_length") {
            if let Some(n) = whole_number(cx, meta, "max_length")? {
                self.max_length.set(cx, span, n);
            }
        } else if meta.path.is_ident("min_items") {
            if let Some(n) = whole_number(cx, meta, "min_items")? {
                self.min_items.set(cx, span, n);
            }
        } else if meta.path.is_ident("max_items") {
            if let Some(n) = whole_number(cx, meta, "max_items")? {
                self.max_items.set(cx, span, n);
            }
        } else if meta.path.is_ident("multiple_of") {
            if let Some(n) = number_value(cx, meta, "multiple_of")? {
                match open_model_internals::keywords::multiple_of_problem(&n.value) {
                    Some(problem) => cx.error(n.span, format!("`multiple_of` {problem}")),
                    None => self.multiple_of.set(cx, span, n),
                }
            }
        } else if meta.path.is_ident("exclusive_minimum") {
            if flag(cx, meta, "exclusive_minimum")? {
                self.exclusive_minimum.set(cx, span, ());
            }
        } else if meta.path.is_ident("exclusive_maximum") {
            if flag(cx, meta, "exclusive_maximum")? {
                self.exclusive_maximum.set(cx, span, ());
            }
        } else if meta.path.is_ident("pattern") {
            if let Some(s) = string_value(cx, meta, "pattern")? {
                match open_model_internals::patterns::check(&s.value()) {
                    Ok(_) => self.pattern.set(
                        cx,
                        span,
                        Spanned {
                            value: Pattern {
                                text: s.value(),
                                checked: true,
                            },
                            span: s.span(),
                        },
                    ),
                    Err(why) => cx.error_spanned(
                        &s,
                        format!(
                            "invalid `pattern`: {why}; a pattern of another dialect can be kept unchecked, as an annotation: `pattern_annotation = \"…\"`"
                        ),
                    ),
                }
            }
        } else if meta.path.is_ident("pattern_annotation") {
            if let Some(s) = string_value(cx, meta, "pattern_annotation")? {
                self.pattern.set(
                    cx,
                    span,
                    Spanned {
                        value: Pattern {
                            text: s.value(),
                            checked: false,
                        },
                        span: s.span(),
                    },
                );
            }
        } else if meta.path.is_ident("enum_json") {
            if let Some(list) = enum_json_value(cx, meta)? {
                self.enum_json.set(cx, span, list);
            }
        } else if meta.path.is_ident("not") {
            if let Some(ty) = not_type(cx, meta)? {
                self.not.set(cx, span, ty);
            }
        } else if meta.path.is_ident("default_json") {
            if let Some(s) = string_value(cx, meta, "default_json")? {
                self.default_json.set(cx, span, s.value());
            }
        } else if meta.path.is_ident("unique_items") {
            if flag(cx, meta, "unique_items")? {
                self.unique_items.set(cx, span, ());
            }
        } else if meta.path.is_ident("prefix_items") {
            if let Some(types) = prefix_items(cx, meta)? {
                self.prefix_items.set(cx, span, types);
            }
        } else if meta.path.is_ident("additional_items") {
            if let Some(rest) = additional_items(cx, meta)? {
                self.additional_items.set(cx, span, rest);
            }
        } else if self.conditional.parse(cx, meta, span)? {
        } else if meta.path.is_ident("contains") {
            if let Some(ty) = type_value(cx, meta, "contains")? {
                self.contains.set(cx, span, ty);
            }
        } else if meta.path.is_ident("min_contains") {
            if let Some(n) = whole_number(cx, meta, "min_contains")? {
                self.min_contains.set(cx, span, n);
            }
        } else if meta.path.is_ident("max_contains") {
            if let Some(n) = whole_number(cx, meta, "max_contains")? {
                self.max_contains.set(cx, span, n);
            }
        } else if meta.path.is_ident("title") {
            if let Some(s) = string_value(cx, meta, "title")? {
                self.title.set(cx, span, s.value());
            }
        } else if meta.path.is_ident("deprecated") {
            if flag(cx, meta, "deprecated")? {
                self.deprecated.set(cx, span, ());
            }
        } else if meta.path.is_ident("example") {
            if let Some(s) = string_value(cx, meta, "example")? {
                self.example.set(cx, span, s.value());
            }
        } else if meta.path.is_ident("example_json") {
            if let Some(s) = string_value(cx, meta, "example_json")? {
                self.example_json.set(cx, span, s.value());
            }
        } else if meta.path.is_ident("read_only") {
            if flag(cx, meta, "read_only")? {
                self.read_only.set(cx, span, ());
            }
        } else if meta.path.is_ident("write_only") {
            if flag(cx, meta, "write_only")? {
                self.write_only.set(cx, span, ());
            }
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// The parsed keywords, once every option is read: an exclusive bound
    /// needs its bound.
    fn finish(self, cx: &mut Ctxt) -> Keywords {
        if let (Some(rest), None) = (&self.additional_items.value, &self.prefix_items.value) {
            cx.error(
                rest.span,
                "`additional_items` judges the items after `prefix_items`; without a prefix, type every item with the field's `Vec<T>`",
            );
        }
        for count in [&self.min_contains.value, &self.max_contains.value]
            .into_iter()
            .flatten()
        {
            if self.contains.value.is_none() {
                cx.error(
                    count.span,
                    "`min_contains` and `max_contains` count the items of `contains`; give `contains = Type`",
                );
            }
        }
        if let (Some(min), Some(max)) = (&self.min_contains.value, &self.max_contains.value) {
            if min.value.value > max.value.value {
                cx.error(
                    min.span,
                    "`min_contains` is more than `max_contains`: no array meets both",
                );
            }
        }
        for (exclusive, bound) in [
            (&self.exclusive_minimum, &self.minimum),
            (&self.exclusive_maximum, &self.maximum),
        ] {
            if let (Some(e), None) = (&exclusive.value, &bound.value) {
                let name = exclusive.name;
                let bound_name = open_model_internals::keywords::bound_of(name).unwrap_or(name);
                cx.error(
                    e.span,
                    format!("`{name}` makes `{bound_name}` strict; give `{bound_name} = …` too"),
                );
            }
        }
        Keywords {
            minimum: self.minimum.value.map(|s| s.value),
            maximum: self.maximum.value.map(|s| s.value),
            min_length: self.min_length.value.map(|s| s.value),
            max_length: self.max_length.value.map(|s| s.value),
            exclusive_minimum: self.exclusive_minimum.value.map(|s| s.span),
            exclusive_maximum: self.exclusive_maximum.value.map(|s| s.span),
            multiple_of: self.multiple_of.value.map(|s| s.value),
            min_items: self.min_items.value.map(|s| s.value),
            max_items: self.max_items.value.map(|s| s.value),
            unique_items: self.unique_items.value.map(|s| s.span),
            prefix_items: self.prefix_items.value,
            additional_items: self.additional_items.value,
            contains: self.contains.value.map(|s| s.value),
            conditional: self.conditional.finish(cx),
            min_contains: self.min_contains.value.map(|s| s.value),
            max_contains: self.max_contains.value.map(|s| s.value),
            pattern: self.pattern.value.map(|s| s.value),
            enum_json: self.enum_json.value.map(|s| s.value),
            default_json: self.default_json.value.map(|s| s.value),
            deprecated: self.deprecated.value.map(|s| s.span),
            example: self.example.value.map(|s| s.value),
            example_json: self.example_json.value.map(|s| s.value),
            not: self.not.value.map(|s| s.value),
            title: self.title.value.map(|s| s.value),
            read_only: self.read_only.value.map(|s| s.span),
            write_only: self.write_only.value.map(|s| s.span),
        }
    }
}

pub fn parse_field(cx: &mut Ctxt, attrs: &[Attribute], place: Place) -> FieldAttrs {
    let mut rename = Once::new("rename");
    let mut format = Once::new("format` / `format_annotation");
    let mut required = Once::new("required");
    let mut flatten = Once::new("flatten");
    let mut skip = Once::new("skip");
    let mut keywords = KeywordSlots::new();
    let mut written = Vec::new();
    for attr in attrs.iter().filter(|a| is_ours(a)) {
        let result = attr.parse_nested_meta(|meta| {
            let span = meta.path.span_of_ident();
            if misplaced(cx, &meta, place)? {
                return Ok(());
            }
            if let Some(name) = meta.path.get_ident() {
                written.push((name.to_string(), span));
            }
            if keywords.parse(cx, &meta, span)? {
                return Ok(());
            }
            if meta.path.is_ident("flatten") {
                if flag(cx, &meta, "flatten")? {
                    flatten.set(cx, span, ());
                }
            } else if meta.path.is_ident("skip") {
                if flag(cx, &meta, "skip")? {
                    skip.set(cx, span, ());
                }
            } else if meta.path.is_ident("rename") {
                if let Some(s) = string_value(cx, &meta, "rename")? {
                    rename.set(cx, span, s.value());
                }
            } else if meta.path.is_ident("format") || meta.path.is_ident("format_annotation") {
                if let Some(f) = format_option(cx, &meta)? {
                    format.set(cx, f.span, f.value);
                }
            } else if meta.path.is_ident("required") {
                if flag(cx, &meta, "required")? {
                    required.set(cx, span, ());
                }
            } else {
                unknown(cx, &meta, place);
                skip_rest(&meta)?;
            }
            Ok(())
        });
        if let Err(e) = result {
            cx.push(e);
        }
    }
    FieldAttrs {
        written,
        rename: rename.value,
        format: format.value,
        required: required.value.map(|s| s.span),
        keywords: keywords.finish(cx),
        flatten: flatten.value.map(|s| s.span),
        skip: skip.value.map(|s| s.span),
    }
}

pub fn parse_variant(cx: &mut Ctxt, attrs: &[Attribute]) -> VariantAttrs {
    let mut rename = Once::new("rename");
    let mut other = Once::new("other");
    for attr in attrs.iter().filter(|a| is_ours(a)) {
        let result = attr.parse_nested_meta(|meta| {
            let span = meta.path.span_of_ident();
            if misplaced(cx, &meta, Place::Variant)? {
                return Ok(());
            }
            if meta.path.is_ident("rename") {
                if let Some(s) = string_value(cx, &meta, "rename")? {
                    rename.set(cx, span, s.value());
                }
            } else if meta.path.is_ident("other") {
                if flag(cx, &meta, "other")? {
                    other.set(cx, span, ());
                }
            } else {
                unknown(cx, &meta, Place::Variant);
                skip_rest(&meta)?;
            }
            Ok(())
        });
        if let Err(e) = result {
            cx.push(e);
        }
    }
    VariantAttrs {
        rename: rename.value,
        other: other.value.map(|s| s.span),
    }
}

/// The doc comment of an item, lines joined, trimmed.
pub fn doc_string(attrs: &[Attribute]) -> Option<String> {
    let mut lines = Vec::new();
    for attr in attrs {
        if !attr.path().is_ident("doc") {
            continue;
        }
        if let syn::Meta::NameValue(nv) = &attr.meta {
            if let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &nv.value
            {
                lines.push(s.value().trim().to_owned());
            }
        }
    }
    let text = lines.join("\n").trim().to_owned();
    (!text.is_empty()).then_some(text)
}
