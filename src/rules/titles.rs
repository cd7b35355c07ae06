//! Titles and functions written before a name: "President Macron", "Prime
//! Minister Modi", "Kanzler Merz". A standalone name glued to one of these
//! is not part of a longer name, so the standalone rule lets it count; the
//! title stays outside the span (issue #11: "King Charles III" is "Charles
//! III", "President Macron" is "Macron").
//!
//! Only capitalized words matter (a lowercase word never glues), so the list
//! holds the forms news writes with a capital: English titles in running
//! text, German nouns, and the forms of other languages at the start of a
//! headline or after a comma. Words that are also parts of names ("Sheikh"
//! in "Sheikh Hasina") are left out.
//!
//! A person's span never starts with a title either: a regnal name is
//! listed with its title ("Pope Francis", "pape François", "Prince
//! William"), because "Francis" alone is too common a first name to count
//! anywhere, and [`title_len`] tells the scanner how much of such a match
//! to leave out ("Pope Francis" is "Francis", issue #11). A line of the
//! list may hold a title of two words ("Папа Римский").

use once_cell::sync::Lazy;

/// Whether `word` is a title or function that news writes before a name.
pub(super) fn is_title(word: &str) -> bool {
    TITLE_LIST.binary_search(&word).is_ok()
}

/// Whether `text` ends with a title of several words whose last word is
/// capitalized ("Secretary of State", "secrétaire d’État"), starting after
/// a character that is no part of a word: the standalone rule's glued word
/// is then a title's, not a longer name's ("Secretary of State Rubio"). The
/// first letter counts in either case, as in [`title_len`].
pub(super) fn ends_with_long_title(text: &str) -> bool {
    TITLE_LIST
        .iter()
        .filter(|title| title.contains(' '))
        .any(|title| {
            let mut title_chars = title.chars();
            let Some(first) = title_chars.next() else {
                return false;
            };
            let tail = title_chars.as_str();
            let Some(head) = text.strip_suffix(tail) else {
                return false;
            };
            let Some(c) = head.chars().next_back() else {
                return false;
            };
            let head = &head[..head.len() - c.len_utf8()];
            (c == first || c.to_uppercase().eq([first]))
                && !head
                    .chars()
                    .next_back()
                    .is_some_and(super::boundary::is_word_char)
        })
}

/// The length of the title and spaces that open `name`, the original text
/// of a person's match ("Pope " in "Pope Francis"), or 0 when it opens with
/// none or nothing would be left after it. A title written lowercase
/// ("pape François", "папа Франциск") counts as its capitalized form.
pub(crate) fn title_len(name: &str) -> usize {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return 0;
    };
    let tail = chars.as_str();
    TITLE_LIST
        .iter()
        .filter_map(|title| {
            let mut title_chars = title.chars();
            let title_first = title_chars.next()?;
            let title_tail = title_chars.as_str();
            if !(first == title_first || first.to_uppercase().eq([title_first]))
                || !tail.starts_with(title_tail)
            {
                return None;
            }
            let after = &tail[title_tail.len()..];
            let rest = after.trim_start();
            (rest.len() < after.len() && !rest.is_empty()).then(|| name.len() - rest.len())
        })
        .max()
        .unwrap_or(0)
}

/// The titles, one a line, sorted in byte order so that [`is_title`] can
/// search them; the reference matcher of the tests reads the same file.
const TITLES: &str = include_str!("titles.txt");

/// [`TITLES`] as a list, split once.
static TITLE_LIST: Lazy<Vec<&'static str>> = Lazy::new(|| TITLES.lines().collect());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_for_the_search() {
        assert!(
            TITLE_LIST.windows(2).all(|w| w[0] < w[1]),
            "titles.txt must be sorted in byte order, without duplicates"
        );
    }

    #[test]
    fn titles_and_other_words() {
        for (word, title) in [
            ("President", true),
            ("Minister", true),
            ("Kanzler", true),
            ("Außenminister", true),
            ("Président", true),
            ("president", false),
            ("Michael", false),
            ("Sheikh", false),
            ("Pope", true),
        ] {
            assert_eq!(is_title(word), title, "{word}");
        }
    }

    #[test]
    fn long_titles_at_the_end() {
        for (text, title) in [
            ("the Secretary of State", true),
            ("Secretary of State", true),
            ("secrétaire d’État", true),
            ("Le secrétaire d'État", true),
            ("secretario de Estado", true),
            ("a State", false),
            ("Undersecretary of State", false),
            ("of State", false),
            ("President", false),
        ] {
            assert_eq!(ends_with_long_title(text), title, "{text}");
        }
    }

    #[test]
    fn titles_that_open_a_name() {
        for (name, left_out) in [
            ("Pope Francis", "Pope "),
            ("pape François", "pape "),
            ("Papst Leo XIV", "Papst "),
            ("папа Франциск", "папа "),
            ("Папа Римский Франциск", "Папа Римский "),
            ("Prince\u{A0}William", "Prince\u{A0}"),
            ("Patriarch Kirill", "Patriarch "),
            ("Pope", ""),
            ("Pope ", ""),
            ("Popeye Doyle", ""),
            ("Sheikh Hasina", ""),
            ("Francis", ""),
            ("", ""),
        ] {
            assert_eq!(title_len(name), left_out.len(), "{name:?}");
        }
    }
}
