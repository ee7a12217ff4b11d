//! The error of parsing a code string.

use std::borrow::Cow;
use std::fmt;

use crate::Vendor;
#[cfg(feature = "koupleless")]
use crate::koupleless::{Component, KouplelessError};
#[cfg(feature = "paas")]
use crate::paas;
#[cfg(feature = "sdk")]
use crate::sdk::{self, SdkError};

/// Writes `names` as `a, b or c` (`conjunction` `or`) or `a, b and c`: the
/// groups (scopes, components) a parse expects, or those that list a code.
#[cfg(any(feature = "paas", feature = "koupleless"))]
pub(crate) fn write_list(
    f: &mut fmt::Formatter<'_>,
    names: impl ExactSizeIterator<Item = &'static str>,
    conjunction: &str,
) -> fmt::Result {
    let last = names.len().saturating_sub(1);
    for (i, name) in names.enumerate() {
        match i {
            0 => {}
            i if i == last => write!(f, " {conjunction} ")?,
            _ => f.write_str(", ")?,
        }
        f.write_str(name)?;
    }
    Ok(())
}

/// The error of parsing an error code: the input names no code of the platform,
/// or names several and a parse picks none (a Koupleless code of several
/// components, an openYuanrong number of several components, a number or
/// `code_name` of several BlueKing API gateway codes).
///
/// Its `Display` names the input and the platform. It keeps the input without
/// allocating, in 44 bytes (a compile-time assertion keeps it at most that):
/// the first [`ParseCodeError::KEPT`] bytes of a string with its length, or
/// the number given to `TryFrom<u32>`. The kept bytes cover every numeric and
/// CCI code whole, but not the longest names and Koupleless codes (20 of the
/// 75 Koupleless codes are longer).
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
    /// A number several openYuanrong codes share: the entry of its `SHARED`.
    #[cfg(feature = "sdk")]
    SdkAmbiguous(u8),
    #[cfg(feature = "sdk")]
    NotInSdkComponent(sdk::Component),
    #[cfg(feature = "paas")]
    NotInPaasScope(paas::Scope),
    /// A key several BlueKing PaaS codes share: the entry of its `SHARED`.
    #[cfg(feature = "paas")]
    PaasAmbiguous(u8),
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

    /// `input` is no code of `component`.
    #[cfg(feature = "koupleless")]
    pub(crate) fn not_in_component(component: Component, input: &str) -> Self {
        let reason = Reason::NotInComponent(component);
        Self::new(Some(Vendor::Koupleless), reason, input)
    }

    /// `number` names several openYuanrong codes, entry `index` of its `SHARED`.
    #[cfg(feature = "sdk")]
    pub(crate) fn sdk_ambiguous(index: usize, number: u32) -> Self {
        ParseCodeError {
            input: Input::Number(number),
            vendor: Some(Vendor::Sdk),
            reason: Reason::SdkAmbiguous(index as u8),
        }
    }

    /// `input` names several openYuanrong codes, entry `index` of its `SHARED`.
    #[cfg(feature = "sdk")]
    pub(crate) fn sdk_ambiguous_text(index: usize, input: &str) -> Self {
        Self::new(Some(Vendor::Sdk), Reason::SdkAmbiguous(index as u8), input)
    }

    /// `input` is no code that `component` of openYuanrong defines.
    #[cfg(feature = "sdk")]
    pub(crate) fn not_in_sdk_component(component: sdk::Component, input: &str) -> Self {
        Self::new(
            Some(Vendor::Sdk),
            Reason::NotInSdkComponent(component),
            input,
        )
    }

    /// `input` names several BlueKing PaaS codes, entry `index` of its `SHARED`.
    #[cfg(feature = "paas")]
    pub(crate) fn paas_ambiguous(index: usize, input: &str) -> Self {
        Self::new(
            Some(Vendor::Paas),
            Reason::PaasAmbiguous(index as u8),
            input,
        )
    }

    /// `input` is no BlueKing PaaS code (`entry` `None`), or names several,
    /// entry `entry` of its `SHARED`: one construction of the kept input for
    /// both, as a miss of the parse builds it.
    #[cfg(feature = "paas")]
    #[inline]
    pub(crate) fn paas_miss(entry: Option<usize>, input: &str) -> Self {
        let reason = match entry {
            Some(index) => Reason::PaasAmbiguous(index as u8),
            None => Reason::Unknown,
        };
        Self::new(Some(Vendor::Paas), reason, input)
    }

    /// `number` names several BlueKing PaaS codes, entry `index` of its `SHARED`.
    #[cfg(feature = "paas")]
    pub(crate) fn paas_ambiguous_number(index: usize, number: u32) -> Self {
        ParseCodeError {
            input: Input::Number(number),
            vendor: Some(Vendor::Paas),
            reason: Reason::PaasAmbiguous(index as u8),
        }
    }

    /// `input` is no code that `scope` of BlueKing PaaS defines.
    #[cfg(feature = "paas")]
    pub(crate) fn not_in_paas_scope(scope: paas::Scope, input: &str) -> Self {
        Self::new(Some(Vendor::Paas), Reason::NotInPaasScope(scope), input)
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

    /// Whether the input names several codes and a parse picks none: a Koupleless
    /// code that several components have (parse it with its component,
    /// [`KouplelessError::parse_in`](crate::koupleless::KouplelessError::parse_in)),
    /// an openYuanrong number that several components define, none of them
    /// published, or a key several BlueKing PaaS codes share (the API gateway's
    /// `1640302`: read it with its `code_name`,
    /// [`PaasError::from_gateway`](crate::paas::PaasError::from_gateway)). The
    /// candidates are in [`candidates`](ParseCodeError::candidates),
    /// [`sdk_candidates`](ParseCodeError::sdk_candidates) and
    /// [`paas_candidates`](ParseCodeError::paas_candidates).
    ///
    /// ```
    /// # #[cfg(feature = "koupleless")] {
    /// use errcodes::koupleless::KouplelessError;
    ///
    /// let error = "User.DiskFull".parse::<KouplelessError>().unwrap_err();
    /// assert!(error.is_ambiguous());
    /// # }
    /// # #[cfg(feature = "paas")]
    /// assert!("1640302".parse::<errcodes::paas::PaasError>().unwrap_err().is_ambiguous());
    /// ```
    // A build without the platforms that have shared codes keeps the wildcard
    // alone.
    #[allow(clippy::match_single_binding)]
    pub const fn is_ambiguous(&self) -> bool {
        match self.reason {
            #[cfg(feature = "koupleless")]
            Reason::Ambiguous(_) => true,
            #[cfg(feature = "sdk")]
            Reason::SdkAmbiguous(_) => true,
            #[cfg(feature = "paas")]
            Reason::PaasAmbiguous(_) => true,
            _ => false,
        }
    }

    /// The BlueKing PaaS codes an ambiguous key may be, in table order; empty
    /// for any other error.
    ///
    /// ```
    /// use errcodes::paas::PaasError;
    ///
    /// let error = PaasError::try_from(1640302).unwrap_err();
    /// assert_eq!(
    ///     error.paas_candidates(),
    ///     [PaasError::CrossTenantForbidden, PaasError::IpNotAllowed]
    /// );
    /// assert!("4311003x".parse::<PaasError>().unwrap_err().paas_candidates().is_empty());
    /// ```
    #[cfg(feature = "paas")]
    pub fn paas_candidates(&self) -> &'static [paas::PaasError] {
        match self.reason {
            Reason::PaasAmbiguous(index) => paas::PaasError::shared_codes(usize::from(index)).1,
            _ => &[],
        }
    }

    /// The openYuanrong codes an ambiguous number may be, in table order; empty
    /// for any other error.
    ///
    /// ```
    /// use errcodes::sdk::{Component, SdkError};
    ///
    /// let error = "4024".parse::<SdkError>().unwrap_err();
    /// assert_eq!(
    ///     error.sdk_candidates(),
    ///     [SdkError::FrontendStatusFuncMetaNotFound, SdkError::NoSuchFunction]
    /// );
    /// ```
    #[cfg(feature = "sdk")]
    pub fn sdk_candidates(&self) -> &'static [SdkError] {
        match self.reason {
            Reason::SdkAmbiguous(index) => SdkError::shared_codes(usize::from(index)).1,
            _ => &[],
        }
    }

    /// The codes an ambiguous Koupleless code may be, one per component; empty
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

    /// Writes `ambiguous <platform> error code "<input>" in <group>: a, b or c`,
    /// each candidate with its group (component, scope) where the error is in
    /// none: the text of every platform whose key several codes share.
    #[cfg(any(feature = "sdk", feature = "paas"))]
    fn write_ambiguous<G: fmt::Display>(
        &self,
        f: &mut fmt::Formatter<'_>,
        platform: &str,
        group: Option<G>,
        candidates: impl ExactSizeIterator<Item = (&'static str, Option<G>)>,
    ) -> fmt::Result {
        write!(f, "ambiguous {platform} error code ")?;
        self.write_input(f)?;
        if let Some(group) = &group {
            write!(f, " in {group}")?;
        }
        f.write_str(": ")?;
        let last = candidates.len().saturating_sub(1);
        for (i, (name, own)) in candidates.enumerate() {
            match i {
                0 => {}
                i if i == last => f.write_str(" or ")?,
                _ => f.write_str(", ")?,
            }
            f.write_str(name)?;
            if let (None, Some(own)) = (&group, own) {
                write!(f, " ({own})")?;
            }
        }
        Ok(())
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
    /// The first [`ParseCodeError::KEPT`] bytes of `input`, cut at a character
    /// boundary, with its length.
    ///
    /// The bytes are gathered in two 16-byte words, in registers, from a few
    /// loads of a fixed size (overlapping where the input is short), and stored
    /// once each: a copy of a varying length, or stores of a few bytes at a time
    /// that the move of the error right after reads back as wide words, cost
    /// more than the whole lookup before it (the benches showed both).
    #[inline]
    fn text(input: &str) -> Input {
        let bytes = input.as_bytes();
        let len = bytes.len();
        let (head, tail, kept_len) = match (bytes.first_chunk::<16>(), len) {
            (None, _) => (short(bytes), 0, len),
            (Some(head), 16..=32) => {
                // The last 16 bytes, moved down to start at byte 16.
                let last = bytes
                    .last_chunk::<16>()
                    .map_or(0, |l| u128::from_le_bytes(*l));
                let tail = last.checked_shr(8 * (32 - len as u32)).unwrap_or(0);
                (u128::from_le_bytes(*head), tail, len)
            }
            (Some(head), _) => {
                let mut end = ParseCodeError::KEPT;
                while !input.is_char_boundary(end) {
                    end -= 1;
                }
                let tail = bytes[16..]
                    .first_chunk::<16>()
                    .map_or(0, |t| u128::from_le_bytes(*t));
                (u128::from_le_bytes(*head), tail, end)
            }
        };
        let mut kept = [0u8; ParseCodeError::KEPT];
        let (first, second) = kept.split_at_mut(16);
        first.copy_from_slice(&head.to_le_bytes());
        second.copy_from_slice(&tail.to_le_bytes());
        Input::Text {
            kept,
            kept_len: kept_len as u8,
            len: u32::try_from(len).unwrap_or(u32::MAX),
        }
    }
}

/// Up to 15 bytes as the low bytes of a word, zeros above, from two loads that
/// overlap rather than a loop.
#[inline]
fn short(bytes: &[u8]) -> u128 {
    let len = bytes.len() as u32;
    match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(first), Some(last)) => {
            let high = u64::from_le_bytes(*last)
                .checked_shr(8 * (16 - len))
                .unwrap_or(0);
            u128::from(u64::from_le_bytes(*first)) | u128::from(high) << 64
        }
        _ => match (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
            (Some(first), Some(last)) => {
                let high = u64::from(u32::from_le_bytes(*last)) >> (8 * (8 - len));
                u128::from(u32::from_le_bytes(*first)) | u128::from(high) << 32
            }
            _ => bytes
                .iter()
                .rev()
                .fold(0, |word, &byte| word << 8 | u128::from(byte)),
        },
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
                let candidates = self.candidates();
                // Two-level codes stand in tables; wire codes are sent by a
                // component (the build keeps the two kinds of code apart).
                let published = candidates.iter().all(|c| c.origin().is_published());
                f.write_str(if published { ": the " } else { ": " })?;
                let components = candidates.iter().map(|c| c.component().as_str());
                write_list(f, components, "and")?;
                return f.write_str(if published {
                    " tables list it; parse it with its component"
                } else {
                    " send it; parse it with its component"
                });
            }
            #[cfg(feature = "koupleless")]
            (Reason::NotInComponent(component), _) => {
                f.write_str("unknown Koupleless error code ")?;
                self.write_input(f)?;
                return write!(f, " in {component}");
            }
            #[cfg(feature = "sdk")]
            (Reason::SdkAmbiguous(index), _) => {
                let (component, candidates) = SdkError::shared_codes(usize::from(index));
                let candidates = candidates.iter().map(|c| (c.name(), c.component()));
                self.write_ambiguous(f, "openYuanrong", component, candidates)?;
                return match component {
                    Some(_) => f.write_str("; parse its symbol"),
                    None => f.write_str("; parse it with its component, or its symbol"),
                };
            }
            #[cfg(feature = "sdk")]
            (Reason::NotInSdkComponent(component), _) => {
                f.write_str("unknown openYuanrong error code ")?;
                self.write_input(f)?;
                return write!(f, " in {component}");
            }
            #[cfg(feature = "paas")]
            (Reason::PaasAmbiguous(index), _) => {
                let (scope, candidates) = paas::PaasError::shared_codes(usize::from(index));
                let candidates = candidates.iter().map(|c| (c.name(), c.scope()));
                self.write_ambiguous(f, "BlueKing PaaS", scope, candidates)?;
                // The gateway's body carries its number and its `code_name`
                // together; the pair tells its codes apart.
                return f.write_str("; read the gateway's number with its code_name");
            }
            #[cfg(feature = "paas")]
            (Reason::NotInPaasScope(scope), _) => {
                f.write_str("unknown BlueKing PaaS error code ")?;
                self.write_input(f)?;
                return write!(f, " in {scope}");
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
