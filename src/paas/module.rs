//! Where a BlueKing PaaS code belongs: its product and its module.

use std::fmt;

/// The BlueKing PaaS product a code belongs to.
///
/// ```
/// use errcodes::paas::{PaasError, Product};
///
/// assert_eq!(PaasError::ArgumentError.product(), Product::OpenPaas);
/// assert_eq!(Product::OpenPaas.to_string(), "BlueKing PaaS 2.x (open_paas)");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Product {
    /// BlueKing PaaS 3.0, its Developer Center apiserver (bkpaas3): codes `43xxxxx`.
    Paas3,
    /// BlueKing PaaS 2.x (open_paas): codes `130xxxx`.
    OpenPaas,
    /// The BlueKing API gateway in front of bkpaas3 and ESB (APISIX and its
    /// plugins): codes `16xxxxx`, sent with their `code_name`.
    ApiGateway,
}

impl Product {
    /// `BlueKing PaaS 3.0 (bkpaas3)`, `BlueKing PaaS 2.x (open_paas)` or
    /// `BlueKing API gateway`.
    ///
    /// ```
    /// assert_eq!(errcodes::paas::Product::Paas3.name(), "BlueKing PaaS 3.0 (bkpaas3)");
    /// ```
    pub const fn name(&self) -> &'static str {
        match self {
            Product::Paas3 => "BlueKing PaaS 3.0 (bkpaas3)",
            Product::OpenPaas => "BlueKing PaaS 2.x (open_paas)",
            Product::ApiGateway => "BlueKing API gateway",
        }
    }
}

/// Writes [`Product::name`].
impl fmt::Display for Product {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

include!("modules.rs");

/// `Module` and its methods, from the list in `modules.rs`.
macro_rules! module_enum {
    ($($(#[$doc:meta])* $variant:ident = ($column:literal, $name:literal, $prefix:literal, $product:ident),)*) => {
        /// The module of a BlueKing PaaS code, which its first four digits name.
        ///
        /// ```
        /// use errcodes::paas::{Module, PaasError};
        ///
        /// assert_eq!(PaasError::ArgumentError.module(), Some(Module::Esb));
        /// assert_eq!(Module::Esb.prefix(), "1306");
        /// ```
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[non_exhaustive]
        pub enum Module {
            $($(#[$doc])* $variant,)*
        }

        impl Module {
            /// Every module, bkpaas3's then open_paas's, in the order of their
            /// prefixes.
            ///
            /// ```
            /// assert_eq!(errcodes::paas::Module::ALL.len(), 10);
            /// ```
            pub const ALL: &'static [Module] = &[$(Module::$variant),*];

            /// The product the module belongs to.
            ///
            /// ```
            /// use errcodes::paas::{Module, Product};
            ///
            /// assert_eq!(Module::SMart.product(), Product::Paas3);
            /// assert_eq!(Module::Login.product(), Product::OpenPaas);
            /// ```
            pub const fn product(&self) -> Product {
                match self {
                    $(Module::$variant => Product::$product,)*
                }
            }

            /// The module's name as the vendor writes it: `deploy`, `S-Mart`, `ESB`,
            /// `paasagent`.
            ///
            /// ```
            /// assert_eq!(errcodes::paas::Module::SMart.name(), "S-Mart");
            /// ```
            pub const fn name(&self) -> &'static str {
                match self {
                    $(Module::$variant => $name,)*
                }
            }

            /// The first four digits of the module's codes.
            ///
            /// ```
            /// assert_eq!(errcodes::paas::Module::Deploy.prefix(), "4311");
            /// ```
            pub const fn prefix(&self) -> &'static str {
                match self {
                    $(Module::$variant => $prefix,)*
                }
            }
        }
    };
}

paas_modules!(module_enum);

/// Writes [`Module::name`].
impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
