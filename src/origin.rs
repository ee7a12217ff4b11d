//! Where a code comes from: a catalog the vendor publishes, or the vendor's
//! source code.

use std::fmt;

/// Where a code comes from: the vendor's published catalog, or a definition in
/// the vendor's source code that no published page lists.
///
/// A published code may be defined in the source too: its origin stays
/// [`Origin::Published`], and its texts stay the published ones; the source's
/// definitions are listed apart (for openYuanrong,
/// [`SdkError::definitions`](crate::sdk::SdkError::definitions)).
///
/// ```
/// use errcodes::Origin;
/// use errcodes::sdk::SdkError;
///
/// assert_eq!(SdkError::ParamInvalid.origin(), Origin::Published);
/// let Origin::VendorSource(citation) = SdkError::InstanceNotFoundErrCode.origin() else {
///     panic!("a code of the source only")
/// };
/// assert_eq!(citation.repository, "openyuanrong/frontend");
/// assert_eq!(citation.path, "pkg/common/faas_common/statuscode/statuscode.go");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Origin {
    /// On a catalog page the vendor publishes (`codes/published/`).
    Published,
    /// Defined in the vendor's source code, on no published page: the first
    /// definition.
    VendorSource(Citation),
}

impl Origin {
    /// `published` or `vendor-source`, as the command line's JSON output writes it.
    ///
    /// ```
    /// use errcodes::Origin;
    ///
    /// assert_eq!(Origin::Published.as_str(), "published");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            Origin::Published => "published",
            Origin::VendorSource(_) => "vendor-source",
        }
    }

    /// Whether the code is on a published catalog page.
    ///
    /// ```
    /// use errcodes::sdk::SdkError;
    ///
    /// assert!(SdkError::ParamInvalid.origin().is_published());
    /// assert!(!SdkError::InstanceNotFoundErrCode.origin().is_published());
    /// ```
    pub const fn is_published(&self) -> bool {
        matches!(self, Origin::Published)
    }
}

/// Writes `published`, or `vendor source:` and the citation.
///
/// ```
/// use errcodes::sdk::SdkError;
///
/// assert_eq!(SdkError::ParamInvalid.origin().to_string(), "published");
/// assert_eq!(
///     SdkError::InstanceNotFoundErrCode.origin().to_string(),
///     "vendor source: openyuanrong/frontend pkg/common/faas_common/statuscode/statuscode.go:214 @379f8887309b"
/// );
/// ```
impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Published => f.write_str("published"),
            Origin::VendorSource(citation) => write!(f, "vendor source: {citation}"),
        }
    }
}

/// A line of a vendor's repository: where the source defines a code.
///
/// ```
/// use errcodes::sdk::SdkError;
///
/// let definition = &SdkError::ParamInvalid.definitions()[0];
/// let citation = definition.citation();
/// assert_eq!(citation.repository, "openyuanrong/functionsystem");
/// assert_eq!(citation.path, "proto/posix/common.proto");
/// assert_eq!(citation.commit, "41d938ba8152");
/// assert_eq!(citation.line, 35);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub struct Citation {
    /// The GitHub repository, `owner/name`: `openyuanrong/frontend`.
    pub repository: &'static str,
    /// The file in the repository.
    pub path: &'static str,
    /// The commit read (abbreviated, as the source tables give it).
    pub commit: &'static str,
    /// The line of the definition in the file.
    pub line: u32,
}

/// Writes `repository path:line @commit`.
impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}:{} @{}",
            self.repository, self.path, self.line, self.commit
        )
    }
}
