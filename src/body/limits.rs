//! The bounds every body parser enforces before it reads a byte of JSON.

use super::BodyError;

/// The largest body the parsers read: 1 MiB. Error bodies are a few hundred bytes;
/// a larger one is an HTML page, a dump or an attack, and gets
/// [`BodyError::TooLarge`] before any allocation.
pub const MAX_BODY_LEN: usize = 1 << 20;

/// The deepest nesting of arrays and objects the parsers accept, the body's own
/// object included: 128, the depth `serde_json` allows when it builds values, so
/// that every field an `ApiError` keeps can be read back into a
/// `serde_json::Value`.
pub const MAX_DEPTH: usize = 128;

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
