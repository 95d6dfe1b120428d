//! Shared helpers of the behaviour tests.

use open_model::Value;

/// Compares two values as JSON documents: object key order ignored, numbers
/// compared exactly by value and literal.
pub fn same_document(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Dict(x), Value::Dict(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_document(v, w)))
        }
        (Value::List(x), Value::List(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same_document(v, w))
        }
        (Value::Number(x), Value::Number(y)) => x.is_identical(y),
        (x, y) => x == y,
    }
}

/// Decodes `json` as `T` and checks it with `check_json_slice`, and
/// asserts that both give the same verdict and the same report (every
/// message, path, line and column); returns the decode's result.
pub fn decoded_and_checked<T: open_model::Decode>(json: &[u8]) -> Result<T, open_model::Report> {
    let decoded = open_model::from_json_slice::<T>(json);
    let checked = open_model::check_json_slice::<T>(json);
    match (&decoded, &checked) {
        (Ok(_), Ok(())) => {}
        (Err(d), Err(c)) if d == c => {}
        _ => panic!(
            "check_json_slice::<{}> differs from from_json_slice on {:?}\ndecode: {:?}\ncheck:  {:?}",
            std::any::type_name::<T>(),
            String::from_utf8_lossy(&json[..json.len().min(300)]),
            decoded.as_ref().err(),
            checked.err(),
        ),
    }
    decoded
}

/// [`decoded_and_checked`] of a string, in the shape of `from_json_str`.
pub fn decoded_and_checked_str<T: open_model::Decode>(json: &str) -> Result<T, open_model::Report> {
    decoded_and_checked(json.as_bytes())
}

/// The errors of [`decoded_and_checked_str`], each as its `Display` (its
/// position and path, then the message); empty when `json` decodes.
pub fn errors_of<T: open_model::Decode>(json: &str) -> Vec<String> {
    match decoded_and_checked_str::<T>(json) {
        Ok(_) => Vec::new(),
        Err(r) => r.errors().iter().map(ToString::to_string).collect(),
    }
}

/// The source the generator writes from `T`'s own components (its schema
/// and those it references), read as an OpenAPI 3.1 document: how a test
/// holds that an option's schema reads back as the same option.
pub fn generated_from_schema_of<T: open_model::schema::Schema + ?Sized>() -> String {
    let Ok(Value::Dict(mut doc)) = open_model::components_of::<T>() else {
        panic!("components_of gives a dict");
    };
    doc.insert("openapi".to_owned(), Value::from("3.1.0"));
    let text = open_model::to_json_string(&Value::Dict(doc)).expect("a document");
    open_model_codegen::generate(&text, &Default::default())
        .expect("the generator reads its own schema")
        .source
}

/// The README's Rust examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// decode(encode(x)) == x through our JSON, serde_json, CBOR and `Value`;
/// the error says which path lost what.
pub fn round_trips_everywhere<T>(x: &T) -> Result<(), String>
where
    T: open_model::Decode
        + open_model::Encode
        + serde::Serialize
        + serde::de::DeserializeOwned
        + Clone
        + Into<Value>
        + TryFrom<Value, Error = open_model::Report>
        + std::fmt::Debug
        + PartialEq,
{
    let same = |back: T, path: &str, text: &str| {
        if &back == x {
            Ok(())
        } else {
            Err(format!("{path}: {back:?} != {x:?} (written: {text})"))
        }
    };
    let json = open_model::to_json_string(x).map_err(|e| e.to_string())?;
    same(
        open_model::from_json_str(&json).map_err(|e| e.to_string())?,
        "our JSON",
        &json,
    )?;
    let sj = serde_json::to_string(x).map_err(|e| e.to_string())?;
    same(
        serde_json::from_str(&sj).map_err(|e| e.to_string())?,
        "serde_json",
        &sj,
    )?;
    let mut cbor = Vec::new();
    ciborium::into_writer(x, &mut cbor).map_err(|e| e.to_string())?;
    same(
        ciborium::from_reader(cbor.as_slice()).map_err(|e| e.to_string())?,
        "CBOR",
        "(binary)",
    )?;
    let value: Value = x.clone().into();
    let text = value.to_string();
    same(
        T::try_from(value).map_err(|e| e.to_string())?,
        "Value",
        &text,
    )
}
