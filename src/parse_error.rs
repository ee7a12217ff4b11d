//! The error of parsing a code string.

use std::borrow::Cow;
use std::fmt;

use crate::Vendor;
#[cfg(feature = "koupleless")]
use crate::koupleless::{Component, KouplelessError};

/// The error of parsing an error code: the input names no code of the platform,
/// or, for Koupleless, names codes of several component tables.
///
/// Its `Display` names the input and the platform. It keeps the input without
/// allocating, in 44 bytes (a compile-time assertion keeps it at most that):
/// the first [`ParseCodeError::KEPT`] bytes of a string with its length, or
/// the number given to `TryFrom<u32>`. The kept bytes cover every numeric and
/// CCI code whole, but not the longest names and Koupleless codes (20 of the
/// 53 Koupleless codes are longer).
///
/// Two errors are equal when they say the same: so two inputs longer than
/// [`ParseCodeError::KEPT`] bytes, with the same start and length, give equal
/// errors.
///
/// ```
/// use errcodes::cci::CciError;
///
/// let error = "CCI.02.409199".parse::<CciError>().unwrap_err();
/// assert_eq!(error.to_string(), r#"unknown CCI error code "CCI.02.409199""#);
/// assert_eq!(error.input(), "CCI.02.409199");
/// ```
#[derive(Clone, Copy)]
pub struct ParseCodeError {
    input: Input,
    vendor: Option<Vendor>,
    reason: Reason,
}

/// What the error keeps of the input.
#[derive(Clone, Copy)]
enum Input {
    /// The first `kept_len` bytes of a string of `len` bytes (`u32::MAX` for a
    /// longer one), cut at a character boundary.
    Text {
        kept: [u8; ParseCodeError::KEPT],
        kept_len: u8,
        len: u32,
    },
    /// The number given to `TryFrom<u32>`, written out only when shown.
    #[cfg_attr(not(errcodes_decimal), allow(dead_code))]
    Number(u32),
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Reason {
    Unknown,
    /// One of the rows the code names; the others are found from its code.
    #[cfg(feature = "koupleless")]
    Ambiguous(KouplelessError),
    #[cfg(feature = "koupleless")]
    NotInComponent(Component),
}

impl ParseCodeError {
    /// How many bytes of a string the error keeps.
    pub const KEPT: usize = 32;

    /// `input` is no code of `vendor` (`None`: of no platform).
    #[inline]
    pub(crate) fn unknown(vendor: Option<Vendor>, input: &str) -> Self {
        Self::new(vendor, Reason::Unknown, input)
    }

    /// `number` is no code of `vendor`.
    #[cfg(errcodes_decimal)]
    #[inline]
    pub(crate) fn unknown_number(vendor: Vendor, number: u32) -> Self {
        ParseCodeError {
            input: Input::Number(number),
            vendor: Some(vendor),
            reason: Reason::Unknown,
        }
    }

    /// `input` is a Koupleless code of several component tables, `candidates`.
    #[cfg(feature = "koupleless")]
    pub(crate) fn ambiguous(candidates: &'static [KouplelessError], input: &str) -> Self {
        let reason = match candidates.first() {
            Some(&first) => Reason::Ambiguous(first),
            None => Reason::Unknown,
        };
        Self::new(Some(Vendor::Koupleless), reason, input)
    }

    /// `input` is no code of the `component` table.
    #[cfg(feature = "koupleless")]
    pub(crate) fn not_in_component(component: Component, input: &str) -> Self {
        let reason = Reason::NotInComponent(component);
        Self::new(Some(Vendor::Koupleless), reason, input)
    }

    #[inline]
    fn new(vendor: Option<Vendor>, reason: Reason, input: &str) -> Self {
        ParseCodeError {
            input: Input::text(input),
            vendor,
            reason,
        }
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
    /// boundary) when it is longer: [`ParseCodeError::input_len`] tells. A number
    /// given to `TryFrom<u32>` is written out here.
    ///
    /// ```
    /// let long = "x".repeat(200);
    /// let error = long.parse::<errcodes::cci::CciError>().unwrap_err();
    /// assert_eq!(error.input(), &long[..errcodes::ParseCodeError::KEPT]);
    /// assert_eq!(error.input_len(), 200);
    ///
    /// let error = errcodes::sdk::SdkError::try_from(4121).unwrap_err();
    /// assert_eq!(error.input(), "4121");
    /// ```
    pub fn input(&self) -> Cow<'_, str> {
        match &self.input {
            // `Input::text` cuts at a character boundary of a `str`: this never fails.
            Input::Text { kept, kept_len, .. } => Cow::Borrowed(
                std::str::from_utf8(&kept[..usize::from(*kept_len)]).unwrap_or_default(),
            ),
            Input::Number(number) => Cow::Owned(number.to_string()),
        }
    }

