//! What BlueKing PaaS sends when a call fails, and how to answer like it.

use std::borrow::Cow;

use http::header::HeaderName;
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{PaasError, Product, Scope};
use crate::Code;
use crate::body::read::{self, Catalog, Field, Object, Record, Rest, Sent, Text, Want};
use crate::body::response::{self, Body, Head, Input};
use crate::body::{BodyError, Fields, Message, Warning, Warnings, fields};

/// The header in which bkpaas3 repeats its symbolic code.
pub const ERROR_CODE_HEADER: &str = "bkapi-error-code";
/// The header in which bkpaas3 sends the number of its code.
pub const ERROR_CODE_NUM_HEADER: &str = "bkapi-error-code-num";
/// The header in which the BlueKing API gateway sends its code.
pub const GATEWAY_CODE_HEADER: &str = "x-bkapi-error-code";
/// The header in which the BlueKing API gateway sends its message.
pub const GATEWAY_MESSAGE_HEADER: &str = "x-bkapi-error-message";
/// The header in which the BlueKing API gateway sends the request id.
pub const GATEWAY_REQUEST_ID_HEADER: &str = "x-bkapi-request-id";
/// The request id header of services behind the gateway.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

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
    /// "bk_error_msg": ...}`; the legacy light-app API served by bkpaas3 sends it
    /// too, the code a string, `bk_error_msg` an object of field errors.
    BkError,
    /// The BlueKing API gateway's own body: `{"code": 1640001, "code_name":
    /// "INVALID_ARGS", "data": null, "message": ..., "result": false}`, with the
    /// `X-Bkapi-Error-Code` and `X-Bkapi-Error-Message` headers and real HTTP
    /// statuses. Its codes are in the catalog, from the gateway's source:
    /// [`ApiError::error`] is the code of the pair `code` and `code_name`
    /// ([`PaasError::from_gateway`]), or of the number alone where the number
    /// is one code's; a number several codes share (`1640302`) with no
    /// `code_name` that tells them apart is typed by none, and
    /// [`ApiError::candidates`] lists them.
    Gateway,
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
#[derive(Clone, Debug)]
pub struct ApiError {
    shape: Shape,
    /// The body's code as sent: bkpaas3's symbolic name, or the number's text.
    code: Cow<'static, str>,
    /// Whether the body sent `code` as a JSON number (ESB also sends strings).
    code_is_number: bool,
    error: Option<PaasError>,
    message: Message,
    /// The status set or read; [`ApiError::status`] falls back on the shape's.
    status: Option<http::StatusCode>,
    /// The number of the code: the body's, or bkpaas3's `bkapi-error-code-num`.
    number: Option<u32>,
    /// `bk_std_json`'s `code_slug`.
    code_slug: Option<String>,
    /// The API gateway's `code_name`.
    code_name: Option<String>,
    result: Option<bool>,
    request_id: Option<String>,
    fields: Fields,
    warnings: Warnings,
}

/// Equal when they say the same: the same body, and the same status, whether
/// set or the shape's (so that the order of the builders does not matter).
impl PartialEq for ApiError {
    fn eq(&self, other: &ApiError) -> bool {
        self.shape == other.shape
            && self.code == other.code
            && self.code_is_number == other.code_is_number
            && self.error == other.error
            && self.message == other.message
            && self.status() == other.status()
            && self.number == other.number
            && self.code_slug == other.code_slug
            && self.code_name == other.code_name
            && self.result == other.result
            && self.request_id == other.request_id
            && self.fields == other.fields
    }
}

impl Eq for ApiError {}

