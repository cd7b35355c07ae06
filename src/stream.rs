//! Extraction from a stream of bytes, in bounded memory, with the same
//! mentions and absolute offsets as one-shot extraction of the whole text.
//!
//! The stream is cut into overlapping windows. A window is normalized and
//! scanned for the matches that *start* between the previous window's limit
//! and its own; its limit stays two longest aliases short of the last point
//! where normalization is settled, so every match it reports lies whole
//! inside it, with the neighbours that the hyphenated-compound rule looks
//! at. The next window restarts a longest alias before that limit, at a
//! character where normalization can restart (not white space, not a
//! combining mark), so the characters before each match are known too. The
//! document state (overlaps, short forms) carries over.
//!
//! Long runs are cut too, so that hostile text cannot grow a window without
//! end. A run of white space normalizes to one byte: where no name that
//! starts before the run can go on past it, a window reports everything
//! before the run and the next one starts inside it, keeping only the
//! [`RUN_KEPT`] bytes that the rules may read. Runs of combining marks are
//! cut the same way; after an accented letter, whose unit takes its marks,
//! the next window normalizes its leading marks to nothing and reads the
//! letter as the character before it (`Window::lead`).
//! Where a name may go on through the marks, the window keeps both ends of
//! the run and holds its middle as a count of one repeated mark
//! (`Window::hole`).

use std::io::Read;

use crate::error::Error;
use crate::extractor::Extractor;
use crate::mention::{MentionRecord, Span, count_text as count};
use crate::normalize::{Case, Normalized, drops_marks_after, is_restart_point};
use crate::rules::CONTEXT;
use crate::scan::{Scratch, Window};
use unicode_normalization::char::is_combining_mark;

/// What to do with bytes that are not UTF-8.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum InvalidUtf8 {
    /// Stop with [`Error::InvalidUtf8`] and the absolute offset of the first bad byte.
    #[default]
    Fail,
    /// Read each invalid byte as U+001A SUBSTITUTE, a one-byte control that
    /// no name contains, so offsets stay those of the original bytes.
    Replace,
}

/// The default window size, in bytes: how much text a window holds before
/// it is scanned.
const DEFAULT_WINDOW: usize = 1 << 20;

/// Extracts mentions from a document given in pieces.
///
/// Feed it with [`push`](StreamExtractor::push) and end with
/// [`finish`](StreamExtractor::finish); mentions come out in document order,
/// each exactly once, with absolute offsets, whatever the pieces are.
/// Memory stays bounded by about twice the window size plus the longest
/// alias: long runs of white space and of combining marks are cut, or held
/// as a count of one repeated mark. What is held whole: a run of white space
/// that a name may go on through (a name begins before it and some alias
/// goes on past a space), and a run of different marks on a letter that a
/// name may go on through.
///
/// ```
/// use gazner::{Alias, Entity, ExtractorBuilder, Kind, StreamExtractor};
///
/// let extractor = ExtractorBuilder::new()
///     .entity(Entity::new("Q16366137", Kind::Person, "Djeyhoun Baïramov").with_alias(Alias::new("Baïramov").with_short(true)))
///     .entity(Entity::new("Q3196055", Kind::Person, "Kaja Kallas"))
///     .build()?;
/// let text = "Djeyhoun Baïramov a reçu Kaja Kallas. Baïramov a parlé.";
/// let mut stream = StreamExtractor::new(&extractor, "article");
/// let mut found = Vec::new();
/// for piece in text.as_bytes().chunks(7) {
///     stream.push(piece, &mut found)?;
/// }
/// stream.finish(&mut found)?;
/// let spans: Vec<_> = found.iter().map(|m| (m.span().start, m.char_span().map(|c| c.start), m.text())).collect();
/// assert_eq!(spans, [(0, Some(0), "Djeyhoun Baïramov"), (27, Some(25), "Kaja Kallas"), (40, Some(38), "Baïramov")]);
/// # Ok::<(), gazner::Error>(())
/// ```
#[derive(Debug)]
pub struct StreamExtractor<'x> {
    extractor: &'x Extractor,
    origin: String,
    invalid: InvalidUtf8,
    /// The window size asked for.
    window_size: usize,
    /// Scan once `valid` reaches this: the leftover overlap plus a window,
    /// more when a window could not settle anything.
    threshold: usize,
    /// Original bytes of the current window; `buf[..valid]` is UTF-8.
    buf: Vec<u8>,
    valid: usize,
    window: Window,
    /// Chars and UTF-16 units before `counted_to`, an original offset at or
    /// after the window's start: where char offsets are counted from.
    counted: (usize, usize),
    counted_to: usize,
    scratch: Scratch,
    /// The most heap bytes the stream's buffers held at once.
    peak: usize,
    /// The mark that `window.hole` leaves out, and how many times.
    hole_mark: (char, usize),
}

