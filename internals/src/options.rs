//! The options of `#[open_model(...)]`: one row each, read by the macro (its
//! option lists, "did you mean", and the error for an option on the wrong
//! kind of item) and by the generator (which OpenAPI keywords become which
//! options, and which are annotations).
//!
//! Adding a keyword means a row here, its parsing and emission in the macro,
//! and its check in the runtime.

/// Where an option may be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// On a struct with named fields (a model).
    Struct,
    /// On an enum (a union, a `oneOf`/`anyOf`, or a string enum).
    Enum,
    /// On a struct of one unnamed field (an alias: `struct Sha(String);`).
    Alias,
    /// On a field of a model.
    Field,
    /// On the one field of an alias.
    AliasField,
    /// On a variant of an enum.
    Variant,
}

impl Place {
    /// How messages name the place.
    pub fn described(self) -> &'static str {
        match self {
            Place::Struct => "a struct with named fields",
            Place::Enum => "an enum",
            Place::Alias => "an alias (a struct of one unnamed field)",
            Place::Field => "a field",
            Place::AliasField => "an alias's field",
            Place::Variant => "a variant",
        }
    }

    /// True for the places written in the attribute on the item itself.
    pub fn is_container(self) -> bool {
        matches!(self, Place::Struct | Place::Enum | Place::Alias)
    }
}

/// What an option does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The model's shape: names, composition, which keys it accepts.
    Shape,
    /// A validation keyword: checked on decode and by `validate()`.
    Check,
    /// Kept in schemas (and metadata), never checked.
    Annotation,
}

/// The kind of value an option takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// No value: `closed`.
    Flag,
    /// A string literal: `rename = "id"`.
    Text,
    /// A number literal: `minimum = 0`.
    Number,
    /// A whole number: `max_length = 3`.
    WholeNumber,
    /// A Rust type: `extra = i64`.
    Type,
    /// JSON text in a string literal: `example_json = "{}"`.
    Json,
    /// A list of patterns, each with a Rust type:
    /// `pattern_properties("^x-" = String)`.
    TypesByPattern,
    /// A list of keys, each with the keys it needs:
    /// `dependent_required("a" = ["b"])`.
    KeysByKey,
    /// A list of keys, each with a Rust type:
    /// `dependent_schemas("a" = Type)`.
    TypesByKey,
    /// A list of Rust types: `prefix_items(f64, f64)`.
    Types,
    /// A Rust type, or `false`: `additional_items = false`.
    TypeOrFalse,
}

/// One option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionSpec {
    /// Its name in `#[open_model(...)]`.
    pub name: &'static str,
    /// The OpenAPI 3.0 keyword it stands for, when it stands for one.
    pub keyword: Option<&'static str>,
    /// Where it may be written.
    pub places: &'static [Place],
    /// The value it takes.
    pub value: ValueKind,
    /// What it does.
    pub role: Role,
}

use Place::{Alias, AliasField, Enum, Field, Struct, Variant};
use Role::{Annotation, Check, Shape};
use ValueKind::{
    Flag, Json, KeysByKey, Number, Text, Type, TypeOrFalse, Types, TypesByKey, TypesByPattern,
    WholeNumber,
};

const fn row(
    name: &'static str,
    keyword: Option<&'static str>,
    places: &'static [Place],
    value: ValueKind,
    role: Role,
) -> OptionSpec {
    OptionSpec {
        name,
        keyword,
        places,
        value,
        role,
    }
}

const TYPES: &[Place] = &[Struct, Enum, Alias];
const VALUES: &[Place] = &[Field, AliasField];
const EVERYWHERE: &[Place] = &[Struct, Enum, Alias, Field, AliasField];

