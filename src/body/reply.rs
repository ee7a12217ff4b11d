//! One entry point for any platform: what a response says, read without
//! knowing which platform sent it.

use std::fmt;

use http::{HeaderMap, HeaderName, StatusCode};

use super::read::Scan;
use super::response::{self, Head, Input};
use super::{BodyError, MAX_BODY_LEN, ResponseAdvice, Warning};
use crate::{Code, Vendor};

/// The `ApiError` of whichever platform sent a response.
///
/// ```
/// use errcodes::body::{PlatformError, Reply};
/// use errcodes::Vendor;
///
/// let response = http::Response::builder()
///     .status(409)
///     .body(r#"{"kind": "Status", "status": "Failure", "message": "namespace name is already exist",
///              "reason": "Conflict", "code": 409, "errorCode": "CCI.02.409101"}"#)?;
/// let Reply::Error(error) = Reply::from_response(&response)? else {
///     panic!("a CCI error");
/// };
/// assert_eq!(error.vendor(), Vendor::Cci);
/// assert_eq!(error.code(), "CCI.02.409101");
/// assert_eq!(error.status(), Some(http::StatusCode::CONFLICT));
/// assert!(matches!(error, PlatformError::Cci(_)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PlatformError {
    /// BlueKing PaaS.
    #[cfg(feature = "paas")]
    Paas(crate::paas::ApiError),
    /// Huawei Cloud CCI.
    #[cfg(feature = "cci")]
    Cci(crate::cci::ApiError),
    /// openYuanrong.
    #[cfg(feature = "sdk")]
    Sdk(crate::sdk::ApiError),
    /// Koupleless.
    #[cfg(feature = "koupleless")]
    Koupleless(crate::koupleless::ApiError),
}

/// Calls `$body` with the platform's `ApiError` bound to `$error`.
macro_rules! each {
    ($value:expr, $error:ident => $body:expr) => {
        match $value {
            #[cfg(feature = "paas")]
            PlatformError::Paas($error) => $body,
            #[cfg(feature = "cci")]
            PlatformError::Cci($error) => $body,
            #[cfg(feature = "sdk")]
            PlatformError::Sdk($error) => $body,
            #[cfg(feature = "koupleless")]
            PlatformError::Koupleless($error) => $body,
        }
    };
}

impl PlatformError {
    /// The platform that sent the error.
    ///
    /// ```
    /// use errcodes::body::PlatformError;
    ///
    /// let error = PlatformError::from(errcodes::sdk::ApiError::from(errcodes::sdk::SdkError::EtcdError));
    /// assert_eq!(error.vendor(), errcodes::Vendor::Sdk);
    /// ```
    pub fn vendor(&self) -> Vendor {
        match self {
            #[cfg(feature = "paas")]
            PlatformError::Paas(_) => Vendor::Paas,
            #[cfg(feature = "cci")]
            PlatformError::Cci(_) => Vendor::Cci,
            #[cfg(feature = "sdk")]
            PlatformError::Sdk(_) => Vendor::Sdk,
            #[cfg(feature = "koupleless")]
            PlatformError::Koupleless(_) => Vendor::Koupleless,
        }
    }

    /// The code exactly as sent.
    ///
    /// ```
    /// let error = errcodes::body::PlatformError::from(errcodes::cci::ApiError::from(errcodes::cci::CciError::ChartInUse));
    /// assert_eq!(error.code(), errcodes::cci::CciError::ChartInUse.code());
    /// ```
    pub fn code(&self) -> &str {
        each!(self, error => error.code())
    }

    /// The message as sent; empty when the body has none.
    ///
    /// ```
    /// let error = errcodes::body::PlatformError::from(errcodes::sdk::ApiError::from(errcodes::sdk::SdkError::EtcdError));
    /// assert_eq!(error.message(), "EtcdError");
    /// ```
    pub fn message(&self) -> &str {
        each!(self, error => error.message())
    }

    /// The typed code, when the platform's catalog knows it (for a Koupleless
    /// code of two tables sent without its component, none).
    ///
    /// ```
    /// use errcodes::Code;
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// let error = errcodes::body::PlatformError::from(ApiError::from(SdkError::EtcdError));
    /// assert_eq!(error.error(), Some(Code::Sdk(SdkError::EtcdError)));
    /// ```
    pub fn error(&self) -> Option<Code> {
        each!(self, error => error.error().map(Code::from))
    }

