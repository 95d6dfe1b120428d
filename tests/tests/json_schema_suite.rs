//! The JSON Schema Test Suite (draft 4), through the generator: `build.rs`
//! turns each group's schema into `#[open_model]` source with
//! `open_model_codegen` (integers as exact `Integer`s), and this test decodes
//! every case's data with the generated model and compares the verdict with
//! the suite's.
//!
//! A group the generator cannot express is skipped, with the generator's
//! reasons printed next to it. A case whose verdict differs for a reason of
//! OpenAPI 3.0 or of this library is listed, with that reason, in
//! `data/json-schema-suite-differences.tsv`; a difference not listed there
//! fails the test, and so does a listed one that no longer differs. The
//! per-file score is printed and must equal the table in runtime/docs/conformance.md.

include!(concat!(env!("OUT_DIR"), "/suite_models.rs"));

/// Decodes a case's data with the group's generated model.
type Check = fn(&str) -> Result<(), String>;

struct Group {
    file: &'static str,
    description: &'static str,
    check: Option<Check>,
    skip: Option<&'static str>,
    cases: &'static [Case],
}

struct Case {
    description: &'static str,
    data: &'static str,
    valid: bool,
}

static GROUPS: &[Group] = include!(concat!(env!("OUT_DIR"), "/suite_table.rs"));

const DIFFERENCES: &str = include_str!("../data/json-schema-suite-differences.tsv");

/// The listed differences: ((file, group, case), reason).
fn differences() -> impl Iterator<Item = ((&'static str, &'static str, &'static str), &'static str)>
{
    DIFFERENCES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut parts = l.splitn(4, '\t');
            let mut next = || parts.next().unwrap_or_default();
            ((next(), next(), next()), next())
        })
}

#[derive(Default)]
struct Score {
    cases: usize,
    passed: usize,
    differ: usize,
    skipped: usize,
}

#[test]
fn json_schema_test_suite_draft4() {
    let mut listed: std::collections::BTreeMap<(&str, &str, &str), &str> = differences().collect();
    let mut scores: std::collections::BTreeMap<&str, Score> = Default::default();
    let mut unexpected = Vec::new();
    let mut skipped = Vec::new();
    let mut wildcard_used = std::collections::BTreeSet::new();
    for g in GROUPS {
        let score = scores.entry(g.file).or_default();
        score.cases += g.cases.len();
        let Some(check) = g.check else {
            score.skipped += g.cases.len();
            skipped.push(format!(
                "  {} / {}: {}",
                g.file,
                g.description,
                g.skip.unwrap_or("no reason given")
            ));
            continue;
        };
        for c in g.cases {
            let outcome = check(c.data);
            if outcome.is_ok() == c.valid {
                score.passed += 1;
                if listed
                    .remove(&(g.file, g.description, c.description))
                    .is_some()
                {
                    unexpected.push(format!(
                        "{} / {} / {}: listed as a difference but now agrees; remove it from the list",
                        g.file, g.description, c.description
                    ));
                }
                continue;
            }
            score.differ += 1;
            if listed.contains_key(&(g.file, g.description, "*")) {
                wildcard_used.insert((g.file, g.description));
                continue;
            }
            if listed
                .remove(&(g.file, g.description, c.description))
                .is_none()
            {
                unexpected.push(format!(
                    "{} / {} / {}: data {} expected {}, got {:?}",
                    g.file,
                    g.description,
                    c.description,
                    c.data,
                    if c.valid { "valid" } else { "invalid" },
                    outcome
                ));
            }
        }
    }
    for (f, g, c) in listed.keys() {
        if *c == "*" {
            if !wildcard_used.contains(&(*f, *g)) {
                unexpected.push(format!("{f} / {g}: listed, but no case of it differs"));
            }
        } else {
            unexpected.push(format!("{f} / {g} / {c}: listed, but no such case differs"));
        }
    }

    let mut table = String::from(
        "| file | cases | pass | differ (listed) | skipped |\n|---|---|---|---|---|\n",
    );
    let mut total = Score::default();
    for (file, s) in &scores {
        table.push_str(&format!(
            "| {file} | {} | {} | {} | {} |\n",
            s.cases, s.passed, s.differ, s.skipped
        ));
        total.cases += s.cases;
        total.passed += s.passed;
        total.differ += s.differ;
        total.skipped += s.skipped;
    }
    table.push_str(&format!(
        "| **all** | {} | {} | {} | {} |\n",
        total.cases, total.passed, total.differ, total.skipped
    ));
    println!("JSON Schema Test Suite, draft 4:\n{table}");
    println!("listed differences, with their reasons:");
    for ((f, g, c), why) in differences() {
        println!("  {f} / {g} / {c}: {why}");
    }
    println!("skipped groups, with the generator's reasons:");
    for s in &skipped {
        println!("{s}");
    }
    assert!(
        unexpected.is_empty(),
        "{} unexpected outcome(s):\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
    let readme = include_str!("../../runtime/docs/conformance.md");
    let in_readme = readme
        .split("<!-- suite-table:begin -->\n")
        .nth(1)
        .and_then(|rest| rest.split("<!-- suite-table:end -->").next())
        .unwrap_or_default();
    assert!(
        in_readme == table,
        "the suite table of runtime/docs/conformance.md is stale; it should read:\n{table}"
    );
}