/// Every option.
pub const OPTIONS: &[OptionSpec] = &[
    // The shape of models.
    row(
        "rename",
        None,
        &[Struct, Enum, Alias, Field, Variant],
        Text,
        Shape,
    ),
    row("rename_all", None, &[Struct, Enum], Text, Shape),
    row(
        "closed",
        Some("additionalProperties"),
        &[Struct],
        Flag,
        Shape,
    ),
    row(
        "extra",
        Some("additionalProperties"),
        &[Struct],
        Type,
        Shape,
    ),
    row(
        "pattern_properties",
        Some("patternProperties"),
        &[Struct],
        TypesByPattern,
        Shape,
    ),
    row("tag", Some("discriminator"), &[Enum], Text, Shape),
    row("one_of", Some("oneOf"), &[Enum], Flag, Shape),
    row("any_of", Some("anyOf"), &[Enum], Flag, Shape),
    row("inline", None, TYPES, Flag, Shape),
    row("flatten", Some("allOf"), &[Field], Flag, Shape),
    row("skip", None, &[Field], Flag, Shape),
    row("other", None, &[Variant], Flag, Shape),
    row("required", Some("required"), &[Field], Flag, Shape),
    row("apply_defaults", None, &[Struct], Flag, Shape),
    row(
        "nullable",
        Some("nullable"),
        &[Struct, Enum],
        Flag,
        Annotation,
    ),
    // Checks.
    row(
        "format",
        Some("format"),
        &[Alias, Field, AliasField],
        Text,
        Check,
    ),
    row("minimum", Some("minimum"), VALUES, Number, Check),
    row("maximum", Some("maximum"), VALUES, Number, Check),
    row(
        "exclusive_minimum",
        Some("exclusiveMinimum"),
        VALUES,
        Flag,
        Check,
    ),
    row(
        "exclusive_maximum",
        Some("exclusiveMaximum"),
        VALUES,
        Flag,
        Check,
    ),
    row("multiple_of", Some("multipleOf"), VALUES, Number, Check),
    row("min_length", Some("minLength"), VALUES, WholeNumber, Check),
    row("max_length", Some("maxLength"), VALUES, WholeNumber, Check),
    row("pattern", Some("pattern"), VALUES, Text, Check),
    row("min_items", Some("minItems"), VALUES, WholeNumber, Check),
    row("max_items", Some("maxItems"), VALUES, WholeNumber, Check),
    row("unique_items", Some("uniqueItems"), VALUES, Flag, Check),
    row("prefix_items", Some("prefixItems"), VALUES, Types, Check),
    row("contains", Some("contains"), VALUES, Type, Check),
    row(
        "if_schema",
        Some("if"),
        &[Struct, Field, AliasField],
        Type,
        Check,
    ),
    row(
        "then_schema",
        Some("then"),
        &[Struct, Field, AliasField],
        Type,
        Check,
    ),
    row(
        "else_schema",
        Some("else"),
        &[Struct, Field, AliasField],
        Type,
        Check,
    ),
    row(
        "min_contains",
        Some("minContains"),
        VALUES,
        WholeNumber,
        Check,
    ),
    row(
        "max_contains",
        Some("maxContains"),
        VALUES,
        WholeNumber,
        Check,
    ),
    row(
        "additional_items",
        Some("items"),
        VALUES,
        TypeOrFalse,
        Check,
    ),
    row(
        "enum_json",
        Some("enum"),
        &[Struct, Field, AliasField],
        Json,
        Check,
    ),
    row(
        "not",
        Some("not"),
        &[Struct, Field, AliasField],
        Type,
        Check,
    ),
    row(
        "min_properties",
        Some("minProperties"),
        &[Struct],
        WholeNumber,
        Check,
    ),
    row(
        "max_properties",
        Some("maxProperties"),
        &[Struct],
        WholeNumber,
        Check,
    ),
    row(
        "dependent_required",
        Some("dependentRequired"),
        &[Struct],
        KeysByKey,
        Check,
    ),
    row(
        "dependent_schemas",
        Some("dependentSchemas"),
        &[Struct],
        TypesByKey,
        Check,
    ),
    row(
        "property_names",
        Some("propertyNames"),
        &[Struct],
        Type,
        Check,
    ),
    // Annotations.
    row("pattern_annotation", None, VALUES, Text, Annotation),
    row(
        "format_annotation",
        Some("format"),
        EVERYWHERE,
        Text,
        Annotation,
    ),
    row("title", Some("title"), EVERYWHERE, Text, Annotation),
    row(
        "deprecated",
        Some("deprecated"),
        EVERYWHERE,
        Flag,
        Annotation,
    ),
    row(
        "default_json",
        Some("default"),
        EVERYWHERE,
        Json,
        Annotation,
    ),
    row(
        "example_json",
        Some("example"),
        EVERYWHERE,
        Json,
        Annotation,
    ),
    row("example", Some("example"), VALUES, Text, Annotation),
    row("read_only", Some("readOnly"), VALUES, Flag, Annotation),
    row("write_only", Some("writeOnly"), VALUES, Flag, Annotation),
];

