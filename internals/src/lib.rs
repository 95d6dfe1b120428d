//! The vocabulary that `#[open_model]` (the macro) and `open-model-codegen`
//! (the generator) share, kept once, as `serde_derive_internals` keeps
//! serde's: which `format` names are checked and how, and the "did you
//! mean" of every list of names, and the rules of keywords that both check. Not a public API: it follows the macro.

pub mod case;
pub mod formats;
pub mod keywords;
pub mod options;
pub mod patterns;
pub mod suggest;
