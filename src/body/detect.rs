//! Which platform sent a body.

use serde_json::value::RawValue;

use super::BodyError;
use super::read::{self, Field, Object, Record, Want};
use crate::Vendor;

/// Tells which platform sent `body`, from the fields only that platform's error
/// bodies have; what the body's fields hold is left to the platform's parser.
///
/// | platform | what tells it |
/// |---|---|
/// | CCI | `errorCode` with a `CCI.` code or a Kubernetes `kind: Status`; or the API gateway's `error_code` and `error_msg` |
/// | BlueKing PaaS | `result` (ESB, bkpaas3's `bk_std_json`), `bk_error_code`, or a string `code` with `detail` (bkpaas3) |
/// | Koupleless | Arklet's `code` (`SUCCESS`, `FAILED`, `CMD_NOT_FOUND`, `CMD_PROCESS_INTERNAL_ERROR`), or a two-level `errorCode` |
/// | openYuanrong | `trace_id`, or a number `code` with `message` and nothing of the above (but a `130xxxx` code: open_paas's health checks); or its SDK's exception text (`ErrCode: ...`, `code: ..., module code: ...`) |
///
/// # Errors
/// [`BodyError::UnknownPlatform`] when no platform's fields are there, and the
/// errors of reading JSON when the body is not JSON (nor exception text).
///
/// ```
/// use errcodes::Vendor;
///
/// let body = br#"{"result": false, "code": 1306406, "data": null, "message": "Parameters error"}"#;
/// assert_eq!(errcodes::detect(body)?, Vendor::Paas);
/// assert_eq!(errcodes::detect(b"ErrCode: 1001, ModuleCode: 20, ErrMsg: bad")?, Vendor::Sdk);
/// assert_eq!(
///     errcodes::detect(br#"{"error": "boom"}"#).unwrap_err().to_string(),
///     "cannot tell which platform sent the body: it has none of the fields an error body \
///      of BlueKing PaaS, CCI, openYuanrong or Koupleless has (its fields: error)"
/// );
/// # Ok::<(), errcodes::BodyError>(())
/// ```
pub fn detect(body: &[u8]) -> Result<Vendor, BodyError> {
    let text = body.trim_ascii_start();
    if text.starts_with(b"ErrCode: ") || text.starts_with(b"code: ") {
        return Ok(Vendor::Sdk);
    }
    let (keys, others) = read::parse::<Keys>(body)?;
    let string = |raw: &Option<Box<RawValue>>| {
        raw.as_ref()
            .and_then(|raw| serde_json::from_str::<String>(raw.get()).ok())
    };
    let is_number = |raw: &Option<Box<RawValue>>| {
        raw.as_ref().is_some_and(|raw| {
            raw.get()
                .starts_with(|c: char| c.is_ascii_digit() || c == '-')
        })
    };
    if keys.0[ERROR_CODE].is_some() {
        let cci = string(&keys.0[ERROR_CODE]).is_some_and(|code| {
            code.get(..4)
                .is_some_and(|prefix| prefix.eq_ignore_ascii_case("CCI."))
        });
        return Ok(if cci || keys.0[KIND].is_some() {
            Vendor::Cci
        } else {
            Vendor::Koupleless
        });
    }
    // A Kubernetes Status without CCI's code: CCI's API server answered.
    if string(&keys.0[KIND]).is_some_and(|kind| kind == "Status")
        || keys.0[GATEWAY_CODE].is_some() && keys.0[GATEWAY_MESSAGE].is_some()
    {
        return Ok(Vendor::Cci);
    }
    if keys.0[BK_ERROR_CODE].is_some() || keys.0[RESULT].is_some() {
        return Ok(Vendor::Paas);
    }
    if keys.0[CODE].is_some() && keys.0[DETAIL].is_some() {
        return Ok(Vendor::Paas);
    }
    if let Some(code) = string(&keys.0[CODE]) {
        if ARKLET_CODES.contains(&code.as_str()) {
            return Ok(Vendor::Koupleless);
        }
    }
    if keys.0[TRACE_ID].is_some() {
        return Ok(Vendor::Sdk);
    }
    if is_number(&keys.0[CODE]) && keys.0[MESSAGE].is_some() {
        // open_paas health checks send `{"code": 1304001, "ok": false, ...}`.
        let open_paas = keys.0[CODE]
            .as_ref()
            .is_some_and(|raw| raw.get().len() == 7 && raw.get().starts_with("130"));
        return Ok(if open_paas { Vendor::Paas } else { Vendor::Sdk });
    }
    let mut names: Vec<&str> = KEYS
        .iter()
        .zip(&keys.0)
        .filter(|(_, raw)| raw.is_some())
        .map(|(name, _)| *name)
        .chain(others.iter().map(|(name, _)| name))
        .collect();
    let more = names.len().saturating_sub(10);
    names.truncate(10);
    let listed = match (names.is_empty(), more) {
        (true, _) => "it has no fields".to_owned(),
        (false, 0) => format!("its fields: {}", names.join(", ")),
        (false, more) => format!("its fields: {} and {more} more", names.join(", ")),
    };
    Err(BodyError::UnknownPlatform {
        reason: format!(
            "it has none of the fields an error body of BlueKing PaaS, CCI, openYuanrong or \
             Koupleless has ({listed})"
        ),
    })
}

/// Arklet's top-level codes.
const ARKLET_CODES: [&str; 4] = [
    "SUCCESS",
    "FAILED",
    "CMD_NOT_FOUND",
    "CMD_PROCESS_INTERNAL_ERROR",
];

/// The fields that tell platforms apart, by index into [`Keys`].
const KEYS: [&str; 10] = [
    "errorCode",
    "kind",
    "error_code",
    "error_msg",
    "bk_error_code",
    "result",
    "code",
    "detail",
    "message",
    "trace_id",
];
const ERROR_CODE: usize = 0;
const KIND: usize = 1;
const GATEWAY_CODE: usize = 2;
const GATEWAY_MESSAGE: usize = 3;
const BK_ERROR_CODE: usize = 4;
const RESULT: usize = 5;
const CODE: usize = 6;
const DETAIL: usize = 7;
const MESSAGE: usize = 8;
const TRACE_ID: usize = 9;

/// The raw values of [`KEYS`]; their types are for the platform's parser to check.
struct Keys([Option<Box<RawValue>>; KEYS.len()]);

impl Object for Keys {
    const FIELDS: &'static [Field] = &{
        let mut fields = [("", Want::Raw); KEYS.len()];
        let mut i = 0;
        while i < KEYS.len() {
            fields[i].0 = KEYS[i];
            i += 1;
        }
        fields
    };

    fn from_record(record: &mut Record) -> Keys {
        Keys(std::array::from_fn(|i| record.raw(i)))
    }
}