impl ApiError {
    /// Reads a BlueKing PaaS error body of any [`Shape`].
    ///
    /// Codes may be numbers (negative ones too: `bk_std_json`'s default is
    /// `-1`) or strings; the message may be absent, `null` or an object (a
    /// [`Warning`] says so).
    ///
    /// # Errors
    /// [`BodyError`] when the body is not such a body: not JSON, not an object,
    /// too large or deep, a code that is a fraction, an object or a boolean, no
    /// code, or a success (`result: true`, `code: 0`: [`BodyError::NotAnError`]).
    /// An unknown code is not an error: [`ApiError::error`] is then `None`.
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
    /// the HTTP status, bkpaas3's `bkapi-error-code(-num)` headers, the API
    /// gateway's `X-Bkapi-Error-Code` and `X-Bkapi-Error-Message`, and the
    /// request id of `X-Bkapi-Request-Id` or `X-Request-Id` where the body has
    /// none. A header that disagrees with the body, or is malformed, is kept as
    /// a [`Warning`], and the body is still read. A body without a code (the
    /// gateway's HTML page, APISIX's `{"error_msg": ...}`) under a header that
    /// carries one gives the header's code.
    ///
    /// # Errors
    /// As [`ApiError::from_slice`], when no header carries a code either.
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
    /// // A code of bkpaas3's source, which its page does not list.
    /// assert_eq!(error.error(), Some(PaasError::SvrVersionCheckFailed));
    /// assert_eq!(error.code(), "SVR_VERSION_CHECK_FAILED");
    /// assert_eq!(error.number(), Some(4311009));
    ///
    /// // The API gateway's code in its header, an HTML page in the body.
    /// let response = Response::builder()
    ///     .status(504)
    ///     .header("X-Bkapi-Error-Code", "1650401")
    ///     .header("X-Bkapi-Error-Message", "Request backend service timeout")
    ///     .body("<html><body>504 Gateway Time-out</body></html>")?;
    /// let error = ApiError::from_response(&response)?;
    /// assert_eq!((error.code(), error.message()), ("1650401", "Request backend service timeout"));
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
    /// As [`ApiError::from_response`].
    ///
    /// ```
    /// let (parts, ()) = http::Response::builder().header("X-Bkapi-Request-Id", "r-1").body(())?.into_parts();
    /// let body = br#"{"result": false, "code": 1306406, "message": "m"}"#;
    /// assert_eq!(errcodes::paas::ApiError::from_parts(&parts, body)?.request_id(), Some("r-1"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_parts(parts: &http::response::Parts, body: &[u8]) -> Result<ApiError, BodyError> {
        ApiError::from_head(Head::of_parts(parts), Input::Bytes(body))
    }

    pub(crate) fn from_head(head: Head<'_>, body: Input<'_>) -> Result<ApiError, BodyError> {
        let mut warnings = Vec::new();
        let mut text = |name| response::header_text(head, name, &mut warnings);
        let (slug, number, gateway_code, gateway_message) = (
            text(ERROR_CODE_HEADER),
            text(ERROR_CODE_NUM_HEADER),
            text(GATEWAY_CODE_HEADER),
            text(GATEWAY_MESSAGE_HEADER),
        );
        let request_id = text(GATEWAY_REQUEST_ID_HEADER).or_else(|| text(REQUEST_ID_HEADER));
        let mut error = match response::read::<ApiError>(body) {
            Ok(error) => error,
            Err(why) => {
                let Some((shape, header, code)) = gateway_code
                    .clone()
                    .map(|code| (Shape::Gateway, "X-Bkapi-Error-Code", code))
                    .or_else(|| {
                        slug.clone()
                            .map(|code| (Shape::Paas3, "bkapi-error-code", code))
                    })
                else {
                    return Err(why);
                };
                let message = match shape {
                    Shape::Gateway => gateway_message.clone().unwrap_or_default(),
                    _ => String::new(),
                };
                warnings.push(Warning::CodeOnlyInHeader {
                    header,
                    body: why.to_string(),
                });
                ApiError::of_header(shape, code, message)
            }
        };
        error.warnings.append(&mut warnings);
        let warnings = &mut *error.warnings;
        if let Some(slug) = slug {
            let body_name = match (&error.code_slug, error.code_is_number) {
                (Some(name), _) => Some(name.as_str()),
                (None, false) => Some(&*error.code),
                (None, true) => None,
            };
            if let Some(body_name) = body_name.filter(|name| *name != slug) {
                warnings.push(Warning::HeaderConflict {
                    header: "bkapi-error-code",
                    header_value: slug,
                    body_value: body_name.to_owned(),
                });
            }
        }
        if let Some(text) = number {
            match crate::body::read::canonical_u32(&text) {
                None => warnings.push(Warning::InvalidHeader {
                    header: "bkapi-error-code-num",
                    value: text,
                    expected: "the code's number",
                }),
                Some(number) => match error.number {
                    None => {
                        error.number = Some(number);
                        // The number types the code where the body's name
                        // does not, or names several codes (`UNAUTHORIZED`:
                        // bkpaas3's and the gateway's 1640100).
                        let shared = PaasError::matching(&error.code).len() > 1;
                        if error.error.is_none() || shared {
                            if let Ok(by_number) = PaasError::try_from(number) {
                                error.error = Some(by_number);
                            }
                        }
                    }
                    Some(known) if known != number => warnings.push(Warning::HeaderConflict {
                        header: "bkapi-error-code-num",
                        header_value: text,
                        body_value: known.to_string(),
                    }),
                    Some(_) => {}
                },
            }
        }
        if let Some(code) = gateway_code.filter(|code| *code != *error.code) {
            warnings.push(Warning::HeaderConflict {
                header: "X-Bkapi-Error-Code",
                header_value: code,
                body_value: error.code.to_string(),
            });
        }
        if let Some(message) = gateway_message
            .filter(|m| error.shape == Shape::Gateway && !is_header_message(m, &error.message.text))
        {
            warnings.push(Warning::HeaderConflict {
                header: "X-Bkapi-Error-Message",
                header_value: message,
                body_value: error.message.text.clone(),
            });
        }
        response::merge(
            &mut error.request_id,
            request_id,
            "X-Bkapi-Request-Id",
            warnings,
        );
        Ok(error.with_status(head.status))
    }

    /// The error a header's code gives, for a response whose body has none.
    fn of_header(shape: Shape, code: String, message: String) -> ApiError {
        let number = crate::body::read::canonical_u32(&code);
        let error = match number {
            Some(number) => PaasError::try_from(number).ok(),
            None => code.parse().ok().filter(|e| named_in_shape(*e, shape, None)),
        };
        ApiError {
            shape,
            code_is_number: shape == Shape::Gateway && number.is_some(),
            code: Cow::Owned(code),
            error,
            message: Message::new(message),
            status: None,
            number,
            code_slug: None,
            code_name: None,
            result: (shape == Shape::Gateway).then_some(false),
            request_id: None,
            fields: Fields::default(),
            warnings: Warnings::default(),
        }
    }

    /// The typed code, when the catalog knows it: found by the number, else by
    /// the symbolic name. An API gateway body is typed by its pair of `code`
    /// and `code_name` ([`PaasError::from_gateway`]), else by its number where
    /// one code has it: `None` for a number several codes share
    /// ([`ApiError::candidates`] lists them).
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

    /// The codes the error may be: the typed code ([`ApiError::error`]) when
    /// there is one; else every code the body's code names
    /// ([`PaasError::matching`]): both of `1640302` for a gateway body without
    /// a `code_name` that tells them apart; none when the catalog knows no
    /// code of the body.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError};
    ///
    /// let body = br#"{"code": 1640302, "data": null, "message": "m", "result": false}"#;
    /// let error = ApiError::from_slice(body)?;
    /// assert_eq!(error.error(), None);
    /// assert_eq!(error.candidates(), [PaasError::CrossTenantForbidden, PaasError::IpNotAllowed]);
    ///
    /// let error = ApiError::from(PaasError::IpNotAllowed);
    /// assert_eq!(error.candidates(), [PaasError::IpNotAllowed]);
    /// let error = ApiError::from_slice(br#"{"result": false, "code": 1999999, "message": "m"}"#)?;
    /// assert!(error.candidates().is_empty());
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn candidates(&self) -> &'static [PaasError] {
        if let Some(error) = self.error {
            return std::slice::from_ref(&PaasError::ALL[error as usize]);
        }
        let number = crate::body::read::canonical_u32(&self.code);
        let codes = PaasError::matching(&self.code);
        // A name of the gateway's that another shape sends is no gateway code
        // (as `error` is found): no candidate either.
        if codes
            .iter()
            .all(|e| named_in_shape(*e, self.shape, number))
        {
            codes
        } else {
            &[]
        }
    }

    /// The code exactly as the body sent it: bkpaas3's symbolic name
    /// (`CANNOT_DEPLOY_APP`), or the number (`1306406`), known or not.
    ///
    /// ```
    /// let error = errcodes::paas::ApiError::from_slice(br#"{"code": "VALIDATION_ERROR", "detail": "invalid", "fields_detail": {"name": ["required"]}}"#)?;
    /// assert_eq!(error.code(), "VALIDATION_ERROR");
    /// assert_eq!(error.error(), Some(errcodes::paas::PaasError::ValidationError));
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

    /// The message as sent: `detail`, `message` or `bk_error_msg`; the JSON
    /// text of one that is not a string; empty when the body has none.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError};
    ///
    /// // ESB sends the English text of its source.
    /// assert_eq!(ApiError::from(PaasError::ArgumentError).message(), "Parameters error");
    /// ```
    pub fn message(&self) -> &str {
        &self.message.text
    }

    /// The HTTP status: the response's, or the one the platform sends with the
    /// body's shape and code (ESB's 200, bkpaas3's 400 or 404, the API
    /// gateway's code's own, for a gateway body typed as [`ApiError::error`]
    /// says). `None` for a body read without its response whose status the
    /// platform does not fix: a paas API v2 or gateway body with a code the
    /// catalog does not know, or whose status is the crate's choice
    /// ([`StatusOrigin::Crate`](crate::StatusOrigin::Crate): open_paas
    /// 1301–1305, the gateway's `1650070` `UNKNOWN_ERROR`, which carries the
    /// status of its caller). [`ApiError::to_response`] then sends
    /// [`PaasError::http_status`].
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
    /// paas API v2 or gateway body, where the platform fixes it.
    fn shape_status(&self) -> Option<http::StatusCode> {
        let paas3 = self.error.filter(|e| e.product() == Product::Paas3);
        // A status the crate chose is no status the platform sent.
        let platform = |e: &PaasError| e.status_origin() != crate::StatusOrigin::Crate;
        match self.shape {
            Shape::Esb => Some(http::StatusCode::OK),
            Shape::Paas3 | Shape::Paas3StdJson => {
                Some(paas3.map_or(http::StatusCode::BAD_REQUEST, |e| e.http_status()))
            }
            Shape::BkError => self.error.filter(platform).map(|e| e.http_status()),
            // The gateway's status is its code's, where the code is the
            // gateway's own (a plugin may still rewrite it: the response's
            // status, when read, comes first).
            Shape::Gateway => self
                .error
                .filter(|e| e.product() == Product::ApiGateway && platform(e))
                .map(|e| e.http_status()),
        }
    }

    /// The error with `status` as its HTTP status, for an answer the platform's
    /// status does not fit. It stays the status whatever shape the error is
    /// given after, so the builders may come in any order.
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError};
    /// use http::StatusCode;
    ///
    /// let error = ApiError::from(PaasError::CannotDeployApp).with_status(StatusCode::CONFLICT);
    /// assert_eq!(error.to_response().status(), 409);
    /// ```
    pub fn with_status(mut self, status: http::StatusCode) -> ApiError {
        self.status = Some(status);
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

    /// The API gateway's `code_name`, the symbolic name beside its number, as
    /// sent: one that is no name of the number's code is kept, the error typed
    /// by the number, and a [`Warning::NameMismatch`] says so.
    ///
    /// ```
    /// use errcodes::body::Warning;
    /// use errcodes::paas::{ApiError, PaasError, Shape};
    ///
    /// let body = br#"{"code": 1640001, "code_name": "INVALID_ARGS", "data": null, "message": "Parameters error", "result": false}"#;
    /// let error = ApiError::from_slice(body)?;
    /// assert_eq!(error.shape(), Shape::Gateway);
    /// assert_eq!(error.code_name(), Some("INVALID_ARGS"));
    ///
    /// let body = br#"{"code": 1640001, "code_name": "IP_NOT_ALLOWED", "data": null, "message": "m", "result": false}"#;
    /// let error = ApiError::from_slice(body)?;
    /// assert_eq!((error.error(), error.code_name()), (Some(PaasError::InvalidArgs), Some("IP_NOT_ALLOWED")));
    /// assert!(matches!(error.warnings(), [Warning::NameMismatch { .. }]));
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn code_name(&self) -> Option<&str> {
        self.code_name.as_deref()
    }

    /// ESB's `request_id`, or the one of the `X-Bkapi-Request-Id` or
    /// `X-Request-Id` header.
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
        self.fields.remove("request_id");
        self.request_id = Some(request_id.into());
        self
    }

    /// The error in another [`Shape`]: a bkpaas3 code in the `bk_std_json` body,
    /// say. The message moves to the shape's field (`detail` or `message`), the
    /// code to its form (the name, or the number); `bk_std_json` gets the name in
    /// `code_slug` and the API gateway's body in `code_name` (the code's text
    /// where it has no name), as a body of those shapes without one reads as
    /// ESB's; an ESB or paas API v2 body has neither.
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
            Shape::Paas3StdJson | Shape::Esb | Shape::BkError | Shape::Gateway => {
                // Each shape is told from the others by the name beside the code:
                // bk_std_json's `code_slug`, the gateway's `code_name`; a body of
                // ESB or paas API v2 has neither, or it would read as theirs.
                let symbol = || {
                    let text = (!self.code_is_number).then(|| self.code.clone().into_owned());
                    text.or(name.map(str::to_owned))
                        .unwrap_or_else(|| self.code.clone().into_owned())
                };
                match shape {
                    Shape::Paas3StdJson => {
                        if self.code_slug.is_none() {
                            self.code_slug = Some(self.code_name.take().unwrap_or_else(symbol));
                        }
                        self.code_name = None;
                    }
                    Shape::Gateway => {
                        if self.code_name.is_none() {
                            self.code_name = Some(self.code_slug.take().unwrap_or_else(symbol));
                        }
                    }
                    _ => {
                        self.code_slug = None;
                        self.code_name = None;
                    }
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

    /// The response BlueKing PaaS would send: the status ([`ApiError::status`],
    /// else the typed code's [`PaasError::http_status`], else 500, the crate's
    /// choice), `Content-Type:
    /// application/json`, bkpaas3's `bkapi-error-code` headers or the API
    /// gateway's `X-Bkapi-Error-Code` and `X-Bkapi-Error-Message`, and the body
    /// in the error's shape.
    ///
    /// The gateway sets its message header before it appends `[reason="..."]`
    /// to the body's message: the header is the message without it, and is
    /// left out where it is not visible ASCII (which [`ApiError::from_response`]
    /// reads back; the Chinese of a translated message is not).
    ///
    /// ```
    /// use errcodes::paas::{ApiError, PaasError};
    ///
    /// let response = ApiError::from(PaasError::CannotDeployApp).to_response();
    /// assert_eq!(response.status(), 400);
    /// assert_eq!(response.headers()["bkapi-error-code"], "CANNOT_DEPLOY_APP");
    /// assert_eq!(response.headers()["bkapi-error-code-num"], "4311003");
    /// assert_eq!(response.body(), r#"{"code":"CANNOT_DEPLOY_APP","detail":"部署失败"}"#.as_bytes());
    ///
    /// let error = ApiError::from(PaasError::InvalidArgs).with_message(r#"Parameters error [reason="app_code"]"#);
    /// let response = error.to_response();
    /// assert_eq!(response.headers()["x-bkapi-error-code"], "1640001");
    /// assert_eq!(response.headers()["x-bkapi-error-message"], "Parameters error");
    /// ```
    pub fn to_response(&self) -> http::Response<Vec<u8>> {
        let status = self.status().unwrap_or_else(|| {
            self.error
                .map_or(http::StatusCode::INTERNAL_SERVER_ERROR, |e| e.http_status())
        });
        let number = self.number.map(|n| n.to_string());
        let mut headers = Vec::new();
        match self.shape {
            Shape::Paas3 => {
                headers.push((HeaderName::from_static(ERROR_CODE_HEADER), &*self.code));
                if let Some(number) = &number {
                    headers.push((
                        HeaderName::from_static(ERROR_CODE_NUM_HEADER),
                        number.as_str(),
                    ));
                }
            }
            Shape::Gateway => {
                headers.push((HeaderName::from_static(GATEWAY_CODE_HEADER), &*self.code));
                // The crate reads only visible ASCII from a header: a message
                // it could not read back stays in the body alone.
                let message = without_reason(&self.message.text);
                if message.bytes().all(|b| b == b'\t' || (b' '..=b'~').contains(&b)) {
                    headers.push((HeaderName::from_static(GATEWAY_MESSAGE_HEADER), message));
                }
            }
            Shape::Paas3StdJson | Shape::Esb | Shape::BkError => {}
        }
        response::json(status, &headers, self)
    }
}

/// The body the platform sends with `error`: bkpaas3's standard body, ESB's body
/// with the English text of its source (what ESB sends), the API gateway's body
/// (`code`, `code_name`, `message`, `data`, `result`), and, for open_paas
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
            (Product::ApiGateway, _) => {
                fields.set("data", fields::raw("null"));
                (
                    Shape::Gateway,
                    error.code(),
                    true,
                    error.message(),
                    Some(false),
                )
            }
            (_, Some(super::Module::Esb)) => {
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
            message: Message::new(message),
            status: None,
            number: error.number(),
            code_slug: None,
            // The gateway sends its `code_name` beside the number.
            code_name: (shape == Shape::Gateway)
                .then(|| error.vendor_name().map(str::to_owned))
                .flatten(),
            result,
            request_id: None,
            fields,
            warnings: Warnings::default(),
        }
    }
}

