//! What CCI sends when a call fails, and how to answer like it.

use std::borrow::Cow;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;

use super::CciError;
use crate::Code;
use crate::body::read::{self, Catalog, Field, FromRecord, Object, Record, Rest, Sent, Text, Want};
use crate::body::response::{self, Body, Head, Input};
use crate::body::{BodyError, Fields, Message, Warning, Warnings, fields};

/// The header in which Huawei Cloud's gateways send the request id.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// The shape of a CCI error body.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Shape {
    /// A Kubernetes `Status` with CCI's `errorCode`, as the CCI API answers:
    /// `{"kind": "Status", ..., "message": ..., "reason": "Conflict", "code": 409,
    /// "errorCode": "CCI.02.409101"}`.
    Status,
    /// A Kubernetes `Status` without `errorCode`, as CCI's API server answers
    /// for Kubernetes' own failures: an error of CCI with no CCI code, whose
    /// [`code`](ApiError::code) is the `reason` (empty when there is none).
    KubernetesStatus,
    /// Huawei Cloud's API gateway answer, which a call to CCI can get instead:
    /// `{"error_code": "APIGW.0301", "error_msg": ..., "request_id": ...}`.
    Gateway,
    /// A Huawei Cloud service's answer with the code a string in `code`:
    /// `{"code": "AS.0001", "message": ...}`.
    Service,
    /// The error object under one top-level key, as Huawei's SDKs accept it:
    /// `{"error": {"code": "APIGW.0101", "message": ...}}` (or `error_code` and
    /// `error_msg` inside).
    Wrapped,
}

/// An error CCI returned, or will return: its code as sent (typed when the
/// catalog knows it), the message as sent, the HTTP status, and every other field
/// of the body, so that writing it back loses nothing.
///
/// ```
/// use errcodes::cci::{ApiError, CciError};
/// use http::StatusCode;
///
/// let body = br#"{"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
///     "message": "namespace name is already exist", "reason": "Conflict", "code": 409,
///     "errorCode": "CCI.02.409101"}"#;
/// let error = ApiError::from_slice(body)?;
/// assert_eq!(error.error(), Some(CciError::NamespaceNameAlreadyExists));
/// assert_eq!(error.status(), Some(StatusCode::CONFLICT));
/// assert_eq!(error.reason(), Some("Conflict"));
/// # Ok::<(), errcodes::BodyError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    shape: Shape,
    code: Cow<'static, str>,
    /// Whether the body sent the code as a JSON number.
    code_is_number: bool,
    error: Option<CciError>,
    message: Message,
    status: Option<http::StatusCode>,
    /// The Status body's `code`: the status it suggests, as sent.
    body_status: Option<u16>,
    reason: Option<String>,
    request_id: Option<String>,
    /// The object of a [`Shape::Wrapped`] body.
    wrapper: Option<Box<Wrapper>>,
    fields: Fields,
    warnings: Warnings,
}

/// Where a [`Shape::Wrapped`] body holds its error.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Wrapper {
    /// The top-level key.
    key: String,
    /// `code` or `error_code`.
    code_key: &'static str,
    /// `message` or `error_msg`.
    message_key: &'static str,
    /// The object's other fields.
    fields: Fields,
}

