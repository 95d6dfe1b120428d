use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    #[open_model(read_only)]
    pub id: String,
    #[open_model(format_annotation = "password", write_only)]
    pub password: Option<String>,
    pub name: Option<String>,
    #[open_model(read_only)]
    pub context: Option<AccountContext>,
    #[open_model(write_only)]
    pub secrets: Option<AccountSecrets>,
}

#[open_model(one_of, inline)]
#[derive(Debug, Clone, PartialEq)]
pub enum AccountContext {
    String(String),
    Object(AccountContextObject),
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct AccountContextObject {
    pub vocab: Option<String>,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct AccountSecrets {
    pub key: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Audit {
    pub at: Option<String>,
}
