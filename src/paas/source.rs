//! The sources of bkpaas3 and ESB: the subsystems that define codes, and each
//! definition, as the copied tables have it.

use std::fmt;

use crate::Citation;

/// A subsystem of BlueKing PaaS whose source defines error codes: the scope of
/// a [`Definition`], and of [`PaasError::parse_in`](super::PaasError::parse_in).
///
/// ```
/// use errcodes::paas::{PaasError, Scope};
///
/// assert_eq!(PaasError::AppNotFound.definitions()[0].scope(), Scope::Bkpaas3);
/// assert_eq!(Scope::Esb.to_string(), "esb");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Scope {
    /// BlueKing PaaS 3.0's apiserver: `ErrorCode`s of
    /// `apiserver/paasng/paasng/utils/error_codes.py` and
    /// `apiserver/paasng/paas_wl/utils/error_codes.py` in
    /// `TencentBlueKing/blueking-paas`.
    Bkpaas3,
    /// ESB, open_paas's gateway of components: `esb/common/errors.py` and
    /// `bkerrors.py` in `TencentBlueKing/legacy-bk-paas`, and the copy inside
    /// `TencentBlueKing/blueking-apigateway`.
    Esb,
    /// The BlueKing API gateway: the errors its APISIX plugins build in
    /// `src/apisix/plugins/bk-core/errorx.lua` of
    /// `TencentBlueKing/blueking-apigateway-apisix`, sent with a number and a
    /// `code_name`.
    ApiGateway,
}

impl Scope {
    /// Every scope, in the order above.
    ///
    /// ```
    /// assert_eq!(errcodes::paas::Scope::ALL.len(), 3);
    /// ```
    pub const ALL: &'static [Scope] = &[Scope::Bkpaas3, Scope::Esb, Scope::ApiGateway];

    /// The scope's name as this crate writes it: `bkpaas3`, `esb`, `apigateway`.
    ///
    /// ```
    /// assert_eq!(errcodes::paas::Scope::Bkpaas3.as_str(), "bkpaas3");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            Scope::Bkpaas3 => "bkpaas3",
            Scope::Esb => "esb",
            Scope::ApiGateway => "apigateway",
        }
    }
}

/// Writes [`Scope::as_str`].
impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses [`Scope::as_str`] in any ASCII case, white space around it ignored.
///
/// ```
/// use errcodes::paas::{PaasError, Scope};
///
/// let scope: Scope = "ApiGateway".parse()?;
/// assert_eq!(PaasError::parse_in(scope, "IP_NOT_ALLOWED"), Ok(PaasError::IpNotAllowed));
/// assert_eq!(" ESB ".parse(), Ok(Scope::Esb));
/// # Ok::<(), errcodes::paas::ParseScopeError>(())
/// ```
impl std::str::FromStr for Scope {
    type Err = ParseScopeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim_ascii();
        Scope::ALL
            .iter()
            .copied()
            .find(|scope| scope.as_str().eq_ignore_ascii_case(name))
            .ok_or_else(|| ParseScopeError {
                input: s.to_owned(),
            })
    }
}

/// The error of parsing a [`Scope`].
///
/// ```
/// let error = "gateway".parse::<errcodes::paas::Scope>().unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     r#"unknown BlueKing PaaS scope "gateway": expected bkpaas3, esb or apigateway"#
/// );
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ParseScopeError {
    input: String,
}

impl fmt::Display for ParseScopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown BlueKing PaaS scope {:?}: expected ", self.input)?;
        crate::parse_error::write_list(f, Scope::ALL.iter().map(Scope::as_str), "or")
    }
}

impl std::error::Error for ParseScopeError {}

impl ParseScopeError {
    /// The text that did not name a scope, as given.
    ///
    /// ```
    /// let error = " gateway".parse::<errcodes::paas::Scope>().unwrap_err();
    /// assert_eq!(error.input(), " gateway");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }
}

