//! Structured `tracing` fields for the codes and the error bodies, so that a
//! log line or a span carries the platform, the code, its name, the status and
//! the request id (or, for Koupleless, which sends none, the base that
//! answered) without the caller spelling them out.
//!
//! Two ways, as `tracing` offers them:
//! - an event: [`Traced::emit`] writes one at the level given, with the
//!   fields and the error's text as its message;
//! - a span: `tracing` records only the fields a span declared when it was
//!   made, so [`error_span!`](crate::error_span) makes one with the fields
//!   declared empty, and [`Traced::record_on`] fills them once the error is
//!   known (a call that fails keeps its span, now with the error's fields).
//!
//! The fields are [`FIELDS`]; a field with nothing to say (no request id, a
//! code the catalog does not know) is left out.
//!
//! ```
//! use errcodes::trace::Traced;
//!
//! let span = errcodes::error_span!(tracing::Level::INFO, "call_cci", namespace = "team-a");
//! let error = errcodes::cci::ApiError::from(errcodes::cci::CciError::NamespaceNameAlreadyExists)
//!     .with_request_id("req-1");
//! error.record_on(&span);
//! error.emit(tracing::Level::WARN);
//! ```

use tracing::{Level, Span};

use crate::{Code, ErrorCode};

/// The names of the fields, in the order written: the platform
/// (`paas`, `cci`, `sdk`, `koupleless`), the code as sent, the variant's name in
/// this crate, the HTTP status, the request id, where the catalog's status
/// of the code comes from ([`StatusOrigin::as_str`](crate::StatusOrigin::as_str)),
/// and Arklet's `baseIdentity`, the base that answered (Koupleless sends no
/// request id; the base is not one).
///
/// ```
/// assert_eq!(errcodes::trace::FIELDS[1], "error.code");
/// ```
pub const FIELDS: [&str; 7] = [
    "error.vendor",
    "error.code",
    "error.name",
    "http.response.status_code",
    "request_id",
    "error.status_origin",
    "koupleless.base_identity",
];

/// A span at `level` named `name`, with the fields of [`FIELDS`] declared
/// empty for [`Traced::record_on`] to fill, and any fields of the caller's
/// after them, written as in `tracing::span!`.
///
/// ```
/// use errcodes::trace::Traced;
///
/// let span = errcodes::error_span!(tracing::Level::DEBUG, "deploy", app = "demo");
/// errcodes::paas::ApiError::from(errcodes::paas::PaasError::CannotDeployApp).record_on(&span);
/// ```
#[macro_export]
#[cfg_attr(docsrs, doc(cfg(feature = "tracing")))]
macro_rules! error_span {
    ($level:expr, $name:expr $(, $($fields:tt)*)?) => {
        $crate::tracing::span!(
            $level,
            $name,
            error.vendor = $crate::tracing::field::Empty,
            error.code = $crate::tracing::field::Empty,
            error.name = $crate::tracing::field::Empty,
            http.response.status_code = $crate::tracing::field::Empty,
            request_id = $crate::tracing::field::Empty,
            error.status_origin = $crate::tracing::field::Empty,
            koupleless.base_identity = $crate::tracing::field::Empty
            $(, $($fields)*)?
        )
    };
}

/// What the fields say, gathered once.
struct Record<'a> {
    vendor: &'static str,
    code: &'a str,
    name: Option<&'static str>,
    status: Option<u16>,
    request_id: Option<&'a str>,
    status_origin: Option<&'static str>,
    base_identity: Option<&'a str>,
}

impl Record<'_> {
    fn record_on(&self, span: &Span) {
        span.record("error.vendor", self.vendor);
        span.record("error.code", self.code);
        span.record("error.name", self.name);
        span.record("http.response.status_code", self.status);
        span.record("request_id", self.request_id);
        span.record("error.status_origin", self.status_origin);
        span.record("koupleless.base_identity", self.base_identity);
    }

    fn emit(&self, level: Level, message: &dyn std::fmt::Display) {
        // `event!` needs its level as a constant: one call site per level.
        macro_rules! event_at {
            ($level:expr) => {
                tracing::event!(
                    $level,
                    error.vendor = self.vendor,
                    error.code = self.code,
                    error.name = self.name,
                    http.response.status_code = self.status,
                    request_id = self.request_id,
                    error.status_origin = self.status_origin,
                    koupleless.base_identity = self.base_identity,
                    "{message}"
                )
            };
        }
        match level {
            Level::ERROR => event_at!(Level::ERROR),
            Level::WARN => event_at!(Level::WARN),
            Level::INFO => event_at!(Level::INFO),
            Level::DEBUG => event_at!(Level::DEBUG),
            _ => event_at!(Level::TRACE),
        }
    }
}

/// A code or an error body whose fields go to `tracing`.
pub trait Traced: std::fmt::Display {
    /// Records the error's fields on `span`, which must have declared them
    /// ([`error_span!`](crate::error_span) does); `tracing` drops a field a
    /// span did not declare.
    fn record_on(&self, span: &Span);

