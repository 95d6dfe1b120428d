//! Validation keywords and annotations of a schema, as field options, from
//! the shared table of options (`open_model_internals::options`).

use super::*;

/// The annotation keywords of a schema: `description` (the doc comment) and
/// the shared table's value annotations (`format` is read on its own).
pub(crate) fn annotations() -> Vec<&'static str> {
    let mut out = vec!["description"];
    out.extend(
        options::value_annotation_keywords()
            .into_iter()
            .filter(|k| *k != "format"),
    );
    out
}

/// Keywords with no meaning for validation and no place in a type, dropped
/// wherever they stand: extensions (`x-*`), `$comment` (a note to schema
/// authors), `xml` (names for an XML encoding), `externalDocs` (a link),
/// and `$defs` / `definitions` (schemas kept for `$ref`s to point into,
/// which check nothing where they stand; a `$ref` still reads them).
pub(crate) fn without_meaning(keyword: &str) -> bool {
    keyword.starts_with("x-")
        || matches!(
            keyword,
            "$comment" | "xml" | "externalDocs" | "$defs" | "definitions"
        )
}

/// The keywords that say how a property is used (`read_only`, `write_only`
/// options of fields and aliases); a model, union or enum has no place
/// for them.
pub(crate) const ACCESS: [&str; 2] = ["readOnly", "writeOnly"];

/// `schema` without `readOnly` and `writeOnly` when it defines a model,
/// union or enum: annotations with no place in those types (a property
/// using the type carries its own), dropped as such annotations are,
/// without a warning. `None` when it has neither or becomes an alias,
/// whose field keeps them.
pub(crate) fn without_access(schema: &Map) -> Option<Map> {
    if becomes_alias(schema) || !ACCESS.iter().any(|k| schema.contains_key(k)) {
        return None;
    }
    Some(without(schema, &ACCESS))
}

/// Whether JSON Schema applies `keyword` to values of type `ty` (`any`
/// when the schema names no type): a keyword of another type checks
/// nothing, as `minLength` on a number or `properties` on a string.
pub(crate) fn applies_to(keyword: &str, ty: &str) -> bool {
    let types: &[&str] = match keyword {
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf" => {
            &["number", "integer"]
        }
        "minLength" | "maxLength" | "pattern" => &["string"],
        "items" | "prefixItems" | "minItems" | "maxItems" | "uniqueItems" | "contains"
        | "minContains" | "maxContains" => &["array"],
        "properties" | "required" | "additionalProperties" | "minProperties" | "maxProperties" => {
            &["object"]
        }
        _ => return true,
    };
    ty == "any" || types.contains(&ty)
}

/// The validation keywords `keywords()` turns into check options, from the
/// shared table (`format` and `not` are read on their own).
pub(crate) fn checks() -> Vec<&'static str> {
    options::value_check_keywords()
        .into_iter()
        .filter(|k| !matches!(*k, "format" | "not"))
        .collect()
}

/// The option a keyword becomes, as an identifier.
pub(crate) fn option_ident(keyword: &str) -> Ident {
    let name = options::check_for_keyword(keyword).map_or(keyword, |o| o.name);
    format_ident!("{}", name)
}

