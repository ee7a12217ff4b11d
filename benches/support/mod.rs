//! What every bench file shares: reproducible shuffled inputs, and the loop that
//! feeds them to the routine under measurement one at a time.

use std::hint::black_box;

use criterion::Bencher;

/// How many inputs a sequence holds at least. Far longer than any branch history
/// a predictor keeps, so a routine cannot learn the order; small enough that the
/// inputs stay in the L2 cache, so it is the routine that is measured, not memory.
pub const SEQUENCE_LEN: usize = 8192;

/// xorshift64*: a fixed-seed generator, so every run shuffles the same way.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `bound` (the bias of the modulo is far below what a
    /// shuffle for benchmarking could notice).
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

/// `set` in random order, again and again, until the sequence has at least
/// [`SEQUENCE_LEN`] inputs: every input equally often, and each round in a new
/// order, so neither the order nor its period is learnable.
pub fn shuffled<T: Clone>(set: &[T], seed: u64) -> Vec<T> {
    assert!(!set.is_empty(), "nothing to shuffle");
    let mut rng = Rng::new(seed);
    let mut sequence = Vec::with_capacity(SEQUENCE_LEN + set.len());
    while sequence.len() < SEQUENCE_LEN {
        let mut round = set.to_vec();
        // Fisher–Yates.
        for i in (1..round.len()).rev() {
            round.swap(i, rng.below(i + 1));
        }
        sequence.extend(round);
    }
    sequence
}

/// Measures `routine` on one input per iteration, taking the inputs of
/// `sequence` in turn: criterion's figure is then the time of one call.
pub fn each<T: Copy, R>(b: &mut Bencher<'_>, sequence: &[T], mut routine: impl FnMut(T) -> R) {
    let mut next = 0;
    b.iter(|| {
        let input = sequence[next];
        next += 1;
        if next == sequence.len() {
            next = 0;
        }
        routine(black_box(input))
    });
}
