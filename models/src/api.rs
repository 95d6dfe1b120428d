//! The API's objects: datasets, evaluations, feedback, runs, pipelines,
//! test cases and results (generated from the spec's component schemas, then
//! checked against them by `tests/tests/schemas.rs`).

use crate::{MetadataValueObject, UnixSeconds, UnixSecondsNullable};
use open_model::{open_model, Field, Map, Number, Value};

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetV2 {
    #[open_model(format = "uuid")]
    pub id: String,
    pub created_at: UnixSeconds,
    pub updated_at: UnixSeconds,
    pub archived_at: Option<UnixSecondsNullable>,
    pub name: String,
    pub description: Field<String>,
    #[open_model(format = "uuid")]
    pub pipeline_id: String,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDatasetV2 {
    pub name: String,
    pub description: Field<String>,
    #[open_model(format = "uuid")]
    pub pipeline_id: Option<String>,
    pub pipeline_slug: Option<String>,
    pub is_golden: Option<bool>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateDatasetV2 {
    #[open_model(min_length = 1)]
    pub name: Option<String>,
    pub description: Field<String>,
    pub is_golden: Option<bool>,
    pub is_archived: Option<bool>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEvaluationV2 {
    /// Optionally add a note to the evaluation
    pub note: Option<String>,
    /// The ID of the evaluator. The evaluator and run must be in the same pipeline.
    #[open_model(format = "uuid")]
    pub evaluator_id: String,
    /// The ID of the run. The evaluator and run must be in the same pipeline.
    #[open_model(format = "uuid")]
    pub run_id: String,
    /// If the evaluator output type is an enum, the label of the enum value.
    pub eval_label: Option<String>,
    /// If the evaluator output type is a percentage, a number between 0 and 1 representing the percentage.
    pub eval_value: Option<Number>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateFeedbackV2 {
    /// The unique identifier for the pipeline run
    #[open_model(format = "uuid")]
    pub pipeline_run_id: String,
    pub recorded_time: UnixSeconds,
    /// The score of the feedback, ranging from 0 to 1
    #[open_model(format = "double", minimum = 0, maximum = 1)]
    pub score: Number,
    /// Optional details about the feedback
    pub details: Field<String>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateFeedbackV2 {
    /// The score of the feedback, ranging from 0 to 1
    #[open_model(format = "double", minimum = 0, maximum = 1)]
    pub score: Option<Number>,
    /// Optional details about the feedback
    pub details: Field<String>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackV2 {
    /// The unique identifier for the feedback
    #[open_model(format = "uuid")]
    pub id: String,
    /// The unique identifier for the pipeline run
    #[open_model(format = "uuid")]
    pub pipeline_run_id: String,
    /// The score of the feedback, ranging from 0 to 1
    #[open_model(format = "double", minimum = 0, maximum = 1)]
    pub score: Number,
    /// Optional details about the feedback
    pub details: Field<String>,
    pub recorded_time: UnixSeconds,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct RunPathSection {
    pub r#type: RunPathSectionType,
    pub name: String,
}

#[open_model(inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RunPathSectionType {
    #[open_model(rename = "suite")]
    Suite,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct FullRun {
    #[open_model(format = "uuid")]
    pub pipeline_run_id: String,
    #[open_model(format = "uuid")]
    pub pipeline_id: String,
    #[open_model(format = "uuid")]
    pub organization_id: String,
    #[open_model(format = "datetime")]
    pub start_time: String,
    #[open_model(format = "datetime")]
    pub end_time: String,
    #[open_model(minimum = 0)]
    pub cost: Field<Number>,
    #[open_model(minimum = 0)]
    pub elapsed: Field<Number>,
    #[open_model(minimum = 0, maximum = 1)]
    pub feedback: Field<Number>,
    pub last_invocation: Field<String>,
    pub inputs: Field<Map>,
    pub outputs: Field<Map>,
    #[open_model(rename = "renderHTMLKey")]
    pub render_htmlkey: Field<String>,
    pub metadata: Field<Map<MetadataValueObject>>,
    pub path: Field<Vec<RunPathSection>>,
    pub error: Field<String>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct TestRun {
    #[open_model(format = "uuid")]
    pub id: String,
    #[open_model(format = "datetime")]
    pub created_at: String,
    #[open_model(format = "datetime")]
    pub updated_at: String,
    #[open_model(format = "uuid")]
    pub case_id: String,
    #[open_model(format = "uuid")]
    pub result_id: String,
    pub path: Field<Vec<RunPathSection>>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct TestEvaluator {
    #[open_model(format = "uuid")]
    pub id: String,
    #[open_model(format = "datetime")]
    pub created_at: String,
    #[open_model(format = "datetime")]
    pub updated_at: String,
    #[open_model(format = "datetime")]
    pub archived_at: Field<String>,
    pub icon: Field<String>,
    pub name: String,
    #[open_model(required)]
    pub options: Option<Vec<Value>>,
    pub ai_model: Field<String>,
    pub pipeline_id: String,
    pub processor_id: Field<String>,
    pub heuristic_fn: Field<String>,
    pub ai_prompt_format: Field<String>,
    pub human_prompt: Field<String>,
    pub who: String,
    pub value_type: String,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct RunRequest {
    #[open_model(format = "uuid")]
    pub id: String,
    /// The method used to collect the run
    pub collection_method: Option<RunRequestCollectionMethod>,
    pub slug: Option<String>,
    #[open_model(format = "uuid")]
    pub previous_run_id: Field<String>,
    pub metadata: Field<Map<MetadataValueObject>>,
    pub step_runs: Vec<StepRun>,
    pub error: Field<String>,
}

#[open_model(inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RunRequestCollectionMethod {
    #[open_model(rename = "manual")]
    Manual,
    #[open_model(rename = "runner")]
    Runner,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct StepRun {
    pub provider_name: String,
    pub invocation: String,
    pub model_params: Map,
    pub inputs: Map,
    pub outputs: Map,
    pub context: Option<StepRunContext>,
    pub elapsed_time: i64,
    #[open_model(format = "date-time")]
    pub start_time: String,
    #[open_model(format = "date-time")]
    pub end_time: String,
    pub error: Field<String>,
}

#[open_model(rename_all = "camelCase", inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct StepRunContext {
    pub user_id: Option<String>,
    pub render: Option<StepRunContextRender>,
    pub metadata: Field<Map<MetadataValueObject>>,
}

#[open_model(rename_all = "camelCase", inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct StepRunContextRender {
    pub r#type: String,
    pub key: Option<String>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedStepRun {
    #[open_model(format = "uuid")]
    pub id: Option<String>,
    #[open_model(format = "uuid")]
    pub organization_id: Option<String>,
    pub provider_name: Option<String>,
    pub invocation: Option<String>,
    pub model_params: Option<Map>,
    pub inputs: Option<Map>,
    pub outputs: Option<Map>,
    #[open_model(format = "datetime")]
    pub start_time: Option<String>,
    #[open_model(format = "datetime")]
    pub end_time: Option<String>,
    #[open_model(format = "uuid")]
    pub pipeline_run_id: Option<String>,
    pub error: Field<String>,
}

#[open_model(
    rename_all = "camelCase",
    example_json = "{\"pipelineRunId\": \"13448D47-BD5D-4664-B6C3-0CB07D8CF2D2\"}"
)]
#[derive(Debug, Clone, PartialEq)]
pub struct RunResponse {
    #[open_model(format = "uuid")]
    pub pipeline_run_id: Option<String>,
}

#[open_model(rename_all = "camelCase", closed)]
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackRequest {
    #[open_model(format = "uuid")]
    pub pipeline_run_id: String,
    #[open_model(format = "float", minimum = 0, maximum = 1.0)]
    pub score: Number,
    #[open_model(format = "date-time")]
    pub recorded_time: String,
    pub details: Field<String>,
}

#[open_model(rename_all = "camelCase", closed)]
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackResponse {
    #[open_model(example = "Success")]
    pub message: String,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct TestCase {
    /// The ID of the test case
    #[open_model(format = "uuid")]
    pub id: String,
    /// The date and time when the test case was created
    #[open_model(format = "date-time")]
    pub created_at: String,
    /// The date and time when the test case was archived, can be null if the test case has not been archived
    #[open_model(format = "date-time", required, deprecated)]
    pub archived_at: Option<String>,
    /// The date and time when the test case was deleted, can be null if the test case has not been deleted
    #[open_model(format = "date-time", required)]
    pub deleted_at: Option<String>,
    /// The date and time when the test case was last updated
    #[open_model(format = "date-time")]
    pub updated_at: String,
    /// The expected outputs for the test case
    pub expected_outputs: Field<Map>,
    /// The input data for the test case as a JSON object
    pub inputs: Map,
    /// The name of the test case
    pub name: String,
    /// The ID of the pipeline that the test case belongs to
    #[open_model(format = "uuid")]
    pub pipeline_id: String,
    /// The ID of the dataset that the test case belongs to
    #[open_model(format = "uuid")]
    pub dataset_id: String,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct LocalEvaluation {
    /// The name of the local evaluation
    pub name: String,
    /// The numeric value of the evaluation
    pub value: Number,
    /// Optional label for the evaluation
    pub label: Field<String>,
    pub debug: Field<LocalEvaluationDebug>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct LocalEvaluationDebug {
    /// The resolved prompt used for the evaluation
    pub resolved_prompt: Option<String>,
    /// The response received from the evaluation
    pub response: Option<String>,
    /// The final classification of the evaluation
    pub final_classification: Option<String>,
    /// Processor logs
    pub processor_logs: Option<Vec<Vec<Value>>>,
    /// Evaluator logs
    pub logs: Option<Vec<Vec<Value>>>,
    pub error: Option<LocalEvaluationDebugError>,
}

#[open_model(rename_all = "camelCase", inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct LocalEvaluationDebugError {
    /// Error message
    pub message: Option<String>,
    /// Date and time of the error
    #[open_model(format = "date-time")]
    pub date: Option<String>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateSingleTestCase {
    /// Slug for the pipeline
    #[open_model(min_length = 1)]
    pub pipeline_slug: Option<String>,
    /// ID of the dataset
    #[open_model(min_length = 1)]
    pub dataset_id: Option<String>,
    /// The name of the test case
    pub name: String,
    /// The input data for the test case as a JSON object
    pub inputs: Map,
    /// The expected outputs for the test case as a JSON object
    pub expected_outputs: Field<Map>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateMultipleTestCases {
    /// Slug for the pipeline
    #[open_model(min_length = 1)]
    pub pipeline_slug: Option<String>,
    /// ID of the dataset
    #[open_model(min_length = 1)]
    pub dataset_id: Option<String>,
    pub test_cases: Vec<CreateMultipleTestCasesTestCasesItem>,
}

#[open_model(rename_all = "camelCase", inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateMultipleTestCasesTestCasesItem {
    /// Name of the test case.
    #[open_model(min_length = 1)]
    pub name: String,
    /// Input for the test case. Must be a valid JSON object and not an array.
    pub inputs: Map,
    /// Expected outputs for the test case
    pub expected_outputs: Option<Map>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateTestCase {
    /// ID of the test case to update
    #[open_model(format = "uuid")]
    pub id: String,
    /// Name of the test case
    pub name: Field<String>,
    /// Inputs for the test case
    pub inputs: Field<Map>,
    /// Expected outputs for the test case
    pub expected_outputs: Field<Map>,
    /// Archive status for the test case
    pub archived: Field<bool>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct Pipeline {
    /// The ID of the pipeline
    #[open_model(format = "uuid")]
    pub id: String,
    /// The date and time when the pipeline was created
    #[open_model(format = "date-time")]
    pub created_at: String,
    /// The date and time when the pipeline was last updated
    #[open_model(format = "date-time")]
    pub updated_at: String,
    /// The date and time when the pipeline was archived, can be null if the pipeline has not been archived
    #[open_model(format = "date-time")]
    pub archived_at: Field<String>,
    /// The labels attached to the pipeline
    pub labels: Vec<String>,
    /// The name of the pipeline
    pub display_name: Field<String>,
    /// The slug of the pipeline
    pub slug: String,
    /// The ID of the organization that owns the pipeline
    pub organization_id: String,
    /// The branch that the pipeline is associated with
    pub branch: Field<String>,
    /// The ID of the golden dataset associated with the pipeline
    #[open_model(required)]
    pub golden_dataset_id: Option<String>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct TestResult {
    /// The unique identifier for the test result.
    #[open_model(format = "uuid")]
    pub id: String,
    /// The date and time the test result was created.
    #[open_model(format = "date-time")]
    pub created_at: String,
    /// The date and time the test result was last updated.
    #[open_model(format = "date-time")]
    pub updated_at: String,
    /// The unique identifier for the pipeline associated with the test result.
    #[open_model(format = "uuid")]
    pub pipeline_id: String,
    /// The branch that the test result was created from
    pub branch: Field<String>,
    /// The commit that the test result was created from
    pub commit: Field<String>,
    pub metadata: Field<Map<MetadataValueObject>>,
    /// The name of the test result
    pub name: Field<String>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct TestEvaluation {
    #[open_model(format = "uuid")]
    pub id: String,
    #[open_model(format = "datetime")]
    pub created_at: String,
    #[open_model(format = "datetime")]
    pub updated_at: String,
    pub is_pending: bool,
    pub debug: Field<Map>,
    #[open_model(format = "uuid")]
    pub evaluator_id: String,
    #[open_model(format = "uuid")]
    pub run_id: String,
    pub eval_label: Field<String>,
    pub eval_value: Field<Number>,
    pub manual_created_by_email: Field<String>,
    pub billing_gpt4_input_tokens: i64,
    pub billing_gpt4_output_tokens: i64,
    pub billing_gpt35_input_tokens: i64,
    pub billing_gpt35_output_tokens: i64,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct PipelineV2 {
    /// The ID of the pipeline
    #[open_model(format = "uuid")]
    pub id: String,
    pub created_at: UnixSeconds,
    pub updated_at: UnixSeconds,
    pub archived_at: UnixSecondsNullable,
    /// The labels attached to the pipeline
    pub labels: Vec<String>,
    /// The name of the pipeline
    pub display_name: Field<String>,
    /// The slug of the pipeline
    pub slug: String,
    /// The ID of the organization that owns the pipeline
    pub organization_id: String,
    /// The branch that the pipeline is associated with
    #[open_model(required)]
    pub branch: Option<String>,
    /// If null, this is a team pipeline. If not null, this is a private pipeline for the specified member ID.
    #[open_model(required)]
    pub private_member_id: Option<String>,
    /// If null, this is a team pipeline. If not null, this is a private pipeline for the specified email.
    #[open_model(required)]
    pub private_user_email: Option<String>,
    /// The ID of the golden dataset associated with the pipeline
    #[open_model(required)]
    pub golden_dataset_id: Option<String>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct TestResultV2 {
    /// The unique identifier for the test result.
    #[open_model(format = "uuid")]
    pub id: String,
    pub created_at: UnixSeconds,
    pub updated_at: UnixSeconds,
    pub archived_at: UnixSecondsNullable,
    /// The unique identifier for the pipeline associated with the test result.
    #[open_model(format = "uuid")]
    pub pipeline_id: String,
    /// The branch that the test result was created from
    pub branch: Field<String>,
    /// The commit that the test result was created from
    pub commit: Field<String>,
    pub metadata: Field<Map<MetadataValueObject>>,
    /// The name of the test result
    pub name: Field<String>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct TestCaseV2 {
    /// The ID of the test case
    #[open_model(format = "uuid")]
    pub id: String,
    pub created_at: UnixSeconds,
    pub updated_at: UnixSeconds,
    #[open_model(deprecated)]
    pub archived_at: UnixSecondsNullable,
    pub deleted_at: UnixSecondsNullable,
    /// The expected outputs for the test case
    pub expected_outputs: Field<Map>,
    /// The input data for the test case as a JSON object
    pub inputs: Map,
    /// The name of the test case
    pub name: String,
    /// The ID of the pipeline that the test case belongs to
    #[open_model(format = "uuid")]
    pub pipeline_id: String,
    /// The ID of the dataset that the test case belongs to
    #[open_model(format = "uuid")]
    pub dataset_id: String,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct FolderV2 {
    /// The ID of the folder
    #[open_model(format = "uuid")]
    pub id: String,
    pub created_at: UnixSeconds,
    pub updated_at: UnixSeconds,
    /// The name of the folder
    pub name: String,
    /// The ID of the organization that owns the folder
    #[open_model(format = "uuid")]
    pub organization_id: String,
    /// The ID of the parent folder
    #[open_model(format = "uuid", required)]
    pub parent_folder_id: Option<String>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluatorV2 {
    /// The ID of the evaluator
    #[open_model(format = "uuid")]
    pub id: String,
    pub created_at: UnixSeconds,
    pub updated_at: UnixSeconds,
    pub archived_at: Option<UnixSecondsNullable>,
    pub icon: Field<String>,
    /// The name of the evaluator
    pub name: String,
    /// For evaluators with options scoring, the available options to choose from
    pub options: Field<Vec<Value>>,
    /// For AI evaluators, the AI model to use
    pub ai_model: Option<String>,
    /// The ID of the pipeline that the evaluator belongs to
    #[open_model(format = "uuid")]
    pub pipeline_id: Field<String>,
    /// The ID of the processor associated with the evaluator
    #[open_model(format = "uuid")]
    pub processor_id: Field<String>,
    /// The ID of the organization that the evaluator belongs to
    #[open_model(format = "uuid")]
    pub organization_id: Option<String>,
    /// For evaluator templates, the description of the template
    pub template_description: Option<String>,
    /// For heuristic evaluators, the heuristic function to use
    pub heuristic_fn: Field<String>,
    /// For heuristic evaluators, the coding language of the heuristic function (such as "JAVASCRIPT", "PYTHON")
    pub heuristic_fn_language: Option<String>,
    /// For AI evaluators, the prompt template that should be sent to the AI model
    pub ai_prompt_format: Field<String>,
    /// For AI image evaluators, the paths to the image URLs
    pub ai_image_urls: Option<Vec<String>>,
    /// For human evaluators, the instructions for the human to follow
    pub human_prompt: Field<String>,
    /// For classification evaluators, the path to the predicted classification
    pub classifier_value_path: Field<String>,
    /// For classification evaluators, the path to the expected classification
    pub classifier_expected_value_path: Field<String>,
    /// For classification evaluators using multi-class evaluation, the available options to match with
    pub multi_class_options: Option<Vec<String>>,
    /// The type of evaluator (such as "AI", "HEURISTIC", "HUMAN", "CLASSIFIER")
    pub who: String,
    /// The scoring method used by the evaluator (such as "ENUM", "PERCENTAGE")
    pub value_type: String,
    /// The run condition of the evaluator (such as "TEST_PROD", "TEST", "PROD", "COMPARISON_2")
    pub run_condition: String,
    /// Use "samplingProbability" instead
    #[open_model(deprecated)]
    pub prod_eval_active: Option<bool>,
    /// When optionally running on production data, the associated sampling probability of this evaluator (from 0 to 100)
    pub sampling_probability: Field<Number>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationV2 {
    /// The ID of the evaluation
    #[open_model(format = "uuid")]
    pub id: String,
    pub created_at: UnixSeconds,
    pub updated_at: UnixSeconds,
    /// Indicates if the evaluation is pending
    pub is_pending: bool,
    /// Indicates if the evaluation is filtered
    pub is_filtered: bool,
    /// Debug information for the evaluation
    pub debug: Field<Map>,
    /// The ID of the evaluator
    #[open_model(format = "uuid")]
    pub evaluator_id: String,
    /// The ID of the run
    #[open_model(format = "uuid")]
    pub run_id: String,
    /// The ID of the comparison run, if applicable
    #[open_model(format = "uuid")]
    pub comparison_run_id: Field<String>,
    /// The name of the evaluation
    #[open_model(required)]
    pub name: Option<String>,
    /// The label of the evaluation
    #[open_model(required)]
    pub eval_label: Option<String>,
    /// The value of the evaluation
    #[open_model(required)]
    pub eval_value: Option<Number>,
    /// The email of the user who manually created the evaluation, if applicable
    pub manual_created_by_email: Field<String>,
    /// Additional notes for the evaluation
    pub note: String,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationV3 {
    /// The ID of the evaluation
    #[open_model(format = "uuid")]
    pub id: String,
    pub created_at: UnixSeconds,
    pub updated_at: UnixSeconds,
    /// Indicates if the evaluation is pending
    pub is_pending: bool,
    /// Indicates if the evaluation is filtered
    pub is_filtered: bool,
    /// Debug information for the evaluation
    pub debug: Field<Map>,
    /// The ID of the evaluator
    #[open_model(format = "uuid", required)]
    pub evaluator_id: Option<String>,
    /// The ID of the run
    #[open_model(format = "uuid")]
    pub run_id: String,
    /// The ID of the comparison run, if applicable
    #[open_model(format = "uuid")]
    pub comparison_run_id: Field<String>,
    /// The name of the evaluation
    #[open_model(required)]
    pub name: Option<String>,
    /// The label of the evaluation
    #[open_model(required)]
    pub eval_label: Option<String>,
    /// The value of the evaluation
    #[open_model(required)]
    pub eval_value: Option<Number>,
    /// The email of the user who manually created the evaluation, if applicable
    pub manual_created_by_email: Field<String>,
    /// Additional notes for the evaluation
    pub note: String,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct ExpandedTestResult {
    #[open_model(flatten)]
    pub test_result: TestResult,
    pub pipeline: Option<ExpandedPipeline>,
    pub runs: Option<Vec<ExpandedTestRun>>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct ExpandedTestRun {
    #[open_model(flatten)]
    pub test_run: TestRun,
    pub full: Option<FullRun>,
    pub steps: Option<Vec<ResolvedStepRun>>,
    pub case: Option<TestCase>,
    pub evaluations: Option<Vec<TestEvaluation>>,
    /// Error message if the test run failed
    pub error: Field<String>,
}

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct ExpandedPipeline {
    #[open_model(flatten)]
    pub pipeline: Pipeline,
    pub evaluators: Option<Vec<TestEvaluator>>,
}
