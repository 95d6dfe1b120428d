// warning: #/components/schemas/Pet/properties/keeper/maxLength: `maxLength` does not apply to a value of type `object`; ignored (it checks nothing there)

use open_model::{open_model, Field, Number, Value};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    #[open_model(min_length = 1, example = "Rex")]
    pub name: String,
    #[open_model(enum_json = "[\"dog\"]")]
    pub kind: Value,
    #[open_model(exclusive_minimum, minimum = 0)]
    pub weight: Option<Number>,
    pub tag: Option<PetTag>,
    /// Who looks after it.
    pub owner: Field<Owner>,
    pub colour: Option<PetDefsColour>,
    pub keeper: Option<PetKeeper>,
}

#[open_model(any_of, inline)]
#[derive(Debug, Clone, PartialEq)]
pub enum PetTag {
    String(String),
    Integer(i64),
}

#[open_model(rename_all = "lowercase", inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PetDefsColour {
    Black,
    White,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct PetKeeper {
    #[open_model(flatten)]
    pub owner: Owner,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Owner {
    #[open_model(format = "uuid")]
    pub id: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Tagged {
    #[open_model(format = "uuid")]
    pub id: String,
    pub label: Option<String>,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct PetAdoptedPostRequest {
    pub pet: Pet,
    #[open_model(format = "date-time")]
    pub at: Field<String>,
}
