//! Scanning a text: normalize, run the automaton, keep the candidates that
//! pass the boundary and case rules, apply short forms and resolve overlaps.
//!
//! The scanner works on a *window*: a piece of the document that starts at
//! a known original and normalized offset. One-shot extraction is a single
//! window; streaming (see `stream.rs`) slides overlapping windows and asks
//! each for the matches that *start* in its own range of normalized offsets,
//! so that every match is seen exactly once and in document order.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use crate::context::{is_compound_part, is_glued_to_name, is_shouted};
use crate::entity::CaseRule;
use crate::extractor::{Entry, Extractor, Overlaps};
use crate::mention::{Candidate, Mention, Span};
use crate::normalize::{Case, Normalized};
use crate::rules::{CaseChecker, in_capitals, is_hangul_suffix_point, separates};

/// Reusable buffers for [`Extractor::extract_with`]: with one per thread,
/// extraction allocates nothing but its results.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    pub(crate) normalized: Normalized,
    matches: Vec<RawMatch>,
    /// Original start and end offsets of the window's candidates, sorted.
    starts: Vec<usize>,
    ends: Vec<usize>,
    case: CaseChecker,
    doc: DocState,
    valid: Vec<Entry>,
}

impl Scratch {
    /// Empty buffers.
    pub fn new() -> Scratch {
        Scratch::default()
    }
}

/// What the rules that look back (overlaps, short forms) remember of the
/// document so far.
#[derive(Clone, Debug, Default)]
pub(crate) struct DocState {
    /// Original offset up to which the text is covered by an accepted mention.
    covered_to: usize,
    /// Entity → original end offset of its latest mention that is over.
    last_seen: HashMap<u32, usize>,
    /// Mentions not yet over at the current position: (end, entity).
    pending: BinaryHeap<Reverse<(usize, u32)>>,
}

impl DocState {
    pub(crate) fn reset(&mut self) {
        self.covered_to = 0;
        self.last_seen.clear();
        self.pending.clear();
    }
}

/// Where a window sits in the document, and which matches it reports.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Window {
    /// Original offset of the window's first byte.
    pub(crate) orig_base: usize,
    /// Normalized offset of the window's first normalized byte.
    pub(crate) norm_base: usize,
    /// Report matches whose normalized start is at least this...
    pub(crate) from: usize,
    /// ...and below this (`None`: no limit, the window reaches the end).
    pub(crate) until: Option<usize>,
}

/// Bytes the anchored walks of a window may visit, per byte of normalized
/// text (and at least), before the scan falls back to the unanchored search.
/// Ordinary text walks about two bytes per byte.
const WALK_BUDGET_PER_BYTE: usize = 16;
const WALK_BUDGET_MIN: usize = 4096;

/// An automaton match that sits on word boundaries, mapped to the original
/// text (absolute offsets).
#[derive(Clone, Copy, Debug)]
struct RawMatch {
    start: usize,
    end: usize,
    norm_start: usize,
    pattern: u32,
}

/// One-shot extraction of a whole text (behind
/// [`Extractor::extract_with`]): one window over everything.
pub(crate) fn extract_with<'x>(
    extractor: &'x Extractor,
    text: &str,
    scratch: &mut Scratch,
) -> Vec<Mention<'x>> {
    scratch.doc.reset();
    scratch.normalized.normalize(text, Case::Fold);
    let mut mentions = Vec::new();
    let whole = Window {
        orig_base: 0,
        norm_base: 0,
        from: 0,
        until: None,
    };
    extractor.scan_normalized(text, whole, scratch, &mut mentions);
    mentions
}