impl ApiError {
    /// Reads a CCI error body of any [`Shape`]. The status is the Status body's
    /// `code`. `"status": "Success"` is not an error.
    ///
    /// # Errors
    /// [`BodyError`] when the body is not such a body: not JSON, not an object,
    /// too large or deep, a code that is a fraction, an object or a boolean, no
    /// code, or a Kubernetes `Status` of success ([`BodyError::NotAnError`]).
    /// An unknown code is not an error: [`ApiError::error`] is then `None`.
    ///
    /// ```
    /// use errcodes::cci::{ApiError, Shape};
    ///
    /// let error = ApiError::from_slice(br#"{"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information", "request_id": "abc"}"#)?;
    /// assert_eq!(error.code(), "APIGW.0301");
    /// assert_eq!(error.error(), None);
    /// assert_eq!(error.request_id(), Some("abc"));
    ///
    /// let error = ApiError::from_slice(br#"{"error": {"code": "APIGW.0101", "message": "The API does not exist"}}"#)?;
    /// assert_eq!((error.shape(), error.code()), (Shape::Wrapped, "APIGW.0101"));
    ///
    /// // Kubernetes' own failure, from CCI's API server: no CCI code.
    /// let error = ApiError::from_slice(br#"{"kind": "Status", "status": "Failure", "message": "pods \"x\" not found", "reason": "NotFound", "code": 404}"#)?;
    /// assert_eq!((error.shape(), error.code(), error.error()), (Shape::KubernetesStatus, "NotFound", None));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn from_slice(body: &[u8]) -> Result<ApiError, BodyError> {
        response::from_slice(body)
    }

    /// Reads a CCI response: its body as [`ApiError::from_slice`] does, its
    /// HTTP status, and the `X-Request-Id` header where the body has no
    /// `request_id` (a different one in the body is a [`Warning`]).
    ///
    /// # Errors
    /// As [`ApiError::from_slice`].
    ///
    /// ```
    /// use errcodes::cci::{ApiError, CciError};
    /// use http::{Response, StatusCode};
    ///
    /// let response = Response::builder()
    ///     .status(403)
    ///     .body(r#"{"kind":"Status","message":"current user has no right","code":403,"errorCode":"CCI.01.403104"}"#)?;
    /// let error = ApiError::from_response(&response)?;
    /// assert_eq!(error.error(), Some(CciError::OperationForbidden));
    /// assert_eq!(error.status(), Some(StatusCode::FORBIDDEN));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<ApiError, BodyError> {
        ApiError::from_head(Head::of(response), Input::Bytes(response.body().as_ref()))
    }

    /// Reads a response from its parts and its body, as
    /// [`ApiError::from_response`] does.
    ///
    /// # Errors
    /// As [`ApiError::from_slice`].
    ///
    /// ```
    /// let (parts, ()) = http::Response::builder().status(401).header("X-Request-Id", "r-7").body(())?.into_parts();
    /// let error = errcodes::cci::ApiError::from_parts(&parts, br#"{"error_code": "APIGW.0301", "error_msg": "m"}"#)?;
    /// assert_eq!(error.request_id(), Some("r-7"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_parts(parts: &http::response::Parts, body: &[u8]) -> Result<ApiError, BodyError> {
        ApiError::from_head(Head::of_parts(parts), Input::Bytes(body))
    }

    pub(crate) fn from_head(head: Head<'_>, body: Input<'_>) -> Result<ApiError, BodyError> {
        let mut error = response::read::<ApiError>(body)?;
        // Kept only where it says more than the body's `code`, so that a parsed
        // response equals the error it was built from.
        if error.body_status != Some(head.status.as_u16()) {
            error.status = Some(head.status);
        }
        let id = response::header_text(head, REQUEST_ID_HEADER, &mut error.warnings);
        response::merge(
            &mut error.request_id,
            id,
            "X-Request-Id",
            &mut error.warnings,
        );
        Ok(error)
    }

    /// The typed code, when the catalog knows it.
    ///
    /// ```
    /// use errcodes::cci::{ApiError, CciError};
    ///
    /// let error = ApiError::from(CciError::ChartInUse);
    /// assert_eq!(error.error(), Some(CciError::ChartInUse));
    /// ```
    pub fn error(&self) -> Option<CciError> {
        self.error
    }

    /// The code exactly as sent, known or not: `errorCode`, the gateway's
    /// `error_code`, a service's string `code`; for a Kubernetes `Status`
    /// without CCI's code, its `reason` (the crate's choice: it is what
    /// Kubernetes gives for machines), empty when it has none.
    ///
    /// ```
    /// let error = errcodes::cci::ApiError::from_slice(br#"{"message": "m", "errorCode": "CCI.99.999999"}"#)?;
    /// assert_eq!(error.code(), "CCI.99.999999");
    /// assert_eq!(error.error(), None);
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The message as sent, run-time detail included: `message`, or the
    /// gateway's `error_msg`; empty when the body has none.
    ///
    /// ```
    /// use errcodes::cci::{ApiError, CciError};
    ///
    /// let error = ApiError::from(CciError::ClusterEndpointNotFound)
    ///     .with_message("find no cluster endpoint for namespace team-a from icluster response header");
    /// assert!(error.message().ends_with("response header"));
    /// ```
    pub fn message(&self) -> &str {
        &self.message.text
    }

    /// The HTTP status: the response's, or the Status body's `code`; `None` when
    /// neither is known.
    ///
    /// ```
    /// use errcodes::cci::{ApiError, CciError};
    /// use http::StatusCode;
    ///
    /// assert_eq!(ApiError::from(CciError::ChartInUse).status(), Some(StatusCode::FORBIDDEN));
    /// ```
    pub fn status(&self) -> Option<http::StatusCode> {
        self.status.or_else(|| {
            self.body_status
                .and_then(|s| http::StatusCode::from_u16(s).ok())
        })
    }

    /// The shape the body has.
    ///
    /// ```
    /// use errcodes::cci::{ApiError, CciError, Shape};
    ///
    /// assert_eq!(ApiError::from(CciError::ChartInUse).shape(), Shape::Status);
    /// ```
    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// The Status body's `reason` (`Conflict`, `NotFound`), as sent.
    ///
    /// ```
    /// use errcodes::cci::{ApiError, CciError};
    ///
    /// assert_eq!(ApiError::from(CciError::ReleaseNotFound).reason(), Some("NotFound"));
    /// ```
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// The `request_id` of the body, or of the `X-Request-Id` header.
    ///
    /// ```
    /// let error = errcodes::cci::ApiError::from_slice(br#"{"error_code": "APIGW.0301", "error_msg": "m", "request_id": "r-1"}"#)?;
    /// assert_eq!(error.request_id(), Some("r-1"));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The Status body's `details` (`name`, `kind`, `causes`, ...), as raw JSON.
    ///
    /// ```
    /// let body = br#"{"message": "m", "errorCode": "CCI.02.409101", "details": {"name": "team-a", "kind": "namespaces"}}"#;
    /// let error = errcodes::cci::ApiError::from_slice(body)?;
    /// assert_eq!(error.details().map(|d| d.get()), Some(r#"{"name": "team-a", "kind": "namespaces"}"#));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn details(&self) -> Option<&RawValue> {
        self.fields.get("details").and_then(crate::body::fields::Json::to_raw)
    }

    /// The error with `status` as its HTTP status (and, in a Kubernetes
    /// `Status` body, as its `code`, with the `reason` Kubernetes gives that
    /// status, none for a status it gives none), for an answer the catalog's
    /// status does not fit.
    ///
    /// ```
    /// use errcodes::cci::{ApiError, CciError};
    /// use http::StatusCode;
    ///
    /// let error = ApiError::from(CciError::InternalProcessingError)
    ///     .with_status(StatusCode::SERVICE_UNAVAILABLE);
    /// assert_eq!(error.reason(), Some("ServiceUnavailable"));
    /// let response = error.to_response();
    /// assert_eq!(response.status(), 503);
    /// assert!(String::from_utf8(response.into_body())?.contains(r#""reason":"ServiceUnavailable","code":503"#));
    /// # Ok::<(), std::string::FromUtf8Error>(())
    /// ```
    pub fn with_status(mut self, status: http::StatusCode) -> ApiError {
        match self.shape {
            Shape::Status | Shape::KubernetesStatus => {
                self.body_status = Some(status.as_u16());
                self.status = None;
                self.reason = kubernetes_reason(status).map(str::to_owned);
                if self.shape == Shape::KubernetesStatus {
                    self.code = Cow::Owned(self.reason.clone().unwrap_or_default());
                }
            }
            Shape::Gateway | Shape::Service | Shape::Wrapped => {
                // A status equal to the body's `code` is the body's.
                self.status = (Some(status.as_u16()) != self.body_status).then_some(status);
            }
        }
        self
    }

    /// The error with `request_id` as its `request_id`, as the API gateway sends
    /// one.
    ///
    /// ```
    /// use errcodes::cci::{ApiError, CciError};
    ///
    /// let error = ApiError::from(CciError::ChartInUse).with_request_id("r-1");
    /// assert_eq!(error.request_id(), Some("r-1"));
    /// ```
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> ApiError {
        self.fields.remove("request_id");
        self.request_id = Some(request_id.into());
        self
    }

    /// The response CCI would send: the status, `Content-Type: application/json`
    /// and the body in the error's shape. Where no status is known (a gateway
    /// body read without its response, with a code the catalog does not know),
    /// the crate answers 500.
    ///
    /// ```
    /// use errcodes::cci::{ApiError, CciError};
    ///
    /// let response = ApiError::from(CciError::NamespaceNameAlreadyExists).to_response();
    /// assert_eq!(response.status(), 409);
    /// assert_eq!(
    ///     String::from_utf8(response.into_body())?,
    ///     r#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespace name is already exist","reason":"Conflict","code":409,"errorCode":"CCI.02.409101"}"#
    /// );
    /// # Ok::<(), std::string::FromUtf8Error>(())
    /// ```
    pub fn to_response(&self) -> http::Response<Vec<u8>> {
        let status = self
            .status()
            .or(self.error.map(|e| e.http_status()))
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        response::json(status, &[], self)
    }
}

