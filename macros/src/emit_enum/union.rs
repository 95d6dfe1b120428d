//! A discriminated union: variants holding models, selected by a tag key;
//! open when a variant is marked `other`.

use super::{description, strip_ours, validate_fn, variant_fns, Dispatch};
use crate::ast::{Enum, VariantShape};
use crate::emit_shared::{om, serde_and_value_impls};
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit_union(item: &syn::ItemEnum, e: &Enum<'_>) -> TokenStream {
    let om = om();
    let ident = e.ident;
    let out_item = strip_ours(item);
    let tag = e
        .attrs
        .tag
        .as_ref()
        .map(|t| t.value.clone())
        .unwrap_or_default();
    let wires: Vec<_> = e.known().map(|v| v.wire.as_str()).collect();
    let idents: Vec<_> = e.known().map(|v| v.ident).collect();
    let tys: Vec<_> = e
        .known()
        .filter_map(|v| match v.shape {
            VariantShape::Newtype(t) => Some(t),
            _ => None,
        })
        .collect();
    // Every use of a variant's type is a method of `ModelFields`, spanned at
    // the type: one obligation per type, so a variant type that is not a
    // model struct is one error.
    let spanned = |f: TokenStream| -> Vec<TokenStream> {
        tys.iter()
            .map(|ty| {
                let span = syn::spanned::Spanned::span(ty);
                quote::quote_spanned!(span=> <#ty as #om::ModelFields>::#f)
            })
            .collect()
    };
    let schema_of = spanned(quote!(__variant_schema));
    let component_of = spanned(quote!(__variant_component));
    let validate = spanned(quote!(__variant_validate));
    let encode = spanned(quote!(__variant_encode_json));
    let to_value = spanned(quote!(__variant_to_value));
    let serialize = spanned(quote!(__variant_serialize));
    let prepare = spanned(quote!(__variant_prepare));
    let names: Vec<String> = idents.iter().map(|i| i.to_string()).collect();
    let tags: Vec<TokenStream> = wires
        .iter()
        .zip(&names)
        .map(|(wire, name)| quote!(#om::VariantTag { tag: #tag, value: #wire, variant: #name }))
        .collect();
    let shared = serde_and_value_impls(ident);
    let other = e.other_variant().map(|v| v.ident);
    let variant_fns = variant_fns(
        ident,
        &idents,
        Dispatch::Tagged {
            tys: &tys,
            tag: &tag,
        },
        other,
    );
    let validate_fn = validate_fn();
    let schema = union_schema(e, &tag, &wires, &schema_of, &component_of);
    let writers = union_writers(
        ident,
        &idents,
        &tys,
        &tags,
        [&encode, &to_value, &serialize, &prepare],
        other,
    );
    let OtherArms {
        constant: other_const,
        validate: other_validate,
        tag_value: other_tag_value,
        tag_value_ty,
    } = OtherArms::of(ident, other, idents.len());
    quote! {
        #out_item

        const _: () = {
            #schema

            #[automatically_derived]
            impl #om::UnionDecode for #ident {
                const TAG: &'static str = #tag;
                const TAG_VALUES: &'static [&'static str] = &[#(#wires),*];
                #other_const

                #variant_fns
            }

            #[automatically_derived]
            impl #om::Decode for #ident {
                fn __decode_json(__r: &mut #om::JsonReader<'_>, __peek: #om::Peek) -> #om::Step<Self> {
                    #om::decode_union_json::<Self>(__r, __peek)
                }

                fn __check_json(__r: &mut #om::JsonReader<'_>, __peek: #om::Peek) -> #om::Result<bool, #om::Fatal> {
                    #om::check_union_json::<Self>(__r, __peek)
                }

                fn __decode_serde<'de, __D: #om::serde::Deserializer<'de>>(
                    __d: __D,
                    __ctx: &mut #om::Ctx,
                ) -> #om::Result<#om::Option<Self>, __D::Error> {
                    #om::decode_union_serde::<Self, __D>(__d, __ctx)
                }

                fn __validate(&self, __ctx: &mut #om::Ctx) {
                    match self {
                        #( #ident::#idents(__v) => #validate(__v, #tags, __ctx), )*
                        #other_validate
                    }
                }
            }

            #writers

            #[automatically_derived]
            impl #ident {
                #validate_fn

                /// The tag key that selects the variant.
                pub const TAG: &'static str = #tag;

                /// The tag value of this variant.
                pub fn tag_value(&self) -> #tag_value_ty {
                    match self {
                        #( #ident::#idents(_) => #wires, )*
                        #other_tag_value
                    }
                }
            }

            #shared
        };
    }
}

