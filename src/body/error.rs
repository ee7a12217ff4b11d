//! The error of reading a body.

/// Why a body could not be read as a platform's error body, and where.
///
/// Only what no platform sends is an error: input that is not JSON, a body that
/// is not an object or has no code, a code that is a fraction, a boolean, an
/// array or an object, nesting too deep, a body too large. What is odd but
/// readable (a duplicate key, `null`, a field of an unexpected type, a header
/// that disagrees) is read, and reported as a [`Warning`](crate::body::Warning).
/// A body that is a valid error body with a code the catalog does not know is
/// *not* an error: it is an `ApiError` whose `error()` is `None`. Positions are
/// lines and columns (bytes) in the body, counted from 1 as `serde_json` counts
/// them. Each variant with fields is `#[non_exhaustive]`: match with `{ .. }`.
///
/// ```
/// use errcodes::BodyError;
/// use errcodes::cci::ApiError;
///
/// let error = ApiError::from_slice(br#"{"errorCode": true}"#).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "`errorCode` is true, but must be a string or a whole number (line 1, column 18)"
/// );
/// assert!(matches!(error, BodyError::WrongType { .. }));
/// ```
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BodyError {
    /// The body is empty, or white space only: a proxy or a server that closed
    /// the connection before answering.
    #[error("the body is empty")]
    Empty,
    /// The body is larger than [`MAX_BODY_LEN`](crate::body::MAX_BODY_LEN).
    #[error("the body is {len} bytes, more than the limit of {limit}")]
    #[non_exhaustive]
    TooLarge {
        /// The body's length in bytes.
        len: usize,
        /// The limit.
        limit: usize,
    },
    /// A field nests arrays and objects deeper than
    /// [`MAX_DEPTH`](crate::body::MAX_DEPTH), counting the body's own object.
    #[error("`{field}` nests deeper than {limit} levels (line {line}, column {column})")]
    #[non_exhaustive]
    TooDeep {
        /// The field.
        field: String,
        /// The limit.
        limit: usize,
        /// Where the field's value ends.
        line: usize,
        /// Where the field's value ends.
        column: usize,
    },
    /// The body is not JSON (an HTML error page, a proxy's text), or is invalid
    /// JSON (a bad escape, invalid UTF-8 in a string).
    #[error("the body is not valid JSON: {reason} (line {line}, column {column})")]
    #[non_exhaustive]
    Syntax {
        /// What the JSON parser found wrong.
        reason: String,
        /// Where.
        line: usize,
        /// Where.
        column: usize,
    },
    /// The body ends before its JSON does: truncated by a proxy or a timeout.
    #[error("the body ends early, in the middle of its JSON (line {line}, column {column})")]
    #[non_exhaustive]
    Truncated {
        /// Where it ends.
        line: usize,
        /// Where it ends.
        column: usize,
    },
    /// The body is JSON, but not an object.
    #[error("the body is {found}, not a JSON object")]
    #[non_exhaustive]
    NotAnObject {
        /// What it is instead: `an array`, `a string`, ...
        found: &'static str,
    },
    /// A field has a JSON type the platform never sends there: a string where a
    /// number belongs, or the reverse.
    #[error("`{field}` is {found}, but must be {expected} (line {line}, column {column})")]
    #[non_exhaustive]
    WrongType {
        /// The field: `errorCode`, `code`.
        field: String,
        /// What it must be: `a string`, `a whole number`.
        expected: &'static str,
        /// What it is: `the number 409101`, `an object`.
        found: String,
        /// Where the value ends.
        line: usize,
        /// Where the value ends.
        column: usize,
    },
    /// A number no code is: a code written with a fraction or an exponent
    /// (`4.5`, `1e40`).
    #[error(
        "`{field}` is {value}, out of range: it must be {expected} (line {line}, column {column})"
    )]
    #[non_exhaustive]
    OutOfRange {
        /// The field.
        field: String,
        /// The number as the body writes it.
        value: String,
        /// The range: `a whole number from 0 to 4294967295`.
        expected: &'static str,
        /// Where the value ends.
        line: usize,
        /// Where the value ends.
        column: usize,
    },
    /// The body lacks the field that carries the code.
    #[error("the body has no `{field}`: {what}")]
    #[non_exhaustive]
    MissingField {
        /// The field the platform always sends.
        field: &'static str,
        /// What the platform's error bodies look like.
        what: &'static str,
    },
    /// The body reports success: `result: true`, `code: 0`, Arklet's `code:
    /// SUCCESS`, a Kubernetes `status: Success`, openYuanrong's success codes.
    #[error("the body reports success (`{field}` is {value}), not an error")]
    #[non_exhaustive]
    NotAnError {
        /// The field that says so.
        field: &'static str,
        /// Its value.
        value: &'static str,
    },
    /// Text that is not openYuanrong's exception text.
    #[error("not an openYuanrong exception text: expected {expected} at byte {offset}")]
    #[non_exhaustive]
    ExceptionText {
        /// What the parser expected.
        expected: &'static str,
        /// The byte offset in the text where it is missing.
        offset: usize,
    },
    /// `with_field` was given a field the `ApiError` writes itself, from its own
    /// typed value: set that through the `ApiError`'s own methods.
    #[error("`{field}` is written from the error's own value; set it with its own method")]
    #[non_exhaustive]
    ReservedField {
        /// The field.
        field: String,
    },
    /// [`detect`](crate::body::detect) cannot tell which platform sent the body.
    #[error("cannot tell which platform sent the body: {reason}")]
    #[non_exhaustive]
    UnknownPlatform {
        /// What the body lacks.
        reason: String,
    },
}
