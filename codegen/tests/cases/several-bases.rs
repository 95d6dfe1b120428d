use open_model::{open_model, Number, Value};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub name: String,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    #[open_model(format = "date-time")]
    pub created: Option<String>,
    pub name: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Thing {
    #[open_model(flatten)]
    pub named: Named,
    #[open_model(format = "date-time")]
    pub created: Option<String>,
    pub weight: Option<Number>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Clash {
    pub name: String,
    #[open_model(not = Value)]
    pub created: Option<Value>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Described {
    #[open_model(flatten)]
    pub dated: Dated,
}