/// The option named `name`.
pub fn find(name: &str) -> Option<&'static OptionSpec> {
    OPTIONS.iter().find(|o| o.name == name)
}

/// The options that may be written at `place`, in table order.
pub fn names_at(place: Place) -> Vec<&'static str> {
    OPTIONS
        .iter()
        .filter(|o| o.places.contains(&place))
        .map(|o| o.name)
        .collect()
}

/// The check option a value-level OpenAPI keyword becomes (`maxLength` →
/// `max_length`), for the generator.
pub fn check_for_keyword(keyword: &str) -> Option<&'static OptionSpec> {
    OPTIONS
        .iter()
        .find(|o| o.role == Role::Check && o.keyword == Some(keyword) && o.applies_to(Place::Field))
}

/// The OpenAPI keywords that become check options on a value (a field or an
/// alias), in table order.
pub fn value_check_keywords() -> Vec<&'static str> {
    OPTIONS
        .iter()
        .filter(|o| o.role == Role::Check && o.applies_to(Place::Field))
        .filter_map(|o| o.keyword)
        .collect()
}

/// The OpenAPI keywords that are annotations of a value, in table order
/// (`title`, `deprecated`, `default`, `example`, and `format` when unchecked).
pub fn value_annotation_keywords() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for k in OPTIONS
        .iter()
        .filter(|o| o.role == Role::Annotation && o.applies_to(Place::Field))
        .filter_map(|o| o.keyword)
    {
        if !out.contains(&k) {
            out.push(k);
        }
    }
    out
}

impl OptionSpec {
    /// True when the option may be written at `place`.
    pub fn applies_to(&self, place: Place) -> bool {
        self.places.contains(&place)
    }

    /// The error for this option written at `place`, where it does not apply:
    /// where it does apply, and where to put it when there is a usual slip.
    pub fn misplaced(&self, place: Place) -> String {
        let name = self.name;
        let mut msg = format!("`{name}` does not apply to {}", place.described());
        let hint = match (name, place) {
            ("not" | "enum_json", Alias) => Some(format!(
                "put it on the alias's field, where the keywords go: `struct Alias(#[open_model({name} = …)] T);`"
            )),
            ("rename", AliasField) => Some(
                "an alias has no key of its own (`rename` on the alias itself names its schema component)"
                    .to_owned(),
            ),
            ("nullable", Alias) => Some(
                "an alias is nullable when its field is an `Option`: `struct Alias(pub Option<T>);`"
                    .to_owned(),
            ),
            (_, Alias) if self.applies_to(AliasField) => Some(format!(
                "put it on the alias's field: `struct Alias(#[open_model({name} = …)] T);`"
            )),
            (_, Struct) if self.applies_to(Field) => {
                Some("put it on the field it applies to".to_owned())
            }
            (_, AliasField) if self.applies_to(Alias) => {
                Some(format!("put it on the alias itself: `#[open_model({name})]`"))
            }
            (_, AliasField) if self.applies_to(Field) => {
                Some("an alias has no key of its own".to_owned())
            }
            ("closed" | "extra", Enum) => {
                Some("an enum's variants decide which keys they accept".to_owned())
            }
            _ => None,
        };
        match hint {
            Some(hint) => msg.push_str(&format!("; {hint}")),
            None => {
                let places: Vec<&str> = self.places.iter().map(|p| p.described()).collect();
                msg.push_str(&format!("; it applies to {}", places.join(", ")));
            }
        }
        msg
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique() {
        for (i, o) in OPTIONS.iter().enumerate() {
            assert!(
                OPTIONS.iter().skip(i + 1).all(|p| p.name != o.name),
                "{}",
                o.name
            );
        }
    }

    #[test]
    fn misplaced_options_say_where_they_go() {
        let spec = find("pattern").unwrap();
        assert_eq!(
            spec.misplaced(Alias),
            "`pattern` does not apply to an alias (a struct of one unnamed field); put it on the alias's field: `struct Alias(#[open_model(pattern = …)] T);`"
        );
        assert_eq!(
            find("min_properties").unwrap().misplaced(Enum),
            "`min_properties` does not apply to an enum; it applies to a struct with named fields"
        );
    }
}
