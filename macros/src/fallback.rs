//! What the macro emits when the item has mistakes: the item itself, cleaned
//! of our attributes, and stub impls of the traits code using the model
//! needs, beside the errors. Code that uses the model then still type-checks,
//! so the user sees our messages and nothing that follows from them.

use crate::emit_shared::om;
use proc_macro2::TokenStream;
use quote::quote;

pub fn emit(item: &syn::Item, errors: Vec<syn::Error>, extra: &ExtraShape) -> TokenStream {
    let om = om();
    let errors = errors.into_iter().map(|e| e.to_compile_error());
    let (cleaned, ident) = match item {
        syn::Item::Struct(s) => {
            let mut s = s.clone();
            s.attrs.retain(|a| !crate::attr::is_ours(a));
            for f in s.fields.iter_mut() {
                f.attrs.retain(|a| !crate::attr::is_ours(a));
            }
            add_extra_field(&mut s, extra);
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
    let is_struct = matches!(item, syn::Item::Struct(_));
    let stubs = match ident {
        Some(ident) if generics_of(item).params.is_empty() => {
            let shared = crate::emit_shared::serde_and_value_impls(&ident);
            let schema = quote! {
                impl #om::Schema for #ident {
                    const COMPONENT: #om::Option<&'static str> = #om::None;
                    fn definition(_: &mut #om::SchemaGen) -> #om::Value {
                        #om::unimplemented!()
                    }
                }
            };
            let model = if is_struct {
                model_stubs(&ident)
            } else {
                quote!()
            };
            quote! {
            const _: () = {
                impl #om::Decode for #ident {
                    fn __decode_json(_: &mut #om::JsonReader<'_>, _: #om::Peek) -> #om::Step<Self> {
                        #om::unimplemented!()
                    }
                    fn __decode_serde<'de, __D: #om::serde::Deserializer<'de>>(
                        _: __D,
                        _: &mut #om::Ctx,
                    ) -> #om::Result<#om::Option<Self>, __D::Error> {
                        #om::unimplemented!()
                    }
                }
                impl #om::Encode for #ident {
                    fn __encode_json(&self, _: &mut #om::JsonWriter) -> #om::Result<(), #om::EncodeError> {
                        #om::unimplemented!()
                    }
                    fn __to_value(&self) -> #om::Value {
                        #om::unimplemented!()
                    }
                    fn __serialize<__S: #om::serde::Serializer>(&self, _: __S) -> #om::Result<__S::Ok, __S::Error> {
                        #om::unimplemented!()
                    }
                }
                #schema
                #model
                #shared
            };
            }
        }
        _ => quote!(),
    };
    quote! {
        #(#errors)*
        #cleaned
        #stubs
    }
}

/// Whether the model has an `extra` field, and of which value type: taken
/// from the container options before the struct is parsed.
pub struct ExtraShape {
    closed: bool,
    ty: TokenStream,
}

impl ExtraShape {
    pub fn of(container: &crate::attr::ContainerAttrs) -> ExtraShape {
        let om = om();
        ExtraShape {
            closed: !container.has_extension_map(),
            ty: match &container.extra {
                Some(t) => {
                    let t = &t.value;
                    quote!(#t)
                }
                None => quote!(#om::Value),
            },
        }
    }
}

/// The `extra` field an open model has, so that code reading it does not
/// fail too.
fn add_extra_field(s: &mut syn::ItemStruct, extra: &ExtraShape) {
    let syn::Fields::Named(fields) = &mut s.fields else {
        return;
    };
    let taken = fields.named.iter().any(|f| {
        f.ident
            .as_ref()
            .is_some_and(|i| i == crate::check::EXTRA_FIELD)
    });
    if extra.closed || taken {
        return;
    }
    let (om, vis, ty) = (om(), &s.vis, &extra.ty);
    let field: syn::Field = syn::parse_quote!(#vis extra: #om::Extras<#ty>);
    fields.named.push(field);
}

/// What a struct model is used through besides being a field: a union's
/// variant and a flattened base (`ModelFields`, `ModelDecode`, `OpenModel`).
fn model_stubs(ident: &syn::Ident) -> TokenStream {
    let om = om();
    quote! {
        impl #om::ModelFields for #ident {
            type ExtraValue = #om::Value;
            fn __encode_fields(&self, _: &mut #om::JsonWriter, _: &mut bool, _: #om::Option<&str>) -> #om::Result<(), #om::EncodeError> {
                #om::unimplemented!()
            }
            fn __visit_fields(&self, _: &mut #om::FieldVisit<'_>) -> #om::Result<(), #om::EncodeError> {
                #om::unimplemented!()
            }
            fn __serialize_fields<__M: #om::serde::ser::SerializeMap>(&self, _: &mut __M, _: #om::Option<&str>) -> #om::Result<(), __M::Error> {
                #om::unimplemented!()
            }
            fn __validate_fields(&self, _: &mut #om::Ctx) {
                #om::unimplemented!()
            }
            fn __extras(&self) -> #om::Option<&#om::Extras<#om::Value>> {
                #om::unimplemented!()
            }
            fn __extras_mut(&mut self) -> #om::Option<&mut #om::Extras<#om::Value>> {
                #om::unimplemented!()
            }
        }
        impl #om::ModelDecode for #ident {
            type State<__K: #om::Keep> = ();
            type Extra = #om::Value;
            const CLOSED: bool = false;
            const FIELD_COUNT: usize = 0;
            fn wire_name(_: usize) -> &'static str {
                #om::unimplemented!()
            }
            fn field_index(_: &str) -> #om::Option<usize> {
                #om::unimplemented!()
            }
            fn decode_field<__K: #om::Keep, __S: #om::FieldSource<__K>>(_: &mut (), _: usize, _: __S) -> #om::Result<(), __S::Error> {
                #om::unimplemented!()
            }
            fn finish(_: (), _: &#om::Seen, _: #om::Extras<#om::Value>, _: &mut #om::Ctx, _: bool) -> #om::Option<Self> {
                #om::unimplemented!()
            }
        }
        impl #om::OpenModel for #ident {
            const NAME: &'static str = "";
            const DESCRIPTION: #om::Option<&'static str> = #om::None;
            const FIELDS: &'static [#om::FieldInfo] = &[];
            const CLOSED: bool = false;
            fn get(&self, _: &str) -> #om::Option<#om::Value> {
                #om::unimplemented!()
            }
        }
    }
}

fn generics_of(item: &syn::Item) -> syn::Generics {
    match item {
        syn::Item::Struct(s) => s.generics.clone(),
        syn::Item::Enum(e) => e.generics.clone(),
        _ => syn::Generics::default(),
    }
}
