//! (b) The common idiom: the plain structs plus
//! `#[serde(flatten)] extra: HashMap<String, serde_json::Value>` at both
//! levels, and the uuid and 32-bit-float checks.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    pub id: Uuid,
    pub step_runs: Vec<Step>,
    #[serde(flatten)]
    pub extra: HashMap<String, Value>,
}

fn float32<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let v = f64::deserialize(d)?;
    if v.abs() > f64::from(f32::MAX) {
        return Err(serde::de::Error::custom("value must be a 32 bit float"));
    }
    Ok(v)
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
    #[serde(deserialize_with = "float32")]
    pub start_time: f64,
    #[serde(deserialize_with = "float32")]
    pub end_time: f64,
    pub cost: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<HashMap<String, crate::plain::Meta>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(flatten)]
    pub extra: HashMap<String, Value>,
}
