//! What openYuanrong sends when a call fails, and how to answer like it.

use std::borrow::Cow;
use std::str::FromStr;

use http::header::HeaderName;
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::SdkError;
use crate::Code;
use crate::body::read::{Catalog, Field, FromRecord, Object, Record, Rest, Sent, Want};
use crate::body::response::{self, Body, Head, Input};
use crate::body::{BodyError, Fields, Message, Warning, Warnings};

/// The header in which openYuanrong's frontend sends its inner code.
pub const INNER_CODE_HEADER: &str = "x-inner-code";

/// The codes that mean success: `0` (every component's "no error"), the
/// frontend's `200200` and `6030`, whose message carries the result as JSON.
pub const SUCCESS_CODES: [u32; 3] = [0, 6030, 200200];

/// Where an openYuanrong error comes from.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Shape {
    /// The REST API's body: `{"code": 4115, "message": ...}`, with `trace_id` and
    /// the `X-Inner-Code` header from the frontend. Some services send the HTTP
    /// status in `code`, and no message.
    Rest,
    /// The Go faas SDK's body: `{"errorCode": "4005", "message": ...}` (or
    /// `errorMessage`), the code a string or a number.
    Faas,
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
    /// The code as sent: the catalog's text for a known code.
    code: Cow<'static, str>,
    /// Whether the body sent the code as a JSON number.
    code_is_number: bool,
    error: Option<SdkError>,
    message: Message,
    /// `message`, or `errorMessage` where a faas SDK body has only that.
    message_key: &'static str,
    status: Option<http::StatusCode>,
    trace_id: Option<String>,
    inner_code: Option<String>,
    module_code: Option<u32>,
    /// The form of an exception text, and what came before it; `None` for the
    /// C++ form with nothing before it.
    exception: Option<(super::exception::Kind, String)>,
    fields: Fields,
    warnings: Warnings,
}

