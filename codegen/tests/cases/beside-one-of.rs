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
