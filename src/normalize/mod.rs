//! Text normalization with a map back to the original offsets.
//!
//! One function, [`normalize`], defines what "the same text" means for
//! matching: it is applied to every alias when an extractor is built and to
//! every document when it is scanned. Per original character it does, in order:
//!
//! 1. white space: a run of white space becomes one space; a run holding two or
//!    more line breaks (a blank line) becomes `\n`, a fence no alias contains;
//! 2. format characters (soft hyphen, zero-width space and joiners, BOM) vanish;
//! 3. typographic apostrophes become `'` and hyphens and dashes become `-`;
//! 4. everything else is decomposed (NFKD), combining marks on Latin, Greek
//!    and Cyrillic letters are dropped (other scripts keep theirs), and what is
//!    left is case folded (full Unicode folding) and a few letters that carry
//!    no decomposition are folded too (ø→o, ł→l, æ→ae, œ→oe, ı→i, ...).
//!
//! The [`OffsetMap`] records only the stretches that are not a one-character
//! copy of the same byte length, so ASCII text costs almost nothing.

mod casefold_table;
mod latin;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Normalizes `text` the way aliases and documents are normalized for matching.
///
/// ```
/// assert_eq!(gazner::normalize("Ｌ’ÉTAT  ﬁnal"), "l'etat final");
/// assert_eq!(gazner::normalize("AUSSENMINISTERIUM"), gazner::normalize("Außenministerium"));
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = Normalized::default();
    out.normalize(text, Case::Fold);
    out.text
}

/// Whether normalization folds case.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Case {
    /// Full Unicode case folding: the form the automaton scans.
    Fold,
    /// Everything but case folding: used to check an alias's case rule.
    Keep,
}

/// A stretch of the original text whose normalized form is not a copy of one
/// character with the same byte length: an accented letter, a ligature, a run
/// of white space, a removed character (then `norm_start == norm_end`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    pub(crate) norm_start: usize,
    pub(crate) norm_end: usize,
    pub(crate) orig_start: usize,
    pub(crate) orig_end: usize,
}

/// Maps offsets in the normalized text back to the original text.
///
/// Invariant: `units` are in text order, with `norm_start` and `orig_start`
/// non-decreasing; between two units, normalized and original bytes
/// correspond one to one.
#[derive(Clone, Debug, Default)]
pub(crate) struct OffsetMap {
    units: Vec<Unit>,
}

impl OffsetMap {
    /// The original offset where a match starting at normalized offset `n`
    /// starts, or `None` when `n` falls inside a unit (half a ligature, say).
    pub(crate) fn start(&self, n: usize) -> Option<usize> {
        let i = self.units.partition_point(|u| u.norm_start <= n);
        let Some(u) = i.checked_sub(1).map(|i| self.units[i]) else {
            return Some(n);
        };
        if n == u.norm_start && u.norm_end > n {
            Some(u.orig_start)
        } else if n >= u.norm_end {
            Some(u.orig_end + (n - u.norm_end))
        } else {
            None
        }
    }

    /// The original offset where a match ending at normalized offset `n`
    /// (exclusive, `n > 0`) ends, or `None` when `n` falls inside a unit.
    pub(crate) fn end(&self, n: usize) -> Option<usize> {
        let i = self.units.partition_point(|u| u.norm_start < n);
        let Some(u) = i.checked_sub(1).map(|i| self.units[i]) else {
            return Some(n);
        };
        if n == u.norm_end {
            Some(u.orig_end)
        } else if n > u.norm_end {
            Some(u.orig_end + (n - u.norm_end))
        } else {
            None
        }
    }
}

impl OffsetMap {
    /// The normalized offset of original offset `o`, which must start a unit
    /// or lie in a one-to-one stretch.
    pub(crate) fn norm_of(&self, o: usize) -> usize {
        let i = self.units.partition_point(|u| u.orig_start <= o);
        match i.checked_sub(1).map(|i| self.units[i]) {
            None => o,
            Some(u) if o < u.orig_end => u.norm_start,
            Some(u) => u.norm_end + (o - u.orig_end),
        }
    }

