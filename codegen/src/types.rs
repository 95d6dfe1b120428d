//! The Rust type of a property or an item: scalars, arrays, `$ref`s (boxed
//! when they lead back), inline schemas given names of their own.

use super::*;

/// What a `$ref` keeps beside it: OpenAPI 3.0 ignores every other keyword
/// there (3.1 applies them; `openapi31.rs` writes them as an `allOf`).
const REF_SIBLINGS_KEPT: [&str; 5] = ["$ref", "description", "nullable", "deprecated", "$comment"];

impl Gen<'_> {
    /// The type name of a component.
    pub(crate) fn type_of(&self, component: &str) -> Ident {
        match self.plan.names.get(component) {
            Some(n) => format_ident!("{}", n),
            None => type_name(component),
        }
    }

    /// The type of a `$ref` to a place that is not a component (a member of
    /// a component's `allOf`, a parameter's schema): the schema there, as a
    /// type of its own named from the pointer, made once per pointer.
    fn pointer_type(&mut self, target: &str, path: &str, nullable: bool) -> Option<Ty> {
        let known = self.pointer_types.get(target).cloned();
        let ident = match known {
            Some(name) => format_ident!("{}", name),
            None => {
                let Some(schema) = self.lookup(target).cloned() else {
                    self.problem(path, format!("`{target}` names no schema in the document"));
                    return None;
                };
                let Some(map) = schema.as_dict() else {
                    self.problem(path, format!("`{target}` is not a schema object"));
                    return None;
                };
                if map.contains_key("$ref") {
                    // A reference to a reference: the type of the last one.
                    let mut t = self.field_type(&schema, target, &pointer_hint(target))?;
                    t.nullable |= nullable;
                    return Some(t);
                }
                let ident = self.inline_name(target, Role::Pointed, &pointer_hint(target));
                self.pointer_types
                    .insert(target.to_owned(), ident.to_string());
                let def = without(map, &["nullable", "description"]);
                self.definition(&ident, &def, target, true);
                ident
            }
        };
        let target_nullable = self
            .lookup(target)
            .and_then(|s| s.get("nullable"))
            .and_then(Value::as_bool)
            == Some(true);
        Some(Ty {
            ty: quote!(#ident),
            attrs: Vec::new(),
            nullable: nullable || target_nullable,
            takes_null: false,
        })
    }

    /// The value a JSON pointer into the document names: in the whole
    /// document when the generator has it, else in `components.schemas`.
    pub(crate) fn lookup(&self, pointer: &str) -> Option<&Value> {
        let mut segments = pointer.strip_prefix("#/")?.split('/').map(pointer_unescape);
        match self.root {
            Some(root) => descend(root, segments),
            None => {
                let (c, s) = (segments.next()?, segments.next()?);
                if c != "components" || s != "schemas" {
                    return None;
                }
                descend(self.schemas.get(&segments.next()?)?, segments)
            }
        }
    }

    /// The component a `$ref` names.
    pub(crate) fn resolve(&mut self, target: &str, path: &str) -> Option<String> {
        let Some(name) = component_named(target) else {
            self.problem(
                path,
                format!("`{target}`: only `#/components/schemas/<name>` references are supported"),
            );
            return None;
        };
        if !self.schemas.contains_key(&name) {
            self.problem(path, format!("`{target}` names no component schema"));
            return None;
        }
        Some(name)
    }

    /// A type that carries all of `schema`: its keywords too, through an
    /// inline alias when a field's options cannot hold them.
    pub(crate) fn named_type(
        &mut self,
        schema: &Value,
        path: &str,
        hint: &str,
    ) -> Option<TokenStream> {
        let start = self.items.len();
        let t = self.field_type(schema, path, hint)?;
        if t.attrs.is_empty() && (!t.nullable || t.takes_null) {
            return Some(t.ty);
        }
        let ident = self.inline_name(path, Role::Wrapper, hint);
        let inner = &t.ty;
        let inner = if t.nullable && !t.takes_null {
            quote!(Option<#inner>)
        } else {
            inner.clone()
        };
        let attrs = &t.attrs;
        let field_attr = (!attrs.is_empty()).then(|| quote!(#[open_model(#(#attrs),*)]));
        let docs = schema.as_dict().map(docs).unwrap_or_default();
        self.items.push(quote! {
            #docs
            #[open_model(inline)]
            #[derive(Debug, Clone, PartialEq)]
            pub struct #ident(#field_attr pub #inner);
        });
        self.parent_first(start);
        Some(quote!(#ident))
    }

    /// The type of a property (or item, or member) and the options that
    /// carry its format and keywords.
    pub(crate) fn field_type(&mut self, schema: &Value, path: &str, hint: &str) -> Option<Ty> {
        let Some(map) = schema.as_dict() else {
            if schema.as_bool() == Some(true) {
                return Some(Ty {
                    ty: self.use_name("Value"),
                    attrs: Vec::new(),
                    nullable: false,
                    takes_null: true,
                });
            }
            self.problem(path, "a schema must be an object (or `true`)");
            return None;
        };
        if let Some(rewritten) = self.without_foreign_keywords(map, path) {
            return self.field_type(&Value::Dict(rewritten), path, hint);
        }
        if let Some(rewritten) = member_nullable_lifted(map) {
            return self.field_type(&Value::Dict(rewritten), path, hint);
        }
        let nullable = map.get("nullable").and_then(Value::as_bool) == Some(true);
        if let Some(target) = map.get("$ref") {
            return self.ref_type(map, target, path, nullable);
        }
        if let Some(rewritten) = self.without_null_members(map, path) {
            return self.field_type(&Value::Dict(rewritten), path, hint);
        }
        if let Some([only]) = map.get("allOf").and_then(Value::as_list).map(Vec::as_slice) {
            if only.get("$ref").is_some()
                && map
                    .iter()
                    .all(|(k, _)| ["allOf", "description", "nullable"].contains(&k.as_str()))
            {
                let mut t = self.field_type(only, &format!("{path}/allOf/0"), hint)?;
                t.nullable |= nullable;
                return Some(t);
            }
        }
        if map.contains_key("allOf") {
            match merge_all_of(map, path) {
                Ok(Merged::Plain(merged)) => {
                    let mut merged = merged;
                    if nullable {
                        merged.insert("nullable".into(), Value::Bool(true));
                    }
                    return self.field_type(&Value::Dict(merged), path, hint);
                }
                Ok(Merged::Based) => {
                    if let Some(inlined) = self.value_refs_inlined(map) {
                        return self.field_type(&Value::Dict(inlined), path, hint);
                    }
                }
                Err(e) => {
                    self.problem(&e.at, e.why);
                    return None;
                }
            }
        }
        let own_type = (self.options.untyped_any && is_untyped_structure(map))
            || map.contains_key("allOf")
            || map.contains_key("oneOf")
            || map.contains_key("anyOf")
            || is_string_enum(map)
            || is_object_with_fields(map);
        if own_type {
            // `readOnly` and `writeOnly` say how the property is used: they
            // are the field's, not the inline type's.
            let mut attrs = Vec::new();
            for k in ACCESS {
                if let Some(v) = map.get(k) {
                    let kpath = format!("{path}/{k}");
                    attrs.extend(self.keyword_option(map, k, v, &kpath).ok()?);
                }
            }
            let mut t = self.inline_type(&without(map, &ACCESS), path, hint, nullable);
            t.attrs = attrs;
            return Some(t);
        }
        self.value_type(map, path, hint, nullable)
    }

    /// Warns of each keyword beside the `$ref` of `map` that OpenAPI 3.0
    /// ignores there, and gives `map` without them when there are any.
    pub(crate) fn without_ref_siblings(&mut self, map: &Map, path: &str) -> Option<Map> {
        map.get("$ref")?;
        let ignored = |k: &str| !REF_SIBLINGS_KEPT.contains(&k) && !k.starts_with("x-");
        let mut any = false;
        for (k, _) in map.iter().filter(|(k, _)| ignored(k)) {
            any = true;
            if self.json_schema && k.starts_with("unevaluated") {
                // 3.1 applies it, judging what the reference evaluates.
                self.problem(
                    &format!("{path}/{}", pointer_escape(k)),
                    format!("`{k}` {}", crate::gen::UNEVALUATED),
                );
                continue;
            }
            self.warning(
                &format!("{path}/{}", pointer_escape(k)),
                format!("`{k}` beside `$ref` is ignored, as OpenAPI 3.0 says"),
            );
        }
        any.then(|| {
            map.iter()
                .filter(|(k, _)| !ignored(k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
    }

    /// The type of a `$ref`: the component's, boxed when it leads back to
    /// the type being defined, nullable when the component is.
    fn ref_type(&mut self, map: &Map, target: &Value, path: &str, nullable: bool) -> Option<Ty> {
        self.without_ref_siblings(map, path);
        let target = target.as_str().unwrap_or_default();
        if is_deep_pointer(target) {
            return self.pointer_type(target, &format!("{path}/$ref"), nullable);
        }
        let name = self.resolve(target, &format!("{path}/$ref"))?;
        // A nullable component: an alias takes `null` itself (its field
        // is an `Option`); a property holding a model, union or enum
        // becomes nullable.
        let target_nullable = self.plan.is_nullable(&name);
        let takes_null = self.plan.takes_null(&name);
        // A reference to an inheritance base means a value of the base or
        // of any subtype: the union that chooses by the tag. It is boxed
        // when any of them leads back to the type being defined.
        let current = self.current.clone();
        if let Some(inheritance) = self.inheritance.get(&name).cloned() {
            let ident = format_ident!("{}", inheritance.union);
            let back = inheritance
                .members
                .iter()
                .any(|(_, m)| self.plan.reaches(m, &current));
            let ty = if back {
                quote!(Box<#ident>)
            } else {
                quote!(#ident)
            };
            return Some(Ty {
                ty,
                attrs: Vec::new(),
                nullable: nullable || target_nullable,
                takes_null: false,
            });
        }
        let ident = self.type_of(&name);
        // A reference back to the component being defined needs a box.
        let ty = if self.plan.reaches(&name, &current) {
            quote!(Box<#ident>)
        } else {
            quote!(#ident)
        };
        let mut attrs = Vec::new();
        if map.get("deprecated").and_then(Value::as_bool) == Some(true) {
            attrs.push(quote!(deprecated));
        }
        Some(Ty {
            ty,
            attrs,
            nullable: nullable || target_nullable,
            takes_null,
        })
    }

    /// An inline schema that needs a type of its own (an object with fields,
    /// a union, a string enum, an `allOf`), named from where it stands.
    fn inline_type(&mut self, map: &Map, path: &str, hint: &str, nullable: bool) -> Ty {
        let ident = self.inline_name(path, Role::Definition, hint);
        let def = without(map, &["nullable", "description"]);
        self.definition(&ident, &def, path, true);
        Ty {
            ty: quote!(#ident),
            attrs: Vec::new(),
            nullable,
            takes_null: false,
        }
    }

    /// A scalar, array, map or untyped value: its Rust type, then its
    /// format, keywords and `not` as field options.
    fn value_type(&mut self, map: &Map, path: &str, hint: &str, nullable: bool) -> Option<Ty> {
        let mut attrs = Vec::new();
        let kind = map.get("type");
        let ty = self.value_rust_type(map, kind, path, hint)?;
        let type_name = kind.and_then(Value::as_str).unwrap_or(
            if map.contains_key("items") || map.contains_key("prefixItems") {
                "array"
            } else {
                "any"
            },
        );
        let allowed: Vec<&str> = [
            "type",
            "format",
            "nullable",
            "items",
            "prefixItems",
            "additionalProperties",
            "not",
        ]
        .into_iter()
        .chain(checks())
        .chain(annotations())
        .collect();
        self.check_keys(map, path, &allowed);
        if let Some(f) = map.get("format") {
            attrs.push(self.format_attr(f, path, type_name)?);
        }
        self.keywords(map, path, type_name, &mut attrs)?;
        if map.contains_key("prefixItems") {
            attrs.extend(self.prefix_items(map, path, hint)?);
        }
        if matches!(type_name, "array" | "any") {
            attrs.extend(self.contains(map, path, hint)?);
        }
        attrs.extend(self.conditional(map, path, hint)?);
        if let Some(not) = map.get("not") {
            let t = self.named_type(not, &format!("{path}/not"), &format!("{hint}Not"))?;
            attrs.push(quote!(not = #t));
        }
        Some(Ty {
            ty,
            attrs,
            nullable,
            takes_null: type_name == "any",
        })
    }

    /// `format` on a value of type `ty` (`any` when the schema names none):
    /// OpenAPI's formats are open; one the library checks is a check where
    /// it applies, any other is kept as an annotation, never dropped and
    /// never made to look checked. A checked format of another type (a
    /// number format on a string: `type: string, format: int64` is how
    /// Google's documents write a 64-bit integer sent as a string) checks
    /// nothing there, as any keyword of another type: an annotation, with
    /// a warning.
    fn format_attr(&mut self, format: &Value, path: &str, ty: &str) -> Option<TokenStream> {
        use open_model_internals::formats::{checked, FormatKind};
        let kind = format.as_str().and_then(checked).map(|c| c.kind);
        match format.as_str() {
            Some(f) if kind.is_some() => {
                let applies = match kind {
                    Some(FormatKind::String) => matches!(ty, "string" | "any"),
                    _ => matches!(ty, "number" | "integer" | "any"),
                };
                if applies {
                    return Some(quote!(format = #f));
                }
                self.warning(
                    &format!("{path}/format"),
                    format!("format \"{f}\" does not apply to a value of type `{ty}`; kept as an annotation (it checks nothing there)"),
                );
                Some(quote!(format_annotation = #f))
            }
            Some(f) if !f.is_empty() => Some(quote!(format_annotation = #f)),
            _ => {
                self.problem(
                    &format!("{path}/format"),
                    format!("format {} is not a format name", json_text(format)),
                );
                None
            }
        }
    }

    /// The Rust type of a value schema by its `type`.
    fn value_rust_type(
        &mut self,
        map: &Map,
        kind: Option<&Value>,
        path: &str,
        hint: &str,
    ) -> Option<TokenStream> {
        Some(match kind.map(|k| k.as_str()) {
            Some(Some("string")) => quote!(String),
            Some(Some("integer")) => {
                if self.options.big_integers && !map.contains_key("format") {
                    self.use_name("Integer")
                } else {
                    quote!(i64)
                }
            }
            Some(Some("number")) => self.use_name("Number"),
            Some(Some("boolean")) => quote!(bool),
            Some(Some("array")) => self.array(map, path, hint)?,
            Some(Some("object")) => {
                // Object without properties: a map of its extra values.
                let map_ty = self.use_name("Map");
                match map.get("additionalProperties") {
                    None | Some(Value::Bool(true)) => map_ty,
                    Some(extra) => {
                        let inner = self.named_type(
                            extra,
                            &format!("{path}/additionalProperties"),
                            &format!("{hint}Value"),
                        )?;
                        quote!(#map_ty<#inner>)
                    }
                }
            }
            Some(Some(other)) => {
                self.problem(
                    &format!("{path}/type"),
                    format!("`{other}` is not an OpenAPI 3.0 type"),
                );
                return None;
            }
            Some(None) if map.get("type").and_then(Value::as_list).is_some() => {
                self.problem(
                    &format!("{path}/type"),
                    "a list of types is not OpenAPI 3.0; use `nullable` or `oneOf`",
                );
                return None;
            }
            Some(None) => {
                self.problem(
                    &format!("{path}/type"),
                    "`type` must be a type's name (`string`, `object`, …)",
                );
                return None;
            }
            None if map.contains_key("items") || map.contains_key("prefixItems") => {
                self.array(map, path, hint)?
            }
            None => self.use_name("Value"),
        })
    }

    pub(crate) fn array(&mut self, map: &Map, path: &str, hint: &str) -> Option<TokenStream> {
        if map.contains_key("prefixItems") {
            // Items of several types: values, each checked by
            // `prefix_items` (see `Gen::prefix_items`).
            let value = self.use_name("Value");
            return Some(quote!(Vec<#value>));
        }
        let item = match map.get("items") {
            None => self.use_name("Value"),
            Some(Value::List(_)) => {
                self.problem(
                    &format!("{path}/items"),
                    "a list of item schemas (a tuple) is JSON Schema, not OpenAPI 3.0",
                );
                return None;
            }
            Some(items) => self.named_type(items, &format!("{path}/items"), &item_hint(hint))?,
        };
        Some(quote!(Vec<#item>))
    }
}

impl Gen<'_> {
    /// `prefixItems` (OpenAPI 3.1) with the `items` after it, as
    /// `prefix_items(A, B)` and `additional_items = T` (or `= false`) on a
    /// `Vec<Value>`: each inline item schema a type named `<Hint>Item<n>`,
    /// the rest `<Hint>Rest`.
    fn prefix_items(&mut self, map: &Map, path: &str, hint: &str) -> Option<Vec<TokenStream>> {
        let at = format!("{path}/prefixItems");
        if !self.json_schema_keyword(&at, "prefixItems") {
            return None;
        }
        let Some(list) = map.get("prefixItems").and_then(Value::as_list) else {
            self.problem(&at, "must be a list of schemas");
            return None;
        };
        if list.is_empty() {
            return Some(Vec::new());
        }
        let mut types = Vec::new();
        for (i, s) in list.iter().enumerate() {
            let t = self.named_type(s, &format!("{at}/{i}"), &format!("{hint}Item{}", i + 1))?;
            types.push(t);
        }
        let mut attrs = vec![quote!(prefix_items(#(#types),*))];
        match map.get("items") {
            None => {}
            Some(rest) if *rest == crate::objects::no_value() => {
                attrs.push(quote!(additional_items = false));
            }
            Some(rest) if crate::objects::admits_anything(rest) => {}
            Some(rest) => {
                let t = self.named_type(rest, &format!("{path}/items"), &format!("{hint}Rest"))?;
                attrs.push(quote!(additional_items = #t));
            }
        }
        Some(attrs)
    }
}

impl Gen<'_> {
    /// `contains` (OpenAPI 3.1) with `minContains` and `maxContains`, as
    /// `contains = T` (an inline schema a type named `<Hint>Contains`),
    /// `min_contains` and `max_contains`. Without `contains` the counts
    /// check nothing, as JSON Schema says: dropped with a warning.
    fn contains(&mut self, map: &Map, path: &str, hint: &str) -> Option<Vec<TokenStream>> {
        let counts = ["minContains", "maxContains"];
        let present: Vec<&str> = ["contains", "minContains", "maxContains"]
            .into_iter()
            .filter(|k| map.contains_key(k))
            .collect();
        let Some(first) = present.first() else {
            return Some(Vec::new());
        };
        if !self.json_schema_keyword(&format!("{path}/{first}"), first) {
            return None;
        }
        let Some(contains) = map.get("contains") else {
            for k in present {
                self.warning(
                    &format!("{path}/{k}"),
                    format!("`{k}` counts the items `contains` admits, and there is no `contains`; ignored (it checks nothing there)"),
                );
            }
            return Some(Vec::new());
        };
        let t = self.named_type(
            contains,
            &format!("{path}/contains"),
            &format!("{hint}Contains"),
        )?;
        let mut attrs = vec![quote!(contains = #t)];
        for k in counts {
            let Some(v) = map.get(k) else { continue };
            let Some(n) = v
                .as_number()
                .and_then(|n| n.to_string().parse::<u64>().ok())
            else {
                self.problem(
                    &format!("{path}/{k}"),
                    format!("`{k}` must be a whole number"),
                );
                return None;
            };
            let opt = option_ident(k);
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            attrs.push(quote!(#opt = #n));
        }
        let count = |k| map.get(k).and_then(Value::as_number).map(|n| n.to_string());
        let (min, max) = (count("minContains"), count("maxContains"));
        if let (Some(min), Some(max)) = (&min, &max) {
            if min.parse::<u64>().ok() > max.parse::<u64>().ok() {
                self.problem(
                    &format!("{path}/minContains"),
                    "`minContains` is more than `maxContains`: no array meets both",
                );
                return None;
            }
        }
        Some(attrs)
    }
}

impl Gen<'_> {
    /// `if`, `then` and `else` (OpenAPI 3.1) as `if_schema = I`,
    /// `then_schema = T`, `else_schema = E` (inline schemas are types
    /// named `<Hint>If`, `<Hint>Then`, `<Hint>Else`), on a value or a
    /// model. An `if` with neither branch, or a branch without `if`,
    /// checks nothing, as JSON Schema says: dropped with a warning.
    pub(crate) fn conditional(
        &mut self,
        map: &Map,
        path: &str,
        hint: &str,
    ) -> Option<Vec<TokenStream>> {
        let parts = [
            ("if", "If", "if_schema"),
            ("then", "Then", "then_schema"),
            ("else", "Else", "else_schema"),
        ];
        let present: Vec<_> = parts
            .into_iter()
            .filter(|(k, ..)| map.contains_key(k))
            .collect();
        let Some((first, ..)) = present.first() else {
            return Some(Vec::new());
        };
        if !self.json_schema_keyword(&format!("{path}/{first}"), first) {
            return None;
        }
        if present.len() == 1 || !map.contains_key("if") {
            for (k, ..) in present {
                self.warning(
                    &format!("{path}/{k}"),
                    format!("`{k}` applies only with `if` and `then` or `else` beside it; ignored (it checks nothing there)"),
                );
            }
            return Some(Vec::new());
        }
        let mut attrs = Vec::new();
        for (k, suffix, option) in present {
            let schema = map.get(k)?;
            let t = self.named_type(schema, &format!("{path}/{k}"), &format!("{hint}{suffix}"))?;
            let option = format_ident!("{}", option);
            attrs.push(quote!(#option = #t));
        }
        Some(attrs)
    }
}

/// True for a `$ref` that is not `#/components/schemas/<name>`: a place
/// inside a component, or elsewhere in the document.
pub(crate) fn is_deep_pointer(target: &str) -> bool {
    match target.strip_prefix("#/components/schemas/") {
        Some(name) => name.contains('/'),
        None => target.starts_with("#/"),
    }
}

/// A type name from where a pointer points: `#/components/schemas/Tag/allOf/0`
/// → `TagAllOf0`, `#/components/parameters/limit/schema` → `LimitSchema`.
pub(crate) fn pointer_hint(pointer: &str) -> String {
    let segments: Vec<&str> = pointer.trim_start_matches("#/").split('/').collect();
    let rest = match segments.as_slice() {
        ["components", _, rest @ ..] => rest,
        other => other,
    };
    rest.iter()
        .map(|s| {
            // An index follows a name (`AllOf0`); a name is Pascal-cased.
            if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
                (*s).to_owned()
            } else {
                pascal(&pointer_unescape(s))
            }
        })
        .collect()
}
