//! The compiled extractor and its public surface: every alias normalized
//! once, deduplicated, and compiled into one Aho-Corasick automaton; the
//! extraction methods hand the work to `scan.rs`, `stream.rs` and `batch.rs`.

use std::io::Read;
use std::ops::ControlFlow;

use crate::automaton::{AutomatonKind, Names, Tuning, WalkBudget};
use crate::entity::{CaseRule, Entity, Kind};
use crate::error::{Error, Problem};
use crate::gazetteer::Located;
use crate::mention::{Mention, MentionRecord, Offsets};
use crate::normalize::{Case, Normalized};
use crate::rules::arabic_names::ArabicNames;
use crate::rules::cjk::Lexicon;
use crate::rules::country::Countries;
use crate::rules::language::{self, Language, Languages};
use crate::rules::unlisted::{self, Unlisted};
use crate::scan::Scratch;
use crate::stream::StreamExtractor;

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
/// it with [`ExtractorBuilder`](crate::ExtractorBuilder), or, with the
/// default features, use `default_extractor()`.
///
/// ```
/// use gazner::{ExtractorBuilder, Offsets};
///
/// let extractor = ExtractorBuilder::new()
///     .gazetteer_str("mine", r#"{"id":"Q90","kind":"city","name":"Paris","meta":{"insee":"75056"}}"#)
///     .build()?;
/// let text = "De Bakou à Paris.";
/// let mentions = extractor.extract(text);
/// assert_eq!((mentions[0].span.start, mentions[0].span.end), (12, 17));
/// // Owned records with char and UTF-16 offsets, for other programs:
/// let records = extractor.extract_records(text, Offsets::All);
/// assert_eq!(records[0].char_span().map(|s| s.start), Some(11));
/// // Metadata stays with the entity:
/// assert_eq!(extractor.entity(records[0].id()).unwrap().meta()["insee"], "75056");
/// # Ok::<(), gazner::Error>(())
/// ```
#[derive(Debug)]
pub struct Extractor {
    pub(crate) entities: Vec<Entity>,
    /// Entity indices sorted by id, for [`Extractor::entity`].
    by_id: Vec<u32>,
    pub(crate) automaton: Names,
    /// Pattern `p`'s entries are `entries[pattern_starts[p]..pattern_starts[p + 1]]`.
    pub(crate) pattern_starts: Vec<u32>,
    pub(crate) entries: Vec<Entry>,
    pub(crate) overlaps: Overlaps,
    /// The longest normalized alias, in bytes, and at least the reach of
    /// the unlisted-person rule when it is on: how far a match can reach.
    pub(crate) max_pattern_len: usize,
    pub(crate) walk_budget: WalkBudget,
    /// Each entity's `meta.country`, for the rule on generic names.
    pub(crate) countries: Countries,
    /// The languages the aliases are tagged with and the default language
    /// of the texts, for the language rule (boxed: the extractor stays the
    /// size it was, and the detector's state is large).
    pub(crate) languages: Box<Languages>,
    /// One of each kind, shared by the entities (counted once in
    /// [`memory_usage`](Extractor::memory_usage)).
    kinds: Vec<std::sync::Arc<Kind>>,
    /// Longer Chinese and Japanese words that keep the names inside them
    /// from counting (`rules/cjk.rs`); set by the builder.
    pub(crate) cjk: Lexicon,
    /// The unlisted-person rule, when on (`rules/unlisted.rs`); set by the
    /// builder.
    pub(crate) unlisted: Option<Unlisted>,
    /// The unlisted-person rule of Arabic script, on with `unlisted`
    /// (`rules/arabic_names.rs`); set by the builder.
    pub(crate) arabic_names: Option<ArabicNames>,
}

