//! Code generated for an alias: a tuple struct of one field, a named schema
//! for its inner type with a format (`UnixSeconds(Number)`, format `float`).

use crate::ast::outer_name;
use crate::attr::ContainerAttrs;
use crate::ctxt::Ctxt;
use crate::emit_keywords::{keyword_schema, value_check};
use crate::emit_shared::{om, serde_and_value_impls};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

/// Checks an alias's options and emits its code.
pub fn emit_alias(
    cx: &mut Ctxt,
    item: &syn::ItemStruct,
    inner: &syn::Field,
    attrs: &ContainerAttrs,
) -> TokenStream {
    crate::check::check_rename_with_inline(cx, attrs);
    // The inner field carries the keywords: `struct Ratio(#[open_model(minimum = 0)] Number);`.
    let field = crate::attr::parse_field(
        cx,
        &inner.attrs,
        open_model_internals::options::Place::AliasField,
    );
    let format = match (&attrs.format, &field.format) {
        (Some(_), Some(f)) => {
            cx.error(
                f.span,
                "the alias already has a `format`; give it once, on the alias or on its field",
            );
            attrs.format.as_ref()
        }
        (Some(f), None) | (None, Some(f)) => Some(f),
        (None, None) => None,
    };
    let om = om();
    let ident = &item.ident;
    let ty = &inner.ty;
    let span = syn::spanned::Spanned::span(ty);
    let ft = quote_spanned!(span=> <#ty as #om::FieldType>);
    let nullable = matches!(outer_name(ty).as_deref(), Some("Option" | "Field"));
    let check = value_check(ty, format, &field.keywords, nullable);
    let keywords = keyword_schema(&field.keywords);
    let schema_identity = crate::emit_shared::schema_identity(ident, attrs);
    let set_format = match format {
        Some(f) => {
            let f = &f.value.name;
            quote!(#om::schema_set(&mut __s, "format", #om::Value::from(#f));)
        }
        None => quote!(),
    };
    let mut annotations = crate::emit_shared::container_annotations(attrs);
    annotations.extend(crate::emit_shared::container_example(attrs));
    let set_description = match crate::attr::doc_string(&item.attrs) {
        Some(d) => quote!(#om::schema_set(&mut __s, "description", #om::Value::from(#d));),
        None => quote!(),
    };
    let set_nullable = if nullable {
        quote!(#om::schema_set(&mut __s, "nullable", #om::Value::Bool(true));)
    } else {
        quote!()
    };
    let shared = serde_and_value_impls(ident);
    // `From` the inner type, except from `Value`: there the model's own
    // `TryFrom<Value>` (which validates) is the conversion.
    let from_inner = if outer_name(ty).as_deref() == Some("Value") {
        quote!()
    } else {
        quote! {
            #[automatically_derived]
            impl #om::From<#ty> for #ident {
                fn from(__v: #ty) -> Self {
                    #ident(__v)
                }
            }
        }
    };
    let mut out_item = item.clone();
    out_item.attrs.retain(|a| !crate::attr::is_ours(a));
    for f in out_item.fields.iter_mut() {
        f.attrs.retain(|a| !crate::attr::is_ours(a));
    }
    quote! {
        #out_item

        const _: () = {
            #[automatically_derived]
            impl #om::Decode for #ident {
                // `null` is one of the alias's values when it is one of its
                // inner type's, or when the alias is nullable.
                const __ACCEPTS_NULL: bool = <#ty as #om::Decode>::__ACCEPTS_NULL || #nullable;

                fn __decode_json(__r: &mut #om::JsonReader<'_>, __peek: #om::Peek) -> #om::Step<Self> {
                    #om::Ok(#ft::__field_decode_json(__r, __peek, true, #check)?.map(#ident))
                }

                fn __decode_serde<'de, __D: #om::serde::Deserializer<'de>>(
                    __d: __D,
                    __ctx: &mut #om::Ctx,
                ) -> #om::Result<#om::Option<Self>, __D::Error> {
                    #om::Ok(#ft::__field_decode_serde::<__D>(__d, __ctx, true, #check)?.map(#ident))
                }

                fn __validate(&self, __ctx: &mut #om::Ctx) {
                    let __check: #om::Option<fn(&#ty) -> #om::Result<(), #om::ErrorKind>> = #check;
                    match __check.map(|__c| __c(&self.0)) {
                        #om::Some(#om::Err(__kind)) => __ctx.error(__kind),
                        _ => #ft::__field_check(&self.0, __ctx),
                    }
                }
            }

            #[automatically_derived]
            impl #om::Encode for #ident {
                fn __encode_json(&self, __w: &mut #om::JsonWriter) -> #om::Result<(), #om::EncodeError> {
                    #ft::__field_encode_json(&self.0, __w)
                }

                fn __to_value(&self) -> #om::Value {
                    #ft::__field_to_value(&self.0)
                }

                fn __serialize<__S: #om::serde::Serializer>(&self, __s: __S) -> #om::Result<__S::Ok, __S::Error> {
                    #ft::__field_serialize(&self.0, __s)
                }

                fn __is_absent(&self) -> bool {
                    #ft::__field_is_absent(&self.0)
                }
            }

            #[automatically_derived]
            impl #om::Schema for #ident {
                #schema_identity

                fn definition(__gen: &mut #om::SchemaGen) -> #om::Value {
                    // A component inside is referred to (`$ref`), as a field's is.
                    let mut __s = #ft::__field_schema(__gen);
                    #set_format
                    #set_description
                    #annotations
                    #set_nullable
                    let mut __p = __s;
                    #keywords
                    __p
                }
            }

            #[automatically_derived]
            impl #om::Deref for #ident {
                type Target = #ty;
                fn deref(&self) -> &#ty {
                    &self.0
                }
            }

            #from_inner

            #shared
        };
    }
}