/// A definition of a code in the vendor's source, as the crate's copies of the
/// source tables have it: every text as the source writes it.
///
/// - bkpaas3: `codes/vendor-source/bkpaas3-source-codes.tsv`, every `ErrorCode`
///   of blueking-paas's apiserver, with the English its `django.po` gives.
/// - ESB: `esb-source-codes.tsv`, the ESB of legacy-bk-paas, and
///   `esb-in-apigateway-source-codes.tsv`, the ESB that now ships inside
///   blueking-apigateway.
/// - The API gateway: `bk-apigateway-codes.tsv`, the errors of its APISIX
///   plugins; [`name`](Definition::name) is the `code_name` its body sends.
/// - bkpaas3's literal wire codes: `codes/paas-wire-literals.tsv`, the codes
///   its exception handler (`paasng/utils/views.py`) writes as string literals
///   (`VALIDATION_ERROR`, `ERROR`, `Unauthorized`), which no `ErrorCode`
///   defines. That table is the crate's reading of the vendor's source, not a
///   vendor table: each row cites the line, and its texts are the source's,
///   verbatim.
///
/// ```
/// use errcodes::paas::PaasError;
///
/// let definition = &PaasError::ApigwError.definitions()[0];
/// assert_eq!(definition.name(), "APIGW_ERROR");
/// assert_eq!(definition.number(), Some(1306408));
/// assert_eq!(definition.message_en(), Some("APIGateway JWT verification failed"));
/// assert_eq!(definition.http_status(), Some(http::StatusCode::OK));
/// assert_eq!(definition.citation().repository, "TencentBlueKing/blueking-apigateway");
/// ```
#[derive(Debug)]
pub struct Definition {
    pub(super) scope: Scope,
    pub(super) name: &'static str,
    pub(super) number: Option<u32>,
    pub(super) message_zh: Option<&'static str>,
    pub(super) message_en: Option<&'static str>,
    pub(super) http_status: Option<u16>,
    pub(super) solution_en: Option<&'static str>,
    pub(super) citation: Citation,
    pub(super) table: &'static str,
    pub(super) table_line: u32,
}

impl Definition {
    /// The subsystem whose source holds the definition.
    ///
    /// ```
    /// use errcodes::paas::{PaasError, Scope};
    ///
    /// assert_eq!(PaasError::RequestBlocked.definitions()[0].scope(), Scope::Esb);
    /// ```
    pub const fn scope(&self) -> Scope {
        self.scope
    }

