//! Code generated for an enum: a discriminated union of models selected by a
//! tag key, or a string enum.

use crate::ast::{Enum, VariantShape};
use crate::emit_shared::{om, serde_and_value_impls};
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
                impl #om::TryFrom<#tys> for #ident {
                    type Error = #om::Report;

                    /// The union holding this variant, validated; a tag the
                    /// model holds as an extra is moved out (the union writes it).
                    fn try_from(__v: #tys) -> #om::Result<Self, #om::Report> {
                        let __union = #ident::#idents(#prepare(__v, #tags));
                        __union.validate().map(|()| __union)
                    }
                }
            )*
    }
}

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
