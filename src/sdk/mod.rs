//! openYuanrong error codes: its SDK's and its REST API's.
//!
//! [`SdkError`] has one variant per row of the two tables openYuanrong publishes:
//! the SDK error codes (49, `1001` to `9000`, with a description and a solution)
//! and the REST API error codes (60, `4037` to `330404`, with a name-like message
//! and a description). [`SdkError::table`] tells which table a code is from. The
//! vendor's symbols for SDK codes (`ERR_PARAM_INVALID`), from its source, parse
//! too.
//!
//! # Statuses
//! No code-to-status table exists. From the vendor's source, the crate takes:
//! 4115 `FunctionNotFound` and 4120 `PoolNotFound` answer **404**, and 4037,
//! 150424, 150444, 150500 and 330404 answer **500** ([`StatusOrigin::VendorSource`]).
//! The meta service answers 500 for most other errors and 400 for some, without
//! a rule the crate could read; the crate gives the other REST codes **500**, and
//! SDK codes, which surface as exceptions rather than HTTP responses, **500** too
//! ([`StatusOrigin::Crate`]).
//!
//! ```
//! use errcodes::sdk::{SdkError, Table};
//! use http::StatusCode;
//!
//! let error: SdkError = "4115".parse()?;
//! assert_eq!(error, SdkError::FunctionNotFound);
//! assert_eq!(error.table(), Table::Rest);
//! assert_eq!(error.http_status(), StatusCode::NOT_FOUND);
//! assert_eq!(error.description(), Some("The function has not been created or has been deleted."));
//!
//! let error: SdkError = "ERR_PARAM_INVALID".parse()?;
//! assert_eq!(error.number(), 1001);
//! assert_eq!(error.message(), "Parameter validation failed.");
//! # Ok::<(), errcodes::ParseCodeError>(())
//! ```

#[cfg(feature = "json")]
mod body;
#[cfg(feature = "json")]
mod exception;

use std::fmt;
use std::str::FromStr;

#[cfg(feature = "json")]
pub use body::{ApiError, INNER_CODE_HEADER, SUCCESS_CODES, Shape};

use crate::{ParseCodeError, StatusOrigin, Vendor};

include!(concat!(env!("OUT_DIR"), "/sdk.rs"));

/// A row of `codes/sdk.tsv`, as `build.rs` generates it into `ROWS`.
pub(crate) struct Row {
    code: &'static str,
    table: Table,
    status: http::StatusCode,
    status_origin: StatusOrigin,
    vendor_names: &'static [&'static str],
    message: &'static str,
    description: Option<&'static str>,
    solution: Option<&'static str>,
}

/// The published table an openYuanrong code is from.
///
/// ```
/// use errcodes::sdk::{SdkError, Table};
///
/// assert_eq!(SdkError::ParamInvalid.table(), Table::Sdk);
/// assert_eq!(Table::Rest.to_string(), "REST API Error Codes");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Table {
    /// "SDK Error Codes": errors the SDK raises, with a solution each.
    Sdk,
    /// "REST API Error Codes": errors of the meta service and the frontend.
    Rest,
}

impl Table {
    /// The table's heading as published: `SDK Error Codes` or `REST API Error
    /// Codes`.
    ///
    /// ```
    /// assert_eq!(errcodes::sdk::Table::Sdk.title(), "SDK Error Codes");
    /// ```
    pub const fn title(&self) -> &'static str {
        match self {
            Table::Sdk => "SDK Error Codes",
            Table::Rest => "REST API Error Codes",
        }
    }
}

/// Writes [`Table::title`].
impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}

impl SdkError {
    /// Every code, in the order of the published tables: SDK, then REST.
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(SdkError::ALL.len(), 109);
    /// assert_eq!(SdkError::ALL[0].code(), "1001");
    /// ```
    pub const ALL: &'static [SdkError] = <SdkError as strum::VariantArray>::VARIANTS;

