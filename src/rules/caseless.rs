//! Unlisted people in scripts without case (issue #11): what the two rules
//! for them find in a window, and what a document remembers of them.
//!
//! The rule of `unlisted.rs` needs capital letters; Chinese, Japanese and
//! Korean have none, so two rules read other signals: a middle dot between
//! transliterated parts (`dotted.rs`: "唐纳德·特朗普", "ドナルド・トランプ"),
//! and a Korean name beside a title or in a credit, or a foreign given name
//! in Hangul before a surname (`hangul_names.rs`). They run with the
//! unlisted-person rule (on with the embedded defaults, off with
//! `unlisted_people(false)`), and their mentions are unlisted people like
//! its own. As there, a listed mention that overlaps one wins (`scan.rs`).

use std::collections::HashMap;

use crate::rules::{dotted, hangul_names};

/// What a caseless rule found in a window (window offsets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    /// Where the name begins.
    pub(crate) start: usize,
    /// One past its end.
    pub(crate) end: usize,
    /// What it is.
    pub(crate) kind: FoundKind,
}

/// The kinds of [`Found`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FoundKind {
    /// A person's name; `Some(at)` where a dotted name's last part begins,
    /// the part that the document remembers.
    Name(Option<usize>),
    /// A run of transliteration characters (Han or katakana), not dotted:
    /// a person only if it is the remembered last part of a dotted name.
    Run,
}

/// The most last parts a document remembers (a bound on a stream's
/// memory), as `unlisted.rs` bounds its surnames.
const REMEMBERED: usize = 10_000;

/// What a document remembers: the last part of each dotted name, with the
/// full name written where it was found.
#[derive(Clone, Debug, Default)]
pub(crate) struct Remembered {
    names: HashMap<Box<str>, Box<str>>,
}

impl Remembered {
    /// Forgets the document.
    pub(crate) fn reset(&mut self) {
        self.names.clear();
    }

    /// Whether nothing is remembered: then runs need not be collected.
    pub(crate) fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Remembers `last`, the last part of the dotted name `full`.
    pub(crate) fn remember(&mut self, last: &str, full: &str) {
        if self.names.len() < REMEMBERED {
            self.names.insert(last.into(), full.into());
        }
    }

    /// The full name whose last part is `run`, if one was remembered.
    pub(crate) fn full_name(&self, run: &str) -> Option<&str> {
        self.names.get(run).map(|n| &**n)
    }
}

/// Pushes to `out`, in order of start, what the caseless rules find in
/// `text` at a start that `keep` accepts; the runs of transliteration
/// characters only if `runs` (the document remembers a name, or one is
/// found here).
pub(crate) fn find(text: &str, keep: impl Fn(usize) -> bool, runs: bool, out: &mut Vec<Found>) {
    out.clear();
    // Han, kana and Hangul are encoded with a first byte of 0xE3 or more:
    // text without one (English, French...) holds no name of these rules.
    if !any_byte(text.as_bytes(), |b| b >= 0xE3) {
        return;
    }
    let names = out.len();
    dotted::find(text, &keep, out);
    let runs = runs || out.len() > names;
    if runs {
        dotted::find_runs(text, &keep, out);
    }
    hangul_names::find(text, &keep, out);
    out.sort_unstable_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    out.dedup_by_key(|f| f.start);
}

/// Whether a byte of `bytes` passes `test`, a test the compiler can run on
/// many bytes at once: 32 at a time, without an early exit inside a block
/// (a byte loop that stopped at the first found cost French news 12
/// instructions a byte, callgrind).
pub(crate) fn any_byte(bytes: &[u8], test: impl Fn(u8) -> bool) -> bool {
    let mut blocks = bytes.chunks_exact(32);
    for block in &mut blocks {
        if block.iter().fold(false, |found, &b| found | test(b)) {
            return true;
        }
    }
    blocks.remainder().iter().any(|&b| test(b))
}
