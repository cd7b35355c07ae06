//! Every configuration an extractor runs in, and every way to call it: the
//! table and property tests put each case through all of them, so that no
//! rule holds on one path only.
//!
//! Configurations: the DFA and the contiguous NFA (small gazetteers would
//! always compile a DFA), each with the anchored walks and with the
//! unanchored fallback forced by a walk budget of zero. Paths: `extract`,
//! `extract_with` on a scratch used before, the stream with several window
//! sizes and piece sizes, and the batch API on two threads.

#![allow(dead_code)]

use gazner::{AutomatonKind, Extractor, ExtractorBuilder, Language, Scratch, StreamExtractor, WalkBudget};

/// A mention as every path reports it: byte span and candidate ids.
pub type Found = (usize, usize, Vec<String>);

/// The stream's window sizes: one byte (a window per character), small,
/// about a line, and the default.
pub const WINDOWS: [Option<usize>; 4] = [Some(1), Some(7), Some(64), None];

/// The configurations, by name.
pub fn configurations() -> Vec<(&'static str, AutomatonKind, WalkBudget)> {
    let fallback = WalkBudget { per_byte: 0, min: 0 };
    vec![
        ("DFA", AutomatonKind::Dfa, WalkBudget::default()),
        ("DFA, fallback", AutomatonKind::Dfa, fallback),
        ("NFA", AutomatonKind::ContiguousNfa, WalkBudget::default()),
        ("NFA, fallback", AutomatonKind::ContiguousNfa, fallback),
    ]
}

/// `builder` compiled under every configuration.
pub fn extractors(builder: &ExtractorBuilder) -> Vec<(&'static str, Extractor)> {
    configurations()
        .into_iter()
        .map(|(name, kind, budget)| {
            let extractor = builder
                .clone()
                .automaton_kind(kind)
                .walk_budget(budget)
                .build()
                .unwrap_or_else(|e| panic!("{name}: the gazetteer builds: {e}"));
            assert_eq!(extractor.automaton_kind(), kind, "{name}: the kind asked for");
            (name, extractor)
        })
        .collect()
}

fn found(mentions: &[gazner::Mention<'_>]) -> Vec<Found> {
    mentions
        .iter()
        .map(|m| {
            let ids = m.candidates().iter().map(|c| c.entity.id().to_string()).collect();
            (m.span.start, m.span.end, ids)
        })
        .collect()
}

/// `text` streamed in pieces of `piece` bytes through windows of `window`
/// bytes (`None`: the default).
pub fn streamed(extractor: &Extractor, text: &str, window: Option<usize>, piece: usize) -> Vec<Found> {
    streamed_in(extractor, text, extractor.language(), window, piece)
}

/// `text` in `language` streamed in pieces of `piece` bytes through windows
/// of `window` bytes (`None`: the default).
pub fn streamed_in(
    extractor: &Extractor,
    text: &str,
    language: Language,
    window: Option<usize>,
    piece: usize,
) -> Vec<Found> {
    let mut stream = StreamExtractor::new(extractor, "doc").language(language);
    if let Some(window) = window {
        stream = stream.window_size(window);
    }
    let mut out = Vec::new();
    for piece in text.as_bytes().chunks(piece.max(1)) {
        stream.push(piece, &mut out).expect("valid UTF-8");
    }
    stream.finish(&mut out).expect("valid UTF-8");
    out.iter()
        .map(|m| {
            let span = m.span();
            assert_eq!(m.text(), &text[span.start..span.end], "the stream's surface");
            let ids = m.candidates().iter().map(|c| c.id().to_string()).collect();
            (span.start, span.end, ids)
        })
        .collect()
}

/// Every path over `text` with one extractor, by name.
pub fn every_path(extractor: &Extractor, text: &str) -> Vec<(String, Vec<Found>)> {
    every_path_in(extractor, text, extractor.language())
}

/// Every path over `text` read in `language` (each call gives it, whatever
/// the extractor's default), by name.
pub fn every_path_in(extractor: &Extractor, text: &str, language: Language) -> Vec<(String, Vec<Found>)> {
    let mut results = vec![(
        "extract".to_string(),
        found(&extractor.extract_in(text, language)),
    )];
    // A scratch that held another document, and then this one.
    let mut scratch = Scratch::new();
    extractor.extract_with("Autre texte, sans rien de connu. ", &mut scratch);
    extractor.extract_with_in(text, language, &mut scratch);
    results.push((
        "extract_with".to_string(),
        found(&extractor.extract_with_in(text, language, &mut scratch)),
    ));
    for window in WINDOWS {
        for piece in [3, 4096] {
            results.push((
                format!("stream, window {window:?}, pieces of {piece}"),
                streamed_in(extractor, text, language, window, piece),
            ));
        }
    }
    // More documents than a worker takes at a time, so both threads work.
    let docs: Vec<&str> = (0..20).map(|i| if i % 3 == 0 { "" } else { text }).collect();
    for (i, mentions) in extractor.extract_batch_in(&docs, 2, language).iter().enumerate() {
        if i % 3 == 1 || i == 19 {
            results.push((format!("batch, document {i}"), found(mentions)));
        } else if i % 3 == 0 {
            assert!(mentions.is_empty(), "batch, empty document {i}");
        }
    }
    results
}

/// Runs `text` through every path under every configuration, asserts that
/// they all agree, and returns what they found.
pub fn agreed(builder: &ExtractorBuilder, text: &str) -> Vec<Found> {
    agreed_in(builder, text, None)
}

/// Like [`agreed`], with `text` read in `language` given to each call
/// (`None`: the builder's default), whatever the builder's default.
pub fn agreed_in(builder: &ExtractorBuilder, text: &str, language: Option<Language>) -> Vec<Found> {
    let mut first: Option<Vec<Found>> = None;
    for (config, extractor) in extractors(builder) {
        let language = language.unwrap_or(extractor.language());
        for (path, result) in every_path_in(&extractor, text, language) {
            match &first {
                None => first = Some(result),
                Some(expected) => assert_eq!(
                    &result, expected,
                    "{config}, {path} differs from DFA, extract; text: {text:?}"
                ),
            }
        }
    }
    first.unwrap_or_default()
}
