//! Koupleless (SOFAServerless) error codes: Arklet, ModuleController and
//! KouplelessBoard.
//!
//! Koupleless codes have two levels, `Source.Type`: the Level 1 error source
//! ([`Source`]: `User`, `Arklet`, `OtherUpstream`, …) and the Level 2 error type
//! (`InstallModuleFailed`), joined by one dot. Each component publishes its own
//! table; [`KouplelessError`] has one variant per row of the three tables (56),
//! with the row's [`Component`], business type, source(s) and type.
//!
//! # Ambiguous codes
//! The same code string can stand in two component tables: `User.DiskFull` and
//! `Arklet.UninstallBizFailed` with different meanings or solutions,
//! `OtherUpstream.InvalidParameter` and `OtherUpstream.DecodeURLFailed` with the
//! same text in both. Every such row has its own variant (`UserDiskFullInArklet`, `UserDiskFullInModuleController`).
//! Parsing a bare code never picks one silently: [`FromStr`] fails with
//! [`ParseCodeError::is_ambiguous`] and the candidates, and
//! [`KouplelessError::parse_in`] parses within one component's table.
//!
//! One row names two sources (`Arklet / User` for `InstallModuleFailed`): both
//! `Arklet.InstallModuleFailed` and `User.InstallModuleFailed` parse to it, and
//! [`KouplelessError::code`] is the first.
//!
//! # Statuses the crate chooses
//! The two-level codes are defined by the docs, and no released component sends
//! them yet, so no vendor rule gives them an HTTP status. The crate gives every
//! one **200 OK**, as Arklet answers 200 once it has processed a command, failures
//! included, and carries the failure in its body ([`StatusOrigin::Crate`]).
//!
//! ```
//! use errcodes::koupleless::{Component, KouplelessError, Source};
//!
//! let error: KouplelessError = "Arklet.InstallModuleFailed".parse()?;
//! assert_eq!(error, KouplelessError::ArkletOrUserInstallModuleFailed);
//! assert_eq!(error.component(), Component::ModuleController);
//! assert_eq!(error.sources(), [Source::Arklet, Source::User]);
//! assert_eq!(error.business_type(), "Installation Related");
//!
//! // A code of two tables needs its component.
//! let ambiguous = "User.DiskFull".parse::<KouplelessError>().unwrap_err();
//! assert!(ambiguous.is_ambiguous());
//! let error = KouplelessError::parse_in(Component::Arklet, "User.DiskFull")?;
//! assert_eq!(error.solution(), Some("Please replace the base"));
//! # Ok::<(), errcodes::ParseCodeError>(())
//! ```

#[cfg(feature = "json")]
mod body;
mod component;

use std::str::FromStr;

#[cfg(feature = "json")]
pub use body::{ApiError, Shape};
pub use component::{Component, ParseComponentError, Source};

use crate::lookup::{self, hash};
use crate::{ParseCodeError, StatusOrigin, Vendor};

/// A row of `codes/koupleless.tsv`, as `build.rs` generates it into `ROWS`.
pub(crate) struct Row {
    /// The first of `codes`, apart so that [`KouplelessError::code`] is one load.
    code: &'static str,
    /// `code: meaning`, what `Display` writes.
    display: &'static str,
    /// `Source.Type` for each source of the row, in published order.
    codes: &'static [&'static str],
    component: Component,
    /// The business type, with the published page's empty cells filled from the
    /// row above, as the page means them.
    business_type: &'static str,
    sources: &'static [Source],
    error_type: &'static str,
    status: http::StatusCode,
    status_origin: StatusOrigin,
    meaning: &'static str,
    solution: Option<&'static str>,
}

/// A distinct code string and the rows that have it, as `build.rs` generates them
/// into `CODES`.
pub(crate) struct CodeEntry {
    code: &'static str,
    rows: &'static [KouplelessError],
}

/// A row of a Level 1 table, as `build.rs` generates it into `SOURCE_MEANINGS`.
pub(crate) struct SourceMeaning {
    component: Component,
    source: Source,
    meaning: &'static str,
}