    /// The HTTP status: the response's, or the one the platform sends with the
    /// error.
    ///
    /// ```
    /// let error = errcodes::body::PlatformError::from(errcodes::sdk::ApiError::from(errcodes::sdk::SdkError::FunctionNotFound));
    /// assert_eq!(error.status(), Some(http::StatusCode::NOT_FOUND));
    /// ```
    pub fn status(&self) -> Option<StatusCode> {
        each!(self, error => error.status())
    }

    /// The id the platform gave the request: the `request_id` of BlueKing PaaS
    /// and Huawei's gateway, openYuanrong's `trace_id`; headers included where
    /// the platform's reader reads them. Koupleless sends none: `None`
    /// (Arklet's `baseIdentity` names the base that answered, not the request;
    /// [`crate::koupleless::ApiError::base_identity`] gives it).
    ///
    /// ```
    /// use errcodes::body::PlatformError;
    /// use errcodes::paas::{ApiError, PaasError};
    ///
    /// let error = PlatformError::from(ApiError::from(PaasError::ArgumentError).with_request_id("r-1"));
    /// assert_eq!(error.request_id(), Some("r-1"));
    ///
    /// let body = br#"{"code": "FAILED", "message": "m", "baseIdentity": "base-1"}"#;
    /// let arklet = errcodes::koupleless::ApiError::from_slice(body)?;
    /// assert_eq!(arklet.base_identity(), Some("base-1"));
    /// assert_eq!(PlatformError::from(arklet).request_id(), None);
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        match self {
            #[cfg(feature = "paas")]
            PlatformError::Paas(error) => error.request_id(),
            #[cfg(feature = "cci")]
            PlatformError::Cci(error) => error.request_id(),
            #[cfg(feature = "sdk")]
            PlatformError::Sdk(error) => error.trace_id(),
            #[cfg(feature = "koupleless")]
            PlatformError::Koupleless(_) => None,
        }
    }

    /// What was odd about the body, though it was read.
    ///
    /// ```
    /// let body = br#"{"code": 4115, "message": null}"#;
    /// let error = errcodes::body::PlatformError::from(errcodes::sdk::ApiError::from_slice(body)?);
    /// assert_eq!(error.warnings(), [errcodes::body::Warning::NoMessage]);
    /// # Ok::<(), errcodes::BodyError>(())
    /// ```
    pub fn warnings(&self) -> &[Warning] {
        each!(self, error => error.warnings())
    }

    /// What to do about the error, from its platform's `ApiError`
    /// ([`crate::paas::ApiError::retry_advice_for`] and the others): the code's
    /// advice made more specific by the status and, where the platform sends
    /// them, Kubernetes' `reason` and `retryAfterSeconds`; `headers` (the
    /// response's) give the delay of `Retry-After`.
    ///
    /// ```
    /// use errcodes::RetryAdvice;
    /// use errcodes::body::{Reader, Reply, RetryDelay};
    /// use std::time::Duration;
    ///
    /// // ESB's rate limit: HTTP 200, only the code says so.
    /// let response = http::Response::builder()
    ///     .header("retry-after", "2")
    ///     .body(r#"{"result": false, "code": 1306429, "message": "Access frequency limit", "data": null}"#)?;
    /// let Reply::Error(error) = Reader::new().read_response(&response)? else { panic!("ESB's error") };
    /// let advice = error.retry_advice_for(response.headers());
    /// assert_eq!(advice.advice(), RetryAdvice::Throttled);
    /// assert_eq!(advice.delay(), Some(RetryDelay::After(Duration::from_secs(2))));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn retry_advice_for(&self, headers: &HeaderMap) -> ResponseAdvice {
        each!(self, error => error.retry_advice_for(headers))
    }

    /// The response the platform would send with the error.
    ///
    /// ```
    /// let error = errcodes::body::PlatformError::from(errcodes::sdk::ApiError::from(errcodes::sdk::SdkError::FunctionNotFound));
    /// assert_eq!(error.to_response().status(), 404);
    /// ```
    pub fn to_response(&self) -> http::Response<Vec<u8>> {
        each!(self, error => error.to_response())
    }
}

/// Writes `code: message`, as the platform's `ApiError` does.
impl fmt::Display for PlatformError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        each!(self, error => fmt::Display::fmt(error, f))
    }
}

impl std::error::Error for PlatformError {}

macro_rules! from_platform {
    ($feature:literal, $module:ident, $variant:ident) => {
        #[cfg(feature = $feature)]
        impl From<crate::$module::ApiError> for PlatformError {
            fn from(error: crate::$module::ApiError) -> PlatformError {
                PlatformError::$variant(error)
            }
        }
    };
}
from_platform!("paas", paas, Paas);
from_platform!("cci", cci, Cci);
from_platform!("sdk", sdk, Sdk);
from_platform!("koupleless", koupleless, Koupleless);

