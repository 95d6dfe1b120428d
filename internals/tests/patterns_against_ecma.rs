//! The translation of ECMA-262 patterns for the `regex` crate, checked
//! against an ECMA-262 engine (`regress`, with the `u` flag, as the
//! runtime matches whole code points): on generated patterns of the
//! constructs the translation rewrites (classes with ranges and class
//! escapes, `\uXXXX` with surrogates, `\cX`, `.`, `\b`, look-aheads,
//! groups, quantifiers) and generated strings of the characters where the
//! two dialects differ (U+FEFF, U+00A0, U+2028, `\r`, `é`, `[`, `&`, `-`,
//! characters beyond the BMP), every pattern ECMA-262 reads must be read
//! by the translation too, and match exactly the same strings.

use open_model_internals::patterns::check;
use proptest::prelude::*;

mod common;

/// Characters where ECMA-262 and the `regex` crate differ, or that
/// patterns spell specially.
const ALPHABET: &[char] = &[
    'a',
    'b',
    'Z',
    '0',
    '9',
    '_',
    '-',
    '[',
    ']',
    '&',
    '~',
    '^',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u{1}',
    '\u{8}',
    'é',
    '\u{a0}',
    '\u{feff}',
    '\u{2028}',
    '\u{ffff}',
    '\u{10000}',
    '\u{1f600}',
];

fn literal() -> impl Strategy<Value = String> {
    prop::sample::select(ALPHABET).prop_map(|c| match c {
        '-' | '[' | ']' | '^' => format!("\\{c}"),
        '\t' => "\\t".to_owned(),
        '\n' => "\\n".to_owned(),
        '\r' => "\\r".to_owned(),
        '\u{1}' => "\\cA".to_owned(),
        '\u{8}' => "\\u0008".to_owned(),
        '\u{feff}' => "\\uFEFF".to_owned(),
        '\u{10000}' => "\\uD800\\uDC00".to_owned(),
        '\u{1f600}' => "\\u{1F600}".to_owned(),
        c => c.to_string(),
    })
}

/// A class member: a character, a range, a class escape, and with
/// `surrogates` a lone surrogate or a range ending in one (only for V8:
/// `regress` reads `[\uD800\uFEFF]` as not holding U+FEFF).
fn class_member(surrogates: bool) -> impl Strategy<Value = String> {
    let lone: &[&str] = if surrogates {
        &[
            r"\uD800",
            r"\uDBFF-\uDC00",
            r"\u0041-\uD800",
            r"\uDFFF-\uFFFF",
        ]
    } else {
        &[r"\b"]
    };
    prop_oneof![
        1 => prop::sample::select(lone).prop_map(str::to_owned),
        4 => literal(),
        2 => (literal(), literal()).prop_map(|(a, b)| format!("{a}-{b}")),
        2 => prop::sample::select(&[r"\d", r"\w", r"\s", r"\D", r"\W", r"\S"][..])
            .prop_map(str::to_owned),
        1 => prop::sample::select(
            &[r"\u0020-\uD7FF", r"\uE000-\uFFFD", r"\b", r"&&", r"~~"][..]
        )
        .prop_map(str::to_owned),
    ]
}

fn class(surrogates: bool) -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        prop::collection::vec(class_member(surrogates), 0..4),
    )
        .prop_map(|(negated, m)| format!("[{}{}]", if negated { "^" } else { "" }, m.concat()))
}

fn atom(surrogates: bool) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => literal(),
        3 => class(surrogates),
        1 => Just(".".to_owned()),
        2 => prop::sample::select(&[r"\d", r"\w", r"\s", r"\D", r"\W", r"\S"][..])
            .prop_map(str::to_owned),
    ]
}

/// The dialect the grammar generates in.
const DIALECT: common::Dialect = common::Dialect {
    atom: || atom(false).boxed(),
    assertions: &["^", "$", r"\b", r"\B"],
    captures: true,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn translated_patterns_match_what_ecma_262_matches(
        pattern in common::alternation(DIALECT, 2, true),
        texts in prop::collection::vec(common::text(ALPHABET), 8),
    ) {
        // Only what ECMA-262 (with the `u` flag) reads is compared.
        let Ok(ecma) = regress::Regex::with_flags(&pattern, "u") else {
            return Ok(());
        };
        let translated = check(&pattern);
        prop_assert!(translated.is_ok(), "{pattern:?}: refused ({translated:?}), which ECMA-262 reads");
        let (t, _) = translated.unwrap();
        // As the runtime compiles it: the `regex` crate, else `fancy-regex`.
        let linear = regex::Regex::new(&t).ok();
        let backtracking = fancy_regex::Regex::new(&t).ok();
        prop_assert!(linear.is_some() || backtracking.is_some(), "{pattern:?} as {t:?}: no engine compiles it");
        for s in &texts {
            let expected = ecma.find(s).is_some();
            let found = match (&linear, &backtracking) {
                // As the runtime asks it (`Pattern::is_match`: `regex`'s
                // `is_match` can miss what `find` reports, `\s|\B` on
                // "a\u{a0}a").
                (Some(re), _) => re.is_match(s) || re.find(s).is_some(),
                (None, Some(re)) => match re.is_match(s) {
                    Ok(found) => found,
                    // Its step limit: the runtime refuses the value.
                    Err(_) => continue,
                },
                (None, None) => unreachable!(),
            };
            prop_assert_eq!(found, expected, "{:?} as {:?} on {:?}", pattern, t, s);
        }
    }
}

/// The same comparison against V8 (`node`, with the `u` flag), the engine
/// of record, with lone surrogates in classes too. It needs `node` on the
/// `PATH`, which the test suite does not install: run it with `cargo test
/// -p open-model-internals --test patterns_against_ecma -- --ignored`.
#[test]
#[ignore = "needs node on the PATH"]
fn translated_patterns_match_what_v8_matches() {
    const V8: common::Dialect = common::Dialect {
        atom: || atom(true).boxed(),
        ..DIALECT
    };
    let script = r#"
        const text = h => Buffer.from(h, "hex").toString("utf8");
        const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n");
        const out = [];
        for (const line of lines) {
            if (!line) continue;
            const [p, s] = line.split(" ");
            try { out.push(new RegExp(text(p), "u").test(text(s)) ? "1" : "0"); }
            catch (e) { out.push("E"); }
        }
        console.log(out.join("\n"));
    "#;
    let cases = common::cases(V8, 3000, ALPHABET);
    let verdicts = common::verdicts("node", &["-e", script], &cases);
    let (mut compared, mut differ) = (0, Vec::new());
    for ((pattern, s), verdict) in cases.iter().zip(&verdicts) {
        // V8 tries an empty match between the two halves of a surrogate
        // pair, where ECMA-262 (and this library, on code points) has no
        // position: `/\B/u.test("b😀")` is true there.
        let mid_pair = pattern.contains(r"\B") && s.chars().any(|c| c > '\u{ffff}');
        if verdict == "E" || mid_pair {
            continue;
        }
        compared += 1;
        let found = common::ours(pattern, s);
        if found != Some(verdict == "1") {
            differ.push(format!(
                "{pattern:?} on {s:?}: V8 {verdict}, ours {found:?}"
            ));
        }
    }
    common::agree(compared, &differ);
}
