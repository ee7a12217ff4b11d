//! The vendors' texts by language: each code's message, description and
//! solution in Chinese and English where the vendor writes them, with where each
//! comes from. Nothing here is translated: a text the vendor does not give in a
//! language is absent.

use std::fmt;
use std::str::FromStr;

/// A language the vendors write their texts in.
///
/// ```
/// use errcodes::Lang;
///
/// assert_eq!("zh".parse(), Ok(Lang::Zh));
/// assert_eq!(Lang::En.other(), Lang::Zh);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Lang {
    /// Chinese (simplified), `zh`.
    Zh,
    /// English, `en`.
    En,
}

impl Lang {
    /// `zh` or `en`.
    ///
    /// ```
    /// assert_eq!(errcodes::Lang::Zh.as_str(), "zh");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The other language.
    ///
    /// ```
    /// assert_eq!(errcodes::Lang::Zh.other(), errcodes::Lang::En);
    /// ```
    pub const fn other(&self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Lang {
    type Err = crate::ParseNameError;

    /// `zh` or `en`, in any ASCII case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.eq_ignore_ascii_case("zh") {
            Ok(Lang::Zh)
        } else if s.eq_ignore_ascii_case("en") {
            Ok(Lang::En)
        } else {
            Err(crate::meaning::ParseNameError {
                what: "language",
                names: &["zh", "en"],
            })
        }
    }
}

/// Which of a code's texts: the vendors' columns, as the crate's accessors
/// name them.
///
/// openYuanrong's SDK table calls its message "Description" (`描述`): it is
/// [`Message`](TextField::Message) here, as [`message`](crate::ErrorCode::message)
/// returns it; its REST table's description is [`Description`](TextField::Description).
/// Koupleless's "meaning" is the [`Message`](TextField::Message).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum TextField {
    /// What went wrong, as the page or the server says it.
    Message,
    /// A longer description (CCI's `描述`, openYuanrong's REST description).
    Description,
    /// What to do (`处理措施`, `解决方法`, "Solution").
    Solution,
    /// Koupleless's business type (`业务类型`).
    BusinessType,
}

impl TextField {
    /// `message`, `description`, `solution` or `business_type`.
    ///
    /// ```
    /// assert_eq!(errcodes::TextField::Solution.as_str(), "solution");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            TextField::Message => "message",
            TextField::Description => "description",
            TextField::Solution => "solution",
            TextField::BusinessType => "business_type",
        }
    }
}

/// Where a text comes from.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum TextOrigin {
    /// A page the vendor publishes, kept under `codes/published/` (the Chinese
    /// pages of Koupleless and openYuanrong included).
    Published,
    /// The vendor's source code: the text its server sends or its source
    /// defines (bkpaas3's Chinese source text and the English it sends, ESB's
    /// English).
    VendorSource,
}

impl TextOrigin {
    /// `published` or `vendor-source`, as [`StatusOrigin`](crate::StatusOrigin) writes them.
    ///
    /// ```
    /// assert_eq!(errcodes::TextOrigin::VendorSource.as_str(), "vendor-source");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            TextOrigin::Published => "published",
            TextOrigin::VendorSource => "vendor-source",
        }
    }
}

/// One vendor text of a code, verbatim.
///
/// ```
/// use errcodes::{Lang, TextField, TextOrigin};
/// use errcodes::paas::PaasError;
///
/// // bkpaas3 publishes English; its source's Chinese is what the server sends in zh.
/// let zh = PaasError::CannotGetDeployment.text(TextField::Message, Lang::Zh).unwrap();
/// assert_eq!(zh.text(), "查询部署信息失败");
/// assert_eq!(zh.origin(), TextOrigin::VendorSource);
/// assert!(zh.source().starts_with("TencentBlueKing/blueking-paas:"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Text {
    pub(crate) field: TextField,
    pub(crate) lang: Lang,
    pub(crate) origin: TextOrigin,
    pub(crate) source: &'static str,
    pub(crate) text: &'static str,
}

impl Text {
    /// The text, verbatim.
    pub const fn text(&self) -> &'static str {
        self.text
    }

    /// Which text of the code it is.
    pub const fn field(&self) -> TextField {
        self.field
    }

    /// Its language: the language the vendor wrote it in.
    pub const fn lang(&self) -> Lang {
        self.lang
    }

    /// A published page or the vendor's source.
    pub const fn origin(&self) -> TextOrigin {
        self.origin
    }

    /// Where it stands: the kept page (`codes/published/koupleless-zh.md`) or
    /// the source line (`owner/repo:path@commit:line`).
    pub const fn source(&self) -> &'static str {
        self.source
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

/// A text for a person, in the language asked for or, where the vendor gives
/// none in it, in the other one: [`is_fallback`](Self::is_fallback) says which.
///
/// ```
/// use errcodes::Lang;
/// use errcodes::paas::PaasError;
///
/// // open_paas 1301xxx codes are published in Chinese only.
/// let text = PaasError::PaasBaseSettingsError.text_in(Lang::En).unwrap();
/// assert!(text.is_fallback());
/// assert_eq!(text.lang(), Lang::Zh);
/// assert_eq!(text.text(), "配置文件中配置项不正确");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LocalizedText {
    text: Text,
    requested: Lang,
}

impl LocalizedText {
    /// The text.
    pub const fn text(&self) -> &'static str {
        self.text.text
    }

    /// The language it is in.
    pub const fn lang(&self) -> Lang {
        self.text.lang
    }

    /// The language asked for.
    pub const fn requested(&self) -> Lang {
        self.requested
    }

    /// Whether the vendor gives no such text in the language asked for, so this
    /// is the other language's.
    pub const fn is_fallback(&self) -> bool {
        !matches!(
            (self.text.lang, self.requested),
            (Lang::Zh, Lang::Zh) | (Lang::En, Lang::En)
        )
    }

    /// The vendor's text with its field, origin and source.
    pub const fn vendor_text(&self) -> Text {
        self.text
    }
}

impl fmt::Display for LocalizedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text.text)
    }
}

/// The first text of `field` in `lang`.
pub(crate) fn find(texts: &[Text], field: TextField, lang: Lang) -> Option<Text> {
    texts
        .iter()
        .find(|t| t.field == field && t.lang == lang)
        .copied()
}

/// The description, else the message, in `lang`, else in the other language;
/// `None` for a code the vendor gives no text for (a code of openYuanrong's
/// source that has only a symbol). (openYuanrong's REST message is a name; its
/// description is the sentence.)
pub(crate) fn person_facing(texts: &[Text], lang: Lang) -> Option<LocalizedText> {
    let pick = |lang| {
        find(texts, TextField::Description, lang).or_else(|| find(texts, TextField::Message, lang))
    };
    let text = pick(lang).or_else(|| pick(lang.other()))?;
    Some(LocalizedText {
        text,
        requested: lang,
    })
}