impl<'x> StreamExtractor<'x> {
    /// A stream over `extractor`; `origin` names the input in errors.
    pub fn new(extractor: &'x Extractor, origin: impl Into<String>) -> StreamExtractor<'x> {
        StreamExtractor {
            extractor,
            origin: origin.into(),
            invalid: InvalidUtf8::Fail,
            window_size: DEFAULT_WINDOW,
            threshold: DEFAULT_WINDOW,
            buf: Vec::new(),
            valid: 0,
            window: Window::WHOLE,
            counted: (0, 0),
            counted_to: 0,
            scratch: Scratch::new(),
            peak: 0,
            hole_mark: ('\0', 0),
        }
        .language(extractor.language())
    }

    /// Reads the document as written in `language` (default: the
    /// extractor's, [`Extractor::language`]); see
    /// [`Extractor::extract_in`]. The language rule reads no further than
    /// the other rules, so the mentions stay those of one-shot extraction.
    pub fn language(mut self, language: crate::Language) -> StreamExtractor<'x> {
        self.scratch.set_language(self.extractor, language);
        self
    }

    /// Chooses what invalid UTF-8 does. Default: [`InvalidUtf8::Fail`].
    pub fn invalid_utf8(mut self, invalid: InvalidUtf8) -> StreamExtractor<'x> {
        self.invalid = invalid;
        self
    }

    /// Sets the window size in bytes (default 1 MiB; at least 1). Smaller
    /// windows use less memory and rescan their overlaps more often.
    pub fn window_size(mut self, bytes: usize) -> StreamExtractor<'x> {
        self.window_size = bytes.max(1);
        self.threshold = self.buf.len() + self.window_size;
        self
    }

    /// The most heap memory, in bytes, that the stream's buffers held at
    /// once so far: the window's bytes, its normalization, offset map and
    /// hits. (Hidden: the tests check the memory bound with it.)
    #[doc(hidden)]
    pub fn peak_memory(&self) -> usize {
        self.peak
    }

    fn account(&mut self) {
        self.peak = self.peak.max(self.buf.capacity() + self.scratch.heap());
    }

    /// The number of bytes pushed so far.
    pub fn position(&self) -> usize {
        self.window.orig(self.buf.len())
    }

    /// Adds the next piece of the document; appends the mentions that are
    /// settled to `out`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidUtf8`] with the absolute offset of the first invalid
    /// byte, unless [`InvalidUtf8::Replace`] was chosen.
    pub fn push(&mut self, bytes: &[u8], out: &mut Vec<MentionRecord>) -> Result<(), Error> {
        self.buf.extend_from_slice(bytes);
        self.account();
        self.validate(false)?;
        if self.valid >= self.threshold {
            self.scan(false, out);
        }
        Ok(())
    }

    /// Reads the next piece of the document from `reader` into `piece` and
    /// pushes it; returns `false` at the end of the input (then call
    /// [`finish`](StreamExtractor::finish)). Interrupted reads are retried.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when reading fails, and the errors of
    /// [`push`](StreamExtractor::push).
    pub fn push_from(
        &mut self,
        reader: &mut impl Read,
        piece: &mut [u8],
        out: &mut Vec<MentionRecord>,
    ) -> Result<bool, Error> {
        loop {
            match reader.read(piece) {
                Ok(0) => return Ok(false),
                Ok(n) => {
                    self.push(&piece[..n], out)?;
                    return Ok(true);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(source) => {
                    return Err(Error::Io {
                        origin: self.origin.clone(),
                        source,
                    });
                }
            }
        }
    }

    /// Ends the document: appends the remaining mentions to `out` and makes
    /// the stream ready for a new document.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidUtf8`] when the document ends inside a UTF-8 sequence
    /// (unless [`InvalidUtf8::Replace`] was chosen).
    pub fn finish(&mut self, out: &mut Vec<MentionRecord>) -> Result<(), Error> {
        self.validate(true)?;
        self.scan(true, out);
        self.buf.clear();
        self.valid = 0;
        self.window = Window::WHOLE;
        self.threshold = self.window_size;
        self.counted = (0, 0);
        self.counted_to = 0;
        Ok(())
    }

    /// Extends `buf[..valid]` over the bytes that are UTF-8; a sequence cut
    /// at the end waits for the next piece unless `at_end`.
    fn validate(&mut self, at_end: bool) -> Result<(), Error> {
        loop {
            match std::str::from_utf8(&self.buf[self.valid..]) {
                Ok(_) => {
                    self.valid = self.buf.len();
                    return Ok(());
                }
                Err(e) => {
                    let bad = self.valid + e.valid_up_to();
                    let len = match e.error_len() {
                        Some(len) => len,
                        None if !at_end => {
                            self.valid = bad;
                            return Ok(());
                        }
                        None => self.buf.len() - bad,
                    };
                    if self.invalid == InvalidUtf8::Fail {
                        return Err(Error::InvalidUtf8 {
                            origin: self.origin.clone(),
                            offset: self.window.orig(bad) as u64,
                        });
                    }
                    self.buf[bad..bad + len].fill(0x1A);
                    self.valid = bad + len;
                }
            }
        }
    }

    /// Holds the middle of a long run of one combining mark after an
    /// accented letter as a count: the letter's unit takes the marks, which
    /// normalize to nothing, so only their number matters, and the text of
    /// a mention that holds them. [`RUN_KEPT`] bytes stay on each side for
    /// the rules. One run at a time, in the window's current text.
    fn hold_marks(&mut self) {
        let Ok(text) = std::str::from_utf8(&self.buf[..self.valid]) else {
            return;
        };
        let run_start = text.trim_end_matches(is_combining_mark).len();
        if text.len() - run_start <= 3 * RUN_KEPT {
            return;
        }
        let accented = match text[..run_start].chars().next_back() {
            Some(base) => drops_marks_after(base),
            None => self.window.lead.is_some(),
        };
        let mut from = run_start + RUN_KEPT;
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = text.len() - RUN_KEPT;
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let Some(mark) = text[from..].chars().next() else {
            return;
        };
        let (held, len) = match self.window.hole {
            None => (0, 0),
            Some((at, len)) if at == from && self.hole_mark.0 == mark => (self.hole_mark.1, len),
            Some(_) => return,
        };
        if !accented || from >= to || text[from..to].chars().any(|c| c != mark) {
            return;
        }
        let n = (to - from) / mark.len_utf8();
        self.window.hole = Some((from, len + to - from));
        self.hole_mark = (mark, held + n);
        self.buf.drain(from..to);
        self.valid -= to - from;
    }

    /// Scans the settled part of the window and slides it forward.
    fn scan(&mut self, at_end: bool, out: &mut Vec<MentionRecord>) {
        self.hold_marks();
        // `buf[..valid]` is UTF-8, checked by `validate`.
        let Ok(text) = std::str::from_utf8(&self.buf[..self.valid]) else {
            return;
        };
        let extractor = self.extractor;
        let accented = self.window.lead.is_some();
        self.scratch.normalized.normalize_from(text, Case::Fold, accented);
        let mut window = self.window;
        let mut restart = None;
        // The character before the next window, if it starts inside the
        // marks of an accented letter.
        let mut next_lead = None;
        if !at_end {
            let map = &self.scratch.normalized.map;
            if let Some(cut) = run_cut(text)
                .filter(|&cut| !extractor.may_cross(&self.scratch.normalized.text, map.norm_of(cut)))
            {
                // The text ends with a long run of white space that no name
                // crosses, and the rules that look past a match before it see
                // white space. Report everything before it and restart inside
                // it, keeping what the rules of the next window may read.
                let norm_cut = map.norm_of(cut);
                window.until = Some((window.norm_base + norm_cut + 1).max(window.from));
                restart = Some((cut, norm_cut));
            } else if let Some(cut) = marks_cut(extractor, text, &self.scratch.normalized, &window) {
                // The text ends with a long run of combining marks that no
                // name goes on through: the same, keeping the marks that the
                // rules of the next window may read.
                window.until = Some((window.norm_base + cut.until).max(window.from));
                restart = Some((cut.at, cut.norm_at));
                next_lead = cut.lead;
            } else {
                // Normalization is settled before a restart point; the rules
                // that look around a match read CONTEXT bytes past it, so take
                // the last restart point that leaves that much text after it.
                // Matches starting two longest aliases before it lie whole
                // before it, and so do the hits joined to them by a hyphen.
                let margin = text.len().saturating_sub(CONTEXT + 4);
                let Some(settled) = restart_at_or_before(text, margin) else {
                    self.threshold = self.valid + self.valid.max(self.window_size);
                    self.account();
                    return;
                };
                let limit =
                    (window.norm_base + map.norm_of(settled)).checked_sub(2 * extractor.max_pattern_len + 2);
                let Some(limit) = limit.filter(|&l| l > window.from) else {
                    self.threshold = self.valid + self.valid.max(self.window_size);
                    self.account();
                    return;
                };
                window.until = Some(limit);
                // Restart a longest alias and two characters before the limit,
                // so the next window sees the hit joined by a hyphen before its
                // first match and the character before that, and CONTEXT bytes
                // before it for the rules that look around a match.
                let reach = extractor.max_pattern_len + 9;
                let limit_rel = limit - window.norm_base;
                let back = map
                    .orig_floor(limit_rel.saturating_sub(reach))
                    .min(map.orig_floor(limit_rel).saturating_sub(CONTEXT + 8));
                restart = restart_at_or_before(text, back).map(|i| (i, map.norm_of(i)));
            }
        }
        let mut mentions = Vec::new();
        extractor.scan_normalized(text, window, &mut self.scratch, &mut mentions);
        let held = Held {
            window,
            mark: self.hole_mark,
        };
        for mention in mentions {
            let span = mention.span;
            // Mentions come in order of start: count chars up to each start.
            let (chars, units) = held.count(text, self.counted_to, span.start);
            self.counted = (self.counted.0 + chars, self.counted.1 + units);
            self.counted_to = span.start;
            let surface = held.surface(text, span.start, span.end);
            let (chars, units) = held.count(text, span.start, span.end);
            let char_span = Span {
                start: self.counted.0,
                end: self.counted.0 + chars,
            };
            let utf16_span = Span {
                start: self.counted.1,
                end: self.counted.1 + units,
            };
            out.push(MentionRecord::new(
                &mention,
                surface,
                Some(char_span),
                Some(utf16_span),
            ));
        }
        if let Some(until) = window.until {
            self.window.from = until;
        }
        if let Some((cut, norm_cut)) = restart {
            let orig_cut = window.orig(cut);
            if self.counted_to < orig_cut {
                let (chars, units) = held.count(text, self.counted_to, orig_cut);
                self.counted = (self.counted.0 + chars, self.counted.1 + units);
                self.counted_to = orig_cut;
            }
            self.buf.drain(..cut);
            self.valid -= cut;
            self.window.orig_base = orig_cut;
            self.window.hole = match window.hole {
                Some((at, len)) if at >= cut => Some((at - cut, len)),
                _ => None,
            };
            self.window.norm_base += norm_cut;
            self.window.lead = next_lead;
        }
        self.threshold = self.buf.len() + self.window_size;
        self.account();
    }
}

