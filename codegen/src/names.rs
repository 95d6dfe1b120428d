//! Rust names from schema names: types, fields, variants, inline schemas.

use super::*;

/// Type names the generated code uses itself: a component of that name gets
/// `Model` added, so it cannot shadow them.
pub(crate) const RESERVED: &[&str] = &[
    "Self", "String", "Option", "Vec", "Box", "Field", "Map", "Number", "Value", "Integer", "Some",
    "None", "Ok", "Err", "Result",
];

/// PascalCase in ASCII letters and digits: always a valid type name.
pub(crate) fn pascal(s: &str) -> String {
    let p: String = s
        .to_upper_camel_case()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    if p.is_empty() {
        "Empty".to_owned()
    } else if p.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{p}")
    } else {
        p
    }
}

/// The Rust name of a component, before names are made unique.
pub(crate) fn type_name(name: &str) -> Ident {
    let p = pascal(name);
    if RESERVED.contains(&p.as_str()) {
        format_ident!("{}Model", p)
    } else {
        format_ident!("{}", p)
    }
}

pub(crate) fn safe_field(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    while out.contains("__") {
        out = out.replace("__", "_");
    }
    if out.chars().all(|c| c == '_') {
        out = "field".to_owned();
    } else if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, "field_");
    }
    if matches!(out.as_str(), "self" | "Self" | "super" | "crate" | "_") {
        out.push('_');
    }
    out
}

/// Field names for wire names: snake case, unique, raw when a keyword.
/// `extra` is the extension map the macro adds, so a property of that name
/// is numbered as any other clash is (`extra_2`, with `rename = "extra"`).
pub(crate) fn field_idents(wires: &[&str]) -> Vec<Ident> {
    let mut seen = BTreeSet::from(["extra".to_owned()]);
    wires
        .iter()
        .map(|w| {
            let base = safe_field(&w.to_snake_case());
            let mut name = base.clone();
            let mut n = 2;
            while !seen.insert(name.clone()) {
                name = format!("{}_{n}", base.trim_end_matches('_'));
                n += 1;
            }
            field_ident(&name)
        })
        .collect()
}

/// A field name from a safe snake-case name, raw when it is a keyword.
pub(crate) fn field_ident(name: &str) -> Ident {
    match syn::parse_str::<Ident>(name) {
        Ok(i) => i,
        Err(_) => Ident::new_raw(name, Span::call_site()),
    }
}

pub(crate) fn unraw(i: &Ident) -> String {
    let s = i.to_string();
    s.strip_prefix("r#").map_or(s.clone(), str::to_owned)
}

/// The `camelCase` rule of `#[open_model]` applied to a snake-case name.
pub(crate) fn camel_of(snake: &str) -> String {
    RenameRule::Camel.apply_to_field(snake)
}

/// A `rename_all` rule of `#[open_model]` applied to a PascalCase variant.
pub(crate) fn apply_variant_rule(rule: &str, variant: &str) -> String {
    RenameRule::from_name(rule).map_or_else(|| variant.to_owned(), |r| r.apply_to_variant(variant))
}

pub(crate) fn variant_ident(value: &str, i: usize) -> Ident {
    let p: String = pascal(value)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    match syn::parse_str::<Ident>(&p) {
        Ok(id) if !p.is_empty() && p != "Self" => id,
        _ => format_ident!("Variant{}", i),
    }
}

pub(crate) fn variant_names(values: &[String]) -> Vec<Ident> {
    let mut seen = BTreeSet::new();
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let mut id = variant_ident(v, i);
            if !seen.insert(id.to_string()) {
                id = format_ident!("Variant{}", i);
                seen.insert(id.to_string());
            }
            id
        })
        .collect()
}

/// The name of an inline item schema: the singular of a plural property
/// (`RunV2` `stepRuns` → `RunV2StepRun`), else `…Item`.
pub(crate) fn item_hint(hint: &str) -> String {
    if let Some(stem) = hint.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = hint
        .strip_suffix('s')
        .filter(|stem| !stem.ends_with('s') && !stem.ends_with('u'))
    {
        stem.to_owned()
    } else {
        format!("{hint}Item")
    }
}

/// The variant name of a union member: a `$ref`'s component, an inline
/// member's `title`, else its kind (`String`, `Object`, ...).
pub(crate) fn member_name(m: &Value) -> Option<String> {
    if let Some(r) = m.get("$ref").and_then(Value::as_str) {
        return r.rsplit('/').next().map(|n| type_name(n).to_string());
    }
    let map = m.as_dict()?;
    // An inline member's `title` names it, as it would name a component.
    if let Some(title) = map.get("title").and_then(Value::as_str) {
        let name = type_name(title).to_string();
        if name != "Empty" {
            return Some(name);
        }
    }
    Some(
        match map.get("type").and_then(Value::as_str) {
            Some("string") if map.contains_key("enum") => "Enum",
            Some("string") => "String",
            Some("number") => "Number",
            Some("integer") => "Integer",
            Some("boolean") => "Boolean",
            Some("array") => "List",
            Some("object") => "Object",
            _ if is_object(map) => "Object",
            _ => return None,
        }
        .to_owned(),
    )
}
