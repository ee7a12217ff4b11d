//! Tencent BlueKing PaaS error codes: PaaS 3.0 (bkpaas3), the older 2.x
//! (open_paas, with its API gateway ESB), and the BlueKing API gateway in front
//! of them.
//!
//! [`PaasError`] has one variant per row of the two published catalogs:
//!
//! - bkpaas3 (`43xxxxx`, 32 codes): English messages, and troubleshooting steps for
//!   4313021 and 4313022 ([`PaasError::solution`]). The service sends the vendor's
//!   symbolic name (`CANNOT_DEPLOY_APP`, [`PaasError::vendor_name`]) in the body
//!   and the number in the `bkapi-error-code-num` header, with HTTP 400, or 404 for
//!   4311007 `CHANNEL_NOT_FOUND`. The Chinese originals of the messages, from the
//!   vendor's source, are in [`PaasError::message_zh`].
//! - open_paas (`130xxxx`, 69 codes): Chinese meanings and solutions, and the flags
//!   (`E1301002_BASE_DATABASE_ERROR`) of modules 1301 to 1305. ESB (`1306xxx`)
//!   publishes no flags; its names (`ARGUMENT_ERROR`) and English texts come from
//!   the vendor's source ([`PaasError::message_en`]). ESB answers HTTP 200 for
//!   every error, with `result: false` in the body.
//!
//! Then one variant per code that the sources of bkpaas3 and ESB define and no
//! page publishes, read from the crate's copies of their source tables under
//! `codes/vendor-source/`, each row cited by repository, file, commit and line:
//!
//! - bkpaas3's source: 159 codes (`bkpaas3-source-codes.tsv`, every `ErrorCode`
//!   of blueking-paas's apiserver, and the three wire codes its exception
//!   handler writes as string literals, in the next item). bkpaas3 sends the
//!   name as the body's `code` (`APP_NOT_FOUND`), which is the code's
//!   [`PaasError::code`] where the code has no number (157 of them: [`PaasError::number`] and
//!   [`PaasError::module`] are `None`); two have one (`4311009`
//!   `SVR_VERSION_CHECK_FAILED`, `4312012` `CANNOT_COMMIT_TO_REPOSITORY`). The
//!   message is the English the server sends (the `msgstr` of its `django.po`),
//!   the Chinese original is [`PaasError::message_zh`], the status the
//!   `ErrorCode`'s own (400 unless it sets another: 403, 404, 408, 409, 413,
//!   415, 500, 502, 503).
//! - bkpaas3's literal wire codes: `VALIDATION_ERROR`
//!   ([`PaasError::ValidationError`]), `ERROR` ([`PaasError::Error`]) and
//!   `Unauthorized` ([`PaasError::UnauthorizedInBkpaas3`]), the codes of most
//!   of bkpaas3's error bodies. Its exception handler (`custom_exception_handler`
//!   in `paasng/utils/views.py`, the `EXCEPTION_HANDLER` its settings install)
//!   writes them as string literals, so no `ErrorCode` and no vendor table
//!   defines them: `codes/paas-wire-literals.tsv` is **the crate's reading** of
//!   that handler, each row cited by line, its texts the source's, verbatim.
//!   `Unauthorized` comes with HTTP 401 and its own Chinese detail;
//!   `VALIDATION_ERROR` and `ERROR` with the status of the exception the
//!   handler answers, so the crate gives them Django REST framework's default
//!   (400 for `ValidationError`, 500 for `APIException`:
//!   [`StatusOrigin::Crate`]); a body's own status is the one to act on.
//!   `Unauthorized` is also the gateway's `code_name` `UNAUTHORIZED` (1640100,
//!   [`PaasError::Unauthorized`]): a bare parse answers neither,
//!   [`PaasError::parse_in`] in [`Scope::Bkpaas3`] finds bkpaas3's, and a body
//!   of any shape but the gateway's types it as bkpaas3's.
//! - ESB's source: 3 codes (`1306207` `REQUEST_BLOCKED`, `1306221` `REQUEST_JOB_ERROR`,
//!   and `1306408` `APIGW_ERROR`, which the ESB inside blueking-apigateway sends
//!   when the gateway's JWT fails verification): `esb-source-codes.tsv`, the ESB
//!   of legacy-bk-paas, and `esb-in-apigateway-source-codes.tsv`, the ESB
//!   BlueKing ships today.
//! - The API gateway's source: 26 codes (`bk-apigateway-codes.tsv`, the errors
//!   the gateway's APISIX plugins build in blueking-apigateway-apisix's
//!   `errorx.lua`): numbers `16xxxxx` of no [`Module`], [`Product::ApiGateway`],
//!   [`Scope::ApiGateway`], each with the `code_name` the gateway's body sends
//!   beside it ([`PaasError::vendor_name`]), the English it sends, and its own
//!   HTTP status. Two codes share the number `1640302` (`CROSS_TENANT_FORBIDDEN`,
//!   `IP_NOT_ALLOWED`): a parse of the number, bare or in its scope, is the
//!   ambiguity error with both ([`ParseCodeError::is_ambiguous`],
//!   [`ParseCodeError::paas_candidates`]), and each `code_name` parses alone.
//!   Three share the `code_name` `RATE_LIMIT_RESTRICTION` (1642901–1642903),
//!   which is also ESB's published name of 1306429: a bare parse of it answers
//!   ESB's published code, a parse in [`Scope::ApiGateway`] is ambiguous, and
//!   each number parses. [`PaasError::from_gateway`] resolves the pair the
//!   gateway's body carries, and `ApiError` reads the gateway's body with it.
//!   [`PaasError::matching`] lists every code a key names.
//!
//! [`PaasError::origin`] tells a published code from one of the source, and
//! [`PaasError::definitions`] lists every definition of a code in the sources, a
//! published code's too, with its texts as the source has them: the server's
//! English for the 32 published bkpaas3 codes, which differs from the page's
//! on 22 of them, stays there, and the page's text stays the message. Each
//! definition has its [`Scope`]; [`PaasError::parse_in`] parses a code as one
//! scope defines it. The names the newer ESB copy gives two published codes
//! (`HOST_NOT_FOUND` for 1306206, `REQUEST_DEST_METHOD_ERROR` for 1306209)
//! parse to them.
//!
//! [`PaasError::product`] and [`PaasError::module`] tell where a code belongs.
//!
//! # Statuses the crate chooses
//! The codes of open_paas modules 1301 to 1305 (developer center, login, console,
//! appengine, paasagent) appear mostly in logs and health checks, and the vendor
//! gives them no HTTP status. The crate gives them **500 Internal Server Error**,
//! as each reports a failure of the platform or its dependencies (database,
//! configuration, agents); [`PaasError::status_origin`] is
//! [`StatusOrigin::Crate`] for them.
//!
//! A code of the source only takes the status its definition sets (bkpaas3's
//! `status_code`; ESB `errors.py`: 200; the gateway's own); `1306221`, defined
//! only in ESB's `bkerrors.py` as a log line prefix, sets none, and the crate
//! gives it **200**, as ESB answers every error ([`StatusOrigin::Crate`]). The
//! gateway's `1650070` `UNKNOWN_ERROR` takes the status its caller passes (500
//! when that is no number): the crate gives it **500**, as for the other
//! failures of the platform ([`StatusOrigin::Crate`]). bkpaas3's literal
//! `VALIDATION_ERROR` and `ERROR` take the status of the exception its handler
//! answers: the crate gives Django REST framework's defaults, **400**
//! (`ValidationError`) and **500** (`APIException`) ([`StatusOrigin::Crate`]).
//!
//! ```
//! use errcodes::paas::{Module, PaasError, Product, Scope};
//! use http::StatusCode;
//!
//! let error: PaasError = "1306406".parse()?;
//! assert_eq!(error, PaasError::ArgumentError);
//! assert_eq!(error.module(), Some(Module::Esb));
//! assert_eq!(error.product(), Product::OpenPaas);
//! assert_eq!(error.http_status(), StatusCode::OK);
//! assert_eq!(error.message(), "参数错误");
//! assert_eq!(error.message_en(), Some("Parameters error"));
//!
//! // The symbolic name that bkpaas3 puts in its body parses too.
//! assert_eq!("CANNOT_DEPLOY_APP".parse::<PaasError>()?.number(), Some(4311003));
//!
//! // A code of bkpaas3's source, with the status and the English it sends.
//! let error: PaasError = "APP_NOT_FOUND".parse()?;
//! assert_eq!(error.number(), None);
//! assert_eq!(error.message(), "application does not exist");
//! assert_eq!(error.message_zh(), Some("应用不存在"));
//! assert!(!error.origin().is_published());
//! assert_eq!(PaasError::parse_in(Scope::Bkpaas3, "app_not_found")?, error);
//! # Ok::<(), errcodes::ParseCodeError>(())
//! ```

