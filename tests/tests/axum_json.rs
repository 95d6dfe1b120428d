//! The axum extractor and responder (issue 15, part 3), through
//! `tower::ServiceExt::oneshot`: no network.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::routing::post;
use axum::{Extension, Router};
use open_model::axum::Json;
use open_model::{open_model, Number, Options, Value};
use tower::ServiceExt;

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct Charge {
    #[open_model(minimum = 1)]
    pub amount: i64,
    #[open_model(min_length = 3, max_length = 3)]
    pub currency: String,
    pub exchange_rate: Option<Number>,
}

async fn echo(Json(charge): Json<Charge>) -> Json<Charge> {
    Json(charge)
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    Open,
    #[open_model(other)]
    Other(String),
}

/// A value that would not read back as itself: the responder must refuse it.
async fn unwritable() -> Json<State> {
    Json(State::Other("Open".into()))
}

async fn written() -> Json<Value> {
    Json(Value::Number(Number::from_literal("1").unwrap()))
}

fn app() -> Router {
    Router::new()
        .route("/charges", post(echo))
        .route("/free", post(|Json(v): Json<Value>| async move { Json(v) }))
        .route("/ok", post(written))
        .route("/unwritable", post(unwritable))
        .layer(Extension(
            Options::default().with_max_depth(16).with_max_size(4096),
        ))
}

async fn send(
    path: &str,
    content_type: Option<&str>,
    body: impl Into<Body>,
) -> (StatusCode, String, Value) {
    let mut req = Request::post(path);
    if let Some(ct) = content_type {
        req = req.header(header::CONTENT_TYPE, ct);
    }
    let resp = app().oneshot(req.body(body.into()).unwrap()).await.unwrap();
    let status = resp.status();
    let ct = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX)
        .await
        .unwrap();
    let value = if bytes.is_empty() {
        Value::Null
    } else {
        open_model::from_json_slice(&bytes).unwrap()
    };
    (status, ct, value)
}

#[tokio::test]
async fn a_valid_body_round_trips_with_exact_numbers() {
    let body =
        r#"{"amount":500,"currency":"eur","exchangeRate":1.10000000000000000000000001,"memo":"x"}"#;
    let (status, ct, value) = send("/charges", Some("application/json"), body).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ct, "application/json");
    assert_eq!(open_model::to_json_string(&value).unwrap(), body);
}

#[tokio::test]
async fn a_body_that_breaks_the_rules_is_422_with_every_error() {
    let body = "{\"amount\": 0,\n \"currency\": \"euro\"}";
    let (status, ct, value) = send("/charges", Some("application/json; charset=utf-8"), body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(ct, "application/problem+json");
    assert_eq!(
        value.to_string(),
        r#"{"type":"about:blank","title":"Unprocessable Content","status":422,"detail":"the body does not match the model: 2 errors","errors":[{"pointer":"/amount","path":"amount","message":"must be a value greater than or equal to 1","line":1,"column":12},{"pointer":"/currency","path":"currency","message":"length must be less than or equal to 3","line":2,"column":14}]}"#
    );
}

#[tokio::test]
async fn malformed_json_is_400_in_the_same_shape() {
    let (status, ct, value) = send("/charges", Some("application/json"), "{\"amount\": 5,").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(ct, "application/problem+json");
    let errors = value.get("errors").and_then(Value::as_list).unwrap();
    assert_eq!(errors.len(), 1);
    assert!(errors[0]
        .get("message")
        .unwrap()
        .as_str()
        .unwrap()
        .starts_with("invalid JSON"));
    assert_eq!(errors[0].get("line"), Some(&Value::from(1)));
    let dup = send(
        "/charges",
        Some("application/json"),
        r#"{"amount":5,"amount":6,"currency":"eur"}"#,
    )
    .await;
    assert_eq!(dup.0, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_body_that_is_not_json_by_its_content_type_is_415() {
    for ct in [
        None,
        Some("text/plain"),
        Some("application/xml"),
        Some("application/jsonx"),
    ] {
        let (status, pct, value) = send("/charges", ct, r#"{"amount":5,"currency":"eur"}"#).await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{ct:?}");
        assert_eq!(pct, "application/problem+json");
        assert_eq!(value.get("errors"), Some(&Value::List(vec![])));
    }
    let (status, _, _) = send(
        "/charges",
        Some("application/merge-patch+json"),
        r#"{"amount":5,"currency":"eur"}"#,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn an_oversized_or_deeply_nested_body_is_refused() {
    let big = format!(
        r#"{{"amount":5,"currency":"eur","pad":"{}"}}"#,
        "x".repeat(5000)
    );
    let (status, _, value) = send("/charges", Some("application/json"), big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(value.get("status"), Some(&Value::from(413)));
    let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
    let (status, _, value) = send("/free", Some("application/json"), deep).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let message = value.get("errors").and_then(Value::as_list).unwrap()[0]
        .get("message")
        .unwrap()
        .clone();
    assert_eq!(message, Value::from("nesting deeper than the limit of 16"));
}

#[tokio::test]
async fn the_responder_writes_with_the_librarys_writer() {
    let (status, ct, value) = send("/ok", None, "").await;
    assert_eq!((status, ct.as_str()), (StatusCode::OK, "application/json"));
    assert_eq!(value, Value::Number(Number::from_literal("1").unwrap()));
    let (status, _, value) = send(
        "/free",
        Some("application/json"),
        r#"[1e400,-0.0,12345678901234567890123]"#,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        open_model::to_json_string(&value).unwrap(),
        "[1e400,-0.0,12345678901234567890123]"
    );
    let (status, ct, value) = send("/unwritable", None, "").await;
    assert_eq!(
        (status, ct.as_str()),
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            "application/problem+json"
        )
    );
    assert!(
        value
            .get("detail")
            .unwrap()
            .as_str()
            .unwrap()
            .contains("known value"),
        "{value}"
    );
}
