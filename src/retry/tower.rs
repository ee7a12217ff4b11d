//! The platform's advice as a `tower::retry::Policy`.
//!
//! tower's `Retry` middleware is where services built on tower (hyper, axum,
//! tonic, kube's client) retry; this module needs only tower's `retry`
//! feature. The policy reads the response the inner service returns, so that
//! service reads it first: `errcodes::client::read` of the HTTP response
//! gives a [`Response`](crate::client::Response), which is [`Advised`]. The
//! body is read before the decision because ESB and Arklet answer HTTP 200 to
//! every failure: only the code in the body says a call was rate limited.
//!
//! ```
//! use errcodes::retry::tower::AdvicePolicy;
//! use std::sync::atomic::{AtomicUsize, Ordering};
//! use std::sync::Arc;
//! use std::time::Duration;
//! use tower::{Service, ServiceExt};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
//! // A server that is rate limited twice (ESB: HTTP 200, code 1306429), then answers.
//! let calls = Arc::new(AtomicUsize::new(0));
//! let server = tower::service_fn({
//!     let calls = calls.clone();
//!     move |_request: http::Request<String>| {
//!         let call = calls.fetch_add(1, Ordering::SeqCst);
//!         async move {
//!             let body = if call < 2 {
//!                 r#"{"result": false, "code": 1306429, "message": "Access frequency limit", "data": null}"#
//!             } else {
//!                 r#"{"result": true, "code": 0, "message": "", "data": {"id": 3}}"#
//!             };
//!             let response = http::Response::builder().header("retry-after", "0").body(String::from(body)).unwrap();
//!             errcodes::client::read(response).await
//!         }
//!     }
//! });
//! let policy = AdvicePolicy::new(3).backoff(Duration::from_millis(1), Duration::from_millis(10));
//! let mut client = tower::retry::Retry::new(policy, server);
//! let request = http::Request::new(String::from("{}"));
//! let response = client.ready().await?.call(request).await?;
//! assert!(response.retry_advice().is_none(), "a success");
//! assert_eq!(calls.load(Ordering::SeqCst), 3);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! # }).unwrap();
//! ```

use std::time::Duration;

use tower::util::rng::{HasherRng, Rng};

use super::Advised;

/// A `tower::retry::Policy` that follows the platform's advice.
///
/// A response is sent again when its advice says it may be
/// ([`ResponseAdvice::wait`](crate::body::ResponseAdvice::wait)), at most
/// `retries` times, after an exponential backoff with jitter (from `first` to
/// `max`, each wait between half and all of its step) or the delay the server
/// asked for, whichever is longer. A server that asks for longer than
/// [`max_wait`](Self::max_wait) (a minute unless set) is not waited for: the
/// response is returned as it is. An `Err` of the inner service (the request
/// failed to send, or its body to read) is returned as it is: whether it
/// reached the server is the caller's to judge.
///
/// The request is cloned for each attempt (`Req: Clone`): `http::Request<B>`
/// is when its body is, as `String`, `Vec<u8>` and `Bytes` are.
///
/// ```
/// use errcodes::retry::tower::AdvicePolicy;
/// use std::time::Duration;
///
/// let policy = AdvicePolicy::new(4)
///     .backoff(Duration::from_millis(100), Duration::from_secs(5))
///     .max_wait(Duration::from_secs(30));
/// assert_eq!(policy.retries_left(), 4);
/// ```
#[derive(Clone, Debug)]
pub struct AdvicePolicy {
    retries: u32,
    step: Duration,
    max_step: Duration,
    max_wait: Duration,
    rng: HasherRng,
}

impl AdvicePolicy {
    /// A policy that sends a request again at most `retries` times (so at most
    /// `retries + 1` attempts), with a backoff from 100 ms to 10 s and a server
    /// delay honoured up to a minute.
    ///
    /// ```
    /// assert_eq!(errcodes::retry::tower::AdvicePolicy::new(2).retries_left(), 2);
    /// ```
    pub fn new(retries: u32) -> AdvicePolicy {
        AdvicePolicy {
            retries,
            step: Duration::from_millis(100),
            max_step: Duration::from_secs(10),
            max_wait: Duration::from_secs(60),
            rng: HasherRng::new(),
        }
    }

    /// The backoff: `first` before the first retry, doubling up to `max`.
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// let policy = errcodes::retry::tower::AdvicePolicy::new(3).backoff(Duration::from_millis(10), Duration::from_secs(1));
    /// # let _ = policy;
    /// ```
    pub fn backoff(mut self, first: Duration, max: Duration) -> AdvicePolicy {
        self.step = first;
        self.max_step = max.max(first);
        self
    }

