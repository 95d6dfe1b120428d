//! A string enum: unit variants, one wire value each; open when a variant
//! marked `other` keeps any other string.

use super::{description, strip_ours, validate_fn};
use crate::ast::Enum;
use crate::emit_shared::{om, serde_and_value_impls};
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit_string_enum(item: &syn::ItemEnum, e: &Enum<'_>) -> TokenStream {
    let om = om();
    let ident = e.ident;
    let out_item = strip_ours(item);
    let wires: Vec<_> = e.known().map(|v| v.wire.as_str()).collect();
    let idents: Vec<_> = e.known().map(|v| v.ident).collect();
    let idx: Vec<_> = (0..idents.len()).collect();
    let shared = serde_and_value_impls(ident);
    let schema_identity = crate::emit_shared::schema_identity(e.ident, &e.attrs);
    let description = description(e);
    let open = StringEnumOpenness::of(e);
    let validate_fn = validate_fn();
    let (check_json, check_serde) = match &open.check_writable {
        Some(c) => (
            quote!(#c?;),
            quote!(#c.map_err(<__S::Error as #om::serde::ser::Error>::custom)?;),
        ),
        None => (quote!(), quote!()),
    };
    let StringEnumOpenness {
        schema_values,
        decode_json,
        decode_serde,
        validate,
        as_str_ty,
        as_str_other,
        ..
    } = &open;
    quote! {
        #out_item

        const _: () = {
            const __NAMES: &[&str] = &[#(#wires),*];

            #[automatically_derived]
            impl #om::Schema for #ident {
                #schema_identity

                fn definition(_: &mut #om::SchemaGen) -> #om::Value {
                    let mut __s = #om::Value::Dict(#om::Map::new());
                    #schema_values
                    #description
                    __s
                }
            }

            fn __from_index(__i: usize) -> #om::Option<#ident> {
                match __i {
                    #( #idx => #om::Some(#ident::#idents), )*
                    _ => #om::None,
                }
            }

            #[automatically_derived]
            impl #om::Decode for #ident {
                fn __decode_json(__r: &mut #om::JsonReader<'_>, __peek: #om::Peek) -> #om::Step<Self> {
                    #decode_json
                }

                fn __decode_serde<'de, __D: #om::serde::Deserializer<'de>>(
                    __d: __D,
                    __ctx: &mut #om::Ctx,
                ) -> #om::Result<#om::Option<Self>, __D::Error> {
                    #decode_serde
                }

                #validate
            }

            #[automatically_derived]
            impl #om::Encode for #ident {
                fn __encode_json(&self, __w: &mut #om::JsonWriter) -> #om::Result<(), #om::EncodeError> {
                    #check_json
                    __w.string(self.as_str());
                    #om::Ok(())
                }

                fn __to_value(&self) -> #om::Value {
                    #om::Value::Str(#om::String::from(self.as_str()))
                }

                fn __serialize<__S: #om::serde::Serializer>(&self, __s: __S) -> #om::Result<__S::Ok, __S::Error> {
                    #check_serde
                    __s.serialize_str(self.as_str())
                }
            }

            #[automatically_derived]
            impl #ident {
                #validate_fn

                /// Every wire value, in variant order.
                pub const VALUES: &'static [&'static str] = __NAMES;

                /// The wire value of this variant.
                pub fn as_str(&self) -> #as_str_ty {
                    match self {
                        #( #ident::#idents => #wires, )*
                        #as_str_other
                    }
                }
            }

            #[automatically_derived]
            impl #om::Display for #ident {
                fn fmt(&self, __f: &mut #om::Formatter<'_>) -> #om::FmtResult {
                    __f.write_str(self.as_str())
                }
            }

            #shared
        };
    }
}

/// What differs between a closed string enum (a value outside its list is
/// an error) and an open one (its `other` variant keeps any other string).
struct StringEnumOpenness {
    /// The schema's `type` and `enum` (open: `anyOf` the list or any string).
    schema_values: TokenStream,
    decode_json: TokenStream,
    decode_serde: TokenStream,
    /// `__validate`, for an open enum: its `other` must not hold a known value.
    validate: TokenStream,
    /// The writers' refusal of what would not read back the same: an
    /// expression of type `Result<(), EncodeError>`.
    check_writable: Option<TokenStream>,
    as_str_ty: TokenStream,
    as_str_other: TokenStream,
}

impl StringEnumOpenness {
    fn of(e: &Enum<'_>) -> StringEnumOpenness {
        let om = om();
        let ident = e.ident;
        let list =
            quote!(#om::Value::List(__NAMES.iter().map(|__n| #om::Value::from(*__n)).collect()));
        let Some(other) = e.other_variant() else {
            return StringEnumOpenness {
                schema_values: quote! {
                    #om::schema_set(&mut __s, "type", #om::Value::from("string"));
                    #om::schema_set(&mut __s, "enum", #list);
                },
                decode_json: quote!(#om::Ok(#om::decode_enum_json(__r, __peek, __NAMES)?.and_then(__from_index))),
                decode_serde: quote!(#om::Ok(#om::decode_enum_serde(__d, __ctx, __NAMES)?.and_then(__from_index))),
                validate: quote!(),
                check_writable: None,
                as_str_ty: quote!(&'static str),
                as_str_other: quote!(),
            };
        };
        let other = other.ident;
        let from = quote! {
            |__v| match __v {
                #om::EnumValue::Known(__i) => __from_index(__i),
                #om::EnumValue::Other(__s) => #om::Some(#ident::#other(__s)),
            }
        };
        StringEnumOpenness {
            schema_values: quote! {
                let mut __known = #om::Map::new();
                __known.insert(#om::String::from("type"), #om::Value::from("string"));
                __known.insert(#om::String::from("enum"), #list);
                let mut __any = #om::Map::new();
                __any.insert(#om::String::from("type"), #om::Value::from("string"));
                #om::schema_set(&mut __s, "anyOf", #om::Value::List(#om::Vec::from([
                    #om::Value::Dict(__known),
                    #om::Value::Dict(__any),
                ])));
            },
            decode_json: quote!(#om::Ok(#om::decode_open_enum_json(__r, __peek, __NAMES)?.and_then(#from))),
            decode_serde: quote!(#om::Ok(#om::decode_open_enum_serde(__d, __ctx, __NAMES)?.and_then(#from))),
            validate: quote! {
                fn __validate(&self, __ctx: &mut #om::Ctx) {
                    if let #ident::#other(__s) = self {
                        #om::validate_open_enum_other(__s, __NAMES, __ctx);
                    }
                }
            },
            check_writable: Some(quote! {
                match self {
                    #ident::#other(__o) => #om::check_open_enum_other(__o, __NAMES),
                    _ => #om::Ok(()),
                }
            }),
            as_str_ty: quote!(&str),
            as_str_other: quote!(#ident::#other(__s) => __s.as_str(),),
        }
    }
}
