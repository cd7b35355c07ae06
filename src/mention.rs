//! What extraction returns: mentions with their spans, and conversions of
//! byte offsets to char and UTF-16 offsets.

use serde::Serialize;

use crate::entity::{Alias, Entity, Kind};

/// A half-open range of byte offsets into the original text, always on char
/// boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte of the mention.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

impl Span {
    /// The span as a range, for slicing: `&text[span.range()]`.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// One entity a mention may refer to, and the alias that matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Candidate<'x> {
    /// The entity.
    #[serde(flatten)]
    pub entity: &'x Entity,
    /// The alias of the entity that matched.
    pub alias: &'x Alias,
}

/// A name found in the text.
///
/// Several entities can share an alias ("Georgia" the country and the US
/// state, say): the mention then lists every candidate, in gazetteer order,
/// and [`entity`](Mention::entity) is the first; except that the candidate
/// whose `meta.country` the document mentioned most recently before comes
/// first ("Assemblée nationale" after "la France": see the README's
/// matching rules, "Generic names").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention<'x> {
    /// Where it is, in bytes of the original text.
    #[serde(flatten)]
    pub span: Span,
    /// Every entity it may refer to; never empty.
    pub candidates: Vec<Candidate<'x>>,
}

impl<'x> Mention<'x> {
    /// The first candidate entity.
    pub fn entity(&self) -> &'x Entity {
        self.first().entity
    }

    /// The kind of the first candidate entity.
    pub fn kind(&self) -> &'x Kind {
        self.first().entity.kind()
    }

    /// The alias of the first candidate that matched.
    pub fn alias(&self) -> &'x Alias {
        self.first().alias
    }

    /// The mention as written: `&text[span]`, where `text` is the text it
    /// was found in.
    ///
    /// # Panics
    ///
    /// If `text` is not the text the mention was found in and the span does
    /// not fit it.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.range()]
    }

    fn first(&self) -> Candidate<'x> {
        // Invariant: the scanner never builds a mention without candidates.
        self.candidates[0]
    }
}

/// Converts byte offsets of one text to char (Unicode scalar) and UTF-16
/// offsets, in O(1) memory per 256 bytes of text and O(256) time per query.
#[derive(Clone, Debug)]
pub struct TextOffsets<'t> {
    text: &'t [u8],
    /// (chars, utf16 units) before each 256-byte block; empty for ASCII text.
    blocks: Vec<(usize, usize)>,
}

const BLOCK: usize = 256;

impl<'t> TextOffsets<'t> {
    /// Indexes `text`.
    pub fn new(text: &'t str) -> TextOffsets<'t> {
        let bytes = text.as_bytes();
        let mut blocks = Vec::new();
        if !text.is_ascii() {
            let (mut chars, mut units) = (0, 0);
            for block in bytes.chunks(BLOCK) {
                blocks.push((chars, units));
                let (c, u) = count(block);
                chars += c;
                units += u;
            }
        }
        TextOffsets { text: bytes, blocks }
    }

    /// The number of chars before byte offset `byte` (clamped to the text).
    pub fn char_offset(&self, byte: usize) -> usize {
        self.offsets(byte).0
    }

    /// The number of UTF-16 code units before byte offset `byte`.
    pub fn utf16_offset(&self, byte: usize) -> usize {
        self.offsets(byte).1
    }

    fn offsets(&self, byte: usize) -> (usize, usize) {
        let byte = byte.min(self.text.len());
        if self.blocks.is_empty() {
            return (byte, byte);
        }
        let block = byte / BLOCK;
        let (chars, units) = self.blocks.get(block).copied().unwrap_or((0, 0));
        let (c, u) = count(&self.text[block * BLOCK..byte]);
        (chars + c, units + u)
    }
}

/// Chars and UTF-16 units whose first byte lies in `bytes`.
fn count(bytes: &[u8]) -> (usize, usize) {
    let mut chars = 0;
    let mut units = 0;
    for &b in bytes {
        if b & 0xC0 != 0x80 {
            chars += 1;
            units += if b >= 0xF0 { 2 } else { 1 };
        }
    }
    (chars, units)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_match_naive_counts() {
        let text = "Bakou, 25 avril 🇦🇿 Djeyhoun Baïramov — 中国".repeat(20);
        let index = TextOffsets::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let prefix = &text[..byte];
            assert_eq!(index.char_offset(byte), prefix.chars().count());
            assert_eq!(index.utf16_offset(byte), prefix.encode_utf16().count());
        }
    }

    #[test]
    fn ascii_is_identity() {
        let index = TextOffsets::new("plain text");
        assert_eq!(index.char_offset(5), 5);
        assert_eq!(index.utf16_offset(10), 10);
    }
}
