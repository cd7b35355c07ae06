//! A document's text rebuilt from its tokens, and byte spans of that text
//! mapped back to tokens.
//!
//! Tokens are joined by one space, except after a French elision ("l'",
//! "d'", "qu'": the tokenizer split "l'Ouest" in two), and sentences by one
//! `\n`. A single line
//! break is plain white space to gazner (only a blank line is a fence), so a
//! name could in principle match across two sentences; it then ends at a
//! token end and counts as an ordinary (wrong) prediction.

use crate::conll::Document;

/// A token that is an elided article or conjunction: letters, then an
/// apostrophe.
fn is_elision(token: &str) -> bool {
    token
        .strip_suffix(['\'', '\u{2019}'])
        .is_some_and(|stem| !stem.is_empty() && stem.chars().all(char::is_alphabetic))
}

/// The text of one document and where each token lies in it.
#[derive(Clone, Debug, Default)]
pub struct DocText {
    /// Tokens joined by spaces, sentences by `\n`.
    pub text: String,
    /// Byte offset where each token starts, increasing.
    starts: Vec<usize>,
    /// Byte offset where each token ends, increasing.
    ends: Vec<usize>,
}

impl DocText {
    /// Rebuilds the text of `document`.
    pub fn new(document: &Document) -> DocText {
        let mut out = DocText::default();
        for (s, sentence) in document.sentences.iter().enumerate() {
            if s > 0 {
                out.text.push('\n');
            }
            for (t, token) in sentence.iter().enumerate() {
                if t > 0 && !is_elision(&sentence[t - 1].text) {
                    out.text.push(' ');
                }
                out.starts.push(out.text.len());
                out.text.push_str(&token.text);
                out.ends.push(out.text.len());
            }
        }
        out
    }

    /// The tokens `start..end` that the byte span `start..end` covers
    /// exactly, or `None` when it begins or ends inside a token (or between
    /// tokens).
    pub fn tokens(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let first = self.starts.binary_search(&start).ok()?;
        let last = self.ends.binary_search(&end).ok()?;
        (first <= last).then_some((first, last + 1))
    }

    /// The byte span of tokens `start..end` (half-open, `start < end`).
    pub fn bytes(&self, start: usize, end: usize) -> (usize, usize) {
        (self.starts[start], self.ends[end - 1])
    }

    /// Whether a token starts at byte `offset`.
    pub fn is_token_start(&self, offset: usize) -> bool {
        self.starts.binary_search(&offset).is_ok()
    }

    /// Whether a token ends at byte `offset`.
    pub fn is_token_end(&self, offset: usize) -> bool {
        self.ends.binary_search(&offset).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll::parse;

    #[test]
    fn elisions_join_the_next_token() {
        let doc = &parse("t", "l' O\nOuest I-LOC\nd’ O\nIrak I-LOC\n' O\nx O\n", Some(2)).unwrap()[0];
        let text = DocText::new(doc);
        assert_eq!(text.text, "l'Ouest d’Irak ' x");
        assert_eq!(text.tokens(2, 7), Some((1, 2)));
    }

    #[test]
    fn text_and_offsets() {
        let doc = &parse("t", "Bill I-PER\nClinton I-PER\n\nà O\nParis I-LOC\n", Some(2)).unwrap()[0];
        let text = DocText::new(doc);
        assert_eq!(text.text, "Bill Clinton\nà Paris");
        assert_eq!(text.tokens(0, 12), Some((0, 2)));
        assert_eq!(text.tokens(5, 12), Some((1, 2)));
        assert_eq!(text.tokens(16, 21), Some((3, 4)), "à is two bytes");
        assert_eq!(text.tokens(0, 4), Some((0, 1)));
        assert_eq!(text.tokens(0, 3), None, "ends inside a token");
        assert_eq!(text.tokens(1, 4), None, "starts inside a token");
        assert_eq!(text.bytes(1, 4), (5, 21));
        assert!(text.is_token_start(13) && !text.is_token_start(12));
    }

    #[test]
    fn an_empty_document_has_an_empty_text() {
        let text = DocText::new(&Document::default());
        assert_eq!(text.text, "");
        assert_eq!(text.tokens(0, 0), None);
    }
}
