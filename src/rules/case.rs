//! The case rule of each alias (`exact`, `proper`, `insensitive`): the
//! automaton matched the folded text, this compares the text as written.

use unicode_normalization::char::is_combining_mark;

use crate::entity::CaseRule;
use crate::normalize::{Case, Normalized};

/// Reusable buffers for case checks.
#[derive(Clone, Debug, Default)]
pub(crate) struct CaseChecker {
    surface: Normalized,
    alias: Normalized,
}

impl CaseChecker {
    /// Whether `surface` (the original text of a match) satisfies the case
    /// rule of `alias`. Both already match once case is folded.
    pub(crate) fn allows(&mut self, rule: CaseRule, alias: &str, surface: &str) -> bool {
        match rule {
            CaseRule::Insensitive => true,
            CaseRule::Exact => {
                if alias.trim() == surface {
                    return true;
                }
                self.prepare(alias, surface);
                self.alias.text.trim_matches(' ') == self.surface.text
            }
            CaseRule::Proper => {
                let alias = alias.trim();
                if alias.is_ascii() && surface.is_ascii() {
                    // Normalizing ASCII with its case kept changes white space
                    // and backticks only, never which bytes are letters or
                    // digits nor their case: the initials are read directly.
                    return proper_ascii(alias.as_bytes(), surface.as_bytes());
                }
                self.prepare(alias, surface);
                initials_agree(
                    word_initials(self.alias.text.trim_matches(' ')),
                    word_initials(&self.surface.text),
                )
            }
        }
    }

    fn prepare(&mut self, alias: &str, surface: &str) {
        self.alias.normalize(alias, Case::Keep);
        self.surface.normalize(surface, Case::Keep);
    }
}

/// The case rule `proper` on ASCII alias and surface: where an initial of
/// the alias is a capital, the surface's is one too, and both have as many
/// words.
fn proper_ascii(alias: &[u8], surface: &[u8]) -> bool {
    initials_agree(
        ascii_initials(alias).map(char::from),
        ascii_initials(surface).map(char::from),
    )
}

/// The rule `proper` on the word initials of alias and surface: as many
/// words, and a capital in the surface wherever the alias has one.
fn initials_agree(mut alias: impl Iterator<Item = char>, mut surface: impl Iterator<Item = char>) -> bool {
    loop {
        match (alias.next(), surface.next()) {
            (None, None) => return true,
            (Some(a), Some(s)) => {
                if a.is_uppercase() && !s.is_uppercase() {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// [`word_initials`] of ASCII text, byte by byte.
fn ascii_initials(text: &[u8]) -> impl Iterator<Item = u8> + '_ {
    let mut in_word = false;
    text.iter().copied().filter(move |b| {
        let word = b.is_ascii_alphanumeric();
        let starts = word && !in_word;
        in_word = word;
        starts
    })
}

/// The first letter or digit of every word. Combining marks neither start
/// nor split a word: an alias that begins with a stray mark ("\u{5A5}U")
/// still has "U" as its first initial.
fn word_initials(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut in_word = false;
    text.chars().filter(move |&c| {
        if is_combining_mark(c) {
            return false;
        }
        let word = c.is_alphanumeric();
        let starts = word && !in_word;
        in_word = word;
        starts
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_rules() {
        let mut c = CaseChecker::default();
        assert!(c.allows(CaseRule::Exact, "UE", "UE"));
        assert!(!c.allows(CaseRule::Exact, "UE", "ue"));
        assert!(!c.allows(CaseRule::Exact, "UE", "Ue"));
        assert!(c.allows(CaseRule::Exact, "ÉU", "EU"));
        assert!(c.allows(CaseRule::Proper, "Turkey", "TURKEY"));
        assert!(!c.allows(CaseRule::Proper, "Turkey", "turkey"));
        assert!(c.allows(CaseRule::Proper, "NATO", "Nato"));
        assert!(c.allows(CaseRule::Proper, "Union européenne", "Union Européenne"));
        assert!(!c.allows(CaseRule::Proper, "Union européenne", "union européenne"));
        assert!(c.allows(
            CaseRule::Proper,
            "République d'Azerbaïdjan",
            "République d’Azerbaïdjan"
        ));
        assert!(c.allows(CaseRule::Proper, "Außenministerium", "AUSSENMINISTERIUM"));
        assert!(c.allows(CaseRule::Insensitive, "x", "X"));
        // ASCII on both sides, read without normalizing: white space and
        // punctuation between words, digits as initials.
        assert!(c.allows(CaseRule::Proper, " New  York ", "NEW\n\nYORK"));
        assert!(!c.allows(CaseRule::Proper, "New York", "New york"));
        assert!(c.allows(CaseRule::Proper, "G-7 summit", "G-7 Summit"));
        assert!(!c.allows(CaseRule::Proper, "G-7", "g-7"));
        assert!(c.allows(CaseRule::Proper, "`Abd", "'ABD"));
        assert!(!c.allows(CaseRule::Proper, "New York", "New York City"));
        assert!(c.allows(CaseRule::Proper, "x 1", "X 1"));
        // One side ASCII, the other not: normalized as before.
        assert!(c.allows(CaseRule::Proper, "Etats-Unis", "États-Unis"));
        assert!(!c.allows(CaseRule::Proper, "Etats-Unis", "états-Unis"));
        // A stray mark does not hide the capital after it.
        assert!(!c.allows(CaseRule::Proper, "\u{5A5}U w", "\u{5A5}u W"));
    }
}
