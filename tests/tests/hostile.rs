//! A catalogue of hostile inputs: each case states the outcome it must have,
//! never panics, and stays within one second per megabyte (at least one
//! second) and a small multiple of its size in memory.

use gentrace_models::RunV2;
use open_model::{ErrorKind, Report, Value};
use peak_alloc::PeakAlloc;
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOC: PeakAlloc = PeakAlloc;

/// Peak memory is per process and tests run on threads: every test here
/// holds this lock, so one test's allocations never count against another.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Decodes `input`, checking the time and memory bounds; returns the result.
fn bounded<T: open_model::Decode>(input: &[u8], memory_multiple: f64) -> Result<T, Report> {
    let mb = input.len() as f64 / 1e6;
    let limit = Duration::from_secs_f64(mb.max(1.0));
    ALLOC.reset_peak_usage();
    let base = ALLOC.current_usage();
    let start = Instant::now();
    let result = open_model::from_json_slice::<T>(input);
    let took = start.elapsed();
    let peak = ALLOC.peak_usage().saturating_sub(base) as f64;
    // The validate-only path reports exactly the same (outside the bounds).
    let again = open_model_tests::decoded_and_checked::<T>(input);
    assert_eq!(again.as_ref().err(), result.as_ref().err());
    assert!(took <= limit, "{took:?} for {mb:.1} MB (limit {limit:?})");
    let allowed = (input.len() as f64 * memory_multiple).max(1e6);
    assert!(
        peak <= allowed,
        "peak {:.1} MB for {mb:.1} MB of input",
        peak / 1e6
    );
    result
}

fn only_error(result: Result<impl std::fmt::Debug, Report>) -> open_model::Error {
    let report = result.expect_err("must be refused");
    assert!(!report.is_empty());
    report.errors()[report.len() - 1].clone()
}

#[test]
fn nesting_100_000_deep() {
    let _serial = serial();
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let doc = open.repeat(100_000) + "1" + &close.repeat(100_000);
        let e = only_error(bounded::<Value>(doc.as_bytes(), 4.0));
        assert_eq!(e.kind(), &ErrorKind::Depth(128));
        assert!(e.position().is_some());
    }
}

#[test]
fn a_number_1e999999999_is_kept_exactly() {
    let _serial = serial();
    let v: Value = bounded(b"[1e999999999, -1e-999999999]", 4.0).expect("valid JSON");
    assert_eq!(
        open_model::to_json_string(&v).ok().as_deref(),
        Some("[1e999999999,-1e-999999999]")
    );
    assert_eq!(v.as_list().and_then(|l| l[0].as_f64()), None, "beyond f64");
}

#[test]
fn a_100_000_digit_integer() {
    let _serial = serial();
    let digits = "9".repeat(100_000);
    let v: Value = bounded(digits.as_bytes(), 4.0).expect("valid JSON");
    assert_eq!(v.as_i64(), None);
    assert_eq!(v.as_number().map(ToString::to_string), Some(digits.clone()));
    let start = Instant::now();
    let bigger: Value = open_model::from_json_str(&format!("{digits}0")).expect("valid");
    assert!(bigger.as_number() > v.as_number());
    assert!(start.elapsed() < Duration::from_secs(1));
    // In a typed integer field it is a clear error, not an overflow.
    let e = only_error(bounded::<RunV2>(
        format!(
            r#"{{"id":"1aa5dc15-a379-40f5-8793-4bca9bffc3f3","stepRuns":[{{"order":{digits}}}]}}"#
        )
        .as_bytes(),
        4.0,
    ));
    let report_has = |r: &str| e.message().contains(r) || e.path().to_string().contains(r);
    assert!(
        report_has("missing required key") || report_has("64 bit"),
        "{e}"
    );
}

#[test]
fn a_100_mb_string() {
    let _serial = serial();
    let mut doc = Vec::with_capacity(100_000_010);
    doc.push(b'"');
    doc.extend(std::iter::repeat_n(b'x', 100_000_000));
    doc.push(b'"');
    let v: Value = bounded(&doc, 2.5).expect("valid JSON");
    assert_eq!(v.as_str().map(str::len), Some(100_000_000));
}

