//! How an option's value is read: a string, a number, a whole number, a
//! flag, a type, a format name; each with the error that says what to
//! write instead, and a way to skip what follows a refused option so that
//! parsing goes on.

use super::{FormatName, Spanned};
use crate::ctxt::Ctxt;
use open_model_internals::options::{self, Place};
use open_model_internals::suggest::did_you_mean;
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::{LitStr, Type};

/// `name = 3`: a whole number.
pub(super) fn whole_number(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    name: &str,
) -> syn::Result<Option<Spanned<usize>>> {
    let Some(n) = number_value(cx, meta, name)? else {
        return Ok(None);
    };
    match n.value.parse::<usize>() {
        Ok(v) => Ok(Some(Spanned {
            value: v,
            span: n.span,
        })),
        Err(_) => {
            cx.error(
                n.span,
                format!("option `{name}` takes a whole number: `{name} = 1`"),
            );
            Ok(None)
        }
    }
}

/// `not = Type`, on a field or a whole model.
pub(super) fn not_type(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
) -> syn::Result<Option<Spanned<Type>>> {
    type_value(cx, meta, "not")
}

/// `name = Type`: the type.
pub(super) fn type_value(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    name: &str,
) -> syn::Result<Option<Spanned<Type>>> {
    if !meta.input.peek(syn::Token![=]) {
        cx.error_spanned(
            &meta.path,
            format!("option `{name}` needs a type: `{name} = Type`"),
        );
        return skip_rest(meta).map(|()| None);
    }
    let ty: Type = meta.value()?.parse()?;
    let span = syn::spanned::Spanned::span(&ty);
    Ok(Some(Spanned { value: ty, span }))
}

/// `enum_json = "[…]"`, on a field or a whole model: the JSON array's text.
pub(super) fn enum_json_value(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
) -> syn::Result<Option<Spanned<String>>> {
    let Some(s) = string_value(cx, meta, "enum_json")? else {
        return Ok(None);
    };
    let text = s.value();
    if text.trim_start().starts_with('[') && text.trim_end().ends_with(']') {
        Ok(Some(Spanned {
            value: text,
            span: s.span(),
        }))
    } else {
        cx.error_spanned(
            &s,
            "`enum_json` takes a JSON array of the allowed values: `enum_json = \"[1, \\\"a\\\"]\"`",
        );
        Ok(None)
    }
}

/// `name = 1`, `name = -0.5`: a number literal's text.
pub(super) fn number_value(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    name: &str,
) -> syn::Result<Option<Spanned<String>>> {
    if !meta.input.peek(syn::Token![=]) {
        cx.error_spanned(
            &meta.path,
            format!("option `{name}` needs a number: `{name} = 0`"),
        );
        return skip_rest(meta).map(|()| None);
    }
    let expr: syn::Expr = meta.value()?.parse()?;
    let (negative, lit) = match &expr {
        syn::Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr,
            ..
        }) => (true, &**expr),
        other => (false, other),
    };
    let text = match lit {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(i),
            ..
        }) => Some(i.base10_digits().to_owned()),
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Float(f),
            ..
        }) => Some(f.base10_digits().to_owned()),
        _ => None,
    };
    match text {
        Some(t) => Ok(Some(Spanned {
            value: if negative { format!("-{t}") } else { t },
            span: syn::spanned::Spanned::span(&expr),
        })),
        None => {
            cx.error_spanned(
                &expr,
                format!("option `{name}` takes a number literal: `{name} = 0`"),
            );
            Ok(None)
        }
    }
}

pub(super) fn option_name(meta: &ParseNestedMeta<'_>) -> String {
    meta.path.get_ident().map_or_else(
        || meta.path.to_token_stream().to_string(),
        ToString::to_string,
    )
}