impl ApiError {
    /// Reads an error body of the REST API (`code`, `message`) or of the Go faas
    /// SDK (`errorCode`, `message` or `errorMessage`). The code may be a number
    /// or a string; the message may be absent, `null` or other JSON (a
    /// [`Warning`] says so). Where a body has both `errorCode` and `code`, the
    /// code is `errorCode` and `code` is kept among the fields (the crate's
    /// rule).
    ///
    /// # Errors
    /// [`BodyError`] when the body is not such a body: not JSON, not an object,
    /// too large or deep, a code that is a fraction, an object or a boolean, no
    /// code, or a success code ([`SUCCESS_CODES`]: [`BodyError::NotAnError`]).
    /// An unknown code is not an error: [`ApiError::error`] is then `None`.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError, Shape};
    ///
    /// let error = ApiError::from_slice(br#"{"code": 4999, "message": "new in the next release"}"#)?;
    /// assert_eq!((error.code(), error.error()), ("4999", None));
    ///
    /// // The Go faas SDK: the code a string, in `errorCode`.
    /// let error = ApiError::from_slice(br#"{"errorCode": "4115", "errorMessage": "function not found"}"#)?;
    /// assert_eq!(error.shape(), Shape::Faas);
    /// assert_eq!(error.error(), Some(SdkError::FunctionNotFound));
    ///
    /// // The HTTP status in `code`, and nothing else.
    /// let error = ApiError::from_slice(br#"{"code": 500}"#)?;
    /// assert_eq!((error.code(), error.message()), ("500", ""));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn from_slice(body: &[u8]) -> Result<ApiError, BodyError> {
        response::from_slice(body)
    }

    /// Reads a REST API response: the body as [`ApiError::from_slice`] does, the
    /// HTTP status, and the frontend's `X-Inner-Code` header (one that is not
    /// visible ASCII is ignored, with a [`Warning`]).
    ///
    /// # Errors
    /// As [`ApiError::from_slice`].
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
        ApiError::from_head(Head::of(response), Input::Bytes(response.body().as_ref()))
    }

    /// Reads a response from its parts and its body, as
    /// [`ApiError::from_response`] does.
    ///
    /// # Errors
    /// As [`ApiError::from_slice`].
    ///
    /// ```
    /// let (parts, ()) = http::Response::builder().status(200).header("x-inner-code", "150444").body(())?.into_parts();
    /// let error = errcodes::sdk::ApiError::from_parts(&parts, br#"{"code": 150444, "message": "m"}"#)?;
    /// assert_eq!(error.inner_code(), Some("150444"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_parts(parts: &http::response::Parts, body: &[u8]) -> Result<ApiError, BodyError> {
        ApiError::from_head(Head::of_parts(parts), Input::Bytes(body))
    }

    pub(crate) fn from_head(head: Head<'_>, body: Input<'_>) -> Result<ApiError, BodyError> {
        let mut error = response::read::<ApiError>(body)?.with_status(head.status);
        if let Some(value) = head.headers.get(INNER_CODE_HEADER) {
            match value.to_str() {
                Ok(text) => error.inner_code = Some(text.to_owned()),
                Err(_) => error.warnings.push(Warning::InvalidHeader {
                    header: "X-Inner-Code",
                    value: String::from_utf8_lossy(value.as_bytes()).into_owned(),
                    expected: "visible ASCII text",
                }),
            }
        }
        Ok(error)
    }

    /// Reads the text of an SDK exception: C++'s `ErrCode: <code>, ModuleCode:
    /// <module>, ErrMsg: <message>` or Python's `code: <code>, module code:
    /// <module>, msg: <message>`, which the Python SDK may put after free text
    /// and `, `; or the Go faas SDK's error text, `code: <code>, message:
    /// <message>`, which has no module code. The message is the rest of the
    /// text, as is (trailing white space included); the text before the form is
    /// kept ([`ApiError::exception_prefix`]).
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
    /// let text = "invoke failed, code: 3003, module code: 10, msg: etcd is down";
    /// let error = ApiError::from_exception_text(text)?;
    /// assert_eq!(error.error(), Some(SdkError::InnerSystemError));
    /// assert_eq!(error.exception_prefix(), Some("invoke failed, "));
    /// assert_eq!(error.to_exception_text(), text);
    ///
    /// let error = ApiError::from_exception_text("ErrCode: x").unwrap_err();
    /// assert_eq!(error.to_string(), "not an openYuanrong exception text: expected the code, digits at byte 9");
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn from_exception_text(text: &str) -> Result<ApiError, BodyError> {
        let parsed = super::exception::parse(text)?;
        let error = SdkError::try_from(parsed.code).ok();
        let kind = parsed.kind;
        Ok(ApiError {
            shape: Shape::Exception,
            code: code_text(parsed.code, error),
            code_is_number: true,
            error,
            message: Message::new(parsed.message),
            message_key: "message",
            status: None,
            trace_id: None,
            inner_code: None,
            module_code: parsed.module,
            exception: (kind != super::exception::Kind::Cpp || !parsed.prefix.is_empty())
                .then(|| (kind, parsed.prefix.to_owned())),
            fields: Fields::default(),
            warnings: Warnings::default(),
        })
    }

    /// The exception text the SDK writes for the error: the C++ form
    /// `ErrCode: <code>, ModuleCode: <module>, ErrMsg: <message>` (the module
    /// code 0 when the error has none), or, for an error read from the Python
    /// or Go form, that form after its prefix, as read: parse -> write gives
    /// the text back.
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
        let (kind, prefix) = match &self.exception {
            Some((kind, prefix)) => (*kind, prefix.as_str()),
            None => (super::exception::Kind::Cpp, ""),
        };
        super::exception::write(
            prefix,
            kind,
            &self.code,
            self.module_code.unwrap_or(0),
            &self.message.text,
        )
    }

    /// The text before the exception's form, as read: the Python SDK's prefix
    /// (`invoke failed, `); `None` for a text that starts with the form.
    ///
    /// ```
    /// let error = errcodes::sdk::ApiError::from_exception_text("ErrCode: 4204, ModuleCode: 30, ErrMsg: disk full")?;
    /// assert_eq!(error.exception_prefix(), None);
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn exception_prefix(&self) -> Option<&str> {
        self.exception
            .as_ref()
            .map(|(_, prefix)| prefix.as_str())
            .filter(|prefix| !prefix.is_empty())
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

    /// The code exactly as sent, known or not: `4115`, `-1`, a faas SDK's string.
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// assert_eq!(ApiError::from(SdkError::PoolNotFound).code(), "4120");
    /// ```
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The code as a number, when it is one up to 4294967295 (a negative code,
    /// or a string that is no number, has none).
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// assert_eq!(ApiError::from(SdkError::PoolNotFound).number(), Some(4120));
    /// let error = ApiError::from_slice(br#"{"errorCode": "E_TIMEOUT", "message": "m"}"#)?;
    /// assert_eq!(error.number(), None);
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn number(&self) -> Option<u32> {
        crate::body::read::canonical_u32(&self.code)
    }

    /// The message as sent; openYuanrong's messages may themselves be JSON text.
    /// Empty when the body has none (a [`Warning::NoMessage`] says so).
    ///
    /// ```
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// assert_eq!(ApiError::from(SdkError::EtcdError).message(), "EtcdError");
    /// ```
    pub fn message(&self) -> &str {
        &self.message.text
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

    /// Where the error comes from: a REST body, a faas SDK body or an SDK
    /// exception's text.
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
        self.fields.remove("trace_id");
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
    /// error has one, and the body in the error's shape (an exception's text
    /// goes in the REST body). An SDK exception's module code has no place in
    /// that body: [`ApiError::to_exception_text`] writes it.
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
            code: Cow::Borrowed(error.code()),
            code_is_number: true,
            error: Some(error),
            message: Message::new(error.message()),
            message_key: "message",
            status: None,
            trace_id: None,
            inner_code: None,
            module_code: None,
            exception: None,
            fields: Fields::default(),
            warnings: Warnings::default(),
        }
    }
}

