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

/// Whether `word` is a title or function that news writes before a name.
pub(super) fn is_title(word: &str) -> bool {
    TITLES.binary_search(&word).is_ok()
}

/// Sorted (byte order), so that [`is_title`] can search it.
const TITLES: &[&str] = &[
    "Admiral",
    "Ambassadeur",
    "Ambassadeurs",
    "Ambassador",
    "Außenminister",
    "Außenministerin",
    "Botschafter",
    "Botschafterin",
    "Bundeskanzler",
    "Bundeskanzlerin",
    "Bundespräsident",
    "Bundespräsidentin",
    "Canciller",
    "Chancelier",
    "Chancelière",
    "Chancellor",
    "Colonel",
    "Commissioner",
    "Congressman",
    "Congresswoman",
    "Director",
    "Envoy",
    "Finanzminister",
    "Finanzministerin",
    "Frau",
    "General",
    "Generalsekretär",
    "Generalsekretärin",
    "Gouverneur",
    "Governor",
    "Général",
    "Herr",
    "Kanzler",
    "Kanzlerin",
    "King",
    "Kremlchef",
    "König",
    "Königin",
    "Leader",
    "Madame",
    "Minister",
    "Ministerin",
    "Ministerpräsident",
    "Ministerpräsidentin",
    "Ministra",
    "Ministre",
    "Ministro",
    "Monsieur",
    "Premier",
    "Premierminister",
    "Premierministerin",
    "President",
    "Presidenta",
    "Presidente",
    "Prince",
    "Princess",
    "Prinz",
    "Präsident",
    "Präsidentin",
    "Président",
    "Présidente",
    "Queen",
    "Regierungschef",
    "Regierungschefin",
    "Representative",
    "Secretary",
    "Senator",
    "Speaker",
    "Spokesman",
    "Spokesperson",
    "Spokeswoman",
    "Staatschef",
    "Staatschefin",
    "Verteidigungsminister",
    "Verteidigungsministerin",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_for_the_search() {
        assert!(
            TITLES.windows(2).all(|w| w[0] < w[1]),
            "TITLES must be sorted and unique"
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
