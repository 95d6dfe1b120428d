//! An enum of alternatives without a tag: `oneOf` or `anyOf`.

use super::{by_variant_impls, description, strip_ours, validate_fn, variant_fns, Dispatch};
use crate::ast::{Enum, VariantShape};
use crate::emit_shared::{om, serde_and_value_impls};
use proc_macro2::TokenStream;
use quote::quote;

/// An enum of alternatives without a tag: `oneOf` (exactly one variant
/// decodes the value without an error) or, with `any`, `anyOf` (the first
/// variant that does is the one).
pub fn emit_one_of(item: &syn::ItemEnum, e: &Enum<'_>, any: bool) -> TokenStream {
    let keyword = if any { "anyOf" } else { "oneOf" };
    let exclusive = !any;
    let om = om();
    let ident = e.ident;
    let out_item = strip_ours(item);
    let idents: Vec<_> = e.variants.iter().map(|v| v.ident).collect();
    let names: Vec<_> = e.variants.iter().map(|v| v.wire.as_str()).collect();
    let tys: Vec<_> = e
        .variants
        .iter()
        .filter_map(|v| match v.shape {
            VariantShape::Newtype(t) => Some(t),
            _ => None,
        })
        .collect();
    let ft: Vec<_> = tys
        .iter()
        .map(|ty| {
            let span = syn::spanned::Spanned::span(ty);
            quote::quote_spanned!(span=> <#ty as #om::FieldType>)
        })
        .collect();
    let shared = serde_and_value_impls(ident);
    let (by_variant, validate_by_variant) = by_variant_impls(ident, &idents, &ft);
    let variant_fns = variant_fns(ident, &idents, Dispatch::Alternatives(&ft), None);
    let validate_fn = validate_fn();
    let schema_identity = crate::emit_shared::schema_identity(e.ident, &e.attrs);
    let description = description(e);
    quote! {
        #out_item

        const _: () = {
            #[automatically_derived]
            impl #om::Schema for #ident {
                #schema_identity

                fn definition(__gen: &mut #om::SchemaGen) -> #om::Value {
                    let mut __s = #om::Value::Dict(#om::Map::new());
                    #description
                    let mut __one_of = #om::Vec::new();
                    #( __one_of.push(#ft::__field_schema(__gen)); )*
                    #om::schema_set(&mut __s, #keyword, #om::Value::List(__one_of));
                    __s
                }
            }

            #[automatically_derived]
            impl #om::OneOfDecode for #ident {
                const VARIANTS: &'static [&'static str] = &[#(#names),*];
                const EXCLUSIVE: bool = #exclusive;

                #variant_fns
            }

            #[automatically_derived]
            impl #om::Decode for #ident {
                fn __decode_json(__r: &mut #om::JsonReader<'_>, __peek: #om::Peek) -> #om::Step<Self> {
                    #om::decode_one_of_json::<Self>(__r, __peek)
                }

                fn __decode_serde<'de, __D: #om::serde::Deserializer<'de>>(
                    __d: __D,
                    __ctx: &mut #om::Ctx,
                ) -> #om::Result<#om::Option<Self>, __D::Error> {
                    #om::decode_one_of_serde::<Self, __D>(__d, __ctx)
                }

                fn __validate(&self, __ctx: &mut #om::Ctx) {
                    #validate_by_variant
                }
            }

            #by_variant

            #[automatically_derived]
            impl #ident {
                #validate_fn
            }

            #shared
        };
    }
}
