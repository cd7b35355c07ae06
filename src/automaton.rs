//! The Aho-Corasick automaton of all normalized aliases, and the one search
//! gazner runs with it: an anchored walk from each place a name may start.
//!
//! An unanchored overlapping scan reports every alias that ends anywhere,
//! most of them inside words ("us" in "houses"), only for the word-boundary
//! rule to throw them away. Walking from word starts only, with no failure
//! transitions, visits the same bytes about as often and reports only
//! candidates that start on a boundary.

use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, BuildError, MatchKind, StartKind, dfa, nfa::contiguous};

/// Up to this many patterns, and this many bytes of patterns in all, the
/// automaton is a DFA: faster to walk, bigger and slower to build. (A DFA's
/// build time grows with the square of a long alias: one 10,000-char alias
/// takes 0.4 s as a DFA and under 1 ms as a contiguous NFA,
/// `cargo bench --bench pathological`.)
const DFA_MAX_PATTERNS: usize = 5_000;
const DFA_MAX_PATTERN_BYTES: usize = 100_000;

/// The compiled patterns, as a DFA or a contiguous NFA.
#[derive(Clone, Debug)]
pub(crate) enum Names {
    // Boxed: the automata's own structs are large, and an extractor is moved.
    Dfa(Box<dfa::DFA>),
    Nfa(Box<contiguous::NFA>),
}

impl Names {
    /// Compiles `patterns`; pattern ids are their indexes.
    pub(crate) fn build(patterns: &[&str]) -> Result<Names, BuildError> {
        let bytes: usize = patterns.iter().map(|p| p.len()).sum();
        if patterns.len() <= DFA_MAX_PATTERNS && bytes <= DFA_MAX_PATTERN_BYTES {
            dfa::Builder::new()
                .match_kind(MatchKind::Standard)
                .start_kind(StartKind::Both)
                .prefilter(false)
                .build(patterns)
                .map(|a| Names::Dfa(Box::new(a)))
        } else {
            contiguous::Builder::new()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(patterns)
                .map(|a| Names::Nfa(Box::new(a)))
        }
    }

    /// Calls `found(end, pattern)` for every pattern that occurs in `hay`
    /// starting exactly at `at`, shortest first; returns the number of bytes
    /// walked.
    #[inline]
    pub(crate) fn matches_at(&self, hay: &[u8], at: usize, found: impl FnMut(usize, u32)) -> usize {
        match self {
            Names::Dfa(a) => walk(&**a, hay, at, found),
            Names::Nfa(a) => walk(&**a, hay, at, found),
        }
    }

    /// Calls `found(start, end, pattern)` for every occurrence of every
    /// pattern in `hay`: the unanchored overlapping scan, linear in `hay`.
    pub(crate) fn all_matches(&self, hay: &[u8], found: impl FnMut(usize, usize, u32)) {
        match self {
            Names::Dfa(a) => overlapping(&**a, hay, found),
            Names::Nfa(a) => overlapping(&**a, hay, found),
        }
    }

    pub(crate) fn patterns_len(&self) -> usize {
        match self {
            Names::Dfa(a) => a.patterns_len(),
            Names::Nfa(a) => a.patterns_len(),
        }
    }

    pub(crate) fn memory_usage(&self) -> usize {
        match self {
            Names::Dfa(a) => a.memory_usage(),
            Names::Nfa(a) => a.memory_usage(),
        }
    }

    /// "DFA" or "contiguous NFA", for reports.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Names::Dfa(_) => "DFA",
            Names::Nfa(_) => "contiguous NFA",
        }
    }
}

fn walk<A: Automaton>(aut: &A, hay: &[u8], at: usize, mut found: impl FnMut(usize, u32)) -> usize {
    let Ok(mut sid) = aut.start_state(Anchored::Yes) else {
        return 0;
    };
    for (i, &byte) in hay[at..].iter().enumerate() {
        sid = aut.next_state(Anchored::Yes, sid, byte);
        if !aut.is_special(sid) {
            continue;
        }
        if aut.is_dead(sid) {
            return i + 1;
        }
        if aut.is_match(sid) {
            // A state's matches include the aliases that end here but start
            // later (copied along failure links): keep those starting at `at`.
            let len = i + 1;
            for k in 0..aut.match_len(sid) {
                let pattern = aut.match_pattern(sid, k);
                if aut.pattern_len(pattern) == len {
                    found(at + len, pattern.as_u32());
                }
            }
        }
    }
    hay.len() - at
}

fn overlapping<A: Automaton>(aut: &A, hay: &[u8], mut found: impl FnMut(usize, usize, u32)) {
    // Unanchored searches are always supported: the DFA is built with both
    // start kinds and NFAs have both.
    let Ok(matches) = aut.try_find_overlapping_iter(aho_corasick::Input::new(hay)) else {
        return;
    };
    for m in matches {
        found(m.start(), m.end(), m.pattern().as_u32());
    }
}
