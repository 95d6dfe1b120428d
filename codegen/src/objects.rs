//! Objects: structs with their properties, `additionalProperties`, and
//! `allOf` (a flattened base, or members merged into one schema).

use super::*;
use open_model::Number;
use open_model_internals::keywords::multiple_of_both;

/// What `allOf` merges into.
pub(crate) enum Merged {
    /// One schema holding every member's keywords.
    Plain(Map),
    /// A `$ref` base and object members: a `flatten` base plus fields.
    Based,
}

pub(crate) const OBJECT_KEYS: &[&str] = &[
    "properties",
    "required",
    "additionalProperties",
    "minProperties",
    "maxProperties",
    "patternProperties",
    "dependentRequired",
    "dependentSchemas",
    "propertyNames",
];

/// The object keywords (OpenAPI 3.1) that judge every key of the object,
/// typed and extension alike.
pub(crate) const KEY_KEYWORDS: &[&str] = &[
    "patternProperties",
    "dependentRequired",
    "dependentSchemas",
    "propertyNames",
];

pub(crate) const ARRAY_KEYS: &[&str] = &[
    "items",
    "prefixItems",
    "minItems",
    "maxItems",
    "uniqueItems",
    "contains",
    "minContains",
    "maxContains",
];

/// `schema` with the `nullable: true` of an `allOf` member beside a `$ref`
/// lifted to the schema itself: the 3.0 idiom for a nullable reference
/// (`allOf: [{$ref: Task}, {nullable: true}]`), read the same way when the
/// member also adds properties (Asana's `allOf: [{$ref: GoalMetricBase},
/// {nullable: true, properties: …}]`). `None` when there is nothing to lift.
pub(crate) fn member_nullable_lifted(schema: &Map) -> Option<Map> {
    let members = schema.get("allOf")?.as_list()?;
    let nullable = |m: &Value| m.get("nullable").and_then(Value::as_bool) == Some(true);
    let with_ref = members.iter().any(|m| m.get("$ref").is_some());
    let lift = members
        .iter()
        .any(|m| m.get("$ref").is_none() && nullable(m));
    if !with_ref || !lift {
        return None;
    }
    let members = members
        .iter()
        .map(|m| match m.as_dict() {
            Some(d) if m.get("$ref").is_none() => Value::Dict(without(d, &["nullable"])),
            _ => m.clone(),
        })
        .collect();
    let mut out = schema.clone();
    out.insert("allOf".into(), Value::List(members));
    out.insert("nullable".into(), Value::Bool(true));
    Some(out)
}

/// A schema that admits every value: `true`, `{}`, or only annotations
/// (`{example: "Aaron Levie"}`, as Box writes its metadata values).
pub(crate) fn admits_anything(schema: &Value) -> bool {
    schema.as_bool() == Some(true)
        || schema.as_dict().is_some_and(|d| {
            d.iter()
                .all(|(k, _)| without_meaning(k) || annotations().contains(&k.as_str()))
        })
}

/// Why `allOf` members could not be merged.
pub(crate) struct Unmerged {
    /// The pointer of the keyword or member at fault.
    pub(crate) at: String,
    pub(crate) why: String,
    /// No value can meet every member (two types, two `enum` lists with
    /// nothing in common): the schema admits nothing.
    pub(crate) never: bool,
}

impl Unmerged {
    fn new(at: String, why: impl Into<String>) -> Self {
        Unmerged {
            at,
            why: why.into(),
            never: false,
        }
    }

    fn never(at: String, why: impl Into<String>) -> Self {
        Unmerged {
            never: true,
            ..Unmerged::new(at, why)
        }
    }
}