    /// Calls `f`, in increasing order, with the original offset of each
    /// normalized offset of `norm_starts` (sorted, within `from..until`)
    /// that starts a unit or lies in a one-to-one stretch, and with the
    /// original end of each unit whose normalized end lies in
    /// `from..until`. Between two units the offsets map with one addition,
    /// where [`OffsetMap::start`] searches the units for each offset.
    pub(crate) fn each_start_and_unit_end(
        &self,
        norm_starts: &[usize],
        (from, until): (usize, usize),
        mut f: impl FnMut(usize),
    ) {
        let mut u = self.units.partition_point(|unit| unit.norm_end < from);
        // The stretch before units[u] maps `n` to `n - norm + orig`.
        let (mut norm, mut orig) = u
            .checked_sub(1)
            .map_or((0, 0), |i| (self.units[i].norm_end, self.units[i].orig_end));
        let mut starts = norm_starts.iter().copied().peekable();
        loop {
            let unit = self.units.get(u);
            let limit = unit.map_or(usize::MAX, |unit| unit.norm_start);
            while let Some(n) = starts.next_if(|&n| n < limit) {
                f(n - norm + orig);
            }
            let Some(unit) = unit else { break };
            if unit.norm_end >= until && starts.peek().is_none() {
                break;
            }
            // A start on a unit's first byte maps to its start; one inside
            // it (half a ligature) starts no character.
            if starts
                .next_if(|&n| n == unit.norm_start && n < unit.norm_end)
                .is_some()
            {
                f(unit.orig_start);
            }
            while starts.next_if(|&n| n < unit.norm_end).is_some() {}
            if unit.norm_end >= from && unit.norm_end < until {
                f(unit.orig_end);
            }
            (norm, orig) = (unit.norm_end, unit.orig_end);
            u += 1;
        }
    }

    /// The original offset where the character holding normalized offset
    /// `n` begins (the start of its unit).
    pub(crate) fn orig_floor(&self, n: usize) -> usize {
        let i = self.units.partition_point(|u| u.norm_start <= n);
        match i.checked_sub(1).map(|i| self.units[i]) {
            None => n,
            Some(u) if n < u.norm_end => u.orig_start,
            Some(u) => u.orig_end + (n - u.norm_end),
        }
    }
}

/// A normalized text and its offset map; reusable across documents.
#[derive(Clone, Debug, Default)]
pub(crate) struct Normalized {
    pub(crate) text: String,
    pub(crate) map: OffsetMap,
}

impl Normalized {
    /// Heap bytes held: what a stream accounts for.
    pub(crate) fn heap(&self) -> usize {
        self.text.capacity() + self.map.units.capacity() * std::mem::size_of::<Unit>()
    }
}

/// Where the previous character that can carry combining marks was.
#[derive(Clone, Copy)]
struct Base {
    orig_start: usize,
    norm_start: usize,
    /// Latin, Greek or Cyrillic: its combining marks are dropped.
    strips_marks: bool,
}

/// A run of white space not yet written out.
#[derive(Clone, Copy)]
struct Space {
    orig_start: usize,
    line_breaks: u32,
    /// The last character was `\r`, so a following `\n` is the same break.
    after_cr: bool,
}

impl Normalized {
    /// Replaces the contents with the normalization of `src`.
    pub(crate) fn normalize(&mut self, src: &str, case: Case) {
        self.normalize_from(src, case, false);
    }

