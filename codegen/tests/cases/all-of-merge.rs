// warning: #/components/schemas/Repo/properties/created_at/oneOf/0: no value is of both types "string" and "integer": with the keywords beside the union, this member admits no value and is left out

use open_model::{open_model, Number, Value};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    #[open_model(min_length = 1)]
    pub a: String,
    pub b: Option<bool>,
}

#[open_model(rename = "Result")]
#[derive(Debug, Clone, PartialEq)]
pub struct ResultModel {
    /// Unique id.
    #[open_model(max_length = 8)]
    pub id: String,
    #[open_model(minimum = 0, maximum = 10)]
    pub size: Option<i64>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Discussion {
    pub state: Option<DiscussionState>,
    pub count: Option<i64>,
    pub topics: Option<Vec<DiscussionTopic>>,
}

#[open_model(rename_all = "lowercase", inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DiscussionState {
    Open,
    Converting,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct DiscussionTopic(#[open_model(max_length = 20)] pub String);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Repo {
    pub created_at: Option<RepoCreatedAt>,
}

#[open_model(one_of, inline)]
#[derive(Debug, Clone, PartialEq)]
pub enum RepoCreatedAt {
    String(RepoCreatedAtString),
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct RepoCreatedAtString(#[open_model(format = "date-time")] pub String);

#[open_model(extra = String)]
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    #[open_model(max_length = 3)]
    pub b: Option<String>,
    #[open_model(not = Value)]
    pub n: Option<Value>,
}

#[open_model(closed)]
#[derive(Debug, Clone, PartialEq)]
pub struct Emptied {}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    #[open_model(minimum = 0, maximum = 7.5, multiple_of = 1.5, exclusive_minimum)]
    pub ratio: Option<Number>,
    #[open_model(unique_items)]
    pub tags: Option<Vec<String>>,
}
