//! The Aho-Corasick automaton of all normalized aliases, and the two searches
//! gazner runs with it: an anchored walk from each place a name may start,
//! and the unanchored overlapping scan it falls back to.
//!
//! An unanchored overlapping scan reports every alias that ends anywhere,
//! most of them inside words ("us" in "houses"), only for the word-boundary
//! rule to throw them away. Walking from word starts only, with no failure
//! transitions, visits the same bytes about as often and reports only hits
//! that start on a boundary. The walks of adversarial text can cost text
//! length times alias length; past a [`WalkBudget`] the scan falls back to
//! the unanchored search, which is linear.

use std::fmt;

use aho_corasick::automaton::Automaton;
use aho_corasick::{Anchored, BuildError, MatchKind, StartKind, dfa, nfa::contiguous};

/// Up to this many patterns, and this many bytes of patterns in all, the
/// automaton is a DFA: faster to walk, bigger and slower to build. (A DFA's
/// build time grows with the square of a long alias: one 10,000-char alias
/// takes 0.4 s as a DFA and under 1 ms as a contiguous NFA,
/// `cargo bench --bench pathological`.)
const DFA_MAX_PATTERNS: usize = 5_000;
const DFA_MAX_PATTERN_BYTES: usize = 100_000;

/// The kind of automaton that holds the patterns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutomatonKind {
    /// A DFA: chosen up to 5,000 patterns and 100 kB of them.
    Dfa,
    /// A contiguous NFA: chosen above, where a DFA would take too much memory.
    ContiguousNfa,
}

impl AutomatonKind {
    /// The kind gazner chooses for these normalized patterns. (Hidden: for
    /// the benches, which build the bare automaton of the same kind.)
    #[doc(hidden)]
    pub fn chosen_for<S: AsRef<str>>(patterns: &[S]) -> AutomatonKind {
        let bytes: usize = patterns.iter().map(|p| p.as_ref().len()).sum();
        if patterns.len() <= DFA_MAX_PATTERNS && bytes <= DFA_MAX_PATTERN_BYTES {
            AutomatonKind::Dfa
        } else {
            AutomatonKind::ContiguousNfa
        }
    }

    /// "DFA" or "contiguous NFA", for reports.
    pub fn as_str(self) -> &'static str {
        match self {
            AutomatonKind::Dfa => "DFA",
            AutomatonKind::ContiguousNfa => "contiguous NFA",
        }
    }
}

impl fmt::Display for AutomatonKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How many bytes the anchored walks of a window may visit before the scan
/// falls back to the unanchored search: `per_byte` per byte of normalized
/// text, plus `min`. Ordinary text walks about two bytes per byte; the
/// default is 16 and 4,096. (Hidden: the tests set it to 0 to run every rule
/// through the fallback.)
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WalkBudget {
    /// Bytes walked allowed per byte of normalized text.
    pub per_byte: usize,
    /// Bytes walked allowed whatever the text's length.
    pub min: usize,
}

impl Default for WalkBudget {
    fn default() -> WalkBudget {
        WalkBudget {
            per_byte: 16,
            min: 4096,
        }
    }
}

impl WalkBudget {
    /// The budget of a window of `len` normalized bytes.
    pub(crate) fn for_len(self, len: usize) -> usize {
        self.per_byte.saturating_mul(len).saturating_add(self.min)
    }
}

/// The hidden settings that the tests and benches use to reach every path:
/// the automaton kind (default: [`AutomatonKind::chosen_for`]) and the walk
/// budget.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Tuning {
    pub(crate) kind: Option<AutomatonKind>,
    pub(crate) walk_budget: WalkBudget,
}

/// The compiled patterns, as a DFA or a contiguous NFA.
#[derive(Clone, Debug)]
pub(crate) enum Names {
    // Boxed: the automata's own structs are large, and an extractor is moved.
    Dfa(Box<dfa::DFA>),
    Nfa(Box<contiguous::NFA>),
}