/// What a response says, whichever platform sent it: success, an error with a
/// code, or a failure whose body carries none.
///
/// Success is recognised the same way on every platform: Kubernetes'
/// `status: Success`, `result: true`, `code: 0`, Arklet's `SUCCESS`,
/// openYuanrong's success codes ([`crate::sdk::SUCCESS_CODES`]); and a body of
/// no platform's error shape under a 2xx status is a success too. A 2xx status
/// with an error body is an error (ESB and Arklet answer 200 when they fail).
///
/// ```
/// use errcodes::body::Reply;
///
/// // A proxy's page: no code, but the status, the headers and the text are kept.
/// let response = http::Response::builder()
///     .status(502)
///     .header("content-type", "text/html")
///     .body("<html><h1>502 Bad Gateway</h1></html>")?;
/// let Reply::Failure(failure) = Reply::from_response(&response)? else { panic!() };
/// assert_eq!(failure.status(), Some(http::StatusCode::BAD_GATEWAY));
/// assert_eq!(failure.headers()["content-type"], "text/html");
/// assert_eq!(failure.text(), "<html><h1>502 Bad Gateway</h1></html>");
///
/// let ok = http::Response::new(r#"{"result": true, "code": 0, "data": {}}"#);
/// assert!(matches!(Reply::from_response(&ok)?, Reply::Success(_)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reply {
    /// The response reports success.
    Success(Success),
    /// The platform's error, with its code.
    Error(PlatformError),
    /// A failure whose body carries no code.
    Failure(Failure),
}

impl Reply {
    /// Reads a response of any platform, which [`Reader::new`] detects.
    ///
    /// # Errors
    /// [`Unreadable`], as [`Reader::read_response`].
    ///
    /// ```
    /// let response = http::Response::new(r#"{"code": "FAILED", "message": "install biz not success!"}"#);
    /// let reply = errcodes::body::Reply::from_response(&response)?;
    /// assert!(matches!(reply, errcodes::body::Reply::Error(e) if e.code() == "FAILED"));
    /// # Ok::<(), errcodes::body::Unreadable>(())
    /// ```
    pub fn from_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<Reply, Unreadable> {
        Reader::new().read_response(response)
    }

    /// The error, if the reply is one.
    ///
    /// ```
    /// let reply = errcodes::body::Reader::new().read_slice(br#"{"code": 4115, "message": "m"}"#)?;
    /// assert_eq!(reply.error().map(|e| e.code()), Some("4115"));
    /// # Ok::<(), errcodes::body::Unreadable>(())
    /// ```
    pub fn error(&self) -> Option<&PlatformError> {
        match self {
            Reply::Error(error) => Some(error),
            _ => None,
        }
    }

    /// The HTTP status, where it is known.
    ///
    /// ```
    /// let response = http::Response::builder().status(503).body("")?;
    /// assert_eq!(errcodes::body::Reply::from_response(&response)?.status(), Some(http::StatusCode::SERVICE_UNAVAILABLE));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Reply::Success(success) => success.status,
            Reply::Error(error) => error.status(),
            Reply::Failure(failure) => failure.status,
        }
    }
}

/// A response that reports success.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Success {
    vendor: Option<Vendor>,
    status: Option<StatusCode>,
}

impl Success {
    /// The platform whose success body it is, where the body tells.
    ///
    /// ```
    /// let reply = errcodes::body::Reader::new().read_slice(br#"{"code": "SUCCESS", "data": {}}"#)?;
    /// let errcodes::body::Reply::Success(success) = reply else { panic!() };
    /// assert_eq!(success.vendor(), Some(errcodes::Vendor::Koupleless));
    /// # Ok::<(), errcodes::body::Unreadable>(())
    /// ```
    pub fn vendor(&self) -> Option<Vendor> {
        self.vendor
    }

    /// The HTTP status, where it is known.
    ///
    /// ```
    /// let reply = errcodes::body::Reply::from_response(&http::Response::new(r#"{"result": true}"#))?;
    /// let errcodes::body::Reply::Success(success) = reply else { panic!() };
    /// assert_eq!(success.status(), Some(http::StatusCode::OK));
    /// # Ok::<(), errcodes::body::Unreadable>(())
    /// ```
    pub fn status(&self) -> Option<StatusCode> {
        self.status
    }
}

