//! The gazetteers embedded in the crate, and the extractor built from them
//! once, on first use.

use once_cell::sync::Lazy;

use crate::builder::ExtractorBuilder;
use crate::extractor::Extractor;

/// The embedded gazetteers: (origin for error messages, contents).
pub(crate) const DEFAULT_GAZETTEERS: &[(&str, &str)] = &[
    (
        "gazetteers/countries.jsonl",
        include_str!("../gazetteers/countries.jsonl"),
    ),
    (
        "gazetteers/institutions.jsonl",
        include_str!("../gazetteers/institutions.jsonl"),
    ),
    (
        "gazetteers/people.jsonl",
        include_str!("../gazetteers/people.jsonl"),
    ),
    // Never reported: longer names that contain one of the names above but
    // do not mean it ("golfe de Guinée", "Melania Trump").
    (
        "gazetteers/hidden.jsonl",
        include_str!("../gazetteers/hidden.jsonl"),
    ),
];

static DEFAULT: Lazy<Extractor> = Lazy::new(|| {
    // The embedded gazetteers are part of the crate and tested
    // (tests/defaults.rs): failing to build them is a bug, not bad input.
    ExtractorBuilder::new()
        .defaults()
        .build()
        .expect("the embedded gazetteers build")
});

/// The extractor over the embedded gazetteers, built on first use (about
/// 0.15 s in a release build) and shared by every thread afterwards.
pub fn default_extractor() -> &'static Extractor {
    &DEFAULT
}