    /// Writes an event at `level` with the error's fields, its text
    /// (`code: message`) as the event's message.
    fn emit(&self, level: Level);
}

/// The record of a typed code.
fn code_record<C: ErrorCode>(code: &C) -> Record<'static> {
    Record {
        vendor: code.vendor().as_str(),
        code: code.code(),
        name: Some(code.name()),
        status: Some(code.http_status().as_u16()),
        request_id: None,
        status_origin: Some(code.status_origin().as_str()),
        base_identity: None,
    }
}

macro_rules! traced_code {
    ($($feature:literal => $enum:path),* $(,)?) => {$(
        #[cfg(feature = $feature)]
        /// The code's fields: no request id, the catalog's status.
        impl Traced for $enum {
            fn record_on(&self, span: &Span) {
                code_record(self).record_on(span);
            }

            fn emit(&self, level: Level) {
                code_record(self).emit(level, self);
            }
        }
    )*};
}
traced_code!(
    "paas" => crate::paas::PaasError,
    "cci" => crate::cci::CciError,
    "sdk" => crate::sdk::SdkError,
    "koupleless" => crate::koupleless::KouplelessError,
);

/// The code's fields: no request id, the catalog's status.
///
/// ```
/// use errcodes::trace::Traced;
///
/// errcodes::lookup("4311003")?.emit(tracing::Level::ERROR);
/// # Ok::<(), errcodes::ParseCodeError>(())
/// ```
impl Traced for Code {
    fn record_on(&self, span: &Span) {
        code_record(self).record_on(span);
    }

    fn emit(&self, level: Level) {
        code_record(self).emit(level, self);
    }
}

/// The record of an error body: the code as sent, the status and request id
/// read or set, the name and status origin of the code where the catalog
/// knows it; no base identity (Koupleless's record sets it).
#[cfg(feature = "json")]
fn body_record<'a, C: ErrorCode>(
    vendor: crate::Vendor,
    code: &'a str,
    error: Option<C>,
    status: Option<http::StatusCode>,
    request_id: Option<&'a str>,
) -> Record<'a> {
    Record {
        vendor: vendor.as_str(),
        code,
        name: error.map(|e| e.name()),
        status: status.map(|s| s.as_u16()),
        request_id,
        status_origin: error.map(|e| e.status_origin().as_str()),
        base_identity: None,
    }
}

#[cfg(feature = "json")]
macro_rules! traced_body {
    (
        $feature:literal, $module:ident, $vendor:ident,
        |$error:ident| ($request_id:expr, $base_identity:expr)
    ) => {
        #[cfg(feature = $feature)]
        /// The error's fields: the code as sent, the status, the request id
        /// (Koupleless, which sends none: the base that answered).
        impl Traced for crate::$module::ApiError {
            fn record_on(&self, span: &Span) {
                self.record().record_on(span);
            }

            fn emit(&self, level: Level) {
                self.record().emit(level, self);
            }
        }

        #[cfg(feature = $feature)]
        impl crate::$module::ApiError {
            fn record(&self) -> Record<'_> {
                let $error = self;
                Record {
                    base_identity: $base_identity,
                    ..body_record(
                        crate::Vendor::$vendor,
                        self.code(),
                        self.error(),
                        self.status(),
                        $request_id,
                    )
                }
            }
        }
    };
}
#[cfg(feature = "json")]
traced_body!("paas", paas, Paas, |e| (e.request_id(), None));
#[cfg(feature = "json")]
traced_body!("cci", cci, Cci, |e| (e.request_id(), None));
#[cfg(feature = "json")]
traced_body!("sdk", sdk, Sdk, |e| (e.trace_id(), None));
// Koupleless sends no request id; the base that answered is not one, and goes
// under its own name.
#[cfg(feature = "json")]
traced_body!("koupleless", koupleless, Koupleless, |e| (
    None,
    e.base_identity()
));

/// The fields of the platform's `ApiError`.
///
/// ```
/// use errcodes::trace::Traced;
///
/// let error = errcodes::body::Reader::new().read_slice(br#"{"code": 4115, "message": "m", "trace_id": "t-9"}"#)?;
/// error.error().unwrap().emit(tracing::Level::WARN);
/// # Ok::<(), errcodes::body::Unreadable>(())
/// ```
#[cfg(feature = "json")]
impl Traced for crate::body::PlatformError {
    fn record_on(&self, span: &Span) {
        self.record().record_on(span);
    }

    fn emit(&self, level: Level) {
        self.record().emit(level, self);
    }
}

#[cfg(feature = "json")]
impl crate::body::PlatformError {
    fn record(&self) -> Record<'_> {
        use crate::body::PlatformError;
        match self {
            #[cfg(feature = "paas")]
            PlatformError::Paas(error) => error.record(),
            #[cfg(feature = "cci")]
            PlatformError::Cci(error) => error.record(),
            #[cfg(feature = "sdk")]
            PlatformError::Sdk(error) => error.record(),
            #[cfg(feature = "koupleless")]
            PlatformError::Koupleless(error) => error.record(),
        }
    }
}
