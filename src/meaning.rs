//! What an error means for the caller: its kind, one set across the four
//! platforms, and what to do about it, with where each answer comes from.
//!
//! The answers live in `codes/meanings/<platform>.tsv`, the crate's own tables
//! (`codes/README.md`, "Meanings"): one row per published code and per row of the
//! vendors' source tables, each cell with its origin and the evidence for it.

use std::fmt;
use std::str::FromStr;

/// What kind of failure a code reports, one set for the four platforms.
///
/// The set is [`google.rpc.Code`](https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto)
/// without `DATA_LOSS`, which no vendor text calls for, and with the same
/// meanings. Where two kinds could apply, the crate draws the line so:
/// per-request size limits are [`InvalidArgument`](ErrorKind::InvalidArgument),
/// used-up quotas and rates [`ResourceExhausted`](ErrorKind::ResourceExhausted);
/// whitelists and missing grants [`PermissionDenied`](ErrorKind::PermissionDenied);
/// overload the vendor calls "unavailable" [`Unavailable`](ErrorKind::Unavailable).
///
/// ```
/// use errcodes::ErrorKind;
/// use errcodes::sdk::SdkError;
///
/// assert_eq!(SdkError::InvokeRateLimited.kind(), ErrorKind::ResourceExhausted);
/// assert_eq!("not_found".parse(), Ok(ErrorKind::NotFound));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Not a failure: a success or informational code the vendor defines beside
    /// its errors (`0`, `SUCCESS`).
    Ok,
    /// The operation was cancelled, by the caller or the platform.
    Cancelled,
    /// The code says only that something failed, or is a catch-all.
    Unknown,
    /// The request itself is wrong, whatever the state of the system.
    InvalidArgument,
    /// A timeout expired before the operation completed.
    DeadlineExceeded,
    /// A named entity does not exist.
    NotFound,
    /// The entity to create exists already.
    AlreadyExists,
    /// The caller is known but not allowed.
    PermissionDenied,
    /// No or invalid credentials, token, signature or licence.
    Unauthenticated,
    /// A quota, count, capacity or rate is used up.
    ResourceExhausted,
    /// The system is not in the state the call needs; someone must change it.
    FailedPrecondition,
    /// A conflict with a concurrent operation.
    Aborted,
    /// Past the end of a valid range.
    OutOfRange,
    /// The operation, type or command is not supported.
    Unimplemented,
    /// A platform-side invariant broke: nothing the caller did.
    Internal,
    /// A service or dependency cannot be reached now: transient.
    Unavailable,
}

/// What a caller should do with a failed request: the classes of AIP-194 and of
/// the AWS SDK's retry classifier.
///
/// ```
/// use errcodes::RetryAdvice;
/// use errcodes::paas::PaasError;
///
/// // ESB answers HTTP 200 when it rate-limits: the code says what to do.
/// assert_eq!(PaasError::RateLimitRestriction.retry_advice(), RetryAdvice::Throttled);
/// assert!(RetryAdvice::Throttled.is_retryable());
/// assert!(!RetryAdvice::RetryAfterFix.is_retryable());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum RetryAdvice {
    /// The code reports success: nothing to retry (only with [`ErrorKind::Ok`]).
    NotAnError,
    /// Repeating the request, now or later, is not expected to succeed, and the
    /// code names no change that would make it: surface it (to a person,
    /// support, a bug report).
    DoNotRetry,
    /// The identical request fails again; it can succeed once something is
    /// changed: the request, the caller's credentials, permissions or quota, or
    /// the platform's configuration. Never retried automatically.
    RetryAfterFix,
    /// Transient: the identical request may succeed later. Retry with
    /// exponential backoff and jitter, a bounded number of times, and only
    /// where repeating the operation is safe.
    RetryWithBackoff,
    /// The caller exceeded a rate, frequency or concurrency limit: retry the
    /// identical request after the delay the server asked for, or after a
    /// backoff, and lower the rate.
    Throttled,
}

