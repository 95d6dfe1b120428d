//! A struct's OpenAPI schema: its properties with their keywords, `required`,
//! `additionalProperties`, the whole model's keywords and annotations, and
//! `allOf` around it when it flattens a base.

use super::Model;
use crate::emit_keywords::constraint_schema;
use crate::emit_shared::{container_annotations, container_example, schema_identity_for};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

pub(crate) fn impls(m: &Model<'_>) -> TokenStream {
    let Model {
        om,
        s,
        ident,
        extra_ty,
        fields,
        ..
    } = m;
    let (ig, wc, self_ty) = (&m.head.impl_generics, &m.head.where_clause, &m.head.self_ty);
    let (min_props, max_props) = (s.attrs.min_properties, s.attrs.max_properties);
    let ft = &fields.ft;
    let cfgs = &fields.cfgs;
    let schema_identity = schema_identity_for(ident, &s.attrs, m.generics);
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
        if format.is_empty() && desc.is_empty() && nullable.is_empty() && constraints.is_empty() {
            return quote!(#cfg __props.insert(#om::String::from(#wire), #ft::__field_schema(__gen)););
        }
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
    let schema_additional = if m.refuses_other_keys {
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
        if let Some(c) = &s.attrs.conditional {
            t.extend(crate::emit_keywords::conditional_schema(c, quote!(__s)));
        }
        if let Some(e) = &s.attrs.enum_json {
            let v = &e.value;
            t.extend(quote!(#om::schema_set(&mut __s, "enum", #om::json_value(#v));));
        }
        if !s.attrs.dependent_required.is_empty() {
            let entries = s.attrs.dependent_required.iter().map(|(key, needs)| {
                quote! {
                    __deps.insert(
                        #om::String::from(#key),
                        #om::Value::List(#om::Vec::from([#(#om::Value::from(#needs)),*])),
                    );
                }
            });
            t.extend(quote! {
                let mut __deps = #om::Map::new();
                #(#entries)*
                #om::schema_set(&mut __s, "dependentRequired", #om::Value::Dict(__deps));
            });
        }
        if !s.attrs.dependent_schemas.is_empty() {
            let entries = s.attrs.dependent_schemas.iter().map(|(key, ty)| {
                quote!(__deps.insert(#om::String::from(#key), __gen.reference::<#ty>());)
            });
            t.extend(quote! {
                let mut __deps = #om::Map::new();
                #(#entries)*
                #om::schema_set(&mut __s, "dependentSchemas", #om::Value::Dict(__deps));
            });
        }
        if let Some(names) = &s.attrs.property_names {
            let nt = &names.value;
            t.extend(quote_spanned!(names.span=> #om::schema_set(&mut __s, "propertyNames", __gen.reference::<#nt>());));
        }
        if s.attrs.nullable.is_some() {
            t.extend(quote!(#om::schema_set(&mut __s, "nullable", #om::Value::Bool(true));));
        }
        t.extend(container_annotations(&s.attrs));
        t
    };
    let schema_example = container_example(&s.attrs);
    let schema_key_patterns = super::key_patterns::schema(m);

    quote! {
            #[automatically_derived]
            impl #ig #om::Schema for #self_ty #wc {
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
                    #schema_key_patterns
                    #schema_additional
                    #schema_count
                    #schema_example
                    #wrap_all_of
                    __s
                }
            }
    }
}
