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
}

impl Product {
    /// `BlueKing PaaS 3.0 (bkpaas3)` or `BlueKing PaaS 2.x (open_paas)`.
    ///
    /// ```
    /// assert_eq!(errcodes::paas::Product::Paas3.name(), "BlueKing PaaS 3.0 (bkpaas3)");
    /// ```
    pub const fn name(&self) -> &'static str {
        match self {
            Product::Paas3 => "BlueKing PaaS 3.0 (bkpaas3)",
            Product::OpenPaas => "BlueKing PaaS 2.x (open_paas)",
        }
    }
}

/// Writes [`Product::name`].
impl fmt::Display for Product {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The module of a BlueKing PaaS code, which its first four digits name.
///
/// ```
/// use errcodes::paas::{Module, PaasError};
///
/// assert_eq!(PaasError::ArgumentError.module(), Module::Esb);
/// assert_eq!(Module::Esb.prefix(), "1306");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Module {
    /// bkpaas3 deployment: `4311xxx`.
    Deploy,
    /// bkpaas3 source code and repositories: `4312xxx`.
    Source,
    /// bkpaas3 enhanced services: `4313xxx`.
    Service,
    /// bkpaas3 S-Mart application packages: `4314xxx`.
    SMart,
    /// open_paas `paas`, the developer center: `1301xxx`.
    Paas,
    /// open_paas `login`: `1302xxx`.
    Login,
    /// open_paas `console`, the desktop: `1303xxx`.
    Console,
    /// open_paas `appengine`: `1304xxx`.
    AppEngine,
    /// open_paas `paasagent`: `1305xxx`.
    PaasAgent,
    /// open_paas ESB, the API gateway of components: `1306xxx`.
    Esb,
}

impl Module {
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
            Module::Deploy | Module::Source | Module::Service | Module::SMart => Product::Paas3,
            Module::Paas
            | Module::Login
            | Module::Console
            | Module::AppEngine
            | Module::PaasAgent
            | Module::Esb => Product::OpenPaas,
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
            Module::Deploy => "deploy",
            Module::Source => "source",
            Module::Service => "service",
            Module::SMart => "S-Mart",
            Module::Paas => "paas",
            Module::Login => "login",
            Module::Console => "console",
            Module::AppEngine => "appengine",
            Module::PaasAgent => "paasagent",
            Module::Esb => "ESB",
        }
    }

    /// The first four digits of the module's codes.
    ///
    /// ```
    /// assert_eq!(errcodes::paas::Module::Deploy.prefix(), "4311");
    /// ```
    pub const fn prefix(&self) -> &'static str {
        match self {
            Module::Deploy => "4311",
            Module::Source => "4312",
            Module::Service => "4313",
            Module::SMart => "4314",
            Module::Paas => "1301",
            Module::Login => "1302",
            Module::Console => "1303",
            Module::AppEngine => "1304",
            Module::PaasAgent => "1305",
            Module::Esb => "1306",
        }
    }
}

/// Writes [`Module::name`].
impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
