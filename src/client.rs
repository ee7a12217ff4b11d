//! Reading a response of any HTTP client: hyper's, tower's, reqwest's (through
//! its `http` conversion), or any `http::Response<B>` whose body is an
//! [`http_body::Body`].
//!
//! [`read`] takes the body frame by frame and stops at [`MAX_BODY_LEN`]: a
//! proxy's endless page or a dump costs the caller at most that much memory,
//! and gives a [`ReadError::TooLarge`] that keeps the status, the headers and
//! the prefix read. A body within the bound is read once by the one entry
//! point, [`Reader`], whose [`Reply`] says whether the response is a success,
//! a platform's error with its code, or a failure without one.
//!
//! ```
//! use errcodes::body::Reply;
//!
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! // What hyper, tower or `http::Response::from(reqwest_response)` give.
//! let response = http::Response::builder()
//!     .status(200)
//!     .header("x-request-id", "r-7")
//!     .body(String::from(r#"{"result": false, "code": 1306406, "message": "Parameters error, bk_biz_id is required"}"#))?;
//! let read = errcodes::client::read(response).await?;
//! assert_eq!(read.headers()["x-request-id"], "r-7");
//! let Reply::Error(error) = read.reply() else { panic!("ESB failed") };
//! assert_eq!(error.code(), "1306406");
//! assert_eq!(error.request_id(), Some("r-7"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! # }).unwrap();
//! ```
//!
//! A retry policy reads what it needs from the [`Response`]: the [`Reply`]
//! (the code, typed where the catalog knows it), the status and the headers
//! (`Retry-After`), all kept; a [`ReadError`] says whether the body was cut
//! at the bound or its transport failed, with the status.

use std::fmt;
use std::pin::pin;

use bytes::Buf;
use http::{HeaderMap, StatusCode};
use http_body::Body;

use crate::body::{MAX_BODY_LEN, Reader, Reply, ResponseAdvice, Unreadable};

/// Reads `response` whole, within [`MAX_BODY_LEN`], and what it says, with the
/// platform detected ([`Reader::new`]).
///
/// # Errors
/// [`ReadError::TooLarge`] when the body is longer than [`MAX_BODY_LEN`] (the
/// read stops there); [`ReadError::Body`] when the body's stream fails;
/// [`ReadError::Unreadable`] for a body no platform could have sent.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let response = http::Response::builder()
///     .status(404)
///     .body(String::from(r#"{"code": 4115, "message": "function [0@faaspy@hello3] is not found"}"#))?;
/// let read = errcodes::client::read(response).await?;
/// assert_eq!(read.status(), http::StatusCode::NOT_FOUND);
/// assert_eq!(read.reply().error().map(|e| e.code()), Some("4115"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # }).unwrap();
/// ```
pub async fn read<B: Body>(response: http::Response<B>) -> Result<Response, ReadError<B::Error>> {
    read_with(Reader::new(), response).await
}

/// Reads `response` as [`read`] does, with `reader`: the one for the platform
/// the caller knows it called ([`Reader::vendor`]).
///
/// # Errors
/// As [`read`].
///
/// ```
/// use errcodes::Vendor;
/// use errcodes::body::Reader;
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// // `{"code": 500}` alone reads as openYuanrong's; the caller knows it called BlueKing PaaS.
/// let response = http::Response::builder().status(500).body(String::from(r#"{"code": 500}"#))?;
/// let read = errcodes::client::read_with(Reader::new().vendor(Vendor::Paas), response).await?;
/// assert_eq!(read.reply().error().map(|e| e.vendor()), Some(Vendor::Paas));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # }).unwrap();
/// ```
pub async fn read_with<B: Body>(
    reader: Reader,
    response: http::Response<B>,
) -> Result<Response, ReadError<B::Error>> {
    let (parts, body) = response.into_parts();
    let body = match collect(body).await {
        Ok(body) => body,
        Err(Collect::TooLarge(prefix)) => {
            return Err(ReadError::TooLarge {
                status: parts.status,
                headers: parts.headers,
                prefix,
            });
        }
        Err(Collect::Body(source)) => {
            return Err(ReadError::Body {
                status: parts.status,
                headers: parts.headers,
                source,
            });
        }
    };
    let reply = reader
        .read_parts(&parts, &body)
        .map_err(ReadError::Unreadable)?;
    Ok(Response {
        status: parts.status,
        headers: parts.headers,
        body,
        reply,
    })
}

