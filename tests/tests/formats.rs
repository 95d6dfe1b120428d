//! Formats: `format` is always a check, `format_annotation` never is
//! (issue 12, item 3), and the runtime checks exactly the shared table.

use open_model::{open_model, Format, OpenModel};

/// A run as the Gentrace spec writes its times.
#[open_model]
#[derive(Debug)]
pub struct Run {
    #[open_model(format_annotation = "datetime")]
    pub started_at: String,
    #[open_model(format = "date-time")]
    pub ended_at: Option<String>,
    #[open_model(format = "uri")]
    pub link: Option<String>,
    #[open_model(format = "byte")]
    pub blob: Option<String>,
}

#[test]
fn an_annotation_is_never_checked_and_says_so() {
    let run: Run =
        open_model_tests::decoded_and_checked_str(r#"{"started_at":"garbage"}"#).unwrap();
    assert_eq!(run.started_at, "garbage");
    let info = &Run::FIELDS[0];
    assert_eq!(info.format, Some("datetime"));
    assert!(!info.format_checked);
    assert!(Run::FIELDS[1].format_checked);
    let schema = open_model::schema_of::<Run>();
    assert_eq!(
        schema
            .get("properties")
            .and_then(|p| p.get("started_at"))
            .map(ToString::to_string),
        Some(r#"{"type":"string","format":"datetime"}"#.to_owned())
    );
}

#[test]
fn uri_and_byte_are_checked() {
    let ok =
        r#"{"started_at":"x","link":"https://example.com/a?b#c","blob":"U3dhZ2dlciByb2Nrcw=="}"#;
    open_model_tests::decoded_and_checked_str::<Run>(ok).unwrap();
    let bad = r#"{"started_at":"x","ended_at":"garbage","link":"not a uri","blob":"%%%"}"#;
    let report = open_model_tests::decoded_and_checked_str::<Run>(bad).unwrap_err();
    let lines: Vec<String> = report.errors().iter().map(|e| e.to_string()).collect();
    assert_eq!(
        lines,
        [
            "line 1 column 30: ended_at: value must conform to RFC-3339 date-time",
            "line 1 column 47: link: value must be a URI (RFC 3986)",
            "line 1 column 66: blob: value must be base64 (RFC 4648)",
        ]
    );
    // A relative reference is not a URI; unpadded base64 is not RFC 4648's.
    for bad in [r#""link":"/a/b""#, r#""blob":"U3dhZ2dlciByb2Nrcw""#] {
        let doc = format!(r#"{{"started_at":"x",{bad}}}"#);
        assert!(
            open_model_tests::decoded_and_checked_str::<Run>(&doc).is_err(),
            "{doc}"
        );
    }
}

#[test]
fn the_runtime_checks_exactly_the_shared_table() {
    let runtime = [
        Format::Uuid,
        Format::Date,
        Format::DateTime,
        Format::Email,
        Format::Hostname,
        Format::Ipv4,
        Format::Ipv6,
        Format::Uri,
        Format::Byte,
        Format::Int32,
        Format::Int64,
        Format::Float,
        Format::Double,
    ];
    let names: Vec<&str> = runtime.iter().map(|f| f.name()).collect();
    assert_eq!(names, open_model_internals::formats::checked_names());
    for (f, rule) in runtime.iter().zip(open_model_internals::formats::CHECKED) {
        assert_eq!(format!("{f:?}"), rule.variant);
    }
}

/// A record with both kinds of uuid field.
#[open_model]
#[derive(Debug)]
pub struct Ids {
    #[open_model(format = "uuid")]
    pub text: String,
    pub typed: Option<uuid::Uuid>,
}

#[test]
fn python_uuid_spellings_are_an_option_and_keep_the_text() {
    use open_model::{format::UuidSpellings, Options};
    let python = Options::default().with_uuid_spellings(UuidSpellings::Python);
    for spelling in [
        "1AA5DC15A37940F587934BCA9BFFC3F3",
        "1aa5dc15a37940f587934bca9bffc3f3",
        "{1aa5dc15-a379-40f5-8793-4bca9bffc3f3}",
        "urn:uuid:1aa5dc15-a379-40f5-8793-4bca9bffc3f3",
        "{urn:uuid:1AA5DC15A37940F587934BCA9BFFC3F3}",
    ] {
        let doc = format!(r#"{{"text":"{spelling}","typed":"{spelling}"}}"#);
        // The default is JSON Schema's hyphenated form only.
        let strict = open_model_tests::decoded_and_checked_str::<Ids>(&doc).unwrap_err();
        assert_eq!(strict.len(), 2, "{doc}");
        let ids: Ids = open_model::from_json_slice_with(doc.as_bytes(), &python)
            .unwrap_or_else(|e| panic!("{doc}: {e}"));
        assert_eq!(ids.text, spelling, "kept as written");
        assert_eq!(
            ids.typed.unwrap().to_string(),
            "1aa5dc15-a379-40f5-8793-4bca9bffc3f3"
        );
    }
    // Still refused: too short, not hex, and Python's own refusals.
    for bad in [
        "1aa5dc15a37940f587934bca9bffc3f",
        "1aa5dc15a37940f587934bca9bffc3fg",
        "URN:UUID:1aa5dc15a37940f587934bca9bffc3f3",
        "",
    ] {
        let doc = format!(r#"{{"text":"{bad}"}}"#);
        assert!(
            open_model::from_json_slice_with::<Ids>(doc.as_bytes(), &python).is_err(),
            "{bad}"
        );
    }
    // The option holds for the call it was given to, and no longer.
    let braces = r#"{"text":"{1aa5dc15-a379-40f5-8793-4bca9bffc3f3}"}"#;
    assert!(open_model_tests::decoded_and_checked_str::<Ids>(braces).is_err());
}

/// A status, with an example.
#[open_model(example_json = r#""open""#)]
#[derive(Debug)]
pub enum Status {
    Open,
    Closed,
}

/// A sha, with an example.
#[open_model(example_json = r#""ab12""#)]
#[derive(Debug)]
pub struct Sha(#[open_model(pattern = "^[0-9a-f]+$")] pub String);

/// A contact.
#[open_model(one_of, example_json = r#""id-1""#)]
#[derive(Debug)]
pub enum Contact {
    Id(String),
    Sha(Sha),
}

#[test]
fn example_json_is_in_every_kind_of_schema() {
    // Before: parsed, then dropped for enums, unions and aliases.
    for schema in [
        open_model::schema_of::<Status>(),
        open_model::schema_of::<Sha>(),
        open_model::schema_of::<Contact>(),
    ] {
        assert!(schema.get("example").is_some(), "{schema}");
    }
    assert_eq!(
        open_model::schema_of::<Sha>()
            .get("example")
            .map(ToString::to_string),
        Some(r#""ab12""#.to_owned())
    );
}