impl Extractor {
    /// Scans `text`, the window `window` of a document, whose normalization
    /// is already in `scratch.normalized`, and appends its mentions.
    pub(crate) fn scan_normalized<'x>(
        &'x self,
        text: &str,
        window: Window,
        scratch: &mut Scratch,
        out: &mut Vec<Mention<'x>>,
    ) {
        self.find_matches(text, window, scratch);
        self.resolve(text, window.orig_base, scratch, out);
    }

    /// Collects the automaton's matches that start in the window's range,
    /// sit on word boundaries, map back to whole original characters and are
    /// not part of a hyphenated compound (see [`is_compound_part`]).
    fn find_matches(&self, text: &str, window: Window, scratch: &mut Scratch) {
        let Scratch {
            normalized,
            matches,
            starts,
            ends,
            ..
        } = scratch;
        matches.clear();
        let norm = normalized.text.as_str();
        let bytes = norm.as_bytes();
        let map = &normalized.map;
        let candidate = |matches: &mut Vec<RawMatch>, at: usize, end: usize, pattern: u32| {
            if !end_boundary_at(norm, end) {
                return;
            }
            let (Some(start), Some(orig_end)) = (map.start(at), map.end(end)) else {
                return;
            };
            matches.push(RawMatch {
                start,
                end: orig_end,
                norm_start: window.norm_base + at,
                pattern,
            });
        };
        let mut budget = WALK_BUDGET_PER_BYTE * bytes.len() + WALK_BUDGET_MIN;
        let mut prev: Option<u8> = None;
        let mut walked_out = false;
        for (at, &b) in bytes.iter().enumerate() {
            // Names start on a character, on a word boundary, and never with
            // a space (aliases are trimmed). Between ASCII bytes, the
            // boundary test is a comparison of two bytes.
            let starts = match prev {
                _ if b == b' ' || b == b'\n' || (0x80..0xC0).contains(&b) => false,
                Some(p) if p.is_ascii() && b.is_ascii() => {
                    !(p.is_ascii_alphanumeric() && b.is_ascii_alphanumeric())
                }
                _ => boundary_at(norm, at),
            };
            prev = Some(b);
            if !starts {
                continue;
            }
            let walked = self
                .automaton
                .matches_at(bytes, at, |end, pattern| candidate(matches, at, end, pattern));
            budget = budget.saturating_sub(walked);
            if budget == 0 {
                walked_out = true;
                break;
            }
        }
        if walked_out {
            // Adversarial text: the walks would go quadratic. The unanchored
            // scan finds the same candidates in linear time.
            matches.clear();
            self.automaton.all_matches(bytes, |at, end, pattern| {
                if bytes[at] != b' ' && bytes[at] != b'\n' && boundary_at(norm, at) {
                    candidate(matches, at, end, pattern);
                }
            });
        }
        // Every candidate counts as a neighbour, in range or not.
        starts.clear();
        starts.extend(matches.iter().map(|m| m.start));
        starts.sort_unstable();
        ends.clear();
        ends.extend(matches.iter().map(|m| m.end));
        ends.sort_unstable();
        matches.retain(|m| {
            m.norm_start >= window.from
                && window.until.is_none_or(|until| m.norm_start < until)
                && !is_compound_part(
                    text,
                    m.start,
                    m.end,
                    |at| ends.binary_search(&at).is_ok(),
                    |at| starts.binary_search(&at).is_ok(),
                )
        });
        matches.sort_unstable_by_key(|m| (m.start, Reverse(m.end)));
        for m in matches.iter_mut() {
            m.start += window.orig_base;
            m.end += window.orig_base;
        }
    }

    /// Applies the case and short-form rules and the overlap mode to the
    /// window's matches, in document order; `text` starts at `orig_base`.
    fn resolve<'x>(
        &'x self,
        text: &str,
        orig_base: usize,
        scratch: &mut Scratch,
        out: &mut Vec<Mention<'x>>,
    ) {
        let Scratch {
            matches,
            starts,
            ends,
            case,
            doc,
            valid,
            ..
        } = scratch;
        for m in matches.iter() {
            if self.overlaps == Overlaps::LeftmostLongest && m.start < doc.covered_to {
                continue;
            }
            while let Some(&Reverse((end, entity))) = doc.pending.peek() {
                if end > m.start {
                    break;
                }
                doc.pending.pop();
                doc.last_seen.insert(entity, end);
            }
            let (start, end) = (m.start - orig_base, m.end - orig_base);
            let surface = &text[start..end];
            let mut shouted = None;
            let mut glued = None;
            valid.clear();
            let mut best_short: Option<(usize, Entry)> = None;
            for &entry in self.entries_of(m.pattern as usize) {
                let alias = &self.entities[entry.entity as usize].aliases()[entry.alias as usize];
                if !case.allows(alias.case(), alias.text(), surface) {
                    continue;
                }
                if alias.case() == CaseRule::Exact
                    && in_capitals(alias.text(), 1)
                    && *shouted.get_or_insert_with(|| is_shouted(text, start, end))
                {
                    continue;
                }
                if alias.is_standalone()
                    && *glued.get_or_insert_with(|| {
                        is_glued_to_name(
                            text,
                            start,
                            end,
                            |at| ends.binary_search(&at).is_ok(),
                            |at| starts.binary_search(&at).is_ok(),
                        )
                    })
                {
                    continue;
                }
                if !alias.is_short() {
                    if !valid.iter().any(|v| v.entity == entry.entity) {
                        valid.push(entry);
                    }
                } else if let Some(&seen) = doc.last_seen.get(&entry.entity)
                    && best_short.is_none_or(|(best, _)| seen > best)
                {
                    best_short = Some((seen, entry));
                }
            }
            // The short form means the most recently mentioned entity (the
            // first in gazetteer order on a tie), even one a full alias
            // already names here: then it adds nothing.
            if let Some((_, entry)) = best_short
                && !valid.iter().any(|v| v.entity == entry.entity)
            {
                valid.push(entry);
            }
            if valid.is_empty() {
                continue;
            }
            doc.covered_to = doc.covered_to.max(m.end);
            // A hidden name only covers the text; the visible entities that
            // share its alias (if any) are reported.
            valid.retain(|e| !self.entities[e.entity as usize].is_hidden());
            if valid.is_empty() {
                continue;
            }
            let candidates = valid
                .iter()
                .map(|e| {
                    let entity = &self.entities[e.entity as usize];
                    doc.pending.push(Reverse((m.end, e.entity)));
                    Candidate {
                        entity,
                        alias: &entity.aliases()[e.alias as usize],
                    }
                })
                .collect();
            out.push(Mention {
                span: Span {
                    start: m.start,
                    end: m.end,
                },
                candidates,
            });
        }
    }
}

