//! The Gentrace API models, written with [`open_model::open_model`] from the
//! Gentrace OpenAPI spec (`spec/gentrace-openapi.yaml`).
//!
//! Every model is open unless its schema says `additionalProperties: false`:
//! keys the spec does not name are kept, with their values, in the model's
//! `extra` map, and written back after the typed fields.
//!
//! ```
//! use gentrace_models::RunV2;
//! use open_model::OpenModel;
//!
//! let json = include_str!("../../examples/run_v2.json");
//! let run: RunV2 = open_model::from_json_str(json)?;
//! assert_eq!(run.step_runs.len(), 2);
//! assert_eq!(run.get("id").and_then(|v| v.as_str().map(str::to_owned)), Some(run.id.to_string()));
//! # Ok::<(), open_model::Report>(())
//! ```

// Doc comments on fields are the schema's descriptions; the spec gives none
// for some fields, and inventing text there would change the schema.
#![allow(missing_docs)]

mod run_v2;

pub use run_v2::{
    BooleanType, BooleanTypeTag, MetadataValueObject, RunV2, RunV2StepRun, StringType,
    StringTypeTag, UrlType, UrlTypeTag,
};
