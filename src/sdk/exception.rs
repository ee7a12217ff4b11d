//! The text of the SDK's exceptions: C++ `YR::Exception::what()` writes
//! `ErrCode: <code>, ModuleCode: <module>, ErrMsg: <msg>`; Python's `YRError`
//! writes `code: <code>, module code: <module>, msg: <msg>`, and what the
//! Python SDK raises can put free text before it: `<prefix>, code: ...`. The
//! Go faas SDK's error text has no module code: `<prefix>, code: <code>,
//! message: <msg>`.

use crate::body::BodyError;

/// The labels of one of the forms, in order.
pub(crate) struct Form {
    code: &'static str,
    module: Option<&'static str>,
    message: &'static str,
}

/// The forms, by their [`Kind`].
const FORMS: [Form; 3] = [
    Form {
        code: "ErrCode: ",
        module: Some(", ModuleCode: "),
        message: ", ErrMsg: ",
    },
    Form {
        code: "code: ",
        module: Some(", module code: "),
        message: ", msg: ",
    },
    Form {
        code: "code: ",
        module: None,
        message: ", message: ",
    },
];

/// Which form a text has: an index into [`FORMS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    Cpp = 0,
    Python = 1,
    Go = 2,
}

impl Kind {
    fn form(self) -> &'static Form {
        &FORMS[self as usize]
    }
}

/// What an exception's text holds.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Parsed<'t> {
    /// The text before the code's label: white space, or the Python SDK's
    /// prefix with its `, `.
    pub(crate) prefix: &'t str,
    pub(crate) kind: Kind,
    pub(crate) code: u32,
    /// None in the Go form.
    pub(crate) module: Option<u32>,
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
            number(text, &mut after, CODE).is_ok()
                && text[after..].starts_with(form.module.unwrap_or(form.message))
        })
}

/// The parts of `text`.
pub(crate) fn parse(text: &str) -> Result<Parsed<'_>, BodyError> {
    // The form that starts first; at the same place (Python's and Go's share
    // their code label), the first that reads.
    let found = [Kind::Cpp, Kind::Python, Kind::Go]
        .into_iter()
        .filter_map(|kind| start(text, kind.form()).map(|at| (at, kind)))
        .min_by_key(|&(at, kind)| (at, kind as usize));
    let Some((at, kind)) = found else {
        return Err(BodyError::ExceptionText {
            expected: "`ErrCode: ` (C++) or `code: ` (Python, Go), at the start or after `, `",
            offset: text.len() - text.trim_start().len(),
        });
    };
    // A text that starts with `code: ` whose module label is missing is Go's
    // when its message label follows the code.
    let kind = match kind {
        Kind::Python if !follows(text, at, Kind::Python) && follows(text, at, Kind::Go) => Kind::Go,
        kind => kind,
    };
    let form = kind.form();
    let prefix = &text[..at];
    let mut at = at + form.code.len();
    let code = number(text, &mut at, CODE)?;
    let module = match form.module {
        Some(module_label) => {
            label(text, &mut at, module_label)?;
            Some(number(text, &mut at, MODULE)?)
        }
        None => None,
    };
    label(text, &mut at, form.message)?;
    Ok(Parsed {
        prefix,
        kind,
        code,
        module,
        message: &text[at..],
    })
}

/// Whether the label after the code at `at` is the one of `kind`'s form.
fn follows(text: &str, at: usize, kind: Kind) -> bool {
    let form = kind.form();
    let mut after = at + form.code.len();
    number(text, &mut after, CODE).is_ok()
        && text[after..].starts_with(form.module.unwrap_or(form.message))
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

/// An exception's text in its form, after its prefix; `code` as its text, as
/// the crate writes a code that is no number where the number goes.
pub(crate) fn write(prefix: &str, kind: Kind, code: &str, module: u32, message: &str) -> String {
    let form = kind.form();
    match form.module {
        Some(module_label) => format!(
            "{prefix}{}{code}{module_label}{module}{}{message}",
            form.code, form.message
        ),
        None => format!("{prefix}{}{code}{}{message}", form.code, form.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_before_the_python_form_is_kept() {
        let text = "failed to invoke, code: 4005, module code: 20, msg: bad  ";
        let parsed = parse(text).unwrap();
        assert_eq!(parsed.prefix, "failed to invoke, ");
        assert_eq!(parsed.kind, Kind::Python);
        assert_eq!((parsed.code, parsed.module), (4005, Some(20)));
        assert_eq!(parsed.message, "bad  ");
        assert_eq!(
            write(parsed.prefix, Kind::Python, "4005", 20, parsed.message),
            text
        );
    }

    #[test]
    fn the_go_form_has_no_module_code() {
        let text = "failed to create, code: 2002, message: [{\"errorCode\":\"4211\"}]";
        let parsed = parse(text).unwrap();
        assert_eq!(
            (parsed.kind, parsed.code, parsed.module),
            (Kind::Go, 2002, None)
        );
        assert_eq!(parsed.message, "[{\"errorCode\":\"4211\"}]");
        assert_eq!(
            write(parsed.prefix, Kind::Go, "2002", 0, parsed.message),
            text
        );
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
