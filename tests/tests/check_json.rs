//! `check_json_slice`: the same report as `from_json_slice` on every input,
//! and nothing built for free-form values.
//!
//! Every other suite that decodes documents (the hostile catalogue,
//! JSONTestSuite alone and inside a RunV2, the property tests, the keyword,
//! union and Gentrace tests) also goes through
//! `open_model_tests::decoded_and_checked`, which compares the two reports.

use gentrace_models::RunV2;
use open_model::{open_model, Field, Map, Value};
use open_model_tests::decoded_and_checked;
use proptest::prelude::*;

const RUN: &[u8] = include_bytes!("../../examples/run_v2.json");
const RUNS: &str = include_str!("../../examples/runs.ndjson");

/// Bytes that make JSON go wrong in interesting ways when put anywhere.
const NOISE: &[u8] = b"{}[]\",:0-1.eE+ \\u\xff\x00ntf";

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize),
    Insert(usize, u8),
    Replace(usize, u8),
    /// Copies a slice of the document to another place (a key twice, a
    /// value where a key was).
    Copy {
        from: usize,
        len: usize,
        to: usize,
    },
}

fn apply(doc: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut out = doc.to_vec();
    for e in edits {
        let n = out.len().max(1);
        match *e {
            Edit::Delete(at) if !out.is_empty() => {
                out.remove(at % n);
            }
            Edit::Insert(at, b) => out.insert(at % (out.len() + 1), b),
            Edit::Replace(at, b) if !out.is_empty() => out[at % n] = b,
            Edit::Copy { from, len, to } => {
                let from = from % n;
                let end = (from + len).min(out.len());
                let piece = out[from..end].to_vec();
                let to = to % (out.len() + 1);
                out.splice(to..to, piece);
            }
            _ => {}
        }
    }
    out
}

fn edit() -> impl Strategy<Value = Edit> {
    let byte = prop::sample::select(NOISE.to_vec());
    prop_oneof![
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), byte.clone()).prop_map(|(a, b)| Edit::Insert(a, b)),
        (any::<usize>(), byte).prop_map(|(a, b)| Edit::Replace(a, b)),
        (any::<usize>(), 1..40usize, any::<usize>()).prop_map(|(from, len, to)| Edit::Copy {
            from,
            len,
            to
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// A Gentrace document broken in one to three places: both paths say the
    /// same, error for error.
    #[test]
    fn broken_runs_get_the_same_report(edits in prop::collection::vec(edit(), 1..4)) {
        let doc = apply(RUN, &edits);
        let _ = decoded_and_checked::<RunV2>(&doc);
        let _ = decoded_and_checked::<Value>(&doc);
    }

    /// The same over the NDJSON runs, one line each.
    #[test]
    fn broken_ndjson_runs_get_the_same_report(
        line in 0..30usize,
        edits in prop::collection::vec(edit(), 1..3),
    ) {
        let Some(doc) = RUNS.lines().nth(line) else { return Ok(()) };
        let doc = apply(doc.as_bytes(), &edits);
        let _ = decoded_and_checked::<RunV2>(&doc);
    }
}

#[test]
fn every_shipped_document_checks() {
    decoded_and_checked::<RunV2>(RUN).expect("valid");
    // Some lines are invalid on purpose (the CLI's examples).
    let invalid = RUNS
        .lines()
        .filter(|line| decoded_and_checked::<RunV2>(line.as_bytes()).is_err())
        .count();
    assert!(invalid > 0 && invalid < RUNS.lines().count());
}

// Models that check in place and models that are decoded and dropped
// (whole-model checks), with defaults, a base and a closed model.

#[open_model(apply_defaults)]
struct Defaults {
    #[open_model(default_json = "3")]
    n: Field<i64>,
    #[open_model(default_json = r#""x""#, max_length = 3)]
    s: Field<String>,
    required: bool,
}

#[open_model(min_properties = 2)]
struct Counted {
    a: Field<String>,
}

#[open_model(closed)]
struct Closed {
    a: String,
    #[open_model(pattern = "^[a-z]+$")]
    b: Field<String>,
}

#[open_model]
struct Base {
    id: String,
    extra_map: Field<Map>,
}

#[open_model]
struct Derived {
    #[open_model(flatten)]
    base: Base,
    items: Vec<Closed>,
    counted: Field<Counted>,
}

#[open_model(extra = i64)]
struct TypedExtras {
    a: Field<String>,
}

#[test]
fn models_of_every_shape_get_the_same_report() {
    let docs = [
        r#"{}"#,
        r#"{"required":true}"#,
        r#"{"required":1,"n":"x","s":"toolong","s":"again"}"#,
        r#"{"a":"x"}"#,
        r#"{"a":"x","b":1}"#,
        r#"{"a":"x","b":"Zz","c":[1,{"d":1,"d":2}]}"#,
        r#"{"id":"i","items":[{"a":"x"},{"a":1,"z":0},{}],"counted":{"a":"1"}}"#,
        r#"{"id":"i","items":[],"counted":{"a":"1","b":2},"extra_map":{"k":{"k":1,"k":1}}}"#,
        r#"{"items":[{"a":"x","a":"y"}],"id":5,"id":6}"#,
        r#"[{"a":1}]"#,
        r#"null"#,
        r#"{"a":"x"} trailing"#,
        // Unknown keys repeated: a duplicate extra (after a failed one,
        // too), a closed model's unknown key twice, nested duplicates.
        r#"{"a":"x","zz":1,"zz":2}"#,
        r#"{"a":"x","z":0,"z":0}"#,
        r#"{"q":"no","q":1,"r":2,"r":"no"}"#,
        r#"{"q":{"k":1,"k":1},"q":2,"a":"x"}"#,
    ];
    for doc in docs {
        let d = doc.as_bytes();
        let _ = decoded_and_checked::<Defaults>(d);
        let _ = decoded_and_checked::<Counted>(d);
        let _ = decoded_and_checked::<Closed>(d);
        let _ = decoded_and_checked::<Derived>(d);
        let _ = decoded_and_checked::<Vec<Derived>>(d);
        let _ = decoded_and_checked::<Map<Closed>>(d);
        let _ = decoded_and_checked::<TypedExtras>(d);
    }
}

#[test]
fn the_check_reports_what_decoding_reports() {
    let report =
        open_model::check_json_slice::<Derived>(br#"{"items":[{"a":1,"z":0}],"id":"i","id":"j"}"#)
            .expect_err("invalid");
    let messages: Vec<String> = report.errors().iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "line 1 column 16: items[0].a: expected a string, found a number",
            "line 1 column 22: items[0].z: unknown key 'z' is not allowed here",
            "line 1 column 40: id: duplicate key 'id'",
        ],
        "{report}"
    );
}

