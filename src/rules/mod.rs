//! Every rule that decides whether a hit of the automaton is a mention,
//! one file per rule, and the order in which they run.
//!
//! A *hit* is a place where the automaton found a normalized alias; it
//! becomes a mention if the rules accept it for at least one of the
//! aliases that share that normalized text. The rules run in this order,
//! cheapest and widest first:
//!
//! 1. **Word boundaries**, on the normalized text, while the automaton is
//!    walked ([`boundary::may_start`], [`boundary::may_end`]; the
//!    exceptions of a script in a file of their own: `korean.rs`,
//!    `arabic.rs`, `cjk.rs`), then the CJK lexicon (`cjk.rs`), which keeps
//!    a Chinese or Japanese name inside a longer word from counting.
//! 2. **Rules on the hit**, whatever the alias, on the original text:
//!    hyphenated compounds (`compound.rs`).
//! 3. **Rules on the hit and one alias**: the alias's case rule
//!    (`case.rs`), the language of the text (`language.rs`), acronyms in text written in capitals (`capitals.rs`),
//!    standalone aliases glued to a capitalized word (`standalone.rs`);
//!    then, in the scanner and for people only, a name right after an
//!    initial ("F. Scott Fitzgerald", `initials.rs`).
//! 4. **Rules on the document**, which remember earlier mentions: short
//!    forms (`short_form.rs`); unlisted people (`unlisted.rs`: a given name
//!    and surnames that no listed mention overlaps, then that surname
//!    alone), asked at the capitalized words between the hits, and in
//!    scripts without case (`caseless.rs`: dotted foreign names in Chinese
//!    and Japanese, `dotted.rs`; Korean names, `hangul_names.rs`); then the scanner drops what an earlier
//!    mention covers (the overlap mode), puts first the candidate of the
//!    country the document named last (`country.rs`), drops hidden
//!    entities, and leaves a title out of a person's span (`titles.rs`).
//!
//! Steps 2 and 3 have one entry point, [`Rules::allows`], which the scanner
//! calls for each hit and each of its aliases: [`Rules::allows`] is where
//! their order is written. Because every rule runs before overlaps are
//! resolved, a longer hit that a rule rejects never hides a shorter one.
//!
//! The rules of steps 2 and 3 read at most [`CONTEXT`] bytes of the
//! original text on each side of a hit, and the hits around it: a streaming
//! window with that much margin decides exactly as one-shot extraction.
//!
//! Adding a rule: a file here with its unit tests, one line in
//! [`Rules::allows`] (or in [`boundary`] for a boundary rule), a table of
//! tests in `tests/rules.rs` (which runs every row under every
//! configuration), and the rule in the reference matcher of
//! `tests/common/reference.rs`.

mod arabic;
pub(crate) mod arabic_names;
pub(crate) mod boundary;
mod capitals;
mod case;
// Unlisted people in Chinese, Japanese and Korean (issue #11, branch caseless).
pub(crate) mod caseless;
pub(crate) mod cjk;
mod compound;
pub(crate) mod country;
mod dotted;
mod hangul_names;
pub(crate) mod initials;
mod korean;
pub(crate) mod language;
pub(crate) mod short_form;
mod standalone;
mod text;
pub(crate) mod titles;
pub(crate) mod unlisted;
mod word_hash;

pub(crate) use case::CaseChecker;

use crate::entity::Alias;
use crate::rules::language::{Languages, Setting};

/// How far, in bytes of the original text, the rules look around a hit.
pub(crate) const CONTEXT: usize = 64;

