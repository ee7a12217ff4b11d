//! The text of the SDK's exceptions: C++ `YR::Exception::what()` writes
//! `ErrCode: <code>, ModuleCode: <module>, ErrMsg: <msg>`; Python's `YRError`
//! writes `code: <code>, module code: <module>, msg: <msg>`, and what the
//! Python SDK raises can put free text before it: `<prefix>, code: ...`.

use crate::body::BodyError;

/// The labels of one of the two forms, in order.
pub(crate) struct Form {
    code: &'static str,
    module: &'static str,
    message: &'static str,
}

pub(crate) const CPP: Form = Form {
    code: "ErrCode: ",
    module: ", ModuleCode: ",
    message: ", ErrMsg: ",
};

pub(crate) const PYTHON: Form = Form {
    code: "code: ",
    module: ", module code: ",
    message: ", msg: ",
};

/// What an exception's text holds.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Parsed<'t> {
    /// The text before the code's label: white space, or the Python SDK's
    /// prefix with its `, `.
    pub(crate) prefix: &'t str,
    pub(crate) python: bool,
    pub(crate) code: u32,
    pub(crate) module: u32,
    /// The rest of the text after the message's label, as is: trailing white
    /// space is part of the message.
    pub(crate) message: &'t str,
}

/// Where the code's label of `form` starts in `text`: at its start after white
/// space, or after a prefix that ends in `, ` (the first such place whose
/// labels follow).
fn start(text: &str, form: &Form) -> Option<usize> {
    let lead = text.len() - text.trim_start().len();
    if text[lead..].starts_with(form.code) {
        return Some(lead);
    }
    text.match_indices(form.code)
        .map(|(at, _)| at)
        .filter(|&at| text[..at].ends_with(", "))
        .find(|&at| {
            let mut after = at + form.code.len();
            number(text, &mut after, CODE).is_ok() && text[after..].starts_with(form.module)
        })
}

/// The parts of `text`.
pub(crate) fn parse(text: &str) -> Result<Parsed<'_>, BodyError> {
    let (at, form, python) = match (start(text, &CPP), start(text, &PYTHON)) {
        (Some(at), None) => (at, &CPP, false),
        (None, Some(at)) => (at, &PYTHON, true),
        // Both: the one that starts first.
        (Some(cpp), Some(python)) if cpp <= python => (cpp, &CPP, false),
        (Some(_), Some(at)) => (at, &PYTHON, true),
        (None, None) => {
            return Err(BodyError::ExceptionText {
                expected: "`ErrCode: ` (C++) or `code: ` (Python), at the start or after `, `",
                offset: text.len() - text.trim_start().len(),
            });
        }
    };
    let prefix = &text[..at];
    let mut at = at + form.code.len();
    let code = number(text, &mut at, CODE)?;
    label(text, &mut at, form.module)?;
    let module = number(text, &mut at, MODULE)?;
    label(text, &mut at, form.message)?;
    Ok(Parsed {
        prefix,
        python,
        code,
        module,
        message: &text[at..],
    })
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
    let number = crate::body::read::canonical_u32(digits).ok_or(BodyError::ExceptionText {
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

/// An exception's text in its form, after its prefix.
pub(crate) fn write(prefix: &str, python: bool, code: u32, module: u32, message: &str) -> String {
    let form = if python { &PYTHON } else { &CPP };
    format!(
        "{prefix}{}{code}{}{module}{}{message}",
        form.code, form.module, form.message
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_before_the_python_form_is_kept() {
        let text = "failed to invoke, code: 4005, module code: 20, msg: bad  ";
        let parsed = parse(text).unwrap();
        assert_eq!(parsed.prefix, "failed to invoke, ");
        assert!(parsed.python);
        assert_eq!((parsed.code, parsed.module), (4005, 20));
        assert_eq!(parsed.message, "bad  ");
        assert_eq!(write(parsed.prefix, true, 4005, 20, parsed.message), text);
    }

    #[test]
    fn a_code_label_inside_the_prefix_is_not_the_start() {
        // `code: x` in the prefix is no form: the real one comes later.
        let text = "bad code: x, code: 1001, module code: 20, msg: m";
        let parsed = parse(text).unwrap();
        assert_eq!(parsed.prefix, "bad code: x, ");
        assert_eq!(parsed.code, 1001);
    }
}