    /// The vendor's name for the code in this definition: `REQUEST_BLOCKED`;
    /// for bkpaas3, the code it sends in the body (`APP_NOT_FOUND`); for the
    /// API gateway, the body's `code_name` (`IP_NOT_ALLOWED`).
    /// The ESB inside blueking-apigateway renamed two (`HOST_NOT_FOUND`,
    /// `REQUEST_DEST_METHOD_ERROR`); every name parses to its code.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// let names: Vec<&str> = PaasError::TestHostNotFound.definitions().iter().map(|d| d.name()).collect();
    /// assert_eq!(names, ["TEST_HOST_NOT_FOUND", "HOST_NOT_FOUND"]);
    /// assert_eq!("HOST_NOT_FOUND".parse(), Ok(PaasError::TestHostNotFound));
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The code's number: `1306207`; `None` for a bkpaas3 `ErrorCode` without
    /// `code_num` (most of them: bkpaas3 sends the name, and the number only
    /// where the code has one).
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::RequestBlocked.definitions()[0].number(), Some(1306207));
    /// assert_eq!(PaasError::AppNotFound.definitions()[0].number(), None);
    /// ```
    pub const fn number(&self) -> Option<u32> {
        self.number
    }

    /// bkpaas3's message as its source writes it (the gettext source string,
    /// `message_zh` of the copied table), verbatim: Chinese, except for 15
    /// `ErrorCode`s (14 of them in `paas_wl`) whose source string is English,
    /// such as `INVALID_MRES`. `None` for every ESB definition: the ESB source
    /// holds English only.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::AppNotFound.definitions()[0].message_zh(), Some("应用不存在"));
    /// assert_eq!(PaasError::RequestBlocked.definitions()[0].message_zh(), None);
    /// ```
    pub const fn message_zh(&self) -> Option<&'static str> {
        self.message_zh
    }

    /// The English message of the definition, verbatim. bkpaas3: the English
    /// its server sends, the `msgstr` of its `django.po` for the source string
    /// (`None` for the 6 source strings that file does not translate: the
    /// server then sends [`message_zh`](Definition::message_zh)). ESB: the
    /// prompt of `errors.py`, which ESB sends as the body's `message`, or the
    /// reason of `bkerrors.py`, which it writes as a log line prefix.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(
    ///     PaasError::RequestBlocked.definitions()[0].message_en(),
    ///     Some("Request to the third-party system is blocked")
    /// );
    /// assert_eq!(PaasError::AppNotFound.definitions()[0].message_en(), Some("application does not exist"));
    /// ```
    pub const fn message_en(&self) -> Option<&'static str> {
        self.message_en
    }

    /// The HTTP status the definition sets (bkpaas3's `status_code`, 400 by
    /// default; ESB `errors.py`: 200; the gateway's own); `None` for ESB's
    /// `bkerrors.py`, whose codes are log line prefixes and set none, for
    /// the gateway's `UNKNOWN_ERROR`, whose status its caller gives, and for
    /// bkpaas3's literal `VALIDATION_ERROR` and `ERROR`, whose status is the
    /// one of the exception the handler answers.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    /// use http::StatusCode;
    ///
    /// assert_eq!(PaasError::RequestJobError.definitions()[0].http_status(), None);
    /// assert_eq!(PaasError::IpNotAllowed.definitions()[0].http_status(), Some(StatusCode::FORBIDDEN));
    /// assert_eq!(PaasError::UnknownError.definitions()[0].http_status(), None);
    /// assert_eq!(PaasError::ValidationError.definitions()[0].http_status(), None);
    /// assert_eq!(
    ///     PaasError::UnauthorizedInBkpaas3.definitions()[0].http_status(),
    ///     Some(StatusCode::UNAUTHORIZED)
    /// );
    /// ```
    pub fn http_status(&self) -> Option<http::StatusCode> {
        self.http_status.map(crate::status::from_u16)
    }

    /// The English solution the definition gives (ESB `bkerrors.py`), verbatim;
    /// `None` for bkpaas3, whose source gives none.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(
    ///     PaasError::RequestJobError.definitions()[0].solution_en(),
    ///     Some("Check if the JOB system interface is normal")
    /// );
    /// ```
    pub const fn solution_en(&self) -> Option<&'static str> {
        self.solution_en
    }

    /// Where the definition is: repository, file, commit and line.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// let citation = PaasError::RequestBlocked.definitions()[0].citation();
    /// assert_eq!(citation.path, "paas-ce/paas/esb/common/errors.py");
    /// assert_eq!(citation.line, 164);
    /// ```
    pub const fn citation(&self) -> Citation {
        self.citation
    }

    /// The table that holds the definition: the crate's copy of a source table,
    /// under `codes/vendor-source/` (`bkpaas3-source-codes.tsv`,
    /// `esb-source-codes.tsv`, `esb-in-apigateway-source-codes.tsv` or
    /// `bk-apigateway-codes.tsv`), or the crate's own reading of bkpaas3's
    /// literal wire codes, `codes/paas-wire-literals.tsv`.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::ApigwError.definitions()[0].table(), "esb-in-apigateway-source-codes.tsv");
    /// assert_eq!(PaasError::ValidationError.definitions()[0].table(), "paas-wire-literals.tsv");
    /// ```
    pub const fn table(&self) -> &'static str {
        self.table
    }

    /// The line of the definition in [its copied table](Definition::table)
    /// (line 1 cites the sources, line 2 is the header): with the table, the
    /// key that addresses the row.
    ///
    /// ```
    /// assert_eq!(errcodes::paas::PaasError::ApigwError.definitions()[0].table_line(), 26);
    /// ```
    pub const fn table_line(&self) -> u32 {
        self.table_line
    }
}
