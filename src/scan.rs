//! Scanning a text: normalize, run the automaton, keep the candidates that
//! pass the boundary and case rules, apply short forms and resolve overlaps.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use crate::extractor::{Entry, Extractor, Overlaps};
use crate::mention::{Candidate, Mention, Span};
use crate::normalize::{Case, Normalized};
use crate::rules::{CaseChecker, separates};

/// Reusable buffers for [`Extractor::extract_with`]: with one per thread,
/// extraction allocates nothing but its results.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    normalized: Normalized,
    matches: Vec<RawMatch>,
    case: CaseChecker,
    /// Entity → when it was last mentioned (end offset of the mention).
    last_seen: HashMap<u32, usize>,
    /// Mentions not yet over at the current position: (end, entity).
    pending: BinaryHeap<Reverse<(usize, u32)>>,
    valid: Vec<Entry>,
}

impl Scratch {
    /// Empty buffers.
    pub fn new() -> Scratch {
        Scratch::default()
    }
}

/// An automaton match that sits on word boundaries, mapped to the original text.
#[derive(Clone, Copy, Debug)]
struct RawMatch {
    start: usize,
    end: usize,
    pattern: u32,
}

impl Extractor {
    /// Finds every mention in `text`, in order of start (then longest first).
    ///
    /// ```
    /// let extractor = gazner::default_extractor();
    /// let text = "Kaja Kallas a rencontré le ministre.";
    /// let mentions = extractor.extract(text);
    /// assert_eq!(mentions[0].text(text), "Kaja Kallas");
    /// assert_eq!(mentions[0].kind().as_str(), "person");
    /// ```
    pub fn extract(&self, text: &str) -> Vec<Mention<'_>> {
        self.extract_with(text, &mut Scratch::new())
    }

    /// Like [`extract`](Extractor::extract), reusing `scratch`'s buffers.
    pub fn extract_with(&self, text: &str, scratch: &mut Scratch) -> Vec<Mention<'_>> {
        scratch.normalized.normalize(text, Case::Fold);
        self.find_matches(scratch);
        self.resolve(text, scratch)
    }

    /// Collects the automaton's matches that sit on word boundaries and map
    /// back to whole characters of the original text.
    fn find_matches(&self, scratch: &mut Scratch) {
        let Scratch {
            normalized, matches, ..
        } = scratch;
        matches.clear();
        let norm = normalized.text.as_str();
        for m in self.automaton.find_overlapping_iter(norm) {
            let before = norm[..m.start()].chars().next_back();
            let first = norm[m.start()..].chars().next();
            let last = norm[..m.end()].chars().next_back();
            let after = norm[m.end()..].chars().next();
            if !separates(before, first) || !separates(last, after) {
                continue;
            }
            let (Some(start), Some(end)) = (normalized.map.start(m.start()), normalized.map.end(m.end()))
            else {
                continue;
            };
            matches.push(RawMatch {
                start,
                end,
                pattern: m.pattern().as_u32(),
            });
        }
        matches.sort_unstable_by_key(|m| (m.start, Reverse(m.end)));
    }

    /// Applies the case and short-form rules and the overlap mode.
    fn resolve<'x>(&'x self, text: &str, scratch: &mut Scratch) -> Vec<Mention<'x>> {
        let Scratch {
            matches,
            case,
            last_seen,
            pending,
            valid,
            ..
        } = scratch;
        last_seen.clear();
        pending.clear();
        let mut mentions = Vec::new();
        let mut covered_to = 0;
        for m in matches.iter() {
            if self.overlaps == Overlaps::LeftmostLongest && m.start < covered_to {
                continue;
            }
            while let Some(&Reverse((end, entity))) = pending.peek() {
                if end > m.start {
                    break;
                }
                pending.pop();
                last_seen.insert(entity, end);
            }
            let surface = &text[m.start..m.end];
            valid.clear();
            let mut best_short: Option<(usize, Entry)> = None;
            for &entry in self.entries_of(m.pattern as usize) {
                let alias = &self.entities[entry.entity as usize].aliases()[entry.alias as usize];
                if valid.iter().any(|v| v.entity == entry.entity)
                    || !case.allows(alias.case(), alias.text(), surface)
                {
                    continue;
                }
                if !alias.is_short() {
                    valid.push(entry);
                } else if let Some(&seen) = last_seen.get(&entry.entity)
                    && best_short.is_none_or(|(best, _)| seen > best)
                {
                    best_short = Some((seen, entry));
                }
            }
            if let Some((_, entry)) = best_short
                && !valid.iter().any(|v| v.entity == entry.entity)
            {
                valid.push(entry);
            }
            if valid.is_empty() {
                continue;
            }
            covered_to = m.end;
            let candidates = valid
                .iter()
                .map(|e| {
                    let entity = &self.entities[e.entity as usize];
                    pending.push(Reverse((m.end, e.entity)));
                    Candidate {
                        entity,
                        alias: &entity.aliases()[e.alias as usize],
                    }
                })
                .collect();
            mentions.push(Mention {
                span: Span {
                    start: m.start,
                    end: m.end,
                },
                candidates,
            });
        }
        mentions
    }
}
