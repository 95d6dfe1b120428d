//! The per-field lists every part of a struct's code reads, computed once.

use crate::ast::{Presence, Struct};
use crate::emit_keywords::format_check;
use crate::emit_shared::{json_key_literal, om, ty_span};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};

/// One entry per typed field, in declaration order.
pub(crate) struct FieldLists {
    /// The field's slot in the decoding state (`__f0`).
    pub slot: Vec<syn::Ident>,
    pub idx: Vec<usize>,
    pub names: Vec<syn::Ident>,
    pub tys: Vec<syn::Type>,
    pub wires: Vec<String>,
    /// The field's `#[cfg]` attributes, carried onto everything generated for it.
    pub cfgs: Vec<TokenStream>,
    /// `null` is allowed in documents.
    pub nullable: Vec<bool>,
    /// `None` is fine in a value built in code (an absent key or a null).
    pub none_ok: Vec<bool>,
    /// The field's check (format and keywords), or `None`.
    pub checks: Vec<TokenStream>,
    /// `<T as FieldType>`, spanned at the field's type: every use of the type
    /// is this one obligation, so a type that is no field type is one error.
    pub ft: Vec<TokenStream>,
    /// `"wire":` as a byte string, escaped once.
    pub key_lits: Vec<Literal>,
    /// Whether the field is left out of output: an absent optional.
    pub absent: Vec<TokenStream>,
}

impl FieldLists {
    pub(crate) fn of(s: &Struct<'_>) -> FieldLists {
        let om = om();
        let n = s.fields.len();
        let slot: Vec<_> = (0..n).map(|i| format_ident!("__f{}", i)).collect();
        let idx: Vec<_> = (0..n).collect();
        let names: Vec<_> = s.fields.iter().map(|f| f.ident).collect();
        let tys: Vec<_> = s.fields.iter().map(|f| f.ty).collect();
        let wires: Vec<_> = s.fields.iter().map(|f| f.wire.as_str()).collect();
        let cfgs: Vec<_> = s
            .fields
            .iter()
            .map(|f| {
                let c = &f.cfgs;
                quote!(#(#c)*)
            })
            .collect();
        let nullable: Vec<_> = s.fields.iter().map(|f| f.presence.nullable()).collect();
        // In a value built in code, `None` of an optional `Option` field is an
        // absent key, not a null.
        let none_ok: Vec<_> = s
            .fields
            .iter()
            .map(|f| f.presence.nullable() || f.presence == Presence::Optional)
            .collect();
        let checks: Vec<_> = s.fields.iter().map(format_check).collect();
        // `<T as FieldType>`, spanned at the field's type: every use of the type
        // is this one obligation, so a type that is no field type is one error.
        let ft: Vec<_> = s
            .fields
            .iter()
            .map(|f| {
                let ty = f.ty;
                quote_spanned!(ty_span(ty)=> <#ty as #om::FieldType>)
            })
            .collect();
        let key_lits: Vec<_> = s.fields.iter().map(|f| json_key_literal(&f.wire)).collect();
        // Whether a field is left out of output: an absent optional.
        let absent: Vec<_> = s
            .fields
            .iter()
            .map(|f| {
                let (name, ty) = (f.ident, f.ty);
                match f.presence {
                    Presence::Optional => quote!(self.#name.is_none()),
                    Presence::OptionalNullable => {
                        quote_spanned!(ty_span(ty)=> <#ty as #om::FieldType>::__field_is_absent(&self.#name))
                    }
                    Presence::Required | Presence::RequiredNullable => quote!(false),
                }
            })
            .collect();
        FieldLists {
            slot,
            idx,
            names: names.into_iter().cloned().collect(),
            tys: tys.into_iter().cloned().collect(),
            wires: wires.into_iter().map(str::to_owned).collect(),
            cfgs,
            nullable,
            none_ok,
            checks,
            ft,
            key_lits,
            absent,
        }
    }
}
