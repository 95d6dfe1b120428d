use open_model::{open_model, Value};

/// Any JSON value.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Anything(pub Value);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Holder {
    pub payload: Option<Value>,
    #[open_model(minimum = 0, max_length = 3)]
    pub bounded: Option<Value>,
}

/// Any value, or null.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct NullableAnything(pub Option<Value>);
