//! Scanning a window of text: normalize it, walk the automaton for hits,
//! put each hit through the rules (`src/rules/`), and resolve overlaps.
//!
//! The scanner works on a *window*: a piece of the document that starts at
//! a known original and normalized offset. One-shot extraction is a single
//! window; streaming (see `stream.rs`) slides overlapping windows and asks
//! each for the hits that *start* in its own range of normalized offsets,
//! so that every hit is seen exactly once and in document order.

use std::cmp::Reverse;

use crate::entity::Kind;
use crate::extractor::{Entry, Extractor, Overlaps};
use crate::mention::{Candidate, Mention, Span};
use crate::normalize::{Case, Normalized};
use crate::rules::boundary::{may_end, may_start, may_start_after, word_starts};
use crate::rules::caseless::{self, Found, FoundKind, Remembered};
use crate::rules::country::MentionedCountries;
use crate::rules::initials::follows_an_initial;
use crate::rules::language::Language;
use crate::rules::short_form::ShortForms;
use crate::rules::titles::title_len;
use crate::rules::unlisted::{self, Surnames};
// The unlisted-person rule of Arabic script (arabicnames).
use crate::rules::arabic_names;
use crate::rules::{Rules, Spot};

/// Reusable buffers for [`Extractor::extract_with`]: with one per thread,
/// extraction allocates nothing but its results.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    pub(crate) normalized: Normalized,
    hits: Vec<Hit>,
    /// Where names may start in the window's normalized text.
    starts: Vec<usize>,
    /// `hits[in_range]` start in the window's range; the others are there
    /// for the unlisted-person rule, which a listed hit overrides.
    in_range: (usize, usize),
    /// Capitalized words of the window's range (window offsets), where the
    /// unlisted-person rule may find a name.
    words: Vec<(usize, usize)>,
    /// Names in scripts without case that start in the window's range
    /// (`rules/caseless.rs`; window offsets).
    caseless: Vec<Found>,
    rules: Rules,
    doc: DocState,
    valid: Vec<Entry>,
    /// Entities of `valid` accepted only through aliases tagged with
    /// languages, in text of unknown language (`Spot::is_unconfirmed`).
    unconfirmed: Vec<u32>,
}

impl Scratch {
    /// Empty buffers.
    pub fn new() -> Scratch {
        Scratch::default()
    }

    /// Reads the next document as written in `language`.
    pub(crate) fn set_language(&mut self, extractor: &Extractor, language: Language) {
        self.rules.language = extractor.languages.resolve(language);
    }

    /// Heap bytes held by the buffers that grow with a window's text.
    pub(crate) fn heap(&self) -> usize {
        self.normalized.heap()
            + self.hits.capacity() * std::mem::size_of::<Hit>()
            + self.starts.capacity() * std::mem::size_of::<usize>()
            + self.words.capacity() * std::mem::size_of::<(usize, usize)>()
            + self.caseless.capacity() * std::mem::size_of::<Found>()
            + self.rules.heap()
    }
}

/// What the scanner remembers of the document so far.
#[derive(Clone, Debug, Default)]
pub(crate) struct DocState {
    /// Original offset up to which the text is covered by an accepted
    /// mention (the leftmost-longest overlap mode).
    covered_to: usize,
    /// Original offset up to which an accepted listed mention (hidden ones
    /// included) covers the text, in every overlap mode: an unlisted person
    /// that starts before it overlaps a listed mention, which wins.
    listed_to: usize,
    short_forms: ShortForms,
    countries: MentionedCountries,
    surnames: Surnames,
    /// The unlisted people of Arabic script so far (arabicnames).
    arabic: arabic_names::Remembered,
    /// The last parts of dotted names (`rules/caseless.rs`).
    dotted: Remembered,
}

impl DocState {
    /// Whether an unlisted person may begin at `start` (original offset):
    /// no listed or unlisted mention covers it, nor, in leftmost-longest
    /// mode, any mention.
    fn free_for_unlisted(&self, start: usize, overlaps: Overlaps) -> bool {
        start >= self.listed_to
            && start >= self.surnames.covered_to
            && (overlaps != Overlaps::LeftmostLongest || start >= self.covered_to)
    }

