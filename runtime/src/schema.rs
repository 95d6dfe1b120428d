//! OpenAPI 3.0 schema objects for models and field types.

use crate::{Field, Map, Number, Value};
use std::collections::HashSet;

/// Gathers the named components that a set of schemas refers to.
///
/// ```
/// use open_model::{open_model, schema::SchemaGen};
///
/// /// A tag.
/// #[open_model]
/// struct Tag { name: String }
///
/// let mut gen = SchemaGen::new();
/// gen.add::<Tag>();
/// let doc = gen.into_components();
/// assert_eq!(
///     open_model::to_json_string(&doc)?,
///     r#"{"components":{"schemas":{"Tag":{"type":"object","description":"A tag.","properties":{"name":{"type":"string"}},"required":["name"]}}}}"#
/// );
/// # Ok::<(), open_model::EncodeError>(())
/// ```
#[derive(Default)]
pub struct SchemaGen {
    components: Map<Value>,
    started: HashSet<&'static str>,
}

impl SchemaGen {
    /// An empty set of components.
    pub fn new() -> SchemaGen {
        SchemaGen::default()
    }

    /// Adds `T` and every component it refers to. A type that is not a named
    /// component adds only what it refers to.
    pub fn add<T: Schema + ?Sized>(&mut self) {
        match T::COMPONENT {
            Some(name) => {
                if self.started.insert(name) {
                    let definition = T::definition(self);
                    self.components.insert(name.to_owned(), definition);
                }
            }
            None => {
                T::definition(self);
            }
        }
    }

    /// The schema to write where `T` is used: a `$ref` to its component
    /// (added to this set), or its definition inline.
    pub fn reference<T: Schema + ?Sized>(&mut self) -> Value {
        match T::COMPONENT {
            Some(name) => {
                self.add::<T>();
                ref_to(name)
            }
            None => T::definition(self),
        }
    }

    /// The components gathered so far, by name, in the order they were added.
    pub fn components(&self) -> &Map<Value> {
        &self.components
    }

    /// `{"components": {"schemas": {…}}}`.
    pub fn into_components(self) -> Value {
        let mut schemas = Map::new();
        schemas.insert("schemas".to_owned(), Value::Dict(self.components));
        let mut doc = Map::new();
        doc.insert("components".to_owned(), Value::Dict(schemas));
        Value::Dict(doc)
    }
}

/// `{"$ref": "#/components/schemas/<name>"}`.
pub fn ref_to(name: &str) -> Value {
    let mut m = Map::new();
    m.insert(
        "$ref".to_owned(),
        Value::Str(format!("#/components/schemas/{name}")),
    );
    Value::Dict(m)
}

/// True for a `{"$ref": …}` schema, to which OpenAPI 3.0 allows no siblings
/// but a description.
pub fn is_ref(schema: &Value) -> bool {
    schema.get("$ref").is_some()
}

/// A type with an OpenAPI 3.0 schema. Implemented for the field types and,
/// by `#[open_model]`, for every model, union, string enum and alias.
pub trait Schema {
    /// The name under `components.schemas` when the type is a named
    /// component (fields then refer to it with `$ref`); `None` for types
    /// written inline.
    const COMPONENT: Option<&'static str> = None;

    /// The schema object of the type itself.
    fn definition(gen: &mut SchemaGen) -> Value;
}

fn typed(name: &str) -> Value {
    let mut m = Map::new();
    m.insert("type".to_owned(), Value::from(name));
    Value::Dict(m)
}

macro_rules! primitive_schema {
    ($($t:ty => $name:literal),* $(,)?) => {$(
        impl Schema for $t {
            fn definition(_: &mut SchemaGen) -> Value {
                typed($name)
            }
        }
    )*};
}
primitive_schema!(
    String => "string", bool => "boolean", Number => "number", f32 => "number", f64 => "number",
    crate::Integer => "integer",
    i8 => "integer", i16 => "integer", i32 => "integer", i64 => "integer",
    u8 => "integer", u16 => "integer", u32 => "integer", u64 => "integer",
);

impl Schema for uuid::Uuid {
    fn definition(_: &mut SchemaGen) -> Value {
        let mut s = typed("string");
        if let Some(m) = s.as_dict_mut() {
            m.insert("format".to_owned(), Value::from("uuid"));
        }
        s
    }
}

impl Schema for Value {
    /// Any value: `{}`.
    fn definition(_: &mut SchemaGen) -> Value {
        Value::Dict(Map::new())
    }
}

impl<T: Schema> Schema for Vec<T> {
    fn definition(gen: &mut SchemaGen) -> Value {
        let mut s = typed("array");
        let items = gen.reference::<T>();
        if let Some(m) = s.as_dict_mut() {
            m.insert("items".to_owned(), items);
        }
        s
    }
}

impl<T: Schema + 'static> Schema for Map<T> {
    /// `{"type": "object"}`, with `additionalProperties` when the values are
    /// not any value.
    fn definition(gen: &mut SchemaGen) -> Value {
        let mut s = typed("object");
        if std::any::TypeId::of::<T>() != std::any::TypeId::of::<Value>() {
            let values = gen.reference::<T>();
            if let Some(m) = s.as_dict_mut() {
                m.insert("additionalProperties".to_owned(), values);
            }
        }
        s
    }
}

impl<T: Schema> Schema for Option<T> {
    const COMPONENT: Option<&'static str> = T::COMPONENT;
    fn definition(gen: &mut SchemaGen) -> Value {
        T::definition(gen)
    }
}

impl<T: Schema> Schema for Field<T> {
    const COMPONENT: Option<&'static str> = T::COMPONENT;
    fn definition(gen: &mut SchemaGen) -> Value {
        T::definition(gen)
    }
}

impl<T: Schema> Schema for Box<T> {
    const COMPONENT: Option<&'static str> = T::COMPONENT;
    fn definition(gen: &mut SchemaGen) -> Value {
        T::definition(gen)
    }
}

/// Inserts `key: value` into a schema object.
#[doc(hidden)]
pub fn set(schema: &mut Value, key: &str, value: Value) {
    if let Some(m) = schema.as_dict_mut() {
        m.insert(key.to_owned(), value);
    }
}
