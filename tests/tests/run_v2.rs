//! RunV2 end to end: decode, access, validate, encode, and the same through
//! serde (JSON and CBOR).

use gentrace_models::{MetadataValueObject, RunV2, RunV2StepRun};
use open_model::{ErrorKind, Field, Number, OpenModel, Value};
use open_model_tests::same_document;

const EXAMPLE: &str = include_str!("../../examples/run_v2.json");

fn step_json(extra: &str) -> String {
    format!(
        r#"{{"stepRunId":"ddbafc7a-90e7-4cf2-8f79-68f8cd9561c1","stepId":"499f80cc-497c-4250-8136-3f58222a993d","providerName":"openai","invocation":"openai_createChatCompletion","order":0,"modelParams":{{"model":"gpt-4o","temperature":0.7}},"inputs":{{"messages":[{{"role":"user","content":"caf\u00e9 \"quoted\" 😀"}}]}},"outputs":{{"id":"chatcmpl-1"}},"elapsedTime":1234,"startTime":1700000000.123456,"endTime":1700000001.5,"cost":0.000123456789012345678901234567890{extra}}}"#
    )
}

fn run_json(step_extra: &str, run_extra: &str) -> String {
    format!(
        r#"{{"id":"1aa5dc15-a379-40f5-8793-4bca9bffc3f3","stepRuns":[{}]{run_extra}}}"#,
        step_json(step_extra)
    )
}

#[test]
fn realistic_payload_decodes_with_typed_access() {
    let run: RunV2 =
        open_model_tests::decoded_and_checked_str(EXAMPLE).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(run.id.to_string(), "1aa5dc15-a379-40f5-8793-4bca9bffc3f3");
    assert_eq!(run.step_runs.len(), 2);
    let step = &run.step_runs[1];
    assert_eq!(step.order, 1);
    assert_eq!(step.provider_name, "openai");
    assert!(step.error.is_null());
    let Field::Value(metadata) = &step.metadata else {
        panic!("metadata should be present")
    };
    match metadata.get("docs0") {
        Some(MetadataValueObject::Url(u)) => assert_eq!(u.url, "https://example.com/docs/1"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(metadata.get("flag1"), Some(MetadataValueObject::Boolean(b)) if b.value));
    assert_eq!(
        run.extra.keys().collect::<Vec<_>>(),
        ["parentRunId", "environment", "pipelineSlug"]
    );
}

#[test]
fn every_typed_field_is_reachable_by_wire_name() {
    let run: RunV2 = open_model_tests::decoded_and_checked_str(&run_json("", ""))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        run.get("id"),
        Some(Value::from("1aa5dc15-a379-40f5-8793-4bca9bffc3f3"))
    );
    assert_eq!(
        run.get("stepRuns").and_then(|v| v.as_list().map(Vec::len)),
        Some(1)
    );
    let step = &run.step_runs[0];
    let expect = [
        (
            "stepRunId",
            Value::from("ddbafc7a-90e7-4cf2-8f79-68f8cd9561c1"),
        ),
        (
            "stepId",
            Value::from("499f80cc-497c-4250-8136-3f58222a993d"),
        ),
        ("providerName", Value::from("openai")),
        ("invocation", Value::from("openai_createChatCompletion")),
        ("order", Value::from(0)),
        ("elapsedTime", Value::from(1234)),
    ];
    for (key, value) in expect {
        assert_eq!(step.get(key), Some(value), "{key}");
    }
    for key in ["modelParams", "inputs", "outputs"] {
        assert!(matches!(step.get(key), Some(Value::Dict(_))), "{key}");
    }
    assert_eq!(
        step.get("startTime").map(|v| v.to_string()),
        Some("1700000000.123456".into())
    );
    assert_eq!(
        step.get("cost").map(|v| v.to_string()),
        Some("0.000123456789012345678901234567890".into())
    );
    assert_eq!(step.get("metadata"), None, "absent optional field");
    assert_eq!(step.get("error"), None, "absent optional field");
    assert_eq!(RunV2StepRun::FIELDS.len(), 14);
    let start = RunV2StepRun::FIELDS
        .iter()
        .find(|f| f.wire_name == "startTime");
    // The float format lives on the `UnixSeconds` alias, as in the spec.
    assert_eq!(
        start.map(|f| (f.rust_name, f.required, f.rust_type)),
        Some(("start_time", true, "UnixSeconds"))
    );
    let error = RunV2StepRun::FIELDS.iter().find(|f| f.wire_name == "error");
    assert_eq!(error.map(|f| (f.required, f.nullable)), Some((false, true)));
    assert_eq!(
        RunV2::FIELDS[0].description,
        Some("The ID of the run"),
        "doc comments are descriptions"
    );
}

