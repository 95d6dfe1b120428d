// warning: #/components/schemas/CreditAccount/properties: `properties` does not apply to a value of type `string`; ignored (it checks nothing there)
// warning: #/components/schemas/CreditAccount/required: `required` does not apply to a value of type `string`; ignored (it checks nothing there)
// warning: #/components/schemas/Translations/required: `required` does not apply to a value of type `array`; ignored (it checks nothing there)
// warning: #/components/schemas/Timeline/properties/appears/required: `required` does not apply to a value of type `array`; ignored (it checks nothing there)
// warning: #/components/schemas/Timeline/properties/messages/properties: `properties` does not apply to a value of type `array`; ignored (it checks nothing there)
// warning: #/components/schemas/Timeline/properties/count/items: `items` does not apply to a value of type `integer`; ignored (it checks nothing there)
// warning: #/components/schemas/Timeline/properties/count/maxProperties: `maxProperties` does not apply to a value of type `integer`; ignored (it checks nothing there)
// warning: #/components/schemas/ErrorCode/uniqueItems: `uniqueItems` does not apply to a value of type `object`; ignored (it checks nothing there)
// warning: #/components/schemas/ErrorCode/items: `items` does not apply to a value of type `object`; ignored (it checks nothing there)

use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct CreditAccount(pub String);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Translations(pub Vec<String>);

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub appears: Option<Vec<i64>>,
    pub messages: Option<Vec<String>>,
    pub count: Option<i64>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorCode {
    pub code: i64,
}
