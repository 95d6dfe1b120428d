//! The plan: what is decided of every type before any token is written,
//! as typify's type space is. Each component's Rust name, the components
//! it reaches through `$ref`s (so a reference that leads back to the type
//! being defined is boxed), whether it is nullable, and how; and the name
//! of every inline type (an inline object, union or enum, a wrapper that
//! carries an item's keywords, the type of a deep `$ref`, the union of an
//! inheritance base), by where it stands. The writing step reads the plan
//! and never changes it.
//!
//! Which inline schema needs a type of its own is decided by the rules
//! that write it (`Gen::field_type` and its callers), and they are the one
//! home of that decision: the plan's inline names come from a first pass
//! of those rules in which a name is chosen wherever one is asked for and
//! nothing written is kept ([`Names::Choosing`]). The second pass writes,
//! and reads each name from the plan ([`Names::Chosen`]).

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
    /// The name of every inline type, by where it stands.
    pub(crate) inline: Names,
}

/// Where an inline type stands: the pointer of the schema it is made from,
/// what it is there, and the name it was asked for under (one pointer can
/// hold several: an inline object and the wrapper that carries an item's
/// keywords around it; the two halves of an untyped schema).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Site {
    pub(crate) path: String,
    pub(crate) role: Role,
    pub(crate) hint: String,
}

/// What an inline type is at its site.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Role {
    /// An inline object, union, enum or `allOf` of its own.
    Definition,
    /// A newtype that carries an item's (a value's, a `not`'s) keywords.
    Wrapper,
    /// The schema a deep `$ref` points at (the site is the pointer).
    Pointed,
    /// An inline member of a tagged union, named by its tag.
    Member,
    /// The union of an inheritance base and its subtypes.
    Inheritance,
}

/// The names of inline types: being chosen (the first pass), or chosen.
/// A site asked for more than once (the same schema written twice) has a
/// name per time, in order.
#[derive(Debug)]
pub(crate) enum Names {
    Choosing {
        /// Every type name given out so far, components' and builders'
        /// included, so that no two types share one.
        taken: BTreeSet<String>,
        chosen: BTreeMap<Site, Vec<String>>,
    },
    Chosen(BTreeMap<Site, std::collections::VecDeque<String>>),
}

impl Names {
    /// The name of the inline type at `site`: in the first pass a fresh
    /// one from its hint (`hint`, `hint2`, ...; its builder's name is taken
    /// with it), in the second the one chosen then. `None` when the second
    /// pass asks for a site the first did not: an internal error.
    pub(crate) fn name(&mut self, site: Site) -> Option<String> {
        match self {
            Names::Choosing { taken, chosen } => {
                let mut name = site.hint.clone();
                let mut n = 2;
                while taken.contains(&name) {
                    name = format!("{}{n}", site.hint);
                    n += 1;
                }
                taken.insert(builder_name(&name));
                taken.insert(name.clone());
                chosen.entry(site).or_default().push(name.clone());
                Some(name)
            }
            Names::Chosen(chosen) => chosen.get_mut(&site)?.pop_front(),
        }
    }

    /// The names chosen, for the second pass.
    pub(crate) fn chosen(self) -> Names {
        match self {
            Names::Choosing { chosen, .. } => Names::Chosen(
                chosen
                    .into_iter()
                    .map(|(site, names)| (site, names.into()))
                    .collect(),
            ),
            chosen @ Names::Chosen(_) => chosen,
        }
    }
}

impl Plan {
    /// The plan of `schemas`, ready for the pass that chooses the names of
    /// inline types.
    pub(crate) fn of(schemas: &Map) -> Plan {
        let mut taken = BTreeSet::new();
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
            inline: Names::Choosing {
                taken,
                chosen: BTreeMap::new(),
            },
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
