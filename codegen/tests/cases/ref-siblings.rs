// warning: #/components/schemas/Post/properties/author/type: `type` beside `$ref` is ignored, as OpenAPI 3.0 says
// warning: #/components/schemas/Post/properties/author/example: `example` beside `$ref` is ignored, as OpenAPI 3.0 says
// warning: #/components/schemas/Post/properties/title/minimum: `minimum` does not apply to a value of type `string`; ignored (it checks nothing there)

use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub name: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    pub author: Option<User>,
    pub title: Option<String>,
}
