//! The rewrite of Java patterns as ECMA-262 ones (`patterns::java`, the
//! generator's `--java-patterns`), checked against Java itself: generated
//! patterns of the constructs AWS's documents use (POSIX classes,
//! intersections, nested classes, `\Q…\E`, `$`, `\Z`, `\z`, `\A`, `.`,
//! `\s`) and generated strings of the characters where Java and ECMA-262
//! differ (U+0085, U+2028, `\r\n`, U+00A0, `é`) go to `java.util.regex`
//! (`tests/jdk/JavaOracle.java`), and every verdict must be the one the
//! ECMA-262 form gives, compiled as the runtime compiles it.
//!
//! It needs a JDK (11 or later) on the `PATH`, which the test suite does
//! not install: run it with `cargo test -p open-model-internals --test
//! java_against_jdk -- --ignored`.

use open_model_internals::patterns::java::to_ecma;
use proptest::prelude::*;

mod common;

const ALPHABET: &[char] = &[
    'a',
    'b',
    'Z',
    '0',
    '9',
    '_',
    '-',
    '!',
    '~',
    '|',
    '/',
    ':',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u{85}',
    '\u{2028}',
    'é',
    '\u{a0}',
    '\u{1f600}',
];

fn literal() -> impl Strategy<Value = String> {
    prop::sample::select(ALPHABET).prop_map(|c| match c {
        '-' | '|' | '!' | '~' => format!("\\{c}"),
        '\t' => "\\t".to_owned(),
        '\n' => "\\n".to_owned(),
        '\r' => "\\r".to_owned(),
        '\u{85}' => "\\x{85}".to_owned(),
        '\u{2028}' => "\\u2028".to_owned(),
        '\u{1f600}' => "\\x{1F600}".to_owned(),
        c => c.to_string(),
    })
}

const PROPERTIES: &[&str] = &[
    r"\p{Print}",
    r"\p{Graph}",
    r"\p{Alnum}",
    r"\p{Alpha}",
    r"\p{Punct}",
    r"\p{Blank}",
    r"\p{XDigit}",
    r"\p{Space}",
    r"\p{Lower}",
    r"\p{Cntrl}",
    r"\P{Alpha}",
    r"\p{L}",
    r"\p{Lu}",
    r"\p{IsLatin}",
    r"\p{IsAlphabetic}",
    r"\p{LD}",
    r"\d",
    r"\w",
    r"\s",
    r"\S",
    r"\D",
];

fn class() -> BoxedStrategy<String> {
    let member = prop_oneof![
        3 => literal(),
        2 => prop::sample::select(PROPERTIES).prop_map(str::to_owned),
        1 => Just("a-z".to_owned()),
        1 => Just(r"\Q-|\E".to_owned()),
    ];
    let members = prop::collection::vec(member, 1..4).prop_map(|m| m.concat());
    (
        any::<bool>(),
        members.clone(),
        prop::option::of((any::<bool>(), members)),
    )
        .prop_map(|(negated, m, and)| {
            let and = match and {
                // An intersection, or a nested class (a union).
                Some((true, other)) => format!("&&[^{other}]"),
                Some((false, other)) => format!("[{other}]"),
                None => String::new(),
            };
            format!("[{}{m}{and}]", if negated { "^" } else { "" })
        })
        .boxed()
}

fn atom() -> BoxedStrategy<String> {
    prop_oneof![
        4 => literal(),
        3 => class(),
        2 => prop::sample::select(PROPERTIES).prop_map(str::to_owned),
        1 => Just(".".to_owned()),
        1 => Just(r"\Qa.b\E".to_owned()),
    ]
    .boxed()
}

/// The dialect the grammar generates in.
const DIALECT: common::Dialect = common::Dialect {
    atom: || atom().boxed(),
    assertions: &["^", "$", r"\A", r"\z", r"\Z"],
    captures: false,
};

#[test]
#[ignore = "needs a JDK on the PATH"]
fn java_patterns_rewritten_match_what_java_matches() {
    let cases = common::cases(DIALECT, 3000, ALPHABET);
    let oracle = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/jdk/JavaOracle.java");
    let verdicts = common::verdicts("java", &[oracle], &cases);
    let (mut compared, mut differ) = (0, Vec::new());
    for ((pattern, s), verdict) in cases.iter().zip(&verdicts) {
        if verdict == "E" {
            continue;
        }
        compared += 1;
        let ecma = to_ecma(pattern);
        let found = ecma.as_ref().ok().and_then(|e| common::ours(e, s));
        if found != Some(verdict == "1") {
            differ.push(format!(
                "{pattern:?} on {s:?}: Java {verdict}, ours {found:?} ({ecma:?})"
            ));
        }
    }
    common::agree(compared, &differ);
}
