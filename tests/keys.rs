//! The integer keys that the numeric and CCI lookups compute from the input
//! (`src/lookup/key.rs`, which `build.rs` shares) agree with a plain reading of
//! the digits, for every length and for digits mixed with other characters.

#[path = "../src/lookup/key.rs"]
mod key;

/// What `key::decimal` must return: the number of 1 to 9 ASCII digits without a
/// leading zero.
fn decimal_by_hand(text: &str) -> Option<u32> {
    // No leading zero; `0` alone is a number (openYuanrong's success code).
    let digits = text.len() <= 9 && (text == "0" || !text.starts_with('0'));
    let digits = digits && !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| text.parse().unwrap())
}

/// Digit strings of every length from 0 to 11, and each with one character
/// replaced by each of a set of non-digits and digits.
fn candidates() -> Vec<String> {
    let mut out = Vec::new();
    let mut state = 0x9e37_79b9_u64;
    for len in 0..=11 {
        for _ in 0..50 {
            let digits: String = (0..len)
                .map(|_| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    char::from(b'0' + (state >> 60) as u8 % 10)
                })
                .collect();
            for at in 0..len {
                for replacement in ['0', '9', '/', ':', ' ', '+', '-', 'a', '.', '\u{7f}', 'é'] {
                    let mut chars: Vec<char> = digits.chars().collect();
                    chars[at] = replacement;
                    out.push(chars.into_iter().collect());
                }
            }
            out.push(digits);
        }
    }
    out
}

#[test]
fn decimal_keys_are_the_numbers_the_digits_write() {
    for text in candidates() {
        assert_eq!(
            key::decimal(text.as_bytes()),
            decimal_by_hand(&text),
            "{text:?}"
        );
    }
    for number in [
        1,
        9,
        10,
        999,
        1000,
        4115,
        99_999_999,
        100_000_000,
        999_999_999,
    ] {
        let text = number.to_string();
        assert_eq!(key::decimal(text.as_bytes()), Some(number), "{text}");
    }
}

#[test]
fn cci_keys_are_the_numbers_the_digits_write() {
    for text in candidates().into_iter().filter(|t| t.chars().count() == 8) {
        let (first, rest) = text.split_at(text.char_indices().nth(2).unwrap().0);
        let code = format!("CCI.{first}.{rest}");
        // `AA.BBBBBB` is the number `AABBBBBB`, leading zeros and all.
        let all_digits = text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit());
        let expected = all_digits.then(|| text.parse::<u32>().unwrap());
        assert_eq!(key::cci(code.as_bytes()), expected, "{code:?}");
    }
    assert_eq!(key::cci(b"cCi.02.409101"), Some(2_409_101));
    for not_cci in [
        "CCI.02.40910",
        "CCI.02.4091011",
        "CCI:02.409101",
        "CCI.02:409101",
        "DCI.02.409101",
    ] {
        assert_eq!(key::cci(not_cci.as_bytes()), None, "{not_cci}");
    }
}
