//! What BlueKing PaaS sends when a call fails, and how to answer like it.

use std::borrow::Cow;

use http::header::HeaderName;
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{PaasError, Product};
use crate::Code;
use crate::body::read::{Catalog, Field, Object, Record, Sent, Want};
use crate::body::response::{self, Body};
use crate::body::{BodyError, Fields, fields};

/// The header in which bkpaas3 repeats its symbolic code.
pub const ERROR_CODE_HEADER: &str = "bkapi-error-code";
/// The header in which bkpaas3 sends the number of its code.
pub const ERROR_CODE_NUM_HEADER: &str = "bkapi-error-code-num";

/// The shape of a BlueKing PaaS error body.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Shape {
    /// bkpaas3's standard body: `{"code": "CANNOT_DEPLOY_APP", "detail": ...}`,
    /// the number in the `bkapi-error-code-num` header, HTTP 400 (404 for
    /// `CHANNEL_NOT_FOUND`). Validation failures add `fields_detail`.
    Paas3,
    /// bkpaas3's `?format=bk_std_json` body: `{"result": false, "data": {},
    /// "code": 4311003, "message": ..., "code_slug": "CANNOT_DEPLOY_APP"}`.
    Paas3StdJson,
    /// ESB's body, at HTTP 200: `{"result": false, "code": 1306406, "data": null,
    /// "message": ..., "request_id": ...}`; `code` is sometimes a string.
    Esb,
    /// open_paas's paas API v2 body: `{"result": false, "bk_error_code": 1301100,
    /// "bk_error_msg": ...}`.
    BkError,
}

/// An error BlueKing PaaS returned, or will return: its code as sent (typed
/// when the catalog knows it), the message as sent, the HTTP status, the request
/// id, and every other field of the body, so that writing it back loses nothing.
///
/// ```
/// use errcodes::paas::{ApiError, PaasError};
///
/// // ESB answers HTTP 200 with `result: false`.
/// let body = br#"{"result": false, "code": 1306406, "data": null, "message": "Parameters error, bk_biz_id is required", "request_id": "4e5f"}"#;
/// let error = ApiError::from_slice(body)?;
/// assert_eq!(error.error(), Some(PaasError::ArgumentError));
/// assert_eq!(error.message(), "Parameters error, bk_biz_id is required");
/// assert_eq!(error.request_id(), Some("4e5f"));
/// # Ok::<(), errcodes::BodyError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    shape: Shape,
    /// The body's code as sent: bkpaas3's symbolic name, or the number's text.
    code: Cow<'static, str>,
    /// Whether the body sent `code` as a JSON number (ESB also sends strings).
    code_is_number: bool,
    error: Option<PaasError>,
    message: String,
    status: Option<http::StatusCode>,
    /// The number of the code: the body's, or bkpaas3's `bkapi-error-code-num`.
    number: Option<u32>,
    /// `bk_std_json`'s `code_slug`.
    code_slug: Option<String>,
    result: Option<bool>,
    request_id: Option<String>,
    fields: Fields,
}

impl ApiError {
    /// Reads a BlueKing PaaS error body of any [`Shape`].
    ///
    /// # Errors
    /// [`BodyError`] when the body is not such a body: not JSON, truncated, too
    /// large or deep, a field of the wrong type, a duplicate field, no code, or
    /// `result: true` ([`BodyError::NotAnError`]). An unknown code is not an
    /// error: [`ApiError::error`] is then `None`.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError, Shape};
    ///
    /// let error = ApiError::from_slice(r#"{"code": "CANNOT_DEPLOY_APP", "detail": "部署失败: 构建超时"}"#.as_bytes())?;
    /// assert_eq!(error.shape(), Shape::Paas3);
    /// assert_eq!(error.error(), Some(PaasError::CannotDeployApp));
    /// assert_eq!(error.message(), "部署失败: 构建超时");
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn from_slice(body: &[u8]) -> Result<ApiError, BodyError> {
        response::from_slice(body)
    }

