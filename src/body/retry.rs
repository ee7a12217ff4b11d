//! What to do about a response: the code's [`RetryAdvice`] combined with what
//! the response itself says (status 429 or 503, `Retry-After`, Kubernetes'
//! `details.retryAfterSeconds`), and the delay the server asked for.
//!
//! The code's advice is the default; the response can only make it more
//! specific:
//! - status 429, or CCI's Kubernetes `reason: TooManyRequests`, is
//!   [`Throttled`](RetryAdvice::Throttled) whatever the code (origin
//!   [`HttpStatus`](MeaningOrigin::HttpStatus));
//! - status 502, 503 or 504 on a code the crate would not retry, or on an
//!   unknown code, is [`RetryWithBackoff`](RetryAdvice::RetryWithBackoff) (RFC
//!   9110; the AWS SDK's transient statuses); so is 408 on an unknown code;
//! - an unknown code with any other status is
//!   [`DoNotRetry`](RetryAdvice::DoNotRetry), the crate's choice (AIP-194:
//!   retry only what is known to be transient).
//!
//! BlueKing ESB and Arklet answer HTTP 200 to every failure: there only the code
//! decides. BlueKing's API gateway also sends `X-Bkapi-RateLimit-*` headers,
//! which the crate does not read: their unit is not documented by the vendor.

use std::time::{Duration, SystemTime};

use http::HeaderMap;
use http::header::RETRY_AFTER;

use crate::{Meaning, MeaningOrigin, RetryAdvice};

/// What to do about a response, where that answer comes from, and the delay the
/// server asked for.
///
/// ```
/// use errcodes::RetryAdvice;
/// use errcodes::body::RetryDelay;
/// use errcodes::cci::ApiError;
/// use std::time::Duration;
///
/// // Huawei Cloud's API gateway in front of CCI throttles: no CCI code, a 429
/// // and the delay it asks for.
/// let response = http::Response::builder()
///     .status(429)
///     .header("Retry-After", "3")
///     .body(r#"{"error_code":"APIGW.0308","error_msg":"The request is throttled."}"#)?;
/// let advice = ApiError::from_response(&response)?.retry_advice_for(response.headers());
/// assert_eq!(advice.advice(), RetryAdvice::Throttled);
/// assert!(advice.is_retryable());
/// assert_eq!(advice.delay(), Some(RetryDelay::After(Duration::from_secs(3))));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ResponseAdvice {
    advice: RetryAdvice,
    origin: MeaningOrigin,
    code: Option<RetryAdvice>,
    delay: Option<RetryDelay>,
}

/// The delay a server asked for before a retry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RetryDelay {
    /// Wait this long: `Retry-After: 120`, `details.retryAfterSeconds`.
    After(Duration),
    /// Wait until then: `Retry-After: Fri, 31 Dec 1999 23:59:59 GMT`.
    Until(SystemTime),
}

impl RetryDelay {
    /// How long to wait from `now`: zero once the time has passed.
    ///
    /// ```
    /// use errcodes::body::RetryDelay;
    /// use std::time::{Duration, SystemTime};
    ///
    /// let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000);
    /// let until = RetryDelay::Until(now + Duration::from_secs(5));
    /// assert_eq!(until.from(now), Duration::from_secs(5));
    /// assert_eq!(RetryDelay::After(Duration::from_secs(2)).from(now), Duration::from_secs(2));
    /// ```
    pub fn from(&self, now: SystemTime) -> Duration {
        match self {
            RetryDelay::After(delay) => *delay,
            RetryDelay::Until(time) => time.duration_since(now).unwrap_or_default(),
        }
    }
}

impl ResponseAdvice {
    /// What to do.
    pub const fn advice(&self) -> RetryAdvice {
        self.advice
    }

    /// Where [`advice`](Self::advice) comes from: the code's origin, or
    /// [`HttpStatus`](MeaningOrigin::HttpStatus) where the response's status
    /// decided, or [`Crate`](MeaningOrigin::Crate) for an unknown code.
    pub const fn origin(&self) -> MeaningOrigin {
        self.origin
    }

    /// The code's own advice, when the code is known.
    pub const fn code_advice(&self) -> Option<RetryAdvice> {
        self.code
    }

