//! Turning tag sequences into chunks, with the rules of conlleval.
//!
//! A chunk starts at `B-X`; at `I-X` after `O`; and at `I-X` after a tag of
//! another type (a type change inside a chunk starts a new chunk). It ends
//! before any tag that does not continue it, and at the end of the sentence.
//! The same rules read IOB2 (every chunk opens with `B-`), IOB1 (`B-` only
//! between two adjacent chunks of the same type) and IO (no `B-` at all, so
//! adjacent chunks of one type merge: that is the format's loss, not ours).

use crate::conll::{Document, Tag};

/// A chunk: tokens `start..end` of a document (half-open) and their type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chunk {
    /// Index of its first token in the document.
    pub start: usize,
    /// One past the index of its last token.
    pub end: usize,
    /// Its type as tagged (`PER`, `LOC`...).
    pub kind: String,
}

/// The chunks of one sentence's tags, with token indices counted from `offset`.
pub fn chunks<'t>(tags: impl IntoIterator<Item = &'t Tag>, offset: usize) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::new();
    let mut open: Option<Chunk> = None;
    for (i, tag) in tags.into_iter().enumerate() {
        let at = offset + i;
        let continues = match (tag, &open) {
            (Tag::I(kind), Some(chunk)) => *kind == chunk.kind,
            _ => false,
        };
        if continues {
            if let Some(chunk) = &mut open {
                chunk.end = at + 1;
            }
            continue;
        }
        out.extend(open.take());
        open = match tag {
            Tag::O => None,
            Tag::B(kind) | Tag::I(kind) => Some(Chunk {
                start: at,
                end: at + 1,
                kind: kind.clone(),
            }),
        };
    }
    out.extend(open);
    out
}

/// The gold chunks of a document, with token indices counted over the whole
/// document; no chunk crosses a sentence boundary.
pub fn gold(document: &Document) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut offset = 0;
    for sentence in &document.sentences {
        out.extend(chunks(sentence.iter().map(|t| &t.tag), offset));
        offset += sentence.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll::parse;

    /// `(start, end, kind)` of the chunks of space-separated tags.
    fn spans(tags: &str) -> Vec<(usize, usize, String)> {
        let tags: Vec<Tag> = tags.split(' ').map(|t| Tag::parse(t).unwrap()).collect();
        chunks(&tags, 0)
            .into_iter()
            .map(|c| (c.start, c.end, c.kind))
            .collect()
    }

    fn s(start: usize, end: usize, kind: &str) -> (usize, usize, String) {
        (start, end, kind.to_string())
    }

    #[test]
    fn iob2() {
        assert_eq!(spans("B-PER I-PER O B-LOC"), [s(0, 2, "PER"), s(3, 4, "LOC")]);
        assert_eq!(spans("B-PER B-PER I-PER"), [s(0, 1, "PER"), s(1, 3, "PER")]);
    }

    #[test]
    fn i_after_o_starts_a_chunk() {
        assert_eq!(spans("O I-ORG I-ORG O I-ORG"), [s(1, 3, "ORG"), s(4, 5, "ORG")]);
    }

    #[test]
    fn a_type_change_inside_a_chunk_starts_a_new_one() {
        assert_eq!(spans("B-PER I-LOC I-LOC"), [s(0, 1, "PER"), s(1, 3, "LOC")]);
        assert_eq!(
            spans("I-PER I-LOC B-LOC"),
            [s(0, 1, "PER"), s(1, 2, "LOC"), s(2, 3, "LOC")]
        );
    }

    #[test]
    fn iob1_uses_b_only_between_chunks_of_one_type() {
        // IOB1: "I-PER I-PER B-PER" is two people, the second one token long.
        assert_eq!(spans("I-PER I-PER B-PER O"), [s(0, 2, "PER"), s(2, 3, "PER")]);
    }

    #[test]
    fn io_merges_adjacent_chunks_of_one_type() {
        assert_eq!(spans("I-LOC I-LOC O I-PER"), [s(0, 2, "LOC"), s(3, 4, "PER")]);
    }

    #[test]
    fn chunks_end_with_the_sentence_and_count_over_the_document() {
        let doc = &parse("t", "a I-PER\nb I-PER\n\nc I-PER\nd O\n", Some(2)).unwrap()[0];
        let found: Vec<_> = gold(doc).into_iter().map(|c| (c.start, c.end)).collect();
        assert_eq!(found, [(0, 2), (2, 3)]);
    }

    #[test]
    fn an_empty_document_has_no_chunks() {
        assert!(gold(&Document::default()).is_empty());
        assert!(spans("O O").is_empty());
    }
}
