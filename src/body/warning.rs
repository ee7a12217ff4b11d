//! What a body reader found odd in a body it still read.

use std::fmt;

/// Something odd about a body that was still read: reported beside the error,
/// never a reason to refuse it. Each `ApiError` lists its warnings in
/// `warnings()`; a body the crate built has none.
///
/// ```
/// use errcodes::body::Warning;
///
/// // Python and Java serialisers write `null` for "absent"; a duplicate key is
/// // read as serde_json's `Value` reads it: the last one counts.
/// let body = br#"{"code": 4115, "message": "first", "message": "second", "trace_id": null}"#;
/// let error = errcodes::sdk::ApiError::from_slice(body)?;
/// assert_eq!(error.message(), "second");
/// assert_eq!(error.trace_id(), None);
/// assert_eq!(error.warnings(), [Warning::DuplicateField { field: "message".into() }]);
/// # Ok::<(), errcodes::BodyError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Warning {
    /// The body starts with a UTF-8 byte order mark, which was skipped.
    ByteOrderMark,
    /// A field appears more than once in the body's object. The last one counts,
    /// as with `serde_json::Value`, Python's `json` and JavaScript's
    /// `JSON.parse` (the crate's rule; no platform documents one).
    DuplicateField {
        /// The field.
        field: String,
    },
    /// A field the error reads has a JSON type the platform does not send there
    /// (a number where a string belongs): it is kept, as sent, among the
    /// error's `fields()`.
    UnexpectedType {
        /// The field.
        field: String,
        /// What it is: `a number`, `an object`.
        found: &'static str,
        /// What the platform sends there.
        expected: &'static str,
    },
    /// The message is not a string but other JSON (the light-app API's
    /// `bk_error_msg` as an object of field errors): `message()` is its JSON
    /// text as sent, and the body is written back with it as it came.
    MessageNotText {
        /// The field that carries the message.
        field: &'static str,
        /// What it is: `an object`, `an array`, `a number`, ...
        found: &'static str,
    },
    /// The body has no message (or `null`): `message()` is empty.
    NoMessage,
    /// A header says something else than the body: both are kept, the body's in
    /// the error, the header's here.
    HeaderConflict {
        /// The header.
        header: &'static str,
        /// The header's value, lossily decoded.
        header_value: String,
        /// What the body says.
        body_value: String,
    },
    /// The body carries no code (an HTML page of a proxy, APISIX's
    /// `{"error_msg": ...}`): the code is the one a header carries.
    CodeOnlyInHeader {
        /// The header.
        header: &'static str,
        /// Why the body gave no code.
        body: String,
    },
    /// A header that carries error data has a value the platform never sends:
    /// it is ignored, and kept here.
    InvalidHeader {
        /// The header.
        header: &'static str,
        /// Its value, lossily decoded.
        value: String,
        /// What it must be.
        expected: &'static str,
    },
    /// The symbolic name beside a number (the API gateway's `code_name`) is
    /// no name of a code with that number: the error is typed by the number,
    /// which the platform's clients read, and the name is kept as sent.
    NameMismatch {
        /// The field that carries the name.
        field: &'static str,
        /// The name, as sent.
        name: String,
        /// The code, as sent.
        code: String,
    },
    /// A field names a component this crate does not know (Koupleless's
    /// `component`, as a release newer than the crate's tables may send): it
    /// is kept as sent, and `component()` is `None`. As for a known component
    /// whose table lacks the code, the crate's rule is that a two-level code is
    /// typed only in the component the body names: the error's `error()` is
    /// `None` and it has no `candidates()`; its code as sent is still there to
    /// parse. (Arklet's own codes are typed as ever: `component` is no field of
    /// Arklet's body.)
    UnknownComponent {
        /// The field.
        field: &'static str,
        /// Its value, as sent.
        value: String,
    },
    /// A field whose own fields the error reads (Arklet's `data`, whose
    /// `code` types the error) is an object that could not be read: a name
    /// in it has an escape that is no Unicode text (a lone surrogate such as
    /// `\ud800`, which Python's `json` writes for a string that has one, and
    /// which `serde_json` refuses). The field is kept as sent among the
    /// error's fields; what it would give (`data.code`, `data.message`) is
    /// absent, and the error is typed without it.
    FieldsNotRead {
        /// The field.
        field: &'static str,
        /// Why its fields could not be read, with where in the field.
        reason: String,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::ByteOrderMark => f.write_str("the body starts with a byte order mark"),
            Warning::DuplicateField { field } => {
                write!(f, "`{field}` appears more than once; the last one is read")
            }
            Warning::UnexpectedType {
                field,
                found,
                expected,
            } => write!(
                f,
                "`{field}` is {found}, where the platform sends {expected}; kept as sent"
            ),
            Warning::MessageNotText { field, found } => {
                write!(
                    f,
                    "`{field}` is {found}, not a string; its JSON is the message"
                )
            }
            Warning::NoMessage => f.write_str("the body has no message"),
            Warning::HeaderConflict {
                header,
                header_value,
                body_value,
            } => write!(
                f,
                "the header {header} is {header_value:?}, but the body says {body_value:?}"
            ),
            Warning::CodeOnlyInHeader { header, body } => {
                write!(f, "the code is the header {header}'s: {body}")
            }
            Warning::InvalidHeader {
                header,
                value,
                expected,
            } => write!(
                f,
                "the header {header} is {value:?}, but must be {expected}; ignored"
            ),
            Warning::NameMismatch { field, name, code } => write!(
                f,
                "`{field}` is {name:?}, no name of the code {code:?}; the code is read by its number"
            ),
            Warning::UnknownComponent { field, value } => write!(
                f,
                "`{field}` is {value:?}, a component this crate does not know; kept as \
                 sent, and a two-level code is typed in no table"
            ),
            Warning::FieldsNotRead { field, reason } => write!(
                f,
                "`{field}` is kept as sent, but its fields could not be read: {reason}"
            ),
        }
    }
}
