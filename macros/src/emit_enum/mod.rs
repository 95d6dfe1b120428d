//! Code generated for an enum, one file per kind: a discriminated union of
//! models selected by a tag key (`union`), a string enum (`strings`), an
//! enum of alternatives tried in turn (`alternatives`); what they share is
//! here.

mod alternatives;
mod strings;
mod union;

pub use alternatives::emit_one_of;
pub use strings::emit_string_enum;
pub use union::emit_union;

use crate::ast::Enum;
use crate::emit_shared::om;
use proc_macro2::TokenStream;
use quote::quote;

fn strip_ours(item: &syn::ItemEnum) -> syn::ItemEnum {
    let mut out = item.clone();
    out.attrs.retain(|a| !crate::attr::is_ours(a));
    for v in out.variants.iter_mut() {
        v.attrs.retain(|a| !crate::attr::is_ours(a));
    }
    out
}

/// The enum's description, `nullable: true` when it is, and its annotations.
fn description(e: &Enum<'_>) -> TokenStream {
    let om = om();
    let mut out = match &e.description {
        Some(d) => quote!(#om::schema_set(&mut __s, "description", #om::Value::from(#d));),
        None => quote!(),
    };
    if e.attrs.nullable.is_some() {
        out.extend(quote!(#om::schema_set(&mut __s, "nullable", #om::Value::Bool(true));));
    }
    out.extend(crate::emit_shared::container_annotations(&e.attrs));
    out.extend(crate::emit_shared::container_example(&e.attrs));
    out
}

/// How the variant dispatchers reach a variant's type.
enum Dispatch<'a> {
    /// A `oneOf`/`anyOf` alternative: any field type, through `FieldType`
    /// (`null` only where the type takes it).
    Alternatives(&'a [TokenStream]),
    /// A discriminated union's variant: a model struct, through the runtime's
    /// variant functions (bounded by `ModelFields`, spanned at the type), which
    /// give the tag back to the union.
    Tagged {
        tys: &'a [&'a syn::Type],
        tag: &'a str,
    },
}

/// The two variant dispatchers of `UnionDecode` and `OneOfDecode`: decode
/// the value as variant `__index`, from JSON or from a `Value`.
fn variant_fns(
    ident: &syn::Ident,
    idents: &[&syn::Ident],
    how: Dispatch<'_>,
    other: Option<&syn::Ident>,
) -> TokenStream {
    let om = om();
    let idx: Vec<usize> = (0..idents.len()).collect();
    // An open union's `other` variant comes after the known ones and holds
    // the whole object as a `Map`.
    let (other_json, other_value) = match other {
        Some(o) => {
            let n = idents.len();
            let ft = quote!(<#om::Map as #om::FieldType>);
            (
                quote!(#n => #om::Ok(#ft::__field_decode_json(__r, __peek, false, #om::None)?.map(#ident::#o)),),
                quote!(#n => #ft::__field_from_value(__value, __ctx).map(#ident::#o),),
            )
        }
        None => (quote!(), quote!()),
    };
    // A tagged union's variants are checked in place (a `oneOf` without a
    // tag tries each variant, so it is decoded when checked).
    let check = match &how {
        Dispatch::Tagged { tys, .. } => {
            let arms = tys.iter().map(|ty| {
                let span = syn::spanned::Spanned::span(ty);
                quote::quote_spanned!(span=> <#ty as #om::ModelFields>::__variant_check_json(__r, __peek))
            });
            let other_check = match other {
                Some(_) => {
                    let n = idents.len();
                    quote!(#n => <#om::Map as #om::FieldType>::__field_check_json(__r, __peek, false, #om::None),)
                }
                None => quote!(),
            };
            quote! {
                fn check_variant_json(
                    __index: usize,
                    __r: &mut #om::JsonReader<'_>,
                    __peek: #om::Peek,
                ) -> #om::Result<bool, #om::Fatal> {
                    match __index {
                        #( #idx => #arms, )*
                        #other_check
                        _ => { __r.skip(__peek)?; #om::Ok(false) }
                    }
                }
            }
        }
        Dispatch::Alternatives(_) => quote!(),
    };
    let (json, value): (Vec<TokenStream>, Vec<TokenStream>) = match how {
        Dispatch::Alternatives(ft) => ft
            .iter()
            .map(|ft| {
                (
                    quote!(#ft::__field_decode_json(__r, __peek, false, #om::None)),
                    quote!(#ft::__field_from_value(__value, __ctx)),
                )
            })
            .unzip(),
        Dispatch::Tagged { tys, tag } => tys
            .iter()
            .map(|ty| {
                let span = syn::spanned::Spanned::span(ty);
                (
                    quote::quote_spanned!(span=> <#ty as #om::ModelFields>::__variant_decode_json(__r, __peek, #tag)),
                    quote::quote_spanned!(span=> <#ty as #om::ModelFields>::__variant_from_value(__value, __ctx, #tag)),
                )
            })
            .unzip(),
    };
    quote! {
        fn decode_variant_json(
            __index: usize,
            __r: &mut #om::JsonReader<'_>,
            __peek: #om::Peek,
        ) -> #om::Step<Self> {
            match __index {
                #( #idx => #om::Ok(#json?.map(#ident::#idents)), )*
                #other_json
                _ => { __r.skip(__peek)?; #om::Ok(#om::None) }
            }
        }

        fn decode_variant_value(
            __index: usize,
            __value: #om::Value,
            __ctx: &mut #om::Ctx,
        ) -> #om::Option<Self> {
            match __index {
                #( #idx => #value.map(#ident::#idents), )*
                #other_value
                _ => #om::None,
            }
        }

        #check
    }
}

/// What an enum whose variants each hold a value does by delegating to the
/// variant: its `Encode` impl, and the body of its validation.
fn by_variant_impls(
    ident: &syn::Ident,
    idents: &[&syn::Ident],
    ft: &[TokenStream],
) -> (TokenStream, TokenStream) {
    let om = om();
    let encode = quote! {
        #[automatically_derived]
        impl #om::Encode for #ident {
            fn __encode_json(&self, __w: &mut #om::JsonWriter) -> #om::Result<(), #om::EncodeError> {
                match self {
                    #( #ident::#idents(__v) => #ft::__field_encode_json(__v, __w), )*
                }
            }

            fn __to_value(&self) -> #om::Value {
                match self {
                    #( #ident::#idents(__v) => #ft::__field_to_value(__v), )*
                }
            }

            fn __serialize<__S: #om::serde::Serializer>(&self, __s: __S) -> #om::Result<__S::Ok, __S::Error> {
                match self {
                    #( #ident::#idents(__v) => #ft::__field_serialize(__v, __s), )*
                }
            }
        }
    };
    let validate = quote! {
        match self {
            #( #ident::#idents(__v) => #ft::__field_check(__v, __ctx), )*
        }
    };
    (encode, validate)
}

/// `validate()` on an enum, as models have it.
fn validate_fn() -> TokenStream {
    let om = om();
    quote! {
        /// Checks a value built or changed in code against every rule that
        /// decoding applies.
        pub fn validate(&self) -> #om::Result<(), #om::Report> {
            let mut __ctx = #om::validation_ctx();
            #om::Decode::__validate(self, &mut __ctx);
            #om::finish_validation(__ctx)
        }
    }
}
