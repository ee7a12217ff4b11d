//! What openYuanrong sends when a call fails, and how to answer like it.

use std::borrow::Cow;

use http::header::HeaderName;
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::SdkError;
use crate::body::read::{Field, Object, Record, Want};
use crate::body::response::{self, Body};
use crate::body::{BodyError, Fields};

/// The header in which openYuanrong's frontend sends its inner code.
pub const INNER_CODE_HEADER: &str = "x-inner-code";

/// Where an openYuanrong error comes from.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Shape {
    /// The REST API's body: `{"code": 4115, "message": ...}`, with `trace_id` and
    /// the `X-Inner-Code` header from the frontend.
    Rest,
    /// The SDK's exception text: `ErrCode: 1001, ModuleCode: 20, ErrMsg: ...` (C++)
    /// or `code: 1001, module code: 20, msg: ...` (Python).
    Exception,
}

/// An error openYuanrong returned, or will return: its code as sent (typed when
/// the catalog knows it), the message as sent, the HTTP status, the trace id, the
/// module code of an SDK exception, and every other field of the body.
///
/// ```
/// use errcodes::sdk::{ApiError, SdkError};
/// use http::Response;
///
/// let response = Response::builder()
///     .status(404)
///     .header("X-Inner-Code", "4115")
///     .body(r#"{"code": 4115, "message": "function [0@faaspy@hello3] is not found. check input parameters", "trace_id": "t-9"}"#)?;
/// let error = ApiError::from_response(&response)?;
/// assert_eq!(error.error(), Some(SdkError::FunctionNotFound));
/// assert_eq!(error.trace_id(), Some("t-9"));
/// assert_eq!(error.inner_code(), Some("4115"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    shape: Shape,
    code: u32,
    /// The code's text, so that [`ApiError::code`] borrows: the catalog's for a
    /// known code.
    code_text: Cow<'static, str>,
    error: Option<SdkError>,
    message: String,
    status: Option<http::StatusCode>,
    trace_id: Option<String>,
    inner_code: Option<String>,
    module_code: Option<u32>,
    fields: Fields,
}

impl ApiError {
    /// Reads the REST API's error body.
    ///
    /// # Errors
    /// [`BodyError`] when the body is not such a body: not JSON, truncated, too
    /// large or deep, a `code` that is not a whole number up to 4294967295 (a
    /// string: the REST API always sends a number), a duplicate field, no code or
    /// no message. An unknown code is not an error: [`ApiError::error`] is then
    /// `None`.
    ///
    /// ```
    /// use errcodes::sdk::ApiError;
    ///
    /// let error = ApiError::from_slice(br#"{"code": 4999, "message": "new in the next release"}"#)?;
    /// assert_eq!((error.code(), error.error()), ("4999", None));
    ///
    /// let error = ApiError::from_slice(br#"{"code": "4115", "message": "m"}"#).unwrap_err();
    /// assert_eq!(error.to_string(), r#"`code` is a string, but must be a whole number (line 1, column 15)"#);
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn from_slice(body: &[u8]) -> Result<ApiError, BodyError> {
        response::from_slice(body)
    }

