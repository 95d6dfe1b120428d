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
}