    /// Reads a BlueKing PaaS response: the body as [`ApiError::from_slice`] does,
    /// the HTTP status, and bkpaas3's `bkapi-error-code-num` header.
    ///
    /// # Errors
    /// As [`ApiError::from_slice`], and [`BodyError::InvalidHeader`] when
    /// `bkapi-error-code-num` is not a number.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError};
    /// use http::Response;
    ///
    /// let response = Response::builder()
    ///     .status(400)
    ///     .header("bkapi-error-code", "SVR_VERSION_CHECK_FAILED")
    ///     .header("bkapi-error-code-num", "4311009")
    ///     .body(r#"{"code": "SVR_VERSION_CHECK_FAILED", "detail": "平台服务版本检测失败"}"#)?;
    /// let error = ApiError::from_response(&response)?;
    /// // A code the published catalog does not list: kept as sent.
    /// assert_eq!(error.error(), None);
    /// assert_eq!(error.code(), "SVR_VERSION_CHECK_FAILED");
    /// assert_eq!(error.number(), Some(4311009));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<ApiError, BodyError> {
        let mut error = ApiError::from_slice(response.body().as_ref())?;
        let invalid = |name, value: &http::HeaderValue, expected| BodyError::InvalidHeader {
            name,
            value: String::from_utf8_lossy(value.as_bytes()).into_owned(),
            expected,
        };
        if let Some(value) = response.headers().get(ERROR_CODE_HEADER) {
            // bkpaas3 repeats the body's code here; another code would leave the
            // answer with two codes.
            if error.shape == Shape::Paas3 && value.as_bytes() != error.code.as_bytes() {
                return Err(invalid(ERROR_CODE_HEADER, value, "the body's `code`"));
            }
        }
        if let Some(value) = response.headers().get(ERROR_CODE_NUM_HEADER) {
            let number = value
                .to_str()
                .ok()
                .and_then(|text| text.parse::<u32>().ok())
                .filter(|n| value.as_bytes() == n.to_string().as_bytes())
                .ok_or_else(|| invalid(ERROR_CODE_NUM_HEADER, value, "the code's number"))?;
            match (error.number, error.error) {
                (None, None) => {
                    error.number = Some(number);
                    error.error = PaasError::try_from(number).ok();
                }
                (Some(known), _) if known != number => {
                    return Err(invalid(
                        ERROR_CODE_NUM_HEADER,
                        value,
                        "the number of the body's `code`",
                    ));
                }
                _ => {}
            }
        }
        Ok(error.with_status(response.status()))
    }

    /// The typed code, when the catalog knows it: found by the number, else by
    /// the symbolic name.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError};
    ///
    /// let error = ApiError::from_slice(br#"{"result": false, "code": "1306001", "message": "redis down"}"#)?;
    /// assert_eq!(error.error(), Some(PaasError::RedisConnectionError));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn error(&self) -> Option<PaasError> {
        self.error
    }

    /// The code exactly as the body sent it: bkpaas3's symbolic name
    /// (`CANNOT_DEPLOY_APP`), or the number (`1306406`), known or not.
    ///
    /// ```
    /// let error = errcodes::paas::ApiError::from_slice(br#"{"code": "VALIDATION_ERROR", "detail": "invalid", "fields_detail": {"name": ["required"]}}"#)?;
    /// assert_eq!(error.code(), "VALIDATION_ERROR");
    /// assert_eq!(error.error(), None);
    /// assert_eq!(error.field("fields_detail").unwrap().get(), r#"{"name": ["required"]}"#);
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The number of the code, from the body or bkpaas3's `bkapi-error-code-num`.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError};
    ///
    /// assert_eq!(ApiError::from(PaasError::CannotDeployApp).number(), Some(4311003));
    /// ```
    pub fn number(&self) -> Option<u32> {
        self.number
    }

    /// The message as sent: `detail`, `message` or `bk_error_msg`.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError};
    ///
    /// // ESB sends the English text of its source.
    /// assert_eq!(ApiError::from(PaasError::ArgumentError).message(), "Parameters error");
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The HTTP status: the response's, or the one the platform sends with the
    /// body's shape and code (ESB's 200, bkpaas3's 400 or 404); `None` for a paas
    /// API v2 body with a code the catalog does not know, read without its
    /// response.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError, Shape};
    /// use http::StatusCode;
    ///
    /// assert_eq!(ApiError::from(PaasError::ChannelNotFound).status(), Some(StatusCode::NOT_FOUND));
    /// let esb = ApiError::from(PaasError::CannotDeployApp).with_shape(Shape::Esb);
    /// assert_eq!(esb.status(), Some(StatusCode::OK));
    /// ```
    pub fn status(&self) -> Option<http::StatusCode> {
        self.status.or_else(|| self.shape_status())
    }

    /// The status the body's shape and code call for: ESB's 200 whatever the
    /// code; bkpaas3's own (400, 404 for `CHANNEL_NOT_FOUND`), and 400 for a code
    /// it does not know, as it sends 400 for every numbered code; the code's for a
    /// paas API v2 body (the crate's 500 for open_paas 1301–1305).
    fn shape_status(&self) -> Option<http::StatusCode> {
        let paas3 = self.error.filter(|e| e.product() == Product::Paas3);
        match self.shape {
            Shape::Esb => Some(http::StatusCode::OK),
            Shape::Paas3 | Shape::Paas3StdJson => {
                Some(paas3.map_or(http::StatusCode::BAD_REQUEST, |e| e.http_status()))
            }
            Shape::BkError => self.error.map(|e| e.http_status()),
        }
    }

    /// The error with `status` as its HTTP status, for an answer the platform's
    /// status does not fit. A status equal to the shape's is the shape's: set it
    /// after [`ApiError::with_shape`].
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError};
    /// use http::StatusCode;
    ///
    /// let error = ApiError::from(PaasError::CannotDeployApp).with_status(StatusCode::CONFLICT);
    /// assert_eq!(error.to_response().status(), 409);
    /// ```
    pub fn with_status(mut self, status: http::StatusCode) -> ApiError {
        // Kept only where it says more than the error does, as a parsed response.
        self.status = (Some(status) != self.shape_status()).then_some(status);
        self
    }

    /// The shape of the body.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError, Shape};
    ///
    /// assert_eq!(ApiError::from(PaasError::ArgumentError).shape(), Shape::Esb);
    /// assert_eq!(ApiError::from(PaasError::CannotDeployApp).shape(), Shape::Paas3);
    /// ```
    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// `bk_std_json`'s `code_slug`: the symbolic name beside the number.
    ///
    /// ```
    /// let body = br#"{"result": false, "data": {}, "code": 4311003, "message": "m", "code_slug": "CANNOT_DEPLOY_APP"}"#;
    /// assert_eq!(errcodes::paas::ApiError::from_slice(body)?.code_slug(), Some("CANNOT_DEPLOY_APP"));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn code_slug(&self) -> Option<&str> {
        self.code_slug.as_deref()
    }

    /// ESB's `request_id`.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError};
    ///
    /// let error = ApiError::from(PaasError::ArgumentError).with_request_id("4e5f");
    /// assert_eq!(error.request_id(), Some("4e5f"));
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The error with `request_id` as its `request_id`, as ESB sends one with each
    /// answer.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError};
    ///
    /// let error = ApiError::from(PaasError::ArgumentError).with_request_id("4e5f");
    /// assert!(String::from_utf8(error.to_response().into_body())?.contains(r#""request_id":"4e5f""#));
    /// # Ok::<(), std::string::FromUtf8Error>(())
    /// ```
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> ApiError {
        self.request_id = Some(request_id.into());
        self
    }

    /// The error in another [`Shape`]: a bkpaas3 code in the `bk_std_json` body,
    /// say. The message moves to the shape's field (`detail` or `message`), the
    /// code to its form (the name, or the number); `bk_std_json` gets the name in
    /// `code_slug`, as a body of that shape without one reads as ESB's.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError, Shape};
    ///
    /// let error = ApiError::from(PaasError::CannotDeployApp).with_shape(Shape::Paas3StdJson);
    /// let body = String::from_utf8(error.to_response().into_body())?;
    /// assert_eq!(
    ///     body,
    ///     r#"{"result":false,"code":4311003,"message":"部署失败","code_slug":"CANNOT_DEPLOY_APP","data":{}}"#
    /// );
    /// # Ok::<(), std::string::FromUtf8Error>(())
    /// ```
    pub fn with_shape(mut self, shape: Shape) -> ApiError {
        let name = self.error.and_then(|e| e.vendor_name());
        match shape {
            Shape::Paas3 => {
                if let Some(name) = self.code_slug.take().or(name.map(str::to_owned)) {
                    self.code = Cow::Owned(name);
                }
                self.code_is_number = false;
                self.result = None;
                // ESB's `data: null` says nothing in bkpaas3's body.
                if self
                    .fields
                    .get("data")
                    .is_some_and(|data| data.get() == "null")
                {
                    self.fields.remove("data");
                }
            }
            Shape::Paas3StdJson | Shape::Esb | Shape::BkError => {
                if shape == Shape::Paas3StdJson && self.code_slug.is_none() {
                    // bk_std_json names the code in `code_slug`; without one, its
                    // body would read as ESB's.
                    let slug = (!self.code_is_number).then(|| self.code.clone().into_owned());
                    self.code_slug = slug.or(name.map(str::to_owned));
                }
                if let Some(number) = self.number {
                    self.code = match self.error {
                        Some(error) => Cow::Borrowed(error.code()),
                        None => Cow::Owned(number.to_string()),
                    };
                    self.code_is_number = true;
                }
                self.result = Some(false);
                // bk_std_json always sends `data`, ESB too (null on errors).
                let data = if shape == Shape::Esb { "null" } else { "{}" };
                if shape != Shape::BkError && !self.fields.contains("data") {
                    self.fields.set("data", fields::raw(data));
                }
            }
        }
        self.shape = shape;
        self
    }

    /// The response BlueKing PaaS would send: the status ([`ApiError::status`];
    /// 500, the crate's choice, where none is known), `Content-Type:
    /// application/json`, bkpaas3's `bkapi-error-code` headers, and the body in the
    /// error's shape.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError};
    ///
    /// let response = ApiError::from(PaasError::CannotDeployApp).to_response();
    /// assert_eq!(response.status(), 400);
    /// assert_eq!(response.headers()["bkapi-error-code"], "CANNOT_DEPLOY_APP");
    /// assert_eq!(response.headers()["bkapi-error-code-num"], "4311003");
    /// assert_eq!(response.body(), r#"{"code":"CANNOT_DEPLOY_APP","detail":"部署失败"}"#.as_bytes());
    /// ```
    pub fn to_response(&self) -> http::Response<Vec<u8>> {
        let status = self
            .status()
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let number = self.number.map(|n| n.to_string());
        let mut headers = Vec::new();
        if self.shape == Shape::Paas3 {
            headers.push((HeaderName::from_static(ERROR_CODE_HEADER), &*self.code));
            if let Some(number) = &number {
                headers.push((
                    HeaderName::from_static(ERROR_CODE_NUM_HEADER),
                    number.as_str(),
                ));
            }
        }
        response::json(status, &headers, self)
    }
}