#[cfg(feature = "json")]
mod body;
mod module;
mod source;

use std::str::FromStr;

#[cfg(feature = "json")]
pub use body::{
    ApiError, ERROR_CODE_HEADER, ERROR_CODE_NUM_HEADER, GATEWAY_CODE_HEADER,
    GATEWAY_MESSAGE_HEADER, GATEWAY_REQUEST_ID_HEADER, REQUEST_ID_HEADER, Shape,
};
pub use module::{Module, Product};
pub use source::{Definition, ParseScopeError, Scope};

use crate::{Citation, ParseCodeError, StatusOrigin, Vendor};

/// A row of `codes/paas.tsv`, or an ESB code of `codes/paas-source.tsv`, as
/// `build.rs` generates it into `ROWS`.
pub(crate) struct Row {
    code: &'static str,
    /// `code: message`, what `Display` writes.
    display: &'static str,
    product: Product,
    /// `None` for a bkpaas3 code without a number: modules are number ranges.
    module: Option<Module>,
    status: http::StatusCode,
    status_origin: StatusOrigin,
    /// The published flag first (open_paas 1301–1305), then names from the
    /// vendor's source (bkpaas3 and ESB).
    vendor_names: &'static [&'static str],
    flag: Option<&'static str>,
    /// The published message; for a code of the source only, its English text.
    message: &'static str,
    solution: Option<&'static str>,
    /// The message in the other language, from the vendor's source: Chinese for
    /// bkpaas3 (a code of its source only included), English for published ESB
    /// codes; `None` for ESB codes of the source only.
    source_message: Option<&'static str>,
    /// ESB's English solution, from the vendor's source.
    source_solution: Option<&'static str>,
    crate_note: Option<&'static str>,
    /// Whether a published catalog lists the code.
    published: bool,
    definitions: &'static [Definition],
}

