//! openYuanrong error codes: its SDK's and its REST API's, and those its source
//! defines.
//!
//! [`SdkError`] has one variant per row of the two tables openYuanrong publishes:
//! the SDK error codes (49, `1001` to `9000`, with a description and a solution)
//! and the REST API error codes (60, `4037` to `330404`, with a name-like message
//! and a description). [`SdkError::table`] tells which table a code is from. The
//! vendor's symbols for SDK codes (`ERR_PARAM_INVALID`), from its source, parse
//! too.
//!
//! Then one variant per code that openYuanrong's source defines and no page
//! publishes (186: frontend 100, meta-service 45, libruntime 20, faas-sdk 13,
//! function-system 8), read from the crate's copy of the source table
//! (`codes/vendor-source/openyuanrong-source-codes.tsv`, each row cited by
//! repository, file, commit and line). [`SdkError::origin`] tells a published code
//! from one of the source, and [`SdkError::definitions`] lists every definition
//! of a code in the source, a published code's too, with its texts as the source
//! has them.
//!
//! # Same number, different meaning
//! 38 numbers are defined by several components, or twice in one, with different
//! meanings (`4024` is the frontend's `FrontendStatusFuncMetaNotFound` and the
//! meta service's `NoSuchFunction`). A parse of such a number answers the
//! published code where one is published (`4001` stays `IncorrectInitUsage`),
//! and otherwise fails as ambiguous ([`ParseCodeError::is_ambiguous`],
//! [`ParseCodeError::sdk_candidates`]) rather than pick one.
//! [`SdkError::parse_in`] parses a code as one [`Component`] sends it, and every
//! symbol parses to its own code. [`SdkError::matching`] lists every code a number
//! names.
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
//! Codes of the source only take the status their definition sends (the
//! frontend's `ErrMap`, or its default 500: [`StatusOrigin::VendorSource`]); where
//! the source sets none, the crate's rule above (500), except the success codes
//! `0` and `200200` (`ERR_NONE`, `ERR_OK`, `NoneError`, `FrontendStatusOk`),
//! which the crate gives **200** ([`StatusOrigin::Crate`], the crate's choice).
//!
//! ```
//! use errcodes::sdk::{Component, SdkError, Table};
//! use http::StatusCode;
//!
//! let error: SdkError = "4115".parse()?;
//! assert_eq!(error, SdkError::FunctionNotFound);
//! assert_eq!(error.table(), Some(Table::Rest));
//! assert_eq!(error.http_status(), StatusCode::NOT_FOUND);
//! assert_eq!(error.description(), Some("The function has not been created or has been deleted."));
//!
//! let error: SdkError = "ERR_PARAM_INVALID".parse()?;
//! assert_eq!(error.number(), 1001);
//! assert_eq!(error.message(), "Parameter validation failed.");
//!
//! // A code of the source: the frontend's, with the status it sends.
//! let error: SdkError = "InstanceNotFoundErrCode".parse()?;
//! assert_eq!(error.number(), 150425);
//! assert_eq!(error.message(), "instance not exist");
//! assert!(!error.origin().is_published());
//! assert_eq!(SdkError::parse_in(Component::MetaService, "4024")?, SdkError::NoSuchFunction);
//! assert!("4024".parse::<SdkError>().unwrap_err().is_ambiguous());
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

mod source;

pub use source::{Component, Definition};

use crate::{Citation, Origin, ParseCodeError, StatusOrigin, Vendor};

/// A row of `codes/sdk.tsv`, or a code of `codes/sdk-source.tsv`, as `build.rs`
/// generates it into `ROWS`.
pub(crate) struct Row {
    code: &'static str,
    /// `code: message`, what `Display` writes.
    display: &'static str,
    /// The published table; `None` for a code of the source only.
    table: Option<Table>,
    status: http::StatusCode,
    status_origin: StatusOrigin,
    /// The published symbols first, then those of the source's definitions.
    vendor_names: &'static [&'static str],
    message: &'static str,
    description: Option<&'static str>,
    solution: Option<&'static str>,
    definitions: &'static [Definition],
}

