//! The bounds every body parser enforces before it reads a byte of JSON.

use super::BodyError;

/// The largest body the parsers read: 1 MiB. Error bodies are a few hundred bytes;
/// a larger one is an HTML page, a dump or an attack, and gets
/// [`BodyError::TooLarge`] before any allocation.
pub const MAX_BODY_LEN: usize = 1 << 20;

/// The deepest nesting of arrays and objects the parsers accept: 128, the depth
/// `serde_json` allows when it builds values, so that every field an `ApiError`
/// keeps can be read back into a `serde_json::Value`.
pub const MAX_DEPTH: usize = 128;

/// Checks the size, then the nesting depth (outside strings) of `body`.
pub(crate) fn check(body: &[u8]) -> Result<(), BodyError> {
    if body.len() > MAX_BODY_LEN {
        return Err(BodyError::TooLarge {
            len: body.len(),
            limit: MAX_BODY_LEN,
        });
    }
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let (mut line, mut line_start) = (1, 0);
    for (i, &byte) in body.iter().enumerate() {
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
                    return Err(BodyError::TooDeep {
                        limit: MAX_DEPTH,
                        line,
                        column: i - line_start + 1,
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => (line, line_start) = (line + 1, i + 1),
            _ => {}
        }
    }
    Ok(())
}
