//! "Did you mean": the codes and names nearest to one that is not found.

use errcodes::Code;

/// How many suggestions to make at most.
const MAX: usize = 3;

/// Up to three codes or vendor names that `input` may have meant: the nearest
/// ones, if they are within a few edits of it (a typo, a swapped or missing
/// character), compared without case. Only the nearest are given, in catalog
/// order: one edit away, a code two edits away is noise.
pub fn nearest(input: &str) -> Vec<&'static str> {
    let input = input.trim().to_lowercase();
    let length = input.chars().count();
    if length == 0 {
        // One edit from nothing is any one-character code (openYuanrong's `0`).
        return Vec::new();
    }
    // A third of the input, so a short word does not look like every code.
    let limit = (length / 3).clamp(1, 4);
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    for name in Code::all().flat_map(|code| code.spellings()) {
        // The distance is at least the difference in length: skip the rest
        // without measuring, which keeps a long input cheap.
        if name.chars().count().abs_diff(length) > limit || found.iter().any(|&(_, n)| n == name) {
            continue;
        }
        let distance = strsim::osa_distance(&input, &name.to_lowercase());
        if distance <= limit {
            found.push((distance, name));
        }
    }
    let Some(nearest) = found.iter().map(|&(distance, _)| distance).min() else {
        return Vec::new();
    };
    found
        .into_iter()
        .filter(|&(distance, _)| distance == nearest)
        .take(MAX)
        .map(|(_, name)| name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_finds_the_code() {
        // The letter O for the digit 0.
        assert_eq!(nearest("cci.O2.409101"), ["CCI.02.409101"]);
    }

    #[test]
    fn names_are_suggested_too() {
        assert_eq!(nearest("argument_eror"), ["ARGUMENT_ERROR"]);
    }

    #[test]
    fn every_suggestion_is_found_by_lookup() {
        for input in [
            "CCI.02.40910",
            "431302",
            "arklet.installbizfaild",
            "ERR_PARAM_INVALD",
        ] {
            let suggestions = nearest(input);
            assert!(!suggestions.is_empty(), "no suggestion for {input}");
            assert!(suggestions.len() <= MAX);
            for suggestion in suggestions {
                let found = errcodes::lookup(suggestion);
                assert!(found.is_ok() || found.is_err_and(|e| e.is_ambiguous()));
            }
        }
    }

    #[test]
    fn nothing_near_is_nothing_suggested() {
        assert!(nearest("hello").is_empty());
        assert!(nearest("").is_empty());
        assert!(nearest(&"9".repeat(100_000)).is_empty());
    }
}