    /// Like [`normalize`](Normalized::normalize); with `after_accented`,
    /// `src` continues a text whose last character drops its combining
    /// marks (a Latin, Greek or Cyrillic letter, see [`drops_marks_after`]):
    /// the marks `src` starts with are dropped into an empty unit, as they
    /// are in the whole text.
    pub(crate) fn normalize_from(&mut self, src: &str, case: Case, after_accented: bool) {
        self.text.clear();
        self.map.units.clear();
        self.text.reserve(src.len());
        let mut base: Option<Base> = after_accented.then_some(Base {
            orig_start: 0,
            norm_start: 0,
            strips_marks: true,
        });
        let mut space: Option<Space> = None;

        let bytes = src.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if let Some(kind) = ascii_space(b) {
                    self.add_space(&mut space, i, kind);
                    base = None;
                    i += 1;
                    continue;
                }
                self.flush_space(&mut space, i);
                let end = if b == b'`' {
                    // The ASCII grave accent is read as an apostrophe.
                    self.text.push('\'');
                    i + 1
                } else {
                    // Fast path: a run of ASCII is its own decomposition,
                    // folds to lower case and maps one to one, so it needs no
                    // unit: one table lookup a byte finds its end, then it is
                    // copied and lowercased. A single space between two such
                    // bytes is a copy too.
                    let end = ascii_run_end(bytes, i);
                    let start = self.text.len();
                    self.text.push_str(&src[i..end]);
                    if case == Case::Fold {
                        self.text[start..].make_ascii_lowercase();
                    }
                    end
                };
                base = Some(Base {
                    orig_start: end - 1,
                    norm_start: self.text.len() - 1,
                    strips_marks: bytes[end - 1].is_ascii_alphabetic(),
                });
                i = end;
                continue;
            }
            // `i` is on a char boundary: `src` is a `str` and we step whole chars.
            let c = src[i..].chars().next().unwrap_or('\u{FFFD}');
            let end = i + c.len_utf8();
            if let Some(latin) = latin::lookup(c, case) {
                // A precomposed Latin letter: its normalization read from a
                // table made by `add_char` itself (see `latin.rs`).
                self.flush_space(&mut space, i);
                let norm_start = self.text.len();
                self.text.push_str(latin.text());
                if latin.unit {
                    self.map.units.push(Unit {
                        norm_start,
                        norm_end: self.text.len(),
                        orig_start: i,
                        orig_end: end,
                    });
                }
                base = Some(Base {
                    orig_start: i,
                    norm_start,
                    strips_marks: latin.strips_marks,
                });
                i = end;
                continue;
            }
            if let Some(kind) = unicode_space(c) {
                self.add_space(&mut space, i, kind);
                base = None;
            } else {
                self.flush_space(&mut space, i);
                self.add_char(c, i, end, case, &mut base);
            }
            i = end;
        }
        self.flush_space(&mut space, bytes.len());
    }

    fn add_space(&mut self, space: &mut Option<Space>, start: usize, kind: SpaceKind) {
        let run = space.get_or_insert(Space {
            orig_start: start,
            line_breaks: 0,
            after_cr: false,
        });
        match kind {
            SpaceKind::Blank => run.after_cr = false,
            SpaceKind::Cr => {
                run.line_breaks += 1;
                run.after_cr = true;
            }
            SpaceKind::Lf => {
                if !run.after_cr {
                    run.line_breaks += 1;
                }
                run.after_cr = false;
            }
            SpaceKind::Break => {
                run.line_breaks += 1;
                run.after_cr = false;
            }
            SpaceKind::Paragraph => {
                run.line_breaks += 2;
                run.after_cr = false;
            }
        }
    }

    /// Writes a pending white-space run ending at original offset `end`.
    fn flush_space(&mut self, space: &mut Option<Space>, end: usize) {
        let Some(run) = space.take() else { return };
        let norm_start = self.text.len();
        self.text.push(if run.line_breaks >= 2 { '\n' } else { ' ' });
        if end - run.orig_start != 1 {
            self.map.units.push(Unit {
                norm_start,
                norm_end: norm_start + 1,
                orig_start: run.orig_start,
                orig_end: end,
            });
        }
    }

    /// Normalizes one non-ASCII, non-space character at `start..end`.
    #[inline(always)]
    fn add_char(&mut self, c: char, start: usize, end: usize, case: Case, base: &mut Option<Base>) {
        let norm_start = self.text.len();
        if is_removed(c) {
            self.map.units.push(Unit {
                norm_start,
                norm_end: norm_start,
                orig_start: start,
                orig_end: end,
            });
            *base = None;
            return;
        }
        if let Some(b) = base.filter(|b| b.strips_marks && is_combining_mark(c)) {
            // The mark joins its base's unit, so spans include it.
            match self.map.units.last_mut() {
                Some(u) if u.orig_start == b.orig_start => u.orig_end = end,
                _ => self.map.units.push(Unit {
                    norm_start: b.norm_start,
                    norm_end: norm_start,
                    orig_start: b.orig_start,
                    orig_end: end,
                }),
            }
            return;
        }
        let mut strips_marks = base.is_some_and(|b| b.strips_marks);
        let mut chars = 0usize;
        if let Some(p) = punctuation(c) {
            self.text.push(p);
            chars = 1;
            strips_marks = false;
        } else {
            // The longest compatibility decomposition (U+FDFA) has 18 chars.
            let mut parts = ['\0'; 18];
            let mut len = 0;
            decompose_compatible(c, |d| {
                if let Some(slot) = parts.get_mut(len) {
                    *slot = d;
                    len += 1;
                }
            });
            let parts = &parts[..len];
            if parts.len() > 1 && parts[0] == ' ' {
                // Spacing accents ("¨", "¸", ...) decompose to a space and a
                // mark: keep them whole, as the symbols they are.
                self.text.push(c);
                chars = 1;
                strips_marks = false;
            } else {
                for &d in parts {
                    chars += self.push_decomposed(d, case, &mut strips_marks);
                }
            }
        }
        let norm_end = self.text.len();
        *base = Some(Base {
            orig_start: start,
            norm_start,
            strips_marks,
        });
        if chars != 1 || norm_end - norm_start != end - start {
            self.map.units.push(Unit {
                norm_start,
                norm_end,
                orig_start: start,
                orig_end: end,
            });
        }
    }

    /// Pushes one char of a decomposition; returns the number of chars written.
    fn push_decomposed(&mut self, d: char, case: Case, strips_marks: &mut bool) -> usize {
        if is_combining_mark(d) {
            if *strips_marks {
                return 0;
            }
            self.text.push(d);
            return 1;
        }
        *strips_marks = strips_marks_of(d);
        if let Some(p) = punctuation(d) {
            self.text.push(p);
            return 1;
        }
        if case == Case::Keep {
            return push_folded_letter(&mut self.text, d);
        }
        let mut chars = 0;
        let text = &mut self.text;
        fold_case(d, |f| {
            // Folding can yield marks ("İ" has none left after NFKD, others might).
            if !(is_combining_mark(f) && *strips_marks) {
                chars += push_folded_letter(text, f);
            }
        });
        chars
    }
}

