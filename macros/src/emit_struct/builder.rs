//! A model's builder: `Model::builder()`, one setter per field taking
//! `impl Into<T>`, and `build()`, which reports every missing required
//! field and every failed check at once.

use super::Model;
use crate::ast::{inner_type, unraw, Field, Presence};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// One field's part of the builder.
struct Part {
    /// The builder's slot: `Option<T>`, `Option<Option<T>>` or `Field<T>`.
    slot: TokenStream,
    /// The slot's value in a new builder: not set.
    init: TokenStream,
    /// Its setters.
    setters: TokenStream,
    /// The field's value at `build()`, once none is missing.
    take: TokenStream,
    /// `__missing |= …;` when required, nothing when optional.
    missing: TokenStream,
    /// Its entry in the partial document that reports what is wrong.
    to_map: TokenStream,
}

fn setter_doc(f: &Field<'_>) -> String {
    match &f.description {
        Some(d) => format!("Sets `{}`: {d}", f.wire),
        None => format!("Sets `{}`.", f.wire),
    }
}

/// The names of the builder's own methods, and of the `<field>_null`
/// setters of its nullable fields: a field of one of these names has its
/// setter named `set_<field>` instead (a field `build` beside `build()`).
fn taken_names(m: &Model<'_>) -> Vec<String> {
    let mut taken = vec!["build".to_owned()];
    if !m.closed {
        taken.push("extra".to_owned());
    }
    taken.extend(
        m.s.fields
            .iter()
            .filter(|f| {
                matches!(
                    f.presence,
                    Presence::OptionalNullable | Presence::RequiredNullable
                )
            })
            .map(|f| format!("{}_null", unraw(f.ident))),
    );
    taken
}

/// A field's setter: its own name, or `set_<name>` when the builder has a
/// method of that name (see [`taken_names`]).
fn setter_ident(f: &Field<'_>, taken: &[String]) -> syn::Ident {
    let name = unraw(f.ident);
    if taken.contains(&name) {
        format_ident!("set_{}", name)
    } else {
        f.ident.clone()
    }
}