/// Reads a reqwest response as [`read`] does.
///
/// # Errors
/// As [`read`], with reqwest's error for a body whose stream fails.
///
/// ```no_run
/// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
/// let response = reqwest::get("http://127.0.0.1:8080/api/v1/namespaces").await?;
/// let read = errcodes::client::read_reqwest(response).await?;
/// if let Some(error) = read.reply().error() {
///     eprintln!("{error}");
/// }
/// # Ok(())
/// # }
/// ```
#[cfg(feature = "reqwest")]
pub async fn read_reqwest(
    response: reqwest::Response,
) -> Result<Response, ReadError<reqwest::Error>> {
    read(http::Response::from(response)).await
}

/// Why [`collect`] stopped.
enum Collect<E> {
    TooLarge(Vec<u8>),
    Body(E),
}

/// The body's bytes, at most [`MAX_BODY_LEN`] of them; the prefix read when
/// there are more.
async fn collect<B: Body>(body: B) -> Result<Vec<u8>, Collect<B::Error>> {
    // The length the body announces, trusted only up to the bound: a lying
    // `Content-Length` must not reserve more than the bound either.
    let hint = body.size_hint().lower();
    let mut bytes = Vec::with_capacity(
        usize::try_from(hint)
            .unwrap_or(MAX_BODY_LEN)
            .min(MAX_BODY_LEN),
    );
    let mut body = pin!(body);
    while let Some(frame) = std::future::poll_fn(|cx| body.as_mut().poll_frame(cx)).await {
        let frame = frame.map_err(Collect::Body)?;
        // Trailers carry no body text.
        let Ok(mut data) = frame.into_data() else {
            continue;
        };
        while data.has_remaining() {
            let chunk = data.chunk();
            let room = MAX_BODY_LEN - bytes.len();
            if chunk.len() > room {
                bytes.extend_from_slice(&chunk[..room]);
                return Err(Collect::TooLarge(bytes));
            }
            bytes.extend_from_slice(chunk);
            let len = chunk.len();
            data.advance(len);
        }
    }
    Ok(bytes)
}

/// A response read whole: its status, its headers, its body and what it says.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let response = http::Response::new(String::from(r#"{"result": true, "code": 0, "data": {"id": 3}, "message": ""}"#));
/// let read = errcodes::client::read(response).await?;
/// assert!(matches!(read.reply(), errcodes::body::Reply::Success(_)));
/// let data: serde_json::Value = serde_json::from_slice(read.body())?;
/// assert_eq!(data["data"]["id"], 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # }).unwrap();
/// ```
#[derive(Clone, Debug)]
pub struct Response {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
    reply: Reply,
}

impl Response {
    /// The response's HTTP status.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let response = http::Response::builder().status(503).body(String::new())?;
    /// assert_eq!(errcodes::client::read(response).await?.status(), 503);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # }).unwrap();
    /// ```
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// All the response's headers (`Retry-After` among them, for a retry
    /// policy).
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let response = http::Response::builder().status(429).header("retry-after", "2").body(String::new())?;
    /// assert_eq!(errcodes::client::read(response).await?.headers()["retry-after"], "2");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # }).unwrap();
    /// ```
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body as received: on success, the data to deserialize.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let read = errcodes::client::read(http::Response::new(String::from("[1, 2]"))).await?;
    /// assert_eq!(read.body(), b"[1, 2]");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # }).unwrap();
    /// ```
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// What the response says: success, a platform's error, or a failure
    /// without a code.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let response = http::Response::builder().status(502).body(String::from("<html>Bad Gateway</html>"))?;
    /// let read = errcodes::client::read(response).await?;
    /// let errcodes::body::Reply::Failure(failure) = read.reply() else { panic!() };
    /// assert_eq!(failure.text(), "<html>Bad Gateway</html>");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # }).unwrap();
    /// ```
    pub fn reply(&self) -> &Reply {
        &self.reply
    }