/// Merges `allOf` members (nested ones too) into one schema, exactly: the
/// `required` lists and `properties` maps are joined (a property in two
/// members gets the `allOf` of its schemas, as `items` does), the `enum`
/// lists intersected, `integer` with `number` is `integer`; any other
/// keyword given twice with different values is refused. A `$ref` member
/// makes it a composition (`Based`), left to the object rules; a lone
/// `$ref` stays a reference.
pub(crate) fn merge_all_of(schema: &Map, path: &str) -> Result<Merged, Unmerged> {
    let apath = format!("{path}/allOf");
    let Some(members) = schema.get("allOf").and_then(Value::as_list) else {
        return Err(Unmerged::new(apath, "must be a list of schemas"));
    };
    let rest = without(schema, &["allOf"]);
    // One `$ref`, and beside it (in the schema or in other members) only
    // annotations and `nullable`: the 3.0 idiom for an annotated or nullable
    // reference (`allOf: [{$ref: User}, {nullable: true}]`).
    // `type: object` and an `additionalProperties` that admits anything say
    // no more than the reference to a model does.
    let says_nothing = |k: &str, v: &Value| {
        (k == "type" && v.as_str() == Some("object"))
            || (k == "additionalProperties" && admits_anything(v))
    };
    let annotation_only = |m: &Map| {
        m.iter().all(|(k, v)| {
            annotations().contains(&k.as_str())
                || k == "nullable"
                || without_meaning(k)
                || says_nothing(k, v)
        })
    };
    let refs: Vec<&Value> = members.iter().filter(|m| m.get("$ref").is_some()).collect();
    if let [only] = refs.as_slice() {
        let others_annotate = members
            .iter()
            .filter(|m| m.get("$ref").is_none())
            .all(|m| m.as_dict().is_some_and(annotation_only));
        if others_annotate && annotation_only(&rest) {
            let mut merged = Map::new();
            let beside = members
                .iter()
                .filter(|m| m.get("$ref").is_none())
                .filter_map(Value::as_dict)
                .chain([&rest]);
            for m in beside {
                for (k, v) in m.iter() {
                    // Beside the `$ref` it would be "ignored": it is dropped.
                    if !without_meaning(k) && !says_nothing(k, v) {
                        merged.insert(k.clone(), v.clone());
                    }
                }
            }
            for (k, v) in only.as_dict().into_iter().flat_map(|m| m.iter()) {
                merged.insert(k.clone(), v.clone());
            }
            return Ok(Merged::Plain(merged));
        }
    }
    if members
        .iter()
        .any(|m| m.get("$ref").is_some() || has_base(Some(m)))
    {
        return Ok(Merged::Based);
    }
    let mut merged = rest;
    let mut read = Vec::new();
    for (i, m) in members.iter().enumerate() {
        let mpath = format!("{apath}/{i}");
        let member = match m {
            Value::Bool(true) => Map::new(),
            Value::Dict(d) if d.contains_key("allOf") => match merge_all_of(d, &mpath)? {
                Merged::Plain(p) => p,
                Merged::Based => {
                    return Err(Unmerged::new(
                        mpath,
                        "a nested `allOf` with a `$ref` cannot be merged",
                    ))
                }
            },
            Value::Dict(d) => d.clone(),
            _ => return Err(Unmerged::new(mpath, "must be a schema object")),
        };
        // A member's `patternProperties` judges the keys every other member
        // declares, and its `additionalProperties` spares the keys it
        // matches: no merge says that yet.
        if members.len() > 1 && member.contains_key("patternProperties") {
            return Err(Unmerged::new(
                format!("{mpath}/patternProperties"),
                "`patternProperties` inside `allOf` cannot be merged",
            ));
        }
        read.push(member.clone());
        for bound in [Bound::LOWER, Bound::UPPER] {
            bound.merge(&mut merged, &member, &mpath)?;
        }
        for (k, v) in member.iter() {
            match (k.as_str(), merged.get(k)) {
                // Merged with their exclusive keywords above.
                ("minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum", _) => {}
                (_, None) => {
                    merged.insert(k.clone(), v.clone());
                }
                (_, Some(old)) if old == v => {}
                ("required", Some(Value::List(old))) => {
                    let mut joined = old.clone();
                    for r in v.as_list().map(Vec::as_slice).unwrap_or_default() {
                        if !joined.contains(r) {
                            joined.push(r.clone());
                        }
                    }
                    merged.insert(k.clone(), Value::List(joined));
                }
                ("properties", Some(Value::Dict(old))) => {
                    let mut joined = old.clone();
                    for (p, ps) in v.as_dict().into_iter().flat_map(|d| d.iter()) {
                        // The same property with two schemas: its value
                        // must meet both, which is their `allOf`; when no
                        // value can, the key cannot be present.
                        let both = match joined.get(p) {
                            Some(o) if *o == no_value() => continue,
                            Some(o) if o != ps => {
                                let pair = both_of(o, ps);
                                match merge_all_of(&pair, &mpath) {
                                    Err(Unmerged { never: true, .. }) => no_value(),
                                    _ => Value::Dict(pair),
                                }
                            }
                            _ => ps.clone(),
                        };
                        joined.insert(p.clone(), both);
                    }
                    merged.insert(k.clone(), Value::Dict(joined));
                }
                // Each item meets both schemas; when no value can, the
                // array is empty.
                ("items", Some(old)) => {
                    let both = both_of(old, v);
                    match merge_all_of(&both, &mpath) {
                        Err(Unmerged { never: true, .. }) => {
                            merged.insert(k.clone(), Value::Dict(Map::new()));
                            merged.insert("maxItems".into(), Value::from(0));
                        }
                        _ => {
                            merged.insert(k.clone(), Value::Dict(both));
                        }
                    }
                }
                // The tighter bound of a count.
                ("maxLength" | "maxItems" | "maxProperties", Some(old)) if tighter(old, v, false) => {
                    merged.insert(k.clone(), v.clone());
                }
                ("minLength" | "minItems" | "minProperties", Some(old)) if tighter(old, v, true) => {
                    merged.insert(k.clone(), v.clone());
                }
                ("maxLength" | "maxItems" | "maxProperties" | "minLength" | "minItems"
                | "minProperties", Some(old))
                    if old.as_u64().is_some() && v.as_u64().is_some() => {}
                // A multiple of both divisors is a multiple of their least
                // common multiple, exactly.
                ("multipleOf", Some(old)) => {
                    let both = match (old.as_number(), v.as_number()) {
                        (Some(o), Some(n)) => multiple_of_both(&o.to_string(), &n.to_string())
                            .and_then(|l| {
                                Number::from_literal(&l).map_err(|_| "cannot be written")
                            }),
                        _ => Err("must be a number"),
                    };
                    match both {
                        Ok(n) => {
                            merged.insert(k.clone(), Value::Number(n));
                        }
                        Err(why) => {
                            return Err(Unmerged::new(
                                format!("{mpath}/multipleOf"),
                                format!("`multipleOf` is given twice, differently, in `allOf`, and {why}"),
                            ));
                        }
                    }
                }
                // Unique items in one member: unique in both.
                ("uniqueItems", Some(_)) if v.as_bool().is_some() => {
                    if v.as_bool() == Some(true) {
                        merged.insert(k.clone(), v.clone());
                    }
                }
                // Two patterns: a string meets both.
                ("pattern", Some(Value::Str(old))) if v.as_str().is_some() => {
                    let new = v.as_str().unwrap_or_default();
                    match open_model_internals::patterns::both(old, new) {
                        Some(joined) => {
                            merged.insert(k.clone(), Value::from(joined));
                        }
                        None => {
                            return Err(Unmerged::new(
                                format!("{mpath}/pattern"),
                                "`pattern` is given twice, differently, in `allOf`, and one of them has back-references, which joining the two would renumber",
                            ))
                        }
                    }
                }
                ("enum", Some(Value::List(old))) => {
                    let listed = v.as_list().map(Vec::as_slice).unwrap_or_default();
                    let both: Vec<Value> =
                        old.iter().filter(|x| listed.contains(x)).cloned().collect();
                    if both.is_empty() {
                        return Err(Unmerged::never(
                            format!("{mpath}/enum"),
                            "no value is in both `enum` lists",
                        ));
                    }
                    merged.insert(k.clone(), Value::List(both));
                }
                ("type", Some(old)) => match (old.as_str(), v.as_str()) {
                    (Some("integer"), Some("number")) | (Some("number"), Some("integer")) => {
                        merged.insert(k.clone(), Value::from("integer"));
                    }
                    _ => {
                        return Err(Unmerged::never(
                            format!("{mpath}/type"),
                            format!("no value is of both types {} and {}", json_text(old), json_text(v)),
                        ))
                    }
                },
                // A `default` given again: the later member's, the more
                // specific one where an `allOf` extends a base (a
                // subtype's own tag value as its default).
                ("default", Some(_)) => {
                    merged.insert(k.clone(), v.clone());
                }
                // Other annotations and extensions check nothing: the
                // first is kept. So is a `discriminator`, a hint for
                // choosing among subtypes, read where the component is.
                (k, Some(_))
                    if annotations().contains(&k)
                        || without_meaning(k)
                        || matches!(k, "title" | "example" | "discriminator") => {}
                // Set exactly below, from every member.
                ("additionalProperties" | "nullable", Some(_)) => {}
                _ => {
                    return Err(Unmerged::new(
                        format!("{mpath}/{}", pointer_escape(k)),
                        format!("`{k}` is given twice, differently, in `allOf`; the members cannot be merged"),
                    ))
                }
            }
        }
    }
    enum_of_type(&mut merged, &apath)?;
    if let Some(key) = required_never(&merged) {
        return Err(Unmerged::never(
            apath,
            format!("`{key}` is required, and its schemas in two members admit no value together"),
        ));
    }
    let own_nullable = schema.get("nullable") == Some(&Value::Bool(true));
    nullable_merged(&read, own_nullable, &mut merged);
    additional_merged(&read, &mut merged, &apath)?;
    Ok(Merged::Plain(merged))
}

