//! `oneOf`/`anyOf`: enums of alternatives, and tagged unions (`discriminator`).

use super::*;

impl Gen<'_> {
    /// `type: 'null'` among `oneOf`/`anyOf` members (OpenAPI 3.1's spelling,
    /// found in documents that say 3.0): the schema rewritten as `nullable`
    /// without it (one member left becomes an `allOf` of it), with a
    /// warning; `None` when there is no such member.
    pub(crate) fn without_null_members(&mut self, map: &Map, path: &str) -> Option<Map> {
        let key = ["oneOf", "anyOf"]
            .into_iter()
            .find(|k| map.contains_key(k))?;
        let members = map.get(key).and_then(Value::as_list)?;
        let is_null = |m: &Value| m.get("type").and_then(Value::as_str) == Some("null");
        if !members.iter().any(is_null) {
            return None;
        }
        self.warning(
            &format!("{path}/{key}"),
            "`type: 'null'` is OpenAPI 3.1's spelling; read as `nullable: true`",
        );
        let rest: Vec<Value> = members.iter().filter(|m| !is_null(m)).cloned().collect();
        let mut out = without(map, &[key]);
        out.insert("nullable".into(), Value::Bool(true));
        match rest.as_slice() {
            // Only `null` was allowed: it still is, and nothing else.
            [] => {
                out.insert("enum".into(), Value::List(vec![Value::Null]));
            }
            [only] => {
                out.insert("allOf".into(), Value::List(vec![only.clone()]));
            }
            _ => {
                out.insert(key.into(), Value::List(rest));
            }
        }
        Some(out)
    }

    /// The tag value of each member of a discriminated union, when every one
    /// can be known: a `$ref`'s from the `mapping` or its component name, an
    /// inline member's from a one-value `enum` on the tag property.
    pub(crate) fn tag_values(&self, d: &Value, members: &[Value]) -> Option<Vec<String>> {
        let tag = d.get("propertyName").and_then(Value::as_str)?;
        let mapping = d.get("mapping").and_then(Value::as_dict);
        members
            .iter()
            .map(|m| match m.get("$ref").and_then(Value::as_str) {
                Some(target) => Some(
                    mapping
                        .and_then(|map| {
                            map.iter()
                                .find(|(_, r)| r.as_str() == Some(target))
                                .map(|(k, _)| k.clone())
                        })
                        .unwrap_or_else(|| {
                            let name = target.rsplit('/').next().unwrap_or(target);
                            pointer_unescape(name)
                        }),
                ),
                None => match m
                    .get("properties")
                    .and_then(|p| p.get(tag))
                    .and_then(|t| t.get("enum"))
                    .and_then(Value::as_list)
                    .map(Vec::as_slice)
                {
                    Some([Value::Str(only)]) => Some(only.clone()),
                    _ => None,
                },
            })
            .collect()
    }

    pub(crate) fn union(&mut self, ident: &Ident, schema: &Map, path: &str, inline: bool) {
        let (key, any) = if schema.contains_key("oneOf") {
            ("oneOf", false)
        } else {
            ("anyOf", true)
        };
        if let (Some(Value::List(one)), Some(any)) = (schema.get("oneOf"), schema.get("anyOf")) {
            // Exactly one of A, B and at least one of C, D: exactly one of
            // A ∧ anyOf(C, D), B ∧ anyOf(C, D) (a value both A and B meet
            // fails either way; one A meets is judged by the `anyOf`).
            let both = one
                .iter()
                .map(|m| {
                    let any = Map::from_iter([("anyOf", any.clone())]);
                    Value::Dict(Map::from_iter([(
                        "allOf",
                        Value::List(vec![m.clone(), Value::Dict(any)]),
                    )]))
                })
                .collect();
            let mut rest = without(schema, &["anyOf"]);
            rest.insert("oneOf".into(), Value::List(both));
            self.union(ident, &rest, path, inline);
            return;
        }
        let members_path = format!("{path}/{key}");
        let Some(members) = schema.get(key).and_then(Value::as_list) else {
            self.problem(&members_path, "must be a list of schemas");
            return;
        };
        if members.is_empty() {
            self.problem(&members_path, "must name at least one schema");
            return;
        }
        // An `additionalProperties` beside a tagged union judges every key
        // the schema's own `properties` do not list, the members' included
        // (JSON Schema does not look into the members for it): read
        // exactly, it is distributed into each member below, and the tag
        // no longer chooses one (a member may now admit no value, or fewer
        // keys), so every member is tried, as without the hint.
        if schema.contains_key("discriminator")
            && schema
                .get("additionalProperties")
                .is_some_and(|a| !admits_anything(a))
        {
            self.warning(
                &format!("{path}/discriminator"),
                "`additionalProperties` beside the union judges the keys the members add too (JSON Schema does not look into `oneOf`/`anyOf` members for it); each member is read with it, and every member is tried (the tag is a hint this reading cannot use)",
            );
            let rest = without(schema, &["discriminator"]);
            self.union(ident, &rest, path, inline);
            return;
        }
        // `type: object` beside alternatives that are all objects says
        // nothing more; beside others it is distributed with the other
        // keywords below, leaving out what is not an object.
        if schema.get("type").and_then(Value::as_str) == Some("object") {
            let all_objects = members
                .iter()
                .all(|m| match m.get("$ref").and_then(Value::as_str) {
                    Some(r) => component_named(r)
                        .and_then(|n| self.struct_behind(&n))
                        .is_some(),
                    None => m.as_dict().is_some_and(is_object),
                });
            if all_objects {
                let mut rest = without(schema, &["type"]);
                rest.insert(key.into(), Value::List(members.clone()));
                self.union(ident, &rest, path, inline);
                return;
            }
        }
        // Keywords beside the alternatives hold for each of them:
        // base ∧ (A ∨ B) is (base ∧ A) ∨ (base ∧ B), and exactly one of
        // A, B with base is exactly one of base ∧ A, base ∧ B. Annotations
        // and extensions (`x-*`) are not constraints: they stay beside.
        let base = union_base(schema);
        if !base.is_empty() && !schema.contains_key("discriminator") {
            let mut distributed = Vec::new();
            for (i, m) in members.iter().enumerate() {
                let mpath = format!("{members_path}/{i}");
                match self.member_beside(&base, m, &mpath) {
                    Beside::Member(m) => distributed.push(m),
                    // A member no value can meet beside the keywords (a
                    // `type: integer` member where they say `type:
                    // string`) can never match: leaving it out changes
                    // nothing.
                    Beside::Never(why) => self.warning(
                        &mpath,
                        format!("{why}: with the keywords beside the union, this member admits no value and is left out"),
                    ),
                    Beside::Problem(at, why) => {
                        self.problem(&at, why);
                        return;
                    }
                }
            }
            if distributed.is_empty() {
                let why = "with the keywords beside it, no member of the union admits a value";
                self.admits_nothing(ident, schema, path, inline, (&members_path, why));
                return;
            }
            let mut rest = without(
                schema,
                &base.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
            );
            rest.insert(key.into(), Value::List(distributed));
            self.union(ident, &rest, path, inline);
            return;
        }
        if let Some(d) = schema.get("discriminator") {
            // With `anyOf` too: the tag selects exactly one member either way.
            if self.tag_values(d, members).is_some() {
                self.tagged(ident, schema, d, members, path, inline);
                return;
            }
            // A member whose tag value cannot be known (an inline schema
            // without a one-value `enum` for the tag): every member is
            // tried, which is what `oneOf`/`anyOf` say without the hint.
            self.warning(
                &format!("{path}/discriminator"),
                "a member's tag value cannot be known (an inline member without a one-value `enum` for the tag); decoding tries each member instead of choosing by the tag",
            );
            let rest = without(schema, &["discriminator"]);
            self.union(ident, &rest, path, inline);
            return;
        }
        self.check_keys(
            schema,
            path,
            &[
                key,
                "nullable",
                "format",
                "description",
                "example",
                "default",
                "deprecated",
                "title",
            ],
        );
        let mut variants = Vec::new();
        let mut used_names = BTreeSet::new();
        for (i, m) in members.iter().enumerate() {
            let mpath = format!("{members_path}/{i}");
            let base = member_name(m).unwrap_or_else(|| format!("Variant{i}"));
            let mut name = base.clone();
            let mut n = 2;
            while !used_names.insert(name.clone()) {
                name = format!("{base}{n}");
                n += 1;
            }
            let Some(ty) = self.named_type(m, &mpath, &format!("{ident}{name}")) else {
                continue;
            };
            let v = format_ident!("{}", name);
            variants.push(quote!(#v(#ty)));
        }
        let kind = if any { quote!(any_of) } else { quote!(one_of) };
        self.push_enum(ident, schema, inline, kind, &variants);
    }

    pub(crate) fn tagged(
        &mut self,
        ident: &Ident,
        schema: &Map,
        d: &Value,
        members: &[Value],
        path: &str,
        inline: bool,
    ) {
        self.check_keys(
            schema,
            path,
            &[
                "oneOf",
                "anyOf",
                "discriminator",
                "format",
                "nullable",
                "type",
                "properties",
                "required",
                "additionalProperties",
                "description",
                "example",
                "deprecated",
                "title",
            ],
        );
        let dpath = format!("{path}/discriminator");
        let Some(tag) = d.get("propertyName").and_then(Value::as_str) else {
            self.problem(&dpath, "a discriminator needs `propertyName`");
            return;
        };
        // The union's own `required` may only name its tag.
        if let Some(req) = schema.get("required").and_then(Value::as_list) {
            if req.iter().any(|r| r.as_str() != Some(tag)) {
                self.problem(
                    &format!("{path}/required"),
                    "a discriminated union may require only its tag; put the others in the variants",
                );
            }
        }
        // The union's own properties may only restate its tag.
        if let Some(props) = schema.get("properties").and_then(Value::as_dict) {
            if props.iter().any(|(k, _)| k != tag) {
                self.problem(
                    &format!("{path}/properties"),
                    "a discriminated union may declare only its tag property; put the others in the variants",
                );
            }
        }
        let mut variants = Vec::new();
        let mut values = Vec::new();
        let key = if schema.contains_key("oneOf") {
            "oneOf"
        } else {
            "anyOf"
        };
        let values_known = self.tag_values(d, members).unwrap_or_default();
        for (i, m) in members.iter().enumerate() {
            let mpath = format!("{path}/{key}/{i}");
            let value = values_known.get(i).cloned().unwrap_or_default();
            let ty = match m.get("$ref").and_then(Value::as_str) {
                Some(target) => {
                    let Some(name) = self.resolve(target, &format!("{mpath}/$ref")) else {
                        continue;
                    };
                    // A variant holds a model: the component's, or the one
                    // an alias of it stands for.
                    if let Some(model) = self.struct_behind(&name) {
                        let ty = self.type_of(&model);
                        quote!(#ty)
                    } else if self.schemas.get(&name).is_some_and(admits_anything) {
                        // A component that admits any value (`{}`): here, any
                        // object with the tag, which a model with no fields
                        // of its own keeps whole.
                        let hint = format!("{ident}{}", pascal(&value));
                        let member = self.inline_name(&mpath, Role::Member, &hint);
                        let any_object =
                            Map::from_iter([("type".to_owned(), Value::from("object"))]);
                        self.definition(&member, &any_object, &mpath, true);
                        quote!(#member)
                    } else {
                        self.problem(
                            &format!("{mpath}/$ref"),
                            format!("a variant of a tagged union must be an object model; `{name}` is not"),
                        );
                        continue;
                    }
                }
                // An inline member: a struct of its own, named by its tag.
                None => {
                    let Some(map) = m.as_dict() else {
                        self.problem(&mpath, "must be a schema object");
                        continue;
                    };
                    let hint = format!("{ident}{}", pascal(&value));
                    let member = self.inline_name(&mpath, Role::Member, &hint);
                    self.definition(&member, map, &mpath, true);
                    quote!(#member)
                }
            };
            let v = variant_ident(&value, i);
            values.push(value.clone());
            variants.push(if v == value.as_str() {
                quote!(#v(#ty))
            } else {
                quote!(#[open_model(rename = #value)] #v(#ty))
            });
        }
        self.push_enum(ident, schema, inline, quote!(tag = #tag), &variants);
    }
}

impl Gen<'_> {
    /// The schema a `$ref` member points at.
    fn ref_target(&self, member: &Value) -> Option<&Map> {
        self.lookup(member.get("$ref")?.as_str()?)?.as_dict()
    }

    /// The schema a `$ref` member points at, when it is a plain object (no
    /// reference, composition or tag of its own), without its annotations
    /// but its `title` (the component's name when it has none).
    fn plain_object_behind(&self, member: &Value) -> Option<Value> {
        let target = self.ref_target(member)?;
        let composed = ["$ref", "allOf", "oneOf", "anyOf", "discriminator", "not"]
            .iter()
            .any(|k| target.contains_key(k));
        if !is_object(target) || composed || target.contains_key("nullable") {
            return None;
        }
        // Its name stays the variant's, as the title of the inline copy.
        let mut copy = without(target, &["description", "example", "default", "deprecated"]);
        if !copy.contains_key("title") {
            let name = member.get("$ref")?.as_str()?.rsplit('/').next()?;
            copy.insert("title".into(), Value::from(pointer_unescape(name)));
        }
        Some(Value::Dict(copy))
    }

    /// The JSON type of the schema a `$ref` member points at (`object` for
    /// one with object keywords and no `type`); `None` for a member that is
    /// not a `$ref`, or points at a schema of no single type.
    fn ref_target_type(&self, member: &Value) -> Option<&'static str> {
        let target = self.ref_target(member)?;
        if target.contains_key("$ref") || target.contains_key("allOf") {
            return None;
        }
        match target.get("type").and_then(Value::as_str) {
            Some(t) => ["string", "number", "integer", "boolean", "array", "object"]
                .into_iter()
                .find(|known| *known == t),
            None if is_object(target) => Some("object"),
            None => None,
        }
    }
}

/// The keywords beside a union's alternatives that constrain its values
/// (annotations, extensions and `nullable` stay beside).
fn union_base(schema: &Map) -> Map {
    schema
        .iter()
        .filter(|(k, _)| {
            !without_meaning(k)
                && !matches!(
                    k.as_str(),
                    "oneOf"
                        | "anyOf"
                        | "nullable"
                        | "description"
                        | "example"
                        | "default"
                        | "deprecated"
                        | "title"
                        | "format"
                        | "readOnly"
                        | "writeOnly"
                )
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// A union's member with the keywords beside the union merged in.
pub(crate) enum Beside {
    Member(Value),
    /// No value meets it beside them, and why.
    Never(String),
    /// It cannot be merged with them: where, and why.
    Problem(String, String),
}

impl Gen<'_> {
    /// The member `m` (at `mpath`) with the keywords `base` beside the
    /// union merged in.
    fn member_beside(&self, base: &Map, m: &Value, mpath: &str) -> Beside {
        // A `$ref` member of a known type: the keywords beside that apply
        // to other types check nothing on its values, and a `type` beside
        // that differs leaves it no value.
        if let Some(ty) = self.ref_target_type(m) {
            let beside_ty = base.get("type").and_then(Value::as_str);
            if let Some(b) = beside_ty.filter(|b| *b != ty && !(*b == "number" && ty == "integer"))
            {
                return Beside::Never(format!(
                    "the referenced schema's `type: {ty}` beside `type: {b}`"
                ));
            }
            if base.iter().all(|(k, _)| k == "type" || !applies_to(k, ty)) {
                return Beside::Member(m.clone());
            }
        }
        // A `$ref` to a plain object merges as its schema would (the
        // variant is then a model of its own, the component's properties
        // with the keywords beside).
        let m = &self.plain_object_behind(m).unwrap_or_else(|| m.clone());
        let mut all = Map::new();
        all.insert(
            "allOf".into(),
            Value::List(vec![Value::Dict(base.clone()), m.clone()]),
        );
        // A `$ref` to a composed model: its bases written in place.
        let merged = match merge_all_of(&all, mpath) {
            Ok(Merged::Based) => match self.bases(&all) {
                Some(b) => merge_all_of(&b.inlined, mpath),
                None => Ok(Merged::Based),
            },
            other => other,
        };
        match merged {
            Ok(Merged::Plain(merged)) => Beside::Member(Value::Dict(merged)),
            Ok(Merged::Based) => Beside::Problem(
                mpath.to_owned(),
                "keywords beside `oneOf`/`anyOf` cannot be combined with a `$ref` member".into(),
            ),
            Err(e) if e.never => Beside::Never(e.why),
            Err(e) => Beside::Problem(e.at, e.why),
        }
    }

    /// Why no value meets the union `schema` (at `path`), when no member
    /// does beside the keywords beside it (Vercel's `oneOf: [string,
    /// number]` beside `type: "null"`); `None` when one may.
    pub(crate) fn union_admits_no_value(&self, schema: &Map, path: &str) -> Option<String> {
        let key = ["oneOf", "anyOf"]
            .into_iter()
            .find(|k| schema.contains_key(k))?;
        let members = schema.get(key)?.as_list()?;
        let base = union_base(schema);
        if base.is_empty() || schema.contains_key("discriminator") || members.is_empty() {
            return None;
        }
        let never = members.iter().enumerate().all(|(i, m)| {
            matches!(
                self.member_beside(&base, m, &format!("{path}/{key}/{i}")),
                Beside::Never(_)
            )
        });
        never.then(|| {
            "with the keywords beside it, no member of the union admits a value".to_owned()
        })
    }
}