    /// The longest wait the policy accepts: a server that asks for more is
    /// not retried.
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// let policy = errcodes::retry::tower::AdvicePolicy::new(3).max_wait(Duration::from_secs(5));
    /// # let _ = policy;
    /// ```
    pub fn max_wait(mut self, max: Duration) -> AdvicePolicy {
        self.max_wait = max;
        self
    }

    /// How many times a request may still be sent again. tower's `Retry`
    /// clones the policy for each request: this counts one request's retries.
    ///
    /// ```
    /// assert_eq!(errcodes::retry::tower::AdvicePolicy::new(0).retries_left(), 0);
    /// ```
    pub fn retries_left(&self) -> u32 {
        self.retries
    }

    /// The wait before the next attempt for a result with `advice`, counting
    /// the attempt; `None` to stop.
    fn next_wait<A: Advised + ?Sized>(&mut self, result: &A) -> Option<Duration> {
        let advice = result.advice()?;
        if self.retries == 0 {
            return None;
        }
        // Equal jitter: half the step, plus up to the other half at random.
        let half = self.step / 2;
        let spread = u64::try_from((self.step - half).as_nanos()).unwrap_or(u64::MAX);
        let jitter = Duration::from_nanos(match spread {
            0 => 0,
            spread => self.rng.next_range(0..spread),
        });
        let wait = advice.wait(Some(half + jitter))?;
        if wait > self.max_wait {
            return None;
        }
        self.retries -= 1;
        self.step = self.step.saturating_mul(2).min(self.max_step);
        Some(wait)
    }
}

impl<Req: Clone, Res: Advised, E> ::tower::retry::Policy<Req, Res, E> for AdvicePolicy {
    type Future = tokio::time::Sleep;

    fn retry(&mut self, _request: &mut Req, result: &mut Result<Res, E>) -> Option<Self::Future> {
        let wait = self.next_wait(result.as_ref().ok()?)?;
        Some(tokio::time::sleep(wait))
    }

    fn clone_request(&mut self, request: &Req) -> Option<Req> {
        Some(request.clone())
    }
}

// The tests build their advice from CCI codes.
#[cfg(all(test, feature = "cci"))]
mod tests {
    use super::*;
    use crate::body::{PlatformError, ResponseAdvice};
    use crate::cci::{ApiError, CciError};

    struct Fixed(Option<ResponseAdvice>);

    impl Advised for Fixed {
        fn advice(&self) -> Option<ResponseAdvice> {
            self.0
        }
    }

    fn advice(error: ApiError, retry_after: Option<&'static str>) -> Fixed {
        let mut headers = http::HeaderMap::new();
        if let Some(value) = retry_after {
            headers.insert("retry-after", http::HeaderValue::from_static(value));
        }
        Fixed(Some(PlatformError::from(error).retry_advice_for(&headers)))
    }

    #[test]
    fn retries_are_bounded_and_the_backoff_grows_within_its_jitter() {
        let busy = advice(
            ApiError::from(CciError::ChartInUse).with_status(http::StatusCode::TOO_MANY_REQUESTS),
            None,
        );
        let mut policy =
            AdvicePolicy::new(3).backoff(Duration::from_millis(100), Duration::from_millis(300));
        let waits: Vec<Duration> = std::iter::from_fn(|| policy.next_wait(&busy)).collect();
        assert_eq!(waits.len(), 3);
        for (wait, step) in waits.iter().zip([100, 200, 300]) {
            let step = Duration::from_millis(step);
            assert!(
                *wait >= step / 2 && *wait <= step,
                "{wait:?} for a step of {step:?}"
            );
        }
    }

    #[test]
    fn the_server_delay_is_honoured_up_to_max_wait() {
        let throttled = advice(
            ApiError::from(CciError::ChartInUse).with_status(http::StatusCode::TOO_MANY_REQUESTS),
            Some("3"),
        );
        let mut policy =
            AdvicePolicy::new(2).backoff(Duration::from_millis(1), Duration::from_millis(1));
        assert_eq!(policy.next_wait(&throttled), Some(Duration::from_secs(3)));
        let mut policy = policy.max_wait(Duration::from_secs(2));
        assert_eq!(policy.next_wait(&throttled), None);
        assert_eq!(policy.retries_left(), 1, "a refused wait is no attempt");
    }

    #[test]
    fn advice_not_to_retry_and_success_are_not_retried() {
        let conflict = advice(
            ApiError::from(CciError::NamespaceNameAlreadyExists),
            Some("1"),
        );
        let mut policy = AdvicePolicy::new(5);
        assert_eq!(policy.next_wait(&conflict), None);
        assert_eq!(policy.next_wait(&Fixed(None)), None);
        assert_eq!(policy.retries_left(), 5);
    }
}
