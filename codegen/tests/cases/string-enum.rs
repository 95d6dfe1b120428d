use open_model::open_model;

#[open_model(rename_all = "snake_case")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Open,
    InProgress,
    Closed,
}

#[open_model]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mixed {
    A,
    #[open_model(rename = "b-c")]
    BC,
    #[open_model(rename = "1st")]
    N1st,
}
