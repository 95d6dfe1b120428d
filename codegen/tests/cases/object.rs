use open_model::{open_model, Field};

/// An order.
#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    #[open_model(format = "uuid")]
    pub order_id: String,
    #[open_model(format = "date-time")]
    pub placed_at: String,
    #[open_model(format = "int32", minimum = 1)]
    pub quantity: Option<i64>,
    #[open_model(required)]
    pub note: Option<String>,
    pub coupon: Field<String>,
}
