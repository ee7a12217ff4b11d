//! `explain -`: an error body (or openYuanrong's exception text) from standard
//! input, read once by the library's one entry point for any platform: which
//! platform sent it, its code and message as sent, and the rows of the catalog
//! its code names.

use std::io::{self, Read};

use errcodes::body::{MAX_BODY_LEN, PlatformError, Reader, Reply};
use errcodes::koupleless::KouplelessError;
use errcodes::{Code, Vendor};

/// What a platform sent.
pub struct Sent {
    pub vendor: Vendor,
    pub code: String,
    pub message: String,
    /// The other values sent that identify the failure: JSON key, text label,
    /// value (a request or trace id, an SDK exception's module code), and what
    /// was odd about the body.
    pub details: Vec<(&'static str, &'static str, String)>,
    /// The rows the code names: none when the catalog does not know it, several
    /// for a Koupleless code of several tables sent without its component.
    pub rows: Vec<Code>,
    /// Why the code names no row though the catalog has it: a Koupleless code
    /// whose body names a component (known or not) whose table lacks it.
    pub no_row: Option<String>,
}

/// Why standard input could not be explained.
pub enum Unreadable {
    Io(io::Error),
    TooLarge,
    /// A body no platform could have sent.
    Body(errcodes::body::Unreadable),
    /// The body reports success.
    Success(Option<Vendor>),
    /// The body carries no code.
    NoCode {
        vendor: Option<Vendor>,
        why: errcodes::BodyError,
    },
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let platform = |vendor: &Option<Vendor>| match vendor {
            Some(vendor) => format!("{} body", vendor.full_name()),
            None => "body".to_owned(),
        };
        match self {
            Unreadable::Io(error) => write!(f, "cannot read standard input: {error}"),
            Unreadable::TooLarge => write!(
                f,
                "the body on standard input is larger than the limit of {MAX_BODY_LEN} bytes"
            ),
            Unreadable::Body(error) => write!(f, "cannot read the body on standard input: {error}"),
            Unreadable::Success(vendor) => write!(
                f,
                "the {} on standard input reports success, not an error",
                platform(vendor)
            ),
            Unreadable::NoCode { vendor, why } => write!(
                f,
                "the {} on standard input carries no error code: {why}",
                platform(vendor)
            ),
        }
    }
}

/// Reads a body from `input` (at most [`MAX_BODY_LEN`] bytes, so that a stream
/// that never ends cannot fill memory) and explains it, as `vendor`'s when the
/// caller names the platform.
pub fn read(input: &mut impl Read, vendor: Option<Vendor>) -> Result<Sent, Unreadable> {
    let mut body = Vec::new();
    input
        .take(MAX_BODY_LEN as u64 + 1)
        .read_to_end(&mut body)
        .map_err(Unreadable::Io)?;
    if body.len() > MAX_BODY_LEN {
        return Err(Unreadable::TooLarge);
    }
    // `echo` and a terminal end what they send with a line break, which is no
    // part of an exception text's message.
    let body = body
        .strip_suffix(b"\r\n")
        .or_else(|| body.strip_suffix(b"\n"))
        .unwrap_or(&body);
    let reader = match vendor {
        Some(vendor) => Reader::new().vendor(vendor),
        None => Reader::new(),
    };
    match reader.read_slice(body).map_err(Unreadable::Body)? {
        Reply::Error(error) => Ok(explain(&error)),
        Reply::Success(success) => Err(Unreadable::Success(success.vendor())),
        Reply::Failure(failure) => Err(Unreadable::NoCode {
            vendor: failure.vendor(),
            why: failure.why().clone(),
        }),
        // `Reply` may gain kinds of replies: none of them is an error.
        _ => Err(Unreadable::Success(None)),
    }
}

/// What `error` says, for the report.
fn explain(error: &PlatformError) -> Sent {
    let detail = |key, label, value: Option<&str>| value.map(|v| (key, label, v.to_owned()));
    let one = |row: Option<Code>| row.into_iter().collect::<Vec<_>>();
    let mut no_row = None;
    let (details, rows) = match error {
        PlatformError::Cci(error) => (
            vec![
                detail("reason_sent", "reason as sent", error.reason()),
                detail("request_id", "request id", error.request_id()),
            ],
            one(error.error().map(Code::from)),
        ),
        PlatformError::Paas(error) => {
            let number = error.number().map(|n| n.to_string());
            // A name of the gateway's sent in another shape (bkpaas3's own
            // `UNAUTHORIZED`) is in the catalog, but not as this body's code.
            let named = errcodes::paas::PaasError::matching(error.code());
            if let (true, [_, ..]) = (error.candidates().is_empty(), named) {
                no_row = Some(format!(
                    "no row: the BlueKing PaaS catalog has {:?} as the API gateway's code_name, \
                     which only the gateway's body carries",
                    error.code()
                ));
            }
            (
                vec![
                    detail("number_sent", "number as sent", number.as_deref()),
                    detail("code_slug", "code slug", error.code_slug()),
                    detail("code_name", "code name", error.code_name()),
                    detail("request_id", "request id", error.request_id()),
                ],
                // A number two codes share (`1640302`) names both.
                error
                    .candidates()
                    .iter()
                    .map(|&row| Code::from(row))
                    .collect(),
            )
        }
        PlatformError::Koupleless(error) => {
            let component = error.component().map(|c| c.as_str());
            let rows = error.candidates().iter().map(|&row| Code::from(row));
            let tables = error.error_code().map(KouplelessError::matching);
            if let (true, Some(tables @ [_, ..])) = (error.candidates().is_empty(), tables) {
                let names: Vec<&str> = tables.iter().map(|row| row.component().as_str()).collect();
                no_row = Some(format!(
                    "no row: the Koupleless catalog has {:?} in the table{} of {}, not of the \
                     component the body names",
                    error.code(),
                    if names.len() > 1 { "s" } else { "" },
                    names.join(" and ")
                ));
            }
            (
                vec![
                    detail("result_code", "result code", error.result_code()),
                    detail("component_sent", "component as sent", component),
                    detail("data_message", "data message", error.data_message()),
                    detail("base_identity", "base identity", error.base_identity()),
                ],
                rows.collect(),
            )
        }
        PlatformError::Sdk(error) => {
            let module = error.module_code().map(|m| m.to_string());
            (
                vec![
                    detail("module_code", "module code", module.as_deref()),
                    detail("trace_id", "trace id", error.trace_id()),
                    detail(
                        "prefix_sent",
                        "text before the code",
                        error.exception_prefix(),
                    ),
                ],
                one(error.error().map(Code::from)),
            )
        }
        // `PlatformError` may gain platforms: their typed code is enough.
        _ => (Vec::new(), one(error.error())),
    };
    let mut details: Vec<_> = details.into_iter().flatten().collect();
    let warnings: Vec<String> = error.warnings().iter().map(|w| w.to_string()).collect();
    if !warnings.is_empty() {
        details.push(("warnings", "warnings", warnings.join("; ")));
    }
    Sent {
        vendor: error.vendor(),
        code: error.code().to_owned(),
        message: error.message().to_owned(),
        details,
        rows,
        no_row,
    }
}
