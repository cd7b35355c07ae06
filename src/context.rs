//! Rules that look at the original text around a match: hyphenated
//! compounds and text in capitals.
//!
//! Both look at most [`CONTEXT`] bytes away from the match, so that a
//! streaming window with that much margin decides exactly as one-shot
//! extraction does.

use crate::rules::is_word_char;

/// How far, in bytes of the original text, the rules look around a match.
pub(crate) const CONTEXT: usize = 64;

/// Whether the match `start..end` of `text` is only part of a hyphenated
/// proper name: a hyphen joins it to a word that starts with a capital and
/// that no other candidate covers ("Guinée" in "Nouvelle-Guinée", "Pierre" in
/// "Jean-Pierre"), while "UE-Azerbaïdjan" keeps both names. A word before the
/// hyphen that reaches further than [`CONTEXT`] counts as not capitalized.
pub(crate) fn is_compound_part(
    text: &str,
    start: usize,
    end: usize,
    candidate_ends_at: impl Fn(usize) -> bool,
    candidate_starts_at: impl Fn(usize) -> bool,
) -> bool {
    let mut after = text[end..].chars();
    if let Some(h) = after.next().filter(|&c| is_hyphen(c))
        && after.next().is_some_and(char::is_uppercase)
        && !candidate_starts_at(end + h.len_utf8())
    {
        return true;
    }
    let mut before = text[..start].chars().rev();
    if let Some(h) = before.next().filter(|&c| is_hyphen(c)) {
        let hyphen_at = start - h.len_utf8();
        let capitalized =
            word_before(text, hyphen_at).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        if capitalized && !candidate_ends_at(hyphen_at) {
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

/// Whether the match `start..end` stands in text written in capitals, where
/// an acronym cannot be told from a word ("SIGNENT UN ACCORD", "TRUMP TELLS
/// US"): the nearest word on each side, on the same line and within
/// [`CONTEXT`] bytes, is written in capitals with two letters or more, or is
/// absent while the other one is.
pub(crate) fn is_shouted(text: &str, start: usize, end: usize) -> bool {
    // Whole characters within CONTEXT bytes of the match.
    let floor = ceil_boundary(text, start.saturating_sub(CONTEXT));
    let ceil = floor_boundary(text, (end + CONTEXT).min(text.len()));
    let left = neighbour(text[floor..start].chars().rev());
    let right = neighbour(text[end..ceil].chars());
    match (left, right) {
        (Some(l), Some(r)) => l && r,
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => false,
    }
}

/// The nearest word in `chars` (walking away from the match): `None` when
/// there is none before a line break, else whether it is in capitals with
/// at least two letters.
fn neighbour(chars: impl Iterator<Item = char>) -> Option<bool> {
    let mut chars = chars.skip_while(|&c| !is_word_char(c) && c != '\n').peekable();
    if chars.peek().is_none_or(|&c| c == '\n') {
        return None;
    }
    let (mut letters, mut lower) = (0, false);
    for c in chars.take_while(|&c| is_word_char(c)) {
        if c.is_alphabetic() {
            letters += 1;
            lower |= !c.is_uppercase();
        }
    }
    Some(letters >= 2 && !lower)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shouted(text: &str, word: &str) -> bool {
        let start = text.find(word).unwrap();
        is_shouted(text, start, start + word.len())
    }

    #[test]
    fn capitals_around_an_acronym() {
        assert!(shouted("SIGNENT UN ACCORD", "UN"));
        assert!(shouted("UN ACCORD", "UN"));
        assert!(shouted("TRUMP TELLS US", "US"));
        assert!(!shouted("AVEC L'UE", "UE"));
        assert!(!shouted("L'UE ET LA CHINE", "UE"));
        assert!(!shouted("The US and China", "US"));
        assert!(!shouted("US President", "US"));
        assert!(!shouted("US", "US"));
        assert!(!shouted("Le président de l’UE a dit", "UE"));
        assert!(!shouted("Title\nUN\nnext", "UN"));
    }

    #[test]
    fn word_before_is_bounded() {
        assert_eq!(word_before("Nouvelle-Guinée", 8), Some("Nouvelle"));
        assert_eq!(word_before("-x", 0), None);
        let long = format!("{}-", "A".repeat(100));
        assert_eq!(word_before(&long, 100), None);
    }
}
