//! The ESB source: each definition of an ESB code, as the copied tables have it.

use crate::Citation;

/// A definition of an ESB code in the vendor's source, as the crate's copies of
/// the source tables have it (`codes/vendor-source/esb-source-codes.tsv`, the
/// ESB of legacy-bk-paas, and `esb-in-apigateway-source-codes.tsv`, the ESB that
/// now ships inside blueking-apigateway): every text as the source writes it.
///
/// ```
/// use errcodes::paas::PaasError;
///
/// let definition = &PaasError::ApigwError.definitions()[0];
/// assert_eq!(definition.name(), "APIGW_ERROR");
/// assert_eq!(definition.number(), 1306408);
/// assert_eq!(definition.message_en(), Some("APIGateway JWT verification failed"));
/// assert_eq!(definition.http_status(), Some(http::StatusCode::OK));
/// assert_eq!(definition.citation().repository, "TencentBlueKing/blueking-apigateway");
/// ```
#[derive(Debug)]
pub struct Definition {
    pub(super) name: &'static str,
    pub(super) number: u32,
    pub(super) message_zh: Option<&'static str>,
    pub(super) message_en: Option<&'static str>,
    pub(super) http_status: Option<u16>,
    pub(super) solution_en: Option<&'static str>,
    pub(super) citation: Citation,
    pub(super) table: &'static str,
    pub(super) table_line: u32,
}

impl Definition {
    /// The vendor's name for the code in this definition: `REQUEST_BLOCKED`.
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

    /// The code's number: `1306207`.
    ///
    /// ```
    /// assert_eq!(errcodes::paas::PaasError::RequestBlocked.definitions()[0].number(), 1306207);
    /// ```
    pub const fn number(&self) -> u32 {
        self.number
    }

    /// The Chinese message of the definition; the ESB source has none (both of
    /// its files hold English only), so this is `None` for every ESB definition.
    ///
    /// ```
    /// assert_eq!(errcodes::paas::PaasError::RequestBlocked.definitions()[0].message_zh(), None);
    /// ```
    pub const fn message_zh(&self) -> Option<&'static str> {
        self.message_zh
    }

    /// The English message of the definition, verbatim: the prompt of
    /// `errors.py`, which ESB sends as the body's `message`, or the reason of
    /// `bkerrors.py`, which it writes as a log line prefix.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(
    ///     PaasError::RequestBlocked.definitions()[0].message_en(),
    ///     Some("Request to the third-party system is blocked")
    /// );
    /// ```
    pub const fn message_en(&self) -> Option<&'static str> {
        self.message_en
    }

    /// The HTTP status the definition sets (`errors.py`: 200); `None` for
    /// `bkerrors.py`, whose codes are log line prefixes and set none.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::RequestJobError.definitions()[0].http_status(), None);
    /// ```
    pub fn http_status(&self) -> Option<http::StatusCode> {
        self.http_status.map(crate::status::from_u16)
    }

    /// The English solution the definition gives (`bkerrors.py`), verbatim.
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

    /// The crate's copy of the source table that holds the definition, under
    /// `codes/vendor-source/`: `esb-source-codes.tsv` or
    /// `esb-in-apigateway-source-codes.tsv`.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// assert_eq!(PaasError::ApigwError.definitions()[0].table(), "esb-in-apigateway-source-codes.tsv");
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