    /// Records an unlisted mention that ends at `end` (original offset).
    fn cover_unlisted(&mut self, end: usize) {
        self.surnames.covered_to = end;
        self.covered_to = self.covered_to.max(end);
    }

    pub(crate) fn reset(&mut self) {
        self.covered_to = 0;
        self.listed_to = 0;
        self.short_forms.reset();
        self.countries.reset();
        self.surnames.reset();
        self.arabic.reset();
        self.dotted.reset();
    }
}

/// Where a window sits in the document, and which hits it reports.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Window {
    /// Original offset of the window's first byte.
    pub(crate) orig_base: usize,
    /// Normalized offset of the window's first normalized byte.
    pub(crate) norm_base: usize,
    /// Report hits whose normalized start is at least this...
    pub(crate) from: usize,
    /// ...and below this (`None`: no limit, the window reaches the end).
    pub(crate) until: Option<usize>,
    /// The normalized character before the window, where the window starts
    /// inside the marks of an accented letter (see `stream.rs`): what the
    /// boundary rule sees before the window's first byte.
    pub(crate) lead: Option<char>,
    /// Original bytes left out of the window's text (`len` bytes of
    /// combining marks at byte `at` of it, see `stream.rs`): offsets past
    /// `at` are `len` further in the document.
    pub(crate) hole: Option<(usize, usize)>,
}

impl Window {
    /// The document offset of byte `at` of the window's text.
    pub(crate) fn orig(&self, at: usize) -> usize {
        match self.hole {
            Some((hole, len)) if at > hole => self.orig_base + at + len,
            _ => self.orig_base + at,
        }
    }
}

impl Window {
    /// The window of a whole document.
    pub(crate) const WHOLE: Window = Window {
        orig_base: 0,
        norm_base: 0,
        from: 0,
        until: None,
        lead: None,
        hole: None,
    };
}