/// One row of the generated table: codes, component, business type, sources,
/// type, status and its origin, meaning, solution.
macro_rules! row {
    (
        [$code:literal $(, $more:literal)*], $component:ident, $business_type:literal,
        [$($source:ident),*], $error_type:literal, $status:literal, $origin:ident,
        $meaning:literal, $solution:expr
    ) => {
        Row {
            code: $code,
            display: concat!($code, ": ", $meaning),
            codes: &[$code $(, $more)*],
            component: Component::$component,
            business_type: $business_type,
            sources: &[$(Source::$source),*],
            error_type: $error_type,
            status: crate::status::from_u16($status),
            status_origin: StatusOrigin::$origin,
            meaning: $meaning,
            solution: $solution,
        }
    };
}

/// `CODES`: each distinct code string and the rows that have it.
macro_rules! code_entries {
    (
        $(#[$doc:meta])*
        static CODES = [$($code:literal => [$($row:ident),*],)*];
    ) => {
        $(#[$doc])*
        static CODES: [CodeEntry; [$($code),*].len()] = [$(CodeEntry {
            code: $code,
            rows: &[$(KouplelessError::$row),*],
        }),*];
    };
}
pub(crate) use code_entries;

/// `SOURCE_MEANINGS`: what each source means in each component's Level 1 table.
macro_rules! source_meanings {
    (
        $(#[$doc:meta])*
        static SOURCE_MEANINGS = [$(($component:ident, $source:ident) => $meaning:literal,)*];
    ) => {
        $(#[$doc])*
        static SOURCE_MEANINGS: [SourceMeaning; [$($meaning),*].len()] = [$(SourceMeaning {
            component: Component::$component,
            source: Source::$source,
            meaning: $meaning,
        }),*];
    };
}
pub(crate) use source_meanings;

include!(concat!(env!("OUT_DIR"), "/koupleless.rs"));
// Kind, retry advice and texts by language (`codes/meanings/koupleless.tsv`).
include!(concat!(env!("OUT_DIR"), "/koupleless_meanings.rs"));
crate::meaning::meaning_accessors!(KouplelessError, "koupleless", "ArkletUnknownError");

impl KouplelessError {
    /// Every row, in the order of the published page: Arklet, ModuleController,
    /// KouplelessBoard.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ALL.len(), 56);
    /// assert_eq!(KouplelessError::ALL[0].code(), "Arklet.UnknownError");
    /// ```
    pub const ALL: &'static [KouplelessError] = <KouplelessError as strum::VariantArray>::VARIANTS;

    const fn row(&self) -> &'static Row {
        &ROWS[*self as usize]
    }

    /// The code, `Source.Type`; for the row with two sources, the first.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletPullBizError.code(), "Arklet.PullBizError");
    /// assert_eq!(KouplelessError::ArkletOrUserInstallModuleFailed.code(), "Arklet.InstallModuleFailed");
    /// ```
    pub const fn code(&self) -> &'static str {
        self.row().code
    }

    /// Every code of the row: one per source.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(
    ///     KouplelessError::ArkletOrUserInstallModuleFailed.codes(),
    ///     ["Arklet.InstallModuleFailed", "User.InstallModuleFailed"]
    /// );
    /// ```
    pub const fn codes(&self) -> &'static [&'static str] {
        self.row().codes
    }

    /// The name of the variant: `UserDiskFullInArklet`.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::UserDiskFullInArklet.name(), "UserDiskFullInArklet");
    /// ```
    pub const fn name(&self) -> &'static str {
        <KouplelessError as strum::VariantNames>::VARIANTS[*self as usize]
    }

    /// The vendor's symbolic name: the code is the name, so always `None` (the
    /// method is here for [`ErrorCode`](crate::ErrorCode)).
    ///
    /// ```
    /// assert_eq!(errcodes::koupleless::KouplelessError::ArkletPullBizError.vendor_name(), None);
    /// ```
    pub const fn vendor_name(&self) -> Option<&'static str> {
        None
    }

    /// The component whose table lists the row.
    ///
    /// ```
    /// use errcodes::koupleless::{Component, KouplelessError};
    ///
    /// assert_eq!(KouplelessError::UserDiskFullInModuleController.component(), Component::ModuleController);
    /// ```
    pub const fn component(&self) -> Component {
        self.row().component
    }

    /// The Level 1 error source(s): one, or two for `Arklet / User`.
    ///
    /// ```
    /// use errcodes::koupleless::{KouplelessError, Source};
    ///
    /// assert_eq!(KouplelessError::OtherDownstreamExternalError.sources(), [Source::OtherDownstream]);
    /// ```
    pub const fn sources(&self) -> &'static [Source] {
        self.row().sources
    }

    /// The Level 2 error type, as published: `InstallModuleFailed`,
    /// `ResourceConstraned`.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ModuleControllerResourceConstraned.error_type(), "ResourceConstraned");
    /// ```
    pub const fn error_type(&self) -> &'static str {
        self.row().error_type
    }

    /// The business type (`General`, `Installation Related`, …). The published page
    /// leaves the cell empty where it continues the row above; this is the value
    /// the page means.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletPullBizTimeOut.business_type(), "Installation Related");
    /// ```
    pub const fn business_type(&self) -> &'static str {
        self.row().business_type
    }

    /// The published Meaning.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletPullBizTimeOut.message(), "Package pulling timed out");
    /// ```
    pub const fn message(&self) -> &'static str {
        self.row().meaning
    }

    /// The published Solution, as published (`-` for `Arklet.NoMatchedBiz`); `None`
    /// where the cell is empty (`KouplelessBoard.UnknownError`).
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletPullBizError.solution(), Some("Please retry"));
    /// assert_eq!(KouplelessError::ArkletNoMatchedBiz.solution(), Some("-"));
    /// assert_eq!(KouplelessError::KouplelessBoardUnknownError.solution(), None);
    /// ```
    pub const fn solution(&self) -> Option<&'static str> {
        self.row().solution
    }

    /// The HTTP status: 200, the crate's choice (see the
    /// [module documentation](self)).
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    /// use http::StatusCode;
    ///
    /// assert_eq!(KouplelessError::ArkletPullBizError.http_status(), StatusCode::OK);
    /// ```
    pub const fn http_status(&self) -> http::StatusCode {
        self.row().status
    }

    /// Where [`KouplelessError::http_status`] comes from: the crate.
    ///
    /// ```
    /// use errcodes::StatusOrigin;
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletPullBizError.status_origin(), StatusOrigin::Crate);
    /// ```
    pub const fn status_origin(&self) -> StatusOrigin {
        self.row().status_origin
    }

    /// Where the code comes from: every code of this enum is on the published Koupleless catalog.
    ///
    /// ```
    /// use errcodes::Origin;
    ///
    /// assert!(errcodes::koupleless::KouplelessError::ALL.iter().all(|e| e.origin() == Origin::Published));
    /// ```
    pub const fn origin(&self) -> crate::Origin {
        crate::Origin::Published
    }

    /// Every row that `code` names, in any component table: none, one, or one per
    /// table that lists the code. Case and white space around it are ignored, as
    /// in [`FromStr`].
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(
    ///     KouplelessError::matching("arklet.uninstallbizfailed"),
    ///     [
    ///         KouplelessError::ArkletUninstallBizFailedInArklet,
    ///         KouplelessError::ArkletUninstallBizFailedInModuleController,
    ///     ]
    /// );
    /// assert!(KouplelessError::matching("Arklet.Nothing").is_empty());
    /// ```
    #[inline]
    pub fn matching(code: &str) -> &'static [KouplelessError] {
        let bytes = code.as_bytes();
        match KouplelessError::matching_bytes(bytes) {
            [] if lookup::has_space_around(bytes) => {
                KouplelessError::matching_bytes(bytes.trim_ascii())
            }
            rows => rows,
        }
    }

    /// The rows of `bytes`, a code as written (in any ASCII case).
    #[inline]
    fn matching_bytes(bytes: &[u8]) -> &'static [KouplelessError] {
        if !CODE_LENGTHS.contains(&bytes.len()) || !lookup::starts_like_a_word(bytes) {
            return &[];
        }
        let is_code = |entry: usize| lookup::is_spelled(bytes, CODES[entry].code);
        match CODE_INDEX.find(hash::fold_hash(bytes), is_code) {
            Some(entry) => CODES[entry].rows,
            None => &[],
        }
    }

    /// Parses `code` within `component`'s table: the way to parse a code that
    /// several tables list.
    ///
    /// # Errors
    /// [`ParseCodeError`] when `component`'s table does not list the code.
    ///
    /// ```
    /// use errcodes::koupleless::{Component, KouplelessError};
    ///
    /// assert_eq!(
    ///     KouplelessError::parse_in(Component::KouplelessBoard, "OtherUpstream.InvalidParameter"),
    ///     Ok(KouplelessError::OtherUpstreamInvalidParameterInKouplelessBoard)
    /// );
    /// assert_eq!(
    ///     KouplelessError::parse_in(Component::Arklet, "KouplelessBoard.InternalError")
    ///         .unwrap_err()
    ///         .to_string(),
    ///     r#"unknown Koupleless error code "KouplelessBoard.InternalError" in the Arklet table"#
    /// );
    /// ```
    pub fn parse_in(component: Component, code: &str) -> Result<KouplelessError, ParseCodeError> {
        KouplelessError::matching(code)
            .iter()
            .copied()
            .find(|error| error.component() == component)
            .ok_or_else(|| ParseCodeError::not_in_component(component, code))
    }

    /// The code that `input` names, as [`FromStr`] parses it, or `None`: no error
    /// is built. A code of several component tables is `None` too
    /// ([`KouplelessError::matching`] lists its rows).
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::find("Arklet.InstallBizFailed"), Some(KouplelessError::ArkletInstallBizFailed));
    /// assert_eq!(KouplelessError::find("User.DiskFull"), None);
    /// ```
    #[inline]
    pub fn find(input: &str) -> Option<KouplelessError> {
        match KouplelessError::matching(input) {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// The code of input of `shape` (`bytes` trimmed), for [`crate::Code::find`].
    #[inline]
    pub(crate) fn find_shaped(
        bytes: &[u8],
        _shape: lookup::InputShape,
    ) -> Option<KouplelessError> {
        match KouplelessError::matching_bytes(bytes) {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// The row's other code, for the row of two sources.
    pub(crate) fn other_spellings(&self) -> &'static [&'static str] {
        match self.codes() {
            [_, others @ ..] => others,
            [] => &[],
        }
    }
}

/// Parses a code, `Source.Type`, in any ASCII case, white space around it ignored.
///
/// # Errors
/// An unknown code, and a code that several component tables list
/// ([`ParseCodeError::is_ambiguous`]; use [`KouplelessError::parse_in`]).
///
/// ```
/// use errcodes::koupleless::KouplelessError;
///
/// assert_eq!("arklet.installbizfailed".parse(), Ok(KouplelessError::ArkletInstallBizFailed));
/// assert_eq!(
///     "User.DiskFull".parse::<KouplelessError>().unwrap_err().to_string(),
///     r#"ambiguous Koupleless error code "User.DiskFull": the Arklet and ModuleController tables list it; parse it with its component"#
/// );
/// ```
impl FromStr for KouplelessError {
    type Err = ParseCodeError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match KouplelessError::matching(s) {
            [one] => Ok(*one),
            [] => Err(ParseCodeError::unknown(Some(Vendor::Koupleless), s)),
            candidates => Err(ParseCodeError::ambiguous(candidates, s)),
        }
    }
}

crate::code::platform_enum!(KouplelessError, Vendor::Koupleless);
