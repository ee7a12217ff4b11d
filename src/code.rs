//! What all four catalogs share: the [`ErrorCode`] trait, and [`Code`], a code of
//! any platform.

use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;

use crate::{
    ErrorKind, Lang, LocalizedText, Meaning, ParseCodeError, RetryAdvice, StatusOrigin, Text,
    TextField, Vendor,
};

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

    /// The code's kind and retry advice, with their origins, evidence and the
    /// crate's note.
    fn meaning(&self) -> Meaning;

    /// Every text the vendor gives for the code, in Chinese and in English.
    fn texts(&self) -> &'static [Text];

    /// The kind of failure, one set across the platforms.
    ///
    /// ```
    /// use errcodes::{ErrorCode, ErrorKind};
    ///
    /// assert_eq!(errcodes::lookup("CCI.02.409101")?.kind(), ErrorKind::AlreadyExists);
    /// # Ok::<(), errcodes::ParseCodeError>(())
    /// ```
    fn kind(&self) -> ErrorKind {
        self.meaning().kind()
    }

    /// What to do about it. For a response, the body types combine this with
    /// what the response says (429, 503, `Retry-After`).
    ///
    /// ```
    /// use errcodes::{ErrorCode, RetryAdvice};
    ///
    /// // openYuanrong 1005: "Retry after a certain interval."
    /// assert_eq!(errcodes::lookup("1005")?.retry_advice(), RetryAdvice::Throttled);
    /// # Ok::<(), errcodes::ParseCodeError>(())
    /// ```
    fn retry_advice(&self) -> RetryAdvice {
        self.meaning().retry_advice()
    }

    /// The vendor's `field` text in `lang`; `None` where the vendor gives none.
    fn text(&self, field: TextField, lang: Lang) -> Option<Text> {
        crate::text::find(self.texts(), field, lang)
    }

    /// The text for a person who reads `lang`, else the other language's,
    /// saying which; `None` where the vendor gives no text at all.
    ///
    /// ```
    /// use errcodes::{ErrorCode, Lang};
    ///
    /// let text = errcodes::lookup("CCI.02.409101")?.text_in(Lang::Zh).unwrap();
    /// assert_eq!(text.text(), "创建namespace失败：namespace名称已存在");
    /// assert!(!text.is_fallback());
    /// # Ok::<(), errcodes::ParseCodeError>(())
    /// ```
    fn text_in(&self, lang: Lang) -> Option<LocalizedText> {
        crate::text::person_facing(self.texts(), lang)
    }
    /// Where the code comes from: a published catalog, or the vendor's source.
    fn origin(&self) -> crate::Origin;
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
            fn meaning(&self) -> $crate::Meaning {
                $enum::meaning(self)
            }
            fn texts(&self) -> &'static [$crate::Text] {
                $enum::texts(self)
            }
            fn origin(&self) -> $crate::Origin {
                $enum::origin(self)
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
        /// published message, as one text the build joined: `to_string()` is one
        /// allocation of the right size and one copy.
        impl std::fmt::Display for $enum {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.row().display)
            }
        }

        /// Parses a code as [`FromStr`](std::str::FromStr) does.
        impl TryFrom<&str> for $enum {
            type Error = $crate::ParseCodeError;

            // Named, not `Self::Error`: `PaasError::Error` (bkpaas3's `ERROR`)
            // is a variant, which would make `Self::Error` ambiguous.
            fn try_from(code: &str) -> Result<Self, $crate::ParseCodeError> {
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

/// `Code` and what it does platform by platform, from the list of platforms.
macro_rules! code_enum {
    ($(
        $(#[$doc:meta])*
        $id:ident: $variant:ident($enum:ident) =
            ($feature:literal, $name:literal, $full_name:literal, $expecting:literal, $shape:ident),
    )*) => {
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
            $(
                #[doc = concat!("A code of ", $name, ".")]
                #[cfg(feature = $feature)]
                #[error(transparent)]
                $variant(crate::$id::$enum),
            )*
        }

        $(
            #[cfg(feature = $feature)]
            impl From<crate::$id::$enum> for Code {
                fn from(error: crate::$id::$enum) -> Self {
                    Code::$variant(error)
                }
            }
        )*

        impl Code {
            /// Every code of every enabled platform, in catalog order, platform by
            /// platform.
            ///
            /// ```
            /// assert_eq!(errcodes::Code::all().count(), 774);
            /// // 376 on the published catalogs, 398 from the vendors' source.
            /// use errcodes::ErrorCode;
            /// assert_eq!(errcodes::Code::all().filter(|c| c.origin().is_published()).count(), 376);
            /// ```
            pub fn all() -> impl Iterator<Item = Code> {
                let all = std::iter::empty();
                $(
                    #[cfg(feature = $feature)]
                    let all = all.chain(crate::$id::$enum::ALL.iter().map(|&e| Code::$variant(e)));
                )*
                all
            }

            /// Every spelling under which the catalog knows the code, as
            /// [`lookup`] finds it: its code, then the vendor's names (a PaaS flag and
            /// source names, openYuanrong's symbols), or a Koupleless row's other code
            /// (a row of two sources has one code per source). A number that several
            /// openYuanrong codes share finds the published one, or none
            /// ([`SdkError::matching`](crate::sdk::SdkError::matching) lists them).
            ///
            /// ```
            /// use errcodes::Code;
            /// use errcodes::koupleless::KouplelessError;
            /// use errcodes::sdk::SdkError;
            ///
            /// let spellings: Vec<_> = Code::from(SdkError::InstanceNotFound).spellings().collect();
            /// assert_eq!(spellings, ["1003", "ERR_INSTANCE_NOT_FOUND", "ErrInstanceNotFound"]);
            /// for spelling in spellings {
            ///     assert_eq!(errcodes::lookup(spelling), Ok(Code::from(SdkError::InstanceNotFound)));
            /// }
            /// let two = Code::from(KouplelessError::ArkletOrUserInstallModuleFailed);
            /// assert_eq!(two.spellings().count(), 2);
            /// ```
            pub fn spellings(&self) -> impl Iterator<Item = &'static str> + use<> {
                let (code, others) = match *self {
                    $(
                        #[cfg(feature = $feature)]
                        Code::$variant(error) => (error.code(), error.other_spellings()),
                    )*
                };
                std::iter::once(code).chain(others.iter().copied())
            }

            /// The code that `input` names on any enabled platform, as [`lookup`]
            /// finds it, or `None`: the question "which code is this?", asked
            /// without building an error. A Koupleless code of several component
            /// tables is `None` here ([`lookup`] says why).
            ///
            /// ```
            /// use errcodes::Code;
            /// use errcodes::paas::PaasError;
            ///
            /// assert_eq!(Code::find("1306406"), Some(Code::Paas(PaasError::ArgumentError)));
            /// assert_eq!(Code::find(" argument_error "), Some(Code::Paas(PaasError::ArgumentError)));
            /// assert_eq!(Code::find("nope"), None);
            /// ```
            #[inline]
            pub fn find(input: &str) -> Option<Code> {
                let shape = crate::lookup::InputShape::of(input.as_bytes());
                $(
                    #[cfg(feature = $feature)]
                    if shape.is(crate::lookup::Shape::$shape) {
                        if let Some(error) = crate::$id::$enum::find_shaped(input.as_bytes(), shape) {
                            return Some(Code::$variant(error));
                        }
                    }
                )*
                Code::find_cold(input)
            }
        }

        impl ErrorCode for Code {
            fn vendor(&self) -> Vendor {
                match self {
                    $(#[cfg(feature = $feature)] Code::$variant(_) => Vendor::$variant,)*
                }
            }
            fn code(&self) -> &'static str {
                match self {
                    $(#[cfg(feature = $feature)] Code::$variant(e) => e.code(),)*
                }
            }
            fn name(&self) -> &'static str {
                match self {
                    $(#[cfg(feature = $feature)] Code::$variant(e) => e.name(),)*
                }
            }
            fn vendor_name(&self) -> Option<&'static str> {
                match self {
                    $(#[cfg(feature = $feature)] Code::$variant(e) => e.vendor_name(),)*
                }
            }
            fn message(&self) -> &'static str {
                match self {
                    $(#[cfg(feature = $feature)] Code::$variant(e) => e.message(),)*
                }
            }
            fn solution(&self) -> Option<&'static str> {
                match self {
                    $(#[cfg(feature = $feature)] Code::$variant(e) => e.solution(),)*
                }
            }
            fn http_status(&self) -> http::StatusCode {
                match self {
                    $(#[cfg(feature = $feature)] Code::$variant(e) => e.http_status(),)*
                }
            }
            fn status_origin(&self) -> StatusOrigin {
                match self {
                    $(#[cfg(feature = $feature)] Code::$variant(e) => e.status_origin(),)*
                }
            }
            fn meaning(&self) -> Meaning {
                match self {
                    $(#[cfg(feature = $feature)] Code::$variant(e) => e.meaning(),)*
                }
            }
            fn texts(&self) -> &'static [Text] {
                match self {
                    $(#[cfg(feature = $feature)] Code::$variant(e) => e.texts(),)*
                }
            }
            fn origin(&self) -> crate::Origin {
                match self {
                    $(#[cfg(feature = $feature)] Code::$variant(e) => e.origin(),)*
                }
            }
        }
    };
}

platforms!(code_enum);

impl Code {
    /// What [`Code::find`] leaves to the cold path: input with white space around
    /// it, which is trimmed and looked up again.
    #[cold]
    #[inline(never)]
    fn find_cold(input: &str) -> Option<Code> {
        let trimmed = input.trim_ascii();
        if trimmed.len() == input.len() {
            return None;
        }
        Code::find(trimmed)
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
/// The shape of the input picks the catalogs to search: `CCI.` codes are CCI's,
/// numbers are BlueKing PaaS's or openYuanrong's (their ranges do not meet),
/// `Source.Type` codes are Koupleless's, other words are vendor names; then
/// Koupleless's wire codes (`REPEAT_BIZ`, `00003`, `100001`), which meet no code
/// of another platform.
/// [`Code::find`] answers the same without building an error.
///
/// # Errors
/// [`ParseCodeError`] when no enabled platform has the code, or when it is a
/// Koupleless code that several components have, an openYuanrong number
/// several components define with none published, or the BlueKing API
/// gateway's `1640302` ([`ParseCodeError::is_ambiguous`]).
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
#[inline]
pub fn lookup(code: &str) -> Result<Code, ParseCodeError> {
    match Code::find(code) {
        Some(code) => Ok(code),
        None => Err(not_found(code)),
    }
}

/// Why `code` is no code: unknown, or a Koupleless code of several tables.
#[cold]
#[inline(never)]
fn not_found(code: &str) -> ParseCodeError {
    #[cfg(feature = "koupleless")]
    if let candidates @ [_, _, ..] = crate::koupleless::KouplelessError::matching(code) {
        return ParseCodeError::ambiguous(candidates, code);
    }
    #[cfg(feature = "sdk")]
    if let Some(error) = crate::sdk::SdkError::ambiguity(code) {
        return error;
    }
    #[cfg(feature = "paas")]
    if let Some(error) = crate::paas::PaasError::ambiguity(code) {
        return error;
    }
    ParseCodeError::unknown(None, code)
}
