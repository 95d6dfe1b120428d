use open_model::{open_model, Number};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Percentage(#[open_model(minimum = 0, maximum = 100)] pub Number);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Sha(#[open_model(pattern = "^[0-9a-f]{40}$")] pub String);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Tags(#[open_model(max_items = 10, unique_items)] pub Vec<String>);