/// Where a code's [`ErrorKind`] or [`RetryAdvice`] comes from, as
/// [`StatusOrigin`](crate::StatusOrigin) does for statuses.
///
/// ```
/// use errcodes::MeaningOrigin;
/// use errcodes::sdk::SdkError;
///
/// // "Retry after a certain interval.": the page's solution.
/// assert_eq!(SdkError::InvokeRateLimited.meaning().advice_origin(), MeaningOrigin::VendorText);
/// assert!(MeaningOrigin::VendorText.is_vendors());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum MeaningOrigin {
    /// A text the vendor wrote for the code says so: its published message,
    /// description or solution, the message its server sends, its name.
    VendorText,
    /// The vendor's code says so: an SDK's retry list, a comment at the constant.
    VendorSource,
    /// The HTTP status the vendor itself sends with the code (429, 503, ...).
    HttpStatus,
    /// No vendor evidence: the crate's rule or judgement, given in
    /// [`Meaning::kind_evidence`] / [`Meaning::advice_evidence`].
    Crate,
}

/// Implements `as_str`, `ALL`, `Display` and `FromStr` on one of the enums of
/// this module, from the names the tables write.
macro_rules! named {
    ($enum:ident, $what:literal, $example:ident = $text:literal; $($variant:ident = $name:literal,)*) => {
        impl $enum {
            #[doc = concat!("Every ", $what, ", in declaration order.")]
            pub const ALL: &'static [$enum] = &[$($enum::$variant),*];

            #[doc = concat!("The name the tables and the command line use: `", $text, "`.")]
            ///
            /// ```
            #[doc = concat!("assert_eq!(errcodes::", stringify!($enum), "::", stringify!($example), ".as_str(), \"", $text, "\");")]
            /// ```
            pub const fn as_str(&self) -> &'static str {
                match self {
                    $($enum::$variant => $name,)*
                }
            }
        }

        /// Writes [`as_str`](Self::as_str).
        impl fmt::Display for $enum {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $enum {
            type Err = ParseNameError;

            /// Parses [`as_str`](Self::as_str)'s names; `-` may stand for `_`.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $enum::ALL
                    .iter()
                    .copied()
                    .find(|v| {
                        v.as_str().len() == s.len()
                            && v.as_str().bytes().zip(s.bytes()).all(|(a, b)| {
                                a == b.to_ascii_lowercase() || (a == b'_' && b == b'-')
                            })
                    })
                    .ok_or(ParseNameError { what: $what, names: &[$($name),*] })
            }
        }
    };
}

named! {
    ErrorKind, "kind", InvalidArgument = "invalid_argument";
    Ok = "ok",
    Cancelled = "cancelled",
    Unknown = "unknown",
    InvalidArgument = "invalid_argument",
    DeadlineExceeded = "deadline_exceeded",
    NotFound = "not_found",
    AlreadyExists = "already_exists",
    PermissionDenied = "permission_denied",
    Unauthenticated = "unauthenticated",
    ResourceExhausted = "resource_exhausted",
    FailedPrecondition = "failed_precondition",
    Aborted = "aborted",
    OutOfRange = "out_of_range",
    Unimplemented = "unimplemented",
    Internal = "internal",
    Unavailable = "unavailable",
}

named! {
    RetryAdvice, "retry advice", RetryWithBackoff = "retry_with_backoff";
    NotAnError = "not_an_error",
    DoNotRetry = "do_not_retry",
    RetryAfterFix = "retry_after_fix",
    RetryWithBackoff = "retry_with_backoff",
    Throttled = "throttled",
}

named! {
    MeaningOrigin, "origin", VendorText = "vendor_text";
    VendorText = "vendor_text",
    VendorSource = "vendor_source",
    HttpStatus = "http_status",
    Crate = "crate",
}

impl RetryAdvice {
    /// Whether the identical request may be sent again without a change:
    /// [`RetryWithBackoff`](RetryAdvice::RetryWithBackoff) or
    /// [`Throttled`](RetryAdvice::Throttled).
    ///
    /// ```
    /// use errcodes::RetryAdvice;
    ///
    /// assert!(RetryAdvice::RetryWithBackoff.is_retryable());
    /// assert!(!RetryAdvice::DoNotRetry.is_retryable());
    /// ```
    pub const fn is_retryable(&self) -> bool {
        matches!(self, RetryAdvice::RetryWithBackoff | RetryAdvice::Throttled)
    }
}

impl MeaningOrigin {
    /// Whether the answer is the vendor's (its text, source or status), not the
    /// crate's.
    ///
    /// ```
    /// assert!(errcodes::MeaningOrigin::HttpStatus.is_vendors());
    /// assert!(!errcodes::MeaningOrigin::Crate.is_vendors());
    /// ```
    pub const fn is_vendors(&self) -> bool {
        !matches!(self, MeaningOrigin::Crate)
    }
}

