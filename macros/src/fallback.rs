//! What the macro emits when the item has mistakes: the item itself, cleaned
//! of our attributes, and stub impls of the traits code using the model
//! needs, beside the errors. Code that uses the model then still type-checks,
//! so the user sees our messages and nothing that follows from them.

use crate::emit_struct::om;
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit(item: &syn::Item, errors: Vec<syn::Error>) -> TokenStream {
    let om = om();
    let errors = errors.into_iter().map(|e| e.to_compile_error());
    let (cleaned, ident) = match item {
        syn::Item::Struct(s) => {
            let mut s = s.clone();
            s.attrs.retain(|a| !crate::attr::is_ours(a));
            for f in s.fields.iter_mut() {
                f.attrs.retain(|a| !crate::attr::is_ours(a));
            }
            let ident = s.ident.clone();
            (quote!(#s), Some(ident))
        }
        syn::Item::Enum(e) => {
            let mut e = e.clone();
            e.attrs.retain(|a| !crate::attr::is_ours(a));
            for v in e.variants.iter_mut() {
                v.attrs.retain(|a| !crate::attr::is_ours(a));
            }
            let ident = e.ident.clone();
            (quote!(#e), Some(ident))
        }
        other => (quote!(#other), None),
    };
    let stubs = match ident {
        Some(ident) if generics_of(item).params.is_empty() => quote! {
            const _: () = {
                impl #om::Decode for #ident {
                    fn __decode_json(_: &mut #om::JsonReader<'_>, _: #om::Peek) -> #om::Step<Self> {
                        ::core::unimplemented!()
                    }
                    fn __decode_serde<'de, __D: #om::serde::Deserializer<'de>>(
                        _: __D,
                        _: &mut #om::Ctx,
                    ) -> #om::Result<#om::Option<Self>, __D::Error> {
                        ::core::unimplemented!()
                    }
                }
                impl #om::Encode for #ident {
                    fn __encode_json(&self, _: &mut #om::JsonWriter) -> #om::Result<(), #om::EncodeError> {
                        ::core::unimplemented!()
                    }
                    fn __to_value(&self) -> #om::Value {
                        ::core::unimplemented!()
                    }
                    fn __serialize<__S: #om::serde::Serializer>(&self, _: __S) -> #om::Result<__S::Ok, __S::Error> {
                        ::core::unimplemented!()
                    }
                }
            };
        },
        _ => quote!(),
    };
    quote! {
        #(#errors)*
        #cleaned
        #stubs
    }
}

fn generics_of(item: &syn::Item) -> syn::Generics {
    match item {
        syn::Item::Struct(s) => s.generics.clone(),
        syn::Item::Enum(e) => e.generics.clone(),
        _ => syn::Generics::default(),
    }
}
