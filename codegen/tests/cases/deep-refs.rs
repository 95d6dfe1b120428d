use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    pub name: String,
    pub color: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub first_tag: Option<TagAllOf0>,
    pub other_tag: Option<TagAllOf0>,
    pub size: Option<LimitSchema>,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct TagAllOf0 {
    pub name: String,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct LimitSchema(#[open_model(minimum = 1, maximum = 100)] pub i64);
