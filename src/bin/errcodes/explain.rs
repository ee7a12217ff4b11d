//! `explain`: the rows that each code given names.

use errcodes::{Code, ParseCodeError};

/// What one argument of `explain` names.
pub enum Explained {
    /// One row; several for a Koupleless code that several component tables
    /// list, one per table, in table order, and for a number that several
    /// openYuanrong components define, or a key several BlueKing PaaS codes
    /// share (the gateway's `1640302`, `RATE_LIMIT_RESTRICTION`): the published
    /// one first, which a parse answers; none answers when none is published.
    Rows(Vec<Code>),
    /// No code of any platform: the error that says so.
    Unknown(ParseCodeError),
}

impl Explained {
    /// Looks `input` up on every platform, through [`errcodes::lookup`].
    pub fn of(input: &str) -> Explained {
        match errcodes::lookup(input) {
            Ok(Code::Sdk(_)) => Explained::rows(errcodes::sdk::SdkError::matching(input)),
            // A published ESB name the gateway also sends (`RATE_LIMIT_RESTRICTION`):
            // the published code first, then the others.
            Ok(Code::Paas(_)) => Explained::rows(errcodes::paas::PaasError::matching(input)),
            Ok(code) => Explained::Rows(vec![code]),
            Err(error) if !error.paas_candidates().is_empty() => {
                Explained::rows(error.paas_candidates())
            }
            Err(error) if !error.sdk_candidates().is_empty() => {
                Explained::rows(error.sdk_candidates())
            }
            Err(error) if error.is_ambiguous() => Explained::rows(error.candidates()),
            Err(error) => Explained::Unknown(error),
        }
    }

    /// The rows of one platform's codes, in their order.
    fn rows<E: Copy + Into<Code>>(codes: &[E]) -> Explained {
        Explained::Rows(codes.iter().map(|&row| row.into()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use errcodes::koupleless::{Component, KouplelessError};

    #[test]
    fn an_ambiguous_code_names_each_of_its_rows() {
        let Explained::Rows(rows) = Explained::of("user.diskfull") else {
            panic!("User.DiskFull is a Koupleless code");
        };
        let expected: Vec<Code> = KouplelessError::matching("User.DiskFull")
            .iter()
            .map(|&row| row.into())
            .collect();
        assert_eq!(rows, expected);
        let components: Vec<Component> = expected
            .iter()
            .filter_map(|row| match row {
                Code::Koupleless(row) => Some(row.component()),
                _ => None,
            })
            .collect();
        assert_eq!(components, [Component::Arklet, Component::ModuleController]);
    }

    #[test]
    fn an_unknown_code_names_nothing() {
        assert!(matches!(
            Explained::of("CCI.02.409199"),
            Explained::Unknown(_)
        ));
    }
}