impl Extractor {
    /// Compiles entities into an extractor; `case_insensitive` is the
    /// builder's option of that name.
    pub(crate) fn compile(
        located: Vec<Located>,
        overlaps: Overlaps,
        case_insensitive: bool,
        tuning: Tuning,
        language: Language,
    ) -> Result<Extractor, Error> {
        check_unique_ids(&located)?;
        // Every alias as (normalized text, entry); sorted, equal texts become
        // one pattern. (A sort beats a hash map of owned strings at 1M aliases.)
        let mut items: Vec<(Box<str>, Entry)> = Vec::new();
        let mut entities = Vec::with_capacity(located.len());
        let mut norm = Normalized::default();
        let mut kinds = Vec::new();
        for (index, mut item) in located.into_iter().enumerate() {
            item.entity.shrink();
            item.entity.intern_kind(&mut kinds);
            let fail = |problem| Error::Gazetteer {
                origin: item.origin.to_string(),
                line: item.line,
                problem,
            };
            let entity = u32::try_from(index).map_err(|_| Error::Build("more than 2^32 entities".into()))?;
            if case_insensitive {
                for alias in item.entity.aliases_mut() {
                    if alias.case() == CaseRule::Proper {
                        *alias = alias.clone().with_case(CaseRule::Insensitive);
                    }
                }
            }
            for (a, alias) in item.entity.aliases().iter().enumerate() {
                if case_insensitive && alias.case() == CaseRule::Exact {
                    continue;
                }
                for lang in alias.langs() {
                    language::check_code(lang).map_err(|reason| {
                        fail(Problem::InvalidField {
                            field: format!("aliases[{a}].lang"),
                            reason,
                        })
                    })?;
                }
                norm.normalize(alias.text(), Case::Fold);
                let pattern = norm.text.trim_matches(' ');
                if pattern.is_empty() {
                    return Err(fail(Problem::AliasNormalizesToNothing(alias.text().to_string())));
                }
                if pattern.contains('\n') {
                    return Err(fail(Problem::AliasCrossesBlankLine(alias.text().to_string())));
                }
                let alias = u32::try_from(a).map_err(|_| {
                    fail(Problem::InvalidField {
                        field: "aliases".into(),
                        reason: "more than 2^32 aliases".into(),
                    })
                })?;
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
                    && other.lang_list() == alias.lang_list()
                    && other.is_lang_only() == alias.is_lang_only()
            };
            if !group.iter().any(same) {
                entries.push(entry);
            }
        }
        pattern_starts.push(entries.len() as u32);
        let patterns: Vec<&str> = patterns.iter().map(|p| &**p).collect();
        let automaton = Names::build(&patterns, tuning.kind).map_err(|e| Error::Build(e.to_string()))?;
        let max_pattern_len = patterns.iter().map(|p| p.len()).max().unwrap_or(0);
        // Ids are unique (checked above) and fewer than 2^32 entities.
        let mut by_id: Vec<u32> = (0..entities.len() as u32).collect();
        by_id.sort_unstable_by(|&a, &b| entities[a as usize].id().cmp(entities[b as usize].id()));
        let languages = Box::new(Languages::new(
            entities.iter().flat_map(|e| e.aliases()),
            language,
        ));
        Ok(Extractor {
            languages,
            by_id,
            countries: Countries::new(&entities),
            max_pattern_len,
            entities,
            automaton,
            pattern_starts,
            entries,
            overlaps,
            walk_budget: tuning.walk_budget,
            kinds,
            cjk: Lexicon::default(),
            unlisted: None,
            arabic_names: None,
        })
    }

    /// Turns the unlisted-person rule on with `rule`. Its names reach
    /// [`unlisted::REACH`] bytes, and the stream keeps that much margin past
    /// a match, as it does for the longest alias.
    pub(crate) fn set_unlisted(&mut self, rule: Unlisted) {
        self.max_pattern_len = self.max_pattern_len.max(unlisted::REACH);
        self.unlisted = Some(rule);
    }

    /// Whether the unlisted-person rule is on, and how many given names it
    /// reads ([`ExtractorBuilder::unlisted_people`](crate::ExtractorBuilder::unlisted_people)).
    pub fn unlisted_people(&self) -> Option<usize> {
        let arabic = self.arabic_names.as_ref().map_or(0, ArabicNames::len);
        self.unlisted.as_ref().map(|rule| rule.len() + arabic)
    }