    /// Whether the identical request may be sent again ([`RetryAdvice::is_retryable`]).
    pub const fn is_retryable(&self) -> bool {
        self.advice.is_retryable()
    }

    /// The delay the server asked for: `Retry-After` (seconds or an HTTP date),
    /// else Kubernetes' `details.retryAfterSeconds`.
    pub const fn delay(&self) -> Option<RetryDelay> {
        self.delay
    }

    /// How long to wait before sending the request again, given the wait
    /// `backoff` proposes (`None`: the retry policy has no attempt left), or
    /// `None` not to send it again.
    ///
    /// The request is sent again only when the advice says it may be
    /// ([`is_retryable`](Self::is_retryable): throttled, or retry with
    /// backoff; never do-not-retry or retry-after-fix, whatever the server's
    /// delay says), and never sooner than the server asked: the wait is the
    /// longer of `backoff` and [`delay`](Self::delay) counted from now. This is
    /// the decision the crate's retry integrations make (`errcodes::retry`).
    ///
    /// ```
    /// use errcodes::cci::{ApiError, CciError};
    /// use std::time::Duration;
    ///
    /// let mut headers = http::HeaderMap::new();
    /// headers.insert("retry-after", http::HeaderValue::from_static("2"));
    /// let backoff = Some(Duration::from_millis(100));
    ///
    /// let busy = ApiError::from(CciError::ChartInUse).with_status(http::StatusCode::TOO_MANY_REQUESTS);
    /// assert_eq!(busy.retry_advice_for(&headers).wait(backoff), Some(Duration::from_secs(2)));
    /// assert_eq!(busy.retry_advice_for(&headers).wait(None), None); // no attempt left
    ///
    /// let conflict = ApiError::from(CciError::NamespaceNameAlreadyExists);
    /// assert_eq!(conflict.retry_advice_for(&headers).wait(backoff), None);
    /// ```
    pub fn wait(&self, backoff: Option<Duration>) -> Option<Duration> {
        if !self.is_retryable() {
            return None;
        }
        let backoff = backoff?;
        let asked = self
            .delay
            .map(|delay| delay.from(SystemTime::now()))
            .unwrap_or_default();
        Some(backoff.max(asked))
    }
}

/// The advice for a response with this code's meaning (`None`: an unknown
/// code), `status`, Kubernetes `reason`, headers and `details.retryAfterSeconds`.
pub(crate) fn advise(
    meaning: Option<Meaning>,
    status: Option<http::StatusCode>,
    reason: Option<&str>,
    headers: Option<&HeaderMap>,
    retry_after_seconds: Option<u64>,
) -> ResponseAdvice {
    let code = meaning.map(|m| (m.retry_advice(), m.advice_origin()));
    let status = status.map(|s| s.as_u16());
    let transient = matches!(status, Some(502..=504));
    let (advice, origin) = match code {
        _ if status == Some(429) || reason == Some("TooManyRequests") => {
            (RetryAdvice::Throttled, MeaningOrigin::HttpStatus)
        }
        Some((RetryAdvice::DoNotRetry, _)) if transient => {
            (RetryAdvice::RetryWithBackoff, MeaningOrigin::HttpStatus)
        }
        Some(known) => known,
        None if transient || status == Some(408) => {
            (RetryAdvice::RetryWithBackoff, MeaningOrigin::HttpStatus)
        }
        None => (RetryAdvice::DoNotRetry, MeaningOrigin::Crate),
    };
    let delay = headers
        .and_then(|h| h.get(RETRY_AFTER))
        .and_then(|v| v.to_str().ok())
        .and_then(retry_after)
        .or(retry_after_seconds.map(|s| RetryDelay::After(Duration::from_secs(s))));
    ResponseAdvice {
        advice,
        origin,
        code: code.map(|(advice, _)| advice),
        delay,
    }
}

/// The advice for a response whose body carries no code: its `status` and
/// the `Retry-After` of its `headers` decide.
pub(crate) fn advise_status(
    status: Option<http::StatusCode>,
    headers: Option<&HeaderMap>,
) -> ResponseAdvice {
    advise(None, status, None, headers, None)
}

