//! Text in capitals: an `exact` alias written in capitals ("UN", "US") is
//! not trusted where the words around it are in capitals too, since an
//! acronym cannot be told from a word there ("SIGNENT UN ACCORD").

use super::CONTEXT;
use super::boundary::is_word_char;
use super::text::{ceil_boundary, floor_boundary, in_capitals};
use crate::entity::{Alias, CaseRule};

/// Whether the rule concerns `alias`: an exact alias in capitals.
pub(super) fn applies_to(alias: &Alias) -> bool {
    alias.case() == CaseRule::Exact && in_capitals(alias.text(), 1)
}

/// Whether the match `start..end` stands in text written in capitals, where
/// an acronym cannot be told from a word ("SIGNENT UN ACCORD", "TRUMP TELLS
/// US"): the nearest word on each side, on the same line and within
/// [`CONTEXT`] bytes, is written in capitals with two letters or more, or is
/// absent while the other one is.
pub(super) fn is_shouted(text: &str, start: usize, end: usize) -> bool {
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
/// there is none before a line break or the end of a sentence (a headline
/// in capitals often follows a sentence: ". UN DISCOURS"), else whether it
/// is in capitals with at least two letters.
fn neighbour(chars: impl Iterator<Item = char>) -> Option<bool> {
    let mut chars = chars
        .skip_while(|&c| !is_word_char(c) && !ends_sentence(c))
        .peekable();
    if chars.peek().is_none_or(|&c| ends_sentence(c)) {
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

/// A line break or the punctuation that ends a sentence or a clause.
fn ends_sentence(c: char) -> bool {
    matches!(c, '\n' | '.' | '!' | '?' | ';' | ':')
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
        assert!(shouted("sont trop aventurés. UN DISCOURS DE M. POINCARÉ", "UN"));
        assert!(!shouted("sont trop aventurés. UN accord", "UN"));
        assert!(!shouted("CE QUE DIT L'UE. Ensuite", "UE"));
    }
}
