//! The compiled extractor: every alias normalized once, deduplicated, and
//! compiled into one Aho-Corasick automaton.

use crate::automaton::{AutomatonKind, Names, Tuning, WalkBudget};
use crate::entity::Entity;
use crate::error::{Error, Problem};
use crate::gazetteer::Located;
use crate::normalize::{Case, Normalized};
use crate::rules::country::Countries;

/// Which matches to report where they overlap.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Overlaps {
    /// Leftmost-longest among valid matches: scanning left to right, the
    /// longest valid match at the leftmost position wins and the scan goes on
    /// after it. A longer candidate that a rule rejects never hides a shorter
    /// valid one.
    #[default]
    LeftmostLongest,
    /// Every valid match, nested and overlapping ones included.
    All,
}

/// One alias of one entity, as the automaton's patterns refer to them.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    pub(crate) entity: u32,
    pub(crate) alias: u32,
}

/// Finds the entities of its gazetteers in text.
///
/// Immutable once built, `Send` and `Sync`: share one across threads. Build
/// it with [`ExtractorBuilder`](crate::ExtractorBuilder), or use
/// [`default_extractor`](crate::default_extractor).
#[derive(Debug)]
pub struct Extractor {
    pub(crate) entities: Vec<Entity>,
    pub(crate) automaton: Names,
    /// Pattern `p`'s entries are `entries[pattern_starts[p]..pattern_starts[p + 1]]`.
    pub(crate) pattern_starts: Vec<u32>,
    pub(crate) entries: Vec<Entry>,
    pub(crate) overlaps: Overlaps,
    /// The longest normalized alias, in bytes: how far a match can reach.
    pub(crate) max_pattern_len: usize,
    pub(crate) walk_budget: WalkBudget,
    /// Each entity's `meta.country`, for the rule on generic names.
    pub(crate) countries: Countries,
}

impl Extractor {
    /// Compiles entities into an extractor.
    pub(crate) fn compile(
        located: Vec<Located>,
        overlaps: Overlaps,
        tuning: Tuning,
    ) -> Result<Extractor, Error> {
        check_unique_ids(&located)?;
        // Every alias as (normalized text, entry); sorted, equal texts become
        // one pattern. (A sort beats a hash map of owned strings at 1M aliases.)
        let mut items: Vec<(Box<str>, Entry)> = Vec::new();
        let mut entities = Vec::with_capacity(located.len());
        let mut norm = Normalized::default();
        for (index, mut item) in located.into_iter().enumerate() {
            item.entity.shrink();
            let fail = |problem| Error::Gazetteer {
                origin: item.origin.to_string(),
                line: item.line,
                problem,
            };
            let entity = u32::try_from(index).map_err(|_| fail(Problem::Json("too many entities".into())))?;
            for (a, alias) in item.entity.aliases().iter().enumerate() {
                norm.normalize(alias.text(), Case::Fold);
                let pattern = norm.text.trim_matches(' ');
                if pattern.is_empty() {
                    return Err(fail(Problem::AliasNormalizesToNothing(alias.text().to_string())));
                }
                if pattern.contains('\n') {
                    return Err(fail(Problem::AliasCrossesBlankLine(alias.text().to_string())));
                }
                let alias = u32::try_from(a).map_err(|_| fail(Problem::Json("too many aliases".into())))?;
                items.push((pattern.into(), Entry { entity, alias }));
            }
            entities.push(item.entity);
        }
        // Stable: a pattern's entries stay in gazetteer order.
        items.sort_by(|x, y| x.0.cmp(&y.0));
        let mut patterns: Vec<Box<str>> = Vec::new();
        let mut pattern_starts: Vec<u32> = Vec::new();
        let mut entries: Vec<Entry> = Vec::with_capacity(items.len());
        for (pattern, entry) in items {
            if patterns.last() != Some(&pattern) {
                patterns.push(pattern);
                pattern_starts.push(entries.len() as u32);
            }
            let group = &entries[*pattern_starts.last().unwrap_or(&0) as usize..];
            let alias = &entities[entry.entity as usize].aliases()[entry.alias as usize];
            let same = |e: &Entry| {
                let other = &entities[e.entity as usize].aliases()[e.alias as usize];
                e.entity == entry.entity
                    && other.case() == alias.case()
                    && other.is_short() == alias.is_short()
                    && other.is_standalone() == alias.is_standalone()
            };
            if !group.iter().any(same) {
                entries.push(entry);
            }
        }
        pattern_starts.push(entries.len() as u32);
        let patterns: Vec<&str> = patterns.iter().map(|p| &**p).collect();
        let automaton = Names::build(&patterns, tuning.kind).map_err(|e| Error::Build(e.to_string()))?;
        let max_pattern_len = patterns.iter().map(|p| p.len()).max().unwrap_or(0);
        Ok(Extractor {
            countries: Countries::new(&entities),
            max_pattern_len,
            entities,
            automaton,
            pattern_starts,
            entries,
            overlaps,
            walk_budget: tuning.walk_budget,
        })
    }

