//! The plan: what is decided of every component before any token is
//! written, as typify's type space is. Each component's Rust name, the
//! components it reaches through `$ref`s (so a reference that leads back
//! to the type being defined is boxed), and whether it is nullable, and
//! how. The writing step reads the plan and never changes it.

use super::*;
use std::collections::BTreeMap;

pub(crate) struct Plan {
    /// The type name of each component, unique even where two component
    /// names differ only in what a Rust name cannot hold (`a-b`, `a_b`).
    pub(crate) names: Map<String>,
    /// The components each component reaches through `$ref`s, itself
    /// included.
    reach: BTreeMap<String, BTreeSet<String>>,
    /// Components whose schema says `nullable: true`.
    nullable: BTreeSet<String>,
    /// Of those, the ones that become aliases: they take `null` themselves
    /// (an `Option` inside); a model, union or enum instead makes each
    /// property that holds it nullable.
    takes_null: BTreeSet<String>,
}

impl Plan {
    /// The plan of `schemas`, and the type names it gave out.
    pub(crate) fn of(schemas: &Map, taken: &mut BTreeSet<String>) -> Plan {
        let mut names = Map::new();
        // Every model gets a builder, `<Type>Builder`, beside it: a component
        // named so (`Charge` and `ChargeBuilder`) gets another name, and keeps
        // the document's in its schema.
        let builders: BTreeSet<String> = schemas
            .iter()
            .map(|(name, _)| builder_name(&type_name(name).to_string()))
            .collect();
        for (name, _) in schemas.iter() {
            let base = type_name(name).to_string();
            let mut unique = base.clone();
            let mut n = 2;
            while taken.contains(&unique) || builders.contains(&unique) {
                unique = format!("{base}{n}");
                n += 1;
            }
            taken.insert(builder_name(&unique));
            taken.insert(unique.clone());
            names.insert(name.clone(), unique);
        }
        let mut reach = BTreeMap::new();
        let (mut nullable, mut takes_null) = (BTreeSet::new(), BTreeSet::new());
        for (name, schema) in schemas.iter() {
            reach.insert(name.clone(), reached_from(schemas, name));
            let map = schema.as_dict();
            if map.and_then(|s| s.get("nullable")).and_then(Value::as_bool) == Some(true) {
                nullable.insert(name.clone());
                if map.is_some_and(becomes_alias) {
                    takes_null.insert(name.clone());
                }
            }
        }
        Plan {
            names,
            reach,
            nullable,
            takes_null,
        }
    }

    /// True when component `from` refers, through any chain of `$ref`s, to
    /// component `to` (or is it).
    pub(crate) fn reaches(&self, from: &str, to: &str) -> bool {
        from == to || self.reach.get(from).is_some_and(|r| r.contains(to))
    }

    /// The component's schema says `nullable: true`.
    pub(crate) fn is_nullable(&self, component: &str) -> bool {
        self.nullable.contains(component)
    }

    /// The component is a nullable alias, which takes `null` itself.
    pub(crate) fn takes_null(&self, component: &str) -> bool {
        self.takes_null.contains(component)
    }
}

/// The name of a model's builder, which `#[open_model]` writes beside it.
pub(crate) fn builder_name(type_name: &str) -> String {
    format!("{type_name}Builder")
}

/// Every component `from` reaches through `$ref`s, itself included.
fn reached_from(schemas: &Map, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from.to_owned()];
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(schema) = schemas.get(&name) {
            refs_in(schema, &mut stack);
        }
    }
    seen
}