/// One row of the generated table: code, product, module, status and its
/// origin, vendor names, flag, message, solution, source message, source
/// solution, crate note, whether it is published, the source's definitions.
macro_rules! row {
    (
        $code:literal, $product:ident, $module:expr, $status:literal, $origin:ident, [$($name:literal),*],
        $flag:expr, $message:literal, $solution:expr, $source_message:expr,
        $source_solution:expr, $crate_note:expr, $published:literal, [$($definition:expr),*]
    ) => {
        Row {
            code: $code,
            display: concat!($code, ": ", $message),
            product: Product::$product,
            module: $module,
            status: crate::status::from_u16($status),
            status_origin: StatusOrigin::$origin,
            vendor_names: &[$($name),*],
            flag: $flag,
            message: $message,
            solution: $solution,
            source_message: $source_message,
            source_solution: $source_solution,
            crate_note: $crate_note,
            published: $published,
            definitions: &[$($definition),*],
        }
    };
}

/// One definition of the source: scope, name, number, Chinese and English
/// messages, status, English solution, repository, path, commit, line, the
/// copied table and the line in it.
macro_rules! definition {
    (
        $scope:ident, $name:literal, $number:expr, $message_zh:expr, $message_en:expr,
        $status:expr, $solution_en:expr, $repository:literal, $path:literal, $commit:literal,
        $line:literal, $table:literal, $table_line:literal
    ) => {
        Definition {
            scope: Scope::$scope,
            name: $name,
            number: $number,
            message_zh: $message_zh,
            message_en: $message_en,
            http_status: $status,
            solution_en: $solution_en,
            citation: Citation {
                repository: $repository,
                path: $path,
                commit: $commit,
                line: $line,
            },
            table: $table,
            table_line: $table_line,
        }
    };
}

