//! Which platform sent a body.

use super::BodyError;
use super::read::{self, Field, FromRecord, Object, Record, Scan};
use crate::Vendor;

/// Tells which platform sent `body`, from the fields only that platform's error
/// (or success) bodies have; what the body's fields hold is left to the
/// platform's parser.
///
/// | platform | what tells it |
/// |---|---|
/// | CCI | `errorCode` with a `CCI.` code; a Kubernetes `kind: Status` or `status: Failure`/`Success`; Huawei's gateway `error_code`; an `error` object with a code; a string `code` such as `AS.0001` |
/// | BlueKing PaaS | `result`, `bk_error_code`, `code_name`, `code_slug`, `detail` (bkpaas3, DRF), a string `code` such as `CANNOT_DEPLOY_APP`, APISIX's lone `error_msg`, or a `130xxxx` code |
/// | Koupleless | Arklet's `code` (`SUCCESS`, `FAILED`, `CMD_NOT_FOUND`, `CMD_PROCESS_INTERNAL_ERROR`), or a two-level `errorCode` |
/// | openYuanrong | `trace_id`; `errorCode` that is a number, or `errorMessage` (the faas SDK); a number `code` and nothing of the above; or its SDKs' exception text (`ErrCode: ...`, `[prefix, ]code: ..., module code: ...`, `[prefix, ]code: ..., message: ...`) |
///
/// The rules are the crate's, read from what each platform sends; no platform
/// documents them.
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
/// assert_eq!(errcodes::detect(br#"{"error": {"code": "APIGW.0101", "message": "m"}}"#)?, Vendor::Cci);
/// assert_eq!(
///     errcodes::detect(br#"{"items": []}"#).unwrap_err().to_string(),
///     "cannot tell which platform sent the body: it has none of the fields an error body \
///      of BlueKing PaaS, CCI, openYuanrong or Koupleless has (its fields: items)"
/// );
/// # Ok::<(), errcodes::BodyError>(())
/// ```
pub fn detect(body: &[u8]) -> Result<Vendor, BodyError> {
    detect_scanned(&Scan::new(body))
}

/// [`detect`], from a body scanned once, which the caller then reads as the
/// platform's error.
pub(crate) fn detect_scanned(scan: &Scan<'_>) -> Result<Vendor, BodyError> {
    let body = scan.input();
    let text = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    if is_exception_text(text) {
        return Ok(Vendor::Sdk);
    }
    match scan.scanned() {
        Some(scanned) => detect_fields(|| scanned.entries().map(|(key, value)| (key, value.json))),
        // A body that is no object, or has a value nested too deep, is read
        // again to say what is wrong and where, as the platforms' readers say
        // it. The read refuses every body the scan does; were it to read one,
        // its fields would tell the platform, so no error is made up here.
        None => {
            let (AnyObject, rest) = read::parse::<AnyObject>(body)?;
            detect_fields(|| rest.fields.iter().map(|(key, value)| (key, value.get())))
        }
    }
}