/// A name that is none of an enum's names (`"retry"` for a [`RetryAdvice`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ParseNameError {
    pub(crate) what: &'static str,
    pub(crate) names: &'static [&'static str],
}

impl fmt::Display for ParseNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not a {}: expected one of {}",
            self.what,
            self.names.join(", ")
        )
    }
}

impl std::error::Error for ParseNameError {}

/// A code's kind and retry advice, each with its origin and evidence, and the
/// crate's note where the vendor's docs and code (or page and source, or status
/// and text) disagree.
///
/// ```
/// use errcodes::{ErrorKind, MeaningOrigin, RetryAdvice};
/// use errcodes::sdk::SdkError;
///
/// let meaning = SdkError::InvokeRateLimited.meaning();
/// assert_eq!(meaning.kind(), ErrorKind::ResourceExhausted);
/// assert_eq!(meaning.retry_advice(), RetryAdvice::Throttled);
/// assert!(meaning.advice_evidence().contains("Retry after a certain interval."));
/// // The runtime's own retry lists leave 1005 out: docs and code disagree.
/// assert!(meaning.note().unwrap().starts_with("docs and code disagree"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Meaning {
    pub(crate) kind: ErrorKind,
    pub(crate) kind_origin: MeaningOrigin,
    pub(crate) advice: RetryAdvice,
    pub(crate) advice_origin: MeaningOrigin,
    pub(crate) kind_evidence: &'static str,
    pub(crate) advice_evidence: &'static str,
    pub(crate) note: Option<&'static str>,
}

impl Meaning {
    /// The kind of failure.
    pub const fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Where [`kind`](Self::kind) comes from.
    pub const fn kind_origin(&self) -> MeaningOrigin {
        self.kind_origin
    }

    /// What to do about it.
    pub const fn retry_advice(&self) -> RetryAdvice {
        self.advice
    }

    /// Where [`retry_advice`](Self::retry_advice) comes from.
    pub const fn advice_origin(&self) -> MeaningOrigin {
        self.advice_origin
    }

    /// Why the kind: the vendor's words quoted with where they stand
    /// (`bk-open-paas.md message(zh): "访问组件频率超限"`), the source line, the
    /// status, or the crate's rule.
    pub const fn kind_evidence(&self) -> &'static str {
        self.kind_evidence
    }

    /// Why the advice, as [`kind_evidence`](Self::kind_evidence) says why the kind.
    pub const fn advice_evidence(&self) -> &'static str {
        self.advice_evidence
    }

    /// The crate's note, where the vendor's docs and code disagree (an SDK that
    /// does not retry a code its page says to retry), the page and the source
    /// differ, or the status says other than the text.
    pub const fn note(&self) -> Option<&'static str> {
        self.note
    }
}

/// The row of a code in its platform's `<platform>_meanings.rs`.
pub(crate) struct MeaningRow {
    pub(crate) meaning: Meaning,
    pub(crate) texts: &'static [crate::Text],
}

/// Implements `meaning_row` for a platform enum: one row a code, as
/// `build/meanings.rs` writes them. The match has no wildcard: a code without a
/// row does not compile.
macro_rules! meaning_table {
    (
        $enum:ident;
        $(
            $variant:ident => (
                $kind:ident, $kind_origin:ident, $advice:ident, $advice_origin:ident,
                $kind_evidence:literal, $advice_evidence:literal, $note:expr
            ) [$(($field:ident, $lang:ident, $origin:ident, $source:literal, $text:literal)),*];
        )*
    ) => {
        impl $enum {
            /// The code's kind, advice and texts.
            pub(crate) const fn meaning_row(&self) -> &'static $crate::meaning::MeaningRow {
                use $crate::meaning::{ErrorKind, MeaningOrigin, MeaningRow, RetryAdvice};
                use $crate::text::{Lang, Text, TextField, TextOrigin};
                match self {
                    $($enum::$variant => &MeaningRow {
                        meaning: $crate::meaning::Meaning {
                            kind: ErrorKind::$kind,
                            kind_origin: MeaningOrigin::$kind_origin,
                            advice: RetryAdvice::$advice,
                            advice_origin: MeaningOrigin::$advice_origin,
                            kind_evidence: $kind_evidence,
                            advice_evidence: $advice_evidence,
                            note: $note,
                        },
                        texts: &[$(Text {
                            field: TextField::$field,
                            lang: Lang::$lang,
                            origin: TextOrigin::$origin,
                            source: $source,
                            text: $text,
                        }),*],
                    },)*
                }
            }
        }
    };
}
pub(crate) use meaning_table;