/// The generated `SHARED`, one row a key: scope (`None`: bare), key, whether
/// it is ambiguous, the codes.
macro_rules! shared {
    (
        $(#[$doc:meta])*
        static $name:ident: [Shared; $len:literal] = [
            $(($scope:expr, $key:literal, $ambiguous:literal, [$($code:ident),*]),)*
        ];
    ) => {
        $(#[$doc])*
        static $name: [Shared; $len] = [$(Shared {
            scope: $scope,
            key: $key,
            ambiguous: $ambiguous,
            codes: &[$(PaasError::$code),*],
        }),*];
    };
}

/// A key (a number or a name, upper case) that names several codes: bare (no
/// scope), or within one scope; `ambiguous` when a parse answers none of them.
struct Shared {
    scope: Option<Scope>,
    key: &'static str,
    ambiguous: bool,
    codes: &'static [PaasError],
}

include!(concat!(env!("OUT_DIR"), "/paas.rs"));
// Kind, retry advice and texts by language (`codes/meanings/paas.tsv`).
include!(concat!(env!("OUT_DIR"), "/paas_meanings.rs"));
crate::meaning::meaning_accessors!(PaasError, "paas", "CannotGetDeployment");

impl PaasError {
    /// Every code, in the order of the published catalogs (bkpaas3, then
    /// open_paas), then the codes of the source only, in the order of
    /// `codes/paas-source.tsv` (bkpaas3, ESB, then the API gateway).
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::ALL.len(), 289);
    /// assert_eq!(PaasError::ALL[0].code(), "4311001");
    /// assert!(PaasError::ALL[101..].iter().all(|e| !e.origin().is_published()));
    /// ```
    pub const ALL: &'static [PaasError] = <PaasError as strum::VariantArray>::VARIANTS;

    const fn row(&self) -> &'static Row {
        &ROWS[*self as usize]
    }

    /// The code as the platform writes it: seven digits, or, for a bkpaas3 code
    /// of its source without a number, the name bkpaas3 sends as its `code`.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::CannotDeployApp.code(), "4311003");
    /// assert_eq!(PaasError::AppNotFound.code(), "APP_NOT_FOUND");
    /// ```
    pub const fn code(&self) -> &'static str {
        self.row().code
    }

    /// The code as a number, as ESB sends it in `code` and bkpaas3 in
    /// `bkapi-error-code-num`; `None` for a bkpaas3 code of its source that has
    /// no number (its `ErrorCode` sets no `code_num`: bkpaas3 sends only the
    /// name, [`PaasError::code`]).
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::ArgumentError.number(), Some(1306406));
    /// assert_eq!(PaasError::AppNotFound.number(), None);
    /// ```
    pub const fn number(&self) -> Option<u32> {
        // No code of BlueKing PaaS is 0: the generator writes 0 for none.
        match NUMBERS[*self as usize] {
            0 => None,
            number => Some(number),
        }
    }

    /// The name of the variant: `CannotDeployApp`.
    ///
    /// ```
    /// assert_eq!(errcodes::paas::PaasError::CannotDeployApp.name(), "CannotDeployApp");
    /// ```
    pub const fn name(&self) -> &'static str {
        <PaasError as strum::VariantNames>::VARIANTS[*self as usize]
    }

    /// The vendor's symbolic name: the name bkpaas3 sends as its `code`
    /// (`CANNOT_DEPLOY_APP`), the published flag of open_paas 1301–1305
    /// (`E1301002_BASE_DATABASE_ERROR`), or ESB's name in its source
    /// (`ARGUMENT_ERROR`).
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::CannotDeployApp.vendor_name(), Some("CANNOT_DEPLOY_APP"));
    /// assert_eq!(PaasError::PaasBaseDatabaseError.vendor_name(), Some("E1301002_BASE_DATABASE_ERROR"));
    /// assert_eq!(PaasError::ArgumentError.vendor_name(), Some("ARGUMENT_ERROR"));
    /// ```
    pub const fn vendor_name(&self) -> Option<&'static str> {
        match self.row().vendor_names {
            [name, ..] => Some(name),
            [] => None,
        }
    }

    /// Every vendor name of the code: the published flag, then the names of the
    /// vendor's source; [`PaasError::vendor_name`] is the first of them.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::CannotDeployApp.vendor_names(), ["CANNOT_DEPLOY_APP"]);
    /// assert!(PaasError::CannotDeployApp.vendor_names().iter().all(|n| n.parse() == Ok(PaasError::CannotDeployApp)));
    /// ```
    pub const fn vendor_names(&self) -> &'static [&'static str] {
        self.row().vendor_names
    }

    /// The published flag (错误码标志) of an open_paas code; `None` for bkpaas3,
    /// which has no such column, and for ESB, whose rows publish `_`.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::LoginBaseLicenseError.flag(), Some("E1302005_BASE_LICENSE_ERROR"));
    /// assert_eq!(PaasError::ArgumentError.flag(), None);
    /// ```
    pub const fn flag(&self) -> Option<&'static str> {
        self.row().flag
    }

    /// The published message: English for bkpaas3 (its Description), Chinese for
    /// open_paas (错误码含义). For a code of the source only, the English its
    /// server sends; where the source has none, the text it sends untranslated
    /// (bkpaas3's source string), else the vendor's name.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::CannotDeployApp.message(), "Deployment failed");
    /// assert_eq!(PaasError::RateLimitRestriction.message(), "访问组件频率超限");
    /// assert_eq!(PaasError::AppNotFound.message(), "application does not exist");
    /// assert_eq!(PaasError::CannotGetClusterStatus.message(), "无法获取集群状态");
    /// ```
    pub const fn message(&self) -> &'static str {
        self.row().message
    }

    /// The message in English: bkpaas3's published message, ESB's English text
    /// from the vendor's source, or, for a code of the source only, the English
    /// its server sends (bkpaas3's `django.po`); `None` for open_paas 1301–1305,
    /// and for the bkpaas3 codes of the source whose text its `django.po` does
    /// not translate.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::CannotDeployApp.message_en(), Some("Deployment failed"));
    /// assert_eq!(PaasError::ArgumentError.message_en(), Some("Parameters error"));
    /// assert_eq!(PaasError::PaasDefaultCode.message_en(), None);
    /// assert_eq!(PaasError::ApigwError.message_en(), Some("APIGateway JWT verification failed"));
    /// assert_eq!(PaasError::AppNotFound.message_en(), Some("application does not exist"));
    /// assert_eq!(PaasError::CannotGetClusterStatus.message_en(), None);
    /// ```
    pub const fn message_en(&self) -> Option<&'static str> {
        match (self.row().published, self.product()) {
            (true, Product::Paas3) => Some(self.row().message),
            // No page publishes a code of the gateway.
            (true, Product::OpenPaas | Product::ApiGateway) => self.row().source_message,
            (false, _) => {
                // The first English text of its definitions, as the generator
                // took the message from.
                let definitions = self.row().definitions;
                let mut at = 0;
                while at < definitions.len() {
                    if let Some(text) = definitions[at].message_en {
                        return Some(text);
                    }
                    at += 1;
                }
                None
            }
        }
    }

    /// The message in Chinese: open_paas's published meaning, or the Chinese
    /// original of a bkpaas3 message from the vendor's source; `None` for the
    /// ESB codes of the source only, whose source is English only, and for the
    /// bkpaas3 codes whose source text is English (`INVALID_MRES`).
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::CannotDeployApp.message_zh(), Some("部署失败"));
    /// assert_eq!(PaasError::ArgumentError.message_zh(), Some("参数错误"));
    /// assert_eq!(PaasError::ApigwError.message_zh(), None);
    /// assert_eq!(PaasError::AppNotFound.message_zh(), Some("应用不存在"));
    /// assert_eq!(PaasError::InvalidMres.message_zh(), None);
    /// ```
    pub const fn message_zh(&self) -> Option<&'static str> {
        match (self.row().published, self.product()) {
            (false, _) | (true, Product::Paas3 | Product::ApiGateway) => self.row().source_message,
            (true, Product::OpenPaas) => Some(self.row().message),
        }
    }

    /// The published solution: open_paas's 处理方案, or bkpaas3's troubleshooting
    /// steps (4313021 and 4313022, Markdown as published). `None` for other bkpaas3
    /// codes, which publish none.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::ArgumentError.solution(), Some("参数错误，请参考组件文档，修改请求参数"));
    /// assert!(PaasError::ResourcePoolIsEmpty.solution().unwrap().contains("troubleshooting steps"));
    /// assert_eq!(PaasError::CannotDeployApp.solution(), None);
    /// ```
    pub const fn solution(&self) -> Option<&'static str> {
        self.row().solution
    }

    /// The solution in English: bkpaas3's troubleshooting steps, or ESB's English
    /// solution from the vendor's source where it has one.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(
    ///     PaasError::RedisConnectionError.solution_en(),
    ///     Some("Check if the redis configuration is correct and if the service is normal")
    /// );
    /// assert_eq!(PaasError::ArgumentError.solution_en(), None);
    /// assert_eq!(PaasError::RequestJobError.solution_en(), Some("Check if the JOB system interface is normal"));
    /// ```
    pub const fn solution_en(&self) -> Option<&'static str> {
        match (self.row().published, self.product()) {
            (true, Product::Paas3) => self.row().solution,
            _ => self.row().source_solution,
        }
    }

    /// A note by this crate on how it reads a quirk of the published row (never
    /// vendor text): a cell cut off, or two texts in one cell.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert!(PaasError::RateLimitRestriction.crate_note().unwrap().contains("cut off"));
    /// assert_eq!(PaasError::ArgumentError.crate_note(), None);
    /// ```
    pub const fn crate_note(&self) -> Option<&'static str> {
        self.row().crate_note
    }

    /// The module the code belongs to, from its number's prefix; `None` for a
    /// code no module range holds: a bkpaas3 code of its source without a
    /// number, and the API gateway's `16xxxxx` codes.
    ///
    /// ```
    /// use errcodes::paas::{Module, PaasError};
    ///
    /// assert_eq!(PaasError::CannotBindRepo.module(), Some(Module::Source));
    /// assert_eq!(PaasError::SvrVersionCheckFailed.module(), Some(Module::Deploy));
    /// assert_eq!(PaasError::AppNotFound.module(), None);
    /// assert_eq!(PaasError::IpNotAllowed.module(), None);
    /// ```
    pub const fn module(&self) -> Option<Module> {
        self.row().module
    }

    /// The product the code belongs to: bkpaas3 or open_paas.
    ///
    /// ```
    /// use errcodes::paas::{PaasError, Product};
    ///
    /// assert_eq!(PaasError::CannotBindRepo.product(), Product::Paas3);
    /// assert_eq!(PaasError::AppNotFound.product(), Product::Paas3);
    /// ```
    pub const fn product(&self) -> Product {
        self.row().product
    }

    /// The HTTP status the platform sends with the code; see
    /// [`PaasError::status_origin`] and the [module documentation](self) for
    /// where each comes from.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    /// use http::StatusCode;
    ///
    /// assert_eq!(PaasError::CannotDeployApp.http_status(), StatusCode::BAD_REQUEST);
    /// assert_eq!(PaasError::ChannelNotFound.http_status(), StatusCode::NOT_FOUND);
    /// assert_eq!(PaasError::RateLimitRestriction.http_status(), StatusCode::OK);
    /// ```
    pub const fn http_status(&self) -> http::StatusCode {
        self.row().status
    }

    /// Where [`PaasError::http_status`] comes from: the vendor's source code for
    /// bkpaas3 and ESB, the crate for open_paas 1301–1305.
    ///
    /// ```
    /// use errcodes::StatusOrigin;
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::CannotDeployApp.status_origin(), StatusOrigin::VendorSource);
    /// assert_eq!(PaasError::PaasDefaultCode.status_origin(), StatusOrigin::Crate);
    /// ```
    pub const fn status_origin(&self) -> StatusOrigin {
        self.row().status_origin
    }

    /// Where the code comes from: a published catalog (bkpaas3 or open_paas),
    /// or, for the codes no page lists, their first definition in the vendor's
    /// source.
    ///
    /// ```
    /// use errcodes::Origin;
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::ArgumentError.origin(), Origin::Published);
    /// let Origin::VendorSource(citation) = PaasError::RequestBlocked.origin() else {
    ///     panic!("a code of the source only")
    /// };
    /// assert_eq!(citation.repository, "TencentBlueKing/legacy-bk-paas");
    /// assert_eq!(citation.line, 164);
    /// ```
    pub const fn origin(&self) -> crate::Origin {
        match (self.row().published, self.row().definitions) {
            (false, [first, ..]) => crate::Origin::VendorSource(first.citation),
            _ => crate::Origin::Published,
        }
    }

    /// Every definition of the code in the sources of bkpaas3 and ESB, in the
    /// order of `codes/paas-source.tsv` (bkpaas3; ESB of legacy-bk-paas, then of
    /// blueking-apigateway): a published code's too (its texts stay the
    /// published ones; the source's are here), and none for a code the source
    /// tables do not define (open_paas 1301–1305).
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// // Defined twice in each ESB copy: a log line prefix in bkerrors.py, the
    /// // body's message in errors.py.
    /// assert_eq!(PaasError::RequestThirdPartyError.definitions().len(), 4);
    /// // The page's English and the server's differ.
    /// let definition = &PaasError::CannotBindService.definitions()[0];
    /// assert_eq!(PaasError::CannotBindService.message(), "Enhanced service binding failed");
    /// assert_eq!(definition.message_en(), Some("Add-ons binding failure"));
    /// assert!(PaasError::PaasDefaultCode.definitions().is_empty());
    /// ```
    pub const fn definitions(&self) -> &'static [Definition] {
        self.row().definitions
    }

    /// The scope of the code's first definition in the sources; `None` for a
    /// code the source tables do not define (open_paas 1301–1305).
    ///
    /// ```
    /// use errcodes::paas::{PaasError, Scope};
    ///
    /// assert_eq!(PaasError::AppNotFound.scope(), Some(Scope::Bkpaas3));
    /// assert_eq!(PaasError::CannotDeployApp.scope(), Some(Scope::Bkpaas3));
    /// assert_eq!(PaasError::ArgumentError.scope(), Some(Scope::Esb));
    /// assert_eq!(PaasError::PaasDefaultCode.scope(), None);
    /// ```
    pub const fn scope(&self) -> Option<Scope> {
        match self.row().definitions {
            [first, ..] => Some(first.scope),
            [] => None,
        }
    }

    /// Every code that `input` names, in table order (published codes first):
    /// one for most input, several for a key that several codes share (the
    /// API gateway's `1640302`, and `RATE_LIMIT_RESTRICTION`, ESB's published
    /// name that the gateway's three rate limits send as their `code_name`),
    /// none for input that names no code. [`FromStr`] answers only where this
    /// is one code, or one of them is published.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::matching("APP_NOT_FOUND"), [PaasError::AppNotFound]);
    /// assert_eq!(
    ///     PaasError::matching("1640302"),
    ///     [PaasError::CrossTenantForbidden, PaasError::IpNotAllowed]
    /// );
    /// assert_eq!(PaasError::matching("rate_limit_restriction").len(), 4);
    /// assert!(PaasError::matching("nope").is_empty());
    /// ```
    pub fn matching(input: &str) -> &'static [PaasError] {
        if let Some(index) = PaasError::shared(None, input) {
            return SHARED[index].codes;
        }
        match PaasError::find(input) {
            Some(error) => std::slice::from_ref(&PaasError::ALL[error as usize]),
            None => &[],
        }
    }

    /// The index in `SHARED` of the entry for `input` in `scope` (`None`:
    /// bare), compared without ASCII case, white space around it ignored: the
    /// index is what a [`ParseCodeError`] keeps. A handful of entries, read
    /// by [`PaasError::matching`] and [`PaasError::parse_in`].
    fn shared(scope: Option<Scope>, input: &str) -> Option<usize> {
        let trimmed = input.trim_ascii();
        SHARED
            .iter()
            .position(|s| s.scope == scope && s.key.eq_ignore_ascii_case(trimmed))
    }

    /// The codes of an entry of `SHARED` and its scope, for [`ParseCodeError`];
    /// an index no entry has (no error the crate builds keeps one) has none.
    pub(crate) fn shared_codes(index: usize) -> (Option<Scope>, &'static [PaasError]) {
        SHARED
            .get(index)
            .map_or((None, &[]), |s| (s.scope, s.codes))
    }

    /// The ambiguity error of `input`, if it is a key several codes share with
    /// none published or more than one of them.
    pub(crate) fn ambiguity(input: &str) -> Option<ParseCodeError> {
        let index = PaasError::ambiguous_entry(input)?;
        Some(ParseCodeError::paas_ambiguous(index, input))
    }

    /// The entry of `SHARED` that makes `input` ambiguous bare. A miss of the
    /// bare parse asks here before it builds its error: the length of the
    /// input rules out nearly every miss in a few instructions, and the entry
    /// is an index, so the error is built once, where it is returned.
    #[inline]
    fn ambiguous_entry(input: &str) -> Option<usize> {
        // Trimming costs a loop; only input with white space at an end needs
        // it, and takes the slow path.
        let bytes = input.as_bytes();
        let padded = bytes.first().is_some_and(u8::is_ascii_whitespace)
            || bytes.last().is_some_and(u8::is_ascii_whitespace);
        let length = bytes.len();
        if !padded && (length >= 64 || AMBIGUOUS_LENGTHS >> length & 1 == 0) {
            return None;
        }
        PaasError::ambiguous_entry_of(input)
    }

    #[cold]
    #[inline(never)]
    fn ambiguous_entry_of(input: &str) -> Option<usize> {
        let trimmed = input.trim_ascii();
        SHARED
            .iter()
            .position(|s| s.ambiguous && s.scope.is_none() && s.key.eq_ignore_ascii_case(trimmed))
    }

    /// The code the API gateway means by the pair its body carries, `code`
    /// and `code_name` (compared without ASCII case): the pair tells apart
    /// the two codes the gateway numbers `1640302`, and the three it names
    /// `RATE_LIMIT_RESTRICTION`, which neither key alone does.
    ///
    /// `None` when no definition of the gateway's source has this number with
    /// this name: a code of a newer gateway, or a pair of another system.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::from_gateway(1640302, "IP_NOT_ALLOWED"), Some(PaasError::IpNotAllowed));
    /// assert_eq!(
    ///     PaasError::from_gateway(1640302, "CROSS_TENANT_FORBIDDEN"),
    ///     Some(PaasError::CrossTenantForbidden)
    /// );
    /// assert_eq!(
    ///     PaasError::from_gateway(1642902, "RATE_LIMIT_RESTRICTION"),
    ///     Some(PaasError::StageStrategyRateLimitRestriction)
    /// );
    /// assert_eq!(PaasError::from_gateway(1640302, "INVALID_ARGS"), None);
    /// assert_eq!(PaasError::from_gateway(1306429, "RATE_LIMIT_RESTRICTION"), None);
    /// ```
    pub fn from_gateway(code: u32, code_name: &str) -> Option<PaasError> {
        let is_pair = |d: &Definition| {
            d.scope == Scope::ApiGateway
                && d.number == Some(code)
                && d.name.eq_ignore_ascii_case(code_name)
        };
        // The number's few codes, from the index, not every row: one read per
        // gateway body.
        PaasError::with_number(code)
            .iter()
            .find(|e| e.definitions().iter().any(is_pair))
            .copied()
    }

    /// The codes with `number`: the entry of `SHARED` for it (the gateway's
    /// `1640302`), else the one the number index finds, else none.
    fn with_number(number: u32) -> &'static [PaasError] {
        let shared = SHARED.iter().find(|s| {
            s.scope.is_none() && crate::lookup::key::decimal(s.key.as_bytes()) == Some(number)
        });
        match (shared, PaasError::from_number(number)) {
            (Some(shared), _) => shared.codes,
            (None, Some(error)) => std::slice::from_ref(&PaasError::ALL[error as usize]),
            (None, None) => &[],
        }
    }

    /// Parses a code as `scope` defines it: its number, or the name of one of
    /// its definitions in that scope (bkpaas3's wire code, ESB's name, the
    /// gateway's `code_name`), in any ASCII case, white space around it
    /// ignored.
    ///
    /// # Errors
    /// [`ParseCodeError`] when no definition of `scope` has the code (open_paas
    /// 1301–1305 are in no scope: the sources define none of them), or when
    /// several codes of the scope have it ([`ParseCodeError::is_ambiguous`]):
    /// the gateway's `1640302` and `RATE_LIMIT_RESTRICTION`, which
    /// [`PaasError::from_gateway`] tells apart by the pair the body sends.
    ///
    /// ```
    /// use errcodes::paas::{PaasError, Scope};
    ///
    /// assert_eq!(PaasError::parse_in(Scope::Bkpaas3, "4311003"), Ok(PaasError::CannotDeployApp));
    /// assert_eq!(PaasError::parse_in(Scope::Bkpaas3, "APP_NOT_FOUND"), Ok(PaasError::AppNotFound));
    /// assert_eq!(PaasError::parse_in(Scope::Esb, " 1306207 "), Ok(PaasError::RequestBlocked));
    /// assert_eq!(
    ///     PaasError::parse_in(Scope::Esb, "APP_NOT_FOUND").unwrap_err().to_string(),
    ///     r#"unknown BlueKing PaaS error code "APP_NOT_FOUND" in esb"#
    /// );
    /// assert_eq!(PaasError::parse_in(Scope::ApiGateway, "IP_NOT_ALLOWED"), Ok(PaasError::IpNotAllowed));
    /// assert!(PaasError::parse_in(Scope::ApiGateway, "1640302").unwrap_err().is_ambiguous());
    /// assert!(PaasError::parse_in(Scope::ApiGateway, "RATE_LIMIT_RESTRICTION").unwrap_err().is_ambiguous());
    /// assert_eq!(PaasError::parse_in(Scope::Esb, "RATE_LIMIT_RESTRICTION"), Ok(PaasError::RateLimitRestriction));
    /// ```
    pub fn parse_in(scope: Scope, input: &str) -> Result<PaasError, ParseCodeError> {
        if let Some(index) = PaasError::shared(Some(scope), input) {
            return Err(ParseCodeError::paas_ambiguous(index, input));
        }
        let trimmed = input.trim_ascii();
        let number = crate::lookup::key::decimal(trimmed.as_bytes());
        let is_key = |d: &Definition| {
            d.scope == scope
                && ((number.is_some() && d.number == number)
                    || d.name.eq_ignore_ascii_case(trimmed))
        };
        // The codes the key names, from the indexes, in table order; then the
        // first with a definition in `scope`.
        PaasError::matching(trimmed)
            .iter()
            .find(|e| e.definitions().iter().any(is_key))
            .copied()
            .ok_or_else(|| ParseCodeError::not_in_paas_scope(scope, input))
    }
}