#[test]
fn unknown_keys_of_every_type_survive_exactly_at_both_levels() {
    let extras = r#","big":123456789012345678901234567890,"nine":9.0,"int":9,"tiny":1e-400,"neg":-0.0,"s":"a\nb\u0000","t":true,"n":null,"l":[1,2.50,{"k":[]}],"o":{"z":1,"a":2}"#;
    let json = run_json(extras, extras);
    let run: RunV2 =
        open_model_tests::decoded_and_checked_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(run.extra.len(), 10);
    assert_eq!(run.step_runs[0].extra.len(), 10);
    assert_eq!(
        run.extra.get("nine").map(ToString::to_string),
        Some("9.0".into())
    );
    assert_eq!(
        run.extra.get("int").map(ToString::to_string),
        Some("9".into())
    );
    let out = open_model::to_json_string(&run).unwrap_or_else(|e| panic!("{e}"));
    // Compact input in model order round-trips byte for byte.
    assert_eq!(out, json);
    let again: RunV2 =
        open_model_tests::decoded_and_checked_str(&out).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again, run);
}

#[test]
fn timestamps_and_costs_keep_full_precision() {
    let run: RunV2 = open_model_tests::decoded_and_checked_str(&run_json("", ""))
        .unwrap_or_else(|e| panic!("{e}"));
    let step = &run.step_runs[0];
    assert_eq!(step.start_time.to_string(), "1700000000.123456");
    // As f32 this timestamp would move by 49 seconds; it stays exact here.
    assert_eq!(step.start_time.as_f64(), Some(1_700_000_000.123_456));
    assert_eq!(step.cost.to_string(), "0.000123456789012345678901234567890");
    assert!(
        step.cost
            > "0.00012345678901234567890123456788"
                .parse::<Number>()
                .unwrap_or_else(|e| panic!("{e}"))
    );
}

#[test]
fn workload_shaped_document_round_trips_as_a_document() {
    let run: RunV2 =
        open_model_tests::decoded_and_checked_str(EXAMPLE).unwrap_or_else(|e| panic!("{e}"));
    let out = open_model::to_json_string(&run).unwrap_or_else(|e| panic!("{e}"));
    let before: Value =
        open_model_tests::decoded_and_checked_str(EXAMPLE).unwrap_or_else(|e| panic!("{e}"));
    let after: Value =
        open_model_tests::decoded_and_checked_str(&out).unwrap_or_else(|e| panic!("{e}"));
    assert!(same_document(&before, &after));
}

#[test]
fn several_faults_are_all_reported_with_paths_and_positions() {
    let json = r#"{
  "id": "not-a-uuid",
  "stepRuns": [
    {"stepRunId": "ddbafc7a-90e7-4cf2-8f79-68f8cd9561c1", "stepId": 7,
     "providerName": null, "invocation": "x", "order": 1.5,
     "modelParams": {}, "inputs": [], "outputs": {},
     "elapsedTime": 10, "startTime": 3.5e38, "endTime": 1,
     "metadata": {"a": {"type": "link"}, "b": {"type": "boolean", "value": "yes"}},
     "error": 5}
  ]
}"#;
    let report = open_model_tests::decoded_and_checked_str::<RunV2>(json).expect_err("invalid");
    let got: Vec<(String, String, usize, usize)> = report
        .errors()
        .iter()
        .map(|e| {
            let p = e
                .position()
                .unwrap_or_else(|| panic!("{e} has no position"));
            (e.path().to_string(), e.message(), p.line, p.column)
        })
        .collect();
    let expected = [
        ("id", "value must be a uuid", 2, 9),
        // In document order: the missing key is placed at its object's start.
        ("stepRuns[0]", "missing required key 'cost'", 4, 5),
        (
            "stepRuns[0].stepId",
            "expected a string, found a number",
            4,
            69,
        ),
        (
            "stepRuns[0].providerName",
            "null is not allowed here",
            5,
            22,
        ),
        ("stepRuns[0].order", "value must be an integer", 5, 56),
        (
            "stepRuns[0].inputs",
            "expected an object, found an array",
            6,
            35,
        ),
        (
            "stepRuns[0].startTime",
            "value must be a 32 bit float",
            7,
            38,
        ),
        (
            "stepRuns[0].metadata.a.type",
            "unknown 'type' value 'link'; expected one of 'url', 'string', 'boolean'",
            8,
            33,
        ),
        (
            "stepRuns[0].metadata.b.value",
            "expected a boolean, found a string",
            8,
            76,
        ),
        (
            "stepRuns[0].error",
            "expected a string, found a number",
            9,
            15,
        ),
    ];
    let expected: Vec<(String, String, usize, usize)> = expected
        .iter()
        .map(|(p, m, l, c)| (p.to_string(), m.to_string(), *l, *c))
        .collect();
    assert_eq!(got, expected);
    assert_eq!(report.errors()[2].path().to_pointer(), "/stepRuns/0/stepId");
}

