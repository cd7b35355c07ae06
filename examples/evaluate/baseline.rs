//! The CoNLL-2003 baseline tagger: exact string match of the training
//! phrases, longest match first.
//!
//! It is deliberately independent of gazner (no normalization, no case
//! rules, no short forms): an Aho-Corasick automaton over the raw document
//! text finds every occurrence of every phrase; an occurrence counts only if
//! it begins at a token start and ends at a token end; among those, the
//! leftmost wins, the longest at one position, and the scan goes on after it.
//! Phrases never contain a line break, so no match crosses a sentence.

use aho_corasick::{AhoCorasick, MatchKind};

use crate::align::DocText;
use crate::chunk::Chunk;
use crate::train::Lexicon;

/// Exact matcher over the phrases of a [`Lexicon`].
pub struct Baseline {
    automaton: AhoCorasick,
    /// Class of each pattern.
    classes: Vec<String>,
}

impl Baseline {
    /// Compiles the phrases of `lexicon`.
    ///
    /// # Errors
    ///
    /// When the automaton exceeds aho-corasick's limits.
    pub fn new(lexicon: &Lexicon) -> Result<Baseline, aho_corasick::BuildError> {
        // Standard semantics with overlapping search: every occurrence is
        // seen, so a longer phrase that is not token-aligned never hides a
        // shorter one that is.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(lexicon.phrases.iter().map(|(phrase, _)| phrase))?;
        let classes = lexicon.phrases.iter().map(|(_, class)| class.clone()).collect();
        Ok(Baseline { automaton, classes })
    }

    /// The chunks found in `doc`, in order, none overlapping.
    pub fn tag(&self, doc: &DocText) -> Vec<Chunk> {
        let mut found: Vec<(usize, usize, usize)> = self
            .automaton
            .find_overlapping_iter(&doc.text)
            .filter(|m| doc.is_token_start(m.start()) && doc.is_token_end(m.end()))
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        found.sort_unstable_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
        let mut out = Vec::new();
        let mut covered_to = 0;
        for (start, end, pattern) in found {
            if start < covered_to {
                continue;
            }
            covered_to = end;
            // Invariant: both ends were checked to be token boundaries above.
            if let Some((first, last)) = doc.tokens(start, end) {
                out.push(Chunk {
                    start: first,
                    end: last,
                    kind: self.classes[pattern].clone(),
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll::parse;

    fn tag(phrases: &[(&str, &str)], tokens: &str) -> Vec<(usize, usize, String)> {
        let lexicon = Lexicon {
            phrases: phrases
                .iter()
                .map(|(p, c)| (p.to_string(), c.to_string()))
                .collect(),
        };
        let file: String = tokens.split(' ').map(|t| format!("{t} O\n")).collect();
        let doc = &parse("t", &file, None).unwrap()[0];
        let found = Baseline::new(&lexicon).unwrap().tag(&DocText::new(doc));
        found.into_iter().map(|c| (c.start, c.end, c.kind)).collect()
    }

    #[test]
    fn longest_first_exact_case_whole_tokens() {
        let phrases = [
            ("New York", "LOC"),
            ("New York Times", "ORG"),
            ("York", "LOC"),
            ("Paris", "LOC"),
        ];
        assert_eq!(
            tag(&phrases, "the New York Times in New York , not PARIS or Parisien"),
            [(1, 4, "ORG".to_string()), (5, 7, "LOC".to_string())]
        );
    }

    #[test]
    fn a_longer_phrase_cut_inside_a_token_leaves_the_shorter_one() {
        let phrases = [("New York", "LOC"), ("New York Timesx", "ORG")];
        assert_eq!(tag(&phrases, "New York Timesxy"), [(0, 2, "LOC".to_string())]);
    }
}