    /// Reads a REST API response: the body as [`ApiError::from_slice`] does, the
    /// HTTP status, and the frontend's `X-Inner-Code` header.
    ///
    /// # Errors
    /// As [`ApiError::from_slice`], and [`BodyError::InvalidHeader`] when
    /// `X-Inner-Code` is not visible ASCII.
    ///
    /// ```
    /// use errcodes::sdk::ApiError;
    /// use http::{Response, StatusCode};
    ///
    /// let response = Response::builder().status(500).body(r#"{"code": 150500, "message": "internal system error"}"#)?;
    /// assert_eq!(ApiError::from_response(&response)?.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<ApiError, BodyError> {
        let mut error =
            ApiError::from_slice(response.body().as_ref())?.with_status(response.status());
        if let Some(value) = response.headers().get(INNER_CODE_HEADER) {
            let text = value.to_str().map_err(|_| BodyError::InvalidHeader {
                name: "X-Inner-Code",
                value: String::from_utf8_lossy(value.as_bytes()).into_owned(),
                expected: "visible ASCII text",
            })?;
            error.inner_code = Some(text.to_owned());
        }
        Ok(error)
    }

    /// Reads the text of an SDK exception: C++'s `ErrCode: <code>, ModuleCode:
    /// <module>, ErrMsg: <message>` or Python's `code: <code>, module code:
    /// <module>, msg: <message>`. The message is the rest of the text, as is.
    ///
    /// # Errors
    /// [`BodyError::ExceptionText`], with the byte offset of what is missing.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError, Shape};
    ///
    /// let error = ApiError::from_exception_text("ErrCode: 1001, ModuleCode: 20, ErrMsg: invalid instance id")?;
    /// assert_eq!(error.shape(), Shape::Exception);
    /// assert_eq!(error.error(), Some(SdkError::ParamInvalid));
    /// assert_eq!(error.module_code(), Some(20));
    /// assert_eq!(error.message(), "invalid instance id");
    ///
    /// let error = ApiError::from_exception_text("code: 3003, module code: 10, msg: etcd is down")?;
    /// assert_eq!(error.error(), Some(SdkError::InnerSystemError));
    ///
    /// let error = ApiError::from_exception_text("ErrCode: x").unwrap_err();
    /// assert_eq!(error.to_string(), "not an openYuanrong exception text: expected the code, digits at byte 9");
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn from_exception_text(text: &str) -> Result<ApiError, BodyError> {
        let (code, module_code, message) = super::exception::parse(text)?;
        let error = SdkError::try_from(code).ok();
        Ok(ApiError {
            shape: Shape::Exception,
            code,
            code_text: code_text(code, error),
            error,
            message: message.to_owned(),
            status: None,
            trace_id: None,
            inner_code: None,
            module_code: Some(module_code),
            fields: Fields::default(),
        })
    }

    /// The exception text the C++ SDK writes for the error:
    /// `ErrCode: <code>, ModuleCode: <module>, ErrMsg: <message>`, the module
    /// code 0 when the error has none.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// let text = ApiError::from(SdkError::InvokeRateLimited).with_module_code(20).to_exception_text();
    /// assert_eq!(text, "ErrCode: 1005, ModuleCode: 20, ErrMsg: Request limit reached.");
    /// assert_eq!(ApiError::from_exception_text(&text)?.error(), Some(SdkError::InvokeRateLimited));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn to_exception_text(&self) -> String {
        super::exception::write(self.code, self.module_code.unwrap_or(0), &self.message)
    }

    /// The typed code, when the catalog knows it.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// assert_eq!(ApiError::from(SdkError::PoolNotFound).error(), Some(SdkError::PoolNotFound));
    /// ```
    pub fn error(&self) -> Option<SdkError> {
        self.error
    }

    /// The code exactly as sent, known or not.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// assert_eq!(ApiError::from(SdkError::PoolNotFound).code(), "4120");
    /// ```
    pub fn code(&self) -> &str {
        &self.code_text
    }

    /// The code as the number sent.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// assert_eq!(ApiError::from(SdkError::PoolNotFound).number(), 4120);
    /// ```
    pub fn number(&self) -> u32 {
        self.code
    }

    /// The message as sent; openYuanrong's messages may themselves be JSON text.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// assert_eq!(ApiError::from(SdkError::EtcdError).message(), "EtcdError");
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The HTTP status: the response's, or the code's ([`SdkError::http_status`]);
    /// `None` for a code the catalog does not know, read without its response.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    /// use http::StatusCode;
    ///
    /// assert_eq!(ApiError::from(SdkError::FunctionNotFound).status(), Some(StatusCode::NOT_FOUND));
    /// ```
    pub fn status(&self) -> Option<http::StatusCode> {
        self.status.or(self.error.map(|e| e.http_status()))
    }

    /// The error with `status` as its HTTP status, for an answer the code's status
    /// does not fit.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    /// use http::StatusCode;
    ///
    /// let error = ApiError::from(SdkError::EtcdError).with_status(StatusCode::SERVICE_UNAVAILABLE);
    /// assert_eq!(error.to_response().status(), 503);
    /// ```
    pub fn with_status(mut self, status: http::StatusCode) -> ApiError {
        // Kept only where it says more than the error does, as a parsed response.
        self.status = (Some(status) != self.error.map(|e| e.http_status())).then_some(status);
        self
    }

    /// Where the error comes from: a REST body or an SDK exception's text.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError, Shape};
    ///
    /// assert_eq!(ApiError::from(SdkError::EtcdError).shape(), Shape::Rest);
    /// ```
    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// The frontend's `trace_id`.
    ///
    /// ```
    /// let error = errcodes::sdk::ApiError::from_slice(br#"{"code": 4037, "message": "session config invalid", "trace_id": "t-1"}"#)?;
    /// assert_eq!(error.trace_id(), Some("t-1"));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn trace_id(&self) -> Option<&str> {
        self.trace_id.as_deref()
    }

    /// The frontend's `X-Inner-Code` header, as sent.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// let error = ApiError::from(SdkError::SessionConfigInvalid).with_inner_code("4037");
    /// assert_eq!(error.inner_code(), Some("4037"));
    /// assert_eq!(error.to_response().headers()["x-inner-code"], "4037");
    /// ```
    pub fn inner_code(&self) -> Option<&str> {
        self.inner_code.as_deref()
    }

    /// The module code of an SDK exception: 10 core, 20 runtime, 21 runtime
    /// create, 22 runtime invoke, 23 runtime kill, 30 data system.
    ///
    /// ```
    /// let error = errcodes::sdk::ApiError::from_exception_text("ErrCode: 4204, ModuleCode: 30, ErrMsg: disk full")?;
    /// assert_eq!(error.module_code(), Some(30));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn module_code(&self) -> Option<u32> {
        self.module_code
    }

    /// The error with `trace_id` as its `trace_id`.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// assert_eq!(ApiError::from(SdkError::EtcdError).with_trace_id("t-1").trace_id(), Some("t-1"));
    /// ```
    pub fn with_trace_id(mut self, trace_id: impl Into<String>) -> ApiError {
        self.trace_id = Some(trace_id.into());
        self
    }

    /// The error with `inner_code` as its `X-Inner-Code` header.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// assert_eq!(ApiError::from(SdkError::EtcdError).with_inner_code("122002").inner_code(), Some("122002"));
    /// ```
    pub fn with_inner_code(mut self, inner_code: impl Into<String>) -> ApiError {
        self.inner_code = Some(inner_code.into());
        self
    }

    /// The error with `module_code` as its SDK module code.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// assert_eq!(ApiError::from(SdkError::EtcdError).with_module_code(10).module_code(), Some(10));
    /// ```
    pub fn with_module_code(mut self, module_code: u32) -> ApiError {
        self.module_code = Some(module_code);
        self
    }

    /// The response the REST API would send: the status ([`ApiError::status`];
    /// 500, the crate's choice as the meta service answers most errors so, where
    /// none is known), `Content-Type: application/json`, `X-Inner-Code` when the
    /// error has one, and the REST body. An SDK exception's module code has no
    /// place in that body: [`ApiError::to_exception_text`] writes it.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// let response = ApiError::from(SdkError::FunctionNotFound)
    ///     .with_message("function [0@faaspy@hello3] is not found. check input parameters")
    ///     .to_response();
    /// assert_eq!(response.status(), 404);
    /// assert_eq!(
    ///     response.body(),
    ///     br#"{"code":4115,"message":"function [0@faaspy@hello3] is not found. check input parameters"}"#
    /// );
    /// ```
    pub fn to_response(&self) -> http::Response<Vec<u8>> {
        let status = self
            .status()
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let mut headers = Vec::new();
        if let Some(inner) = &self.inner_code {
            headers.push((HeaderName::from_static(INNER_CODE_HEADER), inner.as_str()));
        }
        response::json(status, &headers, self)
    }
}