    const fn row(&self) -> &'static Row {
        &ROWS[*self as usize]
    }

    /// The code as openYuanrong writes it.
    ///
    /// ```
    /// assert_eq!(errcodes::sdk::SdkError::FunctionNotFound.code(), "4115");
    /// ```
    pub const fn code(&self) -> &'static str {
        self.row().code
    }

    /// The code as the number the REST API sends in `code`.
    ///
    /// ```
    /// assert_eq!(errcodes::sdk::SdkError::SubscribeStreamFailed.number(), 330404);
    /// ```
    pub const fn number(&self) -> u32 {
        NUMBERS[*self as usize]
    }

    /// The name of the variant: `FunctionNotFound`.
    ///
    /// ```
    /// assert_eq!(errcodes::sdk::SdkError::ParamInvalid.name(), "ParamInvalid");
    /// ```
    pub const fn name(&self) -> &'static str {
        <SdkError as strum::VariantNames>::VARIANTS[*self as usize]
    }

    /// The vendor's symbol for an SDK code, from its source (`ERR_PARAM_INVALID`);
    /// `None` for REST codes. Where the vendor's files disagree, the first of
    /// [`SdkError::vendor_names`].
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(SdkError::ParamInvalid.vendor_name(), Some("ERR_PARAM_INVALID"));
    /// assert_eq!(SdkError::FunctionNotFound.vendor_name(), None);
    /// ```
    pub const fn vendor_name(&self) -> Option<&'static str> {
        match self.row().vendor_names {
            [name, ..] => Some(name),
            [] => None,
        }
    }

    /// Every symbol the vendor's source has for the code: 3008 has two, one in
    /// `proto/posix/common.proto` and one in `src/libruntime/err_type.h`.
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(
    ///     SdkError::K8sUnavailable.vendor_names(),
    ///     ["ERR_K8S_UNAVAILABLE", "ERR_REQUEST_BETWEEN_RUNTIME_FRONTEND"]
    /// );
    /// ```
    pub const fn vendor_names(&self) -> &'static [&'static str] {
        self.row().vendor_names
    }

    /// The table the code is from.
    ///
    /// ```
    /// use errcodes::sdk::{SdkError, Table};
    ///
    /// assert_eq!(SdkError::KvNotFound.table(), Table::Rest);
    /// ```
    pub const fn table(&self) -> Table {
        self.row().table
    }

    /// The published message: the SDK table's Description, or the REST table's
    /// Error Message (a PascalCase name for most rows, a phrase for a few).
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(SdkError::InstanceNotFound.message(), "Instance not found.");
    /// assert_eq!(SdkError::FunctionNotFound.message(), "FunctionNotFound");
    /// assert_eq!(SdkError::SubscribeStreamFailed.message(), "subcribe stream failed");
    /// ```
    pub const fn message(&self) -> &'static str {
        self.row().message
    }

    /// The REST table's Description; `None` for SDK codes, whose description is
    /// their [`SdkError::message`].
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(SdkError::EtcdError.description(), Some("Error in etcd."));
    /// assert_eq!(SdkError::ParamInvalid.description(), None);
    /// ```
    pub const fn description(&self) -> Option<&'static str> {
        self.row().description
    }

    /// The SDK table's Solution; `None` for REST codes, which publish none.
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(SdkError::InvokeRateLimited.solution(), Some("Retry after a certain interval."));
    /// assert_eq!(SdkError::EtcdError.solution(), None);
    /// ```
    pub const fn solution(&self) -> Option<&'static str> {
        self.row().solution
    }

    /// The HTTP status; see the [module documentation](self) for the rule.
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    /// use http::StatusCode;
    ///
    /// assert_eq!(SdkError::PoolNotFound.http_status(), StatusCode::NOT_FOUND);
    /// assert_eq!(SdkError::EtcdError.http_status(), StatusCode::INTERNAL_SERVER_ERROR);
    /// ```
    pub const fn http_status(&self) -> http::StatusCode {
        self.row().status
    }

    /// Where [`SdkError::http_status`] comes from.
    ///
    /// ```
    /// use errcodes::StatusOrigin;
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(SdkError::PoolNotFound.status_origin(), StatusOrigin::VendorSource);
    /// assert_eq!(SdkError::EtcdError.status_origin(), StatusOrigin::Crate);
    /// ```
    pub const fn status_origin(&self) -> StatusOrigin {
        self.row().status_origin
    }
}

/// Parses a code (`4115`) or a vendor symbol (`ERR_PARAM_INVALID`, in any case),
/// white space around it ignored.
///
/// ```
/// use errcodes::sdk::SdkError;
///
/// assert_eq!("1001".parse(), Ok(SdkError::ParamInvalid));
/// assert_eq!("err_param_invalid".parse(), Ok(SdkError::ParamInvalid));
/// assert_eq!(
///     "+1001".parse::<SdkError>().unwrap_err().to_string(),
///     r#"unknown openYuanrong error code "+1001""#
/// );
/// ```
impl FromStr for SdkError {
    type Err = ParseCodeError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SdkError::find(s).ok_or_else(|| ParseCodeError::unknown(Some(Vendor::Sdk), s))
    }
}

crate::lookup::numeric_platform!(
    SdkError,
    Vendor::Sdk,
    /// Finds the code with this number, as the REST API's `code` carries it.
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(SdkError::try_from(4120), Ok(SdkError::PoolNotFound));
    /// assert!(SdkError::try_from(4121).is_err());
    /// ```
);
crate::code::platform_enum!(SdkError, Vendor::Sdk);
