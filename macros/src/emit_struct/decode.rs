//! Decoding a struct: its state (one slot per typed field, of the kind the
//! runtime's `Keep` says: the value when decoding, nothing when checking),
//! `ModelDecode` (one field decoder, generic over `Keep` and over where the
//! value comes from, JSON or serde, which the runtime's drivers call per
//! key; then `finish`, or `check_finish` when checking), and `Decode`.

use super::fields::FieldLists;
use super::whole::WholeChecks;
use super::Model;
use proc_macro2::TokenStream;
use quote::quote;

pub(crate) fn impls(m: &Model<'_>) -> TokenStream {
    let state = state(m);
    let model_decode = model_decode(m);
    let decode = decode(m);
    quote! {
        #state
        #model_decode
        #decode
    }
}

/// The decoding state: one slot per typed field (an `Option` of it when
/// decoding, nothing when checking: `Keep` says), and the base's state.
fn state(m: &Model<'_>) -> TokenStream {
    let Model {
        om, fields, base, ..
    } = m;
    let (kig, ktg, wc) = (
        &m.head.keep_impl_generics,
        &m.head.keep_ty_generics,
        &m.head.where_clause,
    );
    let FieldLists {
        slot, tys, cfgs, ..
    } = fields;
    let (base_state, base_default) = (&base.state, &base.default);
    // A type parameter no typed field holds (one only the extension map or
    // a skipped field holds) is still the state's.
    let params: Vec<_> = m.generics.type_params().map(|p| &p.ident).collect();
    quote! {
            #[doc(hidden)]
            #[allow(non_snake_case, non_camel_case_types)]
            pub struct __OpenModelState #kig #wc {
                #( #cfgs #slot: <__K as #om::Keep>::Slot<#tys>, )*
                #base_state
                __marker: #om::PhantomData<fn() -> (__K, #(#params,)*)>,
            }

            #[automatically_derived]
            impl #kig #om::Default for __OpenModelState #ktg #wc {
                fn default() -> Self {
                    __OpenModelState {
                        #( #cfgs #slot: #om::Default::default(), )*
                        #base_default
                        __marker: #om::PhantomData,
                    }
                }
            }
    }
}

/// `ModelDecode`: names and indices of the keys, decoding one key's value
/// into its slot (JSON and serde), and `finish`.
fn model_decode(m: &Model<'_>) -> TokenStream {
    let Model {
        om,
        refuses_other_keys,
        extra_ty,
        n,
        fields,
        base,
        ..
    } = m;
    let (ig, wc, self_ty) = (&m.head.impl_generics, &m.head.where_clause, &m.head.self_ty);
    let FieldLists {
        slot,
        idx,
        wires,
        cfgs,
        nullable,
        checks,
        ft,
        ..
    } = fields;
    let (base_count, base_wire, base_index) = (&base.count, &base.wire, &base.index);
    let base_source = &base.source;
    let params: Vec<_> = m.generics.type_params().map(|p| &p.ident).collect();
    let finish = finish(m);
    let check = check_in_place(m);
    let key_patterns = super::key_patterns::decode_items(m);
    let attrs = &m.s.attrs;
    let key_rules = !attrs.dependent_required.is_empty()
        || !attrs.dependent_schemas.is_empty()
        || attrs.property_names.is_some();
    quote! {
            #[automatically_derived]
            impl #ig #om::ModelDecode for #self_ty #wc {
                type State<__K: #om::Keep> = __OpenModelState<__K, #(#params,)*>;
                type Extra = #extra_ty;
                const CLOSED: bool = #refuses_other_keys;
                const KEY_RULES: bool = #key_rules;
                const FIELD_COUNT: usize = #n + #base_count;

                fn wire_name(__index: usize) -> &'static str {
                    match __index {
                        #( #idx => #wires, )*
                        #base_wire
                    }
                }

                #[inline]
                fn field_index(__key: &str) -> #om::Option<usize> {
                    match __key {
                        #( #cfgs #wires => #om::Some(#idx), )*
                        #base_index
                    }
                }

                #[inline]
                fn decode_field<__K: #om::Keep, __S: #om::FieldSource<__K>>(
                    __state: &mut __OpenModelState<__K, #(#params,)*>,
                    __index: usize,
                    __source: __S,
                ) -> #om::Result<(), __S::Error> {
                    match __index {
                        #(
                            #cfgs
                            #idx => #ft::__field_from::<__K, __S>(&mut __state.#slot, __source, #nullable, #checks)?,
                        )*
                        #base_source
                    }
                    #om::Ok(())
                }

                #finish
                #check
                #key_patterns
            }
    }
}

