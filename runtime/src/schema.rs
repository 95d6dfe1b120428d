//! OpenAPI 3.0 schema objects for models and field types.

use crate::{Field, Map, Number, Value};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

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
/// let doc = gen.into_components()?;
/// assert_eq!(
///     open_model::to_json_string(&doc)?,
///     r#"{"components":{"schemas":{"Tag":{"type":"object","description":"A tag.","properties":{"name":{"type":"string"}},"required":["name"]}}}}"#
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Default)]
pub struct SchemaGen {
    components: Map<Value>,
    started: HashSet<String>,
    /// The Rust path that owns each component name.
    owners: HashMap<String, &'static str>,
    clashes: Vec<ComponentClash>,
}

/// Two types that claim one component name: their schemas would replace each
/// other in `components.schemas`, and every `$ref` to the name would be
/// ambiguous. Give one of them another name with `#[open_model(rename = "...")]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComponentClash {
    /// The component name (`Charge`).
    pub name: String,
    /// The Rust path of the type that took the name first.
    pub first: &'static str,
    /// The Rust path of the other type.
    pub second: &'static str,
}

impl std::fmt::Display for ComponentClash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "two types are schema component `{}`: `{}` and `{}`; name one of them with #[open_model(rename = \"...\")]",
            self.name, self.first, self.second
        )
    }
}

impl std::error::Error for ComponentClash {}

impl SchemaGen {
    /// An empty set of components.
    pub fn new() -> SchemaGen {
        SchemaGen::default()
    }

    /// Adds `T` and every component it refers to. A type that is not a named
    /// component adds only what it refers to.
    pub fn add<T: Schema + ?Sized>(&mut self) {
        match T::component_name() {
            Some(name) => {
                self.claim(&name, T::RUST_PATH);
                if self.started.insert(name.clone().into_owned()) {
                    let definition = T::definition(self);
                    self.components.insert(name.into_owned(), definition);
                }
            }
            None => {
                T::definition(self);
            }
        }
    }

    /// Records that `path` is component `name`; a second type under the
    /// same name is a clash (each pair once).
    fn claim(&mut self, name: &str, path: &'static str) {
        let first = *self.owners.entry(name.to_owned()).or_insert(path);
        if first != path
            && !self
                .clashes
                .iter()
                .any(|c| c.name == name && c.second == path)
        {
            self.clashes.push(ComponentClash {
                name: name.to_owned(),
                first,
                second: path,
            });
        }
    }

    /// The clashes met so far: types that claim one component name.
    pub fn clashes(&self) -> &[ComponentClash] {
        &self.clashes
    }

    /// The schema to write where `T` is used: a `$ref` to its component
    /// (added to this set), or its definition inline.
    pub fn reference<T: Schema + ?Sized>(&mut self) -> Value {
        match T::component_name() {
            Some(name) => {
                self.add::<T>();
                ref_to(&name)
            }
            None => T::definition(self),
        }
    }

    /// The components gathered so far, by name, in the order they were added.
    pub fn components(&self) -> &Map<Value> {
        &self.components
    }

    /// `{"components": {"schemas": {…}}}`.
    pub fn into_components(self) -> Result<Value, ComponentClash> {
        if let Some(clash) = self.clashes.into_iter().next() {
            return Err(clash);
        }
        let mut schemas = Map::new();
        schemas.insert("schemas".to_owned(), Value::Dict(self.components));
        let mut doc = Map::new();
        doc.insert("components".to_owned(), Value::Dict(schemas));
        Ok(Value::Dict(doc))
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

    /// The Rust path of the type that owns [`Schema::COMPONENT`]
    /// (`my_app::stripe::Charge`): how [`SchemaGen`] tells two types that
    /// claim one component name apart.
    const RUST_PATH: &'static str = "";

    /// The schema object of the type itself.
    fn definition(gen: &mut SchemaGen) -> Value;

    /// The component name of this type: [`Schema::COMPONENT`], or for an
    /// instantiation of a generic model, a name made of the model's and its
    /// type arguments' (`Page_Charge` for `Page<Charge>`).
    fn component_name() -> Option<Cow<'static, str>> {
        Self::COMPONENT.map(Cow::Borrowed)
    }
}

/// The name of `T` inside the component name of a generic model's
/// instantiation: its component name, or its Rust type's names joined by
/// `_` (`Vec_String` for `Vec<String>`).
///
/// ```
/// use open_model::schema::instance_name;
/// assert_eq!(instance_name::<Vec<String>>(), "Vec_String");
/// assert_eq!(instance_name::<i64>(), "i64");
/// ```
pub fn instance_name<T: Schema + ?Sized>() -> Cow<'static, str> {
    if let Some(name) = T::component_name() {
        return name;
    }
    let full = std::any::type_name::<T>();
    let mut out = String::new();
    for part in full.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')) {
        if let Some(last) = part.rsplit("::").next().filter(|p| !p.is_empty()) {
            if !out.is_empty() {
                out.push('_');
            }
            out.push_str(last);
        }
    }
    Cow::Owned(out)
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
        string_with_format("uuid")
    }
}

impl Schema for std::net::Ipv4Addr {
    fn definition(_: &mut SchemaGen) -> Value {
        string_with_format("ipv4")
    }
}

impl Schema for std::net::Ipv6Addr {
    fn definition(_: &mut SchemaGen) -> Value {
        string_with_format("ipv6")
    }
}

impl Schema for std::net::IpAddr {
    /// A string that is an ipv4 or an ipv6 address.
    fn definition(_: &mut SchemaGen) -> Value {
        let mut s = typed("string");
        if let Some(m) = s.as_dict_mut() {
            let either = ["ipv4", "ipv6"]
                .into_iter()
                .map(|f| {
                    let mut one = Map::new();
                    one.insert("format".to_owned(), Value::from(f));
                    Value::Dict(one)
                })
                .collect();
            m.insert("anyOf".to_owned(), Value::List(either));
        }
        s
    }
}

fn string_with_format(format: &str) -> Value {
    let mut s = typed("string");
    if let Some(m) = s.as_dict_mut() {
        m.insert("format".to_owned(), Value::from(format));
    }
    s
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
    const RUST_PATH: &'static str = T::RUST_PATH;
    fn definition(gen: &mut SchemaGen) -> Value {
        T::definition(gen)
    }
    fn component_name() -> Option<Cow<'static, str>> {
        T::component_name()
    }
}

impl<T: Schema> Schema for Field<T> {
    const COMPONENT: Option<&'static str> = T::COMPONENT;
    const RUST_PATH: &'static str = T::RUST_PATH;
    fn definition(gen: &mut SchemaGen) -> Value {
        T::definition(gen)
    }
    fn component_name() -> Option<Cow<'static, str>> {
        T::component_name()
    }
}

impl<T: Schema> Schema for Box<T> {
    const COMPONENT: Option<&'static str> = T::COMPONENT;
    const RUST_PATH: &'static str = T::RUST_PATH;
    fn definition(gen: &mut SchemaGen) -> Value {
        T::definition(gen)
    }
    fn component_name() -> Option<Cow<'static, str>> {
        T::component_name()
    }
}

/// Inserts `key: value` into a schema object.
#[doc(hidden)]
pub fn set(schema: &mut Value, key: &str, value: Value) {
    if let Some(m) = schema.as_dict_mut() {
        m.insert(key.to_owned(), value);
    }
}
