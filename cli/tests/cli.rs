//! The `open-model` binary, run as a user runs it.

// Test helpers assert by panicking.
#![allow(clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    run_bin(env!("CARGO_BIN_EXE_open-model"), args, stdin)
}

fn run_bin(bin: &str, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(bin)
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut pipe = child.stdin.take().expect("stdin");
    if let Some(bytes) = stdin {
        // A command that does not read its input may exit first: a broken
        // pipe is then no failure of the test.
        if let Err(e) = pipe.write_all(bytes) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
        }
    }
    drop(pipe);
    child.wait_with_output().expect("output")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_valid_document() {
    let out = run(&["check", "--model", "RunV2", "examples/run_v2.json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "");
    assert!(text(&out.stderr).starts_with("1 documents, 1 valid, 0 invalid, 0 errors"));
}

#[test]
fn ndjson_with_invalid_documents_reports_every_error_in_order() {
    let out = run(&["check", "--model", "runv2", "examples/runs.ndjson"], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        "examples/runs.ndjson:42:29: id: value must be a uuid\n\
         examples/runs.ndjson:137:440: stepRuns[0].order: expected an integer, found a string\n\
         examples/runs.ndjson:137:1609: stepRuns[0].endTime: value must be a 32 bit float\n\
         examples/runs.ndjson:250:174: stepRuns[0]: missing required key 'cost'\n"
    );
    assert!(text(&out.stderr).starts_with("300 documents, 297 valid, 3 invalid, 4 errors"));
}

#[test]
fn json_output_for_machines() {
    let out = run(
        &["check", "--model", "RunV2", "--format", "json", "-"],
        Some(include_bytes!("../../examples/runs.ndjson")),
    );
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<String> = text(&out.stdout).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 300);
    assert!(lines[0].starts_with(r#"{"file":"-","document":1,"line":1,"valid":true,"errors":[]}"#));
    assert_eq!(
        lines[41],
        r#"{"file":"-","document":42,"line":42,"valid":false,"errors":[{"pointer":"/id","path":"id","message":"value must be a uuid","line":42,"column":29}]}"#
    );
}

#[test]
fn json_output_gives_each_variants_errors() {
    let out = run(
        &[
            "check",
            "--model",
            "SearchableStringInput",
            "--format",
            "json",
            "-",
        ],
        Some(b"{\"contains\": 5}"),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout).trim_end(),
        r#"{"file":"-","document":1,"line":1,"valid":false,"errors":[{"pointer":"","path":"","message":"value matches none of the variants: String: expected a string, found an object; Object: contains: expected a string, found a number","line":1,"column":1,"variants":[{"variant":"String","errors":[{"pointer":"","path":"","message":"expected a string, found an object","line":1,"column":1}]},{"variant":"Object","errors":[{"pointer":"/contains","path":"contains","message":"expected a string, found a number","line":1,"column":14}]}]}]}"#
    );
}

#[test]
fn python_uuid_spellings_on_request() {
    let doc = include_str!("../../examples/run_v2.json").replacen(
        "\"id\": \"1aa5dc15-a379-40f5-8793-4bca9bffc3f3\"",
        "\"id\": \"{1AA5DC15A37940F587934BCA9BFFC3F3}\"",
        1,
    );
    assert!(doc.contains("{1AA5DC15"), "the example's id changed");
    let strict = run(&["check", "--model", "RunV2", "-"], Some(doc.as_bytes()));
    assert_eq!(strict.status.code(), Some(1));
    assert!(text(&strict.stdout).contains("id: value must be a uuid"));
    let python = run(
        &["check", "--model", "RunV2", "--uuids", "python", "-"],
        Some(doc.as_bytes()),
    );
    assert_eq!(python.status.code(), Some(0), "{}", text(&python.stdout));
    let formatted = run(
        &["fmt", "--model", "RunV2", "--uuids", "python", "-"],
        Some(doc.as_bytes()),
    );
    assert_eq!(formatted.status.code(), Some(0));
    assert!(text(&formatted.stdout).contains("\"id\":\"{1AA5DC15A37940F587934BCA9BFFC3F3}\""));
}

#[test]
fn empty_input() {
    let out = run(&["check", "--model", "RunV2"], Some(b""));
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stderr).starts_with("0 documents"));
}

