//! The matching rules that look at single candidates: word boundaries and
//! case. (Short forms depend on the document and live in the scanner.)

use unicode_normalization::char::is_combining_mark;

use crate::entity::CaseRule;
use crate::normalize::{Case, Normalized};

/// Whether a match may begin or end between `left` and `right` (`None` at
/// the ends of the text).
///
/// Letters, digits and combining marks on both sides glue, except in scripts
/// written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar); and no
/// boundary ever separates a combining mark from the character before it.
pub(crate) fn separates(left: Option<char>, right: Option<char>) -> bool {
    let (Some(l), Some(r)) = (left, right) else {
        return true;
    };
    if is_combining_mark(r) {
        // A mark belongs to the character before it, whatever that is.
        return false;
    }
    !is_word_char(l) || !is_word_char(r) || is_spaceless(l) || is_spaceless(r)
}

/// Whether a name may end between `left` and `right` inside a Korean word:
/// Korean writes its particles and endings as part of the word ("미국과",
/// "일본의"), so a name written in Hangul may be followed by more Hangul.
/// (Normalization decomposes syllables into jamo, so both are counted.)
pub(crate) fn is_hangul_suffix_point(left: Option<char>, right: Option<char>) -> bool {
    matches!((left, right), (Some(l), Some(r)) if is_hangul(l) && is_hangul(r))
}

fn is_hangul(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'          // jamo
        | '\u{3130}'..='\u{318F}'        // compatibility jamo
        | '\u{A960}'..='\u{A97F}'        // jamo extended A
        | '\u{AC00}'..='\u{D7A3}'        // syllables
        | '\u{D7B0}'..='\u{D7FF}'        // jamo extended B
    )
}

/// Whether `s` has at least `min_letters` letters and all of them are
/// capitals: an acronym as written ("UN", "NATO").
pub(crate) fn in_capitals(s: &str, min_letters: usize) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic());
    letters.clone().take(min_letters).count() == min_letters && letters.all(char::is_uppercase)
}

/// Letters, digits and combining marks: characters a word is made of.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Characters of scripts written without spaces between words.
pub(crate) fn is_spaceless(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'          // Thai, Lao
        | '\u{1000}'..='\u{109F}'        // Myanmar
        | '\u{1780}'..='\u{17FF}'        // Khmer
        | '\u{19E0}'..='\u{19FF}'        // Khmer symbols
        | '\u{2E80}'..='\u{2FDF}'        // CJK radicals
        | '\u{3005}'..='\u{3007}'        // 々 〆 〇
        | '\u{3040}'..='\u{30FF}'        // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}'        // Katakana extensions
        | '\u{3400}'..='\u{4DBF}'        // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'        // CJK unified ideographs
        | '\u{A9E0}'..='\u{A9FF}'        // Myanmar extended B
        | '\u{AA60}'..='\u{AA7F}'        // Myanmar extended A
        | '\u{F900}'..='\u{FAFF}'        // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}'        // half-width katakana
        | '\u{20000}'..='\u{3FFFF}') // CJK extensions B and later
}

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
    fn separates_words() {
        assert!(separates(None, Some('a')));
        assert!(separates(Some(' '), Some('a')));
        assert!(separates(Some('\''), Some('a')));
        assert!(separates(Some('-'), Some('a')));
        assert!(!separates(Some('x'), Some('a')));
        assert!(!separates(Some('1'), Some('a')));
        assert!(!separates(Some('a'), Some('\u{0301}')));
        assert!(separates(Some('长'), Some('王')));
        assert!(separates(Some('a'), Some('王')));
        assert!(
            !separates(Some('ก'), Some('\u{0E31}')),
            "a Thai mark stays on its base"
        );
        assert!(!separates(Some('д'), Some('ж')));
    }

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
