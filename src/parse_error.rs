//! The error of parsing a code string.

use std::fmt;

use crate::Vendor;
#[cfg(feature = "koupleless")]
use crate::koupleless::{Component, KouplelessError};

/// The error of parsing an error code: the input names no code of the platform,
/// or, for Koupleless, names codes of several component tables.
///
/// Its `Display` names the input and the platform. It keeps the input without
/// allocating: the first [`ParseCodeError::KEPT`] bytes of it, which cover every
/// code the catalogs hold, and the length of the rest.
///
/// ```
/// use errcodes::cci::CciError;
///
/// let error = "CCI.02.409199".parse::<CciError>().unwrap_err();
/// assert_eq!(error.to_string(), r#"unknown CCI error code "CCI.02.409199""#);
/// assert_eq!(error.input(), "CCI.02.409199");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseCodeError {
    vendor: Option<Vendor>,
    reason: Reason,
    kept: [u8; ParseCodeError::KEPT],
    kept_len: u8,
    input_len: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Reason {
    Unknown,
    #[cfg(feature = "koupleless")]
    Ambiguous(&'static [KouplelessError]),
    #[cfg(feature = "koupleless")]
    NotInComponent(Component),
}

impl ParseCodeError {
    /// How many bytes of the input the error keeps.
    pub const KEPT: usize = 64;

    /// `input` is no code of `vendor` (`None`: of no platform).
    #[inline]
    pub(crate) fn unknown(vendor: Option<Vendor>, input: &str) -> Self {
        Self::new(vendor, Reason::Unknown, input)
    }

    /// `number` is no code of `vendor`.
    #[cfg(any(feature = "paas", feature = "sdk"))]
    #[inline]
    pub(crate) fn unknown_number(vendor: Vendor, number: u32) -> Self {
        // The digits, written without allocating: ten at most.
        let mut digits = [0u8; 10];
        let mut start = digits.len();
        let mut rest = number;
        loop {
            start -= 1;
            digits[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let text = std::str::from_utf8(&digits[start..]).unwrap_or_default();
        Self::new(Some(vendor), Reason::Unknown, text)
    }

    /// `input` is a Koupleless code of several component tables.
    #[cfg(feature = "koupleless")]
    pub(crate) fn ambiguous(candidates: &'static [KouplelessError], input: &str) -> Self {
        Self::new(
            Some(Vendor::Koupleless),
            Reason::Ambiguous(candidates),
            input,
        )
    }

    /// `input` is no code of the `component` table.
    #[cfg(feature = "koupleless")]
    pub(crate) fn not_in_component(component: Component, input: &str) -> Self {
        Self::new(
            Some(Vendor::Koupleless),
            Reason::NotInComponent(component),
            input,
        )
    }

    #[inline]
    fn new(vendor: Option<Vendor>, reason: Reason, input: &str) -> Self {
        let mut end = input.len().min(Self::KEPT);
        while !input.is_char_boundary(end) {
            end -= 1;
        }
        // The input is copied into the error in place: an array filled apart
        // and then moved in is read back in wider loads than the copy stored it
        // with, which stalls the processor until the stores reach the cache; the
        // benches (`benches/parse.rs`) showed that stall in every miss.
        let mut error = ParseCodeError {
            vendor,
            reason,
            kept: [0; Self::KEPT],
            kept_len: end as u8,
            input_len: input.len(),
        };
        error.kept[..end].copy_from_slice(&input.as_bytes()[..end]);
        error
    }

    /// The platform whose codes were searched; `None` after [`crate::lookup`], which
    /// searches them all.
    ///
    /// ```
    /// use errcodes::Vendor;
    ///
    /// let error = "CCI.9".parse::<errcodes::cci::CciError>().unwrap_err();
    /// assert_eq!(error.vendor(), Some(Vendor::Cci));
    /// assert_eq!(errcodes::lookup("CCI.9").unwrap_err().vendor(), None);
    /// ```
    pub const fn vendor(&self) -> Option<Vendor> {
        self.vendor
    }

    /// The input, or its first [`ParseCodeError::KEPT`] bytes (cut at a character
    /// boundary) when it is longer: [`ParseCodeError::input_len`] tells.
    ///
    /// ```
    /// let long = "x".repeat(200);
    /// let error = long.parse::<errcodes::cci::CciError>().unwrap_err();
    /// assert_eq!(error.input(), &long[..errcodes::ParseCodeError::KEPT]);
    /// assert_eq!(error.input_len(), 200);
    /// ```
    pub fn input(&self) -> &str {
        // `new` cuts at a character boundary of a `str`, so this never fails.
        std::str::from_utf8(&self.kept[..usize::from(self.kept_len)]).unwrap_or_default()
    }

    /// The length of the whole input in bytes.
    ///
    /// ```
    /// let error = "CCI.9".parse::<errcodes::cci::CciError>().unwrap_err();
    /// assert_eq!(error.input_len(), 5);
    /// ```
    pub const fn input_len(&self) -> usize {
        self.input_len
    }

    /// Whether the input is a Koupleless code that several component tables list
    /// with different meanings: parse it with its component
    /// ([`KouplelessError::parse_in`]).
    ///
    /// ```
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// let error = "User.DiskFull".parse::<KouplelessError>().unwrap_err();
    /// assert!(error.is_ambiguous());
    /// ```
    #[cfg(feature = "koupleless")]
    pub const fn is_ambiguous(&self) -> bool {
        matches!(self.reason, Reason::Ambiguous(_))
    }

    /// The rows an ambiguous Koupleless code may be, one per component table; empty
    /// for any other error.
    ///
    /// ```
    /// use errcodes::koupleless::{Component, KouplelessError};
    ///
    /// let error = "User.DiskFull".parse::<KouplelessError>().unwrap_err();
    /// let components: Vec<Component> = error.candidates().iter().map(|e| e.component()).collect();
    /// assert_eq!(components, [Component::Arklet, Component::ModuleController]);
    /// ```
    #[cfg(feature = "koupleless")]
    pub const fn candidates(&self) -> &'static [KouplelessError] {
        match self.reason {
            Reason::Ambiguous(candidates) => candidates,
            _ => &[],
        }
    }

    fn write_input(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.input())?;
        if self.input_len > usize::from(self.kept_len) {
            write!(
                f,
                " (the first {} of {} bytes)",
                self.kept_len, self.input_len
            )?;
        }
        Ok(())
    }
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.reason, self.vendor) {
            (Reason::Unknown, Some(vendor)) => write!(f, "unknown {vendor} error code ")?,
            (Reason::Unknown, None) => f.write_str("unknown error code ")?,
            #[cfg(feature = "koupleless")]
            (Reason::Ambiguous(candidates), _) => {
                f.write_str("ambiguous Koupleless error code ")?;
                self.write_input(f)?;
                f.write_str(": the ")?;
                for (i, candidate) in candidates.iter().enumerate() {
                    match i {
                        0 => {}
                        i if i + 1 == candidates.len() => f.write_str(" and ")?,
                        _ => f.write_str(", ")?,
                    }
                    f.write_str(candidate.component().as_str())?;
                }
                return f.write_str(" tables list it; parse it with its component");
            }
            #[cfg(feature = "koupleless")]
            (Reason::NotInComponent(component), _) => {
                f.write_str("unknown Koupleless error code ")?;
                self.write_input(f)?;
                return write!(f, " in the {component} table");
            }
        }
        self.write_input(f)
    }
}

impl fmt::Debug for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseCodeError")
            .field("vendor", &self.vendor)
            .field("reason", &self.reason)
            .field("input", &self.input())
            .field("input_len", &self.input_len)
            .finish()
    }
}

impl std::error::Error for ParseCodeError {}
