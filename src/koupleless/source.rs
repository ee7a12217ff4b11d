//! Koupleless's wire codes: each place its components' source defines or sends
//! one, as the copied table has it.

use super::Component;
use crate::Citation;

/// A row of the crate's copy of the source table
/// `codes/vendor-source/koupleless-wire-codes.tsv`: a wire code's declaration
/// (Arklet's or sofa-ark's `ResponseCode` constant, a `koupleless-common`
/// `ErrorCodes` field, a Go `const`), or a place where the source sends a
/// message with the code. Every text is as the source writes it.
///
/// ```
/// use errcodes::koupleless::{Component, KouplelessError};
///
/// let [declaration, message, ..] = KouplelessError::SofaArkRepeatBiz.definitions() else {
///     panic!("REPEAT_BIZ is declared, then sent once")
/// };
/// assert!(declaration.is_declaration());
/// assert_eq!(declaration.symbol(), "com.alipay.sofa.ark.api.ResponseCode.REPEAT_BIZ");
/// assert_eq!(declaration.component(), Component::SofaArk);
/// assert!(!message.is_declaration());
/// assert_eq!(message.message(), Some("Biz: %s has been installed or registered."));
/// assert_eq!(message.citation().path, "sofa-ark-parent/core/api/src/main/java/com/alipay/sofa/ark/api/ArkClient.java");
/// ```
#[derive(Debug)]
pub struct Definition {
    pub(super) component: Component,
    pub(super) sent_by: &'static str,
    pub(super) code: &'static str,
    pub(super) symbol: &'static str,
    pub(super) declaration: bool,
    pub(super) message: Option<&'static str>,
    pub(super) expression: Option<&'static str>,
    pub(super) comment: Option<&'static str>,
    pub(super) value: Option<u16>,
    pub(super) wire_field: &'static str,
    pub(super) http_status: Option<u16>,
    pub(super) citation: Citation,
    pub(super) table_line: u32,
}

impl Definition {
    /// The component the code belongs to (the crate's reading of the row): the
    /// one whose source defines it. Arklet's batch install sends sofa-ark's
    /// codes, so its rows are [`Component::SofaArk`]'s.
    ///
    /// ```
    /// use errcodes::koupleless::{Component, KouplelessError};
    ///
    /// let components: Vec<Component> =
    ///     KouplelessError::SofaArkFailed.definitions().iter().map(|d| d.component()).collect();
    /// assert!(components.iter().all(|&c| c == Component::SofaArk));
    /// ```
    pub const fn component(&self) -> Component {
        self.component
    }

