//! What all four catalogs share: the [`ErrorCode`] trait, and [`Code`], a code of
//! any platform.

use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;

use crate::{ParseCodeError, StatusOrigin, Vendor};

/// What every platform's error code knows about itself. Implemented by
/// [`PaasError`](crate::paas::PaasError), [`CciError`](crate::cci::CciError),
/// [`SdkError`](crate::sdk::SdkError),
/// [`KouplelessError`](crate::koupleless::KouplelessError) and [`Code`].
///
/// Each enum also has these methods as inherent `const fn`s, with more that only
/// its platform publishes; the trait is for code that handles any platform.
///
/// ```
/// use errcodes::ErrorCode;
///
/// fn log_line(error: &impl ErrorCode) -> String {
///     format!("[{} {}] {}", error.vendor(), error.code(), error.message())
/// }
///
/// let error = errcodes::lookup("CCI.02.409101")?;
/// assert_eq!(log_line(&error), "[CCI CCI.02.409101] namespace name is already exist");
/// # Ok::<(), errcodes::ParseCodeError>(())
/// ```
pub trait ErrorCode:
    Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + std::error::Error
    + FromStr<Err = ParseCodeError>
    + Send
    + Sync
    + 'static
{
    /// The platform the code belongs to.
    fn vendor(&self) -> Vendor;

    /// The code as the platform writes it: `4311003`, `CCI.02.409101`,
    /// `Arklet.InstallModuleFailed`.
    fn code(&self) -> &'static str;

    /// The name of the variant in this crate: `NamespaceNameAlreadyExists`.
    fn name(&self) -> &'static str;

    /// The vendor's own symbolic name for the code, where the vendor has one:
    /// `CANNOT_DEPLOY_APP`, `ARGUMENT_ERROR`, `ERR_PARAM_INVALID`.
    fn vendor_name(&self) -> Option<&'static str>;

    /// The published message (for Chinese-only catalogs, the Chinese meaning).
    fn message(&self) -> &'static str;

    /// The published solution, where the catalog gives one.
    fn solution(&self) -> Option<&'static str>;

    /// The HTTP status the platform sends with the code (see
    /// [`ErrorCode::status_origin`] for where it comes from).
    fn http_status(&self) -> http::StatusCode;

    /// Where [`ErrorCode::http_status`] comes from: the vendor, or this crate.
    fn status_origin(&self) -> StatusOrigin;
}

/// Implements for a platform enum what every one has the same way: [`ErrorCode`]
/// (delegating to the enum's inherent methods), `Debug`, `Display`, `TryFrom<&str>` (as its
/// `FromStr`) and the size guarantee, checked at compile time. (`Error` comes from
/// thiserror's derive on the generated enum.)
macro_rules! platform_enum {
    ($enum:ident, $vendor:expr) => {
        impl $crate::ErrorCode for $enum {
            fn vendor(&self) -> $crate::Vendor {
                $vendor
            }
            fn code(&self) -> &'static str {
                $enum::code(self)
            }
            fn name(&self) -> &'static str {
                $enum::name(self)
            }
            fn vendor_name(&self) -> Option<&'static str> {
                $enum::vendor_name(self)
            }
            fn message(&self) -> &'static str {
                $enum::message(self)
            }
            fn solution(&self) -> Option<&'static str> {
                $enum::solution(self)
            }
            fn http_status(&self) -> http::StatusCode {
                $enum::http_status(self)
            }
            fn status_origin(&self) -> $crate::StatusOrigin {
                $enum::status_origin(self)
            }
        }

        /// Writes the variant's name, as a derived `Debug` would: one write,
        /// where a derive generates a branch per variant.
        impl std::fmt::Debug for $enum {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }

        /// Writes `code: message`: the code as the platform writes it, then the
        /// published message. Three plain writes: no formatting machinery on the
        /// error path of a service.
        impl std::fmt::Display for $enum {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())?;
                f.write_str(": ")?;
                f.write_str(self.message())
            }
        }

        /// Parses a code as [`FromStr`](std::str::FromStr) does.
        impl TryFrom<&str> for $enum {
            type Error = $crate::ParseCodeError;

            fn try_from(code: &str) -> Result<Self, Self::Error> {
                code.parse()
            }
        }

        const _: () = assert!(
            size_of::<$enum>() <= 2 && size_of::<Option<$enum>>() == size_of::<$enum>(),
            concat!(
                "a ",
                stringify!($enum),
                " must stay at most two bytes, and so must an Option of one"
            )
        );
    };
}
pub(crate) use platform_enum;