    /// Every entity, in the order they were loaded, hidden ones included
    /// (see [`Entity::is_hidden`]).
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The overlap mode.
    pub fn overlaps(&self) -> Overlaps {
        self.overlaps
    }

    /// The number of distinct normalized aliases in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.automaton.patterns_len()
    }

    /// The kind of automaton chosen for this gazetteer's size: a DFA up to
    /// 5,000 patterns and 100 kB of them, a contiguous NFA above.
    pub fn automaton_kind(&self) -> AutomatonKind {
        self.automaton.kind()
    }

    /// Approximate heap memory, in bytes: the automaton, the alias tables
    /// and the entities with their aliases.
    pub fn memory_usage(&self) -> usize {
        use std::mem::size_of;
        let entity_bytes: usize = self
            .entities
            .iter()
            .map(|e| {
                size_of::<Entity>()
                    + e.id().len()
                    + match e.kind() {
                        crate::Kind::Custom(k) => k.len(),
                        _ => 0,
                    }
                    + e.meta()
                        .iter()
                        .map(|(k, v)| k.len() + v.len() + 48)
                        .sum::<usize>()
                    + e.aliases()
                        .iter()
                        .map(|a| size_of::<crate::Alias>() + a.text().len() + a.lang().map_or(0, str::len))
                        .sum::<usize>()
            })
            .sum();
        self.automaton.memory_usage()
            + self.pattern_starts.capacity() * size_of::<u32>()
            + self.entries.capacity() * size_of::<Entry>()
            + entity_bytes
            + self.countries.memory_usage()
    }

    pub(crate) fn entries_of(&self, pattern: usize) -> &[Entry] {
        let start = self.pattern_starts[pattern] as usize;
        let end = self.pattern_starts[pattern + 1] as usize;
        &self.entries[start..end]
    }
}

/// Fails on the first id (in load order) that repeats an earlier one.
fn check_unique_ids(located: &[Located]) -> Result<(), Error> {
    let mut ids: Vec<(&str, usize)> = located
        .iter()
        .enumerate()
        .map(|(i, l)| (l.entity.id(), i))
        .collect();
    ids.sort_unstable();
    let repeat = ids.windows(2).filter(|w| w[0].0 == w[1].0).map(|w| w[1].1).min();
    let Some(second) = repeat else { return Ok(()) };
    let id = located[second].entity.id();
    let first = ids.iter().find(|(x, _)| *x == id).map_or(second, |&(_, i)| i);
    Err(Error::Gazetteer {
        origin: located[second].origin.to_string(),
        line: located[second].line,
        problem: Problem::DuplicateId {
            id: id.to_string(),
            first: format!("{}:{}", located[first].origin, located[first].line),
        },
    })
}