#[derive(Clone, Copy)]
enum SpaceKind {
    /// A space or tab: no line break.
    Blank,
    Cr,
    Lf,
    /// Any other single line break (VT, FF, NEL, LINE SEPARATOR).
    Break,
    /// PARAGRAPH SEPARATOR: a blank line on its own.
    Paragraph,
}

/// The end of the run of ASCII bytes that starts at `start` (which must
/// be a byte that [`ascii_space`] does not take, nor a backtick): bytes
/// copied as they are, and single spaces between two of them.
#[inline]
fn ascii_run_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    while let Some(&b) = bytes.get(end) {
        match ASCII_RUN[usize::from(b)] {
            COPIED => end += 1,
            BLANK
                if bytes
                    .get(end + 1)
                    .is_some_and(|&n| ASCII_RUN[usize::from(n)] == COPIED) =>
            {
                end += 2
            }
            _ => break,
        }
    }
    end
}

/// Classes of bytes for [`ascii_run_end`].
const COPIED: u8 = 0; // ASCII that normalizes to itself (or its lower case)
const BLANK: u8 = 1; // ' ': a copy between two copied bytes
const ENDS_RUN: u8 = 2; // other white space, '`', non-ASCII

static ASCII_RUN: [u8; 256] = {
    let mut table = [ENDS_RUN; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = match b as u8 {
            b' ' => BLANK,
            b'\t' | b'\r' | b'\n' | 0x0B | 0x0C | b'`' => ENDS_RUN,
            _ => COPIED,
        };
        b += 1;
    }
    table
};