/// A code of any platform: what [`lookup`] finds.
///
/// ```
/// use errcodes::Code;
/// use errcodes::cci::CciError;
///
/// let code = errcodes::lookup("cci.02.409101")?;
/// assert_eq!(code, Code::Cci(CciError::NamespaceNameAlreadyExists));
/// assert_eq!(code.to_string(), "CCI.02.409101: namespace name is already exist");
/// # Ok::<(), errcodes::ParseCodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Code {
    /// A BlueKing PaaS code.
    #[cfg(feature = "paas")]
    #[error(transparent)]
    Paas(crate::paas::PaasError),
    /// A Huawei Cloud CCI code.
    #[cfg(feature = "cci")]
    #[error(transparent)]
    Cci(crate::cci::CciError),
    /// An openYuanrong code.
    #[cfg(feature = "sdk")]
    #[error(transparent)]
    Sdk(crate::sdk::SdkError),
    /// A Koupleless code.
    #[cfg(feature = "koupleless")]
    #[error(transparent)]
    Koupleless(crate::koupleless::KouplelessError),
}

/// Evaluates `$body` with `$error` bound to the platform enum inside a [`Code`].
macro_rules! each_platform {
    ($code:expr, $error:ident => $body:expr) => {
        match $code {
            #[cfg(feature = "paas")]
            Code::Paas($error) => $body,
            #[cfg(feature = "cci")]
            Code::Cci($error) => $body,
            #[cfg(feature = "sdk")]
            Code::Sdk($error) => $body,
            #[cfg(feature = "koupleless")]
            Code::Koupleless($error) => $body,
        }
    };
}

impl Code {
    /// Every code of every enabled platform, in catalog order, platform by platform.
    ///
    /// ```
    /// assert_eq!(errcodes::Code::all().count(), 376);
    /// ```
    pub fn all() -> impl Iterator<Item = Code> {
        let none = std::iter::empty();
        #[cfg(feature = "paas")]
        let none = none.chain(crate::paas::PaasError::ALL.iter().map(|&e| Code::Paas(e)));
        #[cfg(feature = "cci")]
        let none = none.chain(crate::cci::CciError::ALL.iter().map(|&e| Code::Cci(e)));
        #[cfg(feature = "sdk")]
        let none = none.chain(crate::sdk::SdkError::ALL.iter().map(|&e| Code::Sdk(e)));
        #[cfg(feature = "koupleless")]
        let none = none.chain(
            crate::koupleless::KouplelessError::ALL
                .iter()
                .map(|&e| Code::Koupleless(e)),
        );
        none
    }
}

impl Code {
    /// Every spelling under which the catalog knows the code, as
    /// [`lookup`] finds it: its code, then the vendor's names (a PaaS flag and
    /// source names, openYuanrong's symbols), or a Koupleless row's other code
    /// (a row of two sources has one code per source).
    ///
    /// ```
    /// use errcodes::Code;
    /// use errcodes::koupleless::KouplelessError;
    /// use errcodes::sdk::SdkError;
    ///
    /// let spellings: Vec<_> = Code::from(SdkError::K8sUnavailable).spellings().collect();
    /// assert_eq!(spellings, ["3008", "ERR_K8S_UNAVAILABLE", "ERR_REQUEST_BETWEEN_RUNTIME_FRONTEND"]);
    /// for spelling in spellings {
    ///     assert_eq!(errcodes::lookup(spelling), Ok(Code::from(SdkError::K8sUnavailable)));
    /// }
    /// let two = Code::from(KouplelessError::ArkletOrUserInstallModuleFailed);
    /// assert_eq!(two.spellings().count(), 2);
    /// ```
    pub fn spellings(&self) -> impl Iterator<Item = &'static str> + use<> {
        let (code, names): (&'static str, &'static [&'static str]) = match *self {
            #[cfg(feature = "paas")]
            Code::Paas(error) => (error.code(), error.vendor_names()),
            #[cfg(feature = "cci")]
            Code::Cci(error) => (error.code(), &[]),
            #[cfg(feature = "sdk")]
            Code::Sdk(error) => (error.code(), error.vendor_names()),
            #[cfg(feature = "koupleless")]
            // `codes()` starts with `code()`.
            Code::Koupleless(error) => (error.code(), error.codes().get(1..).unwrap_or_default()),
        };
        std::iter::once(code).chain(names.iter().copied())
    }
}

