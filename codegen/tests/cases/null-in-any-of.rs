// warning: #/components/schemas/MaybeUser/anyOf: `type: 'null'` is OpenAPI 3.1's spelling; read as `nullable: true`
// warning: #/components/schemas/Holder/properties/owner/anyOf: `type: 'null'` is OpenAPI 3.1's spelling; read as `nullable: true`
// warning: #/components/schemas/Holder/properties/id/oneOf: `type: 'null'` is OpenAPI 3.1's spelling; read as `nullable: true`

use open_model::{open_model, Field};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub name: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct MaybeUser(pub Option<User>);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Holder {
    pub owner: Field<User>,
    pub id: Field<HolderId>,
}

#[open_model(one_of, inline)]
#[derive(Debug, Clone, PartialEq)]
pub enum HolderId {
    String(String),
    Integer(i64),
}
