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
//! in "Sheikh Hasina", "Pope" in "Pope Francis") are left out: those names
//! are aliases of their own.

use once_cell::sync::Lazy;

/// Whether `word` is a title or function that news writes before a name.
pub(super) fn is_title(word: &str) -> bool {
    TITLE_LIST.binary_search(&word).is_ok()
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
            ("Pope", false),
        ] {
            assert_eq!(is_title(word), title, "{word}");
        }
    }
}