/// Whether a match may end at byte `at` of the normalized text: a
/// [`boundary_at`], or inside a Korean word, where particles follow the name
/// in the same word ("미국과", "일본의"). Hangul is never ASCII: the bytes
/// rule it out before any decoding, on the path every failed raw match takes
/// (`boundary_at` is true at both ends of the text, so both bytes exist).
fn end_boundary_at(norm: &str, at: usize) -> bool {
    if boundary_at(norm, at) {
        return true;
    }
    let bytes = norm.as_bytes();
    !bytes[at - 1].is_ascii()
        && !bytes[at].is_ascii()
        && is_hangul_suffix_point(norm[..at].chars().next_back(), norm[at..].chars().next())
}

#[inline]
/// Whether a match may begin or end at byte `at` of the normalized text:
/// [`separates`] on the characters around it, deciding on the bytes when
/// both are ASCII (most raw matches of a big gazetteer fail here).
fn boundary_at(norm: &str, at: usize) -> bool {
    let bytes = norm.as_bytes();
    match (at.checked_sub(1).map(|i| bytes[i]), bytes.get(at)) {
        (Some(l), Some(&r)) if l.is_ascii() && r.is_ascii() => {
            !(l.is_ascii_alphanumeric() && r.is_ascii_alphanumeric())
        }
        (None, _) | (_, None) => true,
        _ => separates(norm[..at].chars().next_back(), norm[at..].chars().next()),
    }
}
