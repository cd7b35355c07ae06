//! Rules that look at the original text around a match: hyphenated
//! compounds, names glued to a capitalized word, and text in capitals.
//!
//! Both look at most [`CONTEXT`] bytes away from the match, so that a
//! streaming window with that much margin decides exactly as one-shot
//! extraction does.

use crate::rules::{in_capitals, is_word_char};

/// How far, in bytes of the original text, the rules look around a match.
pub(crate) const CONTEXT: usize = 64;

/// Whether the match `start..end` of `text` is only part of a hyphenated
/// proper name: a hyphen joins it to a word that starts with a capital and
/// that no other candidate covers ("Guinée" in "Nouvelle-Guinée", "Pierre" in
/// "Jean-Pierre"), while "UE-Azerbaïdjan" keeps both names. A word before the
/// hyphen that reaches further than [`CONTEXT`] counts as not capitalized.
/// An acronym joined to a word in lowercase ("NATO-Generalsekretär",
/// "US-Außenminister", "ONU-Habitat") is a compound noun that names it, not
/// part of a longer name; words in capitals ("NOUVELLE-GUINÉE") are not.
pub(crate) fn is_compound_part(
    text: &str,
    start: usize,
    end: usize,
    candidate_ends_at: impl Fn(usize) -> bool,
    candidate_starts_at: impl Fn(usize) -> bool,
) -> bool {
    let acronym = in_capitals(&text[start..end], 2);
    let mut after = text[end..].chars();
    if let Some(h) = after.next().filter(|&c| is_hyphen(c))
        && after.next().is_some_and(char::is_uppercase)
        && !candidate_starts_at(end + h.len_utf8())
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
        if capitalized && !candidate_ends_at(hyphen_at) && !(acronym && lowercase) {
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

/// Whether the match `start..end` is glued to a capitalized word that makes
/// it part of a longer name ("Jordan" in "Michael Jordan", "Chili" in "Red
/// Hot Chili Peppers", "France" in "France Télévisions"): a single space
/// joins it to a word that starts with a capital and has a lowercase letter,
/// that no other candidate ends (on the left) or starts (on the right) at,
/// and that, on the left, does not open a sentence: the nearest character
/// before it is a letter or digit, a comma or an apostrophe ("En France",
/// a line that starts with "Michael Jordan" are left alone). Lines in title
/// case ("Trump Visits China Amid Trade Talks") are left alone too: see
/// [`is_title_case`]. Only [`CONTEXT`] bytes on each side are looked at.
pub(crate) fn is_glued_to_name(
    text: &str,
    start: usize,
    end: usize,
    candidate_ends_at: impl Fn(usize) -> bool,
    candidate_starts_at: impl Fn(usize) -> bool,
) -> bool {
    let floor = ceil_boundary(text, start.saturating_sub(CONTEXT));
    let ceil = floor_boundary(text, (end + CONTEXT).min(text.len()));
    let before = &text[floor..start];
    let after = &text[end..ceil];
    let left = glued_word_before(before).is_some_and(|(at, word)| {
        is_capitalized(word)
            && !opens_sentence(&before[..at])
            && !candidate_ends_at(floor + at + word.len())
            && !ENGLISH_DAYS_AND_MONTHS.contains(&word)
    });
    let right = || {
        glued_word_after(after, ceil == text.len()).is_some_and(|(at, word)| {
            is_capitalized(word)
                && !candidate_starts_at(end + at)
                && !glued_word_after(&after[at + word.len()..], ceil == text.len())
                    .is_some_and(|(_, next)| is_capitalized(next))
        })
    };
    (left || right()) && !is_title_case(before, after)
}

/// English capitalizes them, and news writes "on Monday Russia said".
const ENGLISH_DAYS_AND_MONTHS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Spaces that glue two words of one name: a single space or no-break space.
fn is_glue(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}')
}

/// The word before one glue space at the end of `before`, with its offset;
/// `None` if the word may be cut at the start of `before`.
fn glued_word_before(before: &str) -> Option<(usize, &str)> {
    let mut chars = before.char_indices().rev();
    let (space_at, _) = chars.next().filter(|&(_, c)| is_glue(c))?;
    let mut word_start = None;
    for (i, c) in chars {
        if !is_word_char(c) {
            break;
        }
        word_start = Some(i);
    }
    let at = word_start?;
    (at > 0).then(|| (at, &before[at..space_at]))
}

/// The word after one glue space at the start of `after`, with its offset;
/// `None` if the word may be cut at the end of `after` (unless `after` ends
/// the text).
fn glued_word_after(after: &str, ends_text: bool) -> Option<(usize, &str)> {
    let mut chars = after.chars();
    let glue = chars.next().filter(|&c| is_glue(c))?;
    let at = glue.len_utf8();
    let len: usize = chars.take_while(|&c| is_word_char(c)).map(char::len_utf8).sum();
    (len > 0 && (ends_text || at + len < after.len())).then(|| (at, &after[at..at + len]))
}

/// A word that starts with a capital and has a lowercase letter: "Jordan",
/// "Télévisions"; not "UE", "X" or "2024".
fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// Whether a word that follows `before` opens a sentence: the nearest
/// character before it, past spaces and tabs, is not a letter or digit, a
/// comma or an apostrophe (or there is none).
fn opens_sentence(before: &str) -> bool {
    match before
        .chars()
        .rev()
        .find(|&c| !matches!(c, ' ' | '\t' | '\u{A0}'))
    {
        Some(c) => !(is_word_char(c) || matches!(c, ',' | '\'' | '\u{2019}')),
        None => true,
    }
}

/// Whether the line around a match is in title case, where a capital says
/// nothing about names: in `before` and `after` (the text on each side, cut
/// at line breaks), no word of four letters or more starts with a lowercase
/// letter, and at least three are capitalized.
fn is_title_case(before: &str, after: &str) -> bool {
    let before = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let after = &after[..after.find('\n').unwrap_or(after.len())];
    let mut capitalized = 0;
    for word in words(before).chain(words(after)) {
        if word.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            if word.chars().next().is_some_and(char::is_lowercase) {
                return false;
            }
            capitalized += usize::from(is_capitalized(word));
        }
    }
    capitalized >= 3
}

