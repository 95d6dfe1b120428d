//! Inheritance: a component with a `discriminator` that other components
//! extend through `allOf`, and the union of it and all that extends it,
//! chosen by the tag, which is what a reference to the base means.

use super::*;

/// The `discriminator` of a schema: its own, or the one its `allOf`
/// members give beside a `$ref` base (Microsoft Graph writes a subtype
/// that is a base of its own this way: `allOf: [{$ref: entity},
/// {discriminator: …, properties: …}]`).
pub(crate) fn discriminator_of(schema: &Map) -> Option<&Value> {
    if let Some(d) = schema.get("discriminator") {
        return Some(d);
    }
    let members = schema.get("allOf")?.as_list()?;
    let mut given = members
        .iter()
        .filter(|m| m.get("$ref").is_none())
        .filter_map(|m| m.get("discriminator"));
    let first = given.next()?;
    // Two members that give one differently cannot be merged (an error
    // where the members are read).
    given.all(|d| d == first).then_some(first)
}

/// The components that extend each component directly: those with an
/// `allOf` member that is a `$ref` to it, in document order.
fn extended_by(schemas: &Map) -> std::collections::BTreeMap<String, Vec<String>> {
    let mut out: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (name, schema) in schemas.iter() {
        let members = schema.get("allOf").and_then(Value::as_list);
        for m in members.map(Vec::as_slice).unwrap_or_default() {
            let Some(target) = m.get("$ref").and_then(Value::as_str) else {
                continue;
            };
            let Some(base) = component_named(target) else {
                continue;
            };
            let list = out.entry(base).or_default();
            if !list.contains(name) {
                list.push(name.clone());
            }
        }
    }
    out
}

/// Every component that extends `base`, directly or through others, in
/// document order (the base itself left out, should a cycle lead back).
fn descendants(
    schemas: &Map,
    extended_by: &std::collections::BTreeMap<String, Vec<String>>,
    base: &str,
) -> Vec<String> {
    let mut found = BTreeSet::new();
    let mut todo = vec![base.to_owned()];
    while let Some(n) = todo.pop() {
        for child in extended_by.get(&n).map(Vec::as_slice).unwrap_or_default() {
            if child != base && found.insert(child.clone()) {
                todo.push(child.clone());
            }
        }
    }
    schemas
        .keys()
        .filter(|n| found.contains(n.as_str()))
        .cloned()
        .collect()
}

impl Gen<'_> {
    /// Finds each inheritance base: an object component with a
    /// `discriminator` (its own, or an `allOf` member's: see
    /// `discriminator_of`) that other components extend, directly or
    /// through a subtype of a subtype (`allOf` with a `$ref` to it). Its
    /// union holds the base and every such component, because a value of
    /// any of them is a value of the base (openapi-generator's
    /// descendants, all levels). The tag value of each is the base's
    /// `mapping` key naming it, its `x-ms-discriminator-value`, or its
    /// component name.
    pub(crate) fn find_inheritance(&mut self) {
        let schemas = self.schemas;
        let extended_by = extended_by(schemas);
        for (base, schema) in schemas.iter() {
            let Some(d) = schema.as_dict().and_then(discriminator_of) else {
                continue;
            };
            if schema.get("oneOf").is_some() || schema.get("anyOf").is_some() {
                continue;
            }
            let Some(tag) = d.get("propertyName").and_then(Value::as_str) else {
                continue;
            };
            let target = component_ref(base);
            let subtypes = descendants(schemas, &extended_by, base);
            if subtypes.is_empty() {
                continue;
            }
            let mapping = d.get("mapping").and_then(Value::as_dict);
            let value_of = |name: &str| -> String {
                let r = component_ref(name);
                // The `mapping`; else the value AutoRest's documents give
                // the subtype itself (Azure: `x-ms-discriminator-value`);
                // else the component's name, as OpenAPI says.
                let own = || {
                    schemas
                        .get(name)
                        .and_then(|s| s.get("x-ms-discriminator-value"))
                        .and_then(Value::as_str)
                        .map(str::to_owned)
                };
                mapping
                    .and_then(|m| {
                        m.iter()
                            .find(|(_, v)| v.as_str() == Some(r.as_str()))
                            .map(|(k, _)| k.clone())
                    })
                    .or_else(own)
                    .unwrap_or_else(|| name.to_owned())
            };
            let mut members = vec![(value_of(base), base.clone())];
            members.extend(subtypes.iter().map(|s| (value_of(s), s.clone())));
            let hint = format!("Any{}", self.type_of(base));
            let union = self.inline_name(&target, Role::Inheritance, &hint);
            self.inheritance.insert(
                base.clone(),
                Inheritance {
                    union: union.to_string(),
                    tag: tag.to_owned(),
                    members,
                },
            );
        }
    }

    /// The union of an inheritance base and its subtypes, chosen by the tag:
    /// what a reference to the base means (a value of the base or of any
    /// subtype).
    pub(crate) fn inheritance_union(&mut self, base: &str, inheritance: &Inheritance) {
        let ident = format_ident!("{}", inheritance.union);
        let tag = &inheritance.tag;
        let variants: Vec<TokenStream> = inheritance
            .members
            .iter()
            .enumerate()
            .map(|(i, (value, component))| {
                let v = variant_ident(value, i);
                let ty = self.type_of(component);
                if v == value {
                    quote!(#v(#ty))
                } else {
                    quote!(#[open_model(rename = #value)] #v(#ty))
                }
            })
            .collect();
        let doc = format!(
            " `{}` or any of its subtypes, chosen by `{tag}`.",
            self.type_of(base)
        );
        self.items.push(quote! {
            #[doc = #doc]
            #[open_model(tag = #tag)]
            #[derive(Debug, Clone, PartialEq)]
            pub enum #ident {
                #(#variants,)*
            }
        });
    }
}