/// A bound and its OpenAPI 3.0 boolean exclusive keyword, merged across
/// `allOf` members as one: the tighter bound, exactly (numbers compare
/// exactly); at equal bounds, exclusive when either member's is.
struct Bound {
    bound: &'static str,
    exclusive: &'static str,
    /// A greater value is tighter (a minimum).
    lower: bool,
}

impl Bound {
    const LOWER: Bound = Bound {
        bound: "minimum",
        exclusive: "exclusiveMinimum",
        lower: true,
    };
    const UPPER: Bound = Bound {
        bound: "maximum",
        exclusive: "exclusiveMaximum",
        lower: false,
    };

    /// The bound `schema` gives, with its exclusivity: `Ok(None)` when none.
    fn of(&self, schema: &Map, path: &str) -> Result<Option<(Number, bool)>, Unmerged> {
        let exclusive = match schema.get(self.exclusive) {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                return Err(Unmerged::new(
                    format!("{path}/{}", self.exclusive),
                    format!(
                        "`{}` must be `true` or `false` (OpenAPI 3.0's form)",
                        self.exclusive
                    ),
                ))
            }
        };
        match schema.get(self.bound) {
            None if exclusive => Err(Unmerged::new(
                format!("{path}/{}", self.exclusive),
                format!(
                    "`{}` needs `{}` in the same schema",
                    self.exclusive, self.bound
                ),
            )),
            None => Ok(None),
            Some(Value::Number(n)) => Ok(Some((n.clone(), exclusive))),
            Some(_) => Err(Unmerged::new(
                format!("{path}/{}", self.bound),
                format!("`{}` must be a number", self.bound),
            )),
        }
    }

    /// Merges `member`'s bound into `merged`'s.
    fn merge(&self, merged: &mut Map, member: &Map, path: &str) -> Result<(), Unmerged> {
        let Some((new, new_exclusive)) = self.of(member, path)? else {
            return Ok(());
        };
        let tighter = match self.of(merged, path)? {
            None => true,
            Some((old, old_exclusive)) => match new.cmp(&old) {
                std::cmp::Ordering::Equal => new_exclusive && !old_exclusive,
                order => (order == std::cmp::Ordering::Greater) == self.lower,
            },
        };
        if tighter {
            merged.insert(self.bound.into(), Value::Number(new));
            if new_exclusive {
                merged.insert(self.exclusive.into(), Value::Bool(true));
            } else {
                merged.remove(self.exclusive);
            }
        }
        Ok(())
    }
}

/// The `allOf` of two schemas, one list when either is already an `allOf`
/// with nothing beside it, each member once.
fn both_of(a: &Value, b: &Value) -> Map {
    let mut list: Vec<Value> = Vec::new();
    for s in [a, b] {
        let members = match s.as_dict() {
            Some(d) if d.len() == 1 => d.get("allOf").and_then(Value::as_list),
            _ => None,
        };
        for m in members.map_or_else(|| std::slice::from_ref(s), Vec::as_slice) {
            if !list.contains(m) {
                list.push(m.clone());
            }
        }
    }
    Map::from_iter([("allOf", Value::List(list))])
}

/// Whether the count `new` is a tighter bound than `old` (greater for a
/// minimum, smaller for a maximum).
fn tighter(old: &Value, new: &Value, minimum: bool) -> bool {
    match (old.as_u64(), new.as_u64()) {
        (Some(o), Some(n)) => (n > o) == minimum && n != o,
        _ => false,
    }
}

/// The `enum` values of merged members that are of the merged `type`
/// (`null` when it is nullable): a value of another type meets one member
/// but not the other. None left: no value meets the members.
fn enum_of_type(merged: &mut Map, apath: &str) -> Result<(), Unmerged> {
    let (Some(ty), Some(Value::List(values))) = (
        merged.get("type").and_then(Value::as_str),
        merged.get("enum"),
    ) else {
        return Ok(());
    };
    let nullable = merged.get("nullable") == Some(&Value::Bool(true));
    let fits = |v: &Value| match (ty, v) {
        (_, Value::Null) => nullable,
        ("string", Value::Str(_)) | ("boolean", Value::Bool(_)) | ("number", Value::Number(_)) => {
            true
        }
        ("integer", Value::Number(n)) => n.is_integer(),
        ("object", Value::Dict(_)) | ("array", Value::List(_)) => true,
        _ => false,
    };
    let kept: Vec<Value> = values.iter().filter(|v| fits(v)).cloned().collect();
    if kept.is_empty() {
        return Err(Unmerged::never(
            apath.to_owned(),
            format!("no value of the `enum` is of type \"{ty}\""),
        ));
    }
    merged.insert("enum".into(), Value::List(kept));
    Ok(())
}