/// A window's text with the marks it holds as a count (see
/// [`StreamExtractor::hold_marks`]): offsets are the document's.
struct Held {
    window: Window,
    /// The mark left out, and how many times.
    mark: (char, usize),
}

impl Held {
    /// The byte of the window's text at document offset `at` (never inside
    /// the hole: no mention starts or ends there).
    fn rel(&self, at: usize) -> usize {
        let rel = at - self.window.orig_base;
        match self.window.hole {
            Some((hole, len)) if rel > hole => rel - len,
            _ => rel,
        }
    }

    /// Whether the document's `start..end` holds the hole.
    fn spans_hole(&self, start: usize, end: usize) -> bool {
        self.window
            .hole
            .is_some_and(|(hole, _)| self.rel(start) <= hole && self.rel(end) > hole)
    }

    /// Chars and UTF-16 units of the document's `start..end`.
    fn count(&self, text: &str, start: usize, end: usize) -> (usize, usize) {
        let (chars, units) = count(&text[self.rel(start)..self.rel(end)]);
        if self.spans_hole(start, end) {
            let (mark, n) = self.mark;
            (chars + n, units + n * mark.len_utf16())
        } else {
            (chars, units)
        }
    }

    /// The document's `start..end`, as written.
    fn surface(&self, text: &str, start: usize, end: usize) -> String {
        let (from, to) = (self.rel(start), self.rel(end));
        match self.window.hole {
            Some((hole, _)) if self.spans_hole(start, end) => {
                let (mark, n) = self.mark;
                let mut s = String::with_capacity(to - from + n * mark.len_utf8());
                s.push_str(&text[from..hole]);
                s.extend(std::iter::repeat_n(mark, n));
                s.push_str(&text[hole..to]);
                s
            }
            _ => text[from..to].to_string(),
        }
    }
}

