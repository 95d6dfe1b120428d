//! `allOf` bases: a `$ref` member is flattened (`#[open_model(flatten)]`)
//! when that is exact. When the other members would judge what the base
//! holds (a property of the base given a schema of its own, as a subtype
//! narrows `items: {}` to `items: {$ref: Article}` or a tag to one `enum`
//! value; an `additionalProperties` beside the base; two bases that give
//! one property two schemas), or the base judges what they add (its own
//! `additionalProperties`), or when a base cannot be flattened (a
//! second base with a base of its own, a `$ref` to a place inside a
//! component), the bases' schemas are written in place of the references
//! and every member is merged into one schema by `merge_all_of`, exactly.
//! The model then holds the base's fields itself instead of a `flatten`
//! field.

use super::*;
use crate::types::is_deep_pointer;

/// What the `$ref` bases of an `allOf` hold, and whether flattening them
/// keeps every rule.
pub(crate) struct Bases {
    /// The schema with each base's schema written in place of its `$ref`.
    pub(crate) inlined: Map,
    /// Flattening would drop a rule, or cannot be done: merge `inlined`.
    pub(crate) must_inline: bool,
    /// The properties the bases declare, the first base's schema first.
    pub(crate) inherited: Map,
}

/// A property's schema without the keywords that check nothing
/// (annotations, extensions): what two schemas are compared by.
pub(crate) fn checked_part(schema: &Value) -> Value {
    match schema.as_dict() {
        Some(m) => Value::Dict(
            m.iter()
                .filter(|(k, _)| !annotations().contains(&k.as_str()) && !without_meaning(k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        None => schema.clone(),
    }
}

/// A schema with its `allOf` members merged; `None` when they cannot be.
fn declared(schema: &Value) -> Option<Map> {
    let d = schema.as_dict()?;
    let merged = if d.contains_key("allOf") {
        match merge_all_of(d, "") {
            Ok(Merged::Plain(m)) => m,
            _ => return None,
        }
    } else {
        d.clone()
    };
    Some(merged)
}

/// Whether a schema extends a base (an `allOf` member that is a `$ref`).
pub(crate) fn has_base(schema: Option<&Value>) -> bool {
    let members = schema.and_then(|s| s.get("allOf")).and_then(Value::as_list);
    members.is_some_and(|l| l.iter().any(|m| m.get("$ref").is_some()))
}

impl Gen<'_> {
    /// The schema `target` names, with its `allOf` bases (and itself, when
    /// it is only a reference) written in place, at every depth; the
    /// base's own `discriminator` and annotations left out (they describe
    /// the base, not what extends it). `None` for a reference that names
    /// no schema, or that leads back to one being written.
    fn inlined(&self, target: &str, seen: &mut Vec<String>) -> Option<Value> {
        if seen.iter().any(|s| s == target) || seen.len() > 64 {
            return None;
        }
        let schema = self.lookup(target)?.as_dict()?;
        seen.push(target.to_owned());
        let out = self.with_bases_inlined(schema, seen);
        seen.pop();
        let out = without(&out?, &["discriminator", "description", "title", "example"]);
        Some(Value::Dict(out))
    }

    fn with_bases_inlined(&self, schema: &Map, seen: &mut Vec<String>) -> Option<Map> {
        if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
            // Keywords beside a `$ref` are ignored, as OpenAPI 3.0 says.
            return self.inlined(target, seen)?.as_dict().cloned();
        }
        let mut out = schema.clone();
        if let Some(members) = schema.get("allOf").and_then(Value::as_list) {
            let list = members
                .iter()
                .map(|m| match m.as_dict() {
                    Some(d) if d.contains_key("$ref") || d.contains_key("allOf") => {
                        self.with_bases_inlined(d, seen).map(Value::Dict)
                    }
                    _ => Some(m.clone()),
                })
                .collect::<Option<Vec<_>>>()?;
            out.insert("allOf".into(), Value::List(list));
        }
        Some(out)
    }

    /// Reads the `$ref` bases of `schema` (an `allOf`). `None` when a base
    /// cannot be read that way (it names nothing, leads back to itself, or
    /// its own members cannot be merged): the flattening path reports it.
    pub(crate) fn bases(&self, schema: &Map) -> Option<Bases> {
        let members = schema.get("allOf")?.as_list()?;
        let mut seen = Vec::new();
        let mut list = Vec::with_capacity(members.len());
        let mut inherited = Map::new();
        let mut must_inline = false;
        let mut count = 0;
        let mut closed_base = false;
        for m in members {
            let Some(target) = m.get("$ref").and_then(Value::as_str) else {
                // A member that is an `allOf` with a base of its own (how a
                // 3.1 `$ref` with keywords beside it is read): its bases
                // are written in place too.
                match m.as_dict().filter(|_| has_base(Some(m))) {
                    Some(d) => {
                        list.push(Value::Dict(self.with_bases_inlined(d, &mut seen)?));
                        must_inline = true;
                    }
                    None => list.push(m.clone()),
                }
                continue;
            };
            let base = self.inlined(target, &mut seen)?;
            let merged = declared(&base)?;
            // A base's `additionalProperties` judges what the others add.
            closed_base |= merged
                .get("additionalProperties")
                .is_some_and(|a| !admits_anything(a));
            // Its key keywords judge every key of the whole object, which a
            // flattened base cannot (the macro refuses to flatten one).
            must_inline |= KEY_KEYWORDS.iter().any(|k| merged.contains_key(k));
            let props = merged.get("properties").and_then(Value::as_dict);
            for (p, s) in props.into_iter().flat_map(|d| d.iter()) {
                match inherited.get(p) {
                    Some(first) => must_inline |= checked_part(first) != checked_part(s),
                    None => {
                        inherited.insert(p.clone(), s.clone());
                    }
                }
            }
            // A base that generates no struct (a union, a place inside a
            // component) cannot be flattened, nor can a second base with a
            // base of its own be merged as plain properties.
            let flattens = !is_deep_pointer(target)
                && component_named(target).is_some_and(|n| self.struct_behind(&n).is_some());
            must_inline |= !flattens || (count > 0 && has_base(self.lookup(target)));
            count += 1;
            list.push(base);
        }
        // What the schema adds beside its bases: its own keywords and its
        // members that are not references.
        let rest = without(schema, &["allOf"]);
        let own = members
            .iter()
            .filter(|m| m.get("$ref").is_none())
            .filter_map(Value::as_dict)
            .chain([&rest]);
        let mut declared_here = Map::new();
        let mut own_adds = false;
        for o in own {
            own_adds |= o.contains_key("required")
                || o.get("properties")
                    .and_then(Value::as_dict)
                    .is_some_and(|p| !p.is_empty());
            must_inline |= o
                .get("additionalProperties")
                .is_some_and(|a| !admits_anything(a));
            let props = o.get("properties").and_then(Value::as_dict);
            for (p, s) in props.into_iter().flat_map(|d| d.iter()) {
                let rules = checked_part(s);
                if rules.as_dict().is_some_and(Map::is_empty) {
                    continue;
                }
                for earlier in [inherited.get(p), declared_here.get(p)]
                    .into_iter()
                    .flatten()
                {
                    must_inline |= checked_part(earlier) != rules;
                }
                declared_here.insert(p.clone(), s.clone());
            }
        }
        must_inline |= closed_base && (count > 1 || own_adds);
        let mut inlined = schema.clone();
        inlined.insert("allOf".into(), Value::List(list));
        Some(Bases {
            inlined,
            must_inline,
            inherited,
        })
    }

    /// `schema`, an `allOf` with one member that is an inline union
    /// (`oneOf`/`anyOf` without a `discriminator`) beside object members
    /// and bases (Intellifi's `Item`: a base, properties, and one of three
    /// location keys), as the union of its alternatives with the other
    /// members merged beside it, which `union` distributes into each:
    /// base ∧ (A ∨ B) is (base ∧ A) ∨ (base ∧ B). Also the index of the
    /// union member. `None` when there is no such member or the others
    /// cannot be merged.
    pub(crate) fn union_member_lifted(&self, schema: &Map) -> Option<(usize, Map)> {
        let members = schema.get("allOf")?.as_list()?;
        let is_union = |m: &Value| {
            m.get("$ref").is_none() && (m.get("oneOf").is_some() || m.get("anyOf").is_some())
        };
        let mut unions = members.iter().enumerate().filter(|(_, m)| is_union(m));
        let (u, union) = unions.next()?;
        if unions.next().is_some() {
            return None;
        }
        let union = union.as_dict()?;
        if union.contains_key("discriminator") || union.contains_key("allOf") {
            return None;
        }
        let key = if union.contains_key("oneOf") {
            "oneOf"
        } else {
            "anyOf"
        };
        let mut others: Vec<Value> = members
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != u)
            .map(|(_, m)| m.clone())
            .collect();
        let own = without(union, &[key]);
        if !own.is_empty() {
            others.push(Value::Dict(own));
        }
        let mut rest = without(schema, &["allOf"]);
        rest.insert("allOf".into(), Value::List(others));
        let mut merged = match merge_all_of(&rest, "") {
            Ok(Merged::Plain(m)) => m,
            Ok(Merged::Based) => match merge_all_of(&self.bases(&rest)?.inlined, "") {
                Ok(Merged::Plain(m)) => m,
                _ => return None,
            },
            Err(_) => return None,
        };
        merged.insert(key.into(), union.get(key)?.clone());
        Some((u, merged))
    }

    /// Why no value meets `schema`, when it is an `allOf` whose members
    /// (bases written in place) cannot hold together, or a union none of
    /// whose members meets the keywords beside it.
    pub(crate) fn admits_no_value(&self, schema: &Value, path: &str) -> Option<Unmerged> {
        let union = schema.as_dict().and_then(|d| {
            let key = ["oneOf", "anyOf"].into_iter().find(|k| d.contains_key(k))?;
            let why = self.union_admits_no_value(d, path)?;
            Some(Unmerged {
                at: format!("{path}/{key}"),
                why,
                never: true,
            })
        });
        if union.is_some() {
            return union;
        }
        let d = schema.as_dict().filter(|d| d.contains_key("allOf"))?;
        let plain = match self.bases(d) {
            Some(b) => b.inlined,
            None => d.clone(),
        };
        let e = merge_all_of(&plain, path).err().filter(|e| e.never)?;
        Some(match self.at_written_base(d, path, &e.at) {
            Some(at) => Unmerged { at, ..e },
            None => e,
        })
    }

    /// Writes `schema` (an `allOf`) as one model holding its bases'
    /// fields, every member merged exactly. A problem inside a base is
    /// reported at the `$ref` that brought it in.
    pub(crate) fn all_of_inlined(
        &mut self,
        ident: &Ident,
        schema: &Map,
        bases: &Bases,
        path: &str,
        inline: bool,
    ) {
        match merge_all_of(&bases.inlined, path) {
            Ok(Merged::Plain(merged)) => self.definition_items(ident, &merged, path, inline),
            Ok(Merged::Based) => self.problem(
                &format!("{path}/allOf"),
                "a base could not be written in place",
            ),
            Err(e) => {
                let (at, why) = match self.at_written_base(schema, path, &e.at) {
                    Some(at) => (
                        at,
                        format!("{} (in the schema this `$ref` names, merged here)", e.why),
                    ),
                    None => (e.at, e.why),
                };
                if e.never {
                    self.admits_nothing(ident, schema, path, inline, (&at, &why));
                } else {
                    self.problem(&at, why);
                }
            }
        }
    }

    /// An `allOf` with `unevaluatedProperties` beside it (OpenAPI 3.1's way
    /// to close a composed object): when every member, bases written in
    /// place, evaluates a fixed set of keys (no union, `if` or
    /// `dependentSchemas` at any depth), the keys evaluated are those of
    /// the merged model, so the keyword is the merged model's
    /// `additionalProperties` (nothing when a member has one: it evaluates
    /// every other key). Otherwise it is refused with why.
    pub(crate) fn all_of_unevaluated(
        &mut self,
        ident: &Ident,
        schema: &Map,
        path: &str,
        inline: bool,
    ) {
        let at = format!("{path}/unevaluatedProperties");
        let rule = schema.get("unevaluatedProperties").cloned();
        let rest = without(schema, &["unevaluatedProperties"]);
        let inlined = match self.bases(&rest) {
            Some(b) => b.inlined,
            None => rest.clone(),
        };
        if !evaluates_fixed_keys(&inlined) {
            self.problem(
                &at,
                format!("`unevaluatedProperties` {}", crate::gen::UNEVALUATED),
            );
            return;
        }
        match merge_all_of(&inlined, path) {
            Ok(Merged::Plain(mut merged)) => {
                if let (false, Some(rule)) = (merged.contains_key("additionalProperties"), rule) {
                    merged.insert("additionalProperties".into(), rule);
                }
                self.definition_items(ident, &merged, path, inline);
            }
            Ok(Merged::Based) => self.problem(
                &at,
                "`unevaluatedProperties` beside `allOf` needs the members written in place, and a base could not be",
            ),
            Err(e) if e.never => {
                self.admits_nothing(ident, schema, path, inline, (&e.at, &e.why));
            }
            Err(e) => self.problem(&e.at, e.why),
        }
    }

    /// The `$ref` of the base that `at` (a pointer into the schema with
    /// bases written in place) falls in, if it falls in one.
    fn at_written_base(&self, schema: &Map, path: &str, at: &str) -> Option<String> {
        let members = schema.get("allOf").and_then(Value::as_list);
        for (i, m) in members.into_iter().flatten().enumerate() {
            let member = format!("{path}/allOf/{i}");
            let inside = at == member || at.starts_with(&format!("{member}/"));
            if inside && m.get("$ref").is_some() {
                return Some(format!("{member}/$ref"));
            }
        }
        None
    }
}

/// Whether `schema` (bases written in place) evaluates a fixed set of keys:
/// no subschema in place that evaluates keys only when it matches (a
/// union, `if`, `dependentSchemas`) or that the generator did not write in
/// place (a `$ref`), at any depth of `allOf`.
fn evaluates_fixed_keys(schema: &Map) -> bool {
    // Every applicator but `allOf`, whose members are looked into below.
    let conditional = crate::openapi31::APPLICATORS
        .iter()
        .filter(|k| **k != "allOf")
        .chain(&["unevaluatedProperties"]);
    if conditional.into_iter().any(|k| schema.contains_key(k)) {
        return false;
    }
    schema
        .get("allOf")
        .and_then(Value::as_list)
        .into_iter()
        .flatten()
        .all(|m| m.as_dict().is_some_and(evaluates_fixed_keys))
}
