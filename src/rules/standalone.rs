//! Standalone names: a `standalone` alias does not count where a single
//! space glues it to a capitalized word, which makes it part of a longer
//! name ("Michael Jordan", "France Culture").

use super::boundary::is_word_char;
use super::text::{ceil_boundary, floor_boundary};
use super::titles::{ends_with_long_title, is_title};
use super::{CONTEXT, Neighbours};

/// Whether the match `start..end` is glued to a capitalized word that makes
/// it part of a longer name ("Jordan" in "Michael Jordan", "Chili" in "Red
/// Hot Chili Peppers", "France" in "France Télévisions"): a single space
/// joins it to a word that starts with a capital and has a lowercase letter,
/// that no other hit ends (on the left) or starts (on the right) at,
/// and that, on the left, does not open a sentence: the nearest character
/// before it is a letter or digit, a comma or an apostrophe ("En France",
/// a line that starts with "Michael Jordan" are left alone) and is not a
/// title ("President Macron", see [`is_title`]) nor ends one of several
/// words ("Secretary of State Rubio", see [`ends_with_long_title`]). Lines in title
/// case ("Trump Visits China Amid Trade Talks") are left alone too: see
/// [`is_title_case`]. Only [`CONTEXT`] bytes on each side are looked at.
pub(super) fn is_glued_to_name(text: &str, start: usize, end: usize, neighbours: &Neighbours) -> bool {
    let floor = ceil_boundary(text, start.saturating_sub(CONTEXT));
    let ceil = floor_boundary(text, (end + CONTEXT).min(text.len()));
    let before = &text[floor..start];
    let after = &text[end..ceil];
    let left = glued_word_before(before).is_some_and(|(at, word)| {
        is_capitalized(word)
            && !opens_sentence(&before[..at])
            && !neighbours.ends_at(floor + at + word.len())
            && !ENGLISH_DAYS_AND_MONTHS.contains(&word)
            && !is_title(word)
            && !ends_with_long_title(&before[..at + word.len()])
    });
    let right = || {
        glued_word_after(after, ceil == text.len()).is_some_and(|(at, word)| {
            is_capitalized(word)
                && !neighbours.starts_at(end + at)
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

/// Whether `word` is an English day or month, written as English writes
/// them: the unlisted-person rule ends a name there ("said Joe Smith
/// Monday").
pub(super) fn is_day_or_month(word: &str) -> bool {
    ENGLISH_DAYS_AND_MONTHS.contains(&word)
}

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

#[cfg(test)]
mod tests {
    use super::*;

    /// Neighbours made of these hits.
    fn at(hits: &[(usize, usize)]) -> Neighbours {
        let mut n = Neighbours::default();
        n.fill(hits.iter().copied());
        n
    }

    fn glued(text: &str, word: &str) -> bool {
        let start = text.find(word).unwrap();
        is_glued_to_name(text, start, start + word.len(), &Neighbours::default())
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
        assert!(!is_glued_to_name(text, 0, 6, &at(&[(iran, iran + 4)])));
        assert!(!is_glued_to_name(text, iran, iran + 4, &at(&[(0, 6)])));
        assert!(is_glued_to_name(text, 0, 6, &Neighbours::default()));
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
}
