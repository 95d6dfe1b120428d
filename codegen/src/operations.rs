//! Types for the schemas written inline where an API's operations use
//! them: each operation's request body and responses (under `paths`, and
//! OpenAPI 3.1's `webhooks`), and
//! the reusable request bodies and responses of `components`. Many real
//! documents define their models there and nowhere else; openapi-generator
//! and progenitor give each such schema a type, and so does this
//! generator, with the names openapi-generator gives them:
//!
//! | where | name |
//! |---|---|
//! | an operation's request body | `<Operation>Request` |
//! | an operation's response | `<Operation><status>Response` (`ListPets200Response`, `ListPetsDefaultResponse`) |
//! | `components.requestBodies.<name>`, `components.responses.<name>` | `<Name>` |
//!
//! where `<Operation>` is the `operationId`, or the path's words and the
//! method when there is none (`GET /v2/test-cases/{id}` →
//! `V2TestCasesIdGet`).
//!
//! Only a schema a type can add something to gets one: an object, a
//! union, an enum, an `allOf`, or an array or scalar with keywords to
//! check. A `$ref` (the component's type serves), a scalar with nothing
//! but its type and format (`type: string, format: binary` for a
//! download), an array of those and a schema that admits anything get
//! none. A schema written twice
//! (the same error object for 400, 401 and 500, or for two media types)
//! gets one type, named where it is first met.
//!
//! A schema the generator cannot express gets no type, with a warning for
//! each reason (an error with `strict`): the components still generate.
//!
//! Parameters and headers are not read: their schemas are almost always
//! scalars, and a client passes them one by one rather than as a model.

use super::*;
use std::collections::{BTreeMap, BTreeSet};

/// The methods of a path item that are operations.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A schema written inline for an operation: where it is, and the name its
/// type is asked for under.
#[derive(Debug, Clone)]
pub(crate) struct BodySite {
    pub(crate) pointer: String,
    pub(crate) hint: String,
}

/// The operations' schemas of `root`, grouped by operation (a group is
/// the operation's name and its sites, request body first), in document
/// order; then the components' request bodies and responses, one group
/// each.
pub(crate) fn body_sites(root: &Value) -> Vec<(String, Vec<BodySite>)> {
    let mut groups = Vec::new();
    // OpenAPI 3.1's webhooks are path items too, named instead of pathed.
    for place in ["paths", "webhooks"] {
        let Some(paths) = root.get(place).and_then(Value::as_dict) else {
            continue;
        };
        for (path, item) in paths.iter() {
            let Some(item) = item.as_dict() else { continue };
            let at = format!("#/{place}/{}", pointer_escape(path));
            for (method, operation) in item.iter() {
                if !METHODS.contains(&method.as_str()) {
                    continue;
                }
                let Some(operation) = operation.as_dict() else {
                    continue;
                };
                let name = operation_name(operation, path, method);
                let at = format!("{at}/{method}");
                let mut sites = Vec::new();
                if let Some(body) = operation.get("requestBody") {
                    let at = format!("{at}/requestBody");
                    media_sites(body, &at, &format!("{name}Request"), &mut sites);
                }
                if let Some(responses) = operation.get("responses").and_then(Value::as_dict) {
                    for (status, response) in responses.iter() {
                        let at = format!("{at}/responses/{}", pointer_escape(status));
                        let hint = format!("{name}{}Response", status_word(status));
                        media_sites(response, &at, &hint, &mut sites);
                    }
                }
                groups.push((name, sites));
            }
        }
    }
    let components = root.get("components");
    for kind in ["requestBodies", "responses"] {
        let Some(map) = components
            .and_then(|c| c.get(kind))
            .and_then(Value::as_dict)
        else {
            continue;
        };
        for (name, body) in map.iter() {
            let at = format!("#/components/{kind}/{}", pointer_escape(name));
            let hint = type_name(name).to_string();
            let mut sites = Vec::new();
            media_sites(body, &at, &hint, &mut sites);
            groups.push((hint, sites));
        }
    }
    groups.retain(|(_, sites)| !sites.is_empty());
    groups
}

/// The operation's type-name stem: its `operationId`, or its path's words
/// and its method.
fn operation_name(operation: &Map, path: &str, method: &str) -> String {
    match operation
        .get("operationId")
        .and_then(Value::as_str)
        .map(pascal)
    {
        Some(id) if id != "Empty" => id,
        // One name from all the words, so that only its start can need
        // a letter (`/2010-04-01/Accounts.json` → `N20100401AccountsJsonGet`).
        _ => pascal(&format!("{}_{method}", path.replace(['{', '}', '/'], "_"))),
    }
}

/// A response's status as a name's word: `200`, `2XX`, `Default`.
fn status_word(status: &str) -> String {
    if status.starts_with(|c: char| c.is_ascii_digit()) {
        status
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_uppercase()
    } else {
        pascal(status)
    }
}

