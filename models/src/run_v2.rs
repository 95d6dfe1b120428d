//! `RunV2`, its step-run items, and the metadata values they carry.

use open_model::{open_model, Field, Map, Number};
use uuid::Uuid;

/// A run and its step runs (`components.schemas.RunV2`).
#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct RunV2 {
    /// The ID of the run
    pub id: Uuid,
    pub step_runs: Vec<RunV2StepRun>,
}

/// One item of `RunV2.stepRuns` (the spec's inline schema; not the `StepRun`
/// component, which has other fields).
#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct RunV2StepRun {
    /// The ID of the step run
    pub step_run_id: Uuid,
    /// The ID of the step
    pub step_id: Uuid,
    /// The name of the provider
    pub provider_name: String,
    /// The name of the method being invoked
    pub invocation: String,
    /// The order of the step run. The last step has the highest "order" number.
    pub order: i64,
    /// The parameters used by the model
    pub model_params: Map,
    /// The inputs of the run
    pub inputs: Map,
    /// The outputs of the run
    pub outputs: Map,
    /// The milliseconds to complete the run
    pub elapsed_time: i64,
    /// Timestamp in seconds since the UNIX epoch. Can be transformed into a Date object.
    #[open_model(format = "float")]
    pub start_time: Number,
    /// Timestamp in seconds since the UNIX epoch. Can be transformed into a Date object.
    #[open_model(format = "float")]
    pub end_time: Number,
    /// The cost of the run in USD
    pub cost: Number,
    pub metadata: Field<Map<MetadataValueObject>>,
    pub error: Field<String>,
}

/// A metadata value, selected by its `type` key (`components.schemas.MetadataValueObject`).
#[open_model(tag = "type")]
#[derive(Debug, Clone, PartialEq)]
pub enum MetadataValueObject {
    #[open_model(rename = "url")]
    Url(UrlType),
    #[open_model(rename = "string")]
    String(StringType),
    #[open_model(rename = "boolean")]
    Boolean(BooleanType),
}

/// A link with its text (`components.schemas.UrlType`).
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct UrlType {
    pub r#type: UrlTypeTag,
    #[open_model(format = "uri")]
    pub url: String,
    pub text: String,
}

/// The only `type` of a [`UrlType`].
#[open_model(rename_all = "lowercase")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UrlTypeTag {
    #[default]
    Url,
}

/// A string value (`components.schemas.StringType`).
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct StringType {
    pub r#type: StringTypeTag,
    pub value: String,
}

/// The only `type` of a [`StringType`].
#[open_model(rename_all = "lowercase")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StringTypeTag {
    #[default]
    String,
}

/// A boolean value (`components.schemas.BooleanType`).
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct BooleanType {
    pub r#type: BooleanTypeTag,
    pub value: bool,
}

/// The only `type` of a [`BooleanType`].
#[open_model(rename_all = "lowercase")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum BooleanTypeTag {
    #[default]
    Boolean,
}
