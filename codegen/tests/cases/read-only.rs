use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    #[open_model(read_only)]
    pub id: String,
    #[open_model(format_annotation = "password", write_only)]
    pub password: Option<String>,
    pub name: Option<String>,
}
