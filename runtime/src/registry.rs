//! A list of models that tools run over by name: the `open-model` command
//! line (`open_model_cli::run`) checks, formats and describes documents
//! against any registry, the Gentrace one or your own.
//!
//! ```
//! use open_model::open_model;
//!
//! #[open_model]
//! pub struct Charge { pub amount: i64 }
//!
//! #[open_model]
//! pub struct Refund { pub charge: String }
//!
//! open_model::registry! {
//!     /// The models of my API.
//!     pub static MODELS = [Charge, Refund];
//! }
//!
//! let charge = open_model::registry::find(MODELS, "charge").unwrap();
//! assert_eq!(charge.name, "Charge");
//! assert!((charge.check)(br#"{"amount": 5}"#, &open_model::Options::default()).is_ok());
//! let doc = open_model::registry::components(MODELS).unwrap();
//! assert!(doc.get("components").and_then(|c| c.get("schemas")).and_then(|s| s.get("Refund")).is_some());
//! ```
//!
//! A command line over them is then one function (the crate
//! `open-model-cli`): `fn main() -> ExitCode { open_model_cli::run(MODELS) }`.

use crate::schema::{ComponentClash, Schema, SchemaGen};
use crate::{Decode, Encode, Options, Report, Value};

/// One model of a registry: its name and what tools do with it.
#[derive(Clone, Copy)]
pub struct ModelEntry {
    /// The model's name: its component name (`RunV2`), else the name written
    /// in the registry.
    pub name: &'static str,
    /// The model's OpenAPI schema.
    pub schema: fn() -> Value,
    /// Decodes and validates a JSON document.
    pub check: fn(&[u8], &Options) -> Result<(), Report>,
    /// Decodes, validates and re-encodes a JSON document (typed keys in model
    /// order, then extras; numbers exact).
    pub format: fn(&[u8], &Options) -> Result<Vec<u8>, Report>,
    /// Adds the model and every component it refers to.
    pub add_components: fn(&mut SchemaGen),
}

impl ModelEntry {
    /// The entry of `T`, named `written` unless `T` is a named component.
    pub const fn of<T: Decode + Encode + Schema>(written: &'static str) -> ModelEntry {
        ModelEntry {
            name: match T::COMPONENT {
                Some(name) => name,
                None => written,
            },
            schema: crate::schema_of::<T>,
            check: check::<T>,
            format: format::<T>,
            add_components: SchemaGen::add::<T>,
        }
    }

    /// The first line of the model's description, if it has one.
    pub fn summary(&self) -> Option<String> {
        let schema = (self.schema)();
        let text = schema.get("description")?.as_str()?;
        text.lines().next().map(str::to_owned)
    }
}

impl std::fmt::Debug for ModelEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ModelEntry")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// The validate-only path: the same report as decoding, nothing kept.
fn check<T: Decode>(json: &[u8], options: &Options) -> Result<(), Report> {
    crate::check_json_slice_with::<T>(json, options)
}

fn format<T: Decode + Encode>(json: &[u8], options: &Options) -> Result<Vec<u8>, Report> {
    let v = crate::from_json_slice_with::<T>(json, options)?;
    crate::to_json_vec(&v).map_err(|e| {
        Report::new(vec![crate::Error::new(
            crate::ErrorKind::Custom(e.to_string()),
            crate::Path::root(),
        )])
    })
}

/// The model registered under `name`, matched case-insensitively.
pub fn find(models: &'static [ModelEntry], name: &str) -> Option<&'static ModelEntry> {
    models.iter().find(|m| m.name.eq_ignore_ascii_case(name))
}

/// The `components.schemas` document of every model (an error when two
/// models claim one component name).
pub fn components(models: &[ModelEntry]) -> Result<Value, ComponentClash> {
    let mut gen = SchemaGen::new();
    for m in models {
        (m.add_components)(&mut gen);
    }
    gen.into_components()
}

/// Declares a registry: a `static` slice of [`ModelEntry`], one per type,
/// in the order written. See the [module](mod@crate::registry) for an example.
#[macro_export]
macro_rules! registry {
    ($(#[$attr:meta])* $vis:vis static $name:ident = [$($t:ty),* $(,)?];) => {
        $(#[$attr])*
        $vis static $name: &[$crate::registry::ModelEntry] = &[
            $( $crate::registry::ModelEntry::of::<$t>(stringify!($t)), )*
        ];
    };
}