#[test]
fn absent_and_null_stay_different() {
    let with_null = run_json(r#","metadata":null,"error":null"#, "");
    let absent = run_json("", "");
    let a: RunV2 =
        open_model_tests::decoded_and_checked_str(&with_null).unwrap_or_else(|e| panic!("{e}"));
    let b: RunV2 =
        open_model_tests::decoded_and_checked_str(&absent).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(a.step_runs[0].error, Field::Null);
    assert_eq!(a.step_runs[0].metadata, Field::Null);
    assert_eq!(b.step_runs[0].error, Field::Absent);
    // Compact input comes back byte for byte (free-form maps are copied,
    // escapes as written).
    assert_eq!(open_model::to_json_string(&a).ok(), Some(with_null));
    assert_eq!(open_model::to_json_string(&b).ok(), Some(absent));
    assert_eq!(a.step_runs[0].get("error"), Some(Value::Null));
    assert_eq!(b.step_runs[0].get("error"), None);
}

#[test]
fn the_same_model_decodes_from_cbor_and_serde_json() {
    let json = run_json(
        r#","big":123456789012345678901234567890,"nine":9.0,"raw":"x""#,
        r#","k":[1,2]"#,
    );
    let run: RunV2 =
        open_model_tests::decoded_and_checked_str(&json).unwrap_or_else(|e| panic!("{e}"));

    let mut cbor = Vec::new();
    ciborium::into_writer(&run, &mut cbor).unwrap_or_else(|e| panic!("{e}"));
    let back: RunV2 = ciborium::from_reader(cbor.as_slice()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, run);
    // The same value written: `run` copies its free-form maps as they came
    // (`caf\u00e9`), `back` was built from CBOR and writes `café`.
    let written = |r: &RunV2| open_model::to_json_string(r).unwrap_or_else(|e| panic!("{e}"));
    let (from_back, from_run) = (written(&back), written(&run));
    assert_eq!(from_run, json);
    assert_eq!(from_back, json.replace("\\u00e9", "é"));
    let reread: RunV2 =
        open_model_tests::decoded_and_checked_str(&from_back).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(reread, run);

    // serde_json carries the 33-digit cost exactly both ways (its raw
    // values), without `arbitrary_precision`.
    let through_serde_json = serde_json::to_string(&run).unwrap_or_else(|e| panic!("{e}"));
    // (serde serialises the entries, as our writer does for built maps.)
    assert_eq!(through_serde_json, from_back);
    let back: RunV2 = serde_json::from_str(&through_serde_json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, run);
    // With numbers f64 holds, serde_json works both ways and reports every error.
    let plain = json
        .replace("0.000123456789012345678901234567890", "0.25")
        .replace(",\"big\":123456789012345678901234567890", "");
    let run: RunV2 = serde_json::from_str(&plain).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        serde_json::to_string(&run).ok(),
        Some(plain.replace("\\u00e9", "é"))
    );
    let bad = plain
        .replace("\"order\":0", "\"order\":\"zero\"")
        .replace("\"id\":\"1aa5", "\"id\":\"xaa5");
    let err = serde_json::from_str::<RunV2>(&bad)
        .expect_err("invalid")
        .to_string();
    assert!(err.contains("id: value must be a uuid"), "{err}");
    assert!(
        err.contains("stepRuns[0].order: expected an integer, found a string"),
        "{err}"
    );
}

#[test]
fn bytes_stay_bytes_through_cbor() {
    let mut run: RunV2 = open_model_tests::decoded_and_checked_str(&run_json("", ""))
        .unwrap_or_else(|e| panic!("{e}"));
    run.insert_extra("blob", vec![0u8, 159, 255])
        .unwrap_or_else(|e| panic!("{e}"));
    let mut cbor = Vec::new();
    ciborium::into_writer(&run, &mut cbor).unwrap_or_else(|e| panic!("{e}"));
    let back: RunV2 = ciborium::from_reader(cbor.as_slice()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        back.extra.get("blob"),
        Some(&Value::Bytes(vec![0, 159, 255]))
    );
    let err = open_model::to_json_string(&back).expect_err("JSON has no bytes");
    assert!(err.to_string().contains("bytes have no JSON form"));
}