/// The body the platform sends with `error`: bkpaas3's standard body, ESB's body
/// with the English text of its source (what ESB sends), and, for open_paas
/// 1301–1305, which the vendor documents in no body, the paas API v2
/// `bk_error_code` body (the crate's choice).
///
/// bkpaas3 translates `detail` into the server's locale; the crate writes the
/// Chinese original from the vendor's source (its choice: the example body of
/// the vendor's source is Chinese). `with_message` sets another.
impl From<PaasError> for ApiError {
    fn from(error: PaasError) -> ApiError {
        let mut fields = Fields::default();
        let (shape, code, code_is_number, message, result) = match (error.product(), error.module())
        {
            (Product::Paas3, _) => (
                Shape::Paas3,
                error.vendor_name().unwrap_or(error.code()),
                false,
                error.message_zh().unwrap_or(error.message()),
                None,
            ),
            (_, super::Module::Esb) => {
                fields.set("data", fields::raw("null"));
                (
                    Shape::Esb,
                    error.code(),
                    true,
                    error.message_en().unwrap_or(error.message()),
                    Some(false),
                )
            }
            _ => (
                Shape::BkError,
                error.code(),
                true,
                error.message(),
                Some(false),
            ),
        };
        ApiError {
            shape,
            code: Cow::Borrowed(code),
            code_is_number,
            error: Some(error),
            message: message.to_owned(),
            status: None,
            number: Some(error.number()),
            code_slug: None,
            result,
            request_id: None,
            fields,
        }
    }
}