    /// What to do about the response: `None` for a success; for a platform's
    /// error, its advice with the response's headers
    /// ([`PlatformError::retry_advice_for`](crate::body::PlatformError::retry_advice_for));
    /// for a failure without a code, the status's
    /// ([`Failure::retry_advice`](crate::body::Failure::retry_advice)). The
    /// delay the server asked for (`Retry-After`, Kubernetes'
    /// `retryAfterSeconds`) comes with it.
    ///
    /// ```
    /// use errcodes::RetryAdvice;
    /// use errcodes::body::RetryDelay;
    /// use std::time::Duration;
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let response = http::Response::builder()
    ///     .status(429)
    ///     .header("retry-after", "1")
    ///     .body(String::from(r#"{"code": 1005, "message": "Request limit reached."}"#))?;
    /// let read = errcodes::client::read(response).await?;
    /// let advice = read.retry_advice().expect("an error");
    /// assert_eq!(advice.advice(), RetryAdvice::Throttled);
    /// assert_eq!(advice.delay(), Some(RetryDelay::After(Duration::from_secs(1))));
    ///
    /// let ok = errcodes::client::read(http::Response::new(String::from(r#"{"code": "SUCCESS"}"#))).await?;
    /// assert_eq!(ok.retry_advice(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # }).unwrap();
    /// ```
    pub fn retry_advice(&self) -> Option<ResponseAdvice> {
        match &self.reply {
            Reply::Success(_) => None,
            Reply::Error(error) => Some(error.retry_advice_for(&self.headers)),
            Reply::Failure(failure) => Some(failure.retry_advice()),
        }
    }

    /// The response if it reports success, else a [`CallError::Reply`] that
    /// keeps it: what a call returns (as [`call_reqwest`] does), for `?` and
    /// for a retry policy.
    ///
    /// # Errors
    /// [`CallError::Reply`] for a platform's error or a failure without a code.
    ///
    /// ```
    /// use errcodes::client::CallError;
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let response = http::Response::builder().status(502).body(String::from("<html>Bad Gateway</html>"))?;
    /// let read = errcodes::client::read(response).await?;
    /// let error: CallError<std::convert::Infallible> = read.error_for_reply().unwrap_err();
    /// assert_eq!(error.to_string(), "HTTP 502 Bad Gateway without an error code");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # }).unwrap();
    /// ```
    pub fn error_for_reply<E>(self) -> Result<Response, CallError<E>> {
        match self.reply {
            Reply::Success(_) => Ok(self),
            _ => Err(CallError::Reply(Box::new(self))),
        }
    }

    /// The reply, the response's other parts dropped.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let read = errcodes::client::read(http::Response::new(String::from(r#"{"code": "SUCCESS"}"#))).await?;
    /// assert!(matches!(read.into_reply(), errcodes::body::Reply::Success(_)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # }).unwrap();
    /// ```
    pub fn into_reply(self) -> Reply {
        self.reply
    }

    /// The body as received, the rest dropped.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let read = errcodes::client::read(http::Response::new(String::from("{}"))).await?;
    /// assert_eq!(read.into_body(), b"{}");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # }).unwrap();
    /// ```
    pub fn into_body(self) -> Vec<u8> {
        self.body
    }
}

/// Why a response could not be read: its body is longer than the bound, its
/// stream failed, or no platform could have sent it. Each keeps the status.
#[derive(Debug)]
#[non_exhaustive]
pub enum ReadError<E> {
    /// The body is longer than [`MAX_BODY_LEN`]: reading stopped there.
    TooLarge {
        /// The response's status.
        status: StatusCode,
        /// The response's headers.
        headers: HeaderMap,
        /// The first [`MAX_BODY_LEN`] bytes of the body.
        prefix: Vec<u8>,
    },
    /// The body's stream failed (the connection closed, a decoder failed).
    Body {
        /// The response's status.
        status: StatusCode,
        /// The response's headers.
        headers: HeaderMap,
        /// The body's error.
        source: E,
    },
    /// The body is one no platform could have sent.
    Unreadable(Unreadable),
}

impl<E> ReadError<E> {
    /// The response's status.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let huge = "x".repeat(errcodes::body::MAX_BODY_LEN + 1);
    /// let response = http::Response::builder().status(500).body(huge)?;
    /// let error = errcodes::client::read(response).await.unwrap_err();
    /// assert_eq!(error.status(), Some(http::StatusCode::INTERNAL_SERVER_ERROR));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # }).unwrap();
    /// ```
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            ReadError::TooLarge { status, .. } | ReadError::Body { status, .. } => Some(*status),
            ReadError::Unreadable(unreadable) => unreadable.status(),
        }
    }
}

