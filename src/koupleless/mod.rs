//! Koupleless (SOFAServerless) error codes: the two-level codes its docs
//! publish for Arklet, ModuleController and KouplelessBoard, and the wire codes
//! its components' source defines and sends.
//!
//! Koupleless codes have two levels, `Source.Type`: the Level 1 error source
//! ([`Source`]: `User`, `Arklet`, `OtherUpstream`, …) and the Level 2 error type
//! (`InstallModuleFailed`), joined by one dot. Each component publishes its own
//! table; [`KouplelessError`] has one variant per row of the three tables (56),
//! with the row's [`Component`], business type, source(s) and type.
//!
//! # Wire codes
//! The two-level codes appear in no Koupleless source. What the components
//! actually send are other codes, one variant each after the published ones
//! (24), read from the crate's copy of the source table
//! (`codes/vendor-source/koupleless-wire-codes.tsv`, each row cited by
//! repository, file, commit and line):
//!
//! - Arklet's `ResponseCode` (4), the top-level `code` of every Arklet response:
//!   `SUCCESS`, `FAILED`, `CMD_NOT_FOUND`, `CMD_PROCESS_INTERNAL_ERROR`;
//! - sofa-ark's `ResponseCode` (5), the `data.code` of Arklet's biz commands:
//!   `SUCCESS`, `FAILED`, `REPEAT_BIZ`, `NOT_FOUND_BIZ`, `ILLEGAL_STATE_BIZ`;
//! - koupleless-common's `ErrorCodes` (9, `100001` to `200002`), carried by Java
//!   exceptions; virtual-kubelet's (5) and module-controller's (1) tracker codes
//!   (`00000` to `01003`: the leading zeros are part of the code).
//!
//! A wire code has no two levels: its [`sources`](KouplelessError::sources) are
//! empty, its [`error_type`](KouplelessError::error_type) and
//! [`business_type`](KouplelessError::business_type) `None`, and its
//! [`component`](KouplelessError::component) is the one that defines it.
//! [`KouplelessError::origin`] tells a published code from a wire code, and
//! [`KouplelessError::definitions`] lists each place the source declares or sends
//! a wire code, with its texts as the source has them. Some wire codes report
//! success (`SUCCESS`, virtual-kubelet's `00000`): [`KouplelessError::kind`] is
//! then [`ErrorKind::Ok`](crate::ErrorKind::Ok), and `ApiError` (feature `json`)
//! never reads a success body as an error.
//!
//! # Ambiguous codes
//! The same code string can stand in two component tables: `User.DiskFull` and
//! `Arklet.UninstallBizFailed` with different meanings or solutions,
//! `OtherUpstream.InvalidParameter` and `OtherUpstream.DecodeURLFailed` with the
//! same text in both. Every such row has its own variant (`UserDiskFullInArklet`,
//! `UserDiskFullInModuleController`). Arklet and sofa-ark both send `SUCCESS` and
//! `FAILED`, each its own (`ArkletFailed`, `SofaArkFailed`).
//! Parsing a bare code never picks one silently: [`FromStr`] fails with
//! [`ParseCodeError::is_ambiguous`] and the candidates, and
//! [`KouplelessError::parse_in`] parses within one component.
//!
//! One row names two sources (`Arklet / User` for `InstallModuleFailed`): both
//! `Arklet.InstallModuleFailed` and `User.InstallModuleFailed` parse to it, and
//! [`KouplelessError::code`] is the first.
//!
//! # Statuses
//! The two-level codes are defined by the docs, and no released component sends
//! them yet, so no vendor rule gives them an HTTP status. The crate gives every
//! one **200 OK**, as Arklet answers 200 once it has processed a command, failures
//! included, and carries the failure in its body ([`StatusOrigin::Crate`]).
//!
//! Arklet's and sofa-ark's codes answer **200**, as Arklet's HTTP tunnel does for
//! every response (`NettyHttpServer.returnResponse`,
//! [`StatusOrigin::VendorSource`]). The codes no HTTP response carries
//! (koupleless-common's, virtual-kubelet's, module-controller's) take the crate's
//! 200 ([`StatusOrigin::Crate`]).
//!
//! ```
//! use errcodes::koupleless::{Component, KouplelessError, Source};
//!
//! let error: KouplelessError = "Arklet.InstallModuleFailed".parse()?;
//! assert_eq!(error, KouplelessError::ArkletOrUserInstallModuleFailed);
//! assert_eq!(error.component(), Component::ModuleController);
//! assert_eq!(error.sources(), [Source::Arklet, Source::User]);
//! assert_eq!(error.business_type(), Some("Installation Related"));
//!
//! // A code of two tables needs its component.
//! let ambiguous = "User.DiskFull".parse::<KouplelessError>().unwrap_err();
//! assert!(ambiguous.is_ambiguous());
//! let error = KouplelessError::parse_in(Component::Arklet, "User.DiskFull")?;
//! assert_eq!(error.solution(), Some("Please replace the base"));
//!
//! // A wire code: sofa-ark's, as Arklet sends it in `data.code`.
//! let error: KouplelessError = "REPEAT_BIZ".parse()?;
//! assert_eq!(error, KouplelessError::SofaArkRepeatBiz);
//! assert_eq!(error.error_type(), None);
//! assert!(!error.origin().is_published());
//! assert!("FAILED".parse::<KouplelessError>().unwrap_err().is_ambiguous());
//! assert_eq!(KouplelessError::parse_in(Component::Arklet, "FAILED")?, KouplelessError::ArkletFailed);
//! # Ok::<(), errcodes::ParseCodeError>(())
//! ```