    /// The length of the whole input in bytes (`u32::MAX` for a longer one).
    ///
    /// ```
    /// let error = "CCI.9".parse::<errcodes::cci::CciError>().unwrap_err();
    /// assert_eq!(error.input_len(), 5);
    /// ```
    pub fn input_len(&self) -> usize {
        match self.input {
            Input::Text { len, .. } => len as usize,
            Input::Number(number) => number.checked_ilog10().unwrap_or(0) as usize + 1,
        }
    }

    /// Whether the input is a Koupleless code that several component tables list:
    /// parse it with its component ([`KouplelessError::parse_in`]).
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
    pub fn candidates(&self) -> &'static [KouplelessError] {
        match self.reason {
            Reason::Ambiguous(first) => KouplelessError::matching(first.code()),
            _ => &[],
        }
    }

    fn write_input(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.input {
            Input::Text { kept_len, len, .. } => {
                write!(f, "{:?}", self.input())?;
                if len > u32::from(kept_len) {
                    match len {
                        u32::MAX => write!(f, " (the first {kept_len} of over 4 GiB)")?,
                        len => write!(f, " (the first {kept_len} of {len} bytes)")?,
                    }
                }
                Ok(())
            }
            Input::Number(number) => write!(f, "\"{number}\""),
        }
    }
}

impl Input {
    /// The first bytes of `input`, copied with a few fixed-size moves rather than
    /// a copy of variable length, whose stores the processor cannot forward to
    /// the wide loads that move the error right after (the benches showed that
    /// stall in every miss).
    #[inline]
    fn text(input: &str) -> Input {
        let bytes = input.as_bytes();
        let mut kept = [0u8; ParseCodeError::KEPT];
        let kept_len = if bytes.len() > ParseCodeError::KEPT {
            let mut end = ParseCodeError::KEPT;
            while !input.is_char_boundary(end) {
                end -= 1;
            }
            kept[..end].copy_from_slice(&bytes[..end]);
            end
        } else {
            copy_short(&mut kept, bytes);
            bytes.len()
        };
        Input::Text {
            kept,
            kept_len: kept_len as u8,
            len: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
        }
    }
}

/// Copies `bytes` (at most 32) to the start of `to` with two moves of a fixed
/// size that overlap: the first and the last 16, 8, 4 or 1 bytes.
#[inline]
fn copy_short(to: &mut [u8; ParseCodeError::KEPT], bytes: &[u8]) {
    fn both<const N: usize>(to: &mut [u8], bytes: &[u8]) {
        if let (Some(first), Some(last)) = (bytes.first_chunk::<N>(), bytes.last_chunk::<N>()) {
            let len = bytes.len();
            to[..N].copy_from_slice(first);
            to[len - N..len].copy_from_slice(last);
        }
    }
    match bytes.len() {
        16..=32 => both::<16>(to, bytes),
        8..=15 => both::<8>(to, bytes),
        4..=7 => both::<4>(to, bytes),
        len => to[..len].copy_from_slice(bytes),
    }
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.reason, self.vendor) {
            (Reason::Unknown, Some(vendor)) => write!(f, "unknown {vendor} error code ")?,
            (Reason::Unknown, None) => f.write_str("unknown error code ")?,
            #[cfg(feature = "koupleless")]
            (Reason::Ambiguous(_), _) => {
                f.write_str("ambiguous Koupleless error code ")?;
                self.write_input(f)?;
                f.write_str(": the ")?;
                let candidates = self.candidates();
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
            .field("input_len", &self.input_len())
            .finish()
    }
}

/// Equal when they say the same: the same platform, reason and input, whether
/// a number was kept as a number or as its digits.
impl PartialEq for ParseCodeError {
    fn eq(&self, other: &Self) -> bool {
        (self.vendor, self.reason, self.input_len())
            == (other.vendor, other.reason, other.input_len())
            && self.with_input(|input| other.with_input(|other| input == other))
    }
}

impl Eq for ParseCodeError {}

impl std::hash::Hash for ParseCodeError {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (self.vendor, self.reason, self.input_len()).hash(state);
        self.with_input(|input| input.hash(state));
    }
}

impl ParseCodeError {
    /// Calls `f` with [`ParseCodeError::input`], a number's digits written on the
    /// stack: comparing and hashing errors allocates nothing.
    fn with_input<R>(&self, f: impl FnOnce(&str) -> R) -> R {
        let Input::Number(mut number) = self.input else {
            return f(&self.input());
        };
        let mut digits = [0u8; 10];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (number % 10) as u8;
            number /= 10;
            if number == 0 {
                break;
            }
        }
        // ASCII digits: this never fails.
        f(std::str::from_utf8(&digits[at..]).unwrap_or_default())
    }
}

impl std::error::Error for ParseCodeError {}

const _: () = assert!(size_of::<ParseCodeError>() <= 44, "the error stays small");
