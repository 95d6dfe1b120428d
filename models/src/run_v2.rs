//! `RunV2` and its step-run items.

use crate::{MetadataValueObject, UnixSeconds};
use open_model::{open_model, Field, Map, Number};

// A run and its step runs.
#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct RunV2 {
    /// The ID of the run
    #[open_model(format = "uuid")]
    pub id: String,
    pub step_runs: Vec<RunV2StepRun>,
}

// One item of `RunV2.stepRuns`: the spec's inline schema, not the `StepRun`
// component, which has other fields.
#[open_model(rename_all = "camelCase", inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct RunV2StepRun {
    /// The ID of the step run
    #[open_model(format = "uuid")]
    pub step_run_id: String,
    /// The ID of the step
    #[open_model(format = "uuid")]
    pub step_id: String,
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
    pub start_time: UnixSeconds,
    pub end_time: UnixSeconds,
    /// The cost of the run in USD
    pub cost: Number,
    pub metadata: Field<Map<MetadataValueObject>>,
    pub error: Field<String>,
}
