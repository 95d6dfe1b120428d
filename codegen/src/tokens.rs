//! Small pieces of the written source: doc comments, attributes, literals,
//! JSON pointers.

use super::*;

/// The escaping of one JSON pointer segment.
pub(crate) fn pointer_escape(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// `#[doc]` lines of a description.
pub(crate) fn docs(map: &Map) -> TokenStream {
    map.get("description")
        .and_then(Value::as_str)
        .map(doc_lines)
        .unwrap_or_default()
}

/// `#[doc]` lines of a property: its description, or, for a reference
/// annotated through `allOf` (`allOf: [{$ref: X}, {description: …}]`), the
/// description a member beside the reference gives.
pub(crate) fn property_docs(map: &Map) -> TokenStream {
    if map.contains_key("description") {
        return docs(map);
    }
    let members = map.get("allOf").and_then(Value::as_list);
    let members = members.into_iter().flatten();
    if !members.clone().any(|m| m.get("$ref").is_some()) {
        return TokenStream::new();
    }
    members
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