const FIELDS: [Field; 5] = [
    ("code", Want::Code(&CATALOG)),
    ("message", Want::Message),
    ("trace_id", Want::Text),
    ("errorCode", Want::Code(&CATALOG)),
    ("errorMessage", Want::Message),
];

/// openYuanrong's codes, for the reader: numbers, and the vendor's symbols.
static CATALOG: Catalog = Catalog {
    find: |code| SdkError::find_spelled(code).map(|(error, spelled)| (Code::Sdk(error), spelled)),
    number: Some(|number| SdkError::try_from(number).ok().map(Code::Sdk)),
};

/// The fields of a body this crate reads itself.
pub(crate) struct SdkObject {
    code: Option<Sent>,
    message: Option<crate::body::read::Text>,
    trace_id: Option<String>,
    error_code: Option<Sent>,
    error_message: Option<crate::body::read::Text>,
}

impl Object for SdkObject {
    const FIELDS: &'static [Field] = &FIELDS;
}

impl FromRecord for SdkObject {
    #[inline]
    fn from_record(record: &mut Record) -> SdkObject {
        SdkObject {
            code: record.code(0),
            message: record.message(1),
            trace_id: record.text(2),
            error_code: record.code(3),
            error_message: record.message(4),
        }
    }
}

impl Body for ApiError {
    type Object = SdkObject;

    fn finish(record: &mut Record, rest: Rest) -> Result<ApiError, BodyError> {
        let object = SdkObject::from_record(record);
        let Rest {
            mut fields,
            mut warnings,
            ..
        } = rest;
        let (shape, code) = match (object.error_code, object.code) {
            (Some(code), other) => {
                if let Some(other) = other {
                    fields.set("code", other.into_json());
                }
                (Shape::Faas, code)
            }
            (None, Some(code)) => (Shape::Rest, code),
            (None, None) => {
                return Err(BodyError::MissingField {
                    field: "code",
                    what: "an openYuanrong error carries its code in `code` (REST) or \
                           `errorCode` (the faas SDK)",
                });
            }
        };
        if let Some(number) = code.as_u32().filter(|n| SUCCESS_CODES.contains(n)) {
            return Err(BodyError::NotAnError {
                field: if shape == Shape::Faas {
                    "errorCode"
                } else {
                    "code"
                },
                value: match number {
                    0 => "0",
                    6030 => "6030",
                    _ => "200200",
                },
            });
        }
        // `message` first; `errorMessage` where it is the only one.
        let (message_key, message) = match (object.message, object.error_message) {
            (Some(message), other) => {
                if let Some(other) = other {
                    fields.set("errorMessage", other.into_json());
                }
                ("message", Some(message))
            }
            (None, Some(other)) => ("errorMessage", Some(other)),
            (None, None) => ("message", None),
        };
        let message = Message::read(message, &mut warnings);
        let error = match code.error {
            Some(Code::Sdk(error)) => Some(error),
            _ => None,
        };
        Ok(ApiError {
            shape,
            code: code.text,
            code_is_number: code.number,
            error,
            message,
            message_key,
            status: None,
            trace_id: object.trace_id,
            inner_code: None,
            module_code: None,
            exception: None,
            fields,
            warnings: Warnings::new(warnings),
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

/// Writes the body in the error's shape: the REST body (an SDK exception's too,
/// whose module code has none: see [`ApiError::to_exception_text`]), or the
/// faas SDK's.
impl Serialize for ApiError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        let key = match self.shape {
            Shape::Faas => "errorCode",
            Shape::Rest | Shape::Exception => "code",
        };
        match (
            self.code_is_number,
            serde_json::Number::from_str(&self.code),
        ) {
            (true, Ok(number)) => map.serialize_entry(key, &number)?,
            _ => map.serialize_entry(key, &self.code)?,
        }
        self.message.serialize_into(&mut map, self.message_key)?;
        if let Some(id) = &self.trace_id {
            map.serialize_entry("trace_id", id)?;
        }
        self.fields.serialize_into(&mut map)?;
        map.end()
    }
}

crate::body::response::api_error_common!("sdk", "SdkError::InvokeRateLimited");