/// A failure whose body carries no code: HTML from a proxy, plain text, an
/// empty body, a bare JSON string; kept with the HTTP status, the headers that
/// carry error data and the body's text (at most [`MAX_BODY_LEN`] bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    vendor: Option<Vendor>,
    status: Option<StatusCode>,
    headers: HeaderMap,
    text: String,
    why: BodyError,
}

impl Failure {
    /// The platform, where the body or the headers tell.
    ///
    /// ```
    /// let response = http::Response::builder().status(500).body(r#"{"error_msg": "failed to connect"}"#)?;
    /// let errcodes::body::Reply::Failure(failure) = errcodes::body::Reply::from_response(&response)? else { panic!() };
    /// assert_eq!(failure.vendor(), Some(errcodes::Vendor::Paas));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn vendor(&self) -> Option<Vendor> {
        self.vendor
    }

    /// The HTTP status, where it is known.
    ///
    /// ```
    /// let response = http::Response::builder().status(405).body("")?;
    /// let errcodes::body::Reply::Failure(failure) = errcodes::body::Reply::from_response(&response)? else { panic!() };
    /// assert_eq!(failure.status(), Some(http::StatusCode::METHOD_NOT_ALLOWED));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn status(&self) -> Option<StatusCode> {
        self.status
    }

    /// The headers that carry error data: `Content-Type`, `Retry-After`, the
    /// request id headers, and the error headers of the platforms.
    ///
    /// ```
    /// let response = http::Response::builder().status(429).header("retry-after", "3").header("set-cookie", "s=1").body("slow down")?;
    /// let errcodes::body::Reply::Failure(failure) = errcodes::body::Reply::from_response(&response)? else { panic!() };
    /// assert_eq!(failure.headers()["retry-after"], "3");
    /// assert!(failure.headers().get("set-cookie").is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body's text, lossily decoded, cut at [`MAX_BODY_LEN`] bytes.
    ///
    /// ```
    /// let reply = errcodes::body::Reader::new().read_slice(b"upstream connect error")?;
    /// let errcodes::body::Reply::Failure(failure) = reply else { panic!() };
    /// assert_eq!(failure.text(), "upstream connect error");
    /// # Ok::<(), errcodes::body::Unreadable>(())
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What to do about the failure: with no code, the status decides (429
    /// throttled; 408 and 502 to 504 retry with backoff; anything else, the
    /// crate's choice, do not retry), and the kept `Retry-After` gives the
    /// delay.
    ///
    /// ```
    /// use errcodes::RetryAdvice;
    /// use errcodes::body::{Reply, RetryDelay};
    /// use std::time::Duration;
    ///
    /// let response = http::Response::builder().status(503).header("retry-after", "1").body("<html>busy</html>")?;
    /// let Reply::Failure(failure) = Reply::from_response(&response)? else { panic!() };
    /// let advice = failure.retry_advice();
    /// assert_eq!(advice.advice(), RetryAdvice::RetryWithBackoff);
    /// assert_eq!(advice.delay(), Some(RetryDelay::After(Duration::from_secs(1))));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn retry_advice(&self) -> ResponseAdvice {
        super::retry::advise_status(self.status, Some(&self.headers))
    }

    /// Why no platform's error could be read from the body.
    ///
    /// ```
    /// let reply = errcodes::body::Reader::new().read_slice(b"")?;
    /// let errcodes::body::Reply::Failure(failure) = reply else { panic!() };
    /// assert_eq!(failure.why(), &errcodes::BodyError::Empty);
    /// # Ok::<(), errcodes::body::Unreadable>(())
    /// ```
    pub fn why(&self) -> &BodyError {
        &self.why
    }
}

/// A body no platform could have sent (a code that is a fraction or an
/// object, nesting beyond [`MAX_DEPTH`](super::MAX_DEPTH)), with the HTTP
/// status of its response.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{error}")]
pub struct Unreadable {
    status: Option<StatusCode>,
    #[source]
    error: BodyError,
}

impl Unreadable {
    /// The HTTP status of the response, where it is known.
    ///
    /// ```
    /// let response = http::Response::builder().status(400).body(r#"{"code": 4.5, "message": "m"}"#)?;
    /// let unreadable = errcodes::body::Reply::from_response(&response).unwrap_err();
    /// assert_eq!(unreadable.status(), Some(http::StatusCode::BAD_REQUEST));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn status(&self) -> Option<StatusCode> {
        self.status
    }

    /// What is wrong with the body.
    ///
    /// ```
    /// let unreadable = errcodes::body::Reader::new().read_slice(br#"{"code": true, "message": "m"}"#).unwrap_err();
    /// assert!(matches!(unreadable.body_error(), errcodes::BodyError::WrongType { .. }));
    /// ```
    pub fn body_error(&self) -> &BodyError {
        &self.error
    }
}