    /// Finds every mention in `text`, in order of start (then longest first).
    ///
    /// ```
    /// use gazner::{Entity, ExtractorBuilder, Kind};
    ///
    /// let extractor = ExtractorBuilder::new().entity(Entity::new("Q3196055", Kind::Person, "Kaja Kallas")).build()?;
    /// let text = "Kaja Kallas a rencontré le ministre.";
    /// let mentions = extractor.extract(text);
    /// assert_eq!(mentions[0].text(text), "Kaja Kallas");
    /// assert_eq!(mentions[0].kind().as_str(), "person");
    /// # Ok::<(), gazner::Error>(())
    /// ```
    pub fn extract(&self, text: &str) -> Vec<Mention<'_>> {
        self.extract_with(text, &mut Scratch::new())
    }

    /// Like [`extract`](Extractor::extract), reusing `scratch`'s buffers:
    /// with one [`Scratch`] per thread, extraction allocates nothing but its
    /// results.
    ///
    /// ```
    /// use gazner::{Entity, ExtractorBuilder, Kind, Scratch};
    ///
    /// let extractor = ExtractorBuilder::new().entity(Entity::new("Q212", Kind::Country, "Ukraine")).build()?;
    /// let mut scratch = Scratch::new();
    /// let counts: Vec<usize> = ["Ukraine", "rien", "Ukraine, Ukraine"]
    ///     .iter()
    ///     .map(|doc| extractor.extract_with(doc, &mut scratch).len())
    ///     .collect();
    /// assert_eq!(counts, [1, 0, 2]);
    /// # Ok::<(), gazner::Error>(())
    /// ```
    pub fn extract_with(&self, text: &str, scratch: &mut Scratch) -> Vec<Mention<'_>> {
        crate::scan::extract_with(self, text, scratch, self.languages.default)
    }

    /// Like [`extract`](Extractor::extract), for a text in `language`
    /// instead of the builder's default
    /// ([`ExtractorBuilder::language`](crate::ExtractorBuilder::language)):
    /// an alias tagged with languages counts only where the text is in one
    /// of them (README, "Language of the text"). See [`Language`].
    pub fn extract_in(&self, text: &str, language: Language) -> Vec<Mention<'_>> {
        self.extract_with_in(text, language, &mut Scratch::new())
    }

    /// Like [`extract_with`](Extractor::extract_with), for a text in
    /// `language` (see [`extract_in`](Extractor::extract_in)).
    pub fn extract_with_in(&self, text: &str, language: Language, scratch: &mut Scratch) -> Vec<Mention<'_>> {
        crate::scan::extract_with(self, text, scratch, language)
    }

    /// The language the texts are in unless a call says otherwise (the
    /// builder's [`language`](crate::ExtractorBuilder::language)).
    pub fn language(&self) -> Language {
        self.languages.default
    }

    /// Finds every mention in `text` as owned [`MentionRecord`]s, the shape
    /// that streaming extraction and the `extract` command give, with the
    /// `offsets` asked for (char and UTF-16 offsets are counted in the same
    /// pass).
    pub fn extract_records(&self, text: &str, offsets: Offsets) -> Vec<MentionRecord> {
        MentionRecord::from_mentions(&self.extract(text), text, offsets)
    }

    /// Extracts from every document, spread over `threads` threads (0: one
    /// per core), and returns the mentions of each document in input order.
    ///
    /// Each document is its own text: short forms do not carry from one to
    /// the next.
    ///
    /// ```
    /// use gazner::{Entity, ExtractorBuilder, Kind};
    ///
    /// let extractor = ExtractorBuilder::new()
    ///     .entity(Entity::new("Q399", Kind::Country, "Arménie"))
    ///     .entity(Entity::new("Q458", Kind::Institution, "UE"))
    ///     .build()?;
    /// let docs = ["Bakou.", "Rien ici.", "l’Arménie et l’UE"];
    /// let found = extractor.extract_batch(&docs, 2);
    /// let counts: Vec<usize> = found.iter().map(Vec::len).collect();
    /// assert_eq!(counts, [0, 0, 2]);
    /// # Ok::<(), gazner::Error>(())
    /// ```
    pub fn extract_batch<'x, T: AsRef<str> + Sync>(
        &'x self,
        docs: &[T],
        threads: usize,
    ) -> Vec<Vec<Mention<'x>>> {
        self.extract_batch_threads(docs, threads, self.languages.default)
    }

    /// Like [`extract_batch`](Extractor::extract_batch), for documents in
    /// `language` (see [`extract_in`](Extractor::extract_in)).
    pub fn extract_batch_in<'x, T: AsRef<str> + Sync>(
        &'x self,
        docs: &[T],
        threads: usize,
        language: Language,
    ) -> Vec<Vec<Mention<'x>>> {
        self.extract_batch_threads(docs, threads, language)
    }

    /// Extracts from a reader of any size in bounded memory (see
    /// [`StreamExtractor`]), calling `found` with each mention in order, as
    /// a record with char and UTF-16 offsets. `found` returns
    /// `Ok(ControlFlow::Break(()))` to stop early (then the rest of the input
    /// is not read), or an error of its own to stop with it; `origin` names
    /// the input in errors.
    ///
    /// # Errors
    ///
    /// The error of `found`, or, converted into `E`, [`Error::Io`] when
    /// reading fails and [`Error::InvalidUtf8`] (with the absolute byte
    /// offset) when the input is not UTF-8.
    ///
    /// ```
    /// use std::ops::ControlFlow;
    /// use gazner::{Entity, ExtractorBuilder, Kind};
    ///
    /// let extractor = ExtractorBuilder::new().entity(Entity::new("Q212", Kind::Country, "Ukraine")).build()?;
    /// let input = "Ukraine. ".repeat(100_000);
    /// let mut first = Vec::new();
    /// extractor.extract_reader(input.as_bytes(), "input", |m| {
    ///     first.push(m.span().start);
    ///     Ok::<_, gazner::Error>(if first.len() == 3 { ControlFlow::Break(()) } else { ControlFlow::Continue(()) })
    /// })?;
    /// assert_eq!(first, [0, 9, 18]);
    /// # Ok::<(), gazner::Error>(())
    /// ```
    pub fn extract_reader<E: From<Error>>(
        &self,
        mut reader: impl Read,
        origin: &str,
        mut found: impl FnMut(MentionRecord) -> Result<ControlFlow<()>, E>,
    ) -> Result<(), E> {
        let mut stream = StreamExtractor::new(self, origin);
        let mut piece = vec![0; 64 * 1024];
        let mut out = Vec::new();
        loop {
            let more = stream.push_from(&mut reader, &mut piece, &mut out)?;
            if !more {
                stream.finish(&mut out)?;
            }
            for record in out.drain(..) {
                if found(record)?.is_break() {
                    return Ok(());
                }
            }
            if !more {
                return Ok(());
            }
        }
    }

    /// The entity with this id, with its metadata and aliases (hidden ones
    /// included); `None` if there is none. A binary search over the ids.
    /// With the unlisted-person rule on, the entity of its mentions too
    /// ([`UNLISTED_PERSON_ID`](crate::UNLISTED_PERSON_ID)), which
    /// [`entities`](Extractor::entities) does not list.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        if let Some(rule) = &self.unlisted
            && id == unlisted::UNLISTED_PERSON_ID
        {
            return Some(rule.entity());
        }
        let found = self
            .by_id
            .binary_search_by(|&i| self.entities[i as usize].id().cmp(id));
        found.ok().map(|at| &self.entities[self.by_id[at] as usize])
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
                    + if e.meta().is_empty() {
                        0
                    } else {
                        size_of::<std::collections::BTreeMap<String, String>>()
                            + e.meta()
                                .iter()
                                .map(|(k, v)| k.len() + v.len() + 48)
                                .sum::<usize>()
                    }
                    + e.aliases()
                        .iter()
                        .map(|a| {
                            size_of::<crate::Alias>()
                                + a.text().len()
                                + a.lang_list().len()
                                + usize::from(a.is_lang_only())
                        })
                        .sum::<usize>()
            })
            .sum();
        // Each kind once: its reference counts, the `Kind`, a custom name.
        let kind_bytes: usize = self
            .kinds
            .iter()
            .map(|k| {
                2 * size_of::<usize>()
                    + size_of::<Kind>()
                    + match &**k {
                        Kind::Custom(name) => name.len(),
                        _ => 0,
                    }
            })
            .sum();
        self.automaton.memory_usage()
            + kind_bytes
            + self.pattern_starts.capacity() * size_of::<u32>()
            + self.entries.capacity() * size_of::<Entry>()
            + self.by_id.capacity() * size_of::<u32>()
            + entity_bytes
            + self.countries.memory_usage()
            + self.cjk.memory_usage()
            + self.unlisted.as_ref().map_or(0, Unlisted::memory_usage)
            + self.arabic_names.as_ref().map_or(0, ArabicNames::memory_usage)
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

/// The extractor over the embedded gazetteers ([`ExtractorBuilder::defaults`](crate::ExtractorBuilder::defaults)),
/// built on first use (about 0.15 s in a release build) and shared by every
/// thread afterwards.
///
/// Only with one of the Cargo features `countries`, `people`, `institutions`
/// (all on by default); without them the crate embeds no data and this
/// function does not exist.
///
/// ```
/// # #[cfg(feature = "people")] {
/// let text = "Le ministre Djeyhoun Baïramov.";
/// let mentions = gazner::default_extractor().extract(text);
/// assert_eq!(mentions[0].entity().id(), "Q16366137");
/// # }
/// ```
#[cfg(any(feature = "countries", feature = "people", feature = "institutions"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "countries", feature = "people", feature = "institutions")))
)]
pub fn default_extractor() -> &'static Extractor {
    static DEFAULT: once_cell::sync::Lazy<Extractor> = once_cell::sync::Lazy::new(|| {
        // The embedded gazetteers are part of the crate and tested
        // (tests/defaults.rs): failing to build them is a bug, not bad input.
        crate::ExtractorBuilder::new()
            .defaults()
            .build()
            .expect("the embedded gazetteers build")
    });
    &DEFAULT
}
