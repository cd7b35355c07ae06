//! gazner finds people, countries, institutions and entities of any kind you
//! define in text, by name, from gazetteers compiled into one Aho-Corasick
//! automaton.
//!
//! It scans a *normalized* copy of the text (compatibility forms, accents,
//! full case folding, typographic apostrophes and dashes, white space) and
//! reports every mention with byte offsets into the *original* text, exactly,
//! whatever normalization changed in between.
//!
//! The main types:
//!
//! * [`Extractor`]: the compiled gazetteers; immutable, `Send + Sync`.
//! * [`ExtractorBuilder`]: gazetteer files or strings, entities from code,
//!   the embedded sets, edits of entities, the overlap and case options.
//! * [`Mention`]: a [`Span`] of the text with its candidate entities,
//!   borrowed from the extractor; [`MentionRecord`]: the same as an owned,
//!   serializable record with char and UTF-16 offsets, the shape other
//!   programs read.
//! * [`StreamExtractor`]: documents of any size, in pieces.
//! * [`Entity`], [`Alias`], [`Kind`]: the data model; [`Error`]: what can go
//!   wrong, with the file, line and value.
//! * Unlisted people: with the embedded people, a given name followed by a
//!   surname is a person no gazetteer lists ("Colin Clarke"), and that
//!   surname alone later is that person again; in Chinese and Japanese,
//!   transliterated parts joined by a middle dot ("布莱恩·基尔米德"), in Korean,
//!   a name beside a title or in a credit ("이조은 기자"); such mentions name the
//!   entity [`UNLISTED_PERSON_ID`] and [`Mention::is_listed`] is `false`.
//!   [`ExtractorBuilder::unlisted_people`] turns the rule on or off.
//! * [`Language`]: the language of the text, given by the caller
//!   ([`ExtractorBuilder::language`], [`Extractor::extract_in`] and its
//!   siblings, [`StreamExtractor::language`]) or detected (feature
//!   `detect-lang`): an alias tagged with languages counts only where the
//!   text is in one of them.
//!
//! The gazetteer format and the matching rules are in [`docs`].
//!
//! # Example: the embedded gazetteers
//!
//! ```
//! # #[cfg(all(feature = "countries", feature = "people", feature = "institutions"))] {
//! let text = "Le ministre Djeyhoun Baïramov a reçu Kaja Kallas à Bakou. \
//!             Baïramov a parlé de l’Arménie et de l’UE.";
//! let found: Vec<(&str, &str, usize, usize)> = gazner::default_extractor()
//!     .extract(text)
//!     .iter()
//!     .map(|m| (m.kind().as_str(), m.text(text), m.span.start, m.span.end))
//!     .collect();
//! assert_eq!(found, [
//!     ("person", "Djeyhoun Baïramov", 12, 30),
//!     ("person", "Kaja Kallas", 39, 50),
//!     ("person", "Baïramov", 61, 70),
//!     ("country", "Arménie", 87, 95),
//!     ("institution", "UE", 106, 108),
//! ]);
//! # }
//! ```
//!
//! # Example: your own gazetteer
//!
//! Gazetteers are JSON Lines, one entity per line (see
//! [`docs::gazetteer_format`]). Kinds other than `person`, `country` and
//! `institution` work the same way.
//!
//! ```
//! use gazner::{ExtractorBuilder, Overlaps};
//!
//! let gazetteer = r#"
//! {"id":"Q60","kind":"city","name":"New York","aliases":["NYC"]}
//! {"id":"Q9684","kind":"newspaper","name":"New York Times"}
//! "#;
//! let extractor = ExtractorBuilder::new()
//!     .gazetteer_str("mine.jsonl", gazetteer)
//!     .overlaps(Overlaps::All)
//!     .build()?;
//! let text = "The New York Times, in NEW YORK.";
//! let found: Vec<_> = extractor.extract(text).iter().map(|m| (m.entity().id(), m.text(text))).collect();
//! assert_eq!(found, [("Q9684", "New York Times"), ("Q60", "New York"), ("Q60", "NEW YORK")]);
//! # Ok::<(), gazner::Error>(())
//! ```
//!
//! # Cargo features
//!
//! The embedded gazetteers are optional, one feature per set, all on by
//! default:
//!
//! * `countries`: 286 countries and territories, former states, the UK
//!   nations (CLDR names, Unicode licence; ISO names and translations from
//!   iso-codes, **LGPL-2.1**);
//! * `people`: 1,518 heads of state and government, ministers and heads of
//!   international bodies (Wikidata, CC0);
//! * `institutions`: 819 international bodies, national institutions and
//!   media (derived from supraverden, **CC BY-SA 4.0**);
//! * `cjk-lexicon`: 626 longer Chinese words that contain a name (巴林左旗
//!   holds 巴林), from jieba's dictionary (**MIT**), for the rule that keeps
//!   a Han name inside such a word from counting, for every gazetteer (see
//!   `ExtractorBuilder::cjk_lexicon`); each of the three above brings it.
//!
//! Each data set brings the hidden names that protect it ("golfe de Guinée" keeps
//! Guinea from being reported). With any of them, `default_extractor()` and
//! `ExtractorBuilder::defaults()` exist; with `default-features = false`
//! they do not, and the crate embeds no data and none of its terms: a
//! program that builds its own extractor carries no default alias. The data
//! terms are in `gazetteers/LICENSES.md` of the package.
//!
//! `detect-lang` (off by default) adds `Language::Detect`: the language of
//! the text around each hit of a tagged alias, told by whatlang (MIT, one
//! dependency, about 300 KB of binary). It is off because it is costly: a
//! detection reads about 130 bytes and costs about 400k instructions, many
//! times what the scan spends on them; a language the caller gives costs
//! nothing.
//!
//! # What we chose where the ecosystem guided us
//!
//! * Results: a borrowed [`Mention`] for speed, like aho-corasick's `Match`,
//!   and one owned [`MentionRecord`] for exchange, like ripgrep's JSON
//!   output: flat, every field documented, the same from every entry point.
//! * Errors: one non-exhaustive [`Error`] whose messages name the input and
//!   position once, with I/O causes as `source()` (the Rust API guidelines'
//!   "either display or source, never both").
//! * Streaming callbacks stop with [`ControlFlow`](std::ops::ControlFlow)
//!   and fail with the caller's own error type, as grep-searcher's sinks do.
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod automaton;
mod batch;
mod builder;
mod defaults;
mod entity;
mod error;
mod extractor;
mod gazetteer;
mod mention;
mod normalize;
mod rules;
mod scan;
mod stream;

