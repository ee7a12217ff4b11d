//! Huawei Cloud CCI (Cloud Container Instance) error codes.
//!
//! [`CciError`] has one variant per row of the catalog that Huawei publishes for
//! the CCI API: 110 codes of the form `CCI.NN.NNNNNN`, each with the HTTP status,
//! the English message the service sends, and a Chinese description and solution.
//! CCI is the only platform here that publishes a status per code, so
//! [`CciError::http_status`] is always the vendor's ([`StatusOrigin::Published`]).
//!
//! Messages keep the vendor's spelling (`ummarshal ERROR`, `invaild`, `avalible`):
//! they are what the service sends. A message does not identify a code: eight
//! codes say `Request failed`; match on the code.
//!
//! ```
//! use errcodes::cci::CciError;
//! use http::StatusCode;
//!
//! let error: CciError = "CCI.01.403105".parse()?;
//! assert_eq!(error, CciError::NamespaceCreateForbidden);
//! assert_eq!(error.http_status(), StatusCode::FORBIDDEN);
//! assert_eq!(error.message(), "insufficient operation permission, require cci:namespace:create");
//! assert_eq!(error.description(), "创建命名空间失败，您可能没有cci:namespace:create权限");
//! assert_eq!(error.solution(), Some("请向管理员申请namespace create权限"));
//! # Ok::<(), errcodes::ParseCodeError>(())
//! ```

#[cfg(feature = "json")]
mod body;

use std::str::FromStr;

#[cfg(feature = "json")]
pub use body::{ApiError, REQUEST_ID_HEADER, Shape};

use crate::lookup::{self, key};
use crate::{ParseCodeError, StatusOrigin, Vendor};

/// A row of `codes/cci.tsv`, as `build.rs` generates it into `ROWS`.
pub(crate) struct Row {
    code: &'static str,
    /// `code: message`, what `Display` writes.
    display: &'static str,
    status: http::StatusCode,
    message: &'static str,
    description: &'static str,
    solution: &'static str,
}

/// One row of the generated table: code, status, message, description, solution.
macro_rules! row {
    ($code:literal, $status:literal, $message:literal, $description:literal, $solution:literal) => {
        Row {
            code: $code,
            display: concat!($code, ": ", $message),
            status: crate::status::from_u16($status),
            message: $message,
            description: $description,
            solution: $solution,
        }
    };
}

include!(concat!(env!("OUT_DIR"), "/cci.rs"));
// Kind, retry advice and texts by language (`codes/meanings/cci.tsv`).
include!(concat!(env!("OUT_DIR"), "/cci_meanings.rs"));
crate::meaning::meaning_accessors!(CciError, "cci", "NamespaceNameAlreadyExists");

impl CciError {
    /// Every code, in the order of the published catalog.
    ///
    /// ```
    /// use errcodes::cci::CciError;
    ///
    /// assert_eq!(CciError::ALL.len(), 110);
    /// assert_eq!(CciError::ALL[0].code(), "CCI.01.400101");
    /// ```
    pub const ALL: &'static [CciError] = <CciError as strum::VariantArray>::VARIANTS;

