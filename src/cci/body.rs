//! What CCI sends when a call fails, and how to answer like it.

use std::borrow::Cow;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;

use super::CciError;
use crate::Code;
use crate::body::read::{Catalog, Field, Object, Record, Sent, Want};
use crate::body::response::{self, Body};
use crate::body::{BodyError, Fields, fields};

/// The shape of a CCI error body.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Shape {
    /// A Kubernetes `Status` with CCI's `errorCode`, as the CCI API answers:
    /// `{"kind": "Status", ..., "message": ..., "reason": "Conflict", "code": 409,
    /// "errorCode": "CCI.02.409101"}`.
    Status,
    /// Huawei Cloud's API gateway answer, which a call to CCI can get instead:
    /// `{"error_code": "APIGW.0301", "error_msg": ..., "request_id": ...}`.
    Gateway,
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
    error: Option<CciError>,
    message: String,
    status: Option<http::StatusCode>,
    /// The Status body's `code`: the status it suggests, as sent.
    body_status: Option<u16>,
    reason: Option<String>,
    request_id: Option<String>,
    fields: Fields,
}

impl ApiError {
    /// Reads a CCI error body: a Kubernetes `Status` with `errorCode`, or the API
    /// gateway's `error_code` body. The status is the Status body's `code`.
    ///
    /// # Errors
    /// [`BodyError`] when the body is not such a body: not JSON, truncated, too
    /// large or deep, a field of the wrong type, a duplicate field, no code. An
    /// unknown code is not an error: [`ApiError::error`] is then `None`.
    ///
    /// ```
    /// use errcodes::cci::ApiError;
    ///
    /// let error = ApiError::from_slice(br#"{"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information", "request_id": "abc"}"#)?;
    /// assert_eq!(error.code(), "APIGW.0301");
    /// assert_eq!(error.error(), None);
    /// assert_eq!(error.request_id(), Some("abc"));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn from_slice(body: &[u8]) -> Result<ApiError, BodyError> {
        response::from_slice(body)
    }

    /// Reads a CCI response: its body as [`ApiError::from_slice`] does, and its
    /// HTTP status.
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
        let mut error = ApiError::from_slice(response.body().as_ref())?;
        // Kept only where it says more than the body's `code`, so that a parsed
        // response equals the error it was built from.
        if error.body_status != Some(response.status().as_u16()) {
            error.status = Some(response.status());
        }
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

    /// The code exactly as sent, known or not: `errorCode`, or the gateway's
    /// `error_code`.
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
    /// gateway's `error_msg`.
    ///
    /// ```
    /// use errcodes::cci::{ApiError, CciError};
    ///
    /// let error = ApiError::from(CciError::ClusterEndpointNotFound)
    ///     .with_message("find no cluster endpoint for namespace team-a from icluster response header");
    /// assert!(error.message().ends_with("response header"));
    /// ```
    pub fn message(&self) -> &str {
        &self.message
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

    /// The gateway's `request_id`.
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
        self.fields.get("details")
    }

    /// The error with `status` as its HTTP status (and, in a Status body, as its
    /// `code`), for an answer the catalog's status does not fit.
    ///
    /// ```
    /// use errcodes::cci::{ApiError, CciError};
    /// use http::StatusCode;
    ///
    /// let response = ApiError::from(CciError::InternalProcessingError)
    ///     .with_status(StatusCode::SERVICE_UNAVAILABLE)
    ///     .to_response();
    /// assert_eq!(response.status(), 503);
    /// assert!(String::from_utf8(response.into_body())?.contains(r#""code":503"#));
    /// # Ok::<(), std::string::FromUtf8Error>(())
    /// ```
    pub fn with_status(mut self, status: http::StatusCode) -> ApiError {
        match self.shape {
            Shape::Status => {
                self.body_status = Some(status.as_u16());
                self.status = None;
            }
            Shape::Gateway => self.status = Some(status),
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
            error: Some(error),
            message: error.message().to_owned(),
            // The body carries the status in `code`, as a parsed body does.
            status: None,
            body_status: Some(status.as_u16()),
            reason: kubernetes_reason(status).map(str::to_owned),
            request_id: None,
            fields,
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
    message: Option<String>,
    reason: Option<String>,
    code: Option<u16>,
    gateway_code: Option<Sent>,
    gateway_message: Option<String>,
    request_id: Option<String>,
}

const FIELDS: [Field; 7] = [
    ("errorCode", Want::Code(&CATALOG)),
    ("message", Want::Text),
    ("reason", Want::Text),
    (
        "code",
        Want::Number {
            max: 999,
            expected: "an HTTP status from 0 to 999",
        },
    ),
    ("error_code", Want::Code(&CATALOG)),
    ("error_msg", Want::Text),
    ("request_id", Want::Text),
];

impl Object for CciObject {
    const FIELDS: &'static [Field] = &FIELDS;
    const KEPT: &'static [&'static str] = &["kind", "apiVersion", "metadata", "status", "details"];

    fn from_record(record: &mut Record) -> CciObject {
        CciObject {
            error_code: record.code(0),
            message: record.text(1),
            reason: record.text(2),
            code: record.number(3).and_then(|code| u16::try_from(code).ok()),
            gateway_code: record.code(4),
            gateway_message: record.text(5),
            request_id: record.text(6),
        }
    }
}

