//! The bounds every body parser enforces before it reads a byte of JSON.

use super::BodyError;

/// The largest body the parsers read: 1 MiB. Error bodies are a few hundred bytes;
/// a larger one is an HTML page, a dump or an attack, and gets
/// [`BodyError::TooLarge`] before any allocation.
pub const MAX_BODY_LEN: usize = 1 << 20;

/// The deepest nesting of arrays and objects the parsers accept, the body's own
/// object included: 127, the deepest `serde_json` reads when it builds values
/// (its recursion limit of 128 stops at the 128th level), so that a whole body
/// an `ApiError` was read from, and every field it keeps, can be read again
/// into a `serde_json::Value`.
///
/// ```
/// use errcodes::body::MAX_DEPTH;
///
/// let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
/// let deepest = format!(r#"{{"code": 4115, "message": "m", "x": {}}}"#, nested(MAX_DEPTH - 1));
/// assert!(errcodes::sdk::ApiError::from_slice(deepest.as_bytes()).is_ok());
/// assert!(serde_json::from_str::<serde_json::Value>(&deepest).is_ok());
/// let deeper = format!(r#"{{"code": 4115, "message": "m", "x": {}}}"#, nested(MAX_DEPTH));
/// assert!(errcodes::sdk::ApiError::from_slice(deeper.as_bytes()).is_err());
/// assert!(serde_json::from_str::<serde_json::Value>(&deeper).is_err());
/// ```
pub const MAX_DEPTH: usize = 127;

/// Checks the size of `body`.
pub(crate) fn check_size(body: &[u8]) -> Result<(), BodyError> {
    if body.len() > MAX_BODY_LEN {
        return Err(BodyError::TooLarge {
            len: body.len(),
            limit: MAX_BODY_LEN,
        });
    }
    Ok(())
}

/// Whether the JSON value `json`, standing in a top-level field of a body (one
/// level down), nests deeper than [`MAX_DEPTH`] in all.
///
/// The parsers never recurse into such a value (they keep it raw, and
/// `serde_json` skips it without recursion), so this is the only place depth
/// needs checking; a value shorter than the limit cannot exceed it.
pub(crate) fn too_deep(json: &str) -> bool {
    if json.len() < MAX_DEPTH {
        return false;
    }
    let (mut depth, mut in_string, mut escaped) = (1usize, false, false);
    for byte in json.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}
