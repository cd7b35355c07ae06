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
                self.prepare(alias, surface);
                let mut alias_words = word_initials(self.alias.text.trim_matches(' '));
                let mut surface_words = word_initials(&self.surface.text);
                loop {
                    match (alias_words.next(), surface_words.next()) {
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
        }
    }

    fn prepare(&mut self, alias: &str, surface: &str) {
        self.alias.normalize(alias, Case::Keep);
        self.surface.normalize(surface, Case::Keep);
    }
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
        // A stray mark does not hide the capital after it.
        assert!(!c.allows(CaseRule::Proper, "\u{5A5}U w", "\u{5A5}u W"));
    }
}
