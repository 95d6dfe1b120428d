use open_model::{open_model, Field};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub name: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    #[open_model(required)]
    pub owner: Option<User>,
    /// Who reviews it.
    pub reviewer: Option<User>,
    /// The kind of issue.
    pub kind: Option<Kind>,
}

#[open_model(rename_all = "lowercase")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Bug,
    Feature,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    /// The parent, or null.
    pub parent: Field<User>,
    pub metric: Field<TaskMetric>,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct TaskMetric {
    #[open_model(flatten)]
    pub user: User,
    pub can_manage: Option<bool>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct TransferNullable(pub Option<User>);
