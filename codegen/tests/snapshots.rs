//! Snapshot tests of the generator: each `cases/<construct>.yaml` generates
//! exactly `cases/<construct>.rs`, one construct a case. After a deliberate
//! change, `OPEN_MODEL_BLESS=1 cargo test -p open-model-codegen --test
//! snapshots` rewrites the expected files; review the diff as you would a
//! ui case's `.stderr`. The tests crate compiles every snapshot
//! (`tests/tests/codegen_snapshots.rs`), so none can drift into code that
//! does not build.

use open_model_codegen::{generate, Options};
use std::path::Path;

/// True when the JSON pointer `#/a/b~1c` names a value in `doc`.
fn resolves(doc: &open_model::Value, pointer: &str) -> bool {
    let Some(rest) = pointer.strip_prefix('#') else {
        return false;
    };
    let mut at = doc;
    for raw in rest.split('/').skip(1) {
        let key = raw.replace("~1", "/").replace("~0", "~");
        let next = match at {
            open_model::Value::Dict(m) => m.get(&key),
            open_model::Value::List(l) => key.parse::<usize>().ok().and_then(|i| l.get(i)),
            _ => None,
        };
        match next {
            Some(n) => at = n,
            None => return false,
        }
    }
    true
}

#[test]
fn every_construct_generates_its_snapshot() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let bless = std::env::var_os("OPEN_MODEL_BLESS").is_some();
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/cases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 12, "{} cases", cases.len());
    let mut stale = Vec::new();
    for case in &cases {
        let yaml = std::fs::read_to_string(case).expect("case");
        // The warnings head the snapshot, so a review sees what was loosened;
        // each points at a place in the case's document.
        let doc = open_model_codegen::read_document(&yaml).expect("case parses");
        let got = match generate(&yaml, &Options::default()) {
            Ok(g) => {
                for w in &g.warnings {
                    assert!(
                        resolves(&doc, &w.path),
                        "{}: {} names no place in the document",
                        case.display(),
                        w.path
                    );
                }
                let mut text: String = g
                    .warnings
                    .iter()
                    .map(|w| format!("// warning: {w}\n"))
                    .collect();
                if !text.is_empty() {
                    text.push('\n');
                }
                text + &g.source
            }
            Err(problems) => panic!("{}: {problems:?}", case.display()),
        };
        let expected_path = case.with_extension("rs");
        if bless {
            std::fs::write(&expected_path, &got).expect("write snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            stale.push(format!(
                "{}: differs from its snapshot; generated:\n{got}",
                case.display()
            ));
        }
    }
    assert!(stale.is_empty(), "{}", stale.join("\n\n"));
}
