//! Hyphenated compounds: a name joined by a hyphen to a capitalized word
//! that no other hit covers is only part of a longer name
//! ("Nouvelle-Guinée", "Jean-Pierre"); an acronym joined to a word in
//! lowercase is a compound noun that names it ("NATO-Generalsekretär").

use super::boundary::is_word_char;
use super::text::{floor_boundary, in_capitals};
use super::{CONTEXT, Neighbours};

/// Whether the match `start..end` of `text` is only part of a hyphenated
/// proper name: a hyphen joins it to a word that starts with a capital and
/// that no other hit covers ("Guinée" in "Nouvelle-Guinée", "Pierre" in
/// "Jean-Pierre"), while "UE-Azerbaïdjan" keeps both names. A word before the
/// hyphen that reaches further than [`CONTEXT`] counts as not capitalized.
/// An acronym joined to a word in lowercase ("NATO-Generalsekretär",
/// "US-Außenminister", "ONU-Habitat") is a compound noun that names it, not
/// part of a longer name; words in capitals ("NOUVELLE-GUINÉE") are not.
pub(super) fn is_compound_part(text: &str, start: usize, end: usize, neighbours: &Neighbours) -> bool {
    let acronym = in_capitals(&text[start..end], 2);
    let mut after = text[end..].chars();
    if let Some(h) = after.next().filter(|&c| is_hyphen(c))
        && after.next().is_some_and(char::is_uppercase)
        && !neighbours.starts_at(end + h.len_utf8())
    {
        let word_at = end + h.len_utf8();
        let ceil = floor_boundary(text, (end + CONTEXT).min(text.len()));
        let word = text[word_at..ceil.max(word_at)]
            .split(|c| !is_word_char(c))
            .next()
            .unwrap_or("");
        if !(acronym && word.chars().any(char::is_lowercase)) {
            return true;
        }
    }
    let mut before = text[..start].chars().rev();
    if let Some(h) = before.next().filter(|&c| is_hyphen(c)) {
        let hyphen_at = start - h.len_utf8();
        let word = word_before(text, hyphen_at);
        let capitalized = word.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        let lowercase = word.is_some_and(|w| w.chars().any(char::is_lowercase));
        if capitalized && !neighbours.ends_at(hyphen_at) && !(acronym && lowercase) {
            return true;
        }
    }
    false
}

/// Hyphens proper, not dashes: they join the parts of one name.
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The word that ends at `at`, if it starts within [`CONTEXT`] bytes (and
/// is not cut there).
fn word_before(text: &str, at: usize) -> Option<&str> {
    let floor = floor_boundary(text, at.saturating_sub(CONTEXT));
    let start = match text[floor..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
    {
        Some((i, c)) => floor + i + c.len_utf8(),
        None if floor == 0 => 0,
        None => return None,
    };
    (start < at).then(|| &text[start..at])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compound(text: &str, word: &str, neighbours: &Neighbours) -> bool {
        let start = text.find(word).unwrap();
        is_compound_part(text, start, start + word.len(), neighbours)
    }

    #[test]
    fn hyphen_joins_a_capitalized_word() {
        let none = Neighbours::default();
        assert!(compound("la Nouvelle-Guinée", "Guinée", &none));
        assert!(compound("la Colombie-Britannique", "Colombie", &none));
        assert!(!compound("pro-Colombie", "Colombie", &none));
        assert!(
            !compound("Colombie\u{2014}Britannique", "Colombie", &none),
            "a dash"
        );
        assert!(!compound("NATO-Generalsekretär", "NATO", &none));
        assert!(compound("NATO-GIPFEL", "NATO", &none));
        let mut both = Neighbours::default();
        both.fill([(0, 2), (3, 15)].into_iter());
        assert!(
            !compound("UE-Azerbaïdjan", "UE", &both),
            "another hit starts after the hyphen"
        );
        assert!(
            !compound("UE-Azerbaïdjan", "Azerbaïdjan", &both),
            "another hit ends before it"
        );
    }

    #[test]
    fn word_before_is_bounded() {
        assert_eq!(word_before("Nouvelle-Guinée", 8), Some("Nouvelle"));
        assert_eq!(word_before("-x", 0), None);
        let long = format!("{}-", "A".repeat(100));
        assert_eq!(word_before(&long, 100), None);
    }
}
