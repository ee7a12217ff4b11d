//! Finds the multiplier of each generated code index: a table of `1 << bits` slots
//! in which every key has a slot of its own, so a lookup is one multiply, one load
//! and one comparison (see `src/lookup/mod.rs`).

use super::hash::slot;

/// A table's row numbers, and so its enum's discriminants and its indexes'
/// slots, are `u8` up to 255 rows and `u16` above (the largest value of each marks
/// an empty slot).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Width {
    U8,
    U16,
}

impl Width {
    /// The width that numbers `rows` rows, if one does.
    pub fn of(rows: usize) -> Option<Width> {
        match rows {
            0..=0xff => Some(Width::U8),
            0x100..=0xffff => Some(Width::U16),
            _ => None,
        }
    }

    /// The Rust type: `u8` or `u16`.
    pub fn rust(self) -> &'static str {
        match self {
            Width::U8 => "u8",
            Width::U16 => "u16",
        }
    }

    /// The slot value that marks an empty slot.
    pub fn empty(self) -> u16 {
        match self {
            Width::U8 => u16::from(u8::MAX),
            Width::U16 => u16::MAX,
        }
    }
}

/// A collision-free index from keys to row numbers.
pub struct Index {
    pub multiplier: u64,
    pub bits: u32,
    pub width: Width,
    pub slots: Vec<u16>,
}

/// Builds an index over `keys` (hashed key, row number). Deterministic: the same
/// keys always give the same index, so builds are reproducible.
pub fn build(keys: &[(u64, u16)], width: Width) -> Result<Index, String> {
    let empty = width.empty();
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
        let mut slots = vec![empty; 1 << bits];
        for _ in 0..4000 {
            let multiplier = next(&mut state) | 1;
            slots.fill(empty);
            let fits = keys.iter().all(|&(key, row)| {
                let s = &mut slots[slot(key, multiplier, bits)];
                let free = *s == empty;
                *s = row;
                free
            });
            if fits {
                return Ok(Index {
                    multiplier,
                    bits,
                    width,
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

/// The index as a row of `index!` (`src/generated.rs`):
/// `static NAME: [u8; SLOTS] = (multiplier, bits) [slots];`.
pub fn emit(name: &str, what: &str, index: &Index) -> String {
    let slots: Vec<String> = index.slots.iter().map(u16::to_string).collect();
    format!(
        "crate::generated::index! {{\n\
         \x20   /// {what}: slot to row number, {empty} for an empty slot.\n\
         \x20   static {name}: [{ty}; {len}] = ({multiplier:#018x}, {bits}) [\n\
         {body}\
         \x20   ];\n\
         }}\n",
        empty = index.width.empty(),
        ty = index.width.rust(),
        len = slots.len(),
        multiplier = index.multiplier,
        bits = index.bits,
        body = super::rust::lines_of("        ", &slots, 16),
    )
}

/// Each row's integer key, in row order, as a row of `keys!`
/// (`src/generated.rs`): what a lookup compares the input's key with once the
/// index has named a row. Kept apart from the rows, as 4 bytes a row, so that
/// the probe stays within a few cache lines rather than reaching into the wide
/// rows.
pub fn emit_keys(name: &str, what: &str, keys: &[u32]) -> String {
    let items: Vec<String> = keys.iter().map(u32::to_string).collect();
    format!(
        "crate::generated::keys! {{\n\
         \x20   /// {what}, row by row.\n\
         \x20   static {name}: [u32; {len}] = [\n\
         {body}\
         \x20   ];\n\
         }}\n",
        len = keys.len(),
        body = super::rust::lines_of("        ", &items, 8),
    )
}

/// A row of `lengths!` (`src/generated.rs`), `const NAME = min..=max;`: the
/// shortest and the longest of `texts`,
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
        "crate::generated::lengths! {{\n\
         \x20   /// The lengths of {what}.\n\
         \x20   const {name} = {min}..={max};\n\
         }}\n"
    )
}
