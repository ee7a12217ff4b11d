//! The platform's advice plugged into backon, the retry crate for any async
//! call (`call.retry(backoff)`): [`FollowAdvice::follow_advice`] sets both
//! what is retried (`when`) and how long to wait (`adjust`).
//!
//! backon's builder bounds the attempts (`with_max_times`) and proposes each
//! wait; the advice decides whether to retry at all, and a server's delay
//! (`Retry-After`, `retryAfterSeconds`) lengthens a wait it proposes. An error
//! whose advice is `None` (a caller's error that did not reach the server) is
//! not retried.
//!
//! ```
//! use backon::{ExponentialBuilder, Retryable};
//! use errcodes::body::{PlatformError, Reader};
//! use errcodes::retry::backon::FollowAdvice;
//! use std::cell::Cell;
//! use std::time::Duration;
//!
//! # tokio::runtime::Builder::new_current_thread().enable_time().build().unwrap().block_on(async {
//! // openYuanrong's 1005 (request limit reached) twice, then an answer.
//! let calls = Cell::new(0);
//! let call = || async {
//!     calls.set(calls.get() + 1);
//!     if calls.get() < 3 {
//!         let body = br#"{"code": 1005, "message": "Request limit reached."}"#;
//!         let reply = Reader::new().read_slice(body).expect("a body");
//!         return Err(reply.error().cloned().expect("an error"));
//!     }
//!     Ok::<_, PlatformError>("answer")
//! };
//! let backoff = ExponentialBuilder::default().with_min_delay(Duration::from_millis(1)).with_max_times(3);
//! let answer = call.retry(backoff).follow_advice().sleep(tokio::time::sleep).await?;
//! assert_eq!((answer, calls.get()), ("answer", 3));
//! # Ok::<(), PlatformError>(())
//! # }).unwrap();
//! ```

use std::future::Future;
use std::time::Duration;

use backon::{Backoff, DefaultSleeper, Retry};

use super::Advised;

/// backon's `Retry` that retries as the error advises.
pub trait FollowAdvice {
    /// The `Retry` with its `when` and `adjust` set.
    type Advised;

    /// Retries an error only when its advice says it may be
    /// ([`Advised`]), waiting at least the delay the server asked for;
    /// replaces any `when` or `adjust` set before. Call it before `sleep`
    /// (it takes backon's default sleeper, which `sleep` replaces).
    fn follow_advice(self) -> Self::Advised;
}

/// backon's `when`: whether the error may be retried.
type When<E> = fn(&E) -> bool;
/// backon's `adjust`: the wait backon proposes, made at least the server's.
type Adjust<E> = fn(&E, Option<Duration>) -> Option<Duration>;

impl<B, T, E, Fut, FutureFn, RF, NF, AF> FollowAdvice
    for Retry<B, T, E, Fut, FutureFn, DefaultSleeper, RF, NF, AF>
where
    B: Backoff,
    E: Advised,
    Fut: Future<Output = Result<T, E>>,
    FutureFn: FnMut() -> Fut,
    RF: FnMut(&E) -> bool,
    NF: FnMut(&E, Duration),
    AF: FnMut(&E, Option<Duration>) -> Option<Duration>,
{
    type Advised = Retry<B, T, E, Fut, FutureFn, DefaultSleeper, When<E>, NF, Adjust<E>>;

    fn follow_advice(self) -> Self::Advised {
        self.when(super::retryable::<E> as When<E>)
            .adjust(super::wait::<E> as Adjust<E>)
    }
}