/// Parses a code (`4311003`) or the vendor's symbolic name (`CANNOT_DEPLOY_APP`,
/// `E1301002_BASE_DATABASE_ERROR`, `ARGUMENT_ERROR`, the gateway's
/// `IP_NOT_ALLOWED`, in any case), white space around it ignored.
///
/// A key that several codes share parses as the published one, if one is
/// published (`RATE_LIMIT_RESTRICTION`: ESB's `1306429`, not the gateway's
/// three rate limits); otherwise it is ambiguous (the gateway's `1640302`),
/// and [`PaasError::from_gateway`] reads it with its `code_name`.
///
/// ```
/// use errcodes::paas::PaasError;
///
/// assert_eq!("4311003".parse(), Ok(PaasError::CannotDeployApp));
/// assert_eq!("argument_error".parse(), Ok(PaasError::ArgumentError));
/// assert_eq!("RATE_LIMIT_RESTRICTION".parse(), Ok(PaasError::RateLimitRestriction));
/// assert_eq!("1642901".parse(), Ok(PaasError::StageGlobalRateLimitRestriction));
/// let error = "1640302".parse::<PaasError>().unwrap_err();
/// assert!(error.is_ambiguous());
/// assert_eq!(error.paas_candidates(), [PaasError::CrossTenantForbidden, PaasError::IpNotAllowed]);
/// assert_eq!(
///     "04311003".parse::<PaasError>().unwrap_err().to_string(),
///     r#"unknown BlueKing PaaS error code "04311003""#
/// );
/// ```
impl FromStr for PaasError {
    type Err = ParseCodeError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PaasError::find(s).ok_or_else(|| ParseCodeError::paas_miss(PaasError::ambiguous_entry(s), s))
    }
}

impl PaasError {
    /// Why [`TryFrom<u32>`] finds no code for `number`.
    #[cold]
    #[inline(never)]
    fn number_error(number: u32) -> ParseCodeError {
        let number_key =
            |s: &Shared| s.scope.is_none() && crate::lookup::key::decimal(s.key.as_bytes()) == Some(number);
        match SHARED.iter().position(number_key) {
            Some(index) if SHARED[index].ambiguous => {
                ParseCodeError::paas_ambiguous_number(index, number)
            }
            _ => ParseCodeError::unknown_number(Vendor::Paas, number),
        }
    }
}

crate::lookup::numeric_platform!(
    PaasError,
    /// Finds the code with this number, as ESB's `code` and bkpaas3's
    /// `bkapi-error-code-num` carry it.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::try_from(1306406), Ok(PaasError::ArgumentError));
    /// assert_eq!(
    ///     PaasError::try_from(42).unwrap_err().to_string(),
    ///     r#"unknown BlueKing PaaS error code "42""#
    /// );
    /// ```
);
crate::code::platform_enum!(PaasError, Vendor::Paas);
