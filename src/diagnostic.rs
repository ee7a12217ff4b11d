//! `miette::Diagnostic` for the codes and the error bodies: the code, the
//! published solution as help, and the vendor's page where one is published.
//!
//! ```
//! use errcodes::cci::CciError;
//! use miette::Diagnostic;
//!
//! let error = CciError::NamespaceNameAlreadyExists;
//! // The enums' own `code()` is the inherent one: name the trait.
//! assert_eq!(Diagnostic::code(&error).map(|c| c.to_string()).as_deref(), Some("CCI.02.409101"));
//! assert_eq!(error.help().map(|h| h.to_string()).as_deref(), Some("请修改namespace名称后重试"));
//! ```
//!
//! The published pages give a link for one family of codes only: CCI's page
//! sends codes starting with `APIGW` (Huawei's API gateway, whose codes are not
//! in CCI's catalog) to the gateway's error-code page, which a
//! [`cci::ApiError`](crate::cci::ApiError) with such a code gives as its
//! [`url`](miette::Diagnostic::url). No other code has a page of its own, and
//! the crate makes up none.

use std::fmt::Display;

use miette::Diagnostic;

use crate::{Code, ErrorCode};

/// The page CCI's catalog names for codes starting with `APIGW`
/// (`codes/published/huawei-cci.md`, its "错误码说明" section).
#[cfg(all(feature = "cci", feature = "json"))]
const APIGW_ERROR_CODES: &str =
    "https://support.huaweicloud.com/devg-apisign/api-sign-errorcode.html";

/// `Diagnostic` for a code enum: the code as the platform writes it, and the
/// published solution as help.
macro_rules! code_diagnostic {
    ($feature:literal, $enum:path) => {
        #[cfg(feature = $feature)]
        /// The code as the platform writes it; the published solution as help.
        impl Diagnostic for $enum {
            fn code<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
                Some(Box::new(ErrorCode::code(self)))
            }

            fn help<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
                ErrorCode::solution(self).map(|s| Box::new(s) as Box<dyn Display>)
            }
        }
    };
}
code_diagnostic!("paas", crate::paas::PaasError);
code_diagnostic!("cci", crate::cci::CciError);
code_diagnostic!("sdk", crate::sdk::SdkError);
code_diagnostic!("koupleless", crate::koupleless::KouplelessError);

/// The code as its platform writes it; the published solution as help.
///
/// ```
/// use miette::Diagnostic;
///
/// let code = errcodes::lookup("1306406")?;
/// assert_eq!(Diagnostic::code(&code).map(|c| c.to_string()).as_deref(), Some("1306406"));
/// # Ok::<(), errcodes::ParseCodeError>(())
/// ```
impl Diagnostic for Code {
    fn code<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        Some(Box::new(ErrorCode::code(self)))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        ErrorCode::solution(self).map(|s| Box::new(s) as Box<dyn Display>)
    }
}

/// `Diagnostic` for a platform's `ApiError`: the code as sent, and the
/// published solution of the code where the catalog knows it.
#[cfg(feature = "json")]
macro_rules! api_error_diagnostic {
    ($feature:literal, $module:ident, $url:expr) => {
        #[cfg(feature = $feature)]
        /// The code as sent; the published solution of the code, where the
        /// catalog knows it, as help.
        impl Diagnostic for crate::$module::ApiError {
            fn code<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
                Some(Box::new(self.code()))
            }

            fn help<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
                self.error()
                    .and_then(|error| error.solution())
                    .map(|s| Box::new(s) as Box<dyn Display>)
            }

            fn url<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
                let url: fn(&crate::$module::ApiError) -> Option<&'static str> = $url;
                url(self).map(|url| Box::new(url) as Box<dyn Display>)
            }
        }
    };
}
#[cfg(feature = "json")]
api_error_diagnostic!("paas", paas, |_| None);
#[cfg(feature = "json")]
api_error_diagnostic!("cci", cci, |error| error
    .code()
    .starts_with("APIGW")
    .then_some(APIGW_ERROR_CODES));
#[cfg(feature = "json")]
api_error_diagnostic!("sdk", sdk, |_| None);
#[cfg(feature = "json")]
api_error_diagnostic!("koupleless", koupleless, |_| None);

/// The `Diagnostic` of the platform's `ApiError`.
///
/// ```
/// use errcodes::body::Reply;
/// use miette::Diagnostic;
///
/// let response = http::Response::builder().status(401).body(
///     r#"{"error": {"code": "APIGW.0301", "message": "Incorrect IAM authentication information"}}"#,
/// )?;
/// let Reply::Error(error) = Reply::from_response(&response)? else { panic!() };
/// assert_eq!(error.code(), "APIGW.0301");
/// assert_eq!(
///     Diagnostic::url(&error).map(|u| u.to_string()).as_deref(),
///     Some("https://support.huaweicloud.com/devg-apisign/api-sign-errorcode.html")
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "json")]
impl Diagnostic for crate::body::PlatformError {
    fn code<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        self.inner().code()
    }

    fn help<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        self.inner().help()
    }

    fn url<'a>(&'a self) -> Option<Box<dyn Display + 'a>> {
        self.inner().url()
    }
}

#[cfg(feature = "json")]
impl crate::body::PlatformError {
    /// The platform's `ApiError`, as a diagnostic.
    fn inner(&self) -> &dyn Diagnostic {
        use crate::body::PlatformError;
        match self {
            #[cfg(feature = "paas")]
            PlatformError::Paas(error) => error,
            #[cfg(feature = "cci")]
            PlatformError::Cci(error) => error,
            #[cfg(feature = "sdk")]
            PlatformError::Sdk(error) => error,
            #[cfg(feature = "koupleless")]
            PlatformError::Koupleless(error) => error,
        }
    }
}