/// [`detect`], from the top-level fields of a body, in body order, duplicates
/// included, each with its value's JSON text: `entries` gives them, as often
/// as asked.
fn detect_fields<'k, 'v, I>(entries: impl Fn() -> I) -> Result<Vendor, BodyError>
where
    I: Iterator<Item = (&'k str, &'v str)>,
{
    // The last of duplicates counts.
    let mut keys: [Option<&str>; KEYS.len()] = [None; KEYS.len()];
    for (name, value) in entries() {
        if let Some(i) = KEYS.iter().position(|key| *key == name) {
            keys[i] = Some(value);
        }
    }
    let raw = |i: usize| keys[i];
    let string = |i: usize| raw(i).and_then(read::string);
    let is_number = |i: usize| raw(i).is_some_and(|raw| read::kind(raw) == "a number");
    let has = |i: usize| raw(i).is_some_and(|raw| raw != "null");
    if let Some(code) = string(ERROR_CODE) {
        let cci = code
            .get(..4)
            .is_some_and(|prefix| prefix.eq_ignore_ascii_case("CCI."));
        if cci || has(KIND) {
            return Ok(Vendor::Cci);
        }
        if read::canonical_u32(code.trim()).is_none() && !has(ERROR_MESSAGE) {
            return Ok(Vendor::Koupleless);
        }
        return Ok(Vendor::Sdk);
    }
    if is_number(ERROR_CODE) || has(ERROR_MESSAGE) {
        return Ok(Vendor::Sdk);
    }
    let kubernetes = string(KIND).is_some_and(|kind| kind == "Status")
        || string(STATUS).is_some_and(|status| status == "Failure" || status == "Success");
    if kubernetes || has(GATEWAY_CODE) {
        return Ok(Vendor::Cci);
    }
    if [BK_ERROR_CODE, RESULT, CODE_NAME, CODE_SLUG, DETAIL]
        .into_iter()
        .any(has)
    {
        return Ok(Vendor::Paas);
    }
    if let Some(code) = string(CODE) {
        if ARKLET_CODES.contains(&&*code) {
            return Ok(Vendor::Koupleless);
        }
        if read::canonical_u32(code.trim()).is_none() {
            // Huawei's codes have a dot (`AS.0001`); bkpaas3's are names.
            return Ok(if code.contains('.') {
                Vendor::Cci
            } else {
                Vendor::Paas
            });
        }
    }
    if has(TRACE_ID) {
        return Ok(Vendor::Sdk);
    }
    if has(CODE) {
        // open_paas health checks send `{"code": 1304001, "ok": false, ...}`.
        let open_paas = raw(CODE).is_some_and(|raw| {
            let digits = raw.trim_matches('"');
            digits.len() == 7 && digits.starts_with("130")
        });
        return Ok(if open_paas { Vendor::Paas } else { Vendor::Sdk });
    }
    if has(GATEWAY_MESSAGE) {
        // APISIX in front of BlueKing's gateway: `{"error_msg": "..."}`.
        return Ok(Vendor::Paas);
    }
    // The other fields, once each, in the order they first came, with the last
    // value of each.
    let mut others: Vec<(&str, &str)> = Vec::new();
    for (name, value) in entries() {
        if KEYS.contains(&name) {
            continue;
        }
        match others.iter_mut().find(|(other, _)| *other == name) {
            Some(other) => other.1 = value,
            None => others.push((name, value)),
        }
    }
    let wrapped = |inner: &str| {
        inner.starts_with('{') && (inner.contains("\"code\"") || inner.contains("\"error_code\""))
    };
    let single = match others.as_slice() {
        [(_, value)] => wrapped(value),
        _ => false,
    };
    let error = others.iter().find(|(name, _)| *name == "error");
    if error.is_some_and(|(_, value)| wrapped(value)) || single {
        return Ok(Vendor::Cci);
    }
    let mut names: Vec<&str> = KEYS
        .iter()
        .zip(&keys)
        .filter(|(_, raw)| raw.is_some())
        .map(|(name, _)| *name)
        .chain(others.iter().map(|(name, _)| *name))
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

/// Whether `text` is openYuanrong's exception text: C++'s at its start,
/// Python's or the Go faas SDK's at its start or after a prefix.
pub(crate) fn is_exception_text(text: &[u8]) -> bool {
    let text = text.trim_ascii_start();
    if text.starts_with(b"ErrCode: ") || text.starts_with(b"code: ") {
        return true;
    }
    !text.starts_with(b"{")
        && contains(text, b", code: ")
        && (contains(text, b", module code: ") || contains(text, b", message: "))
}

fn contains(text: &[u8], part: &[u8]) -> bool {
    text.windows(part.len()).any(|window| window == part)
}

/// Arklet's top-level codes, as it sends them: its `ResponseCode`. Spelled out,
/// not taken from `KouplelessError`, as detection works without the
/// `koupleless` feature; a test holds the two lists equal.
const ARKLET_CODES: [&str; 4] = [
    "SUCCESS",
    "FAILED",
    "CMD_NOT_FOUND",
    "CMD_PROCESS_INTERNAL_ERROR",
];

/// The fields that tell platforms apart, by index into [`Keys`].
const KEYS: [&str; 15] = [
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
    "errorMessage",
    "code_name",
    "code_slug",
    "status",
    "bk_error_msg",
];
const ERROR_CODE: usize = 0;
const KIND: usize = 1;
const GATEWAY_CODE: usize = 2;
const GATEWAY_MESSAGE: usize = 3;
const BK_ERROR_CODE: usize = 4;
const RESULT: usize = 5;
const CODE: usize = 6;
const DETAIL: usize = 7;
const TRACE_ID: usize = 9;
const ERROR_MESSAGE: usize = 10;
const CODE_NAME: usize = 11;
const CODE_SLUG: usize = 12;
const STATUS: usize = 13;

/// An object that reads no field itself, read only to say what is wrong with
/// a body whose scan failed: every field is read raw, and checked for its
/// depth, as the platforms' readers check the fields they keep.
struct AnyObject;

impl Object for AnyObject {
    const FIELDS: &'static [Field] = &[];
}

impl FromRecord for AnyObject {
    fn from_record(_: &mut Record) -> AnyObject {
        AnyObject
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A body the scan did not read is detected from what the full read
    /// gives, never refused with an error the read did not give.
    #[test]
    fn a_body_not_scanned_is_detected_from_its_read() {
        let body = br#"{"result": false, "code": 1306406, "message": "m"}"#;
        assert_eq!(detect_scanned(&Scan::unscanned(body)), Ok(Vendor::Paas));
        let body = br#"{"items": []}"#;
        assert!(matches!(
            detect_scanned(&Scan::unscanned(body)),
            Err(BodyError::UnknownPlatform { .. })
        ));
        // And what the read refuses is its error, as for a scanned body.
        for body in [&b""[..], b"[1]", b"{", b"\xEF\xBB\xBF  "] {
            assert_eq!(
                detect_scanned(&Scan::unscanned(body)),
                detect_scanned(&Scan::new(body)),
                "{body:?}"
            );
            assert!(detect_scanned(&Scan::new(body)).is_err(), "{body:?}");
        }
    }

    #[cfg(feature = "koupleless")]
    #[test]
    fn arklet_codes_are_arklets_wire_codes() {
        use crate::koupleless::{Component, KouplelessError};

        let wire: Vec<&str> = KouplelessError::ALL
            .iter()
            .filter(|e| e.component() == Component::Arklet && !e.origin().is_published())
            .map(|e| e.code())
            .collect();
        assert_eq!(wire, super::ARKLET_CODES);
    }
}
