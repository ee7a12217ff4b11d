//! The perfect-hash reference: what a lookup of a fixed code set costs at the
//! least, built when the bench starts from the same codes the crate has. A
//! strict key (the input's bytes exactly, or the number), a multiplicative hash
//! whose multiplier is searched until no two keys share a slot, one comparison.
//! No trimming, no case folding, no vendor names: only the published spelling.

/// A key the reference can hash.
pub trait Key: Copy + PartialEq {
    fn hash(self) -> u64;
}

/// The first and the last eight bytes (overlapping in short input), eight from
/// just before the middle in input over 16 bytes, and the length: a few loads,
/// as a hash of a short code should be. The first and last words alone cannot tell bkpaas3's
/// `AGENT_SANDBOX_VOLUME_CREATE_FAILED` from `..._DELETE_FAILED`, and no
/// multiplier would then separate them; the middle word is the crate's own.
impl Key for &str {
    #[inline]
    fn hash(self) -> u64 {
        let bytes = self.as_bytes();
        let word = |chunk: Option<&[u8; 8]>| chunk.map_or(0, |c| u64::from_le_bytes(*c));
        let (first, last) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
            (Some(first), last) => (word(Some(first)), word(last)),
            (None, _) => {
                let mut padded = [0u8; 8];
                padded[..bytes.len()].copy_from_slice(bytes);
                (u64::from_le_bytes(padded), 0)
            }
        };
        // Up to 16 bytes the first and last words hold every byte.
        let len = bytes.len();
        let middle = match len {
            0..=16 => 0,
            _ => word(bytes[len / 2 - 3..].first_chunk::<8>()),
        };
        (first ^ middle.rotate_left(13) ^ last.rotate_left(29) ^ len as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }
}

impl Key for u32 {
    #[inline]
    fn hash(self) -> u64 {
        u64::from(self)
    }
}

/// A collision-free table from keys to values.
pub struct PerfectHash<K, V> {
    multiplier: u64,
    shift: u32,
    slots: Vec<Option<(K, V)>>,
}

impl<K: Key, V: Copy> PerfectHash<K, V> {
    /// Searches a multiplier that gives each of `entries` a slot of its own, in
    /// a table of at least twice as many slots.
    ///
    /// # Panics
    /// When two keys hash alike: no multiplier separates them, and the search
    /// would never end.
    pub fn new(entries: &[(K, V)]) -> Self {
        for (at, &(key, _)) in entries.iter().enumerate() {
            assert!(
                entries[..at]
                    .iter()
                    .all(|&(other, _)| other.hash() != key.hash()),
                "two keys of the reference hash alike"
            );
        }
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut bits = usize::BITS - entries.len().leading_zeros() + 1;
        loop {
            for _ in 0..10_000 {
                state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
                let multiplier = (state ^ (state >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9) | 1;
                let mut slots: Vec<Option<(K, V)>> = vec![None; 1 << bits];
                let fits = entries.iter().all(|&(key, value)| {
                    let slot = &mut slots[slot(key.hash(), multiplier, 64 - bits)];
                    slot.replace((key, value)).is_none()
                });
                if fits {
                    return PerfectHash {
                        multiplier,
                        shift: 64 - bits,
                        slots,
                    };
                }
            }
            bits += 1;
        }
    }

    /// The value of `key`, if it is one of the entries.
    #[inline]
    pub fn get(&self, key: K) -> Option<V> {
        match self.slots[slot(key.hash(), self.multiplier, self.shift)] {
            Some((k, v)) if k == key => Some(v),
            _ => None,
        }
    }
}

#[inline]
fn slot(hash: u64, multiplier: u64, shift: u32) -> usize {
    (hash.wrapping_mul(multiplier) >> shift) as usize
}