#[cfg(feature = "json")]
mod body;
mod component;
mod source;

use std::str::FromStr;

#[cfg(feature = "json")]
pub use body::{ApiError, Shape};
pub use component::{Component, ParseComponentError, Source};
pub use source::Definition;

use crate::lookup::{self, hash};
use crate::{Citation, Origin, ParseCodeError, StatusOrigin, Vendor};

/// A row of `codes/koupleless.tsv`, or a wire code of
/// `codes/koupleless-source.tsv`, as `build.rs` generates it into `ROWS`.
pub(crate) struct Row {
    /// The first of `codes`, apart so that [`KouplelessError::code`] is one load.
    code: &'static str,
    /// `code: meaning`, what `Display` writes.
    display: &'static str,
    /// `Source.Type` for each source of the row, in published order; the wire
    /// code alone for a code of the source.
    codes: &'static [&'static str],
    component: Component,
    /// The business type, with the published page's empty cells filled from the
    /// row above, as the page means them; `None` for a wire code.
    business_type: Option<&'static str>,
    sources: &'static [Source],
    error_type: Option<&'static str>,
    status: http::StatusCode,
    status_origin: StatusOrigin,
    meaning: &'static str,
    solution: Option<&'static str>,
    /// The rows of the source table for a wire code; none for a published code.
    definitions: &'static [Definition],
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

/// One row of the generated table. A published row: codes, component, business
/// type, sources, type, status and its origin, meaning, solution. A wire code:
/// code, component, status and its origin, message, and the rows of the source
/// table that define or send it.
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
            business_type: Some($business_type),
            sources: &[$(Source::$source),*],
            error_type: Some($error_type),
            status: crate::status::from_u16($status),
            status_origin: StatusOrigin::$origin,
            meaning: $meaning,
            solution: $solution,
            definitions: &[],
        }
    };
    (
        $code:literal, $component:ident, $status:literal, $origin:ident, $message:literal,
        [$($definition:expr),*]
    ) => {
        Row {
            code: $code,
            display: concat!($code, ": ", $message),
            codes: &[$code],
            component: Component::$component,
            business_type: None,
            sources: &[],
            error_type: None,
            status: crate::status::from_u16($status),
            status_origin: StatusOrigin::$origin,
            meaning: $message,
            solution: None,
            definitions: &[$($definition),*],
        }
    };
}