/// What an open union's `other` variant adds to the union's impls.
struct OtherArms {
    /// `const OTHER` of `UnionDecode`.
    constant: TokenStream,
    /// Its arm of `__validate`: the object's tag, then its values.
    validate: TokenStream,
    /// Its arm of `tag_value()`: the tag value it holds.
    tag_value: TokenStream,
    /// `&'static str`, or `&str` when an `other` variant holds its own.
    tag_value_ty: TokenStream,
}

impl OtherArms {
    fn of(ident: &syn::Ident, other: Option<&syn::Ident>, known: usize) -> OtherArms {
        let om = om();
        let Some(o) = other else {
            return OtherArms {
                constant: quote!(),
                validate: quote!(),
                tag_value: quote!(),
                tag_value_ty: quote!(&'static str),
            };
        };
        let (tag, values) = (
            quote!(<Self as #om::UnionDecode>::TAG),
            quote!(<Self as #om::UnionDecode>::TAG_VALUES),
        );
        OtherArms {
            constant: quote!(const OTHER: #om::Option<usize> = #om::Some(#known);),
            validate: quote!(#ident::#o(__m) => #om::validate_union_other(__m, #tag, #values, __ctx),),
            tag_value: quote!(#ident::#o(__m) => __m.get(#tag).and_then(#om::Value::as_str).unwrap_or(""),),
            tag_value_ty: quote!(&str),
        }
    }
}

/// A union's schema: `type: object` with the tag required, `oneOf` of the
/// variants, and the `discriminator` with its `mapping`.
fn union_schema(
    e: &Enum<'_>,
    tag: &str,
    wires: &[&str],
    schema_of: &[TokenStream],
    component_of: &[TokenStream],
) -> TokenStream {
    let om = om();
    let ident = e.ident;
    let schema_identity = crate::emit_shared::schema_identity(e.ident, &e.attrs);
    let description = description(e);
    // An open union also takes an object of any other tag value: `anyOf`
    // the variants or such an object (a known tag value fits both).
    let (combinator, other) = match e.other {
        Some(_) => (
            "anyOf",
            quote! {
                let mut __other = #om::Map::new();
                __other.insert(#om::String::from("type"), #om::Value::from("object"));
                __one_of.push(#om::Value::Dict(__other));
            },
        ),
        None => ("oneOf", quote!()),
    };
    quote! {
            #[automatically_derived]
            impl #om::Schema for #ident {
                #schema_identity

                fn definition(__gen: &mut #om::SchemaGen) -> #om::Value {
                    let mut __s = #om::Value::Dict(#om::Map::new());
                    #om::schema_set(&mut __s, "type", #om::Value::from("object"));
                    #description
                    #om::schema_set(&mut __s, "required", #om::Value::List(#om::Vec::from([#om::Value::from(#tag)])));
                    let mut __tag = #om::Map::new();
                    __tag.insert(#om::String::from("type"), #om::Value::from("string"));
                    let mut __props = #om::Map::new();
                    __props.insert(#om::String::from(#tag), #om::Value::Dict(__tag));
                    #om::schema_set(&mut __s, "properties", #om::Value::Dict(__props));
                    let mut __one_of = #om::Vec::new();
                    let mut __mapping = #om::Map::new();
                    #(
                        __one_of.push(#schema_of(__gen));
                        if let #om::Some(__name) = #component_of() {
                            __mapping.insert(
                                #om::String::from(#wires),
                                #om::Value::from(#om::format!("#/components/schemas/{}", __name)),
                            );
                        }
                    )*
                    #other
                    #om::schema_set(&mut __s, #combinator, #om::Value::List(__one_of));
                    let mut __disc = #om::Map::new();
                    __disc.insert(#om::String::from("propertyName"), #om::Value::from(#tag));
                    if !__mapping.is_empty() {
                        __disc.insert(#om::String::from("mapping"), #om::Value::Dict(__mapping));
                    }
                    #om::schema_set(&mut __s, "discriminator", #om::Value::Dict(__disc));
                    __s
                }
            }
    }
}

/// A union's writers (the tag first, through `ModelFields`) and its
/// constructors from each variant's model (`TryFrom`, validated).
fn union_writers(
    ident: &syn::Ident,
    idents: &[&syn::Ident],
    tys: &[&syn::Type],
    tags: &[TokenStream],
    [encode, to_value, serialize, prepare]: [&[TokenStream]; 4],
    other: Option<&syn::Ident>,
) -> TokenStream {
    let om = om();
    let (other_encode, other_to_value, other_serialize) = match other {
        Some(o) => {
            let check = quote!(#om::check_union_other(__m, <Self as #om::UnionDecode>::TAG, <Self as #om::UnionDecode>::TAG_VALUES));
            (
                quote!(#ident::#o(__m) => { #check?; #om::Encode::__encode_json(__m, __w) }),
                quote!(#ident::#o(__m) => #om::Encode::__to_value(__m),),
                quote!(#ident::#o(__m) => {
                    #check.map_err(<__S::Error as #om::serde::ser::Error>::custom)?;
                    #om::Encode::__serialize(__m, __s)
                }),
            )
        }
        None => (quote!(), quote!(), quote!()),
    };
    // `TryFrom<Model>` for each model one variant holds: a model two
    // variants hold (two tags for one schema) would need to say which.
    let once: Vec<usize> = (0..tys.len())
        .filter(|&i| {
            let text = |t: &syn::Type| quote!(#t).to_string();
            let ty = text(tys[i]);
            tys.iter().filter(|t| text(t) == ty).count() == 1
        })
        .collect();
    let (conv_idents, conv_tys, conv_tags, conv_prepare): (Vec<_>, Vec<_>, Vec<_>, Vec<_>) = (
        once.iter().map(|&i| idents[i]).collect(),
        once.iter().map(|&i| tys[i]).collect(),
        once.iter().map(|&i| &tags[i]).collect(),
        once.iter().map(|&i| &prepare[i]).collect(),
    );
    quote! {
            #[automatically_derived]
            impl #om::Encode for #ident {
                fn __encode_json(&self, __w: &mut #om::JsonWriter) -> #om::Result<(), #om::EncodeError> {
                    match self {
                        #( #ident::#idents(__v) => #encode(__v, __w, #tags), )*
                        #other_encode
                    }
                }

                fn __to_value(&self) -> #om::Value {
                    match self {
                        #( #ident::#idents(__v) => #to_value(__v, #tags), )*
                        #other_to_value
                    }
                }

                fn __serialize<__S: #om::serde::Serializer>(&self, __s: __S) -> #om::Result<__S::Ok, __S::Error> {
                    match self {
                        #( #ident::#idents(__v) => #serialize(__v, __s, #tags), )*
                        #other_serialize
                    }
                }
            }

            #(
                #[automatically_derived]
                impl #om::TryFrom<#conv_tys> for #ident {
                    type Error = #om::Report;

                    /// The union holding this variant, validated; a tag the
                    /// model holds as an extra is moved out (the union writes it).
                    fn try_from(__v: #conv_tys) -> #om::Result<Self, #om::Report> {
                        let __union = #ident::#conv_idents(#conv_prepare(__v, #conv_tags));
                        __union.validate().map(|()| __union)
                    }
                }
            )*
    }
}