#[test]
fn extras_cannot_shadow_typed_keys() {
    let mut run: RunV2 = open_model_tests::decoded_and_checked_str(&run_json("", ""))
        .unwrap_or_else(|e| panic!("{e}"));
    let err = run
        .insert_extra("stepRuns", Value::Null)
        .expect_err("typed key");
    assert_eq!(err.key, "stepRuns");
    assert_eq!(run.insert_extra("note", "hi").ok(), Some(None));
    assert_eq!(run.get("note"), Some(Value::from("hi")));
}

#[test]
fn constructor_requires_and_validates() {
    let id = "1AA5DC15-A379-40F5-8793-4BCA9BFFC3F3".to_owned();
    let run = RunV2::new(id.clone(), Vec::new()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        open_model::to_json_string(&run).ok(),
        Some(format!(r#"{{"id":"{id}","stepRuns":[]}}"#))
    );

    let step: RunV2StepRun =
        open_model_tests::decoded_and_checked_str(&step_json("")).unwrap_or_else(|e| panic!("{e}"));
    let mut bad = step.clone();
    bad.start_time = gentrace_models::UnixSeconds("1e39".parse().unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(
        RunV2::new("nope".into(), Vec::new()).map_err(|r| r.to_string()),
        Err("id: value must be a uuid".into())
    );
    let report = RunV2::new(id, vec![step, bad]).expect_err("startTime out of float range");
    assert_eq!(
        report.errors()[0].to_string(),
        "stepRuns[1].startTime: value must be a 32 bit float"
    );
}

#[test]
fn validate_checks_values_changed_in_code() {
    let mut run: RunV2 = open_model_tests::decoded_and_checked_str(&run_json("", ""))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(run.validate().is_ok());
    run.step_runs[0].end_time =
        gentrace_models::UnixSeconds("-4e38".parse().unwrap_or_else(|e| panic!("{e}")));
    let report = run.validate().expect_err("endTime out of range");
    assert_eq!(
        report.errors()[0].path().to_pointer(),
        "/stepRuns/0/endTime"
    );
}

#[test]
fn model_and_value_convert_both_ways() {
    let run: RunV2 =
        open_model_tests::decoded_and_checked_str(EXAMPLE).unwrap_or_else(|e| panic!("{e}"));
    let value = run.to_value();
    assert_eq!(
        value.get("id").and_then(Value::as_str),
        Some("1aa5dc15-a379-40f5-8793-4bca9bffc3f3")
    );
    let back = RunV2::from_value(value.clone()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, run);
    let mut broken = value;
    if let Some(m) = broken.as_dict_mut() {
        m.insert("stepRuns".into(), Value::from("none"));
    }
    let report = RunV2::try_from(broken).expect_err("stepRuns is a string");
    assert_eq!(
        report.errors()[0].to_string(),
        "stepRuns: expected an array, found a string"
    );
}

#[test]
fn duplicate_keys_are_refused() {
    let json = run_json("", r#","id":"1aa5dc15-a379-40f5-8793-4bca9bffc3f3""#);
    let report = open_model_tests::decoded_and_checked_str::<RunV2>(&json).expect_err("id twice");
    assert!(matches!(report.errors()[0].kind(), ErrorKind::DuplicateKey(k) if k == "id"));
    let json = run_json("", r#","x":1,"x":2"#);
    let report = open_model_tests::decoded_and_checked_str::<RunV2>(&json).expect_err("x twice");
    assert_eq!(
        report.errors()[0].to_string().split(": ").last(),
        Some("duplicate key 'x'")
    );
}

#[test]
fn union_tag_may_come_after_other_keys() {
    let meta = r#","metadata":{"m":{"text":"t","url":"https://x","type":"url","k":1}}"#;
    let json = run_json(meta, "");
    let run: RunV2 =
        open_model_tests::decoded_and_checked_str(&json).unwrap_or_else(|e| panic!("{e}"));
    let Field::Value(m) = &run.step_runs[0].metadata else {
        panic!()
    };
    match m.get("m") {
        Some(MetadataValueObject::Url(u)) => {
            assert_eq!(u.text, "t");
            assert_eq!(u.extra.get("k"), Some(&Value::from(1)));
        }
        other => panic!("{other:?}"),
    }
    // Through serde too (the union buffers its own object there).
    let cbor = {
        let mut v = Vec::new();
        ciborium::into_writer(&run, &mut v).unwrap_or_else(|e| panic!("{e}"));
        v
    };
    let back: RunV2 = ciborium::from_reader(cbor.as_slice()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, run);
    let missing = run_json(r#","metadata":{"m":{"value":"v"}}"#, "");
    let report = open_model_tests::decoded_and_checked_str::<RunV2>(&missing).expect_err("no type");
    assert_eq!(report.errors()[0].message(), "missing required key 'type'");
    assert_eq!(
        report.errors()[0].path().to_string(),
        "stepRuns[0].metadata.m"
    );
}
