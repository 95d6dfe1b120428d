use open_model::open_model;

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
