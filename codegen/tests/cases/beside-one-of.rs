// warning: #/components/schemas/Code/oneOf/0: the referenced schema's `type: object` beside `type: string`: with the keywords beside the union, this member admits no value and is left out

use open_model::open_model;

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
