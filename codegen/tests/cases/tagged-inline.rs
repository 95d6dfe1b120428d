// warning: #/components/schemas/Loose/discriminator: a member's tag value cannot be known (an inline member without a one-value `enum` for the tag); decoding tries each member instead of choosing by the tag

use open_model::open_model;

#[open_model(tag = "type")]
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    #[open_model(rename = "link")]
    Link(EventLink),
    #[open_model(rename = "note")]
    Note(EventNote),
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct EventLink {
    pub r#type: EventLinkType,
    #[open_model(format = "uri")]
    pub url: String,
}

#[open_model(rename_all = "lowercase", inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventLinkType {
    Link,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct EventNote {
    pub r#type: EventNoteType,
    pub text: String,
}

#[open_model(rename_all = "lowercase", inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventNoteType {
    Note,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Ping {
    pub kind: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Pong {
    pub kind: Option<String>,
}

#[open_model(tag = "kind")]
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Ping(Ping),
    Pong(Pong),
}

#[open_model(one_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum Loose {
    Object(LooseObject),
    Object2(LooseObject2),
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct LooseObject {
    pub kind: Option<String>,
    pub a: i64,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct LooseObject2 {
    pub kind: Option<String>,
    pub b: i64,
}