/// A place where the automaton found an alias, on word boundaries, mapped
/// to the original text (absolute offsets).
#[derive(Clone, Copy, Debug)]
struct Hit {
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
    language: Language,
) -> Vec<Mention<'x>> {
    scratch.doc.reset();
    scratch.set_language(extractor, language);
    scratch.normalized.normalize(text, Case::Fold);
    let mut mentions = Vec::new();
    extractor.scan_normalized(text, Window::WHOLE, scratch, &mut mentions);
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
        self.find_hits(window, scratch);
        self.find_words(text, window, scratch);
        self.resolve(text, window, scratch, out);
    }

    /// Collects the automaton's hits that start in the window's range, sit
    /// on word boundaries and map back to whole original characters, in
    /// order of start, longest first; every hit, in range or not, is a
    /// neighbour for the rules.
    fn find_hits(&self, window: Window, scratch: &mut Scratch) {
        let Scratch {
            normalized,
            hits,
            starts,
            rules,
            in_range,
            ..
        } = scratch;
        hits.clear();
        let norm = normalized.text.as_str();
        let bytes = norm.as_bytes();
        let map = &normalized.map;
        let hit = |hits: &mut Vec<Hit>, at: usize, end: usize, pattern: u32| {
            if !may_end(norm, at, end) || self.cjk.covers(norm, at, end) {
                return;
            }
            let (Some(start), Some(orig_end)) = (map.start(at), map.end(end)) else {
                return;
            };
            hits.push(Hit {
                start,
                end: orig_end,
                norm_start: window.norm_base + at,
                pattern,
            });
        };
        // At the window's start, the character before it, if known.
        let starts_at = |at: usize| match window.lead {
            Some(lead) if at == 0 => may_start_after(lead, norm),
            _ => may_start(norm, at),
        };
        let budget = self.walk_budget.for_len(bytes.len());
        starts.clear();
        word_starts(norm, || starts_at(0), starts);
        let walked_out = !self
            .automaton
            .walk_from(bytes, starts, budget, |at, end, pattern| {
                hit(hits, at, end, pattern)
            });
        if walked_out {
            // Adversarial text: the walks would go quadratic. The unanchored
            // scan finds the same hits in linear time.
            hits.clear();
            self.automaton.all_hits(bytes, |at, end, pattern| {
                if starts_at(at) {
                    hit(hits, at, end, pattern);
                }
            });
        }
        rules.neighbours.fill(hits.iter().map(|h| (h.start, h.end)));
        hits.sort_unstable_by_key(|h| (h.start, Reverse(h.end)));
        // Normalized starts grow with original starts: the hits in range
        // are one run of the sorted list.
        let lo = hits.partition_point(|h| h.norm_start < window.from);
        let hi = window
            .until
            .map_or(hits.len(), |until| hits.partition_point(|h| h.norm_start < until));
        *in_range = (lo, hi.max(lo));
    }

    /// Collects the capitalized words whose normalized start lies in the
    /// window's range, where the unlisted-person rule may find a name. No
    /// second pass over the text: the candidates are the word starts that
    /// `find_hits` found in the normalized text, mapped back with one
    /// cursor over the offset map, plus the window's first character and
    /// the ends of the units the normalization changed, where the
    /// normalized text may hide a start that the original has (after a
    /// removed character, or a symbol folded into letters).
    fn find_words(&self, text: &str, window: Window, scratch: &mut Scratch) {
        let Scratch {
            normalized,
            starts,
            words,
            caseless,
            doc,
            ..
        } = scratch;
        words.clear();
        caseless.clear();
        if self.unlisted.is_none() {
            return;
        }
        // The window's range, in offsets of its normalized text.
        let from = window.from.saturating_sub(window.norm_base);
        let until = window
            .until
            .map_or(usize::MAX, |until| until.saturating_sub(window.norm_base));
        let lo = starts.partition_point(|&n| n < from);
        let hi = starts.partition_point(|&n| n < until);
        let mut found = unlisted::CapitalizedWords::default();
        let mut keep = |_| true;
        if from == 0 {
            found.offer(text, 0, &mut keep, words);
        }
        let bytes = text.as_bytes();
        normalized
            .map
            .each_start_and_unit_end(&starts[lo..hi], (from, until), |at| {
                // Most word starts are ASCII that is no capital, or of a
                // script without case: no word of the rule, and nothing
                // the next offer depends on.
                if bytes.get(at).is_some_and(|&b| unlisted::starts_no_capital(b)) {
                    return;
                }
                found.offer(text, at, &mut keep, words);
            });
        // The rules of scripts without case read every word start in range.
        let map = &normalized.map;
        let in_range = |at: usize| {
            let norm = map.norm_of(at);
            norm >= from && norm < until
        };
        // The words of Arabic script, in order among the others (arabicnames).
        if self.arabic_names.is_some() {
            let cased = words.len();
            arabic_names::words(text, in_range, words);
            if cased > 0 && words.len() > cased {
                words.sort_unstable();
            }
        }
        // Unlisted people in Chinese, Japanese and Korean (branch caseless).
        caseless::find(text, in_range, !doc.dotted.is_empty(), caseless);
    }

    /// Puts the window's hits, and the capitalized words where an unlisted
    /// person may begin, through the rules, in document order (at one
    /// offset, hits first), and applies the overlap mode; `text` is the
    /// window's.
    fn resolve<'x>(&'x self, text: &str, window: Window, scratch: &mut Scratch, out: &mut Vec<Mention<'x>>) {
        let (lo, hi) = scratch.in_range;
        let (mut word, mut name) = (0, 0);
        for i in lo..=hi {
            let start = scratch
                .hits
                .get(i)
                .filter(|_| i < hi)
                .map_or(usize::MAX, |h| h.start);
            loop {
                let w = scratch.words.get(word).map_or(usize::MAX, |w| w.0);
                let n = scratch.caseless.get(name).map_or(usize::MAX, |f| f.start);
                if w.min(n) >= start {
                    break;
                }
                if w <= n {
                    let (ws, we) = scratch.words[word];
                    self.resolve_word(text, window, scratch, (ws, we), out);
                    word += 1;
                } else {
                    let found = scratch.caseless[name];
                    self.resolve_caseless(text, window, scratch, found, out);
                    name += 1;
                }
            }
            if i < hi {
                self.resolve_hit(text, window, scratch, i, out);
            }
        }
    }

    /// Puts hit `scratch.hits[i]` through the rules.
    fn resolve_hit<'x>(
        &'x self,
        text: &str,
        window: Window,
        scratch: &mut Scratch,
        i: usize,
        out: &mut Vec<Mention<'x>>,
    ) {
        let Scratch {
            hits,
            rules,
            doc,
            valid,
            unconfirmed,
            ..
        } = scratch;
        let h = &hits[i];
        let (start, end) = (window.orig(h.start), window.orig(h.end));
        if self.overlaps == Overlaps::LeftmostLongest && start < doc.covered_to {
            return;
        }
        doc.short_forms.advance_to(start);
        doc.countries.advance_to(start);
        let mut spot = Spot::new(text, h.start, h.end, &self.languages);
        valid.clear();
        unconfirmed.clear();
        let mut best_short = None;
        let mut initial = None;
        for &entry in self.entries_of(h.pattern as usize) {
            let entity = &self.entities[entry.entity as usize];
            let alias = &entity.aliases()[entry.alias as usize];
            if !rules.allows(&mut spot, alias) {
                continue;
            }
            // A person's name after an initial is part of a longer name.
            if *entity.kind() == Kind::Person
                && *initial.get_or_insert_with(|| follows_an_initial(text, h.start))
            {
                continue;
            }
            if !alias.is_short() {
                let guessed = spot.is_unconfirmed(alias);
                if !valid.iter().any(|v| v.entity == entry.entity) {
                    valid.push(entry);
                    if guessed {
                        unconfirmed.push(entry.entity);
                    }
                } else if !guessed {
                    unconfirmed.retain(|&e| e != entry.entity);
                }
            } else {
                doc.short_forms.offer(entry.entity, entry, &mut best_short);
            }
        }
        // The short form means the most recently mentioned entity, even
        // one a full alias already names here: then it adds nothing. It
        // goes ahead of the names that count only because the text's
        // language is not known ("Peter Marocco ... Marocco" in English
        // text: not Italian for Morocco), which stay candidates.
        if let Some((_, entry)) = best_short {
            if !valid.iter().any(|v| v.entity == entry.entity) {
                valid.push(entry);
            }
            if !unconfirmed.is_empty() {
                // A stable sort: each group keeps its order.
                valid.sort_by_key(|v| v.entity != entry.entity && unconfirmed.contains(&v.entity));
            }
        }
        if valid.is_empty() {
            return;
        }
        doc.covered_to = doc.covered_to.max(end);
        doc.listed_to = doc.listed_to.max(end);
        // The document's country decides which candidate comes first; if
        // that one is hidden, the name means what is never reported.
        let first = doc.countries.put_first(&self.countries, valid);
        if first.is_some_and(|e| self.entities[e as usize].is_hidden()) {
            return;
        }
        // A hidden name only covers the text; the visible entities that
        // share its alias (if any) are reported.
        valid.retain(|e| !self.entities[e.entity as usize].is_hidden());
        if valid.is_empty() {
            return;
        }
        let candidates = valid
            .iter()
            .map(|e| {
                let entity = &self.entities[e.entity as usize];
                doc.short_forms.mentioned(e.entity, end);
                Candidate {
                    entity,
                    alias: &entity.aliases()[e.alias as usize],
                }
            })
            .collect();
        if let Some(first) = valid.first() {
            doc.countries.mentioned(&self.countries, first.entity, end);
        }
        // A title is not part of a person's span ("Pope Francis" is
        // "Francis"); the whole match still covers the text.
        let start = if valid
            .iter()
            .all(|e| *self.entities[e.entity as usize].kind() == Kind::Person)
        {
            window.orig(h.start + title_len(&text[h.start..h.end]))
        } else {
            start
        };
        out.push(Mention {
            span: Span { start, end },
            candidates,
            unlisted: None,
        });
    }

    /// The unlisted-person rule at the capitalized word `ws..we` (window
    /// offsets): a person whose given name it is, or the surname of an
    /// unlisted person found before; unless a listed mention overlaps it.
    fn resolve_word<'x>(
        &'x self,
        text: &str,
        window: Window,
        scratch: &mut Scratch,
        (ws, we): (usize, usize),
        out: &mut Vec<Mention<'x>>,
    ) {
        let Some(rule) = &self.unlisted else { return };
        if text[ws..].starts_with(arabic_names::is_letter) {
            self.resolve_arabic_word(text, window, scratch, (ws, we), out);
            return;
        }
        let Scratch { hits, rules, doc, .. } = scratch;
        let start = window.orig(ws);
        if !doc.free_for_unlisted(start, self.overlaps) {
            return;
        }
        let person = rule.person_at(text, ws, we);
        let (rel_end, name) = match person {
            Some(person) => (person.end, None),
            None => match doc.surnames.surname_at(text, ws, we) {
                Some((end, full)) => (end, Some(Box::<str>::from(full))),
                None => return,
            },
        };
        if self.listed_within(text, hits, rules, doc, start, (ws, rel_end)) {
            return;
        }
        let end = window.orig(rel_end);
        doc.cover_unlisted(end);
        let name = match (person, name) {
            (Some(person), _) => {
                doc.surnames.remember(text, ws, person);
                Box::from(&text[ws..rel_end])
            }
            (None, Some(name)) => name,
            (None, None) => return,
        };
        out.push(Mention {
            span: Span { start, end },
            candidates: vec![rule.candidate()],
            unlisted: Some(name),
        });
    }

    /// The unlisted-person rule of Arabic script at the word `ws..we`
    /// (window offsets; `rules/arabic_names.rs`): a person whose given name
    /// it is (after its proclitics), or a person named earlier; unless a
    /// listed mention overlaps it.
    fn resolve_arabic_word<'x>(
        &'x self,
        text: &str,
        window: Window,
        scratch: &mut Scratch,
        (ws, we): (usize, usize),
        out: &mut Vec<Mention<'x>>,
    ) {
        let (Some(rule), Some(arabic)) = (&self.unlisted, &self.arabic_names) else {
            return;
        };
        let Scratch { hits, rules, doc, .. } = scratch;
        let at = window.orig(ws);
        if !doc.free_for_unlisted(at, self.overlaps) {
            return;
        }
        let person = arabic.person_at(text, ws, we);
        let (rel_start, rel_end, name) = match person {
            Some(p) => (p.start, p.end, Box::from(&text[p.start..p.end])),
            // The word before is read only where a name is named again:
            // most words name no one, and reading it folded and looked up
            // the word before every word.
            None => match doc.arabic.again_at(text, ws, we) {
                Some((s, e, full)) if arabic.may_begin(text, ws) => (s, e, Box::<str>::from(full)),
                _ => return,
            },
        };
        if self.listed_within(text, hits, rules, doc, at, (ws, rel_end)) {
            return;
        }
        let end = window.orig(rel_end);
        doc.cover_unlisted(end);
        if let Some(person) = person {
            doc.arabic.remember(arabic, text, person);
        }
        out.push(Mention {
            span: Span {
                start: window.orig(rel_start),
                end,
            },
            candidates: vec![rule.candidate()],
            unlisted: Some(name),
        });
    }

    /// A name found in a script without case (`rules/caseless.rs`): an
    /// unlisted person, unless a listed mention overlaps it; a run of
    /// transliteration characters only where it is the remembered last
    /// part of a dotted name.
    fn resolve_caseless<'x>(
        &'x self,
        text: &str,
        window: Window,
        scratch: &mut Scratch,
        found: Found,
        out: &mut Vec<Mention<'x>>,
    ) {
        let Some(rule) = &self.unlisted else { return };
        let Scratch { hits, rules, doc, .. } = scratch;
        let (start, end) = (window.orig(found.start), window.orig(found.end));
        if !doc.free_for_unlisted(start, self.overlaps) {
            return;
        }
        let name: Box<str> = match found.kind {
            FoundKind::Name(_) => text[found.start..found.end].into(),
            FoundKind::Run => match doc.dotted.full_name(&text[found.start..found.end]) {
                Some(full) => full.into(),
                None => return,
            },
        };
        if self.listed_within(text, hits, rules, doc, start, (found.start, found.end)) {
            return;
        }
        if let FoundKind::Name(Some(last)) = found.kind {
            doc.dotted.remember(&text[last..found.end], &name);
        }
        doc.cover_unlisted(end);
        out.push(Mention {
            span: Span { start, end },
            candidates: vec![rule.candidate()],
            unlisted: Some(name),
        });
    }

    /// Whether a listed mention that the rules accept starts in `from..to`
    /// (window offsets): an unlisted person over the same text gives way
    /// to it. `start` is `from` in the original text, where the short
    /// forms seen so far are counted.
    fn listed_within(
        &self,
        text: &str,
        hits: &[Hit],
        rules: &mut Rules,
        doc: &mut DocState,
        start: usize,
        (from, to): (usize, usize),
    ) -> bool {
        doc.short_forms.advance_to(start);
        let first = hits.partition_point(|h| h.start < from);
        hits[first..]
            .iter()
            .take_while(|h| h.start < to)
            .any(|h| self.would_accept(text, h, rules, &doc.short_forms))
    }

    /// Whether the rules accept hit `h` for some alias (a short one if its
    /// entity was seen): the test of a listed mention that an unlisted
    /// person over the same text gives way to. Hidden names count: they
    /// cover text too.
    fn would_accept(&self, text: &str, h: &Hit, rules: &mut Rules, short_forms: &ShortForms) -> bool {
        let mut spot = Spot::new(text, h.start, h.end, &self.languages);
        self.entries_of(h.pattern as usize).iter().any(|entry| {
            let alias = &self.entities[entry.entity as usize].aliases()[entry.alias as usize];
            (!alias.is_short() || short_forms.was_seen(entry.entity)) && rules.allows(&mut spot, alias)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ExtractorBuilder;
    use crate::entity::Entity;

    /// `find_words`, from the scanner's word starts, finds what a pass over
    /// the original text finds, where normalization removes, folds or
    /// merges characters before a capital.
    #[test]
    fn words_from_word_starts_equal_a_pass_over_the_text() {
        let extractor = ExtractorBuilder::new()
            .entity(Entity::new("x", Kind::Country, "Xanadu"))
            .unlisted_people(true)
            .default_given_names(false)
            .given_names(["Anne"])
            .build()
            .expect("builds");
        let mut scratch = Scratch::new();
        for text in [
            "Anne Marie went home. Then Bob said no.",
            "foo\u{AD}Bar and foo\u{200B}Baz, x\u{2103}Celsius, a\u{2122}Brand",
            "l’Anne et d'Alexandre, O'Brien, Jean-Pierre, Clarke's",
            "\u{FB01}Anne \u{FB01} Anne Élodie Ça ÉTAT",
            "e\u{301}Bar \u{2160}\u{2161}Anne \u{1C5}emal \u{24B6}nne",
            "日本Anne 東京 Anne\u{3000}Bar",
            "  Anne\t\tBar\n\n\nCarl  Dunn",
            "Straße Anne ß Über Ärger",
            "Ⅻ Anne, 2Anne, _Anne, -Anne",
        ] {
            scratch.normalized.normalize(text, Case::Fold);
            extractor.find_hits(Window::WHOLE, &mut scratch);
            extractor.find_words(text, Window::WHOLE, &mut scratch);
            let mut expected = Vec::new();
            unlisted::capitalized_words(text, |_| true, &mut expected);
            assert_eq!(scratch.words, expected, "{text:?}");
        }
    }
}
