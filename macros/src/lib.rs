//! The `#[open_model]` attribute. Use it through the `open-model` crate,
//! which re-exports it; the generated code names only
//! `::open_model::__private`.
//!
//! The macro runs in three stages, one module each:
//! - **parse**: [`attr`] reads the options, [`ast`] builds the view of the
//!   item (wire names, presence from field types);
//! - **check**: [`check`] holds one function per rule across fields;
//! - **emit**: [`emit_struct`] and [`emit_enum`] write the code, and
//!   [`fallback`] writes the item with stub impls beside the errors.
//!
//! Every stage records errors in one [`attr::Ctxt`] and goes on, so a user
//! sees every mistake in one compile.
//!
//! To add an option: parse it in `attr.rs`, add a rule to `check.rs` only
//! if it interacts with other options, use it in the emitters, then add a
//! compile-fail case under `tests/ui/` and a behaviour test.

mod ast;
mod attr;
mod case;
mod check;
mod ecma;
mod emit_alias;
mod emit_enum;
mod emit_struct;
mod fallback;

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
    let mut cx = attr::Ctxt::default();
    let container = attr::parse_container(&mut cx, args);
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
            reject_generics(&mut cx, &s.generics);
            if let Some(format) = &container.format {
                cx.error(
                    format.span,
                    "a container `format` is for aliases (`struct UnixSeconds(Number);`); put `format` on the field",
                );
            }
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
            let is_union = parsed
                .variants
                .iter()
                .any(|v| matches!(v.shape, ast::VariantShape::Newtype(_)));
            Some(if is_union && parsed.attrs.one_of.is_some() {
                emit_enum::emit_one_of(e, &parsed, false)
            } else if is_union && parsed.attrs.any_of.is_some() {
                emit_enum::emit_one_of(e, &parsed, true)
            } else if is_union {
                emit_enum::emit_union(e, &parsed)
            } else {
                emit_enum::emit_string_enum(e, &parsed)
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
        (Ok(()), Some(out)) => out,
        (Err(errors), _) => fallback::emit(&item, errors, &extra),
        (Ok(()), None) => fallback::emit(&item, Vec::new(), &extra),
    }
}

fn reject_generics(cx: &mut attr::Ctxt, generics: &syn::Generics) {
    if !generics.params.is_empty() {
        cx.error_spanned(
            &generics.params,
            "`#[open_model]` does not support generic parameters; write a model per concrete type",
        );
    }
}