/// One row of the generated table: code, published table, status and its
/// origin, vendor names, message, description, solution, the source's
/// definitions.
macro_rules! row {
    (
        $code:literal, $table:expr, $status:literal, $origin:ident, [$($name:literal),*],
        $message:literal, $description:expr, $solution:expr, [$($definition:expr),*]
    ) => {
        Row {
            code: $code,
            display: concat!($code, ": ", $message),
            table: $table,
            status: crate::status::from_u16($status),
            status_origin: StatusOrigin::$origin,
            vendor_names: &[$($name),*],
            message: $message,
            description: $description,
            solution: $solution,
            definitions: &[$($definition),*],
        }
    };
}

/// One definition of the source: component, symbol, number, message, status,
/// comment, repository, path, commit, line, and its line in the copied table.
macro_rules! definition {
    (
        $component:ident, $symbol:literal, $number:literal, $message:expr, $status:expr,
        $comment:expr, $repository:literal, $path:literal, $commit:literal, $line:literal,
        $table_line:literal
    ) => {
        Definition {
            component: Component::$component,
            symbol: $symbol,
            number: $number,
            message: $message,
            http_status: $status,
            comment: $comment,
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

/// The generated `SHARED`, one row a number: component (`None`: bare),
/// number, whether it is ambiguous, the codes.
macro_rules! shared {
    (
        $(#[$doc:meta])*
        static $name:ident: [Shared; $len:literal] = [
            $(($component:expr, $number:literal, $ambiguous:literal, [$($code:ident),*]),)*
        ];
    ) => {
        $(#[$doc])*
        static $name: [Shared; $len] = [$(Shared {
            component: $component,
            number: $number,
            ambiguous: $ambiguous,
            codes: &[$(SdkError::$code),*],
        }),*];
    };
}

/// A number that names several codes: bare (no component), or within one
/// component; `ambiguous` when a parse answers none of them.
struct Shared {
    component: Option<Component>,
    number: u32,
    ambiguous: bool,
    codes: &'static [SdkError],
}

include!(concat!(env!("OUT_DIR"), "/sdk.rs"));
// Kind, retry advice and texts by language (`codes/meanings/sdk.tsv`).
include!(concat!(env!("OUT_DIR"), "/sdk_meanings.rs"));
crate::meaning::meaning_accessors!(SdkError, "sdk", "InvokeRateLimited");

/// The published table an openYuanrong code is from.
///
/// ```
/// use errcodes::sdk::{SdkError, Table};
///
/// assert_eq!(SdkError::ParamInvalid.table(), Some(Table::Sdk));
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
    /// Every code, in the order of the published tables (SDK, then REST), then
    /// the codes of the source, in the order of its table.
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(SdkError::ALL.len(), 295);
    /// assert_eq!(SdkError::ALL[0].code(), "1001");
    /// assert!(SdkError::ALL[109..].iter().all(|e| !e.origin().is_published()));
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

    /// The vendor's symbol for the code, from its source (`ERR_PARAM_INVALID`,
    /// `FunctionNotFound`): the first of [`SdkError::vendor_names`]. Every code
    /// of the crate's tables has one.
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(SdkError::ParamInvalid.vendor_name(), Some("ERR_PARAM_INVALID"));
    /// assert_eq!(SdkError::FunctionNotFound.vendor_name(), Some("FunctionNotFound"));
    /// ```
    pub const fn vendor_name(&self) -> Option<&'static str> {
        match self.row().vendor_names {
            [name, ..] => Some(name),
            [] => None,
        }
    }

    /// Every symbol the vendor's source has for the code, each of which parses
    /// to it: those of the published SDK table first, then those of its
    /// [definitions](SdkError::definitions) (`1003` is `ERR_INSTANCE_NOT_FOUND`
    /// in `common.proto` and `ErrInstanceNotFound` in the frontend).
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(
    ///     SdkError::InstanceNotFound.vendor_names(),
    ///     ["ERR_INSTANCE_NOT_FOUND", "ErrInstanceNotFound"]
    /// );
    /// // err_type.h's 3008 is another error than common.proto's: its own code.
    /// assert_eq!(SdkError::K8sUnavailable.vendor_names(), ["ERR_K8S_UNAVAILABLE"]);
    /// assert_eq!(
    ///     "ERR_REQUEST_BETWEEN_RUNTIME_FRONTEND".parse(),
    ///     Ok(SdkError::RequestBetweenRuntimeFrontend)
    /// );
    /// ```
    pub const fn vendor_names(&self) -> &'static [&'static str] {
        self.row().vendor_names
    }

    /// The published table the code is from; `None` for a code of the source
    /// only.
    ///
    /// ```
    /// use errcodes::sdk::{SdkError, Table};
    ///
    /// assert_eq!(SdkError::KvNotFound.table(), Some(Table::Rest));
    /// assert_eq!(SdkError::InstanceNotFoundErrCode.table(), None);
    /// ```
    pub const fn table(&self) -> Option<Table> {
        self.row().table
    }

    /// Where the code comes from: a published table, or the vendor's source
    /// (its first definition).
    ///
    /// ```
    /// use errcodes::Origin;
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(SdkError::FunctionNotFound.origin(), Origin::Published);
    /// assert!(matches!(SdkError::ErrNone.origin(), Origin::VendorSource(c) if c.line == 34));
    /// ```
    pub const fn origin(&self) -> Origin {
        match (self.row().table, self.row().definitions) {
            (None, [first, ..]) => Origin::VendorSource(first.citation),
            _ => Origin::Published,
        }
    }

    /// Every definition of the code in the vendor's source, in the order of the
    /// copied source table: a published code's too (its texts stay the
    /// published ones; the source's are here), and none for a published code
    /// the source tables do not define.
    ///
    /// ```
    /// use errcodes::sdk::{Component, SdkError};
    ///
    /// let components: Vec<Component> =
    ///     SdkError::InstanceSubHealth.definitions().iter().map(|d| d.component()).collect();
    /// assert_eq!(components, [Component::FunctionSystem, Component::Libruntime]);
    /// // The published page calls 330404 "subcribe stream failed"; the frontend sends:
    /// assert_eq!(SdkError::SubscribeStreamFailed.message(), "subcribe stream failed");
    /// assert_eq!(
    ///     SdkError::SubscribeStreamFailed.definitions()[0].message(),
    ///     Some("internal system error")
    /// );
    /// ```
    pub const fn definitions(&self) -> &'static [Definition] {
        self.row().definitions
    }

    /// The component of the code's first definition in the source; `None` for a
    /// published code the source tables do not define.
    ///
    /// ```
    /// use errcodes::sdk::{Component, SdkError};
    ///
    /// assert_eq!(SdkError::InstanceNotFoundErrCode.component(), Some(Component::Frontend));
    /// ```
    pub const fn component(&self) -> Option<Component> {
        match self.row().definitions {
            [first, ..] => Some(first.component),
            [] => None,
        }
    }

    /// The published message: the SDK table's Description, or the REST table's
    /// Error Message (a PascalCase name for most rows, a phrase for a few). For a
    /// code of the source only, the first message its definitions send, or,
    /// where the source gives it no text, its symbol.
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(SdkError::InstanceNotFound.message(), "Instance not found.");
    /// assert_eq!(SdkError::FunctionNotFound.message(), "FunctionNotFound");
    /// assert_eq!(SdkError::SubscribeStreamFailed.message(), "subcribe stream failed");
    /// assert_eq!(SdkError::InstanceNotFoundErrCode.message(), "instance not exist");
    /// assert_eq!(SdkError::ErrNone.message(), "ERR_NONE");
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

/// Parses a code (`4115`) or a vendor symbol (`ERR_PARAM_INVALID`,
/// `FuncMetaNotFoundErrCode`, in any case), white space around it ignored.
///
/// A number that several codes share parses as the published one, if one is
/// published; otherwise it is ambiguous, and [`SdkError::parse_in`] parses it
/// with its component.
///
/// ```
/// use errcodes::sdk::SdkError;
///
/// assert_eq!("1001".parse(), Ok(SdkError::ParamInvalid));
/// assert_eq!("err_param_invalid".parse(), Ok(SdkError::ParamInvalid));
/// // 4001 is also the frontend's UserFuncEntryNotFoundErrCode: the published meaning wins.
/// assert_eq!("4001".parse(), Ok(SdkError::IncorrectInitUsage));
/// let error = "4024".parse::<SdkError>().unwrap_err();
/// assert!(error.is_ambiguous());
/// assert_eq!(
///     "+1001".parse::<SdkError>().unwrap_err().to_string(),
///     r#"unknown openYuanrong error code "+1001""#
/// );
/// ```
impl FromStr for SdkError {
    type Err = ParseCodeError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SdkError::find(s).ok_or_else(|| match SdkError::ambiguous_entry(s) {
            Some(index) => ParseCodeError::sdk_ambiguous_text(index, s),
            None => ParseCodeError::unknown(Some(Vendor::Sdk), s),
        })
    }
}

impl SdkError {
    /// The entry of `SHARED` that makes `input` ambiguous: a number several
    /// codes share, none of them published.
    #[inline]
    fn ambiguous_entry(input: &str) -> Option<usize> {
        let number = crate::lookup::key::decimal(input.trim_ascii().as_bytes())?;
        SdkError::shared(None, number).filter(|&index| SHARED[index].ambiguous)
    }

    /// Why [`TryFrom<u32>`] finds no code for `number`.
    #[cold]
    #[inline(never)]
    fn number_error(number: u32) -> ParseCodeError {
        match SdkError::shared(None, number) {
            Some(index) if SHARED[index].ambiguous => ParseCodeError::sdk_ambiguous(index, number),
            _ => ParseCodeError::unknown_number(Vendor::Sdk, number),
        }
    }

    /// The ambiguity error of `input`, if it is a number several codes share
    /// with none published.
    pub(crate) fn ambiguity(input: &str) -> Option<ParseCodeError> {
        let index = SdkError::ambiguous_entry(input)?;
        Some(ParseCodeError::sdk_ambiguous_text(index, input))
    }

    /// The entry of `SHARED` for `number` in `component` (`None`: bare). The
    /// bare entries come first, in the order of their numbers, which
    /// `SHARED_NUMBERS` lists: a miss of the bare parse, which asks here before
    /// it builds its error, takes a binary search of a few words.
    fn shared(component: Option<Component>, number: u32) -> Option<usize> {
        let bare = SHARED_NUMBERS.len();
        match component {
            None => SHARED_NUMBERS.binary_search(&number).ok(),
            Some(_) => SHARED[bare..]
                .iter()
                .position(|s| s.component == component && s.number == number)
                .map(|at| bare + at),
        }
    }

    /// The codes of an entry of `SHARED`, for [`ParseCodeError`].
    pub(crate) fn shared_codes(index: usize) -> (Option<Component>, &'static [SdkError]) {
        SHARED
            .get(index)
            .map_or((None, &[]), |s| (s.component, s.codes))
    }

    /// A string that parses to this code: its code, or, where a parse of its
    /// number answers another code or none, its symbol.
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(SdkError::IncorrectInitUsage.spelling(), "4001");
    /// assert_eq!(SdkError::UserFuncEntryNotFoundErrCode.spelling(), "UserFuncEntryNotFoundErrCode");
    /// for &error in SdkError::ALL {
    ///     assert_eq!(error.spelling().parse(), Ok(error));
    /// }
    /// ```
    pub fn spelling(&self) -> &'static str {
        match (SdkError::find(self.code()), self.vendor_name()) {
            (Some(found), _) if found == *self => self.code(),
            (_, Some(symbol)) => symbol,
            // Every code of the source has a symbol; a published code's number
            // always answers it.
            _ => self.code(),
        }
    }

    /// Every code that `input` names, in table order (published codes first): one
    /// for most input, several for a number that several components define,
    /// none for input that names no code. [`FromStr`] answers only where this is
    /// one code, or one of them is published.
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert_eq!(
    ///     SdkError::matching("4001"),
    ///     [
    ///         SdkError::IncorrectInitUsage,
    ///         SdkError::UserFuncEntryNotFoundErrCode,
    ///         SdkError::FunctionEntryNotFound,
    ///         SdkError::EntryNotFound,
    ///     ]
    /// );
    /// assert_eq!(SdkError::matching("4115"), [SdkError::FunctionNotFound]);
    /// assert!(SdkError::matching("nope").is_empty());
    /// ```
    pub fn matching(input: &str) -> &'static [SdkError] {
        let trimmed = input.trim_ascii();
        if let Some(number) = crate::lookup::key::decimal(trimmed.as_bytes()) {
            if let Some(index) = SdkError::shared(None, number) {
                return SHARED[index].codes;
            }
        }
        match SdkError::find(trimmed) {
            Some(error) => std::slice::from_ref(&SdkError::ALL[error as usize]),
            None => &[],
        }
    }

    /// Parses a code as `component` sends it: its number, or a symbol of one of
    /// its definitions in that component, in any ASCII case, white space around
    /// it ignored.
    ///
    /// # Errors
    /// [`ParseCodeError`] when no definition of `component` has the code, or when
    /// the component defines the number twice (aliases in one file, as the
    /// frontend's `4006`): then parse the symbol
    /// ([`ParseCodeError::is_ambiguous`]).
    ///
    /// ```
    /// use errcodes::sdk::{Component, SdkError};
    ///
    /// assert_eq!(
    ///     SdkError::parse_in(Component::Frontend, "4024"),
    ///     Ok(SdkError::FrontendStatusFuncMetaNotFound)
    /// );
    /// assert_eq!(SdkError::parse_in(Component::MetaService, "4024"), Ok(SdkError::NoSuchFunction));
    /// assert_eq!(
    ///     SdkError::parse_in(Component::Frontend, "4001"),
    ///     Ok(SdkError::UserFuncEntryNotFoundErrCode)
    /// );
    /// assert!(SdkError::parse_in(Component::Frontend, "4006").unwrap_err().is_ambiguous());
    /// assert_eq!(
    ///     SdkError::parse_in(Component::Libruntime, "4115").unwrap_err().to_string(),
    ///     r#"unknown openYuanrong error code "4115" in libruntime"#
    /// );
    /// ```
    pub fn parse_in(component: Component, input: &str) -> Result<SdkError, ParseCodeError> {
        let trimmed = input.trim_ascii();
        let number = crate::lookup::key::decimal(trimmed.as_bytes());
        if let Some(index) = number.and_then(|n| SdkError::shared(Some(component), n)) {
            return Err(ParseCodeError::sdk_ambiguous_text(index, input));
        }
        let is_key = |d: &Definition| {
            d.component == component
                && (Some(d.number) == number || d.symbol.eq_ignore_ascii_case(trimmed))
        };
        ROWS.iter()
            .position(|row| row.definitions.iter().any(is_key))
            .map(|row| SdkError::ALL[row])
            .ok_or_else(|| ParseCodeError::not_in_sdk_component(component, input))
    }
}

crate::lookup::numeric_platform!(
    SdkError,
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
