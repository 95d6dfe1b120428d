//! Documents for the tests that hold the reader's common paths (the fast
//! scan, the cursor) to jiter's verdicts: seeds with every construct,
//! seeded mutations of them, and JSONTestSuite's files.

/// Lawful documents with escapes, wide characters, numbers of every
/// shape, nesting, a surrogate pair, an escaped key and a large object.
const SEEDS: &[&str] = &[
    r#"{"a": [1, -0.5e+3, true, false, null, "x\n\u00e9\"\\\/", "\b\f\r\t\\\\\u20ac\u0000"], "b": {"c": {}, "d": []}}"#,
    "[{\"k\": \"caf\u{e9} \u{1F600} \u{65e5}\u{672c}\", \"n\": 12345678901234567890, \"f\": 1.5E-7}]",
    r#"{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": 1, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaab": [0, 0.0, -0]}"#,
    r#"[["\ud83d\ude00", "\u001b[0m"], {"\u0061": 1, "b": 2}, {"x": {"y": {"z": [[[]]]}}}]"#,
    r#"{"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k9":9,"k10":10,"k11":11,"k12":12,"k13":13,"k14":14,"k15":15,"k16":16,"k17":17,"k18":{"k18":18}}"#,
];

/// Bytes the mutations insert: JSON's own, and some it forbids.
const ALPHABET: &[u8] = b"{}[],:\"\\ u0123456789eE.+-tfnrl\t\n\x01\x1f\x7f\xc3\xa9\xff\xed";

/// Each seed, then `per_seed` mutations of it (one to three edits: a byte
/// removed, replaced or inserted, a piece repeated), the same on every run.
pub(super) fn mutated(per_seed: usize) -> Vec<Vec<u8>> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n.max(1) as u64) as usize
    };
    let mut docs = Vec::new();
    for seed in SEEDS {
        docs.push(seed.as_bytes().to_vec());
        for _ in 0..per_seed {
            let mut doc = seed.as_bytes().to_vec();
            for _ in 0..1 + next(3) {
                let at = next(doc.len() + 1);
                let byte = ALPHABET.get(next(ALPHABET.len())).copied().unwrap_or(b' ');
                match next(4) {
                    0 if at < doc.len() => drop(doc.remove(at)),
                    1 if at < doc.len() => doc[at] = byte,
                    2 => {
                        let end = (at + 1 + next(12)).min(doc.len());
                        let piece = doc[at..end].to_vec();
                        doc.splice(at..at, piece);
                    }
                    _ => doc.insert(at, byte),
                }
            }
            docs.push(doc);
        }
    }
    docs
}

/// JSONTestSuite's documents (the repository's copy), each also as the
/// value of an object's key.
pub(super) fn json_test_suite() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data/jsontestsuite");
    let mut docs = Vec::new();
    for entry in std::fs::read_dir(dir).expect("the JSONTestSuite copy") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let doc = std::fs::read(&path).expect("a test file");
            let mut inside = b"{\"k\": ".to_vec();
            inside.extend_from_slice(&doc);
            inside.push(b'}');
            docs.push(doc);
            docs.push(inside);
        }
    }
    assert!(docs.len() > 600, "{} documents", docs.len());
    docs
}
