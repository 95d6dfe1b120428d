//! JSONTestSuite: every `y_` case accepted, every `n_` case rejected with a
//! line and column, no `i_` case panics; alone and as an extension value of
//! a RunV2 document.

use gentrace_models::RunV2;
use open_model::{ErrorKind, Value};
use std::path::PathBuf;

fn cases() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/jsontestsuite");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.ends_with(".json") {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            out.push((name, bytes));
        }
    }
    out.sort();
    out
}

/// `{"id": "...", "stepRuns": [], "x": <case>}` as bytes.
fn embedded(case: &[u8]) -> Vec<u8> {
    let mut doc =
        br#"{"id": "1aa5dc15-a379-40f5-8793-4bca9bffc3f3", "stepRuns": [], "x": "#.to_vec();
    doc.extend_from_slice(case);
    doc.extend_from_slice(b"}");
    doc
}

#[test]
fn every_case_behaves() {
    let cases = cases();
    assert_eq!(cases.len(), 318, "the suite's 318 parsing cases");
    let (mut y, mut n, mut i) = (0, 0, 0);
    let mut wrong = Vec::new();
    for (name, bytes) in &cases {
        let alone = open_model_tests::decoded_and_checked::<Value>(bytes);
        let inside = open_model_tests::decoded_and_checked::<RunV2>(&embedded(bytes));
        match name.as_bytes()[0] {
            b'y' => {
                y += 1;
                if DUPLICATE_KEY_CASES.contains(&name.as_str()) {
                    // Our policy, not a parse failure: assert it is exactly that.
                    for result in [alone.as_ref().err(), inside.as_ref().err()] {
                        let is_duplicate = result.is_some_and(|r| {
                            r.len() == 1 && matches!(r.errors()[0].kind(), ErrorKind::DuplicateKey(k) if k == "a")
                        });
                        if !is_duplicate {
                            wrong.push(format!("{name}: expected only a duplicate-key error"));
                        }
                    }
                    continue;
                }
                if let Err(e) = &alone {
                    wrong.push(format!("{name}: rejected: {e}"));
                }
                if let Err(e) = &inside {
                    wrong.push(format!("{name} (embedded): rejected: {e}"));
                }
            }
            b'n' => {
                n += 1;
                match &alone {
                    Ok(v) => wrong.push(format!("{name}: accepted as {v:?}")),
                    Err(report) => {
                        if report.errors().iter().all(|e| e.position().is_none()) {
                            wrong.push(format!("{name}: no position in {report}"));
                        }
                    }
                }
                if inside.is_ok() {
                    wrong.push(format!("{name} (embedded): accepted"));
                }
            }
            _ => i += 1,
        }
    }
    println!(
        "JSONTestSuite: {} y_ accepted, {} y_ refused as duplicate keys, {n} n_ rejected with positions, {i} i_ without a panic",
        y - DUPLICATE_KEY_CASES.len(),
        DUPLICATE_KEY_CASES.len()
    );
    assert!(
        wrong.is_empty(),
        "{} cases wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Valid JSON that we refuse by design: a key twice in one object is
/// ambiguous (Python's `json` keeps the last value, others the first), so
/// it is an error here, reported at the second occurrence.
const DUPLICATE_KEY_CASES: &[&str] = &[
    "y_object_duplicated_key.json",
    "y_object_duplicated_key_and_value.json",
];

#[test]
fn implementation_defined_cases_do_not_panic_and_report_positions() {
    for (name, bytes) in cases().iter().filter(|(n, _)| n.starts_with("i_")) {
        match open_model::from_json_slice::<Value>(bytes) {
            Ok(_) => {}
            Err(report) => assert!(
                report.errors().iter().any(|e| e.position().is_some()),
                "{name}: {report}"
            ),
        }
    }
}
