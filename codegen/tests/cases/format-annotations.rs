// warning: #/components/schemas/Times/properties/views/format: format "int64" does not apply to a value of type `string`; kept as an annotation (it checks nothing there)
// warning: #/components/schemas/Times/properties/tags/format: format "uuid" does not apply to a value of type `array`; kept as an annotation (it checks nothing there)
// warning: #/components/schemas/Int64String/format: format "int64" does not apply to a value of type `string`; kept as an annotation (it checks nothing there)

use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Times {
    #[open_model(format = "date-time")]
    pub created: Option<String>,
    #[open_model(format_annotation = "datetime")]
    pub legacy: Option<String>,
    #[open_model(format_annotation = "unix-time")]
    pub epoch: Option<i64>,
    #[open_model(format_annotation = "password")]
    pub secret: Option<String>,
    #[open_model(format = "uri")]
    pub link: Option<String>,
    #[open_model(format_annotation = "int64")]
    pub views: Option<String>,
    #[open_model(format_annotation = "uuid")]
    pub tags: Option<Vec<String>>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Int64String(#[open_model(format_annotation = "int64")] pub String);