/// A string inside a free-form value is checked without being decoded; a
/// typed `String` field is decoded. Both must refuse and accept the same
/// strings with the same error, wherever they stand.
#[test]
fn strings_are_judged_alike_in_free_form_and_typed_places() {
    #[open_model]
    struct Typed {
        a: String,
    }
    // (An unfinished string runs to the end of the input, which differs
    // between the two documents: the hostile and JSONTestSuite cases cover it.)
    let strings: [&[u8]; 15] = [
        br#""plain""#,
        br#""caf\u00e9 \"q\" \\ \/ \b\f\n\r\t""#,
        "\"caf\u{e9} \u{1F600}\"".as_bytes(),
        br#""\ud83d\ude00""#,
        br#""\ud800""#,
        br#""\udc00\ud800""#,
        br#""\ud800x""#,
        br#""\u12""#,
        br#""\x""#,
        b"\"\xff\"",
        b"\"\xc3\"",
        b"\"\xed\xa0\x80\"",
        b"\"a\x01b\"",
        b"\"a\tb\"",
        b"\"\xf0\x9f\x98\x80\"",
    ];
    for s in strings {
        let typed = [br#"{"a":"#.as_slice(), s, b"}"].concat();
        let free = [br#"{"x":{"a":"#.as_slice(), s, b"}}"].concat();
        let t = decoded_and_checked::<Typed>(&typed).err();
        let f = decoded_and_checked::<Map>(&free).err();
        let message = |r: &Option<open_model::Report>| {
            r.as_ref()
                .map(|r| r.errors().iter().map(|e| e.message()).collect::<Vec<_>>())
        };
        assert_eq!(message(&t), message(&f), "{}", String::from_utf8_lossy(s));
        let positions = |r: &Option<open_model::Report>, shift: usize| {
            r.as_ref().map(|r| {
                r.errors()
                    .iter()
                    .map(|e| e.position().map(|p| p.offset - shift))
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            positions(&t, 0),
            positions(&f, 5),
            "{}",
            String::from_utf8_lossy(s)
        );
    }
}

#[open_model]
struct Dog {
    r#type: String,
    #[open_model(min_length = 2)]
    name: String,
}

#[open_model]
struct Cat {
    lives: i64,
}

/// Pets by `type`: checked in place, variant by variant.
#[open_model(tag = "type", rename_all = "lowercase")]
enum Pet {
    Dog(Dog),
    Cat(Box<Cat>),
}

/// The same, open: an unknown tag keeps the whole object.
#[open_model(tag = "type", rename_all = "lowercase")]
enum OpenPet {
    Dog(Dog),
    Cat(Cat),
    #[open_model(other)]
    Unknown(Map),
}

/// A `oneOf` without a tag (decoded and dropped when checked).
#[open_model(one_of)]
enum IdOrPet {
    Id(String),
    Pet(Pet),
}

#[test]
fn unions_get_the_same_report() {
    let docs = [
        r#"{"type":"dog","name":"Rex"}"#,
        r#"{"name":"Rex","type":"dog","x":{"a":1}}"#,
        r#"{"type":"dog","name":"R"}"#,
        r#"{"type":"cat","lives":"nine"}"#,
        r#"{"type":"cow","moo":{"a":1,"a":2}}"#,
        r#"{"type":7}"#,
        r#"{"type":null}"#,
        r#"{"lives":9}"#,
        r#"{"type":"cat","type":"dog","lives":1}"#,
        r#"{"type":"cat","lives":1,"extra":[1,{"k":"\ud800"}]}"#,
        r#""an id""#,
        r#"[{"type":"dog","name":"Rex"}]"#,
        r#"{"type":"dog","name":"Rex""#,
    ];
    for doc in docs {
        let d = doc.as_bytes();
        let _ = decoded_and_checked::<Pet>(d);
        let _ = decoded_and_checked::<OpenPet>(d);
        let _ = decoded_and_checked::<IdOrPet>(d);
        let _ = decoded_and_checked::<Vec<Pet>>(d);
    }
}