/// Reads responses of any platform, or of the one the caller names.
///
/// ```
/// use errcodes::body::{Reader, Reply};
/// use errcodes::Vendor;
///
/// // `{"code": 500}` alone reads as openYuanrong's; the caller who knows says so.
/// let reply = Reader::new().vendor(Vendor::Paas).read_slice(br#"{"code": 500}"#)?;
/// assert_eq!(reply.error().map(|e| e.vendor()), Some(Vendor::Paas));
/// # Ok::<(), errcodes::body::Unreadable>(())
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Reader {
    vendor: Option<Vendor>,
}

/// The headers a [`Failure`] keeps.
const KEPT_HEADERS: [&str; 10] = [
    "content-type",
    "retry-after",
    "x-request-id",
    "x-bkapi-request-id",
    "x-bkapi-error-code",
    "x-bkapi-error-message",
    "bkapi-error-code",
    "bkapi-error-code-num",
    "x-inner-code",
    "x-trace-id",
];

impl Reader {
    /// A reader that detects the platform from the headers and the body
    /// ([`detect`](super::detect)).
    ///
    /// ```
    /// let reply = errcodes::body::Reader::new().read_slice(br#"{"errorCode": "CCI.02.409101", "message": "m"}"#)?;
    /// assert_eq!(reply.error().map(|e| e.vendor()), Some(errcodes::Vendor::Cci));
    /// # Ok::<(), errcodes::body::Unreadable>(())
    /// ```
    pub fn new() -> Reader {
        Reader { vendor: None }
    }

    /// The reader for bodies of `vendor`, which it does not detect.
    ///
    /// ```
    /// use errcodes::Vendor;
    ///
    /// let reply = errcodes::body::Reader::new().vendor(Vendor::Sdk).read_slice(br#"{"code": 1306406, "message": "m"}"#)?;
    /// assert_eq!(reply.error().map(|e| e.vendor()), Some(Vendor::Sdk));
    /// # Ok::<(), errcodes::body::Unreadable>(())
    /// ```
    pub fn vendor(self, vendor: Vendor) -> Reader {
        Reader {
            vendor: Some(vendor),
        }
    }

    /// Reads `response`: its status, its headers and its body.
    ///
    /// # Errors
    /// [`Unreadable`] for a body no platform could have sent.
    ///
    /// ```
    /// let response = http::Response::builder()
    ///     .status(400)
    ///     .header("bkapi-error-code", "CANNOT_DEPLOY_APP")
    ///     .header("bkapi-error-code-num", "4311003")
    ///     .body(r#"{"code": "CANNOT_DEPLOY_APP", "detail": "部署失败"}"#)?;
    /// let reply = errcodes::body::Reader::new().read_response(&response)?;
    /// assert_eq!(reply.error().map(|e| e.code()), Some("CANNOT_DEPLOY_APP"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn read_response<B: AsRef<[u8]>>(
        &self,
        response: &http::Response<B>,
    ) -> Result<Reply, Unreadable> {
        self.read(Some(Head::of(response)), response.body().as_ref())
    }

    /// Reads a response from its parts and its body.
    ///
    /// # Errors
    /// [`Unreadable`] for a body no platform could have sent.
    ///
    /// ```
    /// let (parts, ()) = http::Response::builder().status(200).header("x-inner-code", "150444").body(())?.into_parts();
    /// let reply = errcodes::body::Reader::new().read_parts(&parts, br#"{"code": 150444, "message": "m"}"#)?;
    /// assert_eq!(reply.error().map(|e| e.vendor()), Some(errcodes::Vendor::Sdk));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn read_parts(
        &self,
        parts: &http::response::Parts,
        body: &[u8],
    ) -> Result<Reply, Unreadable> {
        self.read(Some(Head::of_parts(parts)), body)
    }

    /// Reads a body without its response (no status, no headers), or
    /// openYuanrong's exception text.
    ///
    /// # Errors
    /// [`Unreadable`] for a body no platform could have sent.
    ///
    /// ```
    /// let reply = errcodes::body::Reader::new().read_slice(b"ErrCode: 1001, ModuleCode: 20, ErrMsg: bad")?;
    /// assert_eq!(reply.error().map(|e| e.code()), Some("1001"));
    /// # Ok::<(), errcodes::body::Unreadable>(())
    /// ```
    pub fn read_slice(&self, body: &[u8]) -> Result<Reply, Unreadable> {
        self.read(None, body)
    }

    fn read(&self, head: Option<Head<'_>>, body: &[u8]) -> Result<Reply, Unreadable> {
        let status = head.map(|head| head.status);
        // One read of the body, shared by detecting the platform and reading
        // its error.
        let scan = Scan::new(body);
        let detected = super::detect::detect_scanned(&scan);
        let vendor = self
            .vendor
            .or(detected.as_ref().ok().copied())
            .or_else(|| head.and_then(vendor_of_headers));
        let read = match vendor {
            Some(vendor) => read_as(vendor, head, &scan),
            None => Err(detected.err().unwrap_or(BodyError::Empty)),
        };
        let why = match read {
            Ok(error) => return Ok(Reply::Error(error)),
            Err(BodyError::NotAnError { .. }) => {
                return Ok(Reply::Success(Success { vendor, status }));
            }
            Err(
                error @ (BodyError::TooDeep { .. }
                | BodyError::WrongType { .. }
                | BodyError::OutOfRange { .. }),
            ) => return Err(Unreadable { status, error }),
            Err(why) => why,
        };
        if status.is_some_and(|status| status.is_success()) {
            return Ok(Reply::Success(Success { vendor, status }));
        }
        let mut headers = HeaderMap::new();
        if let Some(head) = head {
            for name in KEPT_HEADERS {
                for value in head.headers.get_all(name) {
                    headers.append(HeaderName::from_static(name), value.clone());
                }
            }
        }
        let kept = &body[..body.len().min(MAX_BODY_LEN)];
        Ok(Reply::Failure(Failure {
            vendor,
            status,
            headers,
            text: String::from_utf8_lossy(kept).into_owned(),
            why,
        }))
    }
}