/// The top-level object of a BlueKing PaaS body: the fields this crate reads
/// itself, which [`ApiError`]'s `finish` takes from the record by their index
/// (below), only those the body's shape uses, rather than all into an object
/// first: moving nine optional values, most of which a body does not carry,
/// cost ESB's and bkpaas3's bodies 55 and 60 instructions (one codegen unit;
/// BENCHMARKS.md, "Drops that find nothing, and a body at eight addresses").
pub(crate) struct PaasObject;

// The index of each field in `FIELDS`, and so in the record (checked below).
const CODE: usize = 0;
const DETAIL: usize = 1;
const MESSAGE: usize = 2;
const RESULT: usize = 3;
const CODE_SLUG: usize = 4;
const REQUEST_ID: usize = 5;
const BK_ERROR_CODE: usize = 6;
const BK_ERROR_MSG: usize = 7;
const CODE_NAME: usize = 8;

const FIELDS: [Field; 9] = [
    ("code", Want::Code(&CATALOG)),
    ("detail", Want::Message),
    ("message", Want::Message),
    ("result", Want::Flag),
    ("code_slug", Want::Text),
    ("request_id", Want::Text),
    ("bk_error_code", Want::Code(&CATALOG)),
    ("bk_error_msg", Want::Message),
    ("code_name", Want::Text),
];

