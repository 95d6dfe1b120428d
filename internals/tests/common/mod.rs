//! The grammar both pattern oracles generate from: sequences of quantified
//! atoms, assertions and groups, alternated, of star height one (both
//! oracles backtrack, and nested repetitions of what can match the empty
//! string would run them for hours), and strings over an alphabet.

use proptest::prelude::*;

/// What a pattern is built from, in one dialect.
#[derive(Clone, Copy)]
pub struct Dialect {
    /// An atom: a character, a class, an escape.
    pub atom: fn() -> BoxedStrategy<String>,
    /// The assertions written on their own (`^`, `\b`).
    pub assertions: &'static [&'static str],
    /// Whether capturing groups are generated too.
    pub captures: bool,
}

fn quantifier() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&["", "", "", "*", "+", "?", "{0,2}", "{1}", "*?", "+?"][..])
}

/// A sequence of atoms, assertions and groups, each atom and group
/// quantified when `quantified` (a quantified group holds no quantifier).
pub fn sequence(d: Dialect, depth: u32, quantified: bool) -> BoxedStrategy<String> {
    let q = move || {
        if quantified {
            quantifier().boxed()
        } else {
            Just("").boxed()
        }
    };
    let leaf = prop_oneof![
        6 => ((d.atom)(), q()).prop_map(|(a, q)| format!("{a}{q}")),
        1 => prop::sample::select(d.assertions).prop_map(str::to_owned),
    ];
    if depth == 0 {
        return prop::collection::vec(leaf, 0..4)
            .prop_map(|items| items.concat())
            .boxed();
    }
    let group = (alternation(d, depth - 1, false), q()).prop_map(|(a, q)| format!("(?:{a}){q}"));
    let capture = (alternation(d, depth - 1, false), q()).prop_map(move |(a, q)| {
        if d.captures {
            format!("({a}){q}")
        } else {
            format!("(?:{a}){q}")
        }
    });
    let look = (
        prop::sample::select(&["?=", "?!"][..]),
        alternation(d, depth - 1, quantified),
    )
        .prop_map(|(k, a)| format!("({k}{a})"));
    // A group not repeated may hold repetitions.
    let holder = alternation(d, depth - 1, quantified).prop_map(|a| format!("(?:{a})"));
    let item = prop_oneof![6 => leaf, 1 => group, 1 => capture, 1 => holder, 1 => look];
    prop::collection::vec(item, 0..4)
        .prop_map(|items| items.concat())
        .boxed()
}

/// One to two sequences, as alternatives.
pub fn alternation(d: Dialect, depth: u32, quantified: bool) -> BoxedStrategy<String> {
    prop::collection::vec(sequence(d, depth, quantified), 1..3)
        .prop_map(|alternatives| alternatives.join("|"))
        .boxed()
}

/// Strings of up to five characters of `alphabet`.
pub fn text(alphabet: &'static [char]) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(alphabet), 0..6)
        .prop_map(|chars| chars.into_iter().collect())
}