impl Names {
    /// Compiles `patterns` into an automaton of `kind` (default: the one
    /// chosen for them); pattern ids are their indexes.
    pub(crate) fn build(patterns: &[&str], kind: Option<AutomatonKind>) -> Result<Names, BuildError> {
        match kind.unwrap_or_else(|| AutomatonKind::chosen_for(patterns)) {
            AutomatonKind::Dfa => dfa::Builder::new()
                .match_kind(MatchKind::Standard)
                // Anchored for the walks, unanchored for the fallback.
                .start_kind(StartKind::Both)
                .prefilter(false)
                .build(patterns)
                .map(|a| Names::Dfa(Box::new(a))),
            AutomatonKind::ContiguousNfa => contiguous::Builder::new()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(patterns)
                .map(|a| Names::Nfa(Box::new(a))),
        }
    }

    /// Walks the automaton, anchored, from every offset `at` of `hay` in
    /// `starts`, and calls `found(at, end, pattern)` for every pattern that
    /// occurs in `hay` starting exactly at `at`, shortest first. Stops and
    /// returns `false` once `budget` bytes are walked.
    ///
    /// Dispatches on the automaton once, not per walk, so the loop runs on the
    /// concrete automaton with its anchored start state fetched once.
    pub(crate) fn walk_from(
        &self,
        hay: &[u8],
        starts: &[usize],
        budget: usize,
        found: impl FnMut(usize, usize, u32),
    ) -> bool {
        match self {
            Names::Dfa(a) => walk_from(&**a, hay, starts, budget, found),
            Names::Nfa(a) => walk_from(&**a, hay, starts, budget, found),
        }
    }

    /// Calls `found(start, end, pattern)` for every occurrence of every
    /// pattern in `hay`: the unanchored overlapping scan, linear in `hay`.
    pub(crate) fn all_hits(&self, hay: &[u8], found: impl FnMut(usize, usize, u32)) {
        match self {
            Names::Dfa(a) => overlapping(&**a, hay, found),
            Names::Nfa(a) => overlapping(&**a, hay, found),
        }
    }

    /// Whether an anchored walk from `at` over `hay[at..end]` is still alive
    /// at `end`: some pattern starts with those bytes and goes on.
    pub(crate) fn continues(&self, hay: &[u8], at: usize, end: usize) -> bool {
        match self {
            Names::Dfa(a) => alive(&**a, &hay[at..end]),
            Names::Nfa(a) => alive(&**a, &hay[at..end]),
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

    pub(crate) fn kind(&self) -> AutomatonKind {
        match self {
            Names::Dfa(_) => AutomatonKind::Dfa,
            Names::Nfa(_) => AutomatonKind::ContiguousNfa,
        }
    }
}

#[inline(always)]
fn walk_from<A: Automaton>(
    aut: &A,
    hay: &[u8],
    starts: &[usize],
    mut budget: usize,
    mut found: impl FnMut(usize, usize, u32),
) -> bool {
    if budget == 0 {
        return false;
    }
    // Both automata support anchored searches (the DFA is built with both
    // start kinds): without one there is nothing to walk.
    let Ok(start) = aut.start_state(Anchored::Yes) else {
        return true;
    };
    for &at in starts {
        let mut sid = start;
        let mut walked = hay.len() - at;
        for (i, &byte) in hay[at..].iter().enumerate() {
            sid = aut.next_state(Anchored::Yes, sid, byte);
            if !aut.is_special(sid) {
                continue;
            }
            if aut.is_dead(sid) {
                walked = i + 1;
                break;
            }
            if aut.is_match(sid) {
                // A state's matches include the aliases that end here but
                // start later (copied along failure links): keep those
                // starting at `at`.
                let len = i + 1;
                for k in 0..aut.match_len(sid) {
                    let pattern = aut.match_pattern(sid, k);
                    if aut.pattern_len(pattern) == len {
                        found(at, at + len, pattern.as_u32());
                    }
                }
            }
        }
        budget = budget.saturating_sub(walked);
        if budget == 0 {
            return false;
        }
    }
    true
}

fn alive<A: Automaton>(aut: &A, bytes: &[u8]) -> bool {
    let Ok(mut sid) = aut.start_state(Anchored::Yes) else {
        return false;
    };
    for &byte in bytes {
        sid = aut.next_state(Anchored::Yes, sid, byte);
        if aut.is_dead(sid) {
            return false;
        }
    }
    true
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
