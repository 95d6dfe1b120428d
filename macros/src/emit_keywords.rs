//! The checks of one value (a field, or an alias's field) and their schema
//! keywords: its format, then every validation keyword, as one closure.

use crate::emit_shared::{om, ty_span};
use open_model_internals::formats::{self, FormatKind};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};

/// The checks of a field (format, `minimum`, `maximum`, `min_length`), as
/// `Option<fn(&T) -> Result<(), ErrorKind>>`.
pub fn format_check(f: &crate::ast::Field<'_>) -> TokenStream {
    value_check(f.ty, f.format.as_ref(), &f.keywords, f.presence.nullable())
}

/// The check of a value of type `ty`: its format, then its keywords.
/// `nullable`: the value may be null by its declaration (a `Field<T>`, a
/// required `Option<T>`, an alias of an `Option`).
pub fn value_check(
    ty: &syn::Type,
    format: Option<&crate::attr::Spanned<crate::attr::FormatName>>,
    c: &crate::attr::Keywords,
    nullable: bool,
) -> TokenStream {
    let om = om();
    if c.minimum.is_none()
        && c.maximum.is_none()
        && c.min_length.is_none()
        && c.max_length.is_none()
        && c.multiple_of.is_none()
        && c.min_items.is_none()
        && c.max_items.is_none()
        && c.unique_items.is_none()
        && c.prefix_items.is_none()
        && c.contains.is_none()
        && c.conditional.is_none()
        && !c.pattern.as_ref().is_some_and(|p| p.value.checked)
        && c.enum_json.is_none()
        && c.not.is_none()
    {
        return format_check_for(ty, format);
    }
    let format = format_check_for(ty, format);
    let min = c.minimum.as_ref().map(|m| {
        let (v, span) = (&m.value, m.span);
        if c.exclusive_minimum.is_some() {
            quote_spanned!(span=> #om::check_exclusive_minimum::<#ty>(__v, #v)?;)
        } else {
            quote_spanned!(span=> #om::check_minimum::<#ty>(__v, #v)?;)
        }
    });
    let max = c.maximum.as_ref().map(|m| {
        let (v, span) = (&m.value, m.span);
        if c.exclusive_maximum.is_some() {
            quote_spanned!(span=> #om::check_exclusive_maximum::<#ty>(__v, #v)?;)
        } else {
            quote_spanned!(span=> #om::check_maximum::<#ty>(__v, #v)?;)
        }
    });
    let mut len = TokenStream::new();
    if let Some(m) = &c.min_length {
        let (v, span) = (m.value, m.span);
        len.extend(quote_spanned!(span=> #om::check_min_length::<#ty>(__v, #v)?;));
    }
    if let Some(m) = &c.max_length {
        let (v, span) = (m.value, m.span);
        len.extend(quote_spanned!(span=> #om::check_max_length::<#ty>(__v, #v)?;));
    }
    if let Some(m) = &c.multiple_of {
        let (v, span) = (&m.value, m.span);
        len.extend(quote_spanned!(span=> #om::check_multiple_of::<#ty>(__v, #v)?;));
    }
    if let Some(m) = &c.min_items {
        let (v, span) = (m.value, m.span);
        len.extend(quote_spanned!(span=> #om::check_min_items::<#ty>(__v, #v)?;));
    }
    if let Some(m) = &c.max_items {
        let (v, span) = (m.value, m.span);
        len.extend(quote_spanned!(span=> #om::check_max_items::<#ty>(__v, #v)?;));
    }
    if let Some(span) = c.unique_items {
        len.extend(quote_spanned!(span=> #om::check_unique_items::<#ty>(__v)?;));
    }
    if let Some(p) = &c.prefix_items {
        len.extend(prefix_items_check(ty, p, c.additional_items.as_ref()));
    }
    if let Some(t) = &c.contains {
        len.extend(contains_check(ty, t, c));
    }
    if let Some(cond) = &c.conditional {
        len.extend(conditional_check(cond, quote!(__v)));
    }
    if let Some(p) = c.pattern.as_ref().filter(|p| p.value.checked) {
        let (text, span) = (&p.value.text, p.span);
        // Parsing kept only patterns that translate; a refusal here would
        // still be a compile error, never an unchecked field.
        let translated = match open_model_internals::patterns::translate(text) {
            Ok(t) => t,
            Err(why) => {
                let why = format!("invalid `pattern`: {why}");
                return quote_spanned!(span=> compile_error!(#why););
            }
        };
        len.extend(quote_spanned! {span=>
            {
                static __PATTERN: #om::OnceLock<#om::Option<#om::Pattern>> = #om::OnceLock::new();
                let __re = __PATTERN.get_or_init(|| #om::Pattern::new(#translated));
                #om::check_pattern::<#ty>(__v, __re.as_ref(), #text)?;
            }
        });
    }
    if let Some(e) = &c.enum_json {
        let (text, span) = (&e.value, e.span);
        // A value declared nullable admits null whatever the enum lists, as
        // the original client does; elsewhere (a `Value`) null is a value.
        let check = if nullable {
            quote!(check_nullable_enum)
        } else {
            quote!(check_enum)
        };
        len.extend(quote_spanned! {span=>
            {
                static __ALLOWED: #om::OnceLock<#om::Vec<#om::Value>> = #om::OnceLock::new();
                let __allowed = __ALLOWED.get_or_init(|| {
                    #om::json_value(#text).as_list().cloned().unwrap_or_default()
                });
                #om::#check::<#ty>(__v, __allowed, #text)?;
            }
        });
    }
    if let Some(n) = &c.not {
        let (not_ty, span) = (&n.value, n.span);
        len.extend(quote_spanned!(span=> <#not_ty as #om::FieldType>::__field_not::<#ty>(__v)?;));
    }
    quote! {
        #om::Some(|__v: &#ty| -> #om::Result<(), #om::ErrorKind> {
            let __format: #om::Option<fn(&#ty) -> #om::Result<(), #om::ErrorKind>> = #format;
            if let #om::Some(__f) = __format {
                __f(__v)?;
            }
            #min
            #max
            #len
            #om::Ok(())
        })
    }
}

/// `prefix_items` with its `additional_items`: each item decoded as its
/// type by a function of its own.
fn prefix_items_check(
    ty: &syn::Type,
    prefix: &crate::attr::Spanned<Vec<syn::Type>>,
    rest: Option<&crate::attr::Spanned<Option<syn::Type>>>,
) -> TokenStream {
    let om = om();
    let item = type_check;
    let checks = prefix.value.iter().map(item);
    let rest = match rest.map(|r| &r.value) {
        None => quote!(#om::RestItems::Any),
        Some(None) => quote!(#om::RestItems::Forbidden),
        Some(Some(t)) => {
            let check = item(t);
            quote!(#om::RestItems::Each(#check))
        }
    };
    quote_spanned! {prefix.span=>
        #om::check_prefix_items::<#ty>(__v, &[#(#checks),*], #rest)?;
    }
}

/// The check of a type, as a function of a value: decodes it as `t`,
/// with every check of `t`, recording its errors (`ItemCheck`).
fn type_check(t: &syn::Type) -> TokenStream {
    let om = om();
    quote_spanned! {ty_span(t)=>
        (|__x: #om::Value, __c: &mut #om::Ctx| #om::decode_from_value::<#t>(__x, __c).is_some()) as #om::ItemCheck
    }
}

/// `if_schema` with its `then_schema` and `else_schema`, on `subject` (a
/// field's value or the whole model).
pub fn conditional_check(c: &crate::attr::Conditional, subject: TokenStream) -> TokenStream {
    let om = om();
    let branch = |t: &syn::Type| {
        let check = type_check(t);
        let name = quote!(#t).to_string().replace(' ', "");
        quote!((#check, #name))
    };
    let when = branch(&c.when.value);
    let opt = |b: &Option<crate::attr::Spanned<syn::Type>>| match b {
        Some(t) => {
            let b = branch(&t.value);
            quote!(#om::Option::Some(#b))
        }
        None => quote!(#om::Option::None),
    };
    let (then, otherwise) = (opt(&c.then), opt(&c.otherwise));
    quote_spanned! {c.when.span=>
        #om::check_if_then_else(#subject, #when, #then, #otherwise)?;
    }
}

/// The schema keywords `if`, `then`, `else` of a condition, set in the
/// schema object `target`.
pub fn conditional_schema(c: &crate::attr::Conditional, target: TokenStream) -> TokenStream {
    let om = om();
    let mut out = TokenStream::new();
    let parts = [
        ("if", Some(&c.when)),
        ("then", c.then.as_ref()),
        ("else", c.otherwise.as_ref()),
    ];
    for (key, t) in parts {
        if let Some(t) = t {
            let t = &t.value;
            out.extend(quote!(#om::schema_set(&mut #target, #key, __gen.reference::<#t>());));
        }
    }
    out
}

/// `contains` with its `min_contains` and `max_contains`: the items that
/// decode as the type are counted.
fn contains_check(
    ty: &syn::Type,
    t: &crate::attr::Spanned<syn::Type>,
    c: &crate::attr::Keywords,
) -> TokenStream {
    let om = om();
    let item = &t.value;
    let check = type_check(item);
    let min = c.min_contains.as_ref().map_or(1, |m| m.value);
    let max = match &c.max_contains {
        Some(m) => {
            let v = m.value;
            quote!(#om::Option::Some(#v))
        }
        None => quote!(#om::Option::None),
    };
    let name = quote!(#item).to_string().replace(' ', "");
    quote_spanned! {t.span=>
        #om::check_contains::<#ty>(__v, #check, #name, #min, #max)?;
    }
}

/// Schema keywords of a field's constraints and annotations.
pub fn constraint_schema(f: &crate::ast::Field<'_>) -> TokenStream {
    keyword_schema(&f.keywords)
}

/// Sets the schema keywords of `c` on the schema in `__p`.
pub fn keyword_schema(c: &crate::attr::Keywords) -> TokenStream {
    let om = om();
    let mut out = TokenStream::new();
    if let Some(m) = &c.minimum {
        let v = &m.value;
        out.extend(quote!(#om::schema_set(&mut __p, "minimum", #om::number_value(#v));));
    }
    if let Some(m) = &c.maximum {
        let v = &m.value;
        out.extend(quote!(#om::schema_set(&mut __p, "maximum", #om::number_value(#v));));
    }
    if let Some(m) = &c.min_length {
        let v = m.value as u64;
        out.extend(quote!(#om::schema_set(&mut __p, "minLength", #om::Value::from(#v));));
    }
    if let Some(m) = &c.max_length {
        let v = m.value as u64;
        out.extend(quote!(#om::schema_set(&mut __p, "maxLength", #om::Value::from(#v));));
    }
    if c.exclusive_minimum.is_some() {
        out.extend(quote!(#om::schema_set(&mut __p, "exclusiveMinimum", #om::Value::Bool(true));));
    }
    if c.exclusive_maximum.is_some() {
        out.extend(quote!(#om::schema_set(&mut __p, "exclusiveMaximum", #om::Value::Bool(true));));
    }
    if let Some(m) = &c.multiple_of {
        let v = &m.value;
        out.extend(quote!(#om::schema_set(&mut __p, "multipleOf", #om::number_value(#v));));
    }
    if let Some(m) = &c.min_items {
        let v = m.value as u64;
        out.extend(quote!(#om::schema_set(&mut __p, "minItems", #om::Value::from(#v));));
    }
    if let Some(m) = &c.max_items {
        let v = m.value as u64;
        out.extend(quote!(#om::schema_set(&mut __p, "maxItems", #om::Value::from(#v));));
    }
    if c.unique_items.is_some() {
        out.extend(quote!(#om::schema_set(&mut __p, "uniqueItems", #om::Value::Bool(true));));
    }
    if let Some(p) = &c.prefix_items {
        let items = p.value.iter();
        out.extend(quote! {
            #om::schema_set(
                &mut __p,
                "prefixItems",
                #om::Value::List(#om::Vec::from([#(__gen.reference::<#items>()),*])),
            );
        });
        match c.additional_items.as_ref().map(|r| &r.value) {
            None => {}
            Some(None) => {
                out.extend(quote!(#om::schema_set(&mut __p, "items", #om::Value::Bool(false));));
            }
            Some(Some(t)) => {
                out.extend(quote!(#om::schema_set(&mut __p, "items", __gen.reference::<#t>());));
            }
        }
    }
    if let Some(t) = &c.contains {
        let item = &t.value;
        out.extend(quote!(#om::schema_set(&mut __p, "contains", __gen.reference::<#item>());));
        for (key, count) in [
            ("minContains", &c.min_contains),
            ("maxContains", &c.max_contains),
        ] {
            if let Some(n) = count {
                let n = n.value as u64;
                out.extend(quote!(#om::schema_set(&mut __p, #key, #om::Value::from(#n));));
            }
        }
    }
    if let Some(p) = &c.pattern {
        let v = &p.value.text;
        out.extend(quote!(#om::schema_set(&mut __p, "pattern", #om::Value::from(#v));));
    }
    if let Some(e) = &c.enum_json {
        let v = &e.value;
        out.extend(quote!(#om::schema_set(&mut __p, "enum", #om::json_value(#v));));
    }
    if let Some(d) = &c.default_json {
        out.extend(quote!(#om::schema_set(&mut __p, "default", #om::json_value(#d));));
    }
    if c.deprecated.is_some() {
        out.extend(quote!(#om::schema_set(&mut __p, "deprecated", #om::Value::Bool(true));));
    }
    if let Some(e) = &c.example {
        out.extend(quote!(#om::schema_set(&mut __p, "example", #om::Value::from(#e));));
    }
    if let Some(e) = &c.example_json {
        out.extend(quote!(#om::schema_set(&mut __p, "example", #om::json_value(#e));));
    }
    if let Some(n) = &c.not {
        let t = &n.value;
        out.extend(quote_spanned!(n.span=> #om::schema_set(&mut __p, "not", <#t as #om::FieldType>::__field_schema(__gen));));
    }
    if let Some(cond) = &c.conditional {
        out.extend(conditional_schema(cond, quote!(__p)));
    }
    if let Some(t) = &c.title {
        out.extend(quote!(#om::schema_set(&mut __p, "title", #om::Value::from(#t));));
    }
    if c.read_only.is_some() {
        out.extend(quote!(#om::schema_set(&mut __p, "readOnly", #om::Value::Bool(true));));
    }
    if c.write_only.is_some() {
        out.extend(quote!(#om::schema_set(&mut __p, "writeOnly", #om::Value::Bool(true));));
    }
    out
}

/// The format check of a value of type `ty`: the runtime's `Format` named
/// in the shared table; none for an annotation.
pub fn format_check_for(
    ty: &syn::Type,
    format: Option<&crate::attr::Spanned<crate::attr::FormatName>>,
) -> TokenStream {
    let om = om();
    let Some(rule) = format
        .filter(|f| f.value.checked)
        .and_then(|f| formats::checked(&f.value.name))
    else {
        return quote!(#om::None);
    };
    let variant = format_ident!("{}", rule.variant);
    let span = ty_span(ty);
    match rule.kind {
        FormatKind::String => quote_spanned! {span=>
            #om::Some(|__v: &#ty| <#ty as #om::StringFormat>::check_string_format(__v, #om::Format::#variant))
        },
        FormatKind::Number => quote_spanned! {span=>
            #om::Some(|__v: &#ty| <#ty as #om::NumberFormat>::check_number_format(__v, #om::Format::#variant))
        },
    }
}
