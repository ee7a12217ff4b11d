//! openYuanrong's source: the components that define codes, and each definition.

use std::fmt;

use crate::Citation;

/// A component of openYuanrong whose source defines error codes.
///
/// The same number means different things in different components (`4024` is
/// the frontend's `FrontendStatusFuncMetaNotFound` and the meta service's
/// `NoSuchFunction`): [`SdkError::parse_in`](super::SdkError::parse_in)
/// parses a code as one component sends it.
///
/// ```
/// use errcodes::sdk::Component;
///
/// assert_eq!(Component::MetaService.to_string(), "meta-service");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Component {
    /// The function system's kernel protocol: `proto/posix/common.proto` in
    /// `openyuanrong/functionsystem`.
    FunctionSystem,
    /// The runtime library every SDK uses: `src/libruntime/err_type.h` in
    /// `openyuanrong/runtime`.
    Libruntime,
    /// The frontend: `pkg/common/faas_common/statuscode/statuscode.go` in
    /// `openyuanrong/frontend`.
    Frontend,
    /// The meta service of the function system: `function_repo/errmsg/errors.go`
    /// and `common/snerror/errorcode.go` under `functionsystem/apps/meta_service`.
    MetaService,
    /// The Go FaaS SDK: `api/go/faassdk/common/constants/error.go` in
    /// `openyuanrong/runtime`.
    FaasSdk,
}

impl Component {
    /// Every component, in the order above.
    ///
    /// ```
    /// assert_eq!(errcodes::sdk::Component::ALL.len(), 5);
    /// ```
    pub const ALL: &'static [Component] = &[
        Component::FunctionSystem,
        Component::Libruntime,
        Component::Frontend,
        Component::MetaService,
        Component::FaasSdk,
    ];

    /// The component's name as this crate writes it: `function-system`,
    /// `libruntime`, `frontend`, `meta-service`, `faas-sdk`.
    ///
    /// ```
    /// assert_eq!(errcodes::sdk::Component::FaasSdk.as_str(), "faas-sdk");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            Component::FunctionSystem => "function-system",
            Component::Libruntime => "libruntime",
            Component::Frontend => "frontend",
            Component::MetaService => "meta-service",
            Component::FaasSdk => "faas-sdk",
        }
    }
}

/// Writes [`Component::as_str`].
impl fmt::Display for Component {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A definition of a code in openYuanrong's source, as the copied table
/// `codes/vendor-source/openyuanrong-source-codes.tsv` has it: every text as
/// the source writes it.
///
/// ```
/// use errcodes::sdk::{Component, SdkError};
///
/// let definition = &SdkError::InstanceNotFoundErrCode.definitions()[0];
/// assert_eq!(definition.component(), Component::Frontend);
/// assert_eq!(definition.symbol(), "InstanceNotFoundErrCode");
/// assert_eq!(definition.message(), Some("instance not exist"));
/// assert_eq!(definition.http_status(), Some(http::StatusCode::INTERNAL_SERVER_ERROR));
/// ```
#[derive(Debug)]
pub struct Definition {
    pub(super) component: Component,
    pub(super) symbol: &'static str,
    pub(super) number: u32,
    pub(super) message: Option<&'static str>,
    pub(super) http_status: Option<u16>,
    pub(super) comment: Option<&'static str>,
    pub(super) citation: Citation,
    pub(super) table_line: u32,
}

impl Definition {
    /// The component whose source defines the code.
    pub const fn component(&self) -> Component {
        self.component
    }

    /// The vendor's symbol: `ERR_PARAM_INVALID`, `FuncMetaNotFoundErrCode`.
    pub const fn symbol(&self) -> &'static str {
        self.symbol
    }

    /// The code's number.
    pub const fn number(&self) -> u32 {
        self.number
    }

    /// The message the source sends with the code, verbatim (placeholders such
    /// as `%s` kept); `None` where the source has none (C and proto
    /// enumerators).
    pub const fn message(&self) -> Option<&'static str> {
        self.message
    }

    /// The HTTP status the source sends with the code, where it sets one
    /// (the frontend's `ErrMap`, or its default 500).
    pub fn http_status(&self) -> Option<http::StatusCode> {
        self.http_status.map(crate::status::from_u16)
    }

    /// The comment the vendor wrote beside the definition, verbatim.
    pub const fn comment(&self) -> Option<&'static str> {
        self.comment
    }

    /// Where the definition is: repository, file, commit and line.
    pub const fn citation(&self) -> Citation {
        self.citation
    }

    /// The line of the definition in the crate's copy of the source table,
    /// `codes/vendor-source/openyuanrong-source-codes.tsv` (line 1 cites the
    /// sources, line 2 is the header).
    pub const fn table_line(&self) -> u32 {
        self.table_line
    }
}
