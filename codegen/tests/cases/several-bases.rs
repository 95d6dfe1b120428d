// warning: #/components/schemas/Thing/allOf/2/properties/created: the same property in two `allOf` members, with different schemas: the first is kept, so this member's rules for it are not checked
// warning: #/components/schemas/Thing/allOf: property `name`: the base already has it; the base's rules for it apply

use open_model::{open_model, Number};

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