// Each index names its field: two fields of one kind swapped in `FIELDS`
// would otherwise read each other's values unseen.
const _: () = {
    assert!(read::is_field(&FIELDS, CODE, "code"));
    assert!(read::is_field(&FIELDS, DETAIL, "detail"));
    assert!(read::is_field(&FIELDS, MESSAGE, "message"));
    assert!(read::is_field(&FIELDS, RESULT, "result"));
    assert!(read::is_field(&FIELDS, CODE_SLUG, "code_slug"));
    assert!(read::is_field(&FIELDS, REQUEST_ID, "request_id"));
    assert!(read::is_field(&FIELDS, BK_ERROR_CODE, "bk_error_code"));
    assert!(read::is_field(&FIELDS, BK_ERROR_MSG, "bk_error_msg"));
    assert!(read::is_field(&FIELDS, CODE_NAME, "code_name"));
};

impl Object for PaasObject {
    const FIELDS: &'static [Field] = &FIELDS;
    const KEPT: &'static [&'static str] = &["data", "fields_detail"];
}

/// BlueKing PaaS's codes, for the reader: strings (codes and the vendor's names,
/// through `find`) and numbers.
static CATALOG: Catalog = Catalog {
    find: |code| PaasError::find_spelled(code).map(|(error, spelled)| (Code::Paas(error), spelled)),
    number: Some(|number| PaasError::try_from(number).ok().map(Code::Paas)),
};