/// The public accessors of meanings and texts on a platform enum; `$example`
/// is a variant with texts in both languages, for the doctests.
macro_rules! meaning_accessors {
    ($enum:ident, $module:literal, $example:literal) => {
        impl $enum {
            /// The kind of failure, one set across the platforms.
            ///
            /// ```
            #[doc = concat!("use errcodes::", $module, "::", stringify!($enum), ";")]
            #[doc = concat!("let kind = ", stringify!($enum), "::", $example, ".kind();")]
            /// assert!(errcodes::ErrorKind::ALL.contains(&kind));
            /// ```
            pub const fn kind(&self) -> $crate::ErrorKind {
                self.meaning_row().meaning.kind
            }

            /// What to do about it: retry with backoff, wait out a throttle, fix
            /// something first, or give up.
            ///
            /// ```
            #[doc = concat!("use errcodes::", $module, "::", stringify!($enum), ";")]
            #[doc = concat!("let advice = ", stringify!($enum), "::", $example, ".retry_advice();")]
            /// assert!(errcodes::RetryAdvice::ALL.contains(&advice));
            /// ```
            pub const fn retry_advice(&self) -> $crate::RetryAdvice {
                self.meaning_row().meaning.advice
            }

            /// The kind and advice with their origins, evidence and the crate's note.
            ///
            /// ```
            #[doc = concat!("use errcodes::", $module, "::", stringify!($enum), ";")]
            #[doc = concat!("let meaning = ", stringify!($enum), "::", $example, ".meaning();")]
            #[doc = concat!("assert_eq!(meaning.kind(), ", stringify!($enum), "::", $example, ".kind());")]
            /// assert!(!meaning.advice_evidence().is_empty());
            /// ```
            pub const fn meaning(&self) -> $crate::Meaning {
                self.meaning_row().meaning
            }

            /// Every text the vendor gives for the code, in either language,
            /// each with its field, language and origin: the published page's
            /// first, then the other language's (the vendor's other page or
            /// its source). Never a translation.
            ///
            /// ```
            /// use errcodes::Lang;
            #[doc = concat!("use errcodes::", $module, "::", stringify!($enum), ";")]
            ///
            #[doc = concat!("let texts = ", stringify!($enum), "::", $example, ".texts();")]
            /// assert!(texts.iter().any(|t| t.lang() == Lang::Zh));
            /// assert!(texts.iter().any(|t| t.lang() == Lang::En));
            /// ```
            pub const fn texts(&self) -> &'static [$crate::Text] {
                self.meaning_row().texts
            }

            /// The vendor's `field` text in `lang`, the published one first;
            /// `None` where the vendor gives none in that language.
            ///
            /// ```
            /// use errcodes::{Lang, TextField};
            #[doc = concat!("use errcodes::", $module, "::", stringify!($enum), ";")]
            ///
            #[doc = concat!("let code = ", stringify!($enum), "::", $example, ";")]
            /// let zh = code.text(TextField::Message, Lang::Zh).or(code.text(TextField::Description, Lang::Zh));
            /// assert!(zh.is_some());
            /// ```
            pub fn text(&self, field: $crate::TextField, lang: $crate::Lang) -> Option<$crate::Text> {
                $crate::text::find(self.texts(), field, lang)
            }

            /// The text to show a person who reads `lang`: what the code means
            /// (description, else message) in that language, else in the other,
            /// saying which ([`LocalizedText::is_fallback`](crate::LocalizedText::is_fallback));
            /// `None` only where the vendor gives no text at all (a source code
            /// known by its symbol alone).
            ///
            /// ```
            /// use errcodes::Lang;
            #[doc = concat!("use errcodes::", $module, "::", stringify!($enum), ";")]
            ///
            #[doc = concat!("let text = ", stringify!($enum), "::", $example, ".text_in(Lang::Zh).unwrap();")]
            /// assert_eq!(text.lang(), Lang::Zh);
            /// assert!(!text.is_fallback());
            /// ```
            pub fn text_in(&self, lang: $crate::Lang) -> Option<$crate::LocalizedText> {
                $crate::text::person_facing(self.texts(), lang)
            }
        }
    };
}
pub(crate) use meaning_accessors;
