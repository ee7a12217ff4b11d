//! Where each code's HTTP status comes from.

/// Where the HTTP status of a code comes from: the vendor's catalog, the vendor's
/// source code, or, where the vendor gives no rule, this crate.
///
/// Only Huawei Cloud CCI publishes a status per code. The others send statuses
/// that do not follow from the code (BlueKing ESB answers 200 for every error);
/// where no vendor rule exists, the crate chooses one and says so here.
///
/// ```
/// use errcodes::StatusOrigin;
/// use errcodes::paas::PaasError;
///
/// assert_eq!(PaasError::ArgumentError.status_origin(), StatusOrigin::VendorSource);
/// assert_eq!(PaasError::PaasBaseDatabaseError.status_origin(), StatusOrigin::Crate);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum StatusOrigin {
    /// The vendor's catalog publishes the status with the code (CCI).
    Published,
    /// The vendor's source code sends the code with this status (bkpaas3, ESB,
    /// part of openYuanrong's REST API).
    VendorSource,
    /// The vendor gives no rule; the status is this crate's choice, documented on
    /// each platform's module.
    Crate,
}

impl StatusOrigin {
    /// `published`, `vendor-source` or `crate`, as the command line's JSON output
    /// writes it.
    ///
    /// ```
    /// assert_eq!(errcodes::StatusOrigin::Crate.as_str(), "crate");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            StatusOrigin::Published => "published",
            StatusOrigin::VendorSource => "vendor-source",
            StatusOrigin::Crate => "crate",
        }
    }

    /// Whether the status comes from the vendor, published or in its source.
    ///
    /// ```
    /// assert!(errcodes::StatusOrigin::Published.is_vendors());
    /// assert!(!errcodes::StatusOrigin::Crate.is_vendors());
    /// ```
    pub const fn is_vendors(&self) -> bool {
        !matches!(self, StatusOrigin::Crate)
    }
}

/// The status `code` as a constant: the generated tables call this in `static`
/// initializers, so an invalid code would stop compilation, never a program
/// (`build.rs` rejects one before that).
pub(crate) const fn from_u16(code: u16) -> http::StatusCode {
    match http::StatusCode::from_u16(code) {
        Ok(status) => status,
        Err(_) => panic!("build.rs admits only statuses from 100 to 999"),
    }
}