fn ascii_space(b: u8) -> Option<SpaceKind> {
    match b {
        b' ' | b'\t' => Some(SpaceKind::Blank),
        b'\r' => Some(SpaceKind::Cr),
        b'\n' => Some(SpaceKind::Lf),
        0x0B | 0x0C => Some(SpaceKind::Break),
        _ => None,
    }
}

fn unicode_space(c: char) -> Option<SpaceKind> {
    match c {
        '\u{0085}' | '\u{2028}' => Some(SpaceKind::Break),
        '\u{2029}' => Some(SpaceKind::Paragraph),
        _ if c.is_whitespace() => Some(SpaceKind::Blank),
        _ => None,
    }
}

/// Whether normalization can restart at `c` with the same result as in
/// context: `c` is not white space (which merges with what precedes it), not
/// a combining mark (which joins its base), and not a vanishing character.
pub(crate) fn is_restart_point(c: char) -> bool {
    !(c.is_whitespace() || is_combining_mark(c) || is_removed(c))
}

/// Format characters that vanish: soft hyphen, zero-width space, joiners, BOM.
fn is_removed(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Typographic apostrophes and dashes, mapped to their ASCII forms.
fn punctuation(c: char) -> Option<char> {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02BB}' | '`' | '\u{00B4}' | '\u{2032}' => Some('\''),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Some('-'),
        _ => None,
    }
}

/// Whether the combining marks that follow `c` are dropped (its unit takes
/// them): `c` is, or decomposes to, a Latin, Greek or Cyrillic letter.
pub(crate) fn drops_marks_after(c: char) -> bool {
    if c.is_whitespace() || is_removed(c) || is_combining_mark(c) || punctuation(c).is_some() {
        return false;
    }
    let mut last = None;
    let mut first = None;
    decompose_compatible(c, |d| {
        first.get_or_insert(d);
        if !is_combining_mark(d) {
            last = Some(d);
        }
    });
    first != Some(' ') && last.is_some_and(strips_marks_of)
}

/// Latin, Greek and Cyrillic letters: scripts whose marks are accents.
fn strips_marks_of(c: char) -> bool {
    matches!(c,
        'A'..='Z' | 'a'..='z'
        | '\u{00C0}'..='\u{02AF}'
        | '\u{0370}'..='\u{052F}'
        | '\u{1C80}'..='\u{1C8F}'
        | '\u{1D00}'..='\u{1DBF}'
        | '\u{1E00}'..='\u{1FFF}'
        | '\u{2C60}'..='\u{2C7F}'
        | '\u{2DE0}'..='\u{2DFF}'
        | '\u{A640}'..='\u{A69F}'
        | '\u{A720}'..='\u{A7FF}'
        | '\u{AB30}'..='\u{AB6F}'
        | '\u{FB00}'..='\u{FB06}')
}

/// Full Unicode case folding of one character.
fn fold_case(c: char, mut out: impl FnMut(char)) {
    if c.is_ascii() {
        return out(c.to_ascii_lowercase());
    }
    match casefold_table::CASEFOLD.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => casefold_table::CASEFOLD[i].1.chars().for_each(out),
        Err(_) => out(c),
    }
}

/// Pushes `c`, folding letters that have no decomposition but are read as
/// accented Latin letters by anyone searching for names; returns the number
/// of chars pushed.
fn push_folded_letter(text: &mut String, c: char) -> usize {
    let folded: &str = match c {
        'ø' => "o",
        'Ø' => "O",
        'ł' => "l",
        'Ł' => "L",
        'đ' | 'ð' => "d",
        'Đ' | 'Ð' => "D",
        'ħ' => "h",
        'Ħ' => "H",
        'ŧ' => "t",
        'Ŧ' => "T",
        'ı' => "i",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        _ => {
            text.push(c);
            return 1;
        }
    };
    text.push_str(folded);
    folded.len()
}

#[cfg(test)]
mod tests;
