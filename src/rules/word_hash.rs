//! A fast hash for the short words of the rules' fixed lists (given names,
//! titles, heads): FNV-1a, a few instructions a byte where the standard
//! SipHash costs about a hundred a word. Only for tables whose keys come
//! from the lists, never from the text read: the text only looks words up,
//! so it cannot crowd a bucket.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a over the bytes written.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A map keyed by list words.
pub(crate) type WordMap<V> = HashMap<Box<str>, V, BuildHasherDefault<Fnv>>;

/// A set of list words.
pub(crate) type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_and_others_are_not() {
        let set: WordSet = ["Dr", "President", "rue", "Кейтлан"].into_iter().collect();
        for word in ["Dr", "President", "rue", "Кейтлан"] {
            assert!(set.contains(word), "{word}");
        }
        for word in ["", "dr", "Presiden", "Rue", "Кейтла"] {
            assert!(!set.contains(word), "{word}");
        }
        let mut a = Fnv::default();
        a.write(b"ab");
        let mut b = Fnv::default();
        b.write(b"ba");
        assert_ne!(a.finish(), b.finish());
    }
}
