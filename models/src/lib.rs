//! The Gentrace API models, written with [`open_model::open_model`] from the
//! Gentrace OpenAPI spec (`spec/gentrace-openapi.yaml`), one Rust type per
//! component schema, named as the spec names it.
//!
//! Every model is open unless its schema says `additionalProperties: false`:
//! keys the spec does not name are kept, with their values, in the model's
//! `extra` map, and written back after the typed fields. Each model states
//! its own OpenAPI schema ([`open_model::schema_of`]), equal to the spec's.
//!
//! Inline object schemas get stable names: the items of `RunV2.stepRuns` are
//! [`RunV2StepRun`]; other inline types are named `<Component><Property>`.
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
//!
#![doc = include_str!("../README.md")]
// Doc comments are the schema's descriptions; the spec gives none for some
// types and fields, and inventing text there would change the schema.
#![allow(missing_docs)]

mod generated;

pub use generated::*;

use open_model::Value;

pub use open_model::registry::ModelEntry;

open_model::registry! {
    /// Every model, in the spec's order.
    pub static MODELS = [
    UnixSeconds,
    UnixSecondsNullable,
    SearchableUnixSecondsInput,
    SearchableStringInput,
    FilterableMetadataInput,
    MetadataValueObject,
    UrlType,
    StringType,
    BooleanType,
    DatasetV2,
    CreateDatasetV2,
    UpdateDatasetV2,
    CreateEvaluationV2,
    CreateFeedbackV2,
    UpdateFeedbackV2,
    FeedbackV2,
    ExpandedTestResult,
    ExpandedTestRun,
    RunPathSection,
    FullRun,
    TestRun,
    ExpandedPipeline,
    TestEvaluator,
    RunRequest,
    StepRun,
    ResolvedStepRun,
    RunResponse,
    FeedbackRequest,
    FeedbackResponse,
    RunV2,
    TestCase,
    LocalEvaluation,
    LocalEvaluationDebug,
    CreateSingleTestCase,
    CreateMultipleTestCases,
    UpdateTestCase,
    Pipeline,
    TestResult,
    TestEvaluation,
    PipelineV2,
    TestResultV2,
    TestCaseV2,
    FolderV2,
    EvaluatorV2,
    EvaluationV2,
    EvaluationV3,
    ];
}

/// The `components.schemas` document of every model (an error when two
/// models claim one component name).
pub fn components() -> Result<Value, open_model::schema::ComponentClash> {
    open_model::registry::components(MODELS)
}

/// The model registered under `name`, matched case-insensitively.
pub fn find(name: &str) -> Option<&'static ModelEntry> {
    open_model::registry::find(MODELS, name)
}