/// The schema of a property no value meets: its key cannot be present.
pub(crate) fn no_value() -> Value {
    Value::Dict(Map::from_iter([("not", Value::Dict(Map::new()))]))
}

/// A required key whose merged schema admits no value.
fn required_never(merged: &Map) -> Option<String> {
    let props = merged.get("properties").and_then(Value::as_dict)?;
    let required = merged.get("required").and_then(Value::as_list)?;
    required
        .iter()
        .filter_map(Value::as_str)
        .find(|r| props.get(r) == Some(&no_value()))
        .map(str::to_owned)
}

/// `nullable` of merged members: `null` meets the `allOf` only when it
/// meets every member with a `type` (each must say `nullable: true`).
/// The schema's own `nullable: true` beside `allOf` stays (the 3.0 idiom
/// for a nullable composition).
fn nullable_merged(members: &[Map], own: bool, merged: &mut Map) {
    let typed: Vec<&Map> = members.iter().filter(|m| m.contains_key("type")).collect();
    let all = !typed.is_empty()
        && typed
            .iter()
            .all(|m| m.get("nullable") == Some(&Value::Bool(true)));
    if own || all {
        merged.insert("nullable".into(), Value::Bool(true));
    } else {
        merged.remove("nullable");
    }
}

/// The properties and `additionalProperties` of merged members, exactly.
/// A member's `additionalProperties` judges every key its own `properties`
/// do not list, those other members declare included: a property takes
/// the `allOf` of its schema in each member that lists it and of the
/// `additionalProperties` of each that does not; one that some member
/// forbids (`false`, or schemas no value meets together) cannot be
/// present (an error if required): in a closed model it is no property,
/// in an open one a property no value meets (`not: {}`), so that the
/// other keys' map cannot take it.
/// A key no member lists meets every member's `additionalProperties`.
fn additional_merged(members: &[Map], merged: &mut Map, apath: &str) -> Result<(), Unmerged> {
    let constrains = |m: &Map| {
        m.get("additionalProperties")
            .is_some_and(|a| !admits_anything(a))
    };
    if !members.iter().any(constrains) {
        return Ok(());
    }
    let closed = members
        .iter()
        .any(|m| m.get("additionalProperties") == Some(&Value::Bool(false)));
    let listed = |m: &Map| m.get("properties").and_then(Value::as_dict).cloned();
    let mut keys: Vec<String> = Vec::new();
    for m in members {
        for (k, _) in listed(m).unwrap_or_default().iter() {
            if !keys.contains(k) {
                keys.push(k.clone());
            }
        }
    }
    let required = merged
        .get("required")
        .and_then(Value::as_list)
        .cloned()
        .unwrap_or_default();
    let mut properties = Map::new();
    for key in keys {
        let mut parts: Vec<Value> = Vec::new();
        for m in members {
            let part = match listed(m).and_then(|p| p.get(&key).cloned()) {
                Some(own) => Some(own),
                None => m
                    .get("additionalProperties")
                    .filter(|a| !admits_anything(a))
                    .cloned(),
            };
            if let Some(part) = part.filter(|p| !parts.contains(p)) {
                parts.push(part);
            }
        }
        let forbidden = parts.contains(&Value::Bool(false))
            || (parts.len() > 1
                && matches!(
                    merge_all_of(
                        &Map::from_iter([("allOf", Value::List(parts.clone()))]),
                        apath
                    ),
                    Err(Unmerged { never: true, .. })
                ));
        if forbidden {
            if required.contains(&Value::Str(key.clone())) {
                // The member whose `additionalProperties` judges the key.
                let judge = members.iter().position(|m| {
                    constrains(m) && !listed(m).is_some_and(|p| p.contains_key(&key))
                });
                let at = judge.map_or_else(|| apath.to_owned(), |i| format!("{apath}/{i}"));
                return Err(Unmerged::never(
                    at,
                    format!(
                        "`{key}` is required, and this member's `additionalProperties` (which judges every key its own `properties` do not list, in JSON Schema and OpenAPI) admits no value of it"
                    ),
                ));
            }
            // Left out of a closed model, it cannot be present; beside an
            // open map, which would take it, it stays a property that no
            // value meets (`not: {}`).
            if !closed {
                let never = Map::from_iter([("not", Value::Dict(Map::new()))]);
                properties.insert(key, Value::Dict(never));
            }
            continue;
        }
        let schema = match <[Value; 1]>::try_from(parts) {
            Ok([one]) => one,
            Err(parts) => Value::Dict(Map::from_iter([("allOf", Value::List(parts))])),
        };
        properties.insert(key, schema);
    }
    let mut additional: Vec<Value> = Vec::new();
    for a in members.iter().filter_map(|m| m.get("additionalProperties")) {
        if !admits_anything(a) && !additional.contains(a) {
            additional.push(a.clone());
        }
    }
    let additional = if additional.contains(&Value::Bool(false)) {
        Value::Bool(false)
    } else {
        match <[Value; 1]>::try_from(additional) {
            Ok([one]) => one,
            Err(all) => Value::Dict(Map::from_iter([("allOf", Value::List(all))])),
        }
    };
    merged.insert("properties".into(), Value::Dict(properties));
    merged.insert("additionalProperties".into(), additional);
    Ok(())
}