/// The REST body with `error`'s code and published message, and the status the
/// crate gives the code (see [`SdkError::http_status`]).
impl From<SdkError> for ApiError {
    fn from(error: SdkError) -> ApiError {
        ApiError {
            shape: Shape::Rest,
            code: error.number(),
            code_text: Cow::Borrowed(error.code()),
            error: Some(error),
            message: error.message().to_owned(),
            status: None,
            trace_id: None,
            inner_code: None,
            module_code: None,
            fields: Fields::default(),
        }
    }
}

const FIELDS: [Field; 3] = [
    (
        "code",
        Want::Number {
            max: u32::MAX as u64,
            expected: "a whole number from 0 to 4294967295",
        },
    ),
    ("message", Want::Text),
    ("trace_id", Want::Text),
];

/// The fields of a REST body this crate reads itself.
pub(crate) struct SdkObject {
    code: Option<u32>,
    message: Option<String>,
    trace_id: Option<String>,
}

impl Object for SdkObject {
    const FIELDS: &'static [Field] = &FIELDS;

    fn from_record(record: &mut Record) -> SdkObject {
        SdkObject {
            code: record.number(0).and_then(|code| u32::try_from(code).ok()),
            message: record.text(1),
            trace_id: record.text(2),
        }
    }
}

impl Body for ApiError {
    type Object = SdkObject;

    fn finish(object: SdkObject, fields: Fields) -> Result<ApiError, BodyError> {
        let code = object.code.ok_or(BodyError::MissingField {
            field: "code",
            what: "an openYuanrong error carries its code in `code`, a number",
        })?;
        let message = object.message.ok_or(BodyError::MissingField {
            field: "message",
            what: "an openYuanrong error carries its message in `message`",
        })?;
        let error = SdkError::try_from(code).ok();
        Ok(ApiError {
            shape: Shape::Rest,
            code,
            code_text: code_text(code, error),
            error,
            message,
            status: None,
            trace_id: object.trace_id,
            inner_code: None,
            module_code: None,
            fields,
        })
    }
}

/// The text of `code`: the catalog's when it knows the code.
fn code_text(code: u32, error: Option<SdkError>) -> Cow<'static, str> {
    match error {
        Some(error) => Cow::Borrowed(error.code()),
        None => Cow::Owned(code.to_string()),
    }
}

/// Writes the REST body (an SDK exception's module code has none: see
/// [`ApiError::to_exception_text`]).
impl Serialize for ApiError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message", &self.message)?;
        if let Some(id) = &self.trace_id {
            map.serialize_entry("trace_id", id)?;
        }
        self.fields.serialize_into(&mut map)?;
        map.end()
    }
}

crate::body::response::api_error_common!("sdk", "SdkError::InvokeRateLimited");