/// The platform whose error headers a response carries.
fn vendor_of_headers(head: Head<'_>) -> Option<Vendor> {
    let has = |name: &str| head.headers.contains_key(name);
    if cfg!(feature = "paas")
        && [
            "bkapi-error-code",
            "bkapi-error-code-num",
            "x-bkapi-error-code",
        ]
        .into_iter()
        .any(has)
    {
        return Some(Vendor::Paas);
    }
    if cfg!(feature = "sdk") && has("x-inner-code") {
        return Some(Vendor::Sdk);
    }
    None
}

/// Reads `body` as `vendor`'s error.
fn read_as(
    vendor: Vendor,
    head: Option<Head<'_>>,
    scan: &Scan<'_>,
) -> Result<PlatformError, BodyError> {
    let body = Input::Scanned(scan);
    match vendor {
        #[cfg(feature = "paas")]
        Vendor::Paas => Ok(PlatformError::Paas(match head {
            Some(head) => crate::paas::ApiError::from_head(head, body)?,
            None => response::read::<crate::paas::ApiError>(body)?,
        })),
        #[cfg(feature = "cci")]
        Vendor::Cci => Ok(PlatformError::Cci(match head {
            Some(head) => crate::cci::ApiError::from_head(head, body)?,
            None => response::read::<crate::cci::ApiError>(body)?,
        })),
        #[cfg(feature = "sdk")]
        Vendor::Sdk => {
            let input = scan.input();
            let text = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
            let error = if super::detect::is_exception_text(text) {
                let text = std::str::from_utf8(text).map_err(|error| BodyError::Syntax {
                    reason: format!("the exception text is not UTF-8: {error}"),
                    line: 1,
                    column: 1,
                })?;
                let error = crate::sdk::ApiError::from_exception_text(text)?;
                match head {
                    Some(head) => error.with_status(head.status),
                    None => error,
                }
            } else {
                match head {
                    Some(head) => crate::sdk::ApiError::from_head(head, body)?,
                    None => response::read::<crate::sdk::ApiError>(body)?,
                }
            };
            Ok(PlatformError::Sdk(error))
        }
        #[cfg(feature = "koupleless")]
        Vendor::Koupleless => Ok(PlatformError::Koupleless(match head {
            Some(head) => crate::koupleless::ApiError::from_head(head, body)?,
            None => response::read::<crate::koupleless::ApiError>(body)?,
        })),
        #[allow(unreachable_patterns)]
        other => Err(BodyError::UnknownPlatform {
            reason: format!("the platform {other} is not enabled in this build"),
        }),
    }
}
