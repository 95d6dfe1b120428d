//! Code generated for a struct: the struct with its extension map, decoding
//! (JSON and serde), encoding, validation, access by wire name, metadata.

use crate::ast::{Presence, Struct};
use crate::check::EXTRA_FIELD;
use open_model_internals::formats::{self, FormatKind};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};

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

fn opt_str(v: Option<&str>) -> TokenStream {
    let om = om();
    match v {
        Some(s) => quote!(#om::Some(#s)),
        None => quote!(#om::None),
    }
}

/// The checks of a field (format, `minimum`, `maximum`, `min_length`), as
/// `Option<fn(&T) -> Result<(), ErrorKind>>`.
fn format_check(f: &crate::ast::Field<'_>) -> TokenStream {
    value_check(f.ty, f.format.as_ref(), &f.constraints)
}

/// The check of a value of type `ty`: its format, then its keywords.
pub fn value_check(
    ty: &syn::Type,
    format: Option<&crate::attr::Spanned<crate::attr::FormatName>>,
    c: &crate::attr::Constraints,
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
        && c.pattern.is_none()
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
    if let Some(p) = &c.pattern {
        let (text, span) = (&p.value, p.span);
        let translated = open_model_internals::patterns::translate(text);
        len.extend(quote_spanned! {span=>
            {
                static __PATTERN: #om::OnceLock<#om::Option<#om::Regex>> = #om::OnceLock::new();
                let __re = __PATTERN.get_or_init(|| #om::Regex::new(#translated).ok());
                #om::check_pattern::<#ty>(__v, __re.as_ref(), #text)?;
            }
        });
    }
    if let Some(e) = &c.enum_json {
        let (text, span) = (&e.value, e.span);
        len.extend(quote_spanned! {span=>
            {
                static __ALLOWED: #om::OnceLock<#om::Vec<#om::Value>> = #om::OnceLock::new();
                let __allowed = __ALLOWED.get_or_init(|| {
                    #om::json_value(#text).as_list().cloned().unwrap_or_default()
                });
                #om::check_enum::<#ty>(__v, __allowed, #text)?;
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

/// Schema keywords of a field's constraints and annotations.
fn constraint_schema(f: &crate::ast::Field<'_>) -> TokenStream {
    keyword_schema(&f.constraints)
}

/// Sets the schema keywords of `c` on the schema in `__p`.
pub fn keyword_schema(c: &crate::attr::Constraints) -> TokenStream {
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
    if let Some(p) = &c.pattern {
        let v = &p.value;
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
    if let Some(t) = &c.title {
        out.extend(quote!(#om::schema_set(&mut __p, "title", #om::Value::from(#t));));
    }
    out
}

/// The annotations of a whole type (`title`, `deprecated`, `default`), set on `__s`.
pub fn container_annotations(attrs: &crate::attr::ContainerAttrs) -> TokenStream {
    let om = om();
    let mut out = TokenStream::new();
    if let Some(t) = &attrs.title {
        out.extend(quote!(#om::schema_set(&mut __s, "title", #om::Value::from(#t));));
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

fn ty_span(ty: &syn::Type) -> proc_macro2::Span {
    syn::spanned::Spanned::span(ty)
}

pub fn emit_struct(item: &syn::ItemStruct, s: &Struct<'_>) -> TokenStream {
    let om = om();
    let ident = s.ident;
    let closed = s.attrs.closed.is_some();
    let extra_ty = match &s.attrs.extra {
        Some(t) => {
            let t = &t.value;
            quote!(#t)
        }
        None => quote!(#om::Value),
    };
    let extra_field = format_ident!("{}", EXTRA_FIELD);

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

    // ---- the struct itself, our attributes stripped ----
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

    // ---- finishing a decode: required keys, defaults ----
    let finish_fields = s
        .fields
        .iter()
        .zip(&slot)
        .enumerate()
        .map(|(i, (f, slot))| {
            let wire = &f.wire;
            let cfg = &cfgs[i];
            let when_absent = if f.presence.required() {
                quote! {{
                    __ctx.error(#om::ErrorKind::Missing(#om::Cow::Borrowed(#wire)));
                    __ok = false;
                    #om::None
                }}
            } else if let (Some(_), Some(text)) =
                (s.attrs.apply_defaults, &f.constraints.default_json)
            {
                let ty = f.ty;
                quote! {
                    match #om::decode_default::<#ty>(#text, #wire) {
                        #om::Ok(__v) => #om::Some(__v),
                        #om::Err(__kind) => {
                            __ctx.error(__kind);
                            __ok = false;
                            #om::None
                        }
                    }
                }
            } else {
                quote!(#om::Some(#om::Default::default()))
            };
            quote! {
                #cfg
                let #slot = match __state.#slot {
                    #om::Some(__v) => #om::Some(__v),
                    #om::None if !__seen.contains(#i) => #when_absent,
                    #om::None => { __ok = false; #om::None }
                };
            }
        });
    let build_fields = names
        .iter()
        .zip(&slot)
        .enumerate()
        .map(|(i, (name, slot))| {
            let cfg = &cfgs[i];
            quote!(#cfg #name: #slot?,)
        });
    let build_extra = if closed {
        quote!(let _ = __extra;)
    } else {
        quote!()
    };
    let extra_init = if closed {
        quote!()
    } else {
        quote!(#extra_field: __extra,)
    };

    // ---- metadata ----
    let field_infos = s.fields.iter().enumerate().map(|(i, f)| {
        let wire = &f.wire;
        let rust = f.ident.to_string();
        let rust = rust.strip_prefix("r#").unwrap_or(&rust).to_owned();
        let required = f.presence.required();
        let nullable = f.presence.nullable();
        let format = opt_str(f.format.as_ref().map(|s| s.value.name.as_str()));
        let format_checked = f.format.as_ref().is_some_and(|s| s.value.checked);
        let description = opt_str(f.description.as_deref());
        let ty = f.ty;
        let ty_text = quote!(#ty).to_string().replace(' ', "");
        let enabled = cfg_predicate(&f.cfgs);
        let _ = i;
        quote! {
            (#enabled, #om::FieldInfo {
                wire_name: #wire,
                rust_name: #rust,
                required: #required,
                nullable: #nullable,
                format: #format,
                format_checked: #format_checked,
                description: #description,
                rust_type: #ty_text,
            })
        }
    });
    let name_str = component_name(ident, &s.attrs);
    let description = opt_str(s.description.as_deref());

    // ---- schema ----
    let schema_identity = schema_identity(ident, &s.attrs);
    let schema_props = s.fields.iter().enumerate().map(|(i, f)| {
        let (ft, wire, cfg) = (&ft[i], &f.wire, &cfgs[i]);
        let format = match &f.format {
            Some(fmt) => {
                let v = &fmt.value.name;
                quote!(if !#om::is_ref(&__p) { #om::schema_set(&mut __p, "format", #om::Value::from(#v)); })
            }
            None => quote!(),
        };
        let desc = match &f.description {
            Some(d) => quote!(#om::schema_set(&mut __p, "description", #om::Value::from(#d));),
            None => quote!(),
        };
        let nullable = if f.presence.nullable() {
            // Beside a `$ref` too, as the Gentrace spec writes it
            // (`LocalEvaluation.debug`), though OpenAPI 3.0 ignores it there.
            quote!(#om::schema_set(&mut __p, "nullable", #om::Value::Bool(true));)
        } else {
            quote!()
        };
        let constraints = constraint_schema(f);
        quote! {
            #cfg
            {
                let mut __p = #ft::__field_schema(__gen);
                #format
                #desc
                #nullable
                #constraints
                __props.insert(#om::String::from(#wire), __p);
            }
        }
    });
    let required_wires: Vec<_> = s
        .fields
        .iter()
        .filter(|f| f.presence.required())
        .map(|f| {
            let (w, cfg) = (&f.wire, &f.cfgs);
            quote!(#(#cfg)* __required.push(#om::Value::from(#w));)
        })
        .collect();
    let schema_additional = if closed {
        quote!(#om::schema_set(&mut __s, "additionalProperties", #om::Value::Bool(false));)
    } else if s.attrs.extra.is_some() {
        quote! {
            let __extra_schema = __gen.reference::<#extra_ty>();
            #om::schema_set(&mut __s, "additionalProperties", __extra_schema);
        }
    } else {
        quote!()
    };
    let schema_description = match &s.description {
        Some(d) => quote!(#om::schema_set(&mut __s, "description", #om::Value::from(#d));),
        None => quote!(),
    };
    let (schema_description, wrap_all_of) = match &s.base {
        Some(b) => {
            let bt = b.ty;
            let desc = match &s.description {
                Some(d) => {
                    quote!(#om::schema_set(&mut __all, "description", #om::Value::from(#d));)
                }
                None => quote!(),
            };
            (
                quote!(),
                quote! {
                    let __base_schema = __gen.reference::<#bt>();
                    let mut __all = #om::Value::Dict(#om::Map::new());
                    #om::schema_set(&mut __all, "allOf", #om::Value::List(#om::Vec::from([__base_schema, __s])));
                    #desc
                    let __s = __all;
                },
            )
        }
        None => (schema_description, quote!()),
    };
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
    let count_expr =
        quote!(#om::ModelFields::__present_fields(__model_ref, #om::None) + #extras_len_of_model);
    // `not` and `enum` on the whole model.
    let whole_checks = {
        let mut t = TokenStream::new();
        if let Some(n) = &s.attrs.not {
            let (nt, span) = (&n.value, n.span);
            t.extend(
                quote_spanned!(span=> <#nt as #om::FieldType>::__field_not::<Self>(__model_ref)?;),
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
    let schema_count = {
        let mut t = TokenStream::new();
        if let Some(n) = min_props {
            let n = n as u64;
            t.extend(quote!(#om::schema_set(&mut __s, "minProperties", #om::Value::from(#n));));
        }
        if let Some(n) = max_props {
            let n = n as u64;
            t.extend(quote!(#om::schema_set(&mut __s, "maxProperties", #om::Value::from(#n));));
        }
        if let Some(n) = &s.attrs.not {
            let nt = &n.value;
            t.extend(quote_spanned!(n.span=> #om::schema_set(&mut __s, "not", <#nt as #om::FieldType>::__field_schema(__gen));));
        }
        if let Some(e) = &s.attrs.enum_json {
            let v = &e.value;
            t.extend(quote!(#om::schema_set(&mut __s, "enum", #om::json_value(#v));));
        }
        if s.attrs.nullable.is_some() {
            t.extend(quote!(#om::schema_set(&mut __s, "nullable", #om::Value::Bool(true));));
        }
        t.extend(container_annotations(&s.attrs));
        t
    };
    let schema_example = container_example(&s.attrs);

    // ---- constructor over the required fields ----
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

    // ---- encoding: the body writers live in the runtime (ModelFields) ----
    let (extras_ref, extras_mut) = if closed {
        (quote!(#om::None), quote!(#om::None))
    } else {
        (
            quote!(#om::Some(&self.#extra_field)),
            quote!(#om::Some(&mut self.#extra_field)),
        )
    };
    let get_extra = if closed {
        quote!(#om::None)
    } else {
        quote!(self.#extra_field.get(__key).map(#om::Encode::__to_value))
    };
    let validate_extras = if closed {
        quote!()
    } else {
        quote!(#om::validate_extras(&self.#extra_field, __ctx);)
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

    // ---- a flattened base (allOf) ----
    let (
        base_state,
        base_default,
        base_count,
        base_wire,
        base_index,
        base_json,
        base_serde,
        base_finish,
        base_build,
    ) = match &s.base {
        Some(b) => {
            let (bi, bt) = (b.ident, b.ty);
            let md = quote_spanned!(ty_span(bt)=> <#bt as #om::ModelDecode>);
            (
                quote!(__base: #md::State,),
                quote!(__base: #om::Default::default(),),
                quote!(#md::FIELD_COUNT),
                quote!(_ => #md::wire_name(__index - #n),),
                quote!(_ => #md::field_index(__key).map(|__j| #n + __j),),
                quote!(_ => #md::decode_field_json(&mut __state.__base, __index - #n, __r, __peek)?,),
                quote!(_ => #md::decode_field_serde::<__D>(&mut __state.__base, __index - #n, __d, __ctx)?,),
                quote! {
                    let __base = #md::finish(
                        __state.__base,
                        &__seen.shifted(#n, #md::FIELD_COUNT),
                        #om::Extras::new(),
                        __ctx,
                        __ok,
                    );
                    if __base.is_none() {
                        __ok = false;
                    }
                },
                quote!(#bi: __base?,),
            )
        }
        None => (
            quote!(),
            quote!(),
            quote!(0),
            quote!(_ => "",),
            quote!(_ => #om::None,),
            quote!(_ => __r.skip(__peek)?,),
            quote!(_ => { <#om::serde::de::IgnoredAny as #om::serde::Deserialize>::deserialize(__d)?; }),
            quote!(),
            quote!(),
        ),
    };
    let base_fields_first = match &s.base {
        Some(b) => {
            let bi = b.ident;
            (
                quote!(#om::ModelFields::__encode_fields(&self.#bi, __w, __first, __skip)?;),
                quote!(#om::ModelFields::__fields_to_map(&self.#bi, __m, __skip);),
                quote!(#om::ModelFields::__present_fields(&self.#bi, __skip)),
                quote!(#om::ModelFields::__serialize_fields(&self.#bi, __map, __skip)?;),
                quote!(_ => #om::ModelFields::__get_field(&self.#bi, __key),),
                quote!(#om::ModelFields::__validate_fields(&self.#bi, __ctx);),
            )
        }
        None => (
            quote!(),
            quote!(),
            quote!(0),
            quote!(),
            quote!(_ => #om::None,),
            quote!(),
        ),
    };
    let (base_enc, base_map, base_present, base_ser, base_get, base_validate) = base_fields_first;
    let (base_param, base_ctor, base_fields_info) = match &s.base {
        Some(b) => {
            let (bi, bt) = (b.ident, b.ty);
            (
                quote!(#bi: #bt,),
                quote!(#bi,),
                quote!(<#bt as #om::OpenModel>::FIELDS),
            )
        }
        None => (quote!(), quote!(), quote!(&[])),
    };

    let shared = serde_and_value_impls(ident);

    let serde_field_arms = (0..n).map(|i| {
        let (slot, ft, nullable, check, cfg) = (&slot[i], &ft[i], nullable[i], &checks[i], &cfgs[i]);
        quote! {
            #cfg
            #i => { __state.#slot = #ft::__field_decode_serde::<__D>(__d, __ctx, #nullable, #check)?; }
        }
    });

    quote! {
        #out_item

        #[allow(non_local_definitions)]
        const _: () = {
            #[doc(hidden)]
            #[allow(non_snake_case, non_camel_case_types)]
            pub struct __OpenModelState {
                #( #cfgs #slot: #om::Option<#tys>, )*
                #base_state
            }

            #[automatically_derived]
            impl #om::Default for __OpenModelState {
                fn default() -> Self {
                    __OpenModelState { #( #cfgs #slot: #om::None, )* #base_default }
                }
            }

            #[automatically_derived]
            impl #om::ModelDecode for #ident {
                type State = __OpenModelState;
                type Extra = #extra_ty;
                const CLOSED: bool = #closed;
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
                fn decode_field_json(
                    __state: &mut __OpenModelState,
                    __index: usize,
                    __r: &mut #om::JsonReader<'_>,
                    __peek: #om::Peek,
                ) -> #om::Result<(), #om::Fatal> {
                    match __index {
                        #(
                            #cfgs
                            #idx => { __state.#slot = #ft::__field_decode_json(__r, __peek, #nullable, #checks)?; }
                        )*
                        #base_json
                    }
                    #om::Ok(())
                }

                fn decode_field_serde<'de, __D: #om::serde::Deserializer<'de>>(
                    __state: &mut __OpenModelState,
                    __index: usize,
                    __d: __D,
                    __ctx: &mut #om::Ctx,
                ) -> #om::Result<(), __D::Error> {
                    match __index {
                        #( #serde_field_arms )*
                        #base_serde
                    }
                    #om::Ok(())
                }

                fn finish(
                    __state: __OpenModelState,
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
                    let __model = #ident { #base_build #( #build_fields )* #extra_init };
                    #check_count_finish
                    #om::Some(__model)
                }
            }

            #[automatically_derived]
            impl #om::Decode for #ident {
                #[inline]
                fn __decode_json(__r: &mut #om::JsonReader<'_>, __peek: #om::Peek) -> #om::Step<Self> {
                    #om::decode_model_json::<Self>(__r, __peek)
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
                    #check_count_validate
                }
            }

            #[automatically_derived]
            impl #om::Encode for #ident {
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
            impl #om::ModelFields for #ident {
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

                fn __fields_to_map(&self, __m: &mut #om::Map<#om::Value>, __skip: #om::Option<&str>) {
                    #base_map
                    #(
                        #cfgs
                        if !(#absent) && __skip != #om::Some(#wires) {
                            __m.insert(#om::String::from(#wires), #ft::__field_to_value(&self.#names));
                        }
                    )*
                }

                fn __present_fields(&self, __skip: #om::Option<&str>) -> usize {
                    #[allow(unused_mut)]
                    let mut __n = #base_present;
                    #( #cfgs if !(#absent) && __skip != #om::Some(#wires) { __n += 1; } )*
                    __n
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

                fn __get_field(&self, __key: &str) -> #om::Option<#om::Option<#om::Value>> {
                    match __key {
                        #(
                            #cfgs
                            #wires => #om::Some(if #absent { #om::None } else { #om::Some(#ft::__field_to_value(&self.#names)) }),
                        )*
                        #base_get
                    }
                }

                fn __validate_fields(&self, __ctx: &mut #om::Ctx) {
                    #base_validate
                    #(
                        #cfgs
                        #ft::__field_validate(&self.#names, #wires, #none_ok, #checks, __ctx);
                    )*
                }
            }

            #[automatically_derived]
            impl #om::Schema for #ident {
                #schema_identity

                fn definition(__gen: &mut #om::SchemaGen) -> #om::Value {
                    let mut __s = #om::Value::Dict(#om::Map::new());
                    #om::schema_set(&mut __s, "type", #om::Value::from("object"));
                    #schema_description
                    let mut __props = #om::Map::new();
                    #( #schema_props )*
                    if !__props.is_empty() {
                        #om::schema_set(&mut __s, "properties", #om::Value::Dict(__props));
                    }
                    #[allow(unused_mut)]
                    let mut __required: #om::Vec<#om::Value> = #om::Vec::new();
                    #( #required_wires )*
                    if !__required.is_empty() {
                        #om::schema_set(&mut __s, "required", #om::Value::List(__required));
                    }
                    #schema_additional
                    #schema_count
                    #schema_example
                    #wrap_all_of
                    __s
                }
            }

            #[automatically_derived]
            impl #om::OpenModel for #ident {
                const NAME: &'static str = #name_str;
                const DESCRIPTION: #om::Option<&'static str> = #description;
                const FIELDS: &'static [#om::FieldInfo] = {
                    const ALL: &[(bool, #om::FieldInfo)] = &[#(#field_infos),*];
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
                        let mut __out = [#om::FieldInfo {
                            wire_name: "", rust_name: "", required: false, nullable: false,
                            format: #om::None, format_checked: false, description: #om::None, rust_type: "",
                        }; COUNT];
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
                };
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
            impl #ident {
                /// Builds the model from its required fields (optional ones
                /// start absent) and validates it.
                #[allow(clippy::too_many_arguments)]
                pub fn new(#base_param #(#ctor_params),*) -> #om::Result<Self, #om::Report> {
                    let __model = #ident { #base_ctor #(#ctor_fields)* #ctor_extra };
                    #om::OpenModel::validate(&__model)?;
                    #om::Ok(__model)
                }

                #insert_extra
            }
        };
    }
}

/// The impls every generated type has: `FieldType`, serde's `Deserialize`
/// (collecting every error) and `Serialize`, and conversions with `Value`.
pub fn serde_and_value_impls(ident: &syn::Ident) -> TokenStream {
    let om = om();
    quote! {
        #[automatically_derived]
        impl #om::FieldType for #ident {}

        #[automatically_derived]
        impl<'de> #om::serde::Deserialize<'de> for #ident {
            fn deserialize<__D: #om::serde::Deserializer<'de>>(__d: __D) -> #om::Result<Self, __D::Error> {
                #om::deserialize_collecting(__d)
            }
        }

        #[automatically_derived]
        impl #om::serde::Serialize for #ident {
            fn serialize<__S: #om::serde::Serializer>(&self, __s: __S) -> #om::Result<__S::Ok, __S::Error> {
                #om::Encode::__serialize(self, __s)
            }
        }

        #[automatically_derived]
        impl #om::From<#ident> for #om::Value {
            fn from(__v: #ident) -> #om::Value {
                #om::Encode::__to_value(&__v)
            }
        }

        #[automatically_derived]
        impl #om::TryFrom<#om::Value> for #ident {
            type Error = #om::Report;
            fn try_from(__v: #om::Value) -> #om::Result<Self, #om::Report> {
                #om::from_value(__v)
            }
        }
    }
}

/// `cfg!(pred)` for the field's `#[cfg(pred)]` attributes (all must hold).
fn cfg_predicate(cfgs: &[&syn::Attribute]) -> TokenStream {
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