impl Body for ApiError {
    type Object = PaasObject;

    fn finish(record: &mut Record, rest: Rest) -> Result<ApiError, BodyError> {
        let Rest {
            mut fields,
            mut warnings,
            ..
        } = rest;
        let result = record.flag(RESULT);
        if result == Some(true) {
            return Err(BodyError::NotAnError {
                field: "result",
                value: "true",
            });
        }
        let (shape, code, message) = if let Some(code) = record.code(BK_ERROR_CODE) {
            keep(&mut fields, "code", record.code(CODE));
            keep_text(&mut fields, "message", record.message(MESSAGE));
            keep_text(&mut fields, "detail", record.message(DETAIL));
            (Shape::BkError, code, record.message(BK_ERROR_MSG))
        } else if let Some(code) = record.code(CODE) {
            keep_text(&mut fields, "bk_error_msg", record.message(BK_ERROR_MSG));
            let shape = if record.has(DETAIL) {
                Shape::Paas3
            } else if record.has(CODE_NAME) {
                Shape::Gateway
            } else if record.has(CODE_SLUG) {
                Shape::Paas3StdJson
            } else if record.has(MESSAGE) || result.is_some() || code.number {
                Shape::Esb
            } else {
                Shape::Paas3
            };
            let message = match shape {
                Shape::Paas3 => {
                    keep_text(&mut fields, "message", record.message(MESSAGE));
                    record.message(DETAIL)
                }
                _ => record.message(MESSAGE),
            };
            (shape, code, message)
        } else {
            return Err(BodyError::MissingField {
                field: "code",
                what: "a BlueKing PaaS error carries its code in `code` (bkpaas3, ESB, bk_std_json, \
                       the API gateway) or `bk_error_code` (paas API v2)",
            });
        };
        let code_slug = record.text(CODE_SLUG);
        let code_name = record.text(CODE_NAME);
        let request_id = record.text(REQUEST_ID);
        // `0`, as a number or a string of zeros (ESB's `"00"`, `"0000"`).
        if !code.text.is_empty() && code.text.bytes().all(|b| b == b'0') {
            return Err(BodyError::NotAnError {
                field: if shape == Shape::BkError {
                    "bk_error_code"
                } else {
                    "code"
                },
                value: "0",
            });
        }
        let message = Message::read(message, &mut warnings);
        let by_slug = || {
            code_slug
                .as_deref()
                .and_then(|slug| slug.parse().ok())
        };
        let error = match code.error {
            Some(Code::Paas(error)) => Some(error),
            _ => by_slug(),
        };
        // The gateway's `code` is its number, and its name types only with
        // it (`named_in_shape`): a name in `code` that bkpaas3 shares with the
        // gateway, which a bare parse leaves (`Unauthorized`, the gateway's
        // `UNAUTHORIZED`), is bkpaas3's.
        let error = error.or_else(|| match code.number {
            true => None,
            false => PaasError::parse_in(Scope::Bkpaas3, &code.text).ok(),
        });
        // The gateway's number alone does not tell `1640302`'s two codes
        // apart; its number with its `code_name` does.
        let code_number = code.as_u32();
        let by_pair = match (shape, code_number, code_name.as_deref()) {
            (Shape::Gateway, Some(number), Some(name)) => PaasError::from_gateway(number, name),
            _ => None,
        };
        let error = by_pair.or(error.filter(|e| named_in_shape(*e, shape, code_number)));
        if let (Shape::Gateway, None, Some(number), Some(name)) = (
            shape,
            by_pair,
            code_number,
            code_name.as_deref(),
        ) {
            let codes = PaasError::matching(&code.text);
            if !codes.is_empty() && !codes.iter().any(|e| has_name(*e, number, name)) {
                warnings.push(Warning::NameMismatch {
                    field: "code_name",
                    name: name.to_owned(),
                    code: code.text.to_string(),
                });
            }
        }
        let number = match (code.number, shape) {
            (true, _) => code_number,
            // bkpaas3 sends its number in a header; the catalog knows it too.
            (false, Shape::Paas3) => error.and_then(|e| e.number()),
            (false, _) => code_number.or(error.and_then(|e| e.number())),
        };
        Ok(ApiError {
            shape,
            code: code.text,
            code_is_number: code.number,
            error,
            message,
            status: None,
            number,
            code_slug,
            code_name,
            result,
            request_id,
            fields,
            warnings: Warnings::new(warnings),
        })
    }
}