/// The fields of a BlueKing PaaS body this crate reads itself.
pub(crate) struct PaasObject {
    code: Option<Sent>,
    detail: Option<String>,
    message: Option<String>,
    result: Option<bool>,
    code_slug: Option<String>,
    request_id: Option<String>,
    bk_error_code: Option<Sent>,
    bk_error_msg: Option<String>,
}

const FIELDS: [Field; 8] = [
    ("code", Want::CodeOrNumber(&CATALOG)),
    ("detail", Want::Text),
    ("message", Want::Text),
    ("result", Want::Flag),
    ("code_slug", Want::Text),
    ("request_id", Want::Text),
    ("bk_error_code", Want::CodeOrNumber(&CATALOG)),
    ("bk_error_msg", Want::Text),
];

impl Object for PaasObject {
    const FIELDS: &'static [Field] = &FIELDS;
    const KEPT: &'static [&'static str] = &["data", "fields_detail"];

    fn from_record(record: &mut Record) -> PaasObject {
        PaasObject {
            code: record.code(0),
            detail: record.text(1),
            message: record.text(2),
            result: record.flag(3),
            code_slug: record.text(4),
            request_id: record.text(5),
            bk_error_code: record.code(6),
            bk_error_msg: record.text(7),
        }
    }
}

/// BlueKing PaaS's codes, for the reader: strings (codes and the vendor's names,
/// through `find`) and numbers.
static CATALOG: Catalog = Catalog {
    find: |code| PaasError::find(code).map(Code::Paas),
    number: Some(|number| PaasError::try_from(number).ok().map(Code::Paas)),
};

