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
//!   the overlap mode.
//! * [`Mention`]: a [`Span`] of the text with its candidate entities.
//!
//! # Example: the embedded gazetteers
//!
//! ```
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
//! ```
//!
//! # Example: your own gazetteer
//!
//! Gazetteers are JSON Lines, one entity per line (see the README for the
//! format). Kinds other than `person`, `country` and `institution` work the
//! same way.
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
#![deny(missing_docs)]

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
pub use defaults::default_extractor;
pub use entity::{Alias, CaseRule, Entity, Kind};
pub use error::{Error, Problem};
pub use extractor::{Extractor, Overlaps};
pub use mention::{Candidate, Mention, Span, TextOffsets};
pub use normalize::normalize;
pub use scan::Scratch;
pub use stream::{InvalidUtf8, StreamExtractor, StreamMention};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