/// One row of the source table: component, kind (`definition` or `message`, as
/// the table writes it), who sends it, code, symbol, message, expression,
/// comment, the constant's value, the wire field, HTTP status, repository,
/// path, commit, line, and its line in the copied table.
macro_rules! definition {
    (@declaration definition) => { true };
    (@declaration message) => { false };
    (
        $component:ident, $kind:ident, $sent_by:literal, $code:literal, $symbol:literal,
        $message:expr, $expression:expr, $comment:expr, $value:expr, $wire_field:literal,
        $status:expr, $repository:literal, $path:literal, $commit:literal, $line:literal,
        $table_line:literal
    ) => {
        Definition {
            component: Component::$component,
            sent_by: $sent_by,
            code: $code,
            symbol: $symbol,
            declaration: definition!(@declaration $kind),
            message: $message,
            expression: $expression,
            comment: $comment,
            value: $value,
            wire_field: $wire_field,
            http_status: $status,
            citation: Citation {
                repository: $repository,
                path: $path,
                commit: $commit,
                line: $line,
            },
            table_line: $table_line,
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
    /// Every code: the rows of the published page, in its order (Arklet,
    /// ModuleController, KouplelessBoard), then the wire codes, in the order of
    /// the source table.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ALL.len(), 80);
    /// assert_eq!(KouplelessError::ALL[0].code(), "Arklet.UnknownError");
    /// assert!(KouplelessError::ALL[56..].iter().all(|e| !e.origin().is_published()));
    /// ```
    pub const ALL: &'static [KouplelessError] = <KouplelessError as strum::VariantArray>::VARIANTS;

    const fn row(&self) -> &'static Row {
        &ROWS[*self as usize]
    }

    /// The code: `Source.Type`, for the row with two sources the first; a wire
    /// code as sent (`REPEAT_BIZ`, `00003`).
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletPullBizError.code(), "Arklet.PullBizError");
    /// assert_eq!(KouplelessError::ArkletOrUserInstallModuleFailed.code(), "Arklet.InstallModuleFailed");
    /// assert_eq!(KouplelessError::ModuleControllerKubernetesOperationFailed.code(), "00003");
    /// ```
    pub const fn code(&self) -> &'static str {
        self.row().code
    }

    /// Every code of the row: one per source; a wire code alone.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(
    ///     KouplelessError::ArkletOrUserInstallModuleFailed.codes(),
    ///     ["Arklet.InstallModuleFailed", "User.InstallModuleFailed"]
    /// );
    /// assert_eq!(KouplelessError::SofaArkRepeatBiz.codes(), ["REPEAT_BIZ"]);
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
    /// method is here for [`ErrorCode`](crate::ErrorCode)). The symbols of a wire
    /// code's source (`ResponseCode.REPEAT_BIZ`) are its
    /// [definitions'](KouplelessError::definitions).
    ///
    /// ```
    /// assert_eq!(errcodes::koupleless::KouplelessError::ArkletPullBizError.vendor_name(), None);
    /// ```
    pub const fn vendor_name(&self) -> Option<&'static str> {
        None
    }

    /// The component the code belongs to: the one whose published table lists
    /// the row, or, for a wire code, the one whose source defines it.
    ///
    /// ```
    /// use errcodes::koupleless::{Component, KouplelessError};
    ///
    /// assert_eq!(KouplelessError::UserDiskFullInModuleController.component(), Component::ModuleController);
    /// assert_eq!(KouplelessError::SpringContextManagerE100001.component(), Component::KouplelessCommon);
    /// ```
    pub const fn component(&self) -> Component {
        self.row().component
    }

    /// The Level 1 error source(s): one, or two for `Arklet / User`; none for a
    /// wire code, which has no two levels.
    ///
    /// ```
    /// use errcodes::koupleless::{KouplelessError, Source};
    ///
    /// assert_eq!(KouplelessError::OtherDownstreamExternalError.sources(), [Source::OtherDownstream]);
    /// assert!(KouplelessError::SofaArkRepeatBiz.sources().is_empty());
    /// ```
    pub const fn sources(&self) -> &'static [Source] {
        self.row().sources
    }

    /// The Level 2 error type, as published: `InstallModuleFailed`,
    /// `ResourceConstraned`. `None` for a wire code (`REPEAT_BIZ`), which has no
    /// two levels.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ModuleControllerResourceConstraned.error_type(), Some("ResourceConstraned"));
    /// assert_eq!(KouplelessError::SofaArkRepeatBiz.error_type(), None);
    /// ```
    pub const fn error_type(&self) -> Option<&'static str> {
        self.row().error_type
    }

    /// The business type (`General`, `Installation Related`, …). The published page
    /// leaves the cell empty where it continues the row above; this is the value
    /// the page means. `None` for a wire code, which no published table lists.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletPullBizTimeOut.business_type(), Some("Installation Related"));
    /// assert_eq!(KouplelessError::ArkletCmdNotFound.business_type(), None);
    /// ```
    pub const fn business_type(&self) -> Option<&'static str> {
        self.row().business_type
    }

    /// The published Meaning. For a wire code, the first message its source
    /// sends with it (a literal, or a format string with its `%s` kept); where
    /// the source sends none, the comment of its own declaration
    /// (koupleless-common's, in Chinese); else its symbol.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletPullBizTimeOut.message(), "Package pulling timed out");
    /// assert_eq!(KouplelessError::SofaArkRepeatBiz.message(), "Biz: %s has been installed or registered.");
    /// assert_eq!(KouplelessError::SpringContextManagerE100003.message(), "模块为空");
    /// assert_eq!(KouplelessError::ArkletSuccess.message(), "ResponseCode.SUCCESS");
    /// ```
    pub const fn message(&self) -> &'static str {
        self.row().meaning
    }

    /// The published Solution, as published (`-` for `Arklet.NoMatchedBiz`); `None`
    /// where the cell is empty (`KouplelessBoard.UnknownError`), and for a wire
    /// code, which the source gives none.
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

    /// The HTTP status: 200 for every code, Arklet's for its and sofa-ark's
    /// codes, the crate's choice for the others (see the
    /// [module documentation](self)).
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    /// use http::StatusCode;
    ///
    /// assert_eq!(KouplelessError::ArkletPullBizError.http_status(), StatusCode::OK);
    /// assert_eq!(KouplelessError::ArkletCmdNotFound.http_status(), StatusCode::OK);
    /// ```
    pub const fn http_status(&self) -> http::StatusCode {
        self.row().status
    }

    /// Where [`KouplelessError::http_status`] comes from: Arklet's source for
    /// its and sofa-ark's codes, the crate for the others.
    ///
    /// ```
    /// use errcodes::StatusOrigin;
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletPullBizError.status_origin(), StatusOrigin::Crate);
    /// assert_eq!(KouplelessError::SofaArkRepeatBiz.status_origin(), StatusOrigin::VendorSource);
    /// assert_eq!(KouplelessError::VirtualKubeletTimeout.status_origin(), StatusOrigin::Crate);
    /// ```
    pub const fn status_origin(&self) -> StatusOrigin {
        self.row().status_origin
    }

    /// Where the code comes from: the published catalog for a two-level code;
    /// for a wire code, the vendor's source (its declaration).
    ///
    /// ```
    /// use errcodes::Origin;
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletPullBizError.origin(), Origin::Published);
    /// let Origin::VendorSource(citation) = KouplelessError::SofaArkRepeatBiz.origin() else {
    ///     panic!("a wire code")
    /// };
    /// assert_eq!(citation.repository, "sofastack/sofa-ark");
    /// ```
    pub const fn origin(&self) -> Origin {
        match self.row().definitions {
            [first, ..] => Origin::VendorSource(first.citation),
            [] => Origin::Published,
        }
    }

    /// Every row of the source table for a wire code, in table order: its
    /// declaration, then each place the source sends a message with it; none for
    /// a two-level code, which no source defines.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// let messages: Vec<&str> =
    ///     KouplelessError::SofaArkNotFoundBiz.definitions().iter().filter_map(|d| d.message()).collect();
    /// assert_eq!(messages, ["Uninstall biz: %s not found.", "Switch biz: %s not found."]);
    /// assert!(KouplelessError::ArkletPullBizError.definitions().is_empty());
    /// ```
    pub const fn definitions(&self) -> &'static [Definition] {
        self.row().definitions
    }

    /// Every code that `code` names, in any component: none, one, or one per
    /// component table that lists the code or component that sends it. Case and
    /// white space around it are ignored, as in [`FromStr`].
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
    /// assert_eq!(
    ///     KouplelessError::matching("SUCCESS"),
    ///     [KouplelessError::ArkletSuccess, KouplelessError::SofaArkSuccess]
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
        // Wire codes may be digits (`00003`): no check of the first byte.
        if !CODE_LENGTHS.contains(&bytes.len()) {
            return &[];
        }
        let is_code = |entry: usize| lookup::is_spelled(bytes, CODES[entry].code);
        match CODE_INDEX.find(hash::fold_hash(bytes), is_code) {
            Some(entry) => CODES[entry].rows,
            None => &[],
        }
    }

    /// Parses `code` within `component`: its published table, or the codes its
    /// source sends. The way to parse a code that several components have
    /// (`User.DiskFull`, `SUCCESS`).
    ///
    /// # Errors
    /// [`ParseCodeError`] when `component` has no such code.
    ///
    /// ```
    /// use errcodes::koupleless::{Component, KouplelessError};
    ///
    /// assert_eq!(
    ///     KouplelessError::parse_in(Component::KouplelessBoard, "OtherUpstream.InvalidParameter"),
    ///     Ok(KouplelessError::OtherUpstreamInvalidParameterInKouplelessBoard)
    /// );
    /// assert_eq!(KouplelessError::parse_in(Component::SofaArk, "success"), Ok(KouplelessError::SofaArkSuccess));
    /// assert_eq!(
    ///     KouplelessError::parse_in(Component::Arklet, "KouplelessBoard.InternalError")
    ///         .unwrap_err()
    ///         .to_string(),
    ///     r#"unknown Koupleless error code "KouplelessBoard.InternalError" in Arklet"#
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
    /// is built. A code of several components is `None` too
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

/// Parses a code, `Source.Type` or a wire code (`REPEAT_BIZ`, `00003`), in any
/// ASCII case, white space around it ignored.
///
/// # Errors
/// An unknown code, and a code that several components have
/// ([`ParseCodeError::is_ambiguous`]; use [`KouplelessError::parse_in`]).
///
/// ```
/// use errcodes::koupleless::KouplelessError;
///
/// assert_eq!("arklet.installbizfailed".parse(), Ok(KouplelessError::ArkletInstallBizFailed));
/// assert_eq!("00003".parse(), Ok(KouplelessError::ModuleControllerKubernetesOperationFailed));
/// assert!("3".parse::<KouplelessError>().is_err());
/// assert_eq!(
///     "User.DiskFull".parse::<KouplelessError>().unwrap_err().to_string(),
///     r#"ambiguous Koupleless error code "User.DiskFull": the Arklet and ModuleController tables list it; parse it with its component"#
/// );
/// assert_eq!(
///     "FAILED".parse::<KouplelessError>().unwrap_err().to_string(),
///     r#"ambiguous Koupleless error code "FAILED": Arklet and SofaArk send it; parse it with its component"#
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