fn part(m: &Model<'_>, f: &Field<'_>, ft: &TokenStream, taken: &[String]) -> Part {
    let om = &m.om;
    let (name, ty, wire) = (f.ident, f.ty, &f.wire);
    let setter = setter_ident(f, taken);
    let inner = inner_type(ty).unwrap_or(ty);
    let doc = setter_doc(f);
    let null_setter = format_ident!("{}_null", unraw(name));
    let null_doc = format!("Sets `{}` to `null`.", f.wire);
    let entry = |v: TokenStream| quote!(#om::builder_entry(&mut __map, #wire, #v));
    match f.presence {
        Presence::Required => Part {
            slot: quote!(#om::Option<#ty>),
            init: quote!(#om::None),
            setters: quote! {
                #[doc = #doc]
                pub fn #setter(mut self, value: impl #om::Into<#ty>) -> Self {
                    self.#name = #om::Some(value.into());
                    self
                }
            },
            ..required(om, name, entry(quote!(#ft::__field_to_value(__v))))
        },
        Presence::Optional => Part {
            slot: quote!(#ty),
            init: quote!(#om::None),
            setters: quote! {
                #[doc = #doc]
                pub fn #setter(mut self, value: impl #om::Into<#inner>) -> Self {
                    self.#name = #om::Some(value.into());
                    self
                }
            },
            take: quote!(self.#name),
            missing: TokenStream::new(),
            to_map: {
                let e = entry(quote!(#ft::__field_to_value(&self.#name)));
                quote!(if self.#name.is_some() { #e; })
            },
        },
        Presence::OptionalNullable => Part {
            slot: quote!(#ty),
            init: quote!(#om::Field::Absent),
            setters: quote! {
                #[doc = #doc]
                pub fn #setter(mut self, value: impl #om::Into<#inner>) -> Self {
                    self.#name = #om::Field::Value(value.into());
                    self
                }

                #[doc = #null_doc]
                pub fn #null_setter(mut self) -> Self {
                    self.#name = #om::Field::Null;
                    self
                }
            },
            take: quote!(self.#name),
            missing: TokenStream::new(),
            to_map: {
                let e = entry(quote!(#ft::__field_to_value(&self.#name)));
                quote!(if !self.#name.is_absent() { #e; })
            },
        },
        Presence::RequiredNullable => Part {
            slot: quote!(#om::Option<#ty>),
            init: quote!(#om::None),
            setters: quote! {
                #[doc = #doc]
                pub fn #setter(mut self, value: impl #om::Into<#inner>) -> Self {
                    self.#name = #om::Some(#om::Some(value.into()));
                    self
                }

                #[doc = #null_doc]
                pub fn #null_setter(mut self) -> Self {
                    self.#name = #om::Some(#om::None);
                    self
                }
            },
            ..required(om, name, entry(quote!(#ft::__field_to_value(__v))))
        },
    }
}

/// What a required field's part has besides its slot and setters: its
/// value, known to be set (`build()` checked first), whether it is missing,
/// and `entry` (of `__v`) in the partial document when it is set.
fn required(om: &TokenStream, name: &syn::Ident, entry: TokenStream) -> Part {
    Part {
        slot: TokenStream::new(),
        init: TokenStream::new(),
        setters: TokenStream::new(),
        take: take_required(om, name),
        missing: quote!(__missing |= self.#name.is_none();),
        to_map: quote!(if let #om::Some(__v) = &self.#name { #entry; }),
    }
}

/// A required field's value, known to be set (`build()` checked first).
fn take_required(om: &TokenStream, name: &syn::Ident) -> TokenStream {
    quote!(#om::builder_take(self.#name)?)
}

/// What the flattened base, or the extension map, adds to each part of
/// the builder (empty where the model has none).
#[derive(Default)]
struct Whole {
    slot: TokenStream,
    /// Its slot in a new builder.
    init: TokenStream,
    setter: TokenStream,
    /// Its `name: value,` in the model built.
    take: TokenStream,
    /// `__missing |= …;`
    missing: TokenStream,
    /// What `build()` does with it once the model is built.
    apply: TokenStream,
    to_map: TokenStream,
}

fn base_whole(m: &Model<'_>) -> Whole {
    let (om, ident) = (&m.om, m.ident);
    let Some(b) = &m.s.base else {
        return Whole::default();
    };
    let (bi, bt) = (b.ident, b.ty);
    let doc = format!("Sets the base model (`allOf`) whose keys `{ident}` shares.");
    let take = take_required(om, bi);
    Whole {
        slot: quote!(#bi: #om::Option<#bt>,),
        init: quote!(#bi: #om::None,),
        setter: quote! {
            #[doc = #doc]
            pub fn #bi(mut self, value: impl #om::Into<#bt>) -> Self {
                self.#bi = #om::Some(value.into());
                self
            }
        },
        take: quote!(#bi: #take,),
        missing: quote!(__missing |= self.#bi.is_none();),
        apply: TokenStream::new(),
        to_map: quote! {
            if let #om::Some(__b) = &self.#bi {
                #om::ModelFields::__body_to_map(__b, &mut __map, #om::None);
            }
        },
    }
}

fn extras_whole(m: &Model<'_>) -> Whole {
    let Model {
        om,
        closed,
        extra_ty,
        extra_field,
        ..
    } = m;
    if *closed {
        return Whole::default();
    }
    Whole {
        slot: quote!(#extra_field: #om::Vec<(#om::String, #extra_ty)>,),
        init: quote!(#extra_field: #om::Vec::new(),),
        setter: quote! {
            /// Adds a key to the extension map (`insert_extra` at `build()`).
            pub fn extra(mut self, key: impl #om::Into<#om::String>, value: impl #om::Into<#extra_ty>) -> Self {
                self.#extra_field.push((key.into(), value.into()));
                self
            }
        },
        take: quote!(#extra_field: #om::Extras::new(),),
        missing: TokenStream::new(),
        apply: quote! {
            for (__k, __v) in self.#extra_field {
                if let #om::Err(__e) = __model.insert_extra(__k, __v) {
                    __errors.push(#om::Error::new(#om::ErrorKind::Custom(#om::ToString::to_string(&__e)), #om::Path::root()));
                }
            }
        },
        to_map: quote! {
            for (__k, __v) in &self.#extra_field {
                __map.insert(__k.clone(), #om::Encode::__to_value(__v));
            }
        },
    }
}

pub(crate) fn impls(m: &Model<'_>, vis: &syn::Visibility) -> TokenStream {
    let Model {
        om,
        s,
        ident,
        skipped_init,
        ..
    } = m;
    let builder = format_ident!("{}Builder", ident);
    let taken = taken_names(m);
    let parts: Vec<Part> = s
        .fields
        .iter()
        .zip(&m.fields.ft)
        .map(|(f, ft)| part(m, f, ft, &taken))
        .collect();
    let (cfgs, names) = (&m.fields.cfgs, &m.fields.names);
    let slots = parts.iter().map(|p| &p.slot);
    let inits = parts.iter().map(|p| &p.init);
    let (ig, tg, wc, self_ty) = (
        &m.head.impl_generics,
        &m.head.ty_generics,
        &m.head.where_clause,
        &m.head.self_ty,
    );
    let setters = parts.iter().map(|p| &p.setters);
    let takes = parts.iter().map(|p| &p.take);
    let missing = parts.iter().map(|p| &p.missing);
    let to_map = parts.iter().map(|p| &p.to_map);
    let Whole {
        slot: base_slot,
        init: base_init,
        setter: base_setter,
        take: base_take,
        missing: base_missing,
        to_map: base_map,
        ..
    } = base_whole(m);
    let Whole {
        slot: extra_slot,
        init: extra_builder_init,
        setter: extra_setter,
        take: extra_init,
        apply: extra_apply,
        to_map: extra_map,
        ..
    } = extras_whole(m);
    let builder_doc = format!("Builds a [`{ident}`] with named setters: [`{ident}::builder`].");
    quote! {
        #[doc = #builder_doc]
        #[must_use]
        #[allow(non_camel_case_types)]
        #vis struct #builder #ig #wc {
            #base_slot
            #( #cfgs #names: #slots, )*
            #extra_slot
        }

        #[automatically_derived]
        #[allow(non_camel_case_types)]
        impl #ig #om::Default for #builder #tg #wc {
            fn default() -> Self {
                #builder {
                    #base_init
                    #( #cfgs #names: #inits, )*
                    #extra_builder_init
                }
            }
        }

        #[automatically_derived]
        #[allow(non_camel_case_types)]
        impl #ig #builder #tg #wc {
            #base_setter
            #( #cfgs #setters )*
            #extra_setter

            /// The model, validated: every required field that was not set
            /// and every failed check, in one report.
            pub fn build(self) -> #om::Result<#self_ty, #om::Report> {
                let mut __missing = false;
                #base_missing
                #( #cfgs { #missing } )*
                if __missing {
                    let mut __map = #om::Map::new();
                    #base_map
                    #( #cfgs { #to_map } )*
                    #extra_map
                    // What is set, as a document: decoding it reports every
                    // missing key and every failed check at once.
                    return #om::from_value::<#self_ty>(#om::Value::Dict(__map));
                }
                let mut __model = #ident {
                    #base_take
                    #( #cfgs #names: #takes, )*
                    #skipped_init
                    #extra_init
                };
                let mut __errors = #om::Vec::new();
                #extra_apply
                if let #om::Err(__report) = #om::OpenModel::validate(&__model) {
                    __errors.extend(__report.into_errors());
                }
                if __errors.is_empty() {
                    #om::Ok(__model)
                } else {
                    #om::Err(#om::Report::new(__errors))
                }
            }
        }

        #[automatically_derived]
        impl #ig #self_ty #wc {
            /// A builder with named setters; optional fields start absent.
            pub fn builder() -> #builder #tg {
                #om::Default::default()
            }
        }
    }
}