impl Body for ApiError {
    type Object = PaasObject;

    fn finish(object: PaasObject, mut fields: Fields) -> Result<ApiError, BodyError> {
        if object.result == Some(true) {
            return Err(BodyError::NotAnError {
                field: "result",
                value: "true",
            });
        }
        let missing = |field, what| BodyError::MissingField { field, what };
        let (shape, code, message) = if let Some(code) = object.bk_error_code {
            let message = object.bk_error_msg.ok_or(missing(
                "bk_error_msg",
                "a paas API v2 error carries its message in `bk_error_msg`",
            ))?;
            keep(&mut fields, "code", object.code);
            keep_text(&mut fields, "message", object.message);
            keep_text(&mut fields, "detail", object.detail);
            (Shape::BkError, code, message)
        } else if let Some(code) = object.code {
            keep_text(&mut fields, "bk_error_msg", object.bk_error_msg);
            match (object.detail, object.message) {
                (Some(detail), message) => {
                    keep_text(&mut fields, "message", message);
                    (Shape::Paas3, code, detail)
                }
                (None, Some(message)) if object.code_slug.is_some() => {
                    (Shape::Paas3StdJson, code, message)
                }
                (None, Some(message)) => (Shape::Esb, code, message),
                (None, None) => {
                    return Err(missing(
                        "message",
                        "a BlueKing PaaS error carries its message in `detail` (bkpaas3) or \
                         `message` (ESB, bk_std_json)",
                    ));
                }
            }
        } else {
            return Err(missing(
                "code",
                "a BlueKing PaaS error carries its code in `code` (bkpaas3, ESB, bk_std_json) \
                 or `bk_error_code` (paas API v2)",
            ));
        };
        let by_slug = || {
            object
                .code_slug
                .as_deref()
                .and_then(|slug| slug.parse().ok())
        };
        let error = match code.error {
            Some(Code::Paas(error)) => Some(error),
            _ => by_slug(),
        };
        let number = match (code.number, shape) {
            // A JSON number is written out canonically: up to ten digits.
            (true, _) => code.text.parse().ok(),
            // bkpaas3 sends its number in a header; the catalog knows it too.
            (false, Shape::Paas3) => error.map(|e| e.number()),
            (false, _) => {
                crate::lookup::key::decimal(code.text.as_bytes()).or(error.map(|e| e.number()))
            }
        };
        Ok(ApiError {
            shape,
            code: code.text,
            code_is_number: code.number,
            error,
            message,
            status: None,
            number,
            code_slug: object.code_slug,
            result: object.result,
            request_id: object.request_id,
            fields,
        })
    }
}

/// Keeps a read code that the body's shape does not use as a field of the body.
fn keep(fields: &mut Fields, name: &str, code: Option<Sent>) {
    if let Some(code) = code {
        let value = match code.number {
            true => serde_json::value::RawValue::from_string(code.text.into_owned()).ok(),
            false => Some(fields::string(&code.text)),
        };
        if let Some(value) = value {
            fields.set(name, value);
        }
    }
}

/// Keeps a read text that the body's shape does not use as a field of the body.
fn keep_text(fields: &mut Fields, name: &str, text: Option<String>) {
    if let Some(text) = text {
        fields.set(name, fields::string(&text));
    }
}

/// Writes the body in the error's shape.
impl Serialize for ApiError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(result) = self.result {
            map.serialize_entry("result", &result)?;
        }
        let code_key = match self.shape {
            Shape::BkError => "bk_error_code",
            _ => "code",
        };
        match (self.code_is_number, self.code.parse::<u64>()) {
            (true, Ok(number)) => map.serialize_entry(code_key, &number)?,
            _ => map.serialize_entry(code_key, &self.code)?,
        }
        let message_key = match self.shape {
            Shape::Paas3 => "detail",
            Shape::BkError => "bk_error_msg",
            Shape::Paas3StdJson | Shape::Esb => "message",
        };
        map.serialize_entry(message_key, &self.message)?;
        if let Some(slug) = &self.code_slug {
            map.serialize_entry("code_slug", slug)?;
        }
        if let Some(id) = &self.request_id {
            map.serialize_entry("request_id", id)?;
        }
        self.fields.serialize_into(&mut map)?;
        map.end()
    }
}

crate::body::response::api_error_common!("paas", "PaasError::ArgumentError");