/// Where the hits of a window start and end (original offsets, sorted):
/// the compound and standalone rules leave a name alone when its neighbour
/// is a hit too ("UE-Azerbaïdjan", "Israel Iran war").
#[derive(Clone, Debug, Default)]
pub(crate) struct Neighbours {
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Neighbours {
    /// Replaces the contents with these (start, end) spans.
    pub(crate) fn fill(&mut self, spans: impl Iterator<Item = (usize, usize)>) {
        self.starts.clear();
        self.ends.clear();
        for (start, end) in spans {
            self.starts.push(start);
            self.ends.push(end);
        }
        self.starts.sort_unstable();
        self.ends.sort_unstable();
    }

    fn heap(&self) -> usize {
        (self.starts.capacity() + self.ends.capacity()) * std::mem::size_of::<usize>()
    }

    /// Whether a hit starts at `at`.
    pub(crate) fn starts_at(&self, at: usize) -> bool {
        self.starts.binary_search(&at).is_ok()
    }

    /// Whether a hit ends at `at`.
    pub(crate) fn ends_at(&self, at: usize) -> bool {
        self.ends.binary_search(&at).is_ok()
    }
}

/// One hit as the rules see it: `text[start..end]`, offsets relative to the
/// window's text, with what the rules on the hit found out, so that they
/// run once per hit whatever the number of its aliases.
#[derive(Debug)]
pub(crate) struct Spot<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    compound: Option<bool>,
    shouted: Option<bool>,
    glued: Option<bool>,
    /// The loaded gazetteers' languages, and the language of the text at
    /// the hit once a tagged alias asked for it.
    languages: &'t Languages,
    lang: Option<Option<language::Code>>,
}

impl<'t> Spot<'t> {
    /// The hit `text[start..end]`, in text that the gazetteers' `languages`
    /// are read in.
    pub(crate) fn new(text: &'t str, start: usize, end: usize, languages: &'t Languages) -> Spot<'t> {
        Spot {
            text,
            start,
            end,
            compound: None,
            shouted: None,
            glued: None,
            languages,
            lang: None,
        }
    }
}

impl Spot<'_> {
    /// Whether `alias`, which [`Rules::allows`] accepted here, counts only
    /// because the language of the text is not known: it is tagged with
    /// languages, and the text's is none of the loaded ones. A short form of
    /// an entity the document named earlier beats it (see `short_form.rs`).
    pub(crate) fn is_unconfirmed(&self, alias: &Alias) -> bool {
        !alias.lang_list().is_empty() && matches!(self.lang, Some(None))
    }
}

/// The rules' reusable buffers and the window's neighbours.
#[derive(Clone, Debug, Default)]
pub(crate) struct Rules {
    pub(crate) neighbours: Neighbours,
    case: CaseChecker,
    /// The language of the document being scanned.
    pub(crate) language: Setting,
}

impl Rules {
    /// Heap bytes held by the neighbours, which grow with a window's hits.
    pub(crate) fn heap(&self) -> usize {
        self.neighbours.heap()
    }

    /// Whether the hit `spot` may name `alias`: the rules of steps 2 and 3,
    /// in order. (Short forms, step 4, depend on the document: the scanner
    /// asks [`short_form::ShortForms`] after this.)
    pub(crate) fn allows(&mut self, spot: &mut Spot<'_>, alias: &Alias) -> bool {
        let (text, start, end) = (spot.text, spot.start, spot.end);
        let neighbours = &self.neighbours;
        if *spot
            .compound
            .get_or_insert_with(|| compound::is_compound_part(text, start, end, neighbours))
        {
            return false;
        }
        if !self.case.allows(alias.case(), alias.text(), &text[start..end]) {
            return false;
        }
        if !alias.lang_list().is_empty() {
            let (languages, setting) = (spot.languages, self.language);
            let lang = *spot
                .lang
                .get_or_insert_with(|| languages.at(setting, text, start, end));
            if !language::allows(alias, lang) {
                return false;
            }
        }
        if capitals::applies_to(alias)
            && *spot
                .shouted
                .get_or_insert_with(|| capitals::is_shouted(text, start, end))
        {
            return false;
        }
        if alias.is_standalone()
            && *spot
                .glued
                .get_or_insert_with(|| standalone::is_glued_to_name(text, start, end, neighbours))
        {
            return false;
        }
        true
    }
}
