//! Retrying a call as the platform advises: the [`Advised`] values (a
//! platform's error, a failure without a code, a response read by
//! `errcodes::client`), and the advice plugged into the retry crates Rust
//! services use, each behind its own feature:
//!
//! - `tower`: [`tower::AdvicePolicy`], a `tower::retry::Policy`, for services
//!   built on tower (hyper, axum, tonic, kube's client all are);
//! - `backon`: [`backon::FollowAdvice`], for any async call retried with
//!   backon's `Retryable`.
//!
//! Both decide the same way, as [`ResponseAdvice::wait`] does: a request is
//! sent again only when the advice says it may be (throttled, or retry with
//! backoff; never do-not-retry or retry-after-fix), at most as many times as
//! the policy allows, and never sooner than the server asked (`Retry-After`,
//! Kubernetes' `retryAfterSeconds`).
//!
//! `reqwest-retry` was left out: its `RetryableStrategy` sees a
//! `reqwest::Response` before its body is read, so it cannot see the code of
//! ESB or Arklet, which answer HTTP 200 to every failure, and its policies do
//! not honour `Retry-After`.
//!
//! A caller with another retry loop uses [`wait`] on any [`Advised`] error:
//!
//! ```
//! use errcodes::body::{PlatformError, Reader, Reply};
//! use std::time::Duration;
//!
//! let response = http::Response::builder()
//!     .status(429)
//!     .header("retry-after", "1")
//!     .body(r#"{"code": 1005, "message": "Request limit reached."}"#)?;
//! let Reply::Error(error) = Reader::new().read_response(&response)? else { panic!() };
//! // A platform's error alone has no headers: the response's give the delay.
//! let advice = error.retry_advice_for(response.headers());
//! assert_eq!(advice.wait(Some(Duration::from_millis(50))), Some(Duration::from_secs(1)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::time::Duration;

use crate::body::{Failure, PlatformError, ResponseAdvice};

/// A result of a call that knows what to do about itself: `None` when there is
/// nothing to retry (a success), else the [`ResponseAdvice`] of the response.
///
/// Implemented for [`PlatformError`] (without the response's headers: the
/// delay of `Retry-After` is not known to it, Kubernetes' `retryAfterSeconds`
/// is), [`Failure`], and with the `http-body` feature for
/// `errcodes::client::Response`, `errcodes::client::ReadError` and
/// `errcodes::client::CallError`, which keep the headers. A caller's own error
/// type implements it by delegating to the one it holds.
///
/// ```
/// use errcodes::body::{PlatformError, ResponseAdvice};
/// use errcodes::retry::Advised;
///
/// enum CallError {
///     Connect(std::io::Error),
///     Platform(PlatformError),
/// }
///
/// impl Advised for CallError {
///     fn advice(&self) -> Option<ResponseAdvice> {
///         match self {
///             // Not known to have reached the server: the caller's choice.
///             CallError::Connect(_) => None,
///             CallError::Platform(error) => error.advice(),
///         }
///     }
/// }
/// ```
pub trait Advised {
    /// What to do about this result; `None`: nothing to retry.
    fn advice(&self) -> Option<ResponseAdvice>;
}

impl Advised for PlatformError {
    /// The platform's advice, with the body's `retryAfterSeconds` but no
    /// header: see [`PlatformError::retry_advice_for`].
    ///
    /// ```
    /// use errcodes::retry::Advised;
    /// use errcodes::sdk::{ApiError, SdkError};
    ///
    /// let error = errcodes::body::PlatformError::from(ApiError::from(SdkError::InvokeRateLimited));
    /// assert!(error.advice().unwrap().is_retryable());
    /// ```
    fn advice(&self) -> Option<ResponseAdvice> {
        Some(self.retry_advice_for(&http::HeaderMap::new()))
    }
}

impl Advised for Failure {
    /// [`Failure::retry_advice`].
    ///
    /// ```
    /// use errcodes::body::Reply;
    /// use errcodes::retry::Advised;
    ///
    /// let response = http::Response::builder().status(502).body("<html>Bad Gateway</html>")?;
    /// let Reply::Failure(failure) = Reply::from_response(&response)? else { panic!() };
    /// assert!(failure.advice().unwrap().is_retryable());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn advice(&self) -> Option<ResponseAdvice> {
        Some(self.retry_advice())
    }
}

#[cfg(feature = "http-body")]
impl Advised for crate::client::Response {
    /// [`Response::retry_advice`](crate::client::Response::retry_advice):
    /// `None` for a success.
    fn advice(&self) -> Option<ResponseAdvice> {
        self.retry_advice()
    }
}

#[cfg(feature = "http-body")]
impl<E> Advised for crate::client::ReadError<E> {
    /// [`ReadError::retry_advice`](crate::client::ReadError::retry_advice).
    fn advice(&self) -> Option<ResponseAdvice> {
        Some(self.retry_advice())
    }
}

#[cfg(feature = "http-body")]
impl<E> Advised for crate::client::CallError<E> {
    /// The response's advice; for a request that got no response, `None`:
    /// whether it reached the server is the caller's to judge.
    fn advice(&self) -> Option<ResponseAdvice> {
        match self {
            crate::client::CallError::Send(_) => None,
            crate::client::CallError::Read(error) => error.advice(),
            crate::client::CallError::Reply(response) => response.advice(),
        }
    }
}

impl<T: Advised + ?Sized> Advised for Box<T> {
    fn advice(&self) -> Option<ResponseAdvice> {
        (**self).advice()
    }
}

/// Whether `result` may be sent again: its advice says so.
///
/// ```
/// use errcodes::body::PlatformError;
/// use errcodes::cci::{ApiError, CciError};
///
/// let conflict = PlatformError::from(ApiError::from(CciError::NamespaceNameAlreadyExists));
/// assert!(!errcodes::retry::retryable(&conflict));
/// ```
pub fn retryable<A: Advised + ?Sized>(result: &A) -> bool {
    result.advice().is_some_and(|advice| advice.is_retryable())
}

/// How long to wait before sending the request of `result` again, given the
/// wait `backoff` proposes (`None`: no attempt left), or `None` not to:
/// [`ResponseAdvice::wait`].
///
/// ```
/// use errcodes::body::PlatformError;
/// use errcodes::sdk::{ApiError, SdkError};
/// use std::time::Duration;
///
/// let limited = PlatformError::from(ApiError::from(SdkError::InvokeRateLimited));
/// let backoff = Some(Duration::from_millis(200));
/// assert_eq!(errcodes::retry::wait(&limited, backoff), backoff);
/// assert_eq!(errcodes::retry::wait(&limited, None), None);
/// ```
pub fn wait<A: Advised + ?Sized>(result: &A, backoff: Option<Duration>) -> Option<Duration> {
    result.advice()?.wait(backoff)
}

#[cfg(feature = "tower")]
#[cfg_attr(docsrs, doc(cfg(feature = "tower")))]
pub mod tower;

#[cfg(feature = "backon")]
#[cfg_attr(docsrs, doc(cfg(feature = "backon")))]
pub mod backon;