#[test]
fn a_million_keys_in_one_object() {
    let _serial = serial();
    let mut doc = String::from("{");
    for i in 0..1_000_000 {
        if i > 0 {
            doc.push(',');
        }
        doc.push_str(&format!("\"key{i}\":{i}"));
    }
    doc.push('}');
    // Each entry costs a key allocation, a Value and an index slot: about
    // ten times its few bytes of JSON.
    let v: Value = bounded(doc.as_bytes(), 12.0).expect("valid JSON");
    assert_eq!(v.as_dict().map(open_model::Map::len), Some(1_000_000));
    assert_eq!(v.get("key999999").and_then(Value::as_i64), Some(999_999));
    // The same keys twice: every duplicate reported, still within bounds.
    let twice = doc.replacen('{', &format!("{{{},", &doc[1..doc.len() - 1]), 1);
    let report = bounded::<Value>(twice.as_bytes(), 12.0).expect_err("duplicates");
    assert_eq!(report.len(), 1_000_000);
}

#[test]
fn duplicate_keys() {
    let _serial = serial();
    let e = only_error(bounded::<Value>(br#"{"a":1,"b":2,"a":3}"#, 4.0));
    assert_eq!(e.kind(), &ErrorKind::DuplicateKey("a".into()));
    assert_eq!(e.position().map(|p| p.column), Some(18));
}

#[test]
fn invalid_utf8() {
    let _serial = serial();
    for doc in [
        &b"\"\xff\""[..],
        b"{\"\xc3\x28\":1}",
        b"[\"\xed\xa0\x80\"]",
        b"\xfe",
    ] {
        let e = only_error(bounded::<Value>(doc, 4.0));
        assert!(matches!(e.kind(), ErrorKind::Syntax(_)), "{e}");
        assert!(e.position().is_some());
    }
}

#[test]
fn lone_surrogate_escapes_are_refused_not_replaced() {
    let _serial = serial();
    for doc in [
        r#""\ud800""#,
        r#""\udc00""#,
        r#""\ud800\u0041""#,
        r#"{"\ud83d":1}"#,
    ] {
        let result = bounded::<Value>(doc.as_bytes(), 4.0);
        // Either refused, or decoded to text that says exactly what was sent:
        // never silently replaced.
        match result {
            Err(report) => assert!(report.errors()[0].position().is_some()),
            Ok(v) => panic!("{doc} decoded as {v:?}"),
        }
    }
    let pair: Value = bounded(br#""\ud83d\ude00""#, 4.0).expect("a valid pair");
    assert_eq!(pair.as_str(), Some("😀"));
}

#[test]
fn nan_infinity_bom_and_trailing_garbage() {
    let _serial = serial();
    let cases: &[(&[u8], &str)] = &[
        (b"NaN", "expected value"),
        (b"[Infinity]", "expected value"),
        (b"[-Infinity]", "invalid number"),
        // One leading byte order mark is skipped (RFC 8259 allows it); a
        // second one is not JSON.
        (b"\xef\xbb\xbf\xef\xbb\xbf{}", "expected value"),
        (b"{} x", "trailing characters"),
        (b"{}{}", "trailing characters"),
        (b"[1]\0", "trailing characters"),
    ];
    for (doc, message) in cases {
        let e = only_error(bounded::<Value>(doc, 4.0));
        assert!(
            e.message().contains(message),
            "{:?}: {e}",
            String::from_utf8_lossy(doc)
        );
        assert!(e.position().is_some());
    }
}

#[test]
fn truncated_at_every_byte() {
    let _serial = serial();
    let doc = include_bytes!("../../examples/run_v2.json");
    let full: Result<RunV2, _> = open_model::from_json_slice(doc);
    assert!(full.is_ok());
    let start = Instant::now();
    for n in 0..doc.len() {
        let report =
            open_model_tests::decoded_and_checked::<RunV2>(&doc[..n]).expect_err("truncated");
        let last = &report.errors()[report.len() - 1];
        assert!(
            matches!(last.kind(), ErrorKind::Syntax(_)),
            "at {n}: {last}"
        );
        assert!(
            last.position().is_some_and(|p| p.offset <= n),
            "at {n}: {last}"
        );
    }
    assert!(start.elapsed() < Duration::from_secs(doc.len() as u64 / 100 + 1));
}

#[test]
fn every_typed_field_given_every_wrong_type() {
    let _serial = serial();
    let base: Value =
        open_model::from_json_str(include_str!("../../examples/run_v2.json")).expect("valid");
    let wrong = [
        ("null", Value::Null),
        ("a boolean", Value::Bool(true)),
        ("a number", Value::from(1)),
        ("a string", Value::from("s")),
        ("an array", Value::List(vec![])),
        ("an object", Value::Dict(open_model::Map::new())),
    ];
    let fields: &[(&str, &str)] = &[
        ("stepRunId", "a string"),
        ("stepId", "a string"),
        ("providerName", "a string"),
        ("invocation", "a string"),
        ("order", "a number"),
        ("modelParams", "an object"),
        ("inputs", "an object"),
        ("outputs", "an object"),
        ("elapsedTime", "a number"),
        ("startTime", "a number"),
        ("endTime", "a number"),
        ("cost", "a number"),
        ("metadata", "an object"),
        ("error", "a string"),
    ];
    let mut checked = 0;
    for (field, right) in fields {
        for (kind, value) in &wrong {
            if kind == right || (*kind == "null" && ["metadata", "error"].contains(field)) {
                continue;
            }
            let mut doc = base.clone();
            let step = doc
                .as_dict_mut()
                .and_then(|d| d.get_mut("stepRuns"))
                .and_then(Value::as_list_mut)
                .and_then(|l| l.first_mut())
                .and_then(Value::as_dict_mut)
                .expect("a step run");
            step.insert((*field).to_owned(), value.clone());
            let json = open_model::to_json_vec(&doc).expect("JSON");
            let report = bounded::<RunV2>(&json, 8.0).expect_err("wrong type");
            let e = &report.errors()[0];
            assert_eq!(
                e.path().to_string(),
                format!("stepRuns[0].{field}"),
                "{field} = {kind}"
            );
            let expected = if *kind == "null" {
                "null is not allowed here".to_owned()
            } else {
                let right = if ["order", "elapsedTime"].contains(field) {
                    "an integer"
                } else {
                    right
                };
                format!("expected {right}, found {kind}")
            };
            assert_eq!(e.message(), expected, "{field} = {kind}");
            checked += 1;
        }
    }
    assert_eq!(checked, 14 * 5 - 2);
}

#[test]
fn numbers_longer_than_the_readers_limit_mid_document() {
    let _serial = serial();
    // jiter stops integer parts at 4300 digits; past that this crate reads
    // the number itself and carries on, with positions intact.
    let long = "7".repeat(5000);
    let doc = format!("[1,{long},{{\"a\":-{long}.5e3}},2]");
    let v: Value = bounded(doc.as_bytes(), 4.0).expect("valid JSON");
    assert_eq!(open_model::to_json_string(&v).ok(), Some(doc.clone()));
    let bad = format!("[{long},\n  x]");
    let e = only_error(bounded::<Value>(bad.as_bytes(), 4.0));
    assert_eq!(
        e.position().map(|p| (p.line, p.column)),
        Some((2, 3)),
        "{e}"
    );
    let typed = format!(
        r#"{{"id":"1aa5dc15-a379-40f5-8793-4bca9bffc3f3","stepRuns":[],"big":{long},"id2":"x","order":"#
    ) + &long
        + "}";
    let run: RunV2 = bounded(typed.as_bytes(), 4.0).expect("valid");
    assert_eq!(
        run.extra
            .get("order")
            .and_then(Value::as_number)
            .map(ToString::to_string),
        Some(long)
    );
}

/// Checking holds no free-form value: far less memory than decoding.
#[test]
fn free_form_values_are_not_built() {
    let _serial = serial();
    let item = r#"{"role":"user","content":"hello there","n":[1,2.5,true,null]}"#;
    let items = vec![item; 20_000].join(",");
    let doc = format!(
        r#"{{"id":"r","inputs":{{"messages":[{items}]}},"outputs":[{items}],"extra":{{"a":[{items}]}}}}"#
    );

    #[open_model::open_model]
    struct Run {
        id: String,
        inputs: open_model::Map,
        outputs: Vec<Value>,
    }

    let base = ALLOC.current_usage();
    ALLOC.reset_peak_usage();
    open_model::check_json_slice::<Run>(doc.as_bytes()).expect("valid");
    let checking = ALLOC.peak_usage().saturating_sub(base);
    ALLOC.reset_peak_usage();
    let run = open_model::from_json_slice::<Run>(doc.as_bytes()).expect("valid");
    let decoding = ALLOC.peak_usage().saturating_sub(base);
    drop(run);
    assert!(
        checking * 50 < decoding,
        "checking peaked at {checking} bytes, decoding at {decoding}"
    );
    assert!(
        checking < doc.len() / 20,
        "checking peaked at {checking} bytes for {} bytes of input",
        doc.len()
    );
}
