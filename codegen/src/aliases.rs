//! Schemas that become aliases: a scalar or array with its keywords
//! (`struct Id(pub String)`), and schemas without a type (`Value`).

use super::*;

impl Gen<'_> {
    pub(crate) fn alias(&mut self, ident: &Ident, schema: &Map, path: &str, inline: bool) {
        let Some(ty) =
            self.field_type(&Value::Dict(without_docs(schema)), path, &ident.to_string())
        else {
            return;
        };
        let mut container = Vec::new();
        let mut field_attrs = Vec::new();
        // The format of an alias names the alias (`UnixSeconds`, `float`).
        for a in ty.attrs {
            if a.to_string().starts_with("format =") {
                container.push(a);
            } else {
                field_attrs.push(a);
            }
        }
        container.extend(self.container_attrs(schema, inline));
        let inner = &ty.ty;
        // Nullable: an `Option` says so in the schema. A value that takes
        // null itself (`Value`) still needs it when the schema says
        // `nullable`; a reference to a nullable alias already holds one.
        let own_nullable = schema.get("nullable").and_then(Value::as_bool) == Some(true)
            && !schema.contains_key("$ref");
        let inner = if ty.nullable && (!ty.takes_null || own_nullable) {
            quote!(Option<#inner>)
        } else {
            inner.clone()
        };
        let docs = docs(schema);
        let field_attr =
            (!field_attrs.is_empty()).then(|| quote!(#[open_model(#(#field_attrs),*)]));
        let container = open_model_attr(&container);
        self.items.push(quote! {
            #docs
            #container
            #[derive(Debug, Clone, PartialEq)]
            pub struct #ident(#field_attr pub #inner);
        });
    }

    /// A schema without `type` but with object (or array) keywords, under
    /// [`Options::untyped_any`]: a `one_of` of the object (array) the
    /// keywords describe and any other value, which must not be one.
    pub(crate) fn untyped(&mut self, ident: &Ident, schema: &Map, path: &str, inline: bool) {
        let object = OBJECT_KEYS.iter().any(|k| schema.contains_key(k));
        let array = ARRAY_KEYS.iter().any(|k| schema.contains_key(k));
        if object && array {
            self.problem(
                path,
                "object and array keywords without a `type` are not supported together",
            );
            return;
        }
        let (keys, kind, name) = if object {
            (OBJECT_KEYS, "object", "Object")
        } else {
            (ARRAY_KEYS, "array", "List")
        };
        let docs_keys = ["description", "title", "example", "$comment"];
        let mut structured: Map = schema
            .iter()
            .filter(|(k, _)| keys.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        structured.insert("type".into(), Value::from(kind));
        let mut other: Map = schema
            .iter()
            .filter(|(k, _)| !keys.contains(&k.as_str()) && !docs_keys.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if other.contains_key("not")
            || other.contains_key("enum")
            || other.contains_key("oneOf")
            || other.contains_key("anyOf")
        {
            self.problem(path, "`not`, `enum`, `oneOf` or `anyOf` beside untyped object or array keywords is not supported");
            return;
        }
        let mut not_kind = Map::new();
        not_kind.insert("type".into(), Value::from(kind));
        other.insert("not".into(), Value::Dict(not_kind));
        let Some(first) =
            self.named_type(&Value::Dict(structured), path, &format!("{ident}{name}"))
        else {
            return;
        };
        let Some(second) = self.named_type(&Value::Dict(other), path, &format!("{ident}Other"))
        else {
            return;
        };
        let first_v = format_ident!("{}", name);
        let variants = [quote!(#first_v(#first)), quote!(Other(#second))];
        self.push_enum(ident, schema, inline, quote!(one_of), &variants);
    }
}