/// Whether `error`, found by the code a body of `shape` sent (`number` where it
/// was one), is the code the body means. A gateway code's name is its
/// `code_name`, which only the gateway's body carries: bkpaas3 sends names of
/// its own that are no `ErrorCode` (its workloads service's `UNAUTHORIZED`),
/// which the gateway's `UNAUTHORIZED` does not type.
fn named_in_shape(error: PaasError, shape: Shape, number: Option<u32>) -> bool {
    error.product() != Product::ApiGateway || shape == Shape::Gateway || number.is_some()
}

/// Whether `header`, the gateway's `X-Bkapi-Error-Message`, says what the
/// body's `message` says: the same, or without the ` [reason="..."]` the
/// gateway appends to the body after it sets the header (the vendor's
/// bk-error-wrapper.lua, whose comment says so).
fn is_header_message(header: &str, body: &str) -> bool {
    match body.strip_prefix(header) {
        Some("") => true,
        Some(suffix) => suffix.starts_with(" [") && suffix.ends_with(']'),
        None => false,
    }
}

/// The gateway's message as it stood before it appended ` [reason="..."]`
/// to the body's, as its `X-Bkapi-Error-Message` header carries it.
fn without_reason(message: &str) -> &str {
    match message.rfind(" [reason=") {
        Some(at) if message.ends_with(']') => &message[..at],
        _ => message,
    }
}