/// `Retry-After` (RFC 9110 §10.2.3): delay-seconds, or an HTTP date in the
/// IMF-fixdate form senders must use (`Sun, 06 Nov 1994 08:49:37 GMT`).
/// Anything else asks for no delay the crate can read.
pub(crate) fn retry_after(value: &str) -> Option<RetryDelay> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return value
            .parse()
            .ok()
            .map(|s| RetryDelay::After(Duration::from_secs(s)));
    }
    imf_fixdate(value).map(RetryDelay::Until)
}

/// `Sun, 06 Nov 1994 08:49:37 GMT`.
fn imf_fixdate(value: &str) -> Option<SystemTime> {
    let b = value.as_bytes();
    if b.len() != 29 || &b[3..5] != b", " || &b[25..] != b" GMT" {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u64> {
        let digits = value.get(range)?;
        digits
            .bytes()
            .all(|d| d.is_ascii_digit())
            .then(|| digits.parse().ok())?
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let day = number(5..7)?;
    let month = MONTHS.iter().position(|m| value.get(8..11) == Some(*m))? as u64 + 1;
    let year = number(12..16)?;
    let (hour, minute, second) = (number(17..19)?, number(20..22)?, number(23..25)?);
    if b[7] != b' ' || b[11] != b' ' || b[16] != b' ' || b[19] != b':' || b[22] != b':' {
        return None;
    }
    if year < 1970 || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    // Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    let (y, m) = if month <= 2 {
        (year - 1, month + 9)
    } else {
        (year, month - 3)
    };
    let era = y / 400;
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second;
    SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(seconds))
}

/// `details.retryAfterSeconds` of a Kubernetes Status.
fn details_retry_after(details: Option<&serde_json::value::RawValue>) -> Option<u64> {
    let details: serde_json::Value = serde_json::from_str(details?.get()).ok()?;
    details.get("retryAfterSeconds")?.as_u64()
}

/// `retry_advice`, `retry_advice_for` and `is_retryable` on a platform's
/// `ApiError`. `$meaning` gives the typed code's meaning, `$reason` and
/// `$details` the Kubernetes fields where the platform has them.
macro_rules! response_advice {
    ($feature:literal, $module:ident, $example:literal, |$e:ident| $meaning:expr, $reason:expr, $details:expr) => {
        #[cfg(feature = $feature)]
        impl crate::$module::ApiError {
            /// What to do about this error: the code's advice, made more specific
            /// by the status (429 throttled, 502 to 504 transient) and, where the
            /// body has them, Kubernetes' `reason` and `retryAfterSeconds`. See
            /// [`retry_advice_for`](Self::retry_advice_for) to read the headers too.
            ///
            /// ```
            #[doc = concat!("let error = errcodes::", stringify!($module), "::ApiError::from(errcodes::", stringify!($module), "::", $example, ");")]
            /// assert_eq!(error.retry_advice().code_advice(), error.error().map(|e| e.retry_advice()));
            /// ```
            pub fn retry_advice(&self) -> ResponseAdvice {
                let $e = self;
                advise($meaning, self.status(), $reason, None, $details)
            }

            /// [`retry_advice`](Self::retry_advice), with the response's headers:
            /// `Retry-After` gives the delay.
            ///
            /// ```
            /// use errcodes::body::RetryDelay;
            /// use std::time::Duration;
            ///
            #[doc = concat!("let error = errcodes::", stringify!($module), "::ApiError::from(errcodes::", stringify!($module), "::", $example, ")")]
            ///     .with_status(http::StatusCode::TOO_MANY_REQUESTS);
            /// let mut headers = http::HeaderMap::new();
            /// headers.insert("retry-after", http::HeaderValue::from_static("30"));
            /// let advice = error.retry_advice_for(&headers);
            /// assert!(advice.is_retryable());
            /// assert_eq!(advice.delay(), Some(RetryDelay::After(Duration::from_secs(30))));
            /// ```
            pub fn retry_advice_for(&self, headers: &http::HeaderMap) -> ResponseAdvice {
                let $e = self;
                advise($meaning, self.status(), $reason, Some(headers), $details)
            }

            /// Whether the identical request may be sent again: see
            /// [`retry_advice`](Self::retry_advice).
            ///
            /// ```
            #[doc = concat!("let error = errcodes::", stringify!($module), "::ApiError::from(errcodes::", stringify!($module), "::", $example, ")")]
            ///     .with_status(http::StatusCode::TOO_MANY_REQUESTS);
            /// assert!(error.is_retryable());
            /// ```
            pub fn is_retryable(&self) -> bool {
                self.retry_advice().is_retryable()
            }
        }
    };
}

