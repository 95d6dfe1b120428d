//! The `#[open_model]` attribute. Use it through the `open-model` crate,
//! which re-exports it; the generated code names only
//! `::open_model::__private`.
//!
//! The macro runs in three stages:
//! - **parse**: `attr` reads the options, against the table of options in
//!   `open_model_internals::options` (which says where each applies, so an
//!   option on the wrong kind of item is refused here); `ast` builds the
//!   view of the item: wire names, presence from field types, and the kind of
//!   enum, decided once;
//! - **check**: `check` holds one function per rule across options and
//!   fields;
//! - **emit**: `emit_struct` (one file per part: decode, encode, schema,
//!   metadata, a flattened base, whole-model checks), `emit_enum` and
//!   `emit_alias` write the code, with what they share in `emit_shared`
//!   and `emit_keywords`; `fallback` writes the item with stub impls
//!   beside the errors.
//!
//! Every stage records errors in one `ctxt::Ctxt` and goes on, so a user
//! sees every mistake in one compile.
//!
//! To add an option: add its row to `open_model_internals::options`, parse
//! it in `attr.rs`, add a rule to `check.rs` only if it interacts with other
//! options, use it in the emitters and its check in the runtime, then add a
//! compile-fail case under `tests/ui/` and a behaviour test.

mod ast;
mod attr;
mod check;
mod ctxt;
mod emit_alias;
mod emit_enum;
mod emit_keywords;
mod emit_shared;
mod emit_struct;
mod fallback;
mod lazy;

use proc_macro::TokenStream;

/// Turns a struct with named fields into an open model, an enum of models
/// into a discriminated union, or an enum of unit variants into a string
/// enum. See the `open-model` crate for the reference.
#[proc_macro_attribute]
pub fn open_model(args: TokenStream, input: TokenStream) -> TokenStream {
    expand(args.into(), input.into()).into()
}

fn expand(
    args: proc_macro2::TokenStream,
    input: proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    let item: syn::Item = match syn::parse2(input) {
        Ok(item) => item,
        Err(e) => return e.to_compile_error(),
    };
    let mut cx = ctxt::Ctxt::default();
    let container = attr::parse_container(&mut cx, args, place_of(&item));
    let extra = fallback::ExtraShape::of(&container);
    let out = match &item {
        syn::Item::Struct(syn::ItemStruct {
            fields: syn::Fields::Unnamed(fields),
            generics,
            ..
        }) if fields.unnamed.len() == 1 => {
            reject_generics(&mut cx, generics);
            let (syn::Item::Struct(s), Some(inner)) = (&item, fields.unnamed.first()) else {
                return fallback::emit(&item, Vec::new(), &extra);
            };
            Some(emit_alias::emit_alias(&mut cx, s, inner, &container))
        }
        syn::Item::Struct(s) => {
            reject_lifetimes_and_consts(&mut cx, &s.generics);
            match ast::parse_struct(&mut cx, s, container) {
                Some(parsed) => {
                    check::check_struct(&mut cx, &parsed);
                    Some(emit_struct::emit_struct(s, &parsed))
                }
                None => None,
            }
        }
        syn::Item::Enum(e) => {
            reject_generics(&mut cx, &e.generics);
            let parsed = ast::parse_enum(&mut cx, e, container);
            check::check_enum(&mut cx, &parsed);
            Some(match parsed.kind {
                ast::EnumKind::OneOf => emit_enum::emit_one_of(e, &parsed, false),
                ast::EnumKind::AnyOf => emit_enum::emit_one_of(e, &parsed, true),
                ast::EnumKind::Tagged => emit_enum::emit_union(e, &parsed),
                ast::EnumKind::Strings => emit_enum::emit_string_enum(e, &parsed),
            })
        }
        syn::Item::Union(u) => {
            cx.error(
                u.union_token.span,
                "`#[open_model]` applies to structs with named fields and to enums, not to unions",
            );
            None
        }
        other => {
            cx.error_spanned(
                other,
                "`#[open_model]` applies to structs with named fields and to enums",
            );
            None
        }
    };
    match (cx.into_result(), out) {
        (Ok(()), Some(out)) => lazy::mark(out),
        (Err(errors), _) => fallback::emit(&item, errors, &extra),
        (Ok(()), None) => fallback::emit(&item, Vec::new(), &extra),
    }
}

/// Which kind of item the options are written on.
fn place_of(item: &syn::Item) -> open_model_internals::options::Place {
    use open_model_internals::options::Place;
    match item {
        syn::Item::Struct(syn::ItemStruct {
            fields: syn::Fields::Unnamed(fields),
            ..
        }) if fields.unnamed.len() == 1 => Place::Alias,
        syn::Item::Enum(_) => Place::Enum,
        _ => Place::Struct,
    }
}

fn reject_generics(cx: &mut ctxt::Ctxt, generics: &syn::Generics) {
    if !generics.params.is_empty() {
        cx.error_spanned(
            &generics.params,
            "`#[open_model]` takes generic parameters on structs with named fields only (`struct Page<T> { data: Vec<T> }`); write an alias or enum per concrete type",
        );
    }
}