impl ErrorCode for Code {
    fn vendor(&self) -> Vendor {
        each_platform!(self, e => e.vendor())
    }
    fn code(&self) -> &'static str {
        each_platform!(self, e => e.code())
    }
    fn name(&self) -> &'static str {
        each_platform!(self, e => e.name())
    }
    fn vendor_name(&self) -> Option<&'static str> {
        each_platform!(self, e => e.vendor_name())
    }
    fn message(&self) -> &'static str {
        each_platform!(self, e => e.message())
    }
    fn solution(&self) -> Option<&'static str> {
        each_platform!(self, e => e.solution())
    }
    fn http_status(&self) -> http::StatusCode {
        each_platform!(self, e => e.http_status())
    }
    fn status_origin(&self) -> StatusOrigin {
        each_platform!(self, e => e.status_origin())
    }
}

/// Finds a code on any platform, as [`lookup`] does.
impl FromStr for Code {
    type Err = ParseCodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        lookup(s)
    }
}

/// Finds `code` on any platform: a code as the platform writes it, or the vendor's
/// symbolic name, in any ASCII case, with white space around it ignored.
///
/// The shape of the input picks the catalog to search: `CCI.` codes are CCI's,
/// numbers are BlueKing PaaS's or openYuanrong's (their ranges do not meet),
/// `Source.Type` codes are Koupleless's, other words are vendor names.
///
/// # Errors
/// [`ParseCodeError`] when no enabled platform has the code, or when it is a
/// Koupleless code that several component tables list
/// ([`ParseCodeError::is_ambiguous`]).
///
/// ```
/// use errcodes::Code;
/// use errcodes::paas::PaasError;
///
/// assert_eq!(errcodes::lookup("ARGUMENT_ERROR")?, Code::Paas(PaasError::ArgumentError));
/// assert_eq!(errcodes::lookup("4115")?.to_string(), "4115: FunctionNotFound");
/// assert_eq!(
///     errcodes::lookup("nope").unwrap_err().to_string(),
///     r#"unknown error code "nope""#
/// );
/// # Ok::<(), errcodes::ParseCodeError>(())
/// ```
pub fn lookup(code: &str) -> Result<Code, ParseCodeError> {
    #[cfg(any(feature = "cci", feature = "koupleless"))]
    let bytes = crate::lookup::trim(code);
    #[cfg(feature = "cci")]
    if bytes.len() >= 4 && bytes[..4].eq_ignore_ascii_case(b"CCI.") {
        return crate::cci::CciError::find(code)
            .map(Code::Cci)
            .ok_or_else(|| ParseCodeError::unknown(None, code));
    }
    #[cfg(feature = "koupleless")]
    if bytes.contains(&b'.') {
        return match crate::koupleless::KouplelessError::find(code) {
            crate::koupleless::Found::One(error) => Ok(Code::Koupleless(error)),
            crate::koupleless::Found::Several(candidates) => {
                Err(ParseCodeError::ambiguous(candidates, code))
            }
            crate::koupleless::Found::None => Err(ParseCodeError::unknown(None, code)),
        };
    }
    #[cfg(feature = "paas")]
    if let Some(error) = crate::paas::PaasError::find(code) {
        return Ok(Code::Paas(error));
    }
    #[cfg(feature = "sdk")]
    if let Some(error) = crate::sdk::SdkError::find(code) {
        return Ok(Code::Sdk(error));
    }
    Err(ParseCodeError::unknown(None, code))
}

#[cfg(feature = "paas")]
impl From<crate::paas::PaasError> for Code {
    fn from(error: crate::paas::PaasError) -> Self {
        Code::Paas(error)
    }
}

#[cfg(feature = "cci")]
impl From<crate::cci::CciError> for Code {
    fn from(error: crate::cci::CciError) -> Self {
        Code::Cci(error)
    }
}

#[cfg(feature = "sdk")]
impl From<crate::sdk::SdkError> for Code {
    fn from(error: crate::sdk::SdkError) -> Self {
        Code::Sdk(error)
    }
}

#[cfg(feature = "koupleless")]
impl From<crate::koupleless::KouplelessError> for Code {
    fn from(error: crate::koupleless::KouplelessError) -> Self {
        Code::Koupleless(error)
    }
}
