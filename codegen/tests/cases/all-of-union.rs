use open_model::{open_model, Value};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Base {
    pub id: Option<String>,
}

#[open_model(one_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Object(ItemObject),
    Object2(ItemObject2),
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct ItemObject {
    pub id: Option<String>,
    pub name: Option<String>,
    pub a: i64,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct ItemObject2 {
    pub id: Option<String>,
    pub name: Option<String>,
    pub b: i64,
}

#[open_model(one_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum Keyed {
    Object(KeyedObject),
    Object2(KeyedObject2),
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct KeyedObject {
    pub k: String,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct KeyedObject2 {
    pub k: Option<String>,
    pub j: Value,
}

#[open_model(one_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendsKeyed {
    Object(ExtendsKeyedObject),
    Object2(ExtendsKeyedObject2),
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct ExtendsKeyedObject {
    pub k: String,
    pub z: Option<i64>,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct ExtendsKeyedObject2 {
    pub k: Option<String>,
    pub z: Option<i64>,
    pub j: Value,
}

#[open_model(one_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum ExtendsItem {
    Object(ExtendsItemObject),
    Object2(ExtendsItemObject2),
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct ExtendsItemObject {
    pub id: Option<String>,
    pub name: Option<String>,
    pub z: Option<i64>,
    pub a: i64,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct ExtendsItemObject2 {
    pub id: Option<String>,
    pub name: Option<String>,
    pub z: Option<i64>,
    pub b: i64,
}