    /// Who sends the code at this place, as the source table writes it:
    /// `Arklet`, `Arklet (MQTT tunnel)`, `sofa-ark`, `Arklet (batch install,
    /// sofa-ark code)`, `koupleless-common`, `virtual-kubelet`,
    /// `ModuleController`.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// let senders: Vec<&str> = KouplelessError::SofaArkSuccess.definitions().iter().map(|d| d.sent_by()).collect();
    /// assert_eq!(senders[0], "sofa-ark");
    /// assert_eq!(senders.last(), Some(&"Arklet (batch install, sofa-ark code)"));
    /// ```
    pub const fn sent_by(&self) -> &'static str {
        self.sent_by
    }

    /// The code as it goes on the wire: `REPEAT_BIZ`, `00003` (leading zeros
    /// are part of it).
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ModuleControllerKubernetesOperationFailed.definitions()[0].code(), "00003");
    /// ```
    pub const fn code(&self) -> &'static str {
        self.code
    }

    /// The vendor's symbol: the constant of a declaration
    /// (`ResponseCode.CMD_NOT_FOUND`, `model.CodeTimeout`), or, at a place that
    /// sends a message, the call that sends it (`Response.notFound()`).
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// let symbols: Vec<&str> = KouplelessError::ArkletCmdNotFound.definitions().iter().map(|d| d.symbol()).collect();
    /// assert_eq!(symbols, ["ResponseCode.CMD_NOT_FOUND", "Response.notFound()"]);
    /// ```
    pub const fn symbol(&self) -> &'static str {
        self.symbol
    }

    /// Whether the row declares the code (the source table's `kind` is
    /// `definition`); `false` for a place where the source sends a message with
    /// a code declared elsewhere (`message`).
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// let definitions = KouplelessError::ArkletFailed.definitions();
    /// assert!(definitions[0].is_declaration());
    /// assert!(definitions[1..].iter().all(|d| !d.is_declaration()));
    /// ```
    pub const fn is_declaration(&self) -> bool {
        self.declaration
    }

    /// The message the source sends with the code here, verbatim: a literal, or
    /// a format string with its placeholders (`%s`) kept. `None` where the
    /// message is built by an expression ([`Definition::expression`]) and at a
    /// declaration.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletCmdNotFound.definitions()[1].message(), Some("please follow the doc"));
    /// assert_eq!(KouplelessError::ArkletCmdProcessInternalError.definitions()[1].message(), None);
    /// ```
    pub const fn message(&self) -> Option<&'static str> {
        self.message
    }

    /// The Java expression that builds the message at run time, verbatim, where
    /// the source sends no fixed text (`"Internal Error: " + e.getMessage()`).
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(
    ///     KouplelessError::ArkletCmdProcessInternalError.definitions()[1].expression(),
    ///     Some(r#""Internal Error: " + e.getMessage()"#)
    /// );
    /// ```
    pub const fn expression(&self) -> Option<&'static str> {
        self.expression
    }

    /// The comment the vendor wrote at the declaration, verbatim (never sent):
    /// `koupleless-common`'s javadoc, in Chinese only; virtual-kubelet's one
    /// comment over its whole `const` block. `None` for the `ResponseCode`
    /// enums, which have none.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ServiceManagerE200001.definitions()[0].comment(), Some("服务找不到"));
    /// assert_eq!(KouplelessError::SofaArkRepeatBiz.definitions()[0].comment(), None);
    /// ```
    pub const fn comment(&self) -> Option<&'static str> {
        self.comment
    }

    /// The `int` an Arklet `ResponseCode` constant carries (`SUCCESS` 200,
    /// `FAILED` 400, `CMD_NOT_FOUND` 404, `CMD_PROCESS_INTERNAL_ERROR` 500).
    /// Arklet never serializes it: the wire carries the constant's name, under
    /// HTTP 200. `None` for every other row.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletCmdNotFound.definitions()[0].value(), Some(404));
    /// assert_eq!(KouplelessError::ArkletCmdNotFound.http_status(), http::StatusCode::OK);
    /// ```
    pub const fn value(&self) -> Option<u16> {
        self.value
    }

    /// Where the code travels, as the source table describes it:
    /// `Response.code (enum name; int value not serialized)`,
    /// `Response.data.code (ClientResponse.code, enum name)`, a Java exception's
    /// field, a tracker report's field.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(
    ///     KouplelessError::VirtualKubeletTimeout.definitions()[0].wire_field(),
    ///     "tracker logData.code -> report_server LogRequest.code"
    /// );
    /// ```
    pub const fn wire_field(&self) -> &'static str {
        self.wire_field
    }

    /// The HTTP status the source sends with the code here: 200, Arklet's HTTP
    /// tunnel's for every response (Arklet's and sofa-ark's codes). `None` where
    /// the code is sent in no HTTP response (the MQTT tunnel, an exception, a
    /// tracker report).
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    /// use http::StatusCode;
    ///
    /// assert_eq!(KouplelessError::SofaArkRepeatBiz.definitions()[0].http_status(), Some(StatusCode::OK));
    /// assert_eq!(KouplelessError::VirtualKubeletTimeout.definitions()[0].http_status(), None);
    /// ```
    pub fn http_status(&self) -> Option<http::StatusCode> {
        self.http_status.map(crate::status::from_u16)
    }

    /// Where the row is in the vendor's repository: repository, file, commit
    /// and line.
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// let citation = KouplelessError::VirtualKubeletTimeout.definitions()[0].citation();
    /// assert_eq!(citation.repository, "koupleless/virtual-kubelet");
    /// assert_eq!((citation.path, citation.line), ("model/consts.go", 73));
    /// ```
    pub const fn citation(&self) -> Citation {
        self.citation
    }

    /// The line of the row in the crate's copy of the source table,
    /// `codes/vendor-source/koupleless-wire-codes.tsv` (line 1 cites the
    /// sources, line 2 is the header).
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// assert_eq!(KouplelessError::ArkletSuccess.definitions()[0].table_line(), 3);
    /// ```
    pub const fn table_line(&self) -> u32 {
        self.table_line
    }
}
