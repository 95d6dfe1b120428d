//! The checks of the whole model (`min_properties`, `max_properties`,
//! `dependent_required`, `dependent_schemas`, `property_names`, and `not` and `enum` on the
//! model): at the end of a decode, and in `validate()`.

use super::Model;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

/// The whole-model checks, as written at the end of `finish` (which gives
/// up the model on an error) and in `__validate` (which records it).
pub(crate) struct WholeChecks {
    pub finish: TokenStream,
    pub validate: TokenStream,
}

impl WholeChecks {
    /// Whether the model has checks of its whole value, so checking a
    /// document against it needs the model built.
    pub(crate) fn needs_value(&self) -> bool {
        !self.finish.is_empty()
    }

    pub(crate) fn of(m: &Model<'_>) -> WholeChecks {
        let Model {
            om,
            s,
            closed,
            extra_field,
            ..
        } = m;
        let closed = *closed;
        let extras_len_of_model = if closed {
            quote!(0)
        } else {
            quote!(__model_ref.#extra_field.len())
        };
        let (min_props, max_props) = (s.attrs.min_properties, s.attrs.max_properties);
        let opt_usize = |v: Option<usize>| match v {
            Some(n) => quote!(#om::Some(#n)),
            None => quote!(#om::None),
        };
        let (min_props_tok, max_props_tok) = (opt_usize(min_props), opt_usize(max_props));
        let has_count = min_props.is_some() || max_props.is_some();
        let count_expr = quote!(#om::ModelFields::__present_fields(__model_ref, #om::None) + #extras_len_of_model);
        // `not` and `enum` on the whole model.
        let whole_checks = {
            let mut t = TokenStream::new();
            if let Some(n) = &s.attrs.not {
                let (nt, span) = (&n.value, n.span);
                t.extend(
                    quote_spanned!(span=> <#nt as #om::FieldType>::__field_not::<Self>(__model_ref)?;),
                );
            }
            if let Some(c) = &s.attrs.conditional {
                t.extend(crate::emit_keywords::conditional_check(
                    c,
                    quote!(__model_ref),
                ));
            }
            if !s.attrs.dependent_required.is_empty() {
                let rules = s
                    .attrs
                    .dependent_required
                    .iter()
                    .map(|(key, needs)| quote!((#key, &[#(#needs),*] as &[&str])));
                t.extend(
                    quote!(#om::check_dependent_required::<Self>(__model_ref, &[#(#rules),*])?;),
                );
            }
            for (key, ty) in &s.attrs.dependent_schemas {
                let span = syn::spanned::Spanned::span(ty);
                t.extend(quote_spanned!(span=> #om::check_dependent_schema::<Self, #ty>(__model_ref, #key)?;));
            }
            if let Some(names) = &s.attrs.property_names {
                let (nt, span) = (&names.value, names.span);
                t.extend(
                    quote_spanned!(span=> #om::check_property_names::<Self, #nt>(__model_ref)?;),
                );
            }
            if let Some(e) = &s.attrs.enum_json {
                let (text, span) = (&e.value, e.span);
                t.extend(quote_spanned! {span=>
                    {
                        static __ALLOWED: #om::OnceLock<#om::Vec<#om::Value>> = #om::OnceLock::new();
                        let __allowed = __ALLOWED.get_or_init(|| {
                            #om::json_value(#text).as_list().cloned().unwrap_or_default()
                        });
                        #om::check_enum::<Self>(__model_ref, __allowed, #text)?;
                    }
                });
            }
            t
        };
        let has_whole = !whole_checks.is_empty();
        let whole_fn = quote! {
            #[allow(unused_variables)]
            let __whole = |__model_ref: &Self| -> #om::Result<(), #om::ErrorKind> {
                #whole_checks
                #om::Ok(())
            };
        };
        let check_count_finish = if has_count || has_whole {
            let count = if has_count {
                quote! {
                    if let #om::Err(__kind) = #om::check_property_count(#count_expr, #min_props_tok, #max_props_tok) {
                        __ctx.error(__kind);
                        return #om::None;
                    }
                }
            } else {
                quote!()
            };
            quote! {
                let __model_ref = &__model;
                #count
                #whole_fn
                if let #om::Err(__kind) = __whole(__model_ref) {
                    __ctx.error(__kind);
                    return #om::None;
                }
            }
        } else {
            quote!()
        };
        let check_count_validate = if has_count || has_whole {
            let count = if has_count {
                quote! {
                    if let #om::Err(__kind) = #om::check_property_count(#count_expr, #min_props_tok, #max_props_tok) {
                        __ctx.error(__kind);
                    }
                }
            } else {
                quote!()
            };
            quote! {
                let __model_ref = self;
                #count
                #whole_fn
                if let #om::Err(__kind) = __whole(__model_ref) {
                    __ctx.error(__kind);
                }
            }
        } else {
            quote!()
        };
        WholeChecks {
            finish: check_count_finish,
            validate: check_count_validate,
        }
    }
}
