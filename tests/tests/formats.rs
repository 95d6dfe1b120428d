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
    let run: Run = open_model::from_json_str(r#"{"started_at":"garbage"}"#).unwrap();
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
    open_model::from_json_str::<Run>(ok).unwrap();
    let bad = r#"{"started_at":"x","ended_at":"garbage","link":"not a uri","blob":"%%%"}"#;
    let report = open_model::from_json_str::<Run>(bad).unwrap_err();
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
        assert!(open_model::from_json_str::<Run>(&doc).is_err(), "{doc}");
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