response_advice!(
    "paas",
    paas,
    "PaasError::ArgumentError",
    |e| e.error().map(|c| c.meaning()),
    None,
    None
);
response_advice!(
    "cci",
    cci,
    "CciError::ChartInUse",
    |e| e.error().map(|c| c.meaning()),
    e.reason(),
    details_retry_after(e.details())
);
response_advice!(
    "sdk",
    sdk,
    "SdkError::ParamInvalid",
    |e| e.error().map(|c| c.meaning()),
    None,
    None
);
response_advice!(
    "koupleless",
    koupleless,
    "KouplelessError::ArkletPullBizError",
    // A code of two tables sent without its component: the rows' answer when
    // they agree.
    |e| e
        .error()
        .or_else(|| agreed(e.candidates()))
        .map(|c| c.meaning()),
    None,
    None
);

/// The one code whose advice all `candidates` share, if they share one.
#[cfg(feature = "koupleless")]
fn agreed(
    candidates: &[crate::koupleless::KouplelessError],
) -> Option<crate::koupleless::KouplelessError> {
    let (first, rest) = candidates.split_first()?;
    rest.iter()
        .all(|c| c.meaning() == first.meaning())
        .then_some(*first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::StatusCode;

    /// A meaning with only the advice and its origin that `advise` reads.
    fn meaning(advice: RetryAdvice) -> Meaning {
        Meaning {
            kind: crate::ErrorKind::Unknown,
            kind_origin: MeaningOrigin::Crate,
            advice,
            advice_origin: MeaningOrigin::VendorText,
            kind_evidence: "test",
            advice_evidence: "test",
            note: None,
        }
    }

    #[test]
    fn the_response_makes_the_codes_advice_more_specific_never_less() {
        let advise = |advice: Option<RetryAdvice>, status: u16| {
            let a = advise(
                advice.map(meaning),
                StatusCode::from_u16(status).ok(),
                None,
                None,
                None,
            );
            (a.advice(), a.origin())
        };
        use MeaningOrigin::{Crate, HttpStatus, VendorText};
        use RetryAdvice::*;
        // 429 throttles whatever the code says.
        assert_eq!(advise(Some(RetryAfterFix), 429), (Throttled, HttpStatus));
        assert_eq!(advise(None, 429), (Throttled, HttpStatus));
        // 502 to 504 make a code the crate would not retry transient, and only that.
        assert_eq!(
            advise(Some(DoNotRetry), 503),
            (RetryWithBackoff, HttpStatus)
        );
        assert_eq!(
            advise(Some(RetryAfterFix), 503),
            (RetryAfterFix, VendorText)
        );
        assert_eq!(advise(Some(Throttled), 200), (Throttled, VendorText));
        // An unknown code: the status alone.
        assert_eq!(advise(None, 504), (RetryWithBackoff, HttpStatus));
        assert_eq!(advise(None, 408), (RetryWithBackoff, HttpStatus));
        assert_eq!(advise(None, 500), (DoNotRetry, Crate));
        assert_eq!(advise(None, 400), (DoNotRetry, Crate));
        // Kubernetes' reason without the status line.
        let a = super::advise(None, None, Some("TooManyRequests"), None, Some(4));
        assert_eq!(
            (a.advice(), a.delay()),
            (Throttled, Some(RetryDelay::After(Duration::from_secs(4))))
        );
        assert_eq!(a.code_advice(), None);
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        assert_eq!(
            retry_after(" 120 "),
            Some(RetryDelay::After(Duration::from_secs(120)))
        );
        assert_eq!(
            retry_after("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(RetryDelay::Until(
                SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777)
            ))
        );
        assert_eq!(
            retry_after("Thu, 29 Feb 2024 00:00:00 GMT"),
            Some(RetryDelay::Until(
                SystemTime::UNIX_EPOCH + Duration::from_secs(1_709_164_800)
            ))
        );
        for bad in [
            "",
            "-1",
            "1.5",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Xyz 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 25:49:37 GMT",
            "99999999999999999999999",
        ] {
            assert_eq!(retry_after(bad), None, "{bad:?}");
        }
    }
}