pub(super) fn unknown(cx: &mut Ctxt, meta: &ParseNestedMeta<'_>, place: Place) {
    let name = option_name(meta);
    let what = match place {
        Place::Struct | Place::Enum | Place::Alias => "container",
        Place::Field | Place::AliasField => "field",
        Place::Variant => "variant",
    };
    let known = options::names_at(place);
    let mut msg = format!("unknown {what} option `{name}`");
    match did_you_mean(&name, &known) {
        Some(s) => msg.push_str(&format!("; did you mean `{s}`?")),
        None => {
            let list: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            msg.push_str(&format!("; expected one of {}", list.join(", ")));
        }
    }
    cx.error_spanned(&meta.path, msg);
}

/// Skips whatever follows an option we will not use, so parsing goes on.
pub(super) fn skip_rest(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        let _: syn::Token![=] = meta.input.parse()?;
        let _: syn::Expr = meta.input.parse()?;
    } else if meta.input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in meta.input);
        let _: TokenStream = content.parse()?;
    }
    Ok(())
}

/// `name = "text"`, with an error at the value when it is not a string.
pub(super) fn string_value(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    name: &str,
) -> syn::Result<Option<LitStr>> {
    if !meta.input.peek(syn::Token![=]) {
        cx.error_spanned(
            &meta.path,
            format!("option `{name}` needs a value: `{name} = \"...\"`"),
        );
        return skip_rest(meta).map(|()| None);
    }
    let value = meta.value()?;
    let expr: syn::Expr = value.parse()?;
    match expr {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Ok(Some(s)),
        other => {
            cx.error_spanned(
                &other,
                format!("option `{name}` takes a string literal: `{name} = \"...\"`"),
            );
            Ok(None)
        }
    }
}

pub(super) fn flag(cx: &mut Ctxt, meta: &ParseNestedMeta<'_>, name: &str) -> syn::Result<bool> {
    if meta.input.peek(syn::Token![=]) || meta.input.peek(syn::token::Paren) {
        cx.error_spanned(
            &meta.path,
            format!("option `{name}` takes no value: write `{name}`"),
        );
        skip_rest(meta)?;
        return Ok(false);
    }
    Ok(true)
}

/// `format = "..."` (a format the runtime checks, or an error that says
/// what to write instead) or `format_annotation = "..."` (any name, never
/// checked).
pub(super) fn format_option(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
) -> syn::Result<Option<Spanned<FormatName>>> {
    let checked = meta.path.is_ident("format");
    let option = if checked {
        "format"
    } else {
        "format_annotation"
    };
    let Some(s) = string_value(cx, meta, option)? else {
        return Ok(None);
    };
    let name = s.value();
    if checked && open_model_internals::formats::checked(&name).is_none() {
        cx.error_spanned(&s, open_model_internals::formats::refusal(&name));
        return Ok(None);
    }
    if name.is_empty() {
        cx.error_spanned(&s, format!("`{option}` needs a format name"));
        return Ok(None);
    }
    Ok(Some(Spanned {
        value: FormatName { name, checked },
        span: s.span(),
    }))
}

/// The parenthesized, comma-separated entries of a list option
/// (`name(…, …)`); `None`, with `usage` as the error, when the option has
/// no list.
fn entry_list<E: syn::parse::Parse>(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
    usage: &str,
) -> syn::Result<Option<syn::punctuated::Punctuated<E, syn::Token![,]>>> {
    if !meta.input.peek(syn::token::Paren) {
        cx.error_spanned(&meta.path, usage);
        return skip_rest(meta).map(|()| None);
    }
    let content;
    syn::parenthesized!(content in meta.input);
    syn::punctuated::Punctuated::parse_terminated(&content).map(Some)
}

/// One entry of `pattern_properties`: a key pattern (ECMA-262, as
/// `pattern`) and the type of the values of the keys it matches.
pub struct KeyPattern {
    /// The pattern as written.
    pub text: String,
    /// The pattern in the `regex` crate's syntax (what the runtime compiles).
    pub translated: String,
    pub ty: Type,
    /// The pattern's literal.
    pub span: proc_macro2::Span,
}

