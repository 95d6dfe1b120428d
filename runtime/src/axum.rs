//! An [axum](https://docs.rs/axum) extractor and responder (feature
//! `axum`): [`Json<T>`] reads a request body with this crate's own reader
//! (exact numbers, every error with its path, line and column, the limits
//! of [`Options`]) and writes a response with its own writer.
//!
//! A body that is not right is answered with an `application/problem+json`
//! body (RFC 9457) whose `errors` array holds each error in the shape the
//! CLI's `--format json` writes (`pointer`, `path`, `message`, `line`,
//! `column`):
//!
//! | request | status |
//! |---|---|
//! | a document that breaks the model's rules | 422 Unprocessable Content |
//! | malformed JSON, a key twice in an object, nesting past the depth limit | 400 Bad Request |
//! | a `Content-Type` that is not JSON (`application/json`, `application/*+json`) | 415 Unsupported Media Type |
//! | a body past [`Options::max_size`] or axum's body limit | 413 Payload Too Large |
//!
//! The limits are [`Options::default()`], or an `Options` put in the
//! request's extensions (`.layer(axum::Extension(options))`).
//!
//! ```
//! use axum::{routing::post, Router};
//! use open_model::{axum::Json, open_model, Options};
//!
//! #[open_model]
//! #[derive(Debug, Clone)]
//! pub struct Charge {
//!     #[open_model(minimum = 1)]
//!     pub amount: i64,
//!     pub currency: String,
//! }
//!
//! async fn create(Json(charge): Json<Charge>) -> Json<Charge> {
//!     Json(charge)
//! }
//!
//! let app: Router = Router::new()
//!     .route("/charges", post(create))
//!     .layer(axum::Extension(Options::default().with_max_depth(32)));
//! ```
//!
//! Other frameworks get the same body in a few lines: [`Report`] implements
//! `Serialize` as the `errors` array, and [`problem_json`] writes the whole
//! problem document.

use crate::{Decode, Encode, Map, Options, Report, Value};
use ::axum::body::Bytes;
use ::axum::extract::{FromRequest, Request};
use ::axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use ::axum::response::{IntoResponse, Response};

/// A JSON body decoded into, or a response encoded from, an open model (or
/// any type this crate decodes): the extractor and responder of this module.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Json<T>(pub T);

impl<T> std::ops::Deref for Json<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> std::ops::DerefMut for Json<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<T> From<T> for Json<T> {
    fn from(inner: T) -> Self {
        Json(inner)
    }
}

/// Why a request's body was refused: the status and the problem document.
/// Its response is `application/problem+json`.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonRejection {
    status: StatusCode,
    detail: String,
    report: Option<Report>,
}

impl JsonRejection {
    /// The status the response has.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The errors of the document, when it was read.
    pub fn report(&self) -> Option<&Report> {
        self.report.as_ref()
    }

    fn new(status: StatusCode, detail: impl Into<String>) -> JsonRejection {
        JsonRejection {
            status,
            detail: detail.into(),
            report: None,
        }
    }

    /// The refusal of a document the reader read: 400 when it was not a
    /// document the reader accepts, 422 when it breaks the model's rules.
    fn of_report(report: Report) -> JsonRejection {
        let (status, what) = if report.is_malformed() {
            (
                StatusCode::BAD_REQUEST,
                "the body is not a JSON document this server reads",
            )
        } else {
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                "the body does not match the model",
            )
        };
        let n = report.len();
        JsonRejection {
            status,
            detail: format!("{what}: {n} error{}", if n == 1 { "" } else { "s" }),
            report: Some(report),
        }
    }
}

impl std::fmt::Display for JsonRejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.detail)?;
        if let Some(report) = &self.report {
            write!(f, "\n{report}")?;
        }
        Ok(())
    }
}

impl std::error::Error for JsonRejection {}

/// An RFC 9457 problem document: `type` `about:blank`, `title` (the
/// status's reason), `status`, `detail`, and `errors` (each error in the
/// shape of [`Error::to_json_value`](crate::Error::to_json_value); empty
/// when there is no document to speak of).
///
/// ```
/// let report = open_model::from_json_str::<Vec<i64>>("[true]").unwrap_err();
/// let body = open_model::axum::problem_json(422, "the body does not match the model", Some(&report));
/// assert_eq!(
///     body.to_string(),
///     r#"{"type":"about:blank","title":"Unprocessable Content","status":422,"detail":"the body does not match the model","errors":[{"pointer":"/0","path":"[0]","message":"expected an integer, found a boolean","line":1,"column":2}]}"#
/// );
/// ```
pub fn problem_json(status: u16, detail: &str, report: Option<&Report>) -> Value {
    let title = match status {
        422 => "Unprocessable Content",
        413 => "Content Too Large",
        _ => StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("Error"),
    };
    let mut m = Map::new();
    m.insert("type".into(), Value::from("about:blank"));
    m.insert("title".into(), Value::from(title));
    m.insert("status".into(), Value::from(status));
    m.insert("detail".into(), Value::from(detail));
    let errors = report.map_or(Value::List(Vec::new()), |r| r.to_json_value(1));
    m.insert("errors".into(), errors);
    Value::Dict(m)
}

fn problem_response(status: StatusCode, detail: &str, report: Option<&Report>) -> Response {
    let body = problem_json(status.as_u16(), detail, report);
    // A problem document of strings and small numbers always encodes.
    let bytes = crate::to_json_vec(&body).unwrap_or_default();
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        )],
        bytes,
    )
        .into_response()
}

impl IntoResponse for JsonRejection {
    fn into_response(self) -> Response {
        problem_response(self.status, &self.detail, self.report.as_ref())
    }
}

/// `application/json`, or any `application/*+json`, parameters allowed.
fn is_json_content_type(headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or("").trim();
    let Some((kind, subtype)) = essence.split_once('/') else {
        return false;
    };
    kind.eq_ignore_ascii_case("application")
        && (subtype.eq_ignore_ascii_case("json")
            || subtype
                .rsplit_once('+')
                .is_some_and(|(_, suffix)| suffix.eq_ignore_ascii_case("json")))
}

impl<T: Decode, S: Send + Sync> FromRequest<S> for Json<T> {
    type Rejection = JsonRejection;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json_content_type(req.headers()) {
            return Err(JsonRejection::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "expected a request with `Content-Type: application/json`",
            ));
        }
        let options = req
            .extensions()
            .get::<Options>()
            .cloned()
            .unwrap_or_default();
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|e| JsonRejection::new(e.status(), e.body_text()))?;
        if let Some(max) = options.max_size.filter(|max| bytes.len() > *max) {
            return Err(JsonRejection::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the body is {} bytes, past the limit of {max}", bytes.len()),
            ));
        }
        crate::from_json_slice_with(&bytes, &options)
            .map(Json)
            .map_err(JsonRejection::of_report)
    }
}

/// Writes the value with this crate's writer (numbers exactly as held);
/// a value that cannot be written (see [`crate::EncodeError`]) is a 500
/// problem document, never a partial body.
impl<T: Encode> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        match crate::to_json_vec(&self.0) {
            Ok(bytes) => (
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/json"),
                )],
                bytes,
            )
                .into_response(),
            Err(e) => problem_response(
                StatusCode::INTERNAL_SERVER_ERROR,
                &format!("the response cannot be written: {e}"),
                None,
            ),
        }
    }
}
