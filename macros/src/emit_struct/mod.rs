//! Code generated for a struct: the struct with its extension map, decoding
//! (JSON and serde), encoding, validation, access by wire name, schema and
//! metadata. [`Model`] gathers what every part needs, computed once; each
//! part is a file: `decode`, `encode`, `schema`, `metadata`, and `base` for
//! a flattened base (`allOf`), `whole` for the checks of the whole model.

mod base;
mod builder;
mod decode;
mod encode;
mod fields;
mod key_patterns;
mod metadata;
mod schema;
mod whole;

use crate::ast::Struct;
use crate::check::EXTRA_FIELD;
use crate::emit_shared::om;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// What the parts of a struct's code share.
pub(super) struct Model<'a> {
    /// `::open_model::__private`.
    pub om: TokenStream,
    pub s: &'a Struct<'a>,
    pub ident: &'a syn::Ident,
    /// No extension map: `closed` without `pattern_properties`.
    pub closed: bool,
    /// `closed`: keys that are neither typed fields nor matched by a key
    /// pattern are refused.
    pub refuses_other_keys: bool,
    /// The type of the extension map's values.
    pub extra_ty: TokenStream,
    /// `extra`.
    pub extra_field: syn::Ident,
    /// The number of the model's own typed fields.
    pub n: usize,
    pub fields: fields::FieldLists,
    pub base: base::BaseParts,
    /// The impls' generic parameters and the model's type with them.
    pub head: crate::emit_shared::ImplHead,
    /// The model's generic parameters, as written.
    pub generics: &'a syn::Generics,
    /// `name: Default::default(),` for each `skip` field, wherever the model
    /// is built (decoding, `new`).
    pub skipped_init: TokenStream,
}

/// Each `skip` field's value where the model is built: its `Default`,
/// spanned at its type so a type without one is an error there.
fn skipped_init(s: &Struct<'_>, om: &TokenStream) -> TokenStream {
    s.skipped
        .iter()
        .map(|f| {
            let (ident, ty, cfgs) = (f.ident, f.ty, &f.cfgs);
            let span = syn::spanned::Spanned::span(ty);
            let default = quote::quote_spanned!(span=> <#ty as #om::Default>::default());
            quote!(#(#cfgs)* #ident: #default,)
        })
        .collect()
}

pub fn emit_struct(item: &syn::ItemStruct, s: &Struct<'_>) -> TokenStream {
    let om = om();
    let extra_ty = match &s.attrs.extra {
        Some(t) => {
            let t = &t.value;
            quote!(#t)
        }
        None => quote!(#om::Value),
    };
    let model = Model {
        ident: s.ident,
        closed: !s.attrs.has_extension_map(),
        refuses_other_keys: s.attrs.closed.is_some(),
        extra_ty,
        extra_field: format_ident!("{}", EXTRA_FIELD),
        n: s.fields.len(),
        fields: fields::FieldLists::of(s),
        base: base::BaseParts::of(s),
        skipped_init: skipped_init(s, &om),
        head: crate::emit_shared::ImplHead::of(s.ident, &item.generics),
        generics: &item.generics,
        om,
        s,
    };
    let out_item = metadata::item(&model, item);
    let decode = decode::impls(&model);
    let encode = encode::impls(&model);
    let schema = schema::impls(&model);
    let metadata = metadata::impls(&model);
    let builder = builder::impls(&model, &item.vis);
    quote! {
        #out_item

        #builder

        #[allow(non_local_definitions)]
        const _: () = {
            #decode
            #encode
            #schema
            #metadata
        };
    }
}