/// The most key patterns one model may have: the runtime keeps which a key
/// matches in one `u64`, and `others` takes the bit after the last.
pub const MAX_KEY_PATTERNS: usize = 63;

/// An entry of `pattern_properties`: a pattern with its type, or
/// `others = Type` for the keys no pattern matches.
enum KeyPatternEntry {
    Pattern(LitStr, Type),
    Others(syn::Ident, Type),
}

impl syn::parse::Parse for KeyPatternEntry {
    fn parse(input: syn::parse::ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(LitStr) {
            let text: LitStr = input.parse()?;
            input.parse::<syn::Token![=]>()?;
            return Ok(KeyPatternEntry::Pattern(text, input.parse()?));
        }
        let name: syn::Ident = input.parse()?;
        if name != "others" {
            return Err(syn::Error::new(
                name.span(),
                "expected a pattern (`\"^x-\" = Type`) or `others = Type`",
            ));
        }
        input.parse::<syn::Token![=]>()?;
        Ok(KeyPatternEntry::Others(name, input.parse()?))
    }
}

/// What `pattern_properties(…)` says.
#[derive(Default)]
pub struct KeyPatterns {
    pub patterns: Vec<KeyPattern>,
    /// `others = Type`: the type of the other keys no pattern matches
    /// (JSON Schema's `additionalProperties` beside `patternProperties`).
    pub others: Option<Type>,
}

/// `pattern_properties("^x-" = String, "^n_" = i64, others = bool)`: each
/// pattern checked at compile time as `pattern` is; a pattern written
/// twice, `others` twice, no pattern, or more than [`MAX_KEY_PATTERNS`] is
/// an error.
pub(super) fn key_patterns(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
) -> syn::Result<Option<KeyPatterns>> {
    const USAGE: &str =
        "option `pattern_properties` takes a list of patterns and types: `pattern_properties(\"^x-\" = Type, …)`, and `others = Type` for the keys no pattern matches";
    let Some(entries) = entry_list::<KeyPatternEntry>(cx, meta, USAGE)? else {
        return Ok(None);
    };
    let mut out = KeyPatterns::default();
    for e in entries {
        let (text, ty) = match e {
            KeyPatternEntry::Others(name, ty) => {
                if out.others.is_some() {
                    cx.error_spanned(&name, "`others` is given twice");
                }
                out.others = Some(ty);
                continue;
            }
            KeyPatternEntry::Pattern(text, ty) => (text, ty),
        };
        let value = text.value();
        if out.patterns.iter().any(|p| p.text == value) {
            cx.error_spanned(&text, format!("pattern \"{value}\" is given twice"));
            continue;
        }
        if out.patterns.len() == MAX_KEY_PATTERNS {
            cx.error_spanned(
                &text,
                format!("`pattern_properties` takes at most {MAX_KEY_PATTERNS} patterns"),
            );
            break;
        }
        match open_model_internals::patterns::check(&value) {
            Ok((translated, _)) => out.patterns.push(KeyPattern {
                text: value,
                translated,
                ty,
                span: text.span(),
            }),
            Err(why) => cx.error_spanned(&text, format!("invalid key pattern: {why}")),
        }
    }
    if out.patterns.is_empty() {
        cx.error_spanned(&meta.path, USAGE);
        return Ok(None);
    }
    Ok(Some(out))
}

/// `dependent_required`'s rules: each key with the keys it needs.
pub type DependentRules = Vec<(String, Vec<String>)>;

/// An entry of `dependent_required`: a key and the keys it needs.
struct DependentEntry {
    key: LitStr,
    needs: syn::punctuated::Punctuated<LitStr, syn::Token![,]>,
}

impl syn::parse::Parse for DependentEntry {
    fn parse(input: syn::parse::ParseStream<'_>) -> syn::Result<Self> {
        let key: LitStr = input.parse()?;
        input.parse::<syn::Token![=]>()?;
        let content;
        syn::bracketed!(content in input);
        Ok(DependentEntry {
            key,
            needs: content.parse_terminated(|s| s.parse::<LitStr>(), syn::Token![,])?,
        })
    }
}

