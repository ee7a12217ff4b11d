//! `search`: the entries whose texts contain all the words.

use crate::entry::Entry;

/// Words to find, each in any case.
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(words: &[String]) -> Query {
        Query {
            words: words.iter().map(|word| word.to_lowercase()).collect(),
        }
    }

    /// Whether every word is in some text of `entry` (its code, names, where it
    /// belongs, and every text its catalog publishes), ignoring case. Letters
    /// without case, as in Chinese, match as they are.
    pub fn matches(&self, entry: &Entry<'_>) -> bool {
        let texts: Vec<String> = entry.texts().map(str::to_lowercase).collect();
        self.words
            .iter()
            .all(|word| texts.iter().any(|text| text.contains(word.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use errcodes::cci::CciError;
    use errcodes::koupleless::KouplelessError;

    fn query(words: &[&str]) -> Query {
        Query::new(
            &words
                .iter()
                .map(|word| word.to_string())
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn every_word_must_match_some_text_in_any_case() {
        let entry = Entry::of(CciError::NamespaceNameAlreadyExists.into());
        assert!(query(&["NAMESPACE", "already"]).matches(&entry));
        assert!(query(&["namespace名称"]).matches(&entry));
        assert!(!query(&["namespace", "quota"]).matches(&entry));
    }

    #[test]
    fn the_meaning_of_a_koupleless_source_is_searched() {
        let entry = Entry::of(KouplelessError::UserDiskFullInArklet.into());
        assert!(query(&["errors caused by the user"]).matches(&entry));
    }
}