/// CCI's codes, for the reader: strings only, as CCI has no numeric codes.
static CATALOG: Catalog = Catalog {
    find: |code| CciError::find(code).map(Code::Cci),
    number: None,
};

const WHAT: &str = "a CCI error body carries its code in `errorCode` (a Kubernetes Status) \
                    or `error_code` (the API gateway)";

impl Body for ApiError {
    type Object = CciObject;

    fn finish(object: CciObject, mut fields: Fields) -> Result<ApiError, BodyError> {
        let (shape, code, message) = match (object.error_code, object.gateway_code) {
            (Some(code), other) => {
                // A Status with a gateway code too: the code is `errorCode`; the
                // other is kept as a field of the body.
                if let Some(other) = other {
                    fields.set("error_code", fields::string(&other.text));
                }
                if let Some(other) = object.gateway_message.as_deref() {
                    fields.set("error_msg", fields::string(other));
                }
                // Kubernetes leaves out an empty `message` (`omitempty`).
                (Shape::Status, code, object.message.unwrap_or_default())
            }
            (None, Some(code)) => {
                if let Some(other) = object.message.as_deref() {
                    fields.set("message", fields::string(other));
                }
                let message = object.gateway_message.ok_or(BodyError::MissingField {
                    field: "error_msg",
                    what: "an API gateway error carries its message in `error_msg`",
                })?;
                (Shape::Gateway, code, message)
            }
            (None, None) => {
                return Err(BodyError::MissingField {
                    field: "errorCode",
                    what: WHAT,
                });
            }
        };
        Ok(ApiError {
            shape,
            error: match code.error {
                Some(Code::Cci(error)) => Some(error),
                _ => None,
            },
            code: code.text,
            message,
            status: None,
            body_status: object.code,
            reason: object.reason,
            request_id: object.request_id,
            fields,
        })
    }
}

/// Writes the body in the error's shape.
impl Serialize for ApiError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        match self.shape {
            Shape::Status => {
                self.fields.serialize_into(&mut map)?;
                if !self.message.is_empty() {
                    map.serialize_entry("message", &self.message)?;
                }
                if let Some(reason) = &self.reason {
                    map.serialize_entry("reason", reason)?;
                }
                if let Some(code) = self.body_status {
                    map.serialize_entry("code", &code)?;
                }
                map.serialize_entry("errorCode", &self.code)?;
                if let Some(id) = &self.request_id {
                    map.serialize_entry("request_id", id)?;
                }
            }
            Shape::Gateway => {
                map.serialize_entry("error_code", &self.code)?;
                map.serialize_entry("error_msg", &self.message)?;
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
