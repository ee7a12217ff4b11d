//! The two dimensions of a Koupleless code: the component table that lists it, and
//! its Level 1 error source.

use std::fmt;

include!("dimensions.rs");

/// `Component`, its `ALL` and `as_str`, from the list in `dimensions.rs`.
macro_rules! component_enum {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// The component a Koupleless code belongs to: for a two-level code, the
        /// component whose published table lists it; for a wire code, the component
        /// whose source defines and sends it. The same code string can stand in two
        /// tables (`User.DiskFull`), and two components send `SUCCESS` and `FAILED`,
        /// so the component is part of what identifies a code.
        ///
        /// ```
        /// use errcodes::koupleless::{Component, KouplelessError};
        ///
        /// assert_eq!(KouplelessError::ArkletInstallBizFailed.component(), Component::Arklet);
        /// assert_eq!(KouplelessError::SofaArkRepeatBiz.component(), Component::SofaArk);
        /// assert_eq!("modulecontroller".parse::<Component>(), Ok(Component::ModuleController));
        /// ```
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[non_exhaustive]
        pub enum Component {
            $($(#[$doc])* $variant,)*
        }

        impl Component {
            /// Every component: the three of the published page, in its order, then
            /// those whose source alone defines codes (`SofaArk`, `KouplelessCommon`,
            /// `VirtualKubelet`).
            ///
            /// ```
            /// assert_eq!(errcodes::koupleless::Component::ALL.len(), 6);
            /// ```
            pub const ALL: &'static [Component] = &[$(Component::$variant),*];

            /// The component's name: `Arklet`, `ModuleController`, `KouplelessBoard`,
            /// `SofaArk`, `KouplelessCommon` or `VirtualKubelet`.
            ///
            /// ```
            /// assert_eq!(errcodes::koupleless::Component::KouplelessBoard.as_str(), "KouplelessBoard");
            /// ```
            pub const fn as_str(&self) -> &'static str {
                match self {
                    $(Component::$variant => $name,)*
                }
            }
        }
    };
}

koupleless_components!(component_enum);

impl Component {
    /// The component's Level 1 table: each error source it lists, with what the
    /// source means for this component. Empty for a component the published page
    /// has no table for (`SofaArk`, `KouplelessCommon`, `VirtualKubelet`).
    ///
    /// ```
    /// use errcodes::koupleless::{Component, Source};
    ///
    /// let sources: Vec<(Source, &str)> = Component::Arklet.sources().collect();
    /// assert_eq!(sources[0], (Source::User, "Errors caused by the user"));
    /// assert_eq!(sources.len(), 4);
    /// assert_eq!(Component::SofaArk.sources().count(), 0);
    /// ```
    pub fn sources(&self) -> impl Iterator<Item = (Source, &'static str)> + use<> {
        let component = *self;
        super::SOURCE_MEANINGS
            .iter()
            .filter(move |row| row.component == component)
            .map(|row| (row.source, row.meaning))
    }
}

/// Writes [`Component::as_str`].
impl fmt::Display for Component {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses [`Component::as_str`] in any ASCII case; `DashBoard`, the published
/// page's title for the KouplelessBoard table, is accepted too.
impl std::str::FromStr for Component {
    type Err = ParseComponentError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim_ascii();
        if name.eq_ignore_ascii_case("DashBoard") {
            return Ok(Component::KouplelessBoard);
        }
        Component::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(name))
            .ok_or_else(|| ParseComponentError {
                input: s.to_owned(),
            })
    }
}

/// The error of parsing a [`Component`].
///
/// ```
/// let error = "Gateway".parse::<errcodes::koupleless::Component>().unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     r#"unknown Koupleless component "Gateway": expected Arklet, ModuleController, KouplelessBoard, SofaArk, KouplelessCommon or VirtualKubelet"#
/// );
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ParseComponentError {
    input: String,
}

impl fmt::Display for ParseComponentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown Koupleless component {:?}: expected ", self.input)?;
        crate::parse_error::write_list(f, Component::ALL.iter().map(Component::as_str), "or")
    }
}

impl std::error::Error for ParseComponentError {}

impl ParseComponentError {
    /// The text that did not name a component, as given.
    ///
    /// ```
    /// let error = " Gateway".parse::<errcodes::koupleless::Component>().unwrap_err();
    /// assert_eq!(error.input(), " Gateway");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }
}

/// `Source`, its `ALL` and `as_str`, from the list in `dimensions.rs`.
macro_rules! source_enum {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// The Level 1 of a Koupleless code: where the error comes from.
        ///
        /// ```
        /// use errcodes::koupleless::{KouplelessError, Source};
        ///
        /// assert_eq!(KouplelessError::KubeApiServerGetBaseInstanceFailed.sources(), [Source::KubeApiServer]);
        /// assert_eq!(Source::KubeApiServer.as_str(), "KubeAPIServer");
        /// ```
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[non_exhaustive]
        pub enum Source {
            $($(#[$doc])* $variant,)*
        }

        impl Source {
            /// Every source, in the order of this enum.
            ///
            /// ```
            /// assert_eq!(errcodes::koupleless::Source::ALL.len(), 7);
            /// ```
            pub const ALL: &'static [Source] = &[$(Source::$variant),*];

            /// The source as codes write it: `User`, `OtherUpstream`, `KubeAPIServer`.
            ///
            /// ```
            /// assert_eq!(errcodes::koupleless::Source::OtherUpstream.as_str(), "OtherUpstream");
            /// ```
            pub const fn as_str(&self) -> &'static str {
                match self {
                    $(Source::$variant => $name,)*
                }
            }
        }
    };
}

koupleless_sources!(source_enum);

impl Source {
    /// What the source means in `component`'s Level 1 table, if it lists it.
    ///
    /// ```
    /// use errcodes::koupleless::{Component, Source};
    ///
    /// assert_eq!(
    ///     Source::Arklet.meaning_in(Component::ModuleController),
    ///     Some("Exceptions caused by specific downstream components")
    /// );
    /// assert_eq!(Source::KubeApiServer.meaning_in(Component::ModuleController), None);
    /// ```
    pub fn meaning_in(&self, component: Component) -> Option<&'static str> {
        component
            .sources()
            .find(|(source, _)| source == self)
            .map(|(_, meaning)| meaning)
    }

    /// What the source means in `component`'s Level 1 table, in `lang`: the
    /// English page's or the Chinese page's (`koupleless-zh.md`) text.
    ///
    /// ```
    /// use errcodes::Lang;
    /// use errcodes::koupleless::{Component, Source};
    ///
    /// assert_eq!(Source::User.meaning_in_lang(Component::Arklet, Lang::Zh), Some("客户导致的错误"));
    /// assert_eq!(
    ///     Source::User.meaning_in_lang(Component::Arklet, Lang::En),
    ///     Source::User.meaning_in(Component::Arklet)
    /// );
    /// ```
    pub fn meaning_in_lang(&self, component: Component, lang: crate::Lang) -> Option<&'static str> {
        match lang {
            crate::Lang::En => self.meaning_in(component),
            crate::Lang::Zh => super::SOURCE_MEANINGS_ZH
                .iter()
                .find(|(c, s, _)| *c == component && s == self)
                .map(|(_, _, meaning)| *meaning),
        }
    }
}

/// Writes [`Source::as_str`].
impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
