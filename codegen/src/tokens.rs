//! Small pieces of the written source: doc comments, attributes, literals,
//! JSON pointers.

use super::*;

/// The escaping of one JSON pointer segment.
pub(crate) fn pointer_escape(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// One JSON pointer segment unescaped.
pub(crate) fn pointer_unescape(s: &str) -> String {
    s.replace("~1", "/").replace("~0", "~")
}

/// The value the unescaped pointer `segments` name, from `at`.
pub(crate) fn descend(mut at: &Value, segments: impl Iterator<Item = String>) -> Option<&Value> {
    for seg in segments {
        at = match at {
            Value::Dict(m) => m.get(&seg)?,
            Value::List(l) => l.get(seg.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(at)
}

/// `#/components/schemas/<name>`, the name escaped.
pub(crate) fn component_ref(name: &str) -> String {
    format!("#/components/schemas/{}", pointer_escape(name))
}

/// The component a `$ref` names (`#/components/schemas/<name>`, the name
/// unescaped); `None` for a reference anywhere else.
pub(crate) fn component_named(target: &str) -> Option<String> {
    target
        .strip_prefix("#/components/schemas/")
        .map(pointer_unescape)
}

/// Every `$ref` of `doc` with its fragment percent-decoded. A JSON pointer
/// in a URI fragment percent-encodes what a URI cannot hold (`{` as `%7B`,
/// RFC 6901 §6), and the generator reads pointers as plain text. A
/// fragment whose escapes do not decode to UTF-8 is left as written (it
/// then names nothing, and says so where it is used).
pub(crate) fn refs_decoded(doc: &mut Value) {
    match doc {
        Value::Dict(map) => {
            for (key, value) in map.iter_mut() {
                match value {
                    Value::Str(target) if key == "$ref" && target.contains('%') => {
                        if let Ok(decoded) =
                            percent_encoding::percent_decode_str(target).decode_utf8()
                        {
                            *target = decoded.into_owned();
                        }
                    }
                    other => refs_decoded(other),
                }
            }
        }
        Value::List(items) => items.iter_mut().for_each(refs_decoded),
        _ => {}
    }
}

/// `#[doc]` lines of a description.
pub(crate) fn docs(map: &Map) -> TokenStream {
    map.get("description")
        .and_then(Value::as_str)
        .map(doc_lines)
        .unwrap_or_default()
}

/// `#[doc]` lines of a property: its description, or, for an `allOf`
/// (a reference annotated so, `allOf: [{$ref: X}, {description: …}]`, or
/// the same property met in two merged members), the first description a
/// member that is not a reference gives.
pub(crate) fn property_docs(map: &Map) -> TokenStream {
    if map.contains_key("description") {
        return docs(map);
    }
    let members = map.get("allOf").and_then(Value::as_list);
    members
        .into_iter()
        .flatten()
        .filter(|m| m.get("$ref").is_none())
        .find_map(|m| m.get("description").and_then(Value::as_str))
        .map(doc_lines)
        .unwrap_or_default()
}

fn doc_lines(text: &str) -> TokenStream {
    let lines = text.trim().lines().map(|l| {
        let l = format!(" {}", l.trim());
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

pub(crate) fn open_model_attr(opts: &[TokenStream]) -> TokenStream {
    if opts.is_empty() {
        quote!(#[open_model])
    } else {
        quote!(#[open_model(#(#opts),*)])
    }
}

pub(crate) fn json_text(v: &Value) -> String {
    open_model::to_json_string(v).unwrap_or_default()
}

pub(crate) fn number_tokens(text: &str) -> TokenStream {
    let (neg, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, text),
    };
    let lit: TokenStream = digits.parse().unwrap_or_else(|_| quote!(0));
    if neg {
        quote!(-#lit)
    } else {
        lit
    }
}