/// The last restart point of `text` at or before `at` (see
/// [`is_restart_point`]).
fn restart_at_or_before(text: &str, at: usize) -> Option<usize> {
    let mut end = text.len().min(at + 1);
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text[..end]
        .char_indices()
        .rev()
        .find(|&(i, c)| i <= at && is_restart_point(c))
        .map(|(i, _)| i)
}

/// Bytes of a long run of white space that a window keeps when it cuts the
/// run: more than the rules read on each side of a match.
const RUN_KEPT: usize = 2 * CONTEXT;

/// Where to cut a window that ends with a run of white space longer than
/// twice [`RUN_KEPT`]: inside the run, [`RUN_KEPT`] bytes before the end, so
/// that the matches before the run see white space as far as the rules
/// read, and so do the matches after it in the next window.
fn run_cut(text: &str) -> Option<usize> {
    let run = text.len() - text.trim_end_matches(char::is_whitespace).len();
    if run <= 2 * RUN_KEPT {
        return None;
    }
    let mut cut = text.len() - RUN_KEPT;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    Some(cut)
}

/// Where and how a window that ends inside a run of combining marks is cut.
struct MarksCut {
    /// The original offset of the cut, in the window's text...
    at: usize,
    /// ...its normalized offset, where the next window's text starts...
    norm_at: usize,
    /// ...the normalized offset up to which the window reports hits...
    until: usize,
    /// ...and the normalized character before the next window, if the marks
    /// belong to an accented letter (they normalize to nothing).
    lead: Option<char>,
}

