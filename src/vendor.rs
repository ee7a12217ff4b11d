//! The platforms whose catalogs the crate carries.

use std::fmt;
use std::str::FromStr;

/// `Vendor` and its names, from the list of platforms.
macro_rules! vendor_enum {
    ($(
        $(#[$doc:meta])*
        $id:ident: $variant:ident($enum:ident) =
            ($feature:literal, $name:literal, $full_name:literal, $expecting:literal, $shape:ident),
    )*) => {
        /// A platform whose error codes the crate knows, one per enum.
        ///
        /// ```
        /// use errcodes::Vendor;
        ///
        /// let vendor: Vendor = "cci".parse()?;
        /// assert_eq!(vendor, Vendor::Cci);
        /// assert_eq!(vendor.to_string(), "CCI");
        /// # Ok::<(), errcodes::ParseVendorError>(())
        /// ```
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[non_exhaustive]
        pub enum Vendor {
            $($(#[$doc])* $variant,)*
        }

        impl Vendor {
            /// Every vendor, in the order of this enum.
            ///
            /// ```
            /// assert_eq!(errcodes::Vendor::ALL.len(), 4);
            /// ```
            pub const ALL: &'static [Vendor] = &[$(Vendor::$variant),*];

            /// The identifier of the vendor: its module name, `paas`, `cci`, `sdk` or
            /// `koupleless`, as the command line and JSON output use it.
            ///
            /// ```
            /// assert_eq!(errcodes::Vendor::Sdk.as_str(), "sdk");
            /// ```
            pub const fn as_str(&self) -> &'static str {
                match self {
                    $(Vendor::$variant => $feature,)*
                }
            }

            /// The short name of the platform, as error messages use it.
            ///
            /// ```
            /// assert_eq!(errcodes::Vendor::Sdk.name(), "openYuanrong");
            /// ```
            pub const fn name(&self) -> &'static str {
                match self {
                    $(Vendor::$variant => $name,)*
                }
            }

            /// The full name of the platform and its vendor.
            ///
            /// ```
            /// assert_eq!(errcodes::Vendor::Cci.full_name(), "Huawei Cloud CCI (Cloud Container Instance)");
            /// ```
            pub const fn full_name(&self) -> &'static str {
                match self {
                    $(Vendor::$variant => $full_name,)*
                }
            }
        }
    };
}

platforms!(vendor_enum);

/// Writes [`Vendor::name`].
impl fmt::Display for Vendor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Parses [`Vendor::as_str`], in any ASCII case.
impl FromStr for Vendor {
    type Err = ParseVendorError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Vendor::ALL
            .iter()
            .copied()
            .find(|vendor| vendor.as_str().eq_ignore_ascii_case(s.trim_ascii()))
            .ok_or_else(|| ParseVendorError {
                input: s.to_owned(),
            })
    }
}

/// The error of parsing a [`Vendor`]: the input is not `paas`, `cci`, `sdk` or
/// `koupleless`.
///
/// ```
/// let error = "aws".parse::<errcodes::Vendor>().unwrap_err();
/// assert_eq!(error.to_string(), r#"unknown vendor "aws": expected paas, cci, sdk or koupleless"#);
/// ```
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[error("unknown vendor {input:?}: expected {}", crate::PLATFORM_IDS)]
pub struct ParseVendorError {
    input: String,
}

impl ParseVendorError {
    /// The text that did not name a vendor.
    ///
    /// ```
    /// let error = "aws".parse::<errcodes::Vendor>().unwrap_err();
    /// assert_eq!(error.input(), "aws");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }
}