/// The words of `text`.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c| !is_word_char(c)).filter(|w| !w.is_empty())
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
        assert!(shouted("sont trop aventurés. UN DISCOURS DE M. POINCARÉ", "UN"));
        assert!(!shouted("sont trop aventurés. UN accord", "UN"));
        assert!(!shouted("CE QUE DIT L'UE. Ensuite", "UE"));
    }

    fn glued(text: &str, word: &str) -> bool {
        let start = text.find(word).unwrap();
        is_glued_to_name(text, start, start + word.len(), |_| false, |_| false)
    }

    #[test]
    fn capitalized_word_glued_on_the_left() {
        assert!(glued("un tir de Michael Jordan", "Jordan"));
        assert!(glued("le groupe Red Hot Chili Peppers joue", "Chili"));
        assert!(glued("une image de la Tate\u{A0}Britain ici", "Britain"));
        assert!(!glued("Michael Jordan a marqué", "Jordan"));
        assert!(!glued("le score. Michael Jordan a marqué", "Jordan"));
        assert!(!glued("« Michael Jordan » a marqué", "Jordan"));
        assert!(!glued("En France, le débat", "France"));
        assert!(!glued("le débat en France continue", "France"));
        assert!(
            !glued("un tir de Michael  Jordan", "Jordan"),
            "two spaces do not glue"
        );
        assert!(
            !glued("la guerre UE Azerbaïdjan", "Azerbaïdjan"),
            "capitals only: an acronym"
        );
        assert!(!glued("the talks on Monday Russia said", "Russia"));
    }

    #[test]
    fn two_word_names_glued_on_the_right() {
        assert!(glued("il écoute France Culture le matin", "France"));
        assert!(glued("le catcheur Samoa Joe gagne", "Samoa"));
        assert!(glued("Jordan Bardella a dit", "Jordan"));
        assert!(glued("selon China Daily.", "China"));
        // A longer run of capitalized words names the country's officials.
        assert!(!glued("Azerbaijan President Ilham Aliyev said", "Azerbaijan"));
        assert!(!glued("Iran Foreign Minister said", "Iran"));
        assert!(!glued("France 24 a dit", "France"));
        assert!(!glued("en France. Culture", "France"));
    }

    #[test]
    fn neighbours_that_are_candidates_do_not_glue() {
        let text = "Israel Iran war";
        let iran = text.find("Iran").unwrap();
        assert!(!is_glued_to_name(text, 0, 6, |_| false, |at| at == iran));
        assert!(!is_glued_to_name(text, iran, iran + 4, |at| at == 6, |_| false));
        assert!(is_glued_to_name(text, 0, 6, |_| false, |_| false));
    }

    #[test]
    fn title_case_lines_are_left_alone() {
        assert!(!glued("Trump Visits China Amid Trade Talks", "China"));
        assert!(!glued(
            "Trump Visits China Amid Trade Talks\nthe next line",
            "China"
        ));
        assert!(glued(
            "Trump visits China amid trade talks, says Reuters Japan",
            "Japan"
        ));
        assert!(is_title_case("Trump Visits ", " Amid Trade Talks"));
        assert!(!is_title_case("Trump Visits ", " amid Trade Talks"));
        assert!(!is_title_case("two ", " words"));
    }

    #[test]
    fn glued_words_cut_by_the_context_do_not_count() {
        let far = format!("a {} Jordan", "Word".repeat(20));
        assert!(!glued(&far, "Jordan"));
        let after = format!("Samoa {} est", "Joe".repeat(30));
        assert!(!glued(&after, "Samoa"));
        assert!(
            glued("le catcheur Samoa Joe", "Samoa"),
            "a word that ends the text is whole"
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