    const fn row(&self) -> &'static Row {
        &ROWS[*self as usize]
    }

    /// The code as CCI writes it in `errorCode`.
    ///
    /// ```
    /// assert_eq!(errcodes::cci::CciError::NamespaceNameAlreadyExists.code(), "CCI.02.409101");
    /// ```
    pub const fn code(&self) -> &'static str {
        self.row().code
    }

    /// The name of the variant: `NamespaceNameAlreadyExists`.
    ///
    /// ```
    /// use errcodes::cci::CciError;
    ///
    /// assert_eq!(CciError::NamespaceNameAlreadyExists.name(), "NamespaceNameAlreadyExists");
    /// ```
    pub const fn name(&self) -> &'static str {
        <CciError as strum::VariantNames>::VARIANTS[*self as usize]
    }

    /// The vendor's symbolic name: CCI publishes none, so always `None` (the method
    /// is here for [`ErrorCode`](crate::ErrorCode), which every platform implements).
    ///
    /// ```
    /// assert_eq!(errcodes::cci::CciError::ChartInUse.vendor_name(), None);
    /// ```
    pub const fn vendor_name(&self) -> Option<&'static str> {
        None
    }

    /// The published English message, as the service sends it in `message`
    /// (a message may carry run-time detail on the wire).
    ///
    /// ```
    /// use errcodes::cci::CciError;
    ///
    /// assert_eq!(CciError::StorageTypeInvalid.message(), "storage type parametre invaild : nfs/obs/bs");
    /// ```
    pub const fn message(&self) -> &'static str {
        self.row().message
    }

    /// The published Chinese description (描述).
    ///
    /// ```
    /// use errcodes::cci::CciError;
    ///
    /// assert_eq!(CciError::FlavorNotFound.description(), "查询flavor信息失败：请求flavor不存在");
    /// ```
    pub const fn description(&self) -> &'static str {
        self.row().description
    }

    /// The published Chinese solution (处理措施); every CCI row has one.
    ///
    /// ```
    /// use errcodes::cci::CciError;
    ///
    /// assert_eq!(CciError::FlavorNotFound.solution(), Some("请查询正确的flavor"));
    /// ```
    pub const fn solution(&self) -> Option<&'static str> {
        Some(self.row().solution)
    }

    /// The HTTP status CCI sends with the code, as published.
    ///
    /// ```
    /// use errcodes::cci::CciError;
    /// use http::StatusCode;
    ///
    /// assert_eq!(CciError::AgencyRequired.http_status(), StatusCode::UNAUTHORIZED);
    /// ```
    pub const fn http_status(&self) -> http::StatusCode {
        self.row().status
    }

    /// Where [`CciError::http_status`] comes from: always the published catalog.
    ///
    /// ```
    /// use errcodes::StatusOrigin;
    ///
    /// assert_eq!(errcodes::cci::CciError::ChartInUse.status_origin(), StatusOrigin::Published);
    /// ```
    pub const fn status_origin(&self) -> StatusOrigin {
        StatusOrigin::Published
    }

    /// Where the code comes from: every code of this enum is on the published CCI catalog.
    ///
    /// ```
    /// use errcodes::Origin;
    ///
    /// assert!(errcodes::cci::CciError::ALL.iter().all(|e| e.origin() == Origin::Published));
    /// ```
    pub const fn origin(&self) -> crate::Origin {
        crate::Origin::Published
    }

    /// The code that `input` names, as [`FromStr`] parses it, or `None`: no
    /// error is built.
    ///
    /// ```
    /// use errcodes::cci::CciError;
    ///
    /// assert_eq!(CciError::find("CCI.02.409101"), Some(CciError::NamespaceNameAlreadyExists));
    /// assert_eq!(CciError::find(" cci.02.409101"), Some(CciError::NamespaceNameAlreadyExists));
    /// assert_eq!(CciError::find("CCI.02.409199"), None);
    /// ```
    #[inline]
    pub fn find(input: &str) -> Option<CciError> {
        match key::cci(input.as_bytes()) {
            Some(key) => CciError::from_key(key),
            None => CciError::find_trimmed(input.as_bytes()),
        }
    }

    /// What [`CciError::find`] leaves to the cold path: a code with white space
    /// around it.
    #[cold]
    #[inline(never)]
    fn find_trimmed(bytes: &[u8]) -> Option<CciError> {
        if !lookup::has_space_around(bytes) {
            return None;
        }
        CciError::from_key(key::cci(bytes.trim_ascii())?)
    }

    /// The code of input of `shape` (`bytes` trimmed), for [`crate::Code::find`].
    #[inline]
    pub(crate) fn find_shaped(bytes: &[u8], _shape: lookup::InputShape) -> Option<CciError> {
        CciError::from_key(key::cci(bytes)?)
    }

    #[inline]
    fn from_key(key: u32) -> Option<CciError> {
        let row = CODE_INDEX.find(u64::from(key), |row| KEYS[row] == key)?;
        Some(CciError::ALL[row])
    }

    /// CCI codes have no other spelling.
    pub(crate) const fn other_spellings(&self) -> &'static [&'static str] {
        &[]
    }
}

/// Parses a code: `CCI.02.409101`, the `CCI` prefix in any case, white space around
/// it ignored.
///
/// ```
/// use errcodes::cci::CciError;
///
/// assert_eq!(" cci.02.409101\n".parse(), Ok(CciError::NamespaceNameAlreadyExists));
/// assert_eq!(
///     "CCI.02.409199".parse::<CciError>().unwrap_err().to_string(),
///     r#"unknown CCI error code "CCI.02.409199""#
/// );
/// ```
impl FromStr for CciError {
    type Err = ParseCodeError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CciError::find(s).ok_or_else(|| ParseCodeError::unknown(Some(Vendor::Cci), s))
    }
}

crate::code::platform_enum!(CciError, Vendor::Cci);
