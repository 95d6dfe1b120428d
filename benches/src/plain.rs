//! (a) Plain `#[derive(Deserialize)]` structs of RunV2: `uuid::Uuid`,
//! `String`, `i64`, `f64`, `serde_json::Map` for free-form objects. No extra
//! keys kept, no checks: the lossy ceiling users compare with.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    pub id: Uuid,
    pub step_runs: Vec<Step>,
}

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    pub step_run_id: Uuid,
    pub step_id: Uuid,
    pub provider_name: String,
    pub invocation: String,
    pub order: i64,
    pub model_params: Map<String, Value>,
    pub inputs: Map<String, Value>,
    pub outputs: Map<String, Value>,
    pub elapsed_time: i64,
    pub start_time: f64,
    pub end_time: f64,
    pub cost: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<HashMap<String, Meta>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Deserialize, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Meta {
    Url { url: String, text: String },
    String { value: String },
    Boolean { value: bool },
}
