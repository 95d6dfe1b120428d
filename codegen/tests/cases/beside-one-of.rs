// warning: #/components/schemas/Code/oneOf/0: the referenced schema's `type: object` beside `type: string`: with the keywords beside the union, this member admits no value and is left out
// warning: #/components/schemas/Wallet/oneOf/1: no value of the `enum` is of type "object": with the keywords beside the union, this member admits no value and is left out

use open_model::{open_model, Value};

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub last4: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    pub iban: Option<String>,
}

#[open_model(one_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Card(Card),
    Bank(Bank),
}

#[open_model(any_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum Data {
    Card(Card),
    List(DataList),
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct DataList(#[open_model(unique_items)] pub Vec<Card>);

#[open_model(one_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum Code {
    String(CodeString),
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct CodeString(#[open_model(max_length = 4, pattern = "^[0-9]+$")] pub String);

#[open_model(any_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum Extras {
    Card(ExtrasCard),
    Bank(ExtrasBank),
}

#[open_model(extra = String, inline, title = "Card")]
#[derive(Debug, Clone, PartialEq)]
pub struct ExtrasCard {
    pub last4: Option<String>,
}

#[open_model(extra = String, inline, title = "Bank")]
#[derive(Debug, Clone, PartialEq)]
pub struct ExtrasBank {
    pub iban: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct SavedCard {
    #[open_model(flatten)]
    pub card: Card,
    pub saved: Option<bool>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Kind(#[open_model(enum_json = "[\"text\",\"html\"]")] pub Value);

#[open_model(one_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum Wallet {
    Object(WalletObject),
}

#[open_model(extra = bool, inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct WalletObject {
    #[open_model(not = Value)]
    pub last4: Option<Value>,
    pub saved: Option<bool>,
}
