//! The RunV2 benchmark workload and the serde idioms it is compared with.
//!
//! [`workload`] generates, seeded, the payload shapes of
//! `shared/workload/gen_runv2.py` (prompts and completions with unicode and
//! escapes, nested messages, numbers of every kind, metadata values, nulls,
//! unknown keys at both levels). [`plain`] and [`flatten`] are what users
//! write with serde today.

pub mod flatten;
pub mod plain;
pub mod workload;