impl Gen<'_> {
    /// The property names of a component, its `allOf` members and bases
    /// included.
    pub(crate) fn properties_of(&self, name: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut stack = vec![name.to_owned()];
        let mut seen = BTreeSet::new();
        while let Some(n) = stack.pop() {
            if !seen.insert(n.clone()) {
                continue;
            }
            let Some(schema) = self.schemas.get(&n).and_then(Value::as_dict) else {
                continue;
            };
            let members = schema
                .get("allOf")
                .and_then(Value::as_list)
                .cloned()
                .unwrap_or_default();
            for m in members.iter().chain([&Value::Dict(schema.clone())]) {
                if let Some(target) = m.get("$ref").and_then(Value::as_str) {
                    if let Some(t) = component_named(target) {
                        stack.push(t);
                    }
                }
                for (p, _) in m
                    .get("properties")
                    .and_then(Value::as_dict)
                    .into_iter()
                    .flat_map(|d| d.iter())
                {
                    out.insert(p.clone());
                }
            }
        }
        out
    }

    /// The component a `$ref` in `allOf` stands for as a base: the component
    /// itself when it generates a struct, or, for a component that only refers
    /// to another (`$ref`, or `allOf` of one `$ref`, beside annotations), the
    /// struct behind it. `None` when there is no struct to flatten.
    pub(crate) fn struct_behind(&self, name: &str) -> Option<String> {
        self.struct_behind_at(name, 0)
    }

    fn struct_behind_at(&self, name: &str, depth: usize) -> Option<String> {
        let mut name = name.to_owned();
        for _ in 0..64 {
            let schema = self.schemas.get(&name).and_then(Value::as_dict)?;
            if self.becomes_struct(schema, depth + 1) {
                return Some(name);
            }
            let only_ref = match merge_all_of(schema, "") {
                Ok(Merged::Plain(m)) if schema.contains_key("allOf") => m,
                _ => schema.clone(),
            };
            let target = only_ref.get("$ref").and_then(Value::as_str)?;
            name = component_named(target)?;
        }
        None
    }

    /// True when the schema generates a struct: an object, or an `allOf`
    /// that merges into one, or flattens bases that are structs. Not a
    /// union (`oneOf`/`anyOf`, or an `allOf` with one: its alternatives
    /// with the rest beside), which no model can flatten. `depth` bounds
    /// the chain of bases (a cycle is no struct).
    fn becomes_struct(&self, schema: &Map, depth: usize) -> bool {
        if depth > 32 || schema.contains_key("oneOf") || schema.contains_key("anyOf") {
            return false;
        }
        if !schema.contains_key("allOf") {
            return is_object(schema) && !is_string_enum(schema);
        }
        match merge_all_of(schema, "") {
            Ok(Merged::Based) => {
                let members = schema.get("allOf").and_then(Value::as_list);
                members.into_iter().flatten().all(|m| match m.get("$ref") {
                    Some(target) => target
                        .as_str()
                        .and_then(component_named)
                        .and_then(|n| self.struct_behind_at(&n, depth))
                        .is_some(),
                    None => {
                        !has_base(Some(m)) && m.get("oneOf").is_none() && m.get("anyOf").is_none()
                    }
                })
            }
            Ok(Merged::Plain(merged)) => {
                !merged.contains_key("$ref") && self.becomes_struct(&merged, depth + 1)
            }
            Err(_) => false,
        }
    }
}