/// The schema of each media type of a request body or response (`at` is
/// its pointer). A body or response that is a `$ref` has none here: it is
/// read where it points, as a component's.
fn media_sites(body: &Value, at: &str, hint: &str, sites: &mut Vec<BodySite>) {
    let Some(content) = body.get("content").and_then(Value::as_dict) else {
        return;
    };
    for (media, media_type) in content.iter() {
        if media_type.get("schema").is_some() {
            sites.push(BodySite {
                pointer: format!("{at}/content/{}/schema", pointer_escape(media)),
                hint: hint.to_owned(),
            });
        }
    }
}

/// Whether a type for `schema` would add something to the Rust type it
/// would be otherwise: false for a `$ref`, a scalar with nothing but its
/// type and format (`type: string, format: binary` for a download), an
/// array of such items, and a schema that admits anything.
pub(crate) fn needs_body_type(schema: &Value) -> bool {
    let Some(map) = schema.as_dict() else {
        return false;
    };
    let annotation = |k: &str| {
        without_meaning(k)
            || matches!(
                k,
                "description" | "title" | "example" | "deprecated" | "nullable"
            )
            || ACCESS.contains(&k)
    };
    if map.contains_key("$ref") {
        return false;
    }
    let kind = map.get("type").and_then(Value::as_str);
    let plain = |allowed: &[&str]| {
        map.iter()
            .all(|(k, _)| annotation(k) || allowed.contains(&k.as_str()))
    };
    match kind {
        None => !plain(&[]),
        Some("array") => {
            !plain(&["type", "items"]) || map.get("items").is_some_and(needs_body_type)
        }
        Some("object") => true,
        Some(_) => !plain(&["type", "format"]),
    }
}

/// What the generator had written before an operation's type was tried.
struct Snapshot {
    items: usize,
    problems: usize,
    warnings: usize,
    used: BTreeSet<&'static str>,
    pointer_types: Map<String>,
}

impl Gen<'_> {
    fn snapshot(&self) -> Snapshot {
        Snapshot {
            items: self.items.len(),
            problems: self.problems.len(),
            warnings: self.warnings.len(),
            used: self.used.clone(),
            pointer_types: self.pointer_types.clone(),
        }
    }

    /// An operation's schema that cannot be generated leaves its type out,
    /// with a warning per reason (an error with `strict`): the components,
    /// the document's models, still generate. What the attempt wrote is
    /// taken back, imports included.
    fn left_out(&mut self, before: Snapshot) {
        let problems = self.problems.split_off(before.problems);
        self.items.truncate(before.items);
        self.warnings.truncate(before.warnings);
        self.used = before.used;
        self.pointer_types = before.pointer_types;
        for p in problems {
            self.warning(
                &p.path,
                format!(
                    "{}; this operation's schema gets no type (the rest is generated)",
                    p.message
                ),
            );
        }
    }

    /// Writes a type for each schema of `groups` that needs one (see the
    /// module's doc), each group's items together; gives each group's
    /// range of items.
    pub(crate) fn write_bodies(
        &mut self,
        groups: &[(String, Vec<BodySite>)],
    ) -> Vec<(String, std::ops::Range<usize>)> {
        let mut seen = BTreeMap::new();
        let mut ranges = Vec::new();
        for (group, sites) in groups {
            let start = self.items.len();
            for site in sites {
                self.body_type(site, &mut seen);
            }
            ranges.push((group.clone(), start..self.items.len()));
        }
        ranges
    }

    /// The type of one site's schema, when it needs one: written the
    /// first time the schema is met (`seen`: its text, and its type's
    /// name), and noted in `bodies` each time.
    fn body_type(&mut self, site: &BodySite, seen: &mut BTreeMap<String, String>) {
        let Some(schema) = self.lookup(&site.pointer).cloned() else {
            return;
        };
        let Some(map) = schema.as_dict().filter(|_| needs_body_type(&schema)) else {
            return;
        };
        let text = json_text(&schema);
        let name = match (seen.get(&text), self.pointer_types.get(&site.pointer)) {
            (Some(name), _) | (None, Some(name)) => name.clone(),
            (None, None) => {
                let before = self.snapshot();
                // No component holds it: nothing it refers to needs a box.
                self.current = String::new();
                let ident = self.inline_name(&site.pointer, Role::Definition, &site.hint);
                self.pointer_types
                    .insert(site.pointer.clone(), ident.to_string());
                self.definition(&ident, map, &site.pointer, true);
                if self.problems.len() > before.problems {
                    return self.left_out(before);
                }
                ident.to_string()
            }
        };
        seen.insert(text, name.clone());
        self.bodies.push((site.pointer.clone(), name));
    }
}
