//! What several emitters share: the path generated code names everything
//! through, names and keys, a type's schema identity and annotations, and
//! the impls every generated type has.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

pub fn om() -> TokenStream {
    quote!(::open_model::__private)
}

/// A key as JSON text (`"stepRunId":`), escaped once, at compile time.
pub fn json_key_literal(wire: &str) -> Literal {
    let mut out = String::from("\"");
    for c in wire.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push_str("\":");
    Literal::byte_string(out.as_bytes())
}

pub fn opt_str(v: Option<&str>) -> TokenStream {
    let om = om();
    match v {
        Some(s) => quote!(#om::Some(#s)),
        None => quote!(#om::None),
    }
}

/// The annotations of a whole type (`title`, `deprecated`, `default`), set on `__s`.
pub fn container_annotations(attrs: &crate::attr::ContainerAttrs) -> TokenStream {
    let om = om();
    let mut out = TokenStream::new();
    if let Some(t) = &attrs.title {
        out.extend(quote!(#om::schema_set(&mut __s, "title", #om::Value::from(#t));));
    }
    if let Some(f) = &attrs.format {
        let name = &f.value.name;
        out.extend(quote!(#om::schema_set(&mut __s, "format", #om::Value::from(#name));));
    }
    if attrs.deprecated.is_some() {
        out.extend(quote!(#om::schema_set(&mut __s, "deprecated", #om::Value::Bool(true));));
    }
    if let Some(d) = &attrs.default_json {
        out.extend(quote!(#om::schema_set(&mut __s, "default", #om::json_value(#d));));
    }
    out
}

/// The schema's `example` from the container's `example_json` (an
/// annotation), for every kind of item.
pub fn container_example(attrs: &crate::attr::ContainerAttrs) -> TokenStream {
    let om = om();
    match &attrs.example_json {
        Some(e) => quote!(#om::schema_set(&mut __s, "example", #om::json_value(#e));),
        None => quote!(),
    }
}

/// The component name of a type: its `rename`, or the Rust name.
pub fn component_name(ident: &syn::Ident, attrs: &crate::attr::ContainerAttrs) -> String {
    attrs
        .rename
        .as_ref()
        .map_or_else(|| ident.to_string(), |r| r.value.clone())
}

/// The constants of a `Schema` impl that say which component a type is:
/// its name (none when `inline`), and its Rust path, by which `SchemaGen`
/// tells two types of one name apart.
pub fn schema_identity(ident: &syn::Ident, attrs: &crate::attr::ContainerAttrs) -> TokenStream {
    schema_identity_for(ident, attrs, &syn::Generics::default())
}

/// [`schema_identity`] of a type with generic parameters: each
/// instantiation is its own component, named after the model and its type
/// arguments (`Page_Charge`).
pub fn schema_identity_for(
    ident: &syn::Ident,
    attrs: &crate::attr::ContainerAttrs,
    generics: &syn::Generics,
) -> TokenStream {
    let params: Vec<_> = generics.type_params().map(|p| &p.ident).collect();
    if params.is_empty() || attrs.inline.is_some() {
        return schema_identity_plain(ident, attrs);
    }
    let om = om();
    let name = component_name(ident, attrs);
    let rust_name = ident.to_string();
    quote! {
        const RUST_PATH: &'static str = #om::concat!(#om::module_path!(), "::", #rust_name);

        fn component_name() -> #om::Option<#om::Cow<'static, str>> {
            let mut __name = #om::String::from(#name);
            #(
                __name.push('_');
                __name.push_str(&#om::instance_name::<#params>());
            )*
            #om::Some(#om::Cow::Owned(__name))
        }
    }
}

fn schema_identity_plain(ident: &syn::Ident, attrs: &crate::attr::ContainerAttrs) -> TokenStream {
    let om = om();
    let component = if attrs.inline.is_some() {
        quote!(#om::None)
    } else {
        let name = component_name(ident, attrs);
        quote!(#om::Some(#name))
    };
    let rust_name = ident.to_string();
    quote! {
        const COMPONENT: #om::Option<&'static str> = #component;
        const RUST_PATH: &'static str = #om::concat!(#om::module_path!(), "::", #rust_name);
    }
}

pub fn ty_span(ty: &syn::Type) -> proc_macro2::Span {
    syn::spanned::Spanned::span(ty)
}

/// The head of every impl of a generated type: its generic parameters
/// (each bounded by `FieldType + 'static`, what a model needs of its type
/// arguments),
/// and the type itself with them (`Page<T>`).
pub struct ImplHead {
    pub impl_generics: TokenStream,
    pub ty_generics: TokenStream,
    pub where_clause: TokenStream,
    pub self_ty: TokenStream,
    /// The impl generics with `'de` first, for `Deserialize`.
    pub de_generics: TokenStream,
    /// The impl and type generics with `__K: Keep` first, for the decoding
    /// state (what the decoder keeps of each field).
    pub keep_impl_generics: TokenStream,
    pub keep_ty_generics: TokenStream,
}

impl ImplHead {
    pub fn of(ident: &syn::Ident, generics: &syn::Generics) -> ImplHead {
        let om = om();
        let mut g = generics.clone();
        // A model owns what it holds (no lifetimes), and `Map<T>` needs
        // `T: 'static` for its free-form case.
        for p in g.type_params_mut() {
            p.bounds.push(syn::parse_quote!(#om::FieldType));
            p.bounds.push(syn::parse_quote!('static));
        }
        let (ig, tg, wc) = g.split_for_impl();
        let mut with_de = g.clone();
        with_de.params.insert(0, syn::parse_quote!('de));
        let (de, _, _) = with_de.split_for_impl();
        let mut with_keep = g.clone();
        with_keep
            .params
            .insert(0, syn::parse_quote!(__K: #om::Keep));
        let (kig, ktg, _) = with_keep.split_for_impl();
        ImplHead {
            impl_generics: quote!(#ig),
            ty_generics: quote!(#tg),
            where_clause: quote!(#wc),
            self_ty: quote!(#ident #tg),
            de_generics: quote!(#de),
            keep_impl_generics: quote!(#kig),
            keep_ty_generics: quote!(#ktg),
        }
    }

    pub fn plain(ident: &syn::Ident) -> ImplHead {
        ImplHead::of(ident, &syn::Generics::default())
    }
}

/// The impls every generated type has: `FieldType`, serde's `Deserialize`
/// (collecting every error) and `Serialize`, and conversions with `Value`.
pub fn serde_and_value_impls(ident: &syn::Ident) -> TokenStream {
    serde_and_value_impls_for(&ImplHead::plain(ident))
}

/// [`serde_and_value_impls`] of a type with generic parameters.
pub fn serde_and_value_impls_for(head: &ImplHead) -> TokenStream {
    let om = om();
    let ImplHead {
        impl_generics: ig,
        where_clause: wc,
        self_ty: ty,
        de_generics: de,
        ..
    } = head;
    quote! {
        #[automatically_derived]
        impl #ig #om::FieldType for #ty #wc {}

        #[automatically_derived]
        impl #de #om::serde::Deserialize<'de> for #ty #wc {
            fn deserialize<__D: #om::serde::Deserializer<'de>>(__d: __D) -> #om::Result<Self, __D::Error> {
                #om::deserialize_collecting(__d)
            }
        }

        #[automatically_derived]
        impl #ig #om::serde::Serialize for #ty #wc {
            fn serialize<__S: #om::serde::Serializer>(&self, __s: __S) -> #om::Result<__S::Ok, __S::Error> {
                #om::Encode::__serialize(self, __s)
            }
        }

        #[automatically_derived]
        impl #ig #om::From<#ty> for #om::Value #wc {
            fn from(__v: #ty) -> #om::Value {
                #om::Encode::__to_value(&__v)
            }
        }

        #[automatically_derived]
        impl #ig #om::TryFrom<#om::Value> for #ty #wc {
            type Error = #om::Report;
            fn try_from(__v: #om::Value) -> #om::Result<Self, #om::Report> {
                #om::from_value(__v)
            }
        }
    }
}

/// `cfg!(pred)` for the field's `#[cfg(pred)]` attributes (all must hold).
pub fn cfg_predicate(cfgs: &[&syn::Attribute]) -> TokenStream {
    let om = om();
    let preds: Vec<TokenStream> = cfgs
        .iter()
        .filter_map(|a| match &a.meta {
            syn::Meta::List(l) => {
                let t = &l.tokens;
                Some(quote!(#om::cfg!(#t)))
            }
            _ => None,
        })
        .collect();
    if preds.is_empty() {
        quote!(true)
    } else {
        quote!(#(#preds)&&*)
    }
}
