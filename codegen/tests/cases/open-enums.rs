use open_model::open_model;

/// Where a charge stands.
#[open_model(rename_all = "lowercase")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChargeStatus {
    Succeeded,
    Pending,
    Failed,
    #[open_model(other)]
    Other(String),
}

#[open_model(rename_all = "UPPERCASE")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Currency {
    Eur,
    Usd,
    #[open_model(other)]
    Other(String),
}

#[open_model]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConsentType {
    AllPrincipals,
    Principal,
    #[open_model(other)]
    Other(String),
}

#[open_model]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SkuTier {
    Basic,
    Premium,
}

#[open_model(rename_all = "lowercase")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Kind {
    Other,
    Plain,
    #[open_model(other)]
    Unknown(String),
}

#[open_model(one_of)]
#[derive(Debug, Clone, PartialEq)]
pub enum Strict {
    Enum(StrictEnum),
    String(String),
}

#[open_model(rename_all = "lowercase", inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StrictEnum {
    A,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Charge {
    pub status: ChargeStatus,
    pub method: Option<ChargeMethod>,
}

#[open_model(rename_all = "snake_case", inline)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChargeMethod {
    Card,
    SepaDebit,
    #[open_model(other)]
    Other(String),
}