/// Where to cut a window that ends with a run of combining marks longer
/// than twice [`RUN_KEPT`], if no name can go on through the run: after an
/// accented letter, whose unit takes the marks, no name may go on past the
/// letter (a name that ends there ends after the last mark); elsewhere,
/// where the marks are kept, no name may go on past the cut.
fn marks_cut(
    extractor: &Extractor,
    text: &str,
    normalized: &Normalized,
    window: &Window,
) -> Option<MarksCut> {
    let run_start = text.trim_end_matches(is_combining_mark).len();
    if text.len() - run_start <= 2 * RUN_KEPT {
        return None;
    }
    let mut at = text.len() - RUN_KEPT;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let norm = normalized.text.as_str();
    let accented = match text[..run_start].chars().next_back() {
        Some(base) => drops_marks_after(base),
        None => window.lead.is_some(),
    };
    if accented {
        // The marks normalize to nothing: the normalized text ends with
        // the letter, and so does every name that could use it.
        let end = norm.len();
        if extractor.may_go_on(norm, end) {
            return None;
        }
        let lead = norm.chars().next_back().or(window.lead);
        Some(MarksCut {
            at,
            norm_at: end,
            until: end,
            lead,
        })
    } else {
        // The marks are copied: no name starts on one (a mark is glued to
        // what precedes it), so the next window reports from the byte after.
        let norm_at = normalized.map.norm_of(at);
        if extractor.may_go_on(norm, norm_at) {
            return None;
        }
        Some(MarksCut {
            at,
            norm_at,
            until: norm_at + 1,
            lead: None,
        })
    }
}

impl Extractor {
    /// Whether a name may cross the white space at normalized offset `at`
    /// of `norm` (one byte, a run of any length): whether some walk from a
    /// longest alias before it is still alive past it.
    fn may_cross(&self, norm: &str, at: usize) -> bool {
        // A line break is a fence: no alias holds one.
        norm.as_bytes().get(at) == Some(&b' ') && self.may_go_on(norm, at + 1)
    }

    /// Whether a walk from a longest alias before `end` in `norm` is still
    /// alive at `end`: a name may go on, or end, there.
    fn may_go_on(&self, norm: &str, end: usize) -> bool {
        let bytes = norm.as_bytes();
        (end.saturating_sub(self.max_pattern_len)..end)
            .any(|from| norm.is_char_boundary(from) && self.automaton.continues(bytes, from, end))
    }
}