impl<E> ReadError<E> {
    /// What to do about a response that could not be read: its status decides,
    /// as for a failure without a code
    /// ([`Failure::retry_advice`](crate::body::Failure::retry_advice)), with
    /// the `Retry-After` of its headers.
    ///
    /// ```
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let huge = "x".repeat(errcodes::body::MAX_BODY_LEN + 1);
    /// let response = http::Response::builder().status(503).body(huge)?;
    /// let error = errcodes::client::read(response).await.unwrap_err();
    /// assert!(error.retry_advice().is_retryable());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// # }).unwrap();
    /// ```
    pub fn retry_advice(&self) -> ResponseAdvice {
        let headers = match self {
            ReadError::TooLarge { headers, .. } | ReadError::Body { headers, .. } => Some(headers),
            ReadError::Unreadable(_) => None,
        };
        crate::body::advise_status(self.status(), headers)
    }
}

impl<E: fmt::Display> fmt::Display for ReadError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::TooLarge { status, .. } => write!(
                f,
                "the body of the HTTP {status} response is longer than {MAX_BODY_LEN} bytes; reading stopped there"
            ),
            ReadError::Body { status, source, .. } => {
                write!(f, "the body of the HTTP {status} response failed: {source}")
            }
            ReadError::Unreadable(unreadable) => match unreadable.status() {
                Some(status) => write!(f, "the body of the HTTP {status} response: {unreadable}"),
                None => write!(f, "{unreadable}"),
            },
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for ReadError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::TooLarge { .. } => None,
            ReadError::Body { source, .. } => Some(source),
            ReadError::Unreadable(unreadable) => Some(unreadable),
        }
    }
}

/// Sends `request` with reqwest and reads its response as [`read`] does: a
/// success is `Ok`; a platform's error, a failure without a code, a response
/// that cannot be read or a request that got none is a [`CallError`], which
/// knows what to do about itself
/// ([`Advised`](crate::retry::Advised), for a retry policy).
///
/// # Errors
/// [`CallError`].
///
/// ```no_run
/// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
/// let http = reqwest::Client::new();
/// match errcodes::client::call_reqwest(http.get("http://127.0.0.1:8080/api/v1/namespaces")).await {
///     Ok(response) => println!("{} bytes", response.body().len()),
///     Err(error) => eprintln!("{}", error.to_string().escape_debug()),
/// }
/// # Ok(())
/// # }
/// ```
#[cfg(feature = "reqwest")]
pub async fn call_reqwest(
    request: reqwest::RequestBuilder,
) -> Result<Response, CallError<reqwest::Error>> {
    let response = request.send().await.map_err(CallError::Send)?;
    read_reqwest(response)
        .await
        .map_err(CallError::Read)?
        .error_for_reply()
}

/// Why a call failed: the request got no response, the response could not be
/// read, or it says the call failed (a platform's error, or a failure without
/// a code), kept whole.
///
/// ```
/// use errcodes::client::CallError;
///
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let response = http::Response::builder().status(404)
///     .body(String::from(r#"{"code": 4115, "message": "function [0@faaspy@hello3] is not found"}"#))?;
/// let read = errcodes::client::read(response).await?;
/// let error: CallError<std::convert::Infallible> = CallError::Reply(Box::new(read));
/// assert_eq!(error.to_string(), "openYuanrong 4115: function [0@faaspy@hello3] is not found");
/// assert_eq!(error.response().map(|r| r.status()), Some(http::StatusCode::NOT_FOUND));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// # }).unwrap();
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum CallError<E> {
    /// The request got no response: the connection failed or timed out.
    Send(E),
    /// The response could not be read ([`ReadError`]).
    Read(ReadError<E>),
    /// The response says the call failed.
    Reply(Box<Response>),
}

impl<E> CallError<E> {
    /// The response that says the call failed, for a [`CallError::Reply`].
    ///
    /// ```
    /// let error = errcodes::client::CallError::Send(std::io::Error::other("refused"));
    /// assert!(error.response().is_none());
    /// ```
    pub fn response(&self) -> Option<&Response> {
        match self {
            CallError::Reply(response) => Some(response),
            _ => None,
        }
    }
}

/// The platform, code and message as sent, or the status of a failure
/// without a code; the text is the response's, not escaped.
impl<E: fmt::Display> fmt::Display for CallError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::Send(error) => write!(f, "no response: {error}"),
            CallError::Read(error) => fmt::Display::fmt(error, f),
            CallError::Reply(response) => match &response.reply {
                Reply::Error(error) => write!(f, "{} {error}", error.vendor()),
                _ => write!(f, "HTTP {} without an error code", response.status),
            },
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for CallError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CallError::Send(error) => Some(error),
            CallError::Read(error) => Some(error),
            CallError::Reply(response) => match &response.reply {
                Reply::Error(error) => Some(error),
                _ => None,
            },
        }
    }
}