/// The validate-only side of `ModelDecode`: each key's value checked in
/// place, and the absent keys' errors of `finish` without the values. A
/// model whose own checks need its value is decoded and dropped instead.
fn check_in_place(m: &Model<'_>) -> TokenStream {
    let Model { om, base, .. } = m;
    if WholeChecks::of(m).needs_value() {
        return quote!();
    }
    let (base_finish, base_in_place) = (&base.check_finish, &base.checks_in_place);
    let absent = check_absent_fields(m);
    quote! {
                const CHECKS_IN_PLACE: bool = #base_in_place;

                fn check_finish(__seen: &#om::Seen, __ctx: &mut #om::Ctx, __ok: bool) -> bool {
                    let mut __ok = __ok;
                    #base_finish
                    #( #absent )*
                    __ok
                }
    }
}

/// `finish`: every slot to its field (a missing required key is an error,
/// an absent optional takes its default), then the model and its checks.
fn finish(m: &Model<'_>) -> TokenStream {
    let Model {
        om,
        ident,
        closed,
        extra_ty,
        extra_field,
        fields,
        base,
        skipped_init,
        ..
    } = m;
    let params: Vec<_> = m.generics.type_params().map(|p| &p.ident).collect();
    let FieldLists {
        slot, names, cfgs, ..
    } = fields;
    let (base_finish, base_build) = (&base.finish, &base.build);
    let check_count_finish = WholeChecks::of(m).finish;
    let finish_fields = finish_fields(m);
    let build_fields = names.iter().zip(slot).enumerate().map(|(i, (name, slot))| {
        let cfg = &cfgs[i];
        quote!(#cfg #name: #slot?,)
    });
    let (build_extra, extra_init) = if *closed {
        (quote!(let _ = __extra;), quote!())
    } else {
        (quote!(), quote!(#extra_field: __extra,))
    };
    quote! {
                fn finish(
                    __state: __OpenModelState<#om::Build, #(#params,)*>,
                    __seen: &#om::Seen,
                    __extra: #om::Extras<#extra_ty>,
                    __ctx: &mut #om::Ctx,
                    __ok: bool,
                ) -> #om::Option<Self> {
                    let mut __ok = __ok;
                    #base_finish
                    #( #finish_fields )*
                    if !__ok {
                        return #om::None;
                    }
                    #build_extra
                    let __model = #ident { #base_build #( #build_fields )* #skipped_init #extra_init };
                    #check_count_finish
                    #om::Some(__model)
                }
    }
}

/// Each slot's value: decoded, absent (an error when required, the default
/// when one applies), or failed; the runtime's `finish_*` say how.
fn finish_fields(m: &Model<'_>) -> Vec<TokenStream> {
    let Model { om, fields, .. } = m;
    let FieldLists { slot, cfgs, .. } = fields;
    absent_rules(m)
        .into_iter()
        .enumerate()
        .map(|(i, rule)| {
            let (slot, cfg) = (&slot[i], &cfgs[i]);
            // The slot and whether its key was seen.
            let args = quote!(__state.#slot, __seen.contains(#i));
            let value = match rule {
                Absent::Missing(wire) => {
                    quote!(#om::finish_required(#args, #wire, __ctx, &mut __ok))
                }
                Absent::Default(d) => quote!(#om::finish_defaulted(#args, || #d, __ctx, &mut __ok)),
                Absent::Empty => quote!(#om::finish_optional(#args, &mut __ok)),
            };
            quote!(#cfg let #slot = #value;)
        })
        .collect()
}

/// `finish_fields` when checking: only the errors of the absent keys.
fn check_absent_fields(m: &Model<'_>) -> Vec<TokenStream> {
    let Model { om, fields, .. } = m;
    let FieldLists { cfgs, .. } = fields;
    absent_rules(m)
        .into_iter()
        .enumerate()
        .map(|(i, rule)| {
            let cfg = &cfgs[i];
            let seen = quote!(__seen.contains(#i));
            match rule {
                Absent::Missing(wire) => {
                    quote!(#cfg #om::check_required(#seen, #wire, __ctx, &mut __ok);)
                }
                Absent::Default(d) => {
                    quote!(#cfg #om::check_defaulted(#seen, || #d, __ctx, &mut __ok);)
                }
                Absent::Empty => quote!(),
            }
        })
        .collect()
}

/// What an absent key gives, one rule for decoding and checking.
enum Absent<'a> {
    /// Required: a `Missing` error naming this wire name.
    Missing(&'a str),
    /// Its default: this decodes it (an invalid default is an error).
    Default(TokenStream),
    /// `Default::default()` (absent, empty).
    Empty,
}

fn absent_rules<'a>(m: &'a Model<'_>) -> Vec<Absent<'a>> {
    let Model { om, s, .. } = m;
    s.fields
        .iter()
        .map(|f| {
            let wire = &f.wire;
            if f.presence.required() {
                return Absent::Missing(wire);
            }
            match (s.attrs.apply_defaults, &f.keywords.default_json) {
                (Some(_), Some(text)) => {
                    let ty = f.ty;
                    Absent::Default(quote!(#om::decode_default::<#ty>(#text, #wire)))
                }
                _ => Absent::Empty,
            }
        })
        .collect()
}

/// `Decode`: through the runtime's model drivers; `__validate` checks the
/// typed fields, the extras and the whole model.
fn decode(m: &Model<'_>) -> TokenStream {
    let Model {
        om,
        closed,
        extra_field,
        ..
    } = m;
    let (ig, wc, self_ty) = (&m.head.impl_generics, &m.head.where_clause, &m.head.self_ty);
    let validate_extras = if *closed {
        quote!()
    } else {
        quote!(#om::validate_extras(&self.#extra_field, __ctx);)
    };
    let check_count_validate = WholeChecks::of(m).validate;
    let validate_key_patterns = super::key_patterns::validate(m);
    quote! {
            #[automatically_derived]
            impl #ig #om::Decode for #self_ty #wc {
                #[inline]
                fn __decode_json(__r: &mut #om::JsonReader<'_>, __peek: #om::Peek) -> #om::Step<Self> {
                    #om::decode_model_json::<Self>(__r, __peek)
                }

                #[inline]
                fn __check_json(__r: &mut #om::JsonReader<'_>, __peek: #om::Peek) -> #om::Result<bool, #om::Fatal> {
                    #om::check_model_json::<Self>(__r, __peek)
                }

                fn __decode_serde<'de, __D: #om::serde::Deserializer<'de>>(
                    __d: __D,
                    __ctx: &mut #om::Ctx,
                ) -> #om::Result<#om::Option<Self>, __D::Error> {
                    #om::decode_model_serde::<Self, __D>(__d, __ctx)
                }

                fn __validate(&self, __ctx: &mut #om::Ctx) {
                    #om::ModelFields::__validate_fields(self, __ctx);
                    #validate_extras
                    #validate_key_patterns
                    #check_count_validate
                }
            }
    }
}