/// `dependent_required("a" = ["b", "c"])`: when `a` is present, so are `b`
/// and `c`. A key given twice, or no entry, is an error.
pub(super) fn dependent_required(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
) -> syn::Result<Option<DependentRules>> {
    const USAGE: &str = "option `dependent_required` takes keys with the keys they need: `dependent_required(\"a\" = [\"b\", \"c\"])`";
    let Some(entries) = entry_list::<DependentEntry>(cx, meta, USAGE)? else {
        return Ok(None);
    };
    let mut out = DependentRules::new();
    for e in entries {
        let key = e.key.value();
        if out.iter().any(|(k, _)| *k == key) {
            cx.error_spanned(&e.key, format!("key \"{key}\" is given twice"));
            continue;
        }
        out.push((key, e.needs.iter().map(LitStr::value).collect()));
    }
    if out.is_empty() {
        cx.error_spanned(&meta.path, USAGE);
        return Ok(None);
    }
    Ok(Some(out))
}

/// An entry of `dependent_schemas`: a key and the type the whole object
/// must also be when it is present.
struct DependentSchemaEntry {
    key: LitStr,
    ty: Type,
}

impl syn::parse::Parse for DependentSchemaEntry {
    fn parse(input: syn::parse::ParseStream<'_>) -> syn::Result<Self> {
        let key: LitStr = input.parse()?;
        input.parse::<syn::Token![=]>()?;
        Ok(DependentSchemaEntry {
            key,
            ty: input.parse()?,
        })
    }
}

/// `dependent_schemas("a" = Type)`: when `a` is present, the whole object
/// is also a valid `Type`. A key given twice, or no entry, is an error.
pub(super) fn dependent_schemas(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
) -> syn::Result<Option<Vec<(String, Type)>>> {
    const USAGE: &str =
        "option `dependent_schemas` takes keys with a type: `dependent_schemas(\"a\" = Type)`";
    let Some(entries) = entry_list::<DependentSchemaEntry>(cx, meta, USAGE)? else {
        return Ok(None);
    };
    let mut out: Vec<(String, Type)> = Vec::new();
    for e in entries {
        let key = e.key.value();
        if out.iter().any(|(k, _)| *k == key) {
            cx.error_spanned(&e.key, format!("key \"{key}\" is given twice"));
            continue;
        }
        out.push((key, e.ty));
    }
    if out.is_empty() {
        cx.error_spanned(&meta.path, USAGE);
        return Ok(None);
    }
    Ok(Some(out))
}

/// `prefix_items(A, B)`: the types of the first items, in order.
pub(super) fn prefix_items(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
) -> syn::Result<Option<Vec<Type>>> {
    const USAGE: &str =
        "option `prefix_items` takes the types of the first items: `prefix_items(f64, f64)`";
    let Some(types) = entry_list::<Type>(cx, meta, USAGE)? else {
        return Ok(None);
    };
    if types.is_empty() {
        cx.error_spanned(&meta.path, USAGE);
        return Ok(None);
    }
    Ok(Some(types.into_iter().collect()))
}

/// `additional_items = T` (each item after the prefix is a `T`) or
/// `additional_items = false` (there is none).
pub(super) fn additional_items(
    cx: &mut Ctxt,
    meta: &ParseNestedMeta<'_>,
) -> syn::Result<Option<Option<Type>>> {
    if !meta.input.peek(syn::Token![=]) {
        cx.error_spanned(
            &meta.path,
            "option `additional_items` needs a type or `false`: `additional_items = Type`",
        );
        return skip_rest(meta).map(|()| None);
    }
    let value = meta.value()?;
    if value.peek(syn::LitBool) {
        let b: syn::LitBool = value.parse()?;
        if b.value {
            cx.error_spanned(&b, "`additional_items = true` says nothing; leave it out");
            return Ok(None);
        }
        return Ok(Some(None));
    }
    Ok(Some(Some(value.parse()?)))
}
