//! The text of the SDK's exceptions: C++ `YR::Exception::what()` writes
//! `ErrCode: <code>, ModuleCode: <module>, ErrMsg: <msg>`; Python's `YRError`
//! writes `code: <code>, module code: <module>, msg: <msg>`.

use crate::body::BodyError;

/// The labels of one of the two forms, in order.
struct Form {
    code: &'static str,
    module: &'static str,
    message: &'static str,
}

const CPP: Form = Form {
    code: "ErrCode: ",
    module: ", ModuleCode: ",
    message: ", ErrMsg: ",
};

const PYTHON: Form = Form {
    code: "code: ",
    module: ", module code: ",
    message: ", msg: ",
};

/// The code, the module code and the message of `text`; white space around the
/// text is ignored, the message is the rest of it.
pub(crate) fn parse(text: &str) -> Result<(u32, u32, &str), BodyError> {
    let start = text.len() - text.trim_start().len();
    let body = text.trim();
    let form = if body.starts_with(CPP.code) {
        &CPP
    } else if body.starts_with(PYTHON.code) {
        &PYTHON
    } else {
        return Err(BodyError::ExceptionText {
            expected: "`ErrCode: ` (C++) or `code: ` (Python)",
            offset: start,
        });
    };
    let mut at = start + form.code.len();
    let code = number(text, &mut at, CODE)?;
    label(text, &mut at, form.module)?;
    let module = number(text, &mut at, MODULE)?;
    label(text, &mut at, form.message)?;
    Ok((code, module, text[at..].trim_end()))
}

/// What a number of the text must be, for errors: where it has no digits, and
/// where its digits are not such a number.
struct Expected {
    digits: &'static str,
    number: &'static str,
}

const CODE: Expected = Expected {
    digits: "the code, digits",
    number: "the code, a number up to 4294967295 with no leading zero",
};

const MODULE: Expected = Expected {
    digits: "the module code, digits",
    number: "the module code, a number up to 4294967295 with no leading zero",
};

/// The digits at `at`: a number up to `u32::MAX`, written as the SDKs write
/// numbers (no sign, no leading zero).
fn number(text: &str, at: &mut usize, what: Expected) -> Result<u32, BodyError> {
    let digits = &text[*at..][..text[*at..].bytes().take_while(u8::is_ascii_digit).count()];
    let expected = if digits.is_empty() {
        what.digits
    } else {
        what.number
    };
    let canonical = digits == "0" || !digits.starts_with('0');
    let number =
        digits
            .parse::<u32>()
            .ok()
            .filter(|_| canonical)
            .ok_or(BodyError::ExceptionText {
                expected,
                offset: *at,
            })?;
    *at += digits.len();
    Ok(number)
}

/// The label `expected` at `at`.
fn label(text: &str, at: &mut usize, expected: &'static str) -> Result<(), BodyError> {
    if !text[*at..].starts_with(expected) {
        return Err(BodyError::ExceptionText {
            expected,
            offset: *at,
        });
    }
    *at += expected.len();
    Ok(())
}

/// The C++ form of an exception's text.
pub(crate) fn write(code: u32, module: u32, message: &str) -> String {
    format!(
        "{}{code}{}{module}{}{message}",
        CPP.code, CPP.module, CPP.message
    )
}
