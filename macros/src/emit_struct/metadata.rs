//! A struct's item (with its extension map) and what it says of itself:
//! `OpenModel` (name, field metadata, access by wire name), the serde and
//! `Value` impls, the constructor and `insert_extra`.

use super::Model;
use crate::emit_shared::{cfg_predicate, component_name, opt_str, serde_and_value_impls_for};
use proc_macro2::TokenStream;
use quote::quote;

/// The struct as the user wrote it, our attributes stripped, with its
/// extension map when it is open.
pub(crate) fn item(m: &Model<'_>, item: &syn::ItemStruct) -> TokenStream {
    let Model {
        om,
        closed,
        extra_ty,
        extra_field,
        ..
    } = m;
    let closed = *closed;
    let mut out_item = item.clone();
    out_item.attrs.retain(|a| !crate::attr::is_ours(a));
    if let syn::Fields::Named(named) = &mut out_item.fields {
        for f in named.named.iter_mut() {
            f.attrs.retain(|a| !crate::attr::is_ours(a));
        }
        if !closed {
            let vis = &item.vis;
            let field: syn::Field = syn::parse_quote! {
                /// Every key of the document that is not a typed field, with its
                /// value, in document order. Add keys with `insert_extra`.
                #vis #extra_field: #om::Extras<#extra_ty>
            };
            named.named.push(field);
        }
    }

    quote!(#out_item)
}

pub(crate) fn impls(m: &Model<'_>) -> TokenStream {
    let Model {
        om,
        s,
        ident,
        closed,
        extra_ty,
        extra_field,
        base,
        skipped_init,
        ..
    } = m;
    let (ig, wc, self_ty) = (&m.head.impl_generics, &m.head.where_clause, &m.head.self_ty);
    let closed = *closed;
    let (base_param, base_ctor) = (&base.param, &base.ctor);
    let fields = fields_const(m);
    let name_str = component_name(ident, &s.attrs);
    let description = opt_str(s.description.as_deref());

    let ctor_params = s.fields.iter().filter(|f| f.presence.required()).map(|f| {
        let (name, ty, cfg) = (f.ident, f.ty, &f.cfgs);
        quote!(#(#cfg)* #name: #ty)
    });
    let ctor_fields = s.fields.iter().map(|f| {
        let (name, cfg) = (f.ident, &f.cfgs);
        if f.presence.required() {
            quote!(#(#cfg)* #name,)
        } else {
            quote!(#(#cfg)* #name: #om::Default::default(),)
        }
    });
    let ctor_extra = if closed {
        quote!()
    } else {
        quote!(#extra_field: #om::Extras::new(),)
    };

    let get_extra = if closed {
        quote!(#om::None)
    } else {
        quote!(self.#extra_field.get(__key).map(#om::Encode::__to_value))
    };
    let insert_extra = if closed {
        quote!()
    } else {
        quote! {
            /// Adds a key to the extension map. A key that is the wire name of
            /// a typed field is refused (set the field instead), so output
            /// never has a key twice. Returns the value the key had.
            pub fn insert_extra(
                &mut self,
                key: impl #om::Into<#om::String>,
                value: impl #om::Into<#extra_ty>,
            ) -> #om::Result<#om::Option<#extra_ty>, #om::ExtraKeyError> {
                self.#extra_field.__insert_checked(key.into(), value.into(), <Self as #om::OpenModel>::FIELDS)
            }
        }
    };

    let shared = serde_and_value_impls_for(&m.head);
    quote! {
            #[automatically_derived]
            impl #ig #om::OpenModel for #self_ty #wc {
                const NAME: &'static str = #name_str;
                const DESCRIPTION: #om::Option<&'static str> = #description;
                const FIELDS: &'static [#om::FieldInfo] = #fields;
                const CLOSED: bool = #closed;

                fn get(&self, __key: &str) -> #om::Option<#om::Value> {
                    match #om::ModelFields::__get_field(self, __key) {
                        #om::Some(__typed) => __typed,
                        #om::None => #get_extra,
                    }
                }
            }

            #shared

            #[automatically_derived]
            impl #ig #self_ty #wc {
                /// Builds the model from its required fields (optional ones
                /// start absent) and validates it.
                #[allow(clippy::too_many_arguments)]
                pub fn new(#base_param #(#ctor_params),*) -> #om::Result<Self, #om::Report> {
                    let __model = #ident { #base_ctor #(#ctor_fields)* #skipped_init #ctor_extra };
                    #om::OpenModel::validate(&__model)?;
                    #om::Ok(__model)
                }

                #insert_extra
            }
    }
}

/// The value of `OpenModel::FIELDS`: the base's fields, then each typed
/// field whose `#[cfg]` holds, computed at compile time (written out as a
/// list when there is neither a base nor a `#[cfg]`, the common case).
fn fields_const(m: &Model<'_>) -> TokenStream {
    let Model { om, s, base, .. } = m;
    let base_fields_info = &base.fields_info;
    let infos: Vec<TokenStream> = s.fields.iter().map(|f| field_info(om, f)).collect();
    if s.base.is_none() && s.fields.iter().all(|f| f.cfgs.is_empty()) {
        return quote!(&[#(#infos),*]);
    }
    let enabled = s.fields.iter().map(|f| cfg_predicate(&f.cfgs));
    quote! {{
        const ALL: &[(bool, #om::FieldInfo)] = &[#((#enabled, #infos)),*];
        const BASE: &[#om::FieldInfo] = #base_fields_info;
        const COUNT: usize = {
            let mut __n = BASE.len();
            let mut __i = 0;
            while __i < ALL.len() {
                if ALL[__i].0 {
                    __n += 1;
                }
                __i += 1;
            }
            __n
        };
        const ENABLED: [#om::FieldInfo; COUNT] = {
            let mut __out = [#om::FieldInfo::BLANK; COUNT];
            let mut __i = 0;
            let mut __j = 0;
            while __j < BASE.len() {
                __out[__j] = BASE[__j];
                __j += 1;
            }
            while __i < ALL.len() {
                if ALL[__i].0 {
                    __out[__j] = ALL[__i].1;
                    __j += 1;
                }
                __i += 1;
            }
            __out
        };
        &ENABLED
    }}
}

/// One field's `FieldInfo`, naming only what differs from `BLANK`.
fn field_info(om: &TokenStream, f: &crate::ast::Field<'_>) -> TokenStream {
    let wire = &f.wire;
    let rust = f.ident.to_string();
    let rust = rust.strip_prefix("r#").unwrap_or(&rust).to_owned();
    let ty = f.ty;
    let ty_text = quote!(#ty).to_string().replace(' ', "");
    let mut set = Vec::new();
    let flags = [
        ("required", f.presence.required()),
        ("nullable", f.presence.nullable()),
        (
            "format_checked",
            f.format.as_ref().is_some_and(|s| s.value.checked),
        ),
        ("read_only", f.keywords.read_only.is_some()),
        ("write_only", f.keywords.write_only.is_some()),
    ];
    for (name, on) in flags {
        if on {
            let name = proc_macro2::Ident::new(name, proc_macro2::Span::call_site());
            set.push(quote!(#name: true,));
        }
    }
    if let Some(format) = &f.format {
        let format = opt_str(Some(format.value.name.as_str()));
        set.push(quote!(format: #format,));
    }
    if let Some(description) = f.description.as_deref() {
        let description = opt_str(Some(description));
        set.push(quote!(description: #description,));
    }
    quote! {
        #om::FieldInfo { wire_name: #wire, rust_name: #rust, rust_type: #ty_text, #(#set)* ..#om::FieldInfo::BLANK }
    }
}