impl Gen<'_> {
    /// `map` without the keywords its `type` makes meaningless (see
    /// [`applies_to`]), each with a warning; `None` when it has none, or
    /// names no single type. An untyped schema with object keywords and
    /// no composition is an object here, as everywhere the generator reads
    /// OpenAPI (not with `untyped_any`, where it admits every type): its
    /// `items` or `uniqueItems` (WealthReader, Wordnik) check nothing.
    pub(crate) fn without_foreign_keywords(&mut self, map: &Map, path: &str) -> Option<Map> {
        let composed = ["$ref", "allOf", "oneOf", "anyOf", "not", "enum"]
            .iter()
            .any(|k| map.contains_key(k));
        let ty = match map.get("type") {
            Some(t) => t.as_str()?,
            None if is_object(map) && !composed && !self.options.untyped_any => "object",
            None => return None,
        };
        let foreign: Vec<String> = map
            .iter()
            .map(|(k, _)| k.clone())
            .filter(|k| !applies_to(k, ty))
            .collect();
        if foreign.is_empty() {
            return None;
        }
        for k in &foreign {
            self.foreign_keyword(&format!("{path}/{}", pointer_escape(k)), k, ty);
        }
        let foreign: Vec<&str> = foreign.iter().map(String::as_str).collect();
        Some(without(map, &foreign))
    }

    /// The warning for a keyword that cannot apply where it stands.
    pub(crate) fn foreign_keyword(&mut self, path: &str, keyword: &str, ty: &str) {
        // JSON Schema applies a keyword to values of its own type only.
        self.warning(
            path,
            format!("`{keyword}` does not apply to a value of type `{ty}`; ignored (it checks nothing there)"),
        );
    }

    /// The validation keywords of `map`, as field options.
    pub(crate) fn keywords(
        &mut self,
        map: &Map,
        path: &str,
        ty: &str,
        out: &mut Vec<TokenStream>,
    ) -> Option<()> {
        let mut ok = true;
        let (checks, annotations) = (checks(), annotations());
        for (k, v) in map.iter() {
            let k = k.as_str();
            if !checks.contains(&k) && !annotations.contains(&k) {
                continue;
            }
            let kpath = format!("{path}/{}", pointer_escape(k));
            if !applies_to(k, ty) {
                self.foreign_keyword(&kpath, k, ty);
                continue;
            }
            match self.keyword_option(map, k, v, &kpath) {
                Ok(Some(option)) => out.push(option),
                Ok(None) => {}
                Err(()) => ok = false,
            }
        }
        ok.then_some(())
    }

    /// The field option of one keyword `k` with value `v`: `Ok(None)` when
    /// it says nothing (`uniqueItems: false`), `Err` once the problem is
    /// reported.
    pub(crate) fn keyword_option(
        &mut self,
        map: &Map,
        k: &str,
        v: &Value,
        kpath: &str,
    ) -> Result<Option<TokenStream>, ()> {
        let bad = |g: &mut Self, what: &str| {
            g.problem(kpath, format!("`{k}` must be {what}"));
        };
        match k {
            "minimum" | "maximum" | "multipleOf" => match v.as_number() {
                Some(n) => {
                    let literal = n.to_string();
                    let problem = (k == "multipleOf")
                        .then(|| open_model_internals::keywords::multiple_of_problem(&literal))
                        .flatten();
                    if let Some(problem) = problem {
                        self.problem(kpath, format!("`multipleOf` {problem}"));
                        return Err(());
                    } else {
                        let opt = option_ident(k);
                        let lit = number_tokens(&literal);
                        return Ok(Some(quote!(#opt = #lit)));
                    }
                }
                None => {
                    bad(self, "a number");
                    return Err(());
                }
            },
            "exclusiveMinimum" | "exclusiveMaximum" => match v.as_bool() {
                Some(true) => {
                    let bound = open_model_internals::keywords::bound_of(k).unwrap_or(k);
                    if !map.contains_key(bound) {
                        self.problem(kpath, format!("`{k}` needs `{bound}`"));
                        return Err(());
                    } else {
                        let opt = option_ident(k);
                        return Ok(Some(quote!(#opt)));
                    }
                }
                Some(false) => {}
                None => {
                    bad(self, "`true` or `false` (OpenAPI 3.0's form)");
                    return Err(());
                }
            },
            "minLength" | "maxLength" | "minItems" | "maxItems" => {
                match v
                    .as_number()
                    .and_then(|n| n.to_string().parse::<u64>().ok())
                {
                    Some(n) => {
                        let opt = option_ident(k);
                        let n = proc_macro2::Literal::u64_unsuffixed(n);
                        return Ok(Some(quote!(#opt = #n)));
                    }
                    None => {
                        bad(self, "a whole number");
                        return Err(());
                    }
                }
            }
            "uniqueItems" => match v.as_bool() {
                Some(true) => {
                    let opt = option_ident(k);
                    return Ok(Some(quote!(#opt)));
                }
                Some(false) => {}
                None => {
                    bad(self, "`true` or `false`");
                    return Err(());
                }
            },
            "pattern" => match v.as_str() {
                Some(p) => return self.pattern(p, kpath).map(Some),
                None => {
                    bad(self, "a string");
                    return Err(());
                }
            },
            "enum" => match v.as_list() {
                Some(_) => {
                    let text = json_text(v);
                    return Ok(Some(quote!(enum_json = #text)));
                }
                None => {
                    bad(self, "a list");
                    return Err(());
                }
            },
            "default" => {
                let text = json_text(v);
                return Ok(Some(quote!(default_json = #text)));
            }
            "example" => match v.as_str() {
                Some(s) => return Ok(Some(quote!(example = #s))),
                None => {
                    let text = json_text(v);
                    return Ok(Some(quote!(example_json = #text)));
                }
            },
            "deprecated" if v.as_bool() == Some(true) => return Ok(Some(quote!(deprecated))),
            "readOnly" | "writeOnly" => match v.as_bool() {
                Some(true) => {
                    let opt = format_ident!(
                        "{}",
                        if k == "readOnly" {
                            "read_only"
                        } else {
                            "write_only"
                        }
                    );
                    return Ok(Some(quote!(#opt)));
                }
                Some(false) => {}
                None => {
                    bad(self, "`true` or `false`");
                    return Err(());
                }
            },
            "title" => match v.as_str() {
                Some(t) => return Ok(Some(quote!(title = #t))),
                None => {
                    bad(self, "a string");
                    return Err(());
                }
            },
            _ => {}
        }
        Ok(None)
    }
}

impl Gen<'_> {
    /// A `pattern`: checked as ECMA-262 reads it (or, with `java_patterns`,
    /// as Java reads it, written as its ECMA-262 equivalent); one that
    /// cannot be checked is an error, or with `unchecked_patterns` an
    /// annotation with a warning.
    fn pattern(&mut self, p: &str, kpath: &str) -> Result<TokenStream, ()> {
        let (ecma, dialect) = if self.options.java_patterns {
            (
                open_model_internals::patterns::java::to_ecma(p),
                " (read as Java's)",
            )
        } else {
            (Ok(p.to_owned()), "")
        };
        let why = match ecma.and_then(|e| open_model_internals::patterns::check(&e).map(|_| e)) {
            Ok(ecma) => return Ok(quote!(pattern = #ecma)),
            Err(why) => why,
        };
        if self.options.unchecked_patterns {
            self.warning(kpath, format!("pattern {p:?}{dialect} cannot be checked ({why}); kept as an annotation, never checked (`unchecked_patterns`)"));
            return Ok(quote!(pattern_annotation = #p));
        }
        let java = if self.options.java_patterns {
            ""
        } else {
            "; `java_patterns` (`--java-patterns`) reads the document's patterns as Java's, as AWS's are written"
        };
        self.problem(kpath, format!("pattern {p:?}{dialect} cannot be checked ({why}){java}; `unchecked_patterns` (`--unchecked-patterns`) keeps such a pattern as an annotation, never checked"));
        Err(())
    }
}
