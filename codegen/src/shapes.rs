//! Questions about a schema's shape: is it an object, a string enum, an
//! alias; which components it refers to.

use super::*;

/// A schema without `type` that uses object or array keywords.
pub(crate) fn is_untyped_structure(map: &Map) -> bool {
    map.get("type").is_none()
        && !map.contains_key("allOf")
        && (OBJECT_KEYS.iter().any(|k| map.contains_key(k))
            || ARRAY_KEYS.iter().any(|k| map.contains_key(k)))
}

/// The component names of every `$ref` inside `schema`.
pub(crate) fn refs_in(schema: &Value, out: &mut Vec<String>) {
    match schema {
        Value::Dict(m) => {
            for (k, v) in m.iter() {
                match (k.as_str(), v.as_str()) {
                    ("$ref", Some(r)) => {
                        if let Some(name) = component_named(r) {
                            out.push(name);
                        }
                    }
                    _ => refs_in(v, out),
                }
            }
        }
        Value::List(l) => l.iter().for_each(|v| refs_in(v, out)),
        _ => {}
    }
}

pub(crate) fn is_string_enum(map: &Map) -> bool {
    let Some(values) = map.get("enum").and_then(Value::as_list) else {
        return false;
    };
    let typed = matches!(map.get("type").and_then(Value::as_str), Some("string"));
    typed
        && !values.is_empty()
        && values.iter().all(|v| v.as_str().is_some())
        && map.iter().all(|(k, _)| {
            k == "type" || k == "enum" || ANNOTATIONS.contains(&k.as_str()) || without_meaning(k)
        })
}

/// The keys a string enum's schema may hold besides `type` and `enum`.
const ANNOTATIONS: [&str; 6] = [
    "description",
    "example",
    "default",
    "nullable",
    "deprecated",
    "title",
];

/// An open string enum, as a string enum's schema (`type: string` and
/// `enum`) with the schema's annotations: the `anyOf` idiom that says
/// "one of these values, or any other string" (`anyOf: [{type: string,
/// enum: [...]}, {type: string}]`, what `#[open_model(other)]` writes),
/// Zalando's `x-extensible-enum`, or a string `enum` whose Azure
/// `x-ms-enum` says `modelAsString: true`. `None` for anything else. (`oneOf` of the
/// two is not this: a listed value fits both, which `oneOf` refuses.)
pub(crate) fn open_string_enum(map: &Map) -> Option<Map> {
    let values = if let Some(members) = map.get("anyOf").and_then(Value::as_list) {
        let only = |m: &Map, keys: &[&str]| m.iter().all(|(k, _)| keys.contains(&k.as_str()));
        let any_string =
            |m: &Map| only(m, &["type"]) && m.get("type").and_then(Value::as_str) == Some("string");
        let listed = |m: &Map| only(m, &["type", "enum"]) && is_string_enum(m);
        let [a, b] = members.as_slice() else {
            return None;
        };
        let (a, b) = (a.as_dict()?, b.as_dict()?);
        let listed = match (listed(a) && any_string(b), listed(b) && any_string(a)) {
            (true, _) => a,
            (_, true) => b,
            _ => return None,
        };
        if !map
            .iter()
            .all(|(k, _)| k == "anyOf" || ANNOTATIONS.contains(&k.as_str()))
        {
            return None;
        }
        listed.get("enum")?.clone()
    } else {
        // Zalando's list, or Azure's (AutoRest's) `enum` that its
        // `x-ms-enum` says is modelled as a string: the values known
        // today, others to come.
        let azure = map
            .get("x-ms-enum")
            .and_then(|x| x.get("modelAsString"))
            .and_then(Value::as_bool)
            == Some(true);
        let key = if azure { "enum" } else { "x-extensible-enum" };
        let values = map.get(key)?;
        let list = values.as_list()?;
        let strings = !list.is_empty() && list.iter().all(|v| v.as_str().is_some());
        let plain = map.get("type").and_then(Value::as_str) == Some("string")
            && map.iter().all(|(k, _)| {
                k == "type" || k == key || ANNOTATIONS.contains(&k.as_str()) || without_meaning(k)
            });
        if !(strings && plain) {
            return None;
        }
        values.clone()
    };
    let mut out = Map::new();
    out.insert("type".to_owned(), Value::from("string"));
    out.insert("enum".to_owned(), values);
    for (k, v) in map.iter() {
        if ANNOTATIONS.contains(&k.as_str()) {
            out.insert(k.clone(), v.clone());
        }
    }
    Some(out)
}

/// `nullable` for a named model, union or enum whose schema says so; an
/// inline one is made nullable by the property that holds it.
pub(crate) fn nullable_attr(schema: &Map, inline: bool) -> Option<TokenStream> {
    (schema.get("nullable").and_then(Value::as_bool) == Some(true) && !inline)
        .then(|| quote!(nullable))
}

/// A component schema that the generator makes an alias (a tuple struct).
pub(crate) fn becomes_alias(map: &Map) -> bool {
    !map.contains_key("allOf")
        && !map.contains_key("oneOf")
        && !map.contains_key("anyOf")
        && !is_string_enum(map)
        && !is_object(map)
}

/// An object schema: `type: object`, or object keywords without a type.
pub(crate) fn is_object(map: &Map) -> bool {
    match map.get("type").and_then(Value::as_str) {
        Some("object") => true,
        Some(_) => false,
        None => {
            map.get("type").is_none()
                && [
                    "properties",
                    "required",
                    "additionalProperties",
                    "minProperties",
                    "maxProperties",
                    "patternProperties",
                    "dependentRequired",
                    "dependentSchemas",
                    "propertyNames",
                ]
                .iter()
                .any(|k| map.contains_key(k))
        }
    }
}

/// An object schema that needs a struct (a property map alone does not).
pub(crate) fn is_object_with_fields(map: &Map) -> bool {
    is_object(map)
        && (map.contains_key("properties")
            || map.contains_key("required")
            || map.contains_key("minProperties")
            || map.contains_key("maxProperties")
            || map.contains_key("patternProperties")
            || map.contains_key("dependentRequired")
            || map.contains_key("dependentSchemas")
            || map.contains_key("propertyNames")
            || map.get("additionalProperties") == Some(&Value::Bool(false))
            || map.get("type").is_none())
}

pub(crate) fn without(map: &Map, keys: &[&str]) -> Map {
    map.iter()
        .filter(|(k, _)| !keys.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The schema without what the container of an alias carries.
pub(crate) fn without_docs(map: &Map) -> Map {
    without(
        map,
        &["description", "example", "title", "default", "deprecated"],
    )
}