/// A model owns what it decodes: type parameters only.
fn reject_lifetimes_and_consts(cx: &mut ctxt::Ctxt, generics: &syn::Generics) {
    for p in &generics.params {
        match p {
            syn::GenericParam::Type(_) => {}
            syn::GenericParam::Lifetime(_) => cx.error_spanned(
                p,
                "an open model owns what it decodes: lifetime parameters are not supported",
            ),
            syn::GenericParam::Const(_) => cx.error_spanned(
                p,
                "`#[open_model]` takes type parameters, not const parameters",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::expand;

    /// Every kind of item, with options that reach every emitter, and one
    /// with a mistake (the fallback's stubs).
    const ITEMS: &[(&str, &str)] = &[
        (
            "rename_all = \"camelCase\"",
            "struct S { #[cfg(test)] a: String, #[open_model(pattern = \"^a\", max_length = 2, format = \"uuid\")] b: Option<String>, c: Vec<i64> }",
        ),
        ("", "struct D { #[open_model(flatten)] base: S, more: bool }"),
        ("closed, rename = \"Cee\"", "struct C { a: String }"),
        ("extra = i64, min_properties = 1", "struct T { a: String }"),
        ("tag = \"type\"", "enum U { A(S), B(Box<C>) }"),
        ("", "enum E { On, Off }"),
        ("one_of", "enum O { A(String), B(i64) }"),
        ("any_of", "enum Y { A(String), B(S) }"),
        ("format = \"float\"", "struct N(Number);"),
        ("renam_all = \"x\"", "struct Bad { a: String }"),
    ];

    /// The tokens in order, groups opened and closed, joint punctuation
    /// (`::`, `=>`) as one token.
    fn flatten(stream: proc_macro2::TokenStream, out: &mut Vec<String>) {
        use proc_macro2::{Delimiter, Spacing, TokenTree};
        let mut joint = String::new();
        for tree in stream {
            match tree {
                TokenTree::Punct(p) => {
                    joint.push(p.as_char());
                    if p.spacing() == Spacing::Alone {
                        out.push(std::mem::take(&mut joint));
                    }
                    continue;
                }
                TokenTree::Group(g) => {
                    let (open, close) = match g.delimiter() {
                        Delimiter::Parenthesis => ("(", ")"),
                        Delimiter::Brace => ("{", "}"),
                        Delimiter::Bracket => ("[", "]"),
                        Delimiter::None => ("", ""),
                    };
                    out.push(open.to_owned());
                    flatten(g.stream(), out);
                    out.push(close.to_owned());
                }
                TokenTree::Ident(i) => out.push(i.to_string()),
                TokenTree::Literal(l) => out.push(l.to_string()),
            }
        }
    }

    const KEYWORDS: &[&str] = &["if", "while", "return", "match", "in", "else", "let", "mut"];

    /// Keywords after which `::` starts an absolute path (`impl ::core::X`).
    const PATH_KEYWORDS: &[&str] = &[
        "impl", "for", "as", "dyn", "where", "return", "in", "if", "match", "let", "mut", "else",
        "while", "move", "unsafe", "const", "static", "type",
    ];

    /// Generated code names nothing but `::open_model::__private`: no
    /// `::core`, `::std` or `::serde` path, and no unqualified macro (a
    /// user's `cfg!` or `format!` would take its place).
    #[test]
    fn generated_code_names_only_the_private_module() {
        for (args, item) in ITEMS {
            let args = args.parse().expect("args");
            let item = item.parse().expect("item");
            let expanded = expand(args, item);
            let out = expanded.to_string();
            let mut flat = Vec::new();
            flatten(expanded, &mut flat);
            let tokens: Vec<&str> = flat.iter().map(String::as_str).collect();
            for (i, t) in tokens.iter().enumerate() {
                let prev = if i == 0 { "" } else { tokens[i - 1] };
                let is_ident =
                    |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
                let path_start = !is_ident(prev) || PATH_KEYWORDS.contains(&prev);
                if *t == "::" && path_start && prev != ">" {
                    let path = tokens.get(i + 1..i + 4).map(|p| p.join(" "));
                    // syn's spelling of the errors themselves (the build fails).
                    if path.as_deref() == Some("core :: compile_error") {
                        continue;
                    }
                    assert_eq!(
                        path.as_deref(),
                        Some("open_model :: __private"),
                        "absolute path not through __private in: {out}"
                    );
                }
                if *t == "!"
                    && is_ident(prev)
                    && !KEYWORDS.contains(&prev)
                    && prev != "compile_error"
                {
                    let qualifier = tokens.get(i.saturating_sub(3)..i - 1).map(|p| p.join(" "));
                    assert_eq!(
                        qualifier.as_deref(),
                        Some("__private ::"),
                        "unqualified macro `{prev}!` in: {out}"
                    );
                }
            }
        }
    }

    /// Every function the macro writes, at any depth, is marked to be
    /// compiled where it is used (`lazy.rs`): none hides in another's body,
    /// where the mark's shallow walk does not look.
    #[test]
    fn every_generated_function_is_marked() {
        for (args, item) in ITEMS.iter().filter(|(args, _)| !args.contains("renam_all")) {
            let expanded = expand(args.parse().expect("args"), item.parse().expect("item"));
            let mut flat = Vec::new();
            flatten(expanded, &mut flat);
            for (i, t) in flat.iter().enumerate() {
                let named = flat
                    .get(i + 1)
                    .is_some_and(|n| n.chars().all(|c| c.is_alphanumeric() || c == '_'));
                if t != "fn" || !named {
                    continue;
                }
                // Back to the end of the item before: the qualifiers and
                // attributes of this one, the mark among them.
                let marked = flat[..i]
                    .iter()
                    .rev()
                    .take_while(|t| !matches!(t.as_str(), "}" | ";" | "{"))
                    .any(|t| t == "cfg_attr" || t == "inline");
                assert!(marked, "`fn {}` in `{item}` is not marked", flat[i + 1]);
            }
        }
    }
}
