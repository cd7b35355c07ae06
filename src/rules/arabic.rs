//! Arabic writes its one-letter conjunctions and prepositions as part of the
//! next word ("ومصر", "بمصر", "لإيران", "وبشار الأسد"): a name written in
//! Arabic script may start inside a word, right after such proclitics, and
//! its span leaves them out, as English "'s" stays out at the end.
//!
//! The proclitics: a conjunction, و (and) or ف (so), a preposition, ب (in,
//! with), ل (to, for) or ك (like), or a conjunction then a preposition
//! ("وب", "فل"); they must start the word. ك counts only before the article
//! ال ("كالمغرب"): before other names it is more often the first letter of a
//! foreign name ("كلاوس", Klaus, is not ك + لاوس, Laos; in the `wordfreq`
//! Arabic list, Klaus alone is twice as frequent as all the forms of ك
//! before a one-word default name without the article together). The contracted "لل" of ل + ال ("للأمم المتحدة") leaves
//! no intact name behind it: such forms need aliases of their own.

use unicode_normalization::char::is_combining_mark;

use super::boundary::separates;

const WAW: char = '\u{0648}';
const FA: char = '\u{0641}';
const BA: char = '\u{0628}';
const LAM: char = '\u{0644}';
const KAF: char = '\u{0643}';
/// The article, which the name must start with after ك.
const ARTICLE: &str = "\u{0627}\u{0644}";

/// Whether a name may start at byte `at` of the normalized text right after
/// proclitics that start a word. Every proclitic is two bytes in UTF-8: the
/// two bytes before `at` rule out nearly every position before any decoding.
pub(super) fn starts_after_proclitic(norm: &str, at: usize) -> bool {
    let bytes = norm.as_bytes();
    let Some(pair) = at.checked_sub(2).map(|i| [bytes[i], bytes[at - 1]]) else {
        return false;
    };
    // و ف ب ل ك: U+0648, U+0641, U+0628, U+0644, U+0643.
    if !matches!(pair, [0xD9, 0x88 | 0x81 | 0x84 | 0x83] | [0xD8, 0xA8]) {
        return false;
    }
    let name = &norm[at..];
    if !name.chars().next().is_some_and(is_arabic_letter) {
        return false;
    }
    let mut before = norm[..at].chars().rev();
    let (last, previous) = (before.next(), before.next());
    match last {
        Some(KAF) if !name.starts_with(ARTICLE) => false,
        Some(BA | LAM | KAF) if matches!(previous, Some(WAW | FA)) => separates(before.next(), previous),
        Some(c @ (BA | LAM | KAF | WAW | FA)) => separates(previous, Some(c)),
        _ => false,
    }
}

/// A letter of the Arabic script (its combining marks excluded).
fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{06FF}'          // Arabic
        | '\u{0750}'..='\u{077F}'        // Arabic supplement
        | '\u{08A0}'..='\u{08FF}')       // Arabic extended A
        && c.is_alphabetic()
        && !is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `starts_after_proclitic` at the byte where `name` starts in `text`.
    fn starts(text: &str, name: &str) -> bool {
        let at = text.rfind(name).expect("the name is in the text");
        starts_after_proclitic(text, at)
    }

    #[test]
    fn proclitics_that_start_a_word() {
        assert!(starts("ومصر", "مصر"));
        assert!(starts("في بمصر", "مصر"));
        assert!(starts("وبمصر", "مصر"), "a conjunction then a preposition");
        assert!(starts("فللبنان", "لبنان"), "ف + ل + لبنان");
        assert!(starts("كالمغرب", "المغرب"), "ك before the article");
        assert!(!starts("كلاوس", "لاوس"), "ك before a name without the article");
        assert!(!starts("تبمصر", "مصر"), "the letter does not start the word");
        assert!(!starts("بومصر", "مصر"), "a preposition then a conjunction");
        assert!(!starts("ببمصر", "مصر"), "two prepositions");
        assert!(!starts("بUSA", "USA"), "the name is not in Arabic script");
        assert!(!starts_after_proclitic("و\u{064E}", 2), "a mark is not a name");
        assert!(!starts("مصر", "مصر"), "nothing before");
        assert!(!starts("ؤمصر", "مصر"), "waw with hamza is another letter");
    }
}
