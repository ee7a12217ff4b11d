//! What every `ApiError` does the same way: reading a body into it, and writing
//! the response a platform would send.

use http::header::{CONTENT_TYPE, HeaderName, HeaderValue};
use serde::de::{self, DeserializeSeed, Deserializer};
use serde::ser::Serialize;

use super::read::{Context, Object, ObjectSeed, Record, Rest, Scan};
use super::{BodyError, Fields};

/// A platform's `ApiError`, as the body readers build it.
pub(crate) trait Body: Sized {
    /// The top-level object of the platform's bodies.
    type Object: Object;

    /// The error of a body whose fields are read into `record`: its shape,
    /// its code. It takes the values from the record itself, making its
    /// [`Body::Object`] there (and taking it apart where it is made, never
    /// moving it whole), or, as PaaS does, taking only those its body's shape
    /// uses.
    fn finish(record: &mut Record, rest: Rest) -> Result<Self, BodyError>;
}

/// What a response says besides its body: its status and its headers, from an
/// `http::Response` or its `Parts`.
#[derive(Clone, Copy)]
pub(crate) struct Head<'a> {
    pub(crate) status: http::StatusCode,
    pub(crate) headers: &'a http::HeaderMap,
}

impl<'a> Head<'a> {
    pub(crate) fn of<B>(response: &'a http::Response<B>) -> Head<'a> {
        Head {
            status: response.status(),
            headers: response.headers(),
        }
    }

    pub(crate) fn of_parts(parts: &'a http::response::Parts) -> Head<'a> {
        Head {
            status: parts.status,
            headers: &parts.headers,
        }
    }
}

/// The value of the header `name` as text; one that is not visible ASCII is
/// left out, with a warning.
pub(crate) fn header_text(
    head: Head<'_>,
    name: &'static str,
    warnings: &mut Vec<super::Warning>,
) -> Option<String> {
    let value = head.headers.get(name)?;
    match value.to_str() {
        Ok(text) => Some(text.to_owned()),
        Err(_) => {
            warnings.push(super::Warning::InvalidHeader {
                header: name,
                value: String::from_utf8_lossy(value.as_bytes()).into_owned(),
                expected: "visible ASCII text",
            });
            None
        }
    }
}

/// Fills `field`, read from the body, with a header's `value` where the body
/// had none; a header that says otherwise is a warning.
pub(crate) fn merge(
    field: &mut Option<String>,
    value: Option<String>,
    header: &'static str,
    warnings: &mut Vec<super::Warning>,
) {
    match (field.as_deref(), value) {
        (None, value) => *field = value,
        (Some(body), Some(value)) if body != value => {
            warnings.push(super::Warning::HeaderConflict {
                header,
                header_value: value,
                body_value: body.to_owned(),
            });
        }
        _ => {}
    }
}

/// A body to read: its bytes, or the one entry point's [`Scan`] of them, which
/// detecting the platform has read already.
#[derive(Clone, Copy)]
pub(crate) enum Input<'a> {
    Bytes(&'a [u8]),
    Scanned(&'a Scan<'a>),
}

/// Reads `body` as `B`.
pub(crate) fn from_slice<B: Body>(body: &[u8]) -> Result<B, BodyError> {
    read(Input::Bytes(body))
}

/// Reads `input` as `B`.
pub(crate) fn read<B: Body>(input: Input<'_>) -> Result<B, BodyError> {
    match input {
        Input::Bytes(body) => super::read::parse_then::<B::Object, _>(body, B::finish),
        Input::Scanned(scan) => super::read::parse_scanned_then::<B::Object, _, _>(scan, B::finish),
    }
}

/// Reads `B` from any `serde` deserializer; errors are the [`BodyError`]'s text.
pub(crate) fn deserialize<'de, B: Body, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<B, D::Error> {
    let context = Context::default();
    let (mut record, mut fields) = (Record::default(), Fields::default());
    let (known, kept) = (super::read::known::<B::Object>(), B::Object::KEPT);
    ObjectSeed::new(&context, known, kept, record.slots(), &mut fields)
        .deserialize(deserializer)?;
    let rest = Rest {
        fields,
        warnings: context.into_warnings(),
        inner: None,
    };
    B::finish(&mut record, rest).map_err(de::Error::custom)
}

/// A JSON response with `status`, `headers` and `body` serialized.
///
/// A header whose value cannot be an HTTP header value (a control character in
/// a code read from a body) is left out; the body still carries the value.
pub(crate) fn json<T: Serialize>(
    status: http::StatusCode,
    headers: &[(HeaderName, &str)],
    body: &T,
) -> http::Response<Vec<u8>> {
    let bytes = serde_json::to_vec(body).expect("error bodies serialize to JSON: string keys only");
    let mut response = http::Response::new(bytes);
    *response.status_mut() = status;
    let map = response.headers_mut();
    map.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    for (name, value) in headers {
        if let Ok(value) = HeaderValue::from_str(value) {
            map.insert(name.clone(), value);
        }
    }
    response
}

/// What every platform's `ApiError` has the same way: the fields it does not
/// read itself, its message builder, `Display`, `Error` and `Deserialize`.
/// `$module` and `$error` name the platform, for the examples.
macro_rules! api_error_common {
    ($module:literal, $error:literal) => {
        impl ApiError {
            #[doc = "A field of the body this type does not read itself, as raw JSON."]
            #[doc = ""]
            #[doc = "```"]
            #[doc = concat!("use errcodes::", $module, "::ApiError;")]
            #[doc = "use serde_json::value::RawValue;"]
            #[doc = ""]
            #[doc = concat!("let error = ApiError::from(errcodes::", $module, "::", $error, ")")]
            #[doc = "    .with_field(\"trace\", RawValue::from_string(r#\"\"t-1\"\"#.to_owned())?)?;"]
            #[doc = "assert_eq!(error.field(\"trace\").map(|v| v.get()), Some(r#\"\"t-1\"\"#));"]
            #[doc = "# Ok::<(), Box<dyn std::error::Error>>(())"]
            #[doc = "```"]
            pub fn field(&self, name: &str) -> Option<&serde_json::value::RawValue> {
                self.fields.get(name).and_then($crate::body::fields::Json::to_raw)
            }

            #[doc = "Every field of the body this type does not read itself, in body order."]
            #[doc = ""]
            #[doc = "```"]
            #[doc = "use serde_json::value::RawValue;"]
            #[doc = ""]
            #[doc = concat!("let sent = errcodes::", $module, "::ApiError::from(errcodes::", $module, "::", $error, ")")]
            #[doc = "    .with_field(\"hint\", RawValue::from_string(\"1\".to_owned())?)?;"]
            #[doc = concat!("let error = errcodes::", $module, "::ApiError::from_slice(&sent.to_response().into_body())?;")]
            #[doc = "assert!(error.fields().any(|(name, value)| name == \"hint\" && value.get() == \"1\"));"]
            #[doc = "for (name, value) in error.fields() {"]
            #[doc = "    assert!(error.field(name).is_some_and(|v| v.get() == value.get()));"]
            #[doc = "}"]
            #[doc = "# Ok::<(), Box<dyn std::error::Error>>(())"]
            #[doc = "```"]
            pub fn fields(&self) -> impl Iterator<Item = (&str, &serde_json::value::RawValue)> {
                self.fields.raw_values()
            }

            #[doc = "The error with `message` as its message: the run-time detail a"]
            #[doc = "service adds to the published text."]
            #[doc = ""]
            #[doc = "```"]
            #[doc = concat!("let error = errcodes::", $module, "::ApiError::from(errcodes::", $module, "::", $error, ")")]
            #[doc = "    .with_message(\"quota of team-a exceeded\");"]
            #[doc = "assert_eq!(error.message(), \"quota of team-a exceeded\");"]
            #[doc = "```"]
            pub fn with_message(mut self, message: impl Into<String>) -> ApiError {
                self.message = $crate::body::Message::new(message);
                self
            }

            #[doc = "What was odd about the body this error was read from, though it was"]
            #[doc = "read: a duplicate key, a field of an unexpected type, a header that"]
            #[doc = "disagrees with the body. Empty for an error the crate built. Warnings"]
            #[doc = "take no part in equality."]
            #[doc = ""]
            #[doc = "```"]
            #[doc = concat!("let error = errcodes::", $module, "::ApiError::from(errcodes::", $module, "::", $error, ");")]
            #[doc = "assert!(error.warnings().is_empty());"]
            #[doc = "```"]
            pub fn warnings(&self) -> &[$crate::body::Warning] {
                &self.warnings
            }

            #[doc = "The error with the field `name` set to `value`, as raw JSON: any"]
            #[doc = "field the platform's clients read that this type does not set."]
            #[doc = ""]
            #[doc = "# Errors"]
            #[doc = "[`BodyError::ReservedField`](crate::BodyError::ReservedField) for a"]
            #[doc = "field the error writes from its own typed value (its code, its"]
            #[doc = "message, ...): a body with that field twice would be refused."]
            #[doc = ""]
            #[doc = "```"]
            #[doc = "use serde_json::value::RawValue;"]
            #[doc = ""]
            #[doc = concat!("let error = errcodes::", $module, "::ApiError::from(errcodes::", $module, "::", $error, ")")]
            #[doc = "    .with_field(\"hint\", RawValue::from_string(r#\"\"retry later\"\"#.to_owned())?)?;"]
            #[doc = "let body = String::from_utf8(error.to_response().into_body())?;"]
            #[doc = "assert!(body.contains(r#\"\"hint\":\"retry later\"\"#));"]
            #[doc = "# Ok::<(), Box<dyn std::error::Error>>(())"]
            #[doc = "```"]
            pub fn with_field(
                mut self,
                name: &str,
                value: Box<serde_json::value::RawValue>,
            ) -> Result<ApiError, $crate::BodyError> {
                // The fields the body reader types are the ones the error writes.
                let typed = <<ApiError as $crate::body::response::Body>::Object as $crate::body::read::Object>::FIELDS;
                if typed.iter().any(|(field, _)| *field == name) {
                    return Err($crate::BodyError::ReservedField {
                        field: name.to_owned(),
                    });
                }
                self.fields.set(name, value.into());
                Ok(self)
            }
        }

        /// Writes `code: message`: the code and the message as sent.
        impl std::fmt::Display for ApiError {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}: {}", self.code(), self.message())
            }
        }

        impl std::error::Error for ApiError {}

        /// Reads the platform's error body, as `ApiError::from_slice` does; an error
        /// is the [`BodyError`](crate::BodyError)'s text.
        impl<'de> serde::Deserialize<'de> for ApiError {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ApiError, D::Error> {
                $crate::body::response::deserialize(deserializer)
            }
        }
    };
}
pub(crate) use api_error_common;
