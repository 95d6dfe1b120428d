//! The grammar both pattern oracles generate from: sequences of quantified
//! atoms, assertions and groups, alternated, of star height one (both
//! oracles backtrack, and nested repetitions of what can match the empty
//! string would run them for hours), and strings over an alphabet; and
//! the plumbing of the oracles outside Rust. Test support: a failure here
//! is a failed test.

#![allow(clippy::unwrap_used, clippy::expect_used)]

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

/// `patterns` generated patterns in dialect `d`, each with six strings of
/// `alphabet`, the same on every run.
pub fn cases(d: Dialect, patterns: usize, alphabet: &'static [char]) -> Vec<(String, String)> {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = (
        alternation(d, 2, true),
        prop::collection::vec(text(alphabet), 6),
    );
    let mut out = Vec::new();
    for _ in 0..patterns {
        let (pattern, texts) = strategy.new_tree(&mut runner).unwrap().current();
        out.extend(texts.into_iter().map(|s| (pattern.clone(), s)));
    }
    out
}

/// What an outside engine says of each case: `program` with `args` and
/// then a file of `PATTERN TEXT` lines (the hexadecimal of each's UTF-8)
/// prints one line per case: `1` (a match), `0`, or `E` (no pattern).
pub fn verdicts(program: &str, args: &[&str], cases: &[(String, String)]) -> Vec<String> {
    let hex = |s: &str| s.bytes().map(|b| format!("{b:02x}")).collect::<String>();
    let lines: Vec<String> = cases
        .iter()
        .map(|(p, s)| format!("{} {}\n", hex(p), hex(s)))
        .collect();
    let file =
        std::env::temp_dir().join(format!("open-model-{program}-{}.txt", std::process::id()));
    std::fs::write(&file, lines.concat()).unwrap();
    let run = std::process::Command::new(program)
        .args(args)
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("{program} on the PATH: {e}"));
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let out = String::from_utf8(run.stdout).unwrap();
    let verdicts: Vec<String> = out.lines().map(str::to_owned).collect();
    assert_eq!(verdicts.len(), cases.len(), "one verdict per case");
    verdicts
}

/// Whether the pattern, translated and compiled as the runtime compiles
/// it, matches `s`; `None` when it is refused.
pub fn ours(pattern: &str, s: &str) -> Option<bool> {
    let (t, _) = open_model_internals::patterns::check(pattern).ok()?;
    match regex::Regex::new(&t) {
        Ok(re) => Some(re.is_match(s)),
        Err(_) => fancy_regex::Regex::new(&t).ok()?.is_match(s).ok(),
    }
}

/// Fails with the first differences, when there are any.
pub fn agree(compared: usize, differ: &[String]) {
    eprintln!("{compared} cases compared");
    assert!(compared > 5000, "only {compared} cases compared");
    assert!(
        differ.is_empty(),
        "{} of {compared} differ:\n{}",
        differ.len(),
        differ[..differ.len().min(20)].join("\n")
    );
}