impl Gen<'_> {
    /// `schema` with each `allOf` member that refers to a component of a
    /// plain value (a string, number, array, string `enum`, … that becomes an alias or enum, with
    /// no `$ref`, `nullable` or composition of its own) replaced by that
    /// component's schema, so that the members merge into one value schema:
    /// `allOf: [{$ref: ArnString}, {pattern: "^arn:"}]` is a string that
    /// matches both, exactly. `None` when no member is such a reference.
    pub(crate) fn value_refs_inlined(&self, schema: &Map) -> Option<Map> {
        let members = schema.get("allOf").and_then(Value::as_list)?;
        let value_schema = |m: &Value| -> Option<Map> {
            let target = m.get("$ref")?.as_str()?;
            let name = component_named(target)?;
            let d = self.schemas.get(&name)?.as_dict()?;
            // A string `enum` too: narrowed (`enum: [JE]` beside it), its
            // values are those of both lists.
            let plain = (becomes_alias(d) || is_string_enum(d))
                && !["$ref", "nullable", "not"]
                    .iter()
                    .any(|k| d.contains_key(k));
            plain.then(|| without(d, &["description", "title", "example"]))
        };
        if !members.iter().any(|m| value_schema(m).is_some()) {
            return None;
        }
        let inlined = members
            .iter()
            .map(|m| value_schema(m).map_or_else(|| m.clone(), Value::Dict))
            .collect();
        let mut out = schema.clone();
        out.insert("allOf".into(), Value::List(inlined));
        Some(out)
    }

    pub(crate) fn all_of(&mut self, ident: &Ident, schema: &Map, path: &str, inline: bool) {
        let apath = format!("{path}/allOf");
        let Some(members) = schema.get("allOf").and_then(Value::as_list) else {
            self.problem(&apath, "must be a list of schemas");
            return;
        };
        if let Some((u, lifted)) = self.union_member_lifted(schema) {
            return self.union(ident, &lifted, &format!("{apath}/{u}"), inline);
        }
        let bases = self.bases(schema);
        if let Some(bases) = bases.as_ref().filter(|b| b.must_inline) {
            return self.all_of_inlined(ident, schema, bases, path, inline);
        }
        // A property given again with the same rules (a description or
        // example of its own) loses nothing where the first is kept.
        let same_rules = |a: &Value, b: &Value| checked_part(a) == checked_part(b);
        let mut base = None;
        let mut merged = without(schema, &["allOf"]);
        for (i, m) in members.iter().enumerate() {
            let mpath = format!("{apath}/{i}");
            let resolved;
            let m = match m.get("$ref").and_then(Value::as_str) {
                // A second base: its properties join the model's, as an
                // inline member's would (one base is flattened).
                Some(target) if base.is_some() => {
                    let Some(name) = self.resolve(target, &format!("{mpath}/$ref")) else {
                        return;
                    };
                    resolved = match self.schemas.get(&name).and_then(Value::as_dict) {
                        Some(d) if d.contains_key("allOf") => match merge_all_of(d, &mpath) {
                            Ok(Merged::Plain(p)) => Value::Dict(p),
                            _ => {
                                self.problem(
                                    &mpath,
                                    "a second `allOf` base that flattens a base of its own cannot be merged",
                                );
                                return;
                            }
                        },
                        Some(d) => Value::Dict(without(d, &["description", "title", "example"])),
                        None => Value::Null,
                    };
                    &resolved
                }
                _ => m,
            };
            if let Some(target) = m.get("$ref").and_then(Value::as_str) {
                let Some(name) = self.resolve(target, &format!("{mpath}/$ref")) else {
                    return;
                };
                let Some(name) = self.struct_behind(&name) else {
                    self.problem(&mpath, "an `allOf` base must be an object schema");
                    return;
                };
                base = Some(name);
                continue;
            }
            // A member that constrains nothing (`{}`, `true`, annotations
            // only) adds nothing to merge.
            if admits_anything(m) {
                continue;
            }
            let Some(mmap) = m.as_dict() else {
                self.problem(&mpath, "must be a schema object");
                return;
            };
            // An untyped member whose keywords apply to other types only
            // (`maxLength` beside a reference to a model, as Adyen writes
            // it) checks nothing on the model's values: each is dropped
            // with a warning, as a keyword of another type is anywhere.
            let foreign = |k: &str| !applies_to(k, "object");
            let checks_nothing =
                |k: &str| without_meaning(k) || annotations().contains(&k) || foreign(k);
            if !mmap.contains_key("type") && mmap.iter().all(|(k, _)| checks_nothing(k)) {
                for (k, _) in mmap.iter().filter(|(k, _)| foreign(k)) {
                    self.foreign_keyword(&format!("{mpath}/{}", pointer_escape(k)), k, "object");
                }
                continue;
            }
            if !is_object(mmap) || mmap.contains_key("allOf") || mmap.contains_key("oneOf") {
                self.problem(
                    &mpath,
                    "only object schemas (properties, required) can be merged by `allOf`",
                );
                return;
            }
            if mmap
                .get("additionalProperties")
                .is_some_and(|a| !admits_anything(a))
            {
                self.problem(
                    &format!("{mpath}/additionalProperties"),
                    "`additionalProperties` inside `allOf` cannot be merged",
                );
                return;
            }
            for (k, v) in mmap.iter() {
                match k.as_str() {
                    "properties" => {
                        let Some(props) = v.as_dict() else { continue };
                        let mut into = merged
                            .get("properties")
                            .and_then(Value::as_dict)
                            .cloned()
                            .unwrap_or_default();
                        for (p, s) in props.iter() {
                            match into.get(p) {
                                // The same property, the same schema: one.
                                Some(first) if same_rules(first, s) => {}
                                Some(_) => self.warning(
                                    &format!("{mpath}/properties/{}", pointer_escape(p)),
                                    "the same property in two `allOf` members, with different schemas: the first is kept, so this member's rules for it are not checked",
                                ),
                                None => {
                                    into.insert(p.clone(), s.clone());
                                }
                            }
                        }
                        merged.insert("properties".into(), Value::Dict(into));
                    }
                    "required" => {
                        let mut req = merged
                            .get("required")
                            .and_then(Value::as_list)
                            .cloned()
                            .unwrap_or_default();
                        for r in v.as_list().map(Vec::as_slice).unwrap_or_default() {
                            if !req.contains(r) {
                                req.push(r.clone());
                            }
                        }
                        merged.insert("required".into(), Value::List(req));
                    }
                    "type" => {}
                    // A base of its own beside its base (Microsoft Graph):
                    // read by `find_inheritance`; it checks nothing itself.
                    "discriminator" if discriminator_of(schema) == Some(v) => {}
                    // `true` (or `{}`) admits what JSON Schema admits without
                    // it: the member says nothing about other keys, and the
                    // model keeps them. (`false` or a schema here would judge
                    // the base's properties too: refused above.)
                    "additionalProperties" => {}
                    "description" if !merged.contains_key("description") => {
                        merged.insert(k.clone(), v.clone());
                    }
                    // Extensions and a member's own annotations say nothing
                    // about the merged model's values.
                    k if without_meaning(k) || annotations().contains(&k) => {}
                    _ => self.problem(
                        &format!("{mpath}/{}", pointer_escape(k)),
                        format!("`{k}` inside `allOf` cannot be merged"),
                    ),
                }
            }
        }
        // A property the flattened base already has is the base's: the
        // model cannot hold the key twice.
        if let Some(base) = &base {
            let inherited = self.properties_of(base);
            if let Some(Value::Dict(props)) = merged.get("properties").cloned() {
                let own: Map = props
                    .iter()
                    .filter(|(p, s)| {
                        let dup = inherited.contains(p.as_str());
                        let kept = bases.as_ref().and_then(|b| b.inherited.get(p.as_str()));
                        // A property that adds no rule of its own (a
                        // description) loses nothing either.
                        let adds = checked_part(s).as_dict().map_or(true, |d| !d.is_empty());
                        if dup && adds && !kept.is_some_and(|k| same_rules(k, s)) {
                            self.warning(
                                &apath,
                                format!("property `{p}`: the base already has it; the base's rules for it apply"),
                            );
                        }
                        !dup
                    })
                    .map(|(p, v)| (p.clone(), v.clone()))
                    .collect();
                merged.insert("properties".into(), Value::Dict(own));
            }
        }
        self.object(ident, &merged, path, inline, base.as_deref());
    }

    pub(crate) fn object(
        &mut self,
        ident: &Ident,
        schema: &Map,
        path: &str,
        inline: bool,
        base: Option<&str>,
    ) {
        self.check_keys(
            schema,
            path,
            &[
                "type",
                "properties",
                "required",
                "additionalProperties",
                "patternProperties",
                "dependentRequired",
                "dependentSchemas",
                "propertyNames",
                "minProperties",
                "maxProperties",
                "description",
                "example",
                "title",
                "deprecated",
                "default",
                "nullable",
                "not",
                "if",
                "then",
                "else",
                "enum",
                "format",
                "discriminator",
            ],
        );
        // A `discriminator` here is inheritance: the union of this base and
        // its subtypes is made by `inheritance_union`, and references to
        // the base use it.
        let empty = Map::new();
        let props = schema
            .get("properties")
            .and_then(Value::as_dict)
            .unwrap_or(&empty);
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_list)
            .map(|l| l.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut entries: Vec<(String, Value)> =
            props.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        // A required key the schema does not describe holds any value.
        for r in &required {
            if !props.contains_key(r) {
                entries.push(((*r).to_owned(), Value::Dict(Map::new())));
            }
        }
        let wires: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
        let idents = field_idents(&wires);
        let camel = wires
            .iter()
            .zip(&idents)
            .any(|(w, i)| unraw(i) != *w && camel_of(&unraw(i)) == *w);
        let mut fields = Vec::new();
        if let Some(base) = base {
            let field = field_ident(&safe_field(&base.to_snake_case()));
            let ty = self.type_of(base);
            fields.push(quote!(#[open_model(flatten)] pub #field: #ty));
        }
        for ((wire, prop), fid) in entries.iter().zip(&idents) {
            let property = Property {
                wire,
                schema: prop,
                ident: fid,
                required: required.contains(&wire.as_str()),
                camel,
            };
            if let Some(field) = self.property_field(ident, path, &property) {
                fields.push(field);
            }
        }
        let mut container = Vec::new();
        if camel {
            container.push(quote!(rename_all = "camelCase"));
        }
        // Properties that refer to it take `null` (see `field_type`).
        container.extend(nullable_attr(schema, inline));
        self.object_keywords(ident, schema, path, &mut container);
        self.push_item(
            schema,
            inline,
            container,
            quote! {
                #[derive(Debug, Clone, PartialEq)]
                pub struct #ident {
                    #(#fields,)*
                }
            },
        );
    }

    /// The field of one property: its type (an `Option` when not required,
    /// a `Field` when also nullable), its wire name when the case rule does
    /// not give it, and the options that carry its keywords.
    fn property_field(
        &mut self,
        parent: &Ident,
        path: &str,
        p: &Property<'_>,
    ) -> Option<TokenStream> {
        let (wire, prop, fid) = (p.wire, p.schema, p.ident);
        let ppath = format!("{path}/properties/{}", pointer_escape(wire));
        let hint = format!("{parent}{}", pascal(wire));
        // A property whose `allOf` no value meets (Codat's `allOf: [{$ref:
        // Currency}, {type: "null"}]`), or whose union has no member the
        // keywords beside it admit (Vercel's): its key cannot be present,
        // and when it is required, the model admits no value.
        let never = no_value();
        let prop = match self.admits_no_value(prop, &ppath) {
            Some(e) if p.required => {
                let why = format!(
                    "{}; no value meets the property's schema, and it is required, so the model admits no value: the field's type refuses every value, as `not: {{}}` does",
                    e.why
                );
                self.warning(&e.at, why);
                &never
            }
            Some(e) => {
                let why = format!(
                    "{}; no value meets the property's schema, so its key cannot be present",
                    e.why
                );
                self.warning(&e.at, why);
                &never
            }
            None => prop,
        };
        let t = self.field_type(prop, &ppath, &hint)?;
        let mut attrs = Vec::new();
        let fits = if p.camel {
            camel_of(&unraw(fid)) == *wire
        } else {
            unraw(fid) == *wire
        };
        if !fits {
            attrs.push(quote!(rename = #wire));
        }
        let inner = &t.ty;
        // A value that takes null itself (`Value`) is still declared
        // nullable when its own schema says so, so that its schema does;
        // a reference to a nullable alias already holds an `Option`.
        let own_nullable = prop.get("nullable").and_then(Value::as_bool) == Some(true)
            && prop.get("$ref").is_none();
        let nullable = t.nullable && (!t.takes_null || own_nullable);
        let ty = match (p.required, nullable) {
            (true, false) => quote!(#inner),
            (false, false) => quote!(Option<#inner>),
            (false, true) => {
                let field = self.use_name("Field");
                quote!(#field<#inner>)
            }
            (true, true) => {
                attrs.push(quote!(required));
                quote!(Option<#inner>)
            }
        };
        attrs.extend(t.attrs);
        let docs = prop.as_dict().map(property_docs).unwrap_or_default();
        let attr = (!attrs.is_empty()).then(|| open_model_attr(&attrs));
        Some(quote!(#docs #attr pub #fid: #ty))
    }

    /// The object's own keywords as container options: its extra values
    /// (`additionalProperties`), `not`, `enum`, `minProperties` and
    /// `maxProperties`.
    fn object_keywords(
        &mut self,
        ident: &Ident,
        schema: &Map,
        path: &str,
        container: &mut Vec<TokenStream>,
    ) {
        let mut patterns = self.key_patterns(ident, schema, path);
        let has_patterns = patterns.as_ref().is_some_and(|p| !p.is_empty());
        match schema.get("additionalProperties") {
            None | Some(Value::Bool(true)) => {}
            Some(Value::Bool(false)) => container.push(quote!(closed)),
            Some(extra) if has_patterns && admits_anything(extra) => {}
            // Beside key patterns it types the keys no pattern matches.
            Some(extra) if has_patterns => {
                let hint = format!("{ident}Value");
                if let (Some(t), Some(p)) = (
                    self.named_type(extra, &format!("{path}/additionalProperties"), &hint),
                    patterns.as_mut(),
                ) {
                    p.push(quote!(others = #t));
                }
            }
            Some(extra) => {
                let hint = format!("{ident}Value");
                if let Some(t) =
                    self.named_type(extra, &format!("{path}/additionalProperties"), &hint)
                {
                    container.push(quote!(extra = #t));
                }
            }
        }
        if let Some(p) = patterns.filter(|p| !p.is_empty()) {
            container.push(quote!(pattern_properties(#(#p),*)));
        }
        self.key_rules(ident, schema, path, container);
        if let Some(not) = schema.get("not") {
            let hint = format!("{ident}Not");
            if let Some(t) = self.named_type(not, &format!("{path}/not"), &hint) {
                container.push(quote!(not = #t));
            }
        }
        container.extend(
            self.conditional(schema, path, &ident.to_string())
                .unwrap_or_default(),
        );
        match schema.get("enum") {
            Some(e @ Value::List(_)) => {
                let text = json_text(e);
                container.push(quote!(enum_json = #text));
            }
            Some(_) => self.problem(&format!("{path}/enum"), "`enum` must be a list"),
            None => {}
        }
        for (key, opt) in [
            ("minProperties", "min_properties"),
            ("maxProperties", "max_properties"),
        ] {
            if let Some(v) = schema.get(key) {
                match v
                    .as_number()
                    .and_then(|n| n.to_string().parse::<u64>().ok())
                {
                    Some(n) => {
                        let opt = format_ident!("{}", opt);
                        let n = proc_macro2::Literal::u64_unsuffixed(n);
                        container.push(quote!(#opt = #n));
                    }
                    None => self.problem(&format!("{path}/{key}"), "must be a whole number"),
                }
            }
        }
    }
}

impl Gen<'_> {
    /// `patternProperties` as the entries of `pattern_properties`
    /// (`"^x-" = String`): each pattern read as `pattern` is (Java's with
    /// `java_patterns`), each schema a type named `<Object>Pattern<n>`
    /// when inline. Read in OpenAPI 3.1 (JSON Schema 2020-12) only: the
    /// 3.0 schema object has no such keyword. A key pattern decides which
    /// keys the other rules judge, so one that cannot be checked is an
    /// error even with `unchecked_patterns`. `None` when there are none.
    fn key_patterns(
        &mut self,
        ident: &Ident,
        schema: &Map,
        path: &str,
    ) -> Option<Vec<TokenStream>> {
        let value = schema.get("patternProperties")?;
        let ppath = format!("{path}/patternProperties");
        if !self.json_schema_keyword(&ppath, "patternProperties") {
            return None;
        }
        let Some(map) = value.as_dict() else {
            self.problem(&ppath, "must be a map from patterns to schemas");
            return None;
        };
        let mut out = Vec::new();
        for (n, (pattern, s)) in map.iter().enumerate() {
            let kpath = format!("{ppath}/{}", pointer_escape(pattern));
            let ecma = if self.options.java_patterns {
                open_model_internals::patterns::java::to_ecma(pattern)
            } else {
                Ok(pattern.clone())
            };
            let checked = ecma.and_then(|e| open_model_internals::patterns::check(&e).map(|_| e));
            let ecma = match checked {
                Ok(e) => e,
                Err(why) => {
                    self.problem(&kpath, format!("key pattern {pattern:?} cannot be checked ({why}); a key pattern decides which keys the other rules judge, so it cannot be kept as an annotation"));
                    continue;
                }
            };
            let hint = format!("{ident}Pattern{}", n + 1);
            if let Some(t) = self.named_type(s, &kpath, &hint) {
                out.push(quote!(#ecma = #t));
            }
        }
        Some(out)
    }
}

impl Gen<'_> {
    /// Whether a JSON Schema keyword with no 3.0 spelling may be read
    /// here: in an OpenAPI 3.1 document; in 3.0 it is an error.
    pub(crate) fn json_schema_keyword(&mut self, at: &str, keyword: &str) -> bool {
        if !self.json_schema {
            self.problem(
                at,
                format!("`{keyword}` is JSON Schema (OpenAPI 3.1), not part of the OpenAPI 3.0 schema object"),
            );
        }
        self.json_schema
    }

    /// `dependentRequired`, `dependentSchemas` and `propertyNames`
    /// (OpenAPI 3.1) as the container's `dependent_required`,
    /// `dependent_schemas` (each schema a type named `<Object>Dependent<n>`
    /// when inline) and `property_names`.
    fn key_rules(
        &mut self,
        ident: &Ident,
        schema: &Map,
        path: &str,
        container: &mut Vec<TokenStream>,
    ) {
        if let Some(deps) = schema.get("dependentRequired") {
            let at = format!("{path}/dependentRequired");
            if self.json_schema_keyword(&at, "dependentRequired") {
                let rules: Option<Vec<TokenStream>> = deps.as_dict().and_then(|d| {
                    d.iter()
                        .map(|(key, needs)| {
                            let needs: Option<Vec<&str>> =
                                needs.as_list()?.iter().map(Value::as_str).collect();
                            let needs = needs?;
                            Some(quote!(#key = [#(#needs),*]))
                        })
                        .collect()
                });
                match rules {
                    Some(r) if r.is_empty() => {}
                    Some(r) => container.push(quote!(dependent_required(#(#r),*))),
                    None => self.problem(&at, "must be a map from keys to lists of keys"),
                }
            }
        }
        if let Some(deps) = schema.get("dependentSchemas") {
            let at = format!("{path}/dependentSchemas");
            if self.json_schema_keyword(&at, "dependentSchemas") {
                match deps.as_dict() {
                    Some(d) => {
                        let mut rules = Vec::new();
                        for (n, (key, dep)) in d.iter().enumerate() {
                            if admits_anything(dep) {
                                continue;
                            }
                            let hint = format!("{ident}Dependent{}", n + 1);
                            let kpath = format!("{at}/{}", pointer_escape(key));
                            if let Some(t) = self.named_type(dep, &kpath, &hint) {
                                rules.push(quote!(#key = #t));
                            }
                        }
                        if !rules.is_empty() {
                            container.push(quote!(dependent_schemas(#(#rules),*)));
                        }
                    }
                    None => self.problem(&at, "must be a map from keys to schemas"),
                }
            }
        }
        if let Some(names) = schema.get("propertyNames") {
            let at = format!("{path}/propertyNames");
            if self.json_schema_keyword(&at, "propertyNames") && !admits_anything(names) {
                let hint = format!("{ident}Name");
                if let Some(t) = self.named_type(names, &at, &hint) {
                    container.push(quote!(property_names = #t));
                }
            }
        }
    }
}

/// One property of an object, as `Gen::property_field` writes it.
struct Property<'a> {
    wire: &'a str,
    schema: &'a Value,
    ident: &'a Ident,
    required: bool,
    /// The object's fields are named by `rename_all = "camelCase"`.
    camel: bool,
}
