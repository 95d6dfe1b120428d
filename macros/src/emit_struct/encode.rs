//! Writing a struct: `Encode` (JSON, `Value`, serde), through the body
//! writers of `ModelFields`, which a union also uses to write its variant
//! after the tag, and a composed model to write its base's fields.

use super::Model;
use proc_macro2::TokenStream;
use quote::quote;

pub(crate) fn impls(m: &Model<'_>) -> TokenStream {
    let Model {
        om,
        closed,
        extra_ty,
        extra_field,
        fields,
        base,
        ..
    } = m;
    let (ig, wc, self_ty) = (&m.head.impl_generics, &m.head.where_clause, &m.head.self_ty);
    let closed = *closed;
    let super::fields::FieldLists {
        names,
        wires,
        cfgs,
        none_ok,
        checks,
        ft,
        key_lits,
        absent,
        ..
    } = fields;
    let (base_enc, base_visit) = (&base.encode, &base.visit);
    let (base_ser, base_validate) = (&base.serialize, &base.validate);
    let (extras_ref, extras_mut) = if closed {
        (quote!(#om::None), quote!(#om::None))
    } else {
        (
            quote!(#om::Some(&self.#extra_field)),
            quote!(#om::Some(&mut self.#extra_field)),
        )
    };
    quote! {
            #[automatically_derived]
            impl #ig #om::Encode for #self_ty #wc {
                fn __encode_json(&self, __w: &mut #om::JsonWriter) -> #om::Result<(), #om::EncodeError> {
                    __w.byte(b'{');
                    #om::ModelFields::__encode_body(self, __w, &mut true, #om::None)?;
                    __w.byte(b'}');
                    #om::Ok(())
                }

                fn __to_value(&self) -> #om::Value {
                    let mut __m = #om::Map::new();
                    #om::ModelFields::__body_to_map(self, &mut __m, #om::None);
                    #om::Value::Dict(__m)
                }

                fn __serialize<__S: #om::serde::Serializer>(&self, __s: __S) -> #om::Result<__S::Ok, __S::Error> {
                    #om::ModelFields::__serialize_body(self, __s, #om::None)
                }
            }

            #[automatically_derived]
            impl #ig #om::ModelFields for #self_ty #wc {
                type ExtraValue = #extra_ty;

                fn __extras(&self) -> #om::Option<&#om::Extras<#extra_ty>> {
                    #extras_ref
                }

                fn __extras_mut(&mut self) -> #om::Option<&mut #om::Extras<#extra_ty>> {
                    #extras_mut
                }

                fn __encode_fields(
                    &self,
                    __w: &mut #om::JsonWriter,
                    __first: &mut bool,
                    __skip: #om::Option<&str>,
                ) -> #om::Result<(), #om::EncodeError> {
                    #base_enc
                    #(
                        #cfgs
                        if !(#absent) && __skip != #om::Some(#wires) {
                            __w.separator(__first);
                            __w.raw(#key_lits);
                            #ft::__field_encode_json(&self.#names, __w)?;
                        }
                    )*
                    #om::Ok(())
                }

                fn __visit_fields(
                    &self,
                    __visit: &mut #om::FieldVisit<'_>,
                ) -> #om::Result<(), #om::EncodeError> {
                    #base_visit
                    #(
                        #cfgs
                        __visit(#wires, if #absent { #om::None } else { #om::Some(#ft::__field_dyn(&self.#names)) })?;
                    )*
                    #om::Ok(())
                }

                fn __serialize_fields<__M: #om::serde::ser::SerializeMap>(
                    &self,
                    __map: &mut __M,
                    __skip: #om::Option<&str>,
                ) -> #om::Result<(), __M::Error> {
                    #base_ser
                    #(
                        #cfgs
                        if !(#absent) && __skip != #om::Some(#wires) {
                            #ft::__field_serialize_entry(&self.#names, #wires, __map)?;
                        }
                    )*
                    #om::Ok(())
                }

                fn __validate_fields(&self, __ctx: &mut #om::Ctx) {
                    #base_validate
                    #(
                        #cfgs
                        // An absent optional has nothing to check, as
                        // when decoding a document without its key.
                        if !(#absent) {
                            #ft::__field_validate(&self.#names, #wires, #none_ok, #checks, __ctx);
                        }
                    )*
                }
            }
    }
}