/// The body CCI sends with `error`: a Kubernetes `Status` whose `reason` follows
/// the status as Kubernetes chooses it, with the published message.
impl From<CciError> for ApiError {
    fn from(error: CciError) -> ApiError {
        let status = error.http_status();
        let mut fields = Fields::default();
        fields.set("kind", fields::raw(r#""Status""#));
        fields.set("apiVersion", fields::raw(r#""v1""#));
        fields.set("metadata", fields::raw("{}"));
        fields.set("status", fields::raw(r#""Failure""#));
        ApiError {
            shape: Shape::Status,
            code: Cow::Borrowed(error.code()),
            code_is_number: false,
            error: Some(error),
            message: Message::new(error.message()),
            // The body carries the status in `code`, as a parsed body does.
            status: None,
            body_status: Some(status.as_u16()),
            reason: kubernetes_reason(status).map(str::to_owned),
            request_id: None,
            wrapper: None,
            fields,
            warnings: Warnings::default(),
        }
    }
}

/// The `reason` Kubernetes gives a `Status` with this status
/// (`k8s.io/apimachinery/pkg/api/errors`); none for the others, as Kubernetes
/// leaves it empty.
fn kubernetes_reason(status: http::StatusCode) -> Option<&'static str> {
    Some(match status.as_u16() {
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        409 => "Conflict",
        410 => "Gone",
        413 => "RequestEntityTooLarge",
        415 => "UnsupportedMediaType",
        422 => "Invalid",
        429 => "TooManyRequests",
        500 => "InternalError",
        503 => "ServiceUnavailable",
        504 => "Timeout",
        _ => return None,
    })
}

/// The fields of a CCI body this crate reads itself.
pub(crate) struct CciObject {
    error_code: Option<Sent>,
    message: Option<Text>,
    reason: Option<String>,
    code: Option<Sent>,
    gateway_code: Option<Sent>,
    gateway_message: Option<Text>,
    request_id: Option<String>,
}

const FIELDS: [Field; 7] = [
    ("errorCode", Want::Code(&CATALOG)),
    ("message", Want::Message),
    ("reason", Want::Text),
    ("code", Want::Code(&CATALOG)),
    ("error_code", Want::Code(&CATALOG)),
    ("error_msg", Want::Message),
    ("request_id", Want::Text),
];

impl Object for CciObject {
    const FIELDS: &'static [Field] = &FIELDS;
    const KEPT: &'static [&'static str] = &[
        "kind",
        "apiVersion",
        "metadata",
        "status",
        "details",
        "encoded_authorization_message",
    ];
}

impl FromRecord for CciObject {
    #[inline]
    fn from_record(record: &mut Record) -> CciObject {
        CciObject {
            error_code: record.code(0),
            message: record.message(1),
            reason: record.text(2),
            code: record.code(3),
            gateway_code: record.code(4),
            gateway_message: record.message(5),
            request_id: record.text(6),
        }
    }
}

/// The error object of a [`Shape::Wrapped`] body.
struct Nested {
    code: Option<Sent>,
    message: Option<Text>,
    error_code: Option<Sent>,
    error_msg: Option<Text>,
}

impl Object for Nested {
    const FIELDS: &'static [Field] = &[
        ("code", Want::Code(&CATALOG)),
        ("message", Want::Message),
        ("error_code", Want::Code(&CATALOG)),
        ("error_msg", Want::Message),
    ];
}

impl FromRecord for Nested {
    #[inline]
    fn from_record(record: &mut Record) -> Nested {
        Nested {
            code: record.code(0),
            message: record.message(1),
            error_code: record.code(2),
            error_msg: record.message(3),
        }
    }
}

/// CCI's codes, for the reader: strings only, as CCI has no numeric codes.
static CATALOG: Catalog = Catalog {
    find: |code| {
        let error = CciError::find(code)?;
        Some((Code::Cci(error), Some(error.code()).filter(|spelled| *spelled == code)))
    },
    number: None,
};

const WHAT: &str = "a CCI error body carries its code in `errorCode` (a Kubernetes Status), \
                    `error_code` (the API gateway) or a string `code` (a Huawei Cloud service), \
                    possibly in an object under one key, or is a Kubernetes Status";

impl Body for ApiError {
    type Object = CciObject;

    fn finish(record: &mut Record, rest: Rest) -> Result<ApiError, BodyError> {
        let object = CciObject::from_record(record);
        let Rest {
            mut fields,
            mut warnings,
            ..
        } = rest;
        let is = |name: &str, value: &str| fields.get(name).is_some_and(|raw| raw.get() == value);
        if is("status", r#""Success""#) {
            return Err(BodyError::NotAnError {
                field: "status",
                value: "Success",
            });
        }
        let kubernetes = is("kind", r#""Status""#) || is("status", r#""Failure""#);
        // `code` is the Status body's HTTP status when it is a number, a
        // service's code when it is a string.
        let (mut body_status, mut service_code) = (None, None);
        match object.code {
            Some(code) if code.number => match code.text.parse::<u16>() {
                Ok(status) if status <= 999 => body_status = Some(status),
                _ => {
                    warnings.push(Warning::UnexpectedType {
                        field: "code".to_owned(),
                        found: "a number out of the range of HTTP statuses",
                        expected: "an HTTP status from 0 to 999",
                    });
                    fields.set("code", code.into_json());
                }
            },
            Some(code) => service_code = Some(code),
            None => {}
        }
        let keep_message = |fields: &mut Fields, name: &str, text: Option<Text>| {
            if let Some(text) = text {
                fields.set(name, text.into_json());
            }
        };
        let (shape, code, message, wrapper) = if let Some(code) = object.error_code {
            if let Some(other) = object.gateway_code {
                fields.set("error_code", other.into_json());
            }
            keep_message(&mut fields, "error_msg", object.gateway_message);
            keep_code(&mut fields, service_code);
            (Shape::Status, code, object.message, None)
        } else if let Some(code) = object.gateway_code {
            // The top-level pair, over a nested object, as Huawei's SDKs read it.
            keep_message(&mut fields, "message", object.message);
            keep_code(&mut fields, service_code);
            (Shape::Gateway, code, object.gateway_message, None)
        } else if let Some(code) = service_code {
            keep_message(&mut fields, "error_msg", object.gateway_message);
            (Shape::Service, code, object.message, None)
        } else if let Some((code, message, wrapper)) = wrapped(&mut fields, &mut warnings) {
            keep_message(&mut fields, "message", object.message);
            keep_message(&mut fields, "error_msg", object.gateway_message);
            (Shape::Wrapped, code, message, Some(Box::new(wrapper)))
        } else if kubernetes {
            keep_message(&mut fields, "error_msg", object.gateway_message);
            let reason = object.reason.clone().unwrap_or_default();
            let code = Sent {
                text: Cow::Owned(reason),
                number: false,
                error: None,
                value: None,
            };
            (Shape::KubernetesStatus, code, object.message, None)
        } else {
            return Err(BodyError::MissingField {
                field: "errorCode",
                what: WHAT,
            });
        };
        let message = Message::read(message, &mut warnings);
        Ok(ApiError {
            shape,
            error: match code.error {
                Some(Code::Cci(error)) => Some(error),
                _ => None,
            },
            code_is_number: code.number,
            code: code.text,
            message,
            status: None,
            body_status,
            reason: object.reason,
            request_id: object.request_id,
            wrapper,
            fields,
            warnings: Warnings::new(warnings),
        })
    }
}

/// Keeps a service's string `code` the body's shape does not use.
fn keep_code(fields: &mut Fields, code: Option<Sent>) {
    if let Some(code) = code {
        fields.set("code", code.into_json());
    }
}


/// The error object of a body that has one under `error`, or under its only
/// key: its code and message, and where they are; taken out of `fields`.
fn wrapped(
    fields: &mut Fields,
    warnings: &mut Vec<Warning>,
) -> Option<(Sent, Option<Text>, Wrapper)> {
    let key = if fields.get("error").is_some() {
        "error".to_owned()
    } else {
        let mut all = fields.iter();
        match (all.next(), all.next()) {
            (Some((key, _)), None) => key.to_owned(),
            _ => return None,
        }
    };
    let raw = fields.get(&key)?;
    // A field the error writes itself (a `request_id` of another type, kept
    // raw) is no wrapper: written back, the two would clash.
    if !raw.get().starts_with('{') || FIELDS.iter().any(|(name, _)| *name == key) {
        return None;
    }
    let (nested, rest) = read::parse::<Nested>(raw.get().as_bytes()).ok()?;
    let mut inner = rest.fields;
    let (code_key, code, message_key, message, other_message) =
        match (nested.error_code, nested.code) {
            (Some(code), other) => {
                keep_code(&mut inner, other);
                (
                    "error_code",
                    code,
                    "error_msg",
                    nested.error_msg,
                    nested.message,
                )
            }
            (None, Some(code)) => ("code", code, "message", nested.message, nested.error_msg),
            (None, None) => return None,
        };
    if let Some(other) = other_message {
        let name = if message_key == "message" {
            "error_msg"
        } else {
            "message"
        };
        inner.set(name, other.into_json());
    }
    warnings.extend(rest.warnings);
    fields.remove(&key);
    let wrapper = Wrapper {
        key,
        code_key,
        message_key,
        fields: inner,
    };
    Some((code, message, wrapper))
}

/// Writes a code as it came: a number or a string.
fn code_entry<M: SerializeMap>(
    map: &mut M,
    key: &str,
    code: &str,
    number: bool,
) -> Result<(), M::Error> {
    match (number, code.parse::<serde_json::Number>()) {
        (true, Ok(number)) => map.serialize_entry(key, &number),
        _ => map.serialize_entry(key, code),
    }
}

/// The object of a [`Shape::Wrapped`] body, written under its key.
struct WrappedObject<'a>(&'a ApiError, &'a Wrapper);

impl Serialize for WrappedObject<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let WrappedObject(error, wrapper) = *self;
        let mut map = serializer.serialize_map(None)?;
        code_entry(
            &mut map,
            wrapper.code_key,
            &error.code,
            error.code_is_number,
        )?;
        error
            .message
            .serialize_into(&mut map, wrapper.message_key)?;
        wrapper.fields.serialize_into(&mut map)?;
        map.end()
    }
}

/// Writes the body in the error's shape.
impl Serialize for ApiError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        match self.shape {
            Shape::Status | Shape::KubernetesStatus => {
                self.fields.serialize_into(&mut map)?;
                self.message.serialize_into(&mut map, "message")?;
                if let Some(reason) = &self.reason {
                    map.serialize_entry("reason", reason)?;
                }
                if let Some(code) = self.body_status {
                    map.serialize_entry("code", &code)?;
                }
                if self.shape == Shape::Status {
                    code_entry(&mut map, "errorCode", &self.code, self.code_is_number)?;
                }
                if let Some(id) = &self.request_id {
                    map.serialize_entry("request_id", id)?;
                }
            }
            Shape::Gateway | Shape::Service | Shape::Wrapped => {
                match (self.shape, &self.wrapper) {
                    (Shape::Gateway, _) => {
                        code_entry(&mut map, "error_code", &self.code, self.code_is_number)?;
                        self.message.serialize_into(&mut map, "error_msg")?;
                    }
                    (Shape::Service, _) => {
                        code_entry(&mut map, "code", &self.code, self.code_is_number)?;
                        self.message.serialize_into(&mut map, "message")?;
                    }
                    (_, Some(wrapper)) => {
                        map.serialize_entry(&wrapper.key, &WrappedObject(self, wrapper))?;
                    }
                    (_, None) => {}
                }
                if let Some(id) = &self.request_id {
                    map.serialize_entry("request_id", id)?;
                }
                if let Some(reason) = &self.reason {
                    map.serialize_entry("reason", reason)?;
                }
                if let Some(code) = self.body_status {
                    map.serialize_entry("code", &code)?;
                }
                self.fields.serialize_into(&mut map)?;
            }
        }
        map.end()
    }
}

crate::body::response::api_error_common!("cci", "CciError::ChartInUse");