pub use automaton::AutomatonKind;
#[doc(hidden)]
pub use automaton::WalkBudget;
pub use builder::ExtractorBuilder;
#[cfg(any(feature = "countries", feature = "people", feature = "institutions"))]
pub use defaults::DefaultSet;
pub use entity::{Alias, CaseRule, Entity, Kind};
pub use error::{Error, Problem};
#[cfg(any(feature = "countries", feature = "people", feature = "institutions"))]
pub use extractor::default_extractor;
pub use extractor::{Extractor, Overlaps};
pub use mention::{Candidate, CandidateRecord, Mention, MentionRecord, Offsets, Span, TextOffsets};
pub use normalize::normalize;
pub use rules::language::{Language, LanguageCode};
pub use rules::unlisted::UNLISTED_PERSON_ID;
/// Reusable buffers for [`Extractor::extract_with`] and
/// [`Extractor::extract_batch`].
///
/// ```
/// use gazner::{Entity, ExtractorBuilder, Kind, Scratch};
///
/// let extractor = ExtractorBuilder::new().entity(Entity::new("Q212", Kind::Country, "Ukraine")).build()?;
/// let mut scratch = Scratch::new();
/// for doc in ["Ukraine", "UKRAINE"] {
///     assert_eq!(extractor.extract_with(doc, &mut scratch).len(), 1);
/// }
/// # Ok::<(), gazner::Error>(())
/// ```
pub use scan::Scratch;
pub use stream::{InvalidUtf8, StreamExtractor};

/// Reference pages: the gazetteer format and the matching rules, the same
/// text as the README's sections of those names.
pub mod docs {
    #[doc = include_str!(concat!(env!("OUT_DIR"), "/gazetteer-format.md"))]
    pub mod gazetteer_format {}
    #[doc = include_str!(concat!(env!("OUT_DIR"), "/matching-rules.md"))]
    pub mod matching_rules {}
}

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
