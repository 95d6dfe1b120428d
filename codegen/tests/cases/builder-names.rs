use open_model::open_model;

#[open_model(rename = "ChargeBuilder")]
#[derive(Debug, Clone, PartialEq)]
pub struct ChargeBuilder2 {
    pub step: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Charge {
    pub id: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    pub builder: Option<OrderBuilder2>,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct OrderBuilder2 {
    pub name: Option<String>,
}
