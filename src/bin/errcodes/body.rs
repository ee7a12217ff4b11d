//! `explain -`: an error body (or openYuanrong's exception text) from standard
//! input: which platform sent it, its code and message as sent, and the rows of
//! the catalog its code names.

use std::io::{self, Read};

use errcodes::body::MAX_BODY_LEN;
use errcodes::{BodyError, Code, Vendor, cci, koupleless, paas, sdk};

/// What a platform sent.
pub struct Sent {
    pub vendor: Vendor,
    pub code: String,
    pub message: String,
    /// The other values sent that identify the failure: JSON key, text label,
    /// value (a request or trace id, an SDK exception's module code).
    pub details: Vec<(&'static str, &'static str, String)>,
    /// The rows the code names: none when the catalog does not know it, several
    /// for a Koupleless code of several tables sent without its component.
    pub rows: Vec<Code>,
}

/// Why standard input could not be explained.
pub enum Unreadable {
    Io(io::Error),
    TooLarge,
    Body(BodyError),
    NotUtf8,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::Io(error) => write!(f, "cannot read standard input: {error}"),
            Unreadable::TooLarge => write!(
                f,
                "the body on standard input is larger than the limit of {MAX_BODY_LEN} bytes"
            ),
            Unreadable::Body(error) => write!(f, "cannot read the body on standard input: {error}"),
            Unreadable::NotUtf8 => f.write_str(
                "cannot read the body on standard input: the exception text is not UTF-8",
            ),
        }
    }
}

impl From<BodyError> for Unreadable {
    fn from(error: BodyError) -> Self {
        Unreadable::Body(error)
    }
}

/// Reads a body from `input` (at most [`MAX_BODY_LEN`] bytes, so that a stream
/// that never ends cannot fill memory) and explains it.
pub fn read(input: &mut impl Read) -> Result<Sent, Unreadable> {
    let mut body = Vec::new();
    input
        .take(MAX_BODY_LEN as u64 + 1)
        .read_to_end(&mut body)
        .map_err(Unreadable::Io)?;
    if body.len() > MAX_BODY_LEN {
        return Err(Unreadable::TooLarge);
    }
    let vendor = errcodes::detect(&body)?;
    let sent = |code: &str, message: &str, rows: Vec<Code>| Sent {
        vendor,
        code: code.to_owned(),
        message: message.to_owned(),
        details: Vec::new(),
        rows,
    };
    let detail = |key, label, value: Option<&str>| value.map(|v| (key, label, v.to_owned()));
    let one = |row: Option<Code>| row.into_iter().collect::<Vec<_>>();
    Ok(match vendor {
        Vendor::Cci => {
            let error = cci::ApiError::from_slice(&body)?;
            let row = error.error().map(Code::from);
            let mut sent = sent(error.code(), error.message(), one(row));
            sent.details.extend(
                [
                    detail("reason_sent", "reason as sent", error.reason()),
                    detail("request_id", "request id", error.request_id()),
                ]
                .into_iter()
                .flatten(),
            );
            sent
        }
        Vendor::Paas => {
            let error = paas::ApiError::from_slice(&body)?;
            let row = error.error().map(Code::from);
            let mut sent = sent(error.code(), error.message(), one(row));
            let number = error.number().map(|n| n.to_string());
            sent.details.extend(
                [
                    detail("number_sent", "number as sent", number.as_deref()),
                    detail("code_slug", "code slug", error.code_slug()),
                    detail("request_id", "request id", error.request_id()),
                ]
                .into_iter()
                .flatten(),
            );
            sent
        }
        Vendor::Koupleless => {
            let error = koupleless::ApiError::from_slice(&body)?;
            let rows = error.candidates().iter().map(|&row| Code::from(row));
            let mut sent = sent(error.code(), error.message(), rows.collect());
            let component = error.component().map(|c| c.as_str());
            sent.details.extend(
                [
                    detail("result_code", "result code", error.result_code()),
                    detail("component_sent", "component as sent", component),
                    detail("data_message", "data message", error.data_message()),
                    detail("base_identity", "base identity", error.base_identity()),
                ]
                .into_iter()
                .flatten(),
            );
            sent
        }
        _ => {
            let error = if body.trim_ascii_start().starts_with(b"{") {
                sdk::ApiError::from_slice(&body)?
            } else {
                let text = std::str::from_utf8(&body).map_err(|_| Unreadable::NotUtf8)?;
                sdk::ApiError::from_exception_text(text)?
            };
            let row = error.error().map(Code::from);
            let mut sent = sent(error.code(), error.message(), one(row));
            let module = error.module_code().map(|m| m.to_string());
            sent.details.extend(
                [
                    detail("module_code", "module code", module.as_deref()),
                    detail("trace_id", "trace id", error.trace_id()),
                ]
                .into_iter()
                .flatten(),
            );
            sent
        }
    })
}
