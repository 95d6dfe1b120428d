//! The command line over a registry of your own, as a user's crate writes
//! it: two models and one function call. The CLI's tests run it to show
//! that `check`, `schema`, `fmt` and `models` work over any registry.

use open_model::open_model;

/// A pet of the store.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    #[open_model(min_length = 1)]
    pub name: String,
    pub status: PetStatus,
}

/// Where a pet stands.
#[open_model(rename_all = "lowercase")]
#[derive(Debug, Clone, PartialEq)]
pub enum PetStatus {
    Available,
    Sold,
}

open_model::registry! {
    /// The pet store's models.
    static MODELS = [Pet, PetStatus];
}

fn main() -> std::process::ExitCode {
    open_model_cli::run(MODELS)
}