#[test]
fn a_huge_line() {
    let big = "x".repeat(20 << 20);
    let doc =
        format!(r#"{{"id":"1aa5dc15-a379-40f5-8793-4bca9bffc3f3","stepRuns":[],"blob":"{big}"}}"#);
    let ndjson = format!("{doc}\n{doc}\n");
    let out = run(&["check", "--model", "RunV2"], Some(ndjson.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).starts_with("2 documents, 2 valid"));
}

#[test]
fn input_that_is_not_json() {
    let out = run(
        &["check", "--model", "RunV2"],
        Some(b"{\"id\": \"\xff\xfe\"}"),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stdout).starts_with("-:1:"),
        "{}",
        text(&out.stdout)
    );
    let out = run(&["check", "--model", "RunV2"], Some(b"{\"id\": 1,"));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stdout).contains("invalid JSON"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn a_missing_file_and_an_unknown_model() {
    let out = run(&["check", "--model", "RunV2", "no/such/file.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).starts_with("open-model: cannot read no/such/file.json:"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["check", "--model", "RunV3", "examples/run_v2.json"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("open-model: unknown model 'RunV3'; known models: UnixSeconds,"),
        "{err}"
    );
    assert!(err.contains("RunV2"));
}

#[test]
fn usage_errors_exit_2() {
    let out = run(&["check"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--model"));
}

#[test]
fn schema_of_one_model_and_of_all() {
    let out = run(&["schema", "--model", "runv2"], None);
    assert_eq!(out.status.code(), Some(0));
    let expected = open_model::to_json_string(&open_model::schema_of::<gentrace_models::RunV2>())
        .expect("JSON");
    assert_eq!(text(&out.stdout), format!("{expected}\n"));
    let out = run(&["schema", "--all"], None);
    let doc: open_model::Value = open_model::from_json_slice(&out.stdout).expect("JSON");
    let schemas = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(open_model::Value::as_dict)
        .expect("schemas");
    assert_eq!(schemas.len(), 46);
}

#[test]
fn models_lists_every_model() {
    let out = run(&["models"], None);
    let listing = text(&out.stdout);
    assert_eq!(listing.lines().count(), 46);
    assert!(listing
        .lines()
        .any(|l| l.starts_with("UnixSeconds") && l.contains("Timestamp in seconds")));
}

#[test]
fn fmt_writes_keys_in_model_order_with_exact_numbers() {
    let input = br#"{"stepRuns": [], "zeta": 1.50, "id": "1AA5DC15-A379-40F5-8793-4BCA9BFFC3F3"}"#;
    let out = run(&["fmt", "--model", "RunV2"], Some(input));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "{\"id\":\"1AA5DC15-A379-40F5-8793-4BCA9BFFC3F3\",\"stepRuns\":[],\"zeta\":1.50}\n"
    );
    let out = run(
        &["fmt", "--model", "RunV2"],
        Some(br#"{"id": 5, "stepRuns": []}"#),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "-:1:8: id: expected a string, found a number\n"
    );
}

#[test]
fn help_names_every_command() {
    let out = run(&["--help"], None);
    let help = text(&out.stdout);
    for cmd in ["check", "schema", "models", "fmt", "generate"] {
        assert!(help.contains(cmd), "{help}");
    }
    let out = run(&["check", "--help"], None);
    assert!(text(&out.stdout).contains("NDJSON"));
}

#[test]
fn generate_reproduces_the_checked_in_models_byte_for_byte() {
    let rustfmt = Command::new("rustfmt").arg("--version").output();
    if !rustfmt.is_ok_and(|o| o.status.success()) {
        // Without rustfmt the output is prettyplease's; tests/tests/generated.rs
        // still compares it with the models crate, token for token.
        eprintln!("rustfmt not found: byte comparison skipped");
        return;
    }
    let out = run(
        &[
            "generate",
            "--components-only",
            "spec/gentrace-openapi.yaml",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let checked_in = include_str!("../../models/src/generated.rs");
    assert!(
        text(&out.stdout) == checked_in,
        "models/src/generated.rs is stale: run `open-model generate --components-only spec/gentrace-openapi.yaml --out models/src/generated.rs`"
    );
}

#[test]
fn generate_writes_a_file_and_reports_what_it_cannot_express() {
    let dir = std::env::temp_dir().join(format!("open-model-generate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let spec = dir.join("spec.json");
    let out_file = dir.join("models.rs");
    std::fs::write(
        &spec,
        r#"{"components": {"schemas": {"Pet": {"type": "object", "required": ["id"],
            "properties": {"id": {"type": "integer"}, "tags": {"type": "array", "items": {"type": "string", "minLength": 1}}}}}}}"#,
    )
    .expect("write spec");
    let args = [
        "generate",
        spec.to_str().expect("utf-8 path"),
        "--out",
        out_file.to_str().expect("utf-8 path"),
    ];
    let out = run(&args, None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let source = std::fs::read_to_string(&out_file).expect("written");
    assert!(source.contains("pub struct Pet {"), "{source}");
    assert!(
        source.contains("pub tags: Option<Vec<PetTag>>,"),
        "{source}"
    );
    assert!(
        source.contains("pub struct PetTag(#[open_model(min_length = 1)] pub String);"),
        "{source}"
    );

    std::fs::write(
        &spec,
        r##"{"components": {"schemas": {"Pet": {"type": "object",
            "properties": {"id": {"type": ["integer", "null"]}, "owner": {"$ref": "#/components/schemas/Owner"}}}}}}"##,
    )
    .expect("write spec");
    std::fs::remove_file(&out_file).expect("remove");
    let out = run(&args, None);
    assert_eq!(out.status.code(), Some(1));
    let spec_name = spec.display().to_string();
    assert_eq!(
        text(&out.stderr),
        format!(
            "{spec_name}: #/components/schemas/Pet/properties/id/type: a list of types is not OpenAPI 3.0; use `nullable` or `oneOf`\n\
             {spec_name}: #/components/schemas/Pet/properties/owner/$ref: `#/components/schemas/Owner` names no component schema\n\
             open-model: 2 construct(s) cannot be generated; nothing written\n"
        )
    );
    assert!(!out_file.exists());

    std::fs::write(&spec, "components: [").expect("write spec");
    let out = run(&args, None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not valid YAML"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn generate_warns_and_writes_and_strict_refuses() {
    let spec = "codegen/tests/cases/ref-siblings.yaml";
    let out = run(&["generate", spec], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("pub struct Post {"));
    let err = text(&out.stderr);
    assert!(
        err.contains(
            "#/components/schemas/Post/properties/author/type: `type` beside `$ref` is ignored"
        ),
        "{err}"
    );
    assert!(err.contains("3 warning(s), each named above"), "{err}");
    let strict = run(&["generate", "--strict", spec], None);
    assert_eq!(strict.status.code(), Some(1));
    assert!(strict.stdout.is_empty());
}

#[test]
fn generate_split_writes_one_module_per_component() {
    let dir = std::env::temp_dir().join(format!("open-model-split-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = run(
        &[
            "generate",
            "tests/data/specs-real/oai-petstore-expanded.yaml",
            "--split",
            dir.to_str().expect("utf-8 path"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let root = std::fs::read_to_string(dir.join("mod.rs")).expect("mod.rs");
    for m in ["pet", "new_pet", "error"] {
        assert!(root.contains(&format!("mod {m};")), "{root}");
        let module = std::fs::read_to_string(dir.join(format!("{m}.rs"))).expect("module");
        assert!(module.contains("use super::*;"), "{module}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A user's own registry gets the same tool: `open-model-pets` is two
/// models and `open_model_cli::run(MODELS)`.
#[test]
fn the_tool_runs_over_a_users_own_registry() {
    let pets = env!("CARGO_BIN_EXE_open-model-pets");
    let out = run_bin(pets, &["models"], None);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Pet        A pet of the store.\nPetStatus  Where a pet stands.\n"
    );
    let out = run_bin(
        pets,
        &["check", "--model", "pet", "--format", "json"],
        Some(br#"{"name":"","status":"lost"}"#),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "{\"file\":\"-\",\"document\":1,\"line\":1,\"valid\":false,\"errors\":[{\"pointer\":\"/name\",\"path\":\"name\",\"message\":\"length must be greater than or equal to 1\",\"line\":1,\"column\":9},{\"pointer\":\"/status\",\"path\":\"status\",\"message\":\"unknown value 'lost'; expected one of 'available', 'sold'\",\"line\":1,\"column\":21}]}\n"
    );
    let out = run_bin(pets, &["schema", "--all"], None);
    let schemas = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        schemas.starts_with("{\"components\":{\"schemas\":{\"PetStatus\":"),
        "{schemas}"
    );
    assert!(
        schemas.contains("\"Pet\":{\"type\":\"object\""),
        "{schemas}"
    );
    let out = run_bin(
        pets,
        &["fmt", "--model", "Pet"],
        Some(br#"{ "status": "sold", "name": "Rex" }"#),
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "{\"name\":\"Rex\",\"status\":\"sold\"}\n"
    );
    let out = run_bin(pets, &["check", "--model", "RunV2"], Some(b"{}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("known models: Pet, PetStatus"));
}
