//! Finds the multiplier of each generated code index: a table of `1 << bits` slots
//! in which every key has a slot of its own, so a lookup is one multiply, one load
//! and one comparison (see `src/lookup/mod.rs`).

use crate::hash::slot;

/// The slot value that marks an empty slot; rows are numbered from 0 to 254.
pub const EMPTY: u8 = u8::MAX;

/// A collision-free index from keys to row numbers.
pub struct Index {
    pub multiplier: u64,
    pub bits: u32,
    pub slots: Vec<u8>,
}

/// Builds an index over `keys` (hashed key, row number). Deterministic: the same
/// keys always give the same index, so builds are reproducible.
pub fn build(keys: &[(u64, u8)]) -> Result<Index, String> {
    for (i, (key, _)) in keys.iter().enumerate() {
        if keys[..i].iter().any(|(other, _)| other == key) {
            return Err(format!("two keys hash to the same value {key:#x}"));
        }
    }
    // Start at a load of at most one half and double the table until a multiplier
    // is found within a bounded number of tries: this runs in every user's build,
    // so it must stay cheap (a sparse table of bytes costs a few KiB at most).
    let min_bits = usize::BITS - keys.len().max(1).leading_zeros() + 1;
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for bits in min_bits..min_bits + 6 {
        let mut slots = vec![EMPTY; 1 << bits];
        for _ in 0..4000 {
            let multiplier = next(&mut state) | 1;
            slots.fill(EMPTY);
            let fits = keys.iter().all(|&(key, row)| {
                let s = &mut slots[slot(key, multiplier, bits)];
                let free = *s == EMPTY;
                *s = row;
                free
            });
            if fits {
                return Ok(Index {
                    multiplier,
                    bits,
                    slots,
                });
            }
        }
    }
    Err(format!(
        "no collision-free index found for {} keys",
        keys.len()
    ))
}

/// splitmix64: a fixed sequence of well-mixed candidate multipliers.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The index as a Rust item `static NAME: crate::lookup::Index<N> = ...;`.
pub fn emit(name: &str, what: &str, index: &Index) -> String {
    let slots: Vec<String> = index.slots.iter().map(u8::to_string).collect();
    let body = crate::rust::wrapped("        ", &slots);
    format!(
        "/// {what}: slot to row number, {EMPTY} for an empty slot.\n\
         static {name}: crate::lookup::Index<{len}> = crate::lookup::Index {{\n\
         \x20   multiplier: {multiplier:#018x},\n\
         \x20   bits: {bits},\n\
         \x20   slots: [\n\
         {body}\
         \x20   ],\n\
         }};\n",
        len = slots.len(),
        multiplier = index.multiplier,
        bits = index.bits,
    )
}

/// Each row's integer key, in row order, as a Rust item `static NAME: [u32; N] = ...;`:
/// what a lookup compares the input's key with once the index has named a row.
/// Kept apart from the rows, as 4 bytes a row, so that the probe stays within a
/// few cache lines rather than reaching into the wide rows.
pub fn emit_keys(name: &str, what: &str, keys: &[u32]) -> String {
    let items: Vec<String> = keys.iter().map(u32::to_string).collect();
    let body = crate::rust::wrapped("    ", &items);
    format!(
        "/// {what}, row by row.\n\
         static {name}: [u32; {len}] = [\n\
         {body}\
         ];\n",
        len = keys.len(),
    )
}

/// `const NAME: RangeInclusive<usize>`: the shortest and the longest of `texts`,
/// so that a lookup rejects input of another length before hashing it.
pub fn emit_lengths<'a>(
    name: &str,
    what: &str,
    texts: impl IntoIterator<Item = &'a str>,
) -> String {
    let lengths: Vec<usize> = texts.into_iter().map(str::len).collect();
    let (min, max) = (
        lengths.iter().copied().min().unwrap_or(0),
        lengths.iter().copied().max().unwrap_or(0),
    );
    format!(
        "/// The lengths of {what}.\nconst {name}: std::ops::RangeInclusive<usize> = {min}..={max};\n"
    )
}