/// Whether `name` (compared without ASCII case) is a name of `error`: its
/// vendor's, or that of a definition of it with `number`.
fn has_name(error: PaasError, number: u32, name: &str) -> bool {
    error
        .vendor_name()
        .is_some_and(|own| own.eq_ignore_ascii_case(name))
        || error
            .definitions()
            .iter()
            .any(|d| d.number() == Some(number) && d.name().eq_ignore_ascii_case(name))
}

/// Keeps a read code that the body's shape does not use as a field of the body.
fn keep(fields: &mut Fields, name: &str, code: Option<Sent>) {
    if let Some(code) = code {
        fields.set(name, code.into_json());
    }
}

/// Keeps a read text that the body's shape does not use as a field of the body,
/// as the JSON it came as.
fn keep_text(fields: &mut Fields, name: &str, text: Option<Text>) {
    if let Some(text) = text {
        fields.set(name, text.into_json());
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
        match (self.code_is_number, self.code.parse::<serde_json::Number>()) {
            (true, Ok(number)) => map.serialize_entry(code_key, &number)?,
            _ => map.serialize_entry(code_key, &self.code)?,
        }
        let message_key = match self.shape {
            Shape::Paas3 => "detail",
            Shape::BkError => "bk_error_msg",
            Shape::Paas3StdJson | Shape::Esb | Shape::Gateway => "message",
        };
        self.message.serialize_into(&mut map, message_key)?;
        if let Some(slug) = &self.code_slug {
            map.serialize_entry("code_slug", slug)?;
        }
        if let Some(name) = &self.code_name {
            map.serialize_entry("code_name", name)?;
        }
        if let Some(id) = &self.request_id {
            map.serialize_entry("request_id", id)?;
        }
        self.fields.serialize_into(&mut map)?;
        map.end()
    }
}

crate::body::response::api_error_common!("paas", "PaasError::ArgumentError");
