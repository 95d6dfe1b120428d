use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: String,
    pub next: Option<Box<Node>>,
    pub children: Option<Vec<Box<Node>>>,
}
