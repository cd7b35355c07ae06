//! The gazetteers embedded in the crate, one Cargo feature per set.
//!
//! This module holds data only: the builder reads it
//! ([`ExtractorBuilder::defaults`](crate::ExtractorBuilder::defaults)), and
//! nothing here depends on the builder.

#![cfg(any(feature = "countries", feature = "people", feature = "institutions"))]

use crate::error::Error;
use crate::gazetteer::{self, Located};

/// One set of the embedded gazetteers, each behind the Cargo feature of the
/// same name (see the crate docs, "Cargo features").
///
/// ```
/// # #[cfg(all(feature = "countries", feature = "people"))] {
/// use gazner::{DefaultSet, ExtractorBuilder};
///
/// let extractor = ExtractorBuilder::new()
///     .default_sets([DefaultSet::Countries])
///     .build()?;
/// let text = "Djeyhoun Baïramov en Arménie.";
/// let kinds: Vec<&str> = extractor.extract(text).iter().map(|m| m.kind().as_str()).collect();
/// assert_eq!(kinds, ["country"]);
/// # }
/// # Ok::<(), gazner::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DefaultSet {
    /// `gazetteers/countries.jsonl`: countries and territories, former
    /// states, the UK nations (feature `countries`).
    #[cfg(feature = "countries")]
    Countries,
    /// `gazetteers/people.jsonl`: heads of state and government, foreign
    /// ministers, heads of international bodies (feature `people`).
    #[cfg(feature = "people")]
    People,
    /// `gazetteers/institutions.jsonl`: international bodies, national
    /// institutions, agencies and media (feature `institutions`). CC BY-SA 4.0.
    #[cfg(feature = "institutions")]
    Institutions,
}

impl DefaultSet {
    /// Every set compiled into this build, in load order.
    pub const ALL: &'static [DefaultSet] = &[
        #[cfg(feature = "countries")]
        DefaultSet::Countries,
        #[cfg(feature = "institutions")]
        DefaultSet::Institutions,
        #[cfg(feature = "people")]
        DefaultSet::People,
    ];

    /// The file the set was read from, as its errors name it, and its contents.
    fn gazetteer(self) -> (&'static str, &'static str) {
        match self {
            #[cfg(feature = "countries")]
            DefaultSet::Countries => (
                "gazetteers/countries.jsonl",
                include_str!("../gazetteers/countries.jsonl"),
            ),
            #[cfg(feature = "people")]
            DefaultSet::People => (
                "gazetteers/people.jsonl",
                include_str!("../gazetteers/people.jsonl"),
            ),
            #[cfg(feature = "institutions")]
            DefaultSet::Institutions => (
                "gazetteers/institutions.jsonl",
                include_str!("../gazetteers/institutions.jsonl"),
            ),
        }
    }
}

/// Never reported: longer names that contain one of the default names but do
/// not mean it ("golfe de Guinée", "Melania Trump"). Each names in its
/// `meta.reason` the ids it shields, as `(Q1006)`.
const HIDDEN: (&str, &str) = (
    "gazetteers/hidden.jsonl",
    include_str!("../gazetteers/hidden.jsonl"),
);

/// The given names of the unlisted-person rule: `gazetteers/given-names.txt`
/// (see `gazetteers/README.md`), embedded with the people.
#[cfg(feature = "people")]
const GIVEN_NAMES: (&str, &str) = (
    "gazetteers/given-names.txt",
    include_str!("../gazetteers/given-names.txt"),
);

/// The embedded given names as (file, line, name).
#[cfg(feature = "people")]
pub(crate) fn given_names() -> impl Iterator<Item = (&'static str, usize, &'static str)> {
    crate::builder::given_name_lines(GIVEN_NAMES.1).map(|(line, name)| (GIVEN_NAMES.0, line, name))
}

/// The most frequent words of Arabic and Persian, where a name in Arabic
/// script ends (`rules/arabic_names.rs`): `gazetteers/arabic-frequent-words.txt`,
/// embedded with the people.
#[cfg(feature = "people")]
const ARABIC_FREQUENT_WORDS: (&str, &str) = (
    "gazetteers/arabic-frequent-words.txt",
    include_str!("../gazetteers/arabic-frequent-words.txt"),
);

/// The embedded frequent words of Arabic and Persian as (file, line, word).
#[cfg(feature = "people")]
pub(crate) fn arabic_frequent_words() -> impl Iterator<Item = (&'static str, usize, &'static str)> {
    crate::builder::given_name_lines(ARABIC_FREQUENT_WORDS.1)
        .map(|(line, w)| (ARABIC_FREQUENT_WORDS.0, line, w))
}

/// The entities of `sets` (in [`DefaultSet::ALL`] order, each once), then the
/// hidden names that shield one of their entities.
pub(crate) fn load(sets: &[DefaultSet]) -> Result<Vec<Located>, Error> {
    let mut located = Vec::new();
    for set in DefaultSet::ALL.iter().filter(|s| sets.contains(s)) {
        let (origin, contents) = set.gazetteer();
        located.extend(gazetteer::parse(origin, contents)?);
    }
    let mut ids: Vec<&str> = located.iter().map(|l| l.entity.id()).collect();
    ids.sort_unstable();
    let shields = |reason: &str| {
        reason
            .split('(')
            .skip(1)
            .filter_map(|s| s.split(')').next())
            .any(|id| ids.binary_search(&id).is_ok())
    };
    let hidden = gazetteer::parse(HIDDEN.0, HIDDEN.1)?
        .into_iter()
        .filter(|h| h.entity.meta().get("reason").is_some_and(|r| shields(r)));
    let hidden: Vec<Located> = hidden.collect();
    located.extend(hidden);
    Ok(located)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every hidden name shields an entity of the full defaults: none is
    /// lost to a `meta.reason` the filter cannot read.
    #[test]
    #[cfg(all(feature = "countries", feature = "people", feature = "institutions"))]
    fn every_hidden_name_shields_a_default_entity() {
        let all = load(DefaultSet::ALL).expect("the embedded gazetteers parse");
        let hidden = all.iter().filter(|l| l.entity.is_hidden()).count();
        let in_file = gazetteer::parse(HIDDEN.0, HIDDEN.1).expect("parses").len();
        assert_eq!(hidden, in_file);
    }

    /// A set brings only the hidden names that protect it.
    #[test]
    #[cfg(feature = "countries")]
    fn countries_bring_only_their_hidden_names() {
        let countries = load(&[DefaultSet::Countries]).expect("parses");
        let hidden: Vec<&str> = countries
            .iter()
            .filter(|l| l.entity.is_hidden())
            .map(|l| l.entity.id())
            .collect();
        assert!(hidden.contains(&"gazner:hidden-andorra-la-vella"), "{hidden:?}");
        assert!(!hidden.contains(&"gazner:hidden-barron-trump"), "{hidden:?}");
    }
}
