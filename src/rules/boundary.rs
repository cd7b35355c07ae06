//! Word boundaries, decided on the normalized text while the automaton is
//! walked: where a name may start ([`may_start`]) and where it may end
//! ([`may_end`]). The exceptions of particular scripts live in their own
//! files beside this one (`korean.rs`, `arabic.rs`).

use unicode_normalization::char::is_combining_mark;

use super::{arabic, cjk, korean};

/// Whether a name may start at byte `at` of the normalized text: on a
/// character, on a word boundary or after Arabic proclitics, and never on a
/// space (aliases are trimmed). Between ASCII bytes it is a comparison of two bytes: the scan
/// asks at every byte of the text.
#[inline(always)]
pub(crate) fn may_start(norm: &str, at: usize) -> bool {
    let bytes = norm.as_bytes();
    let b = bytes[at];
    if b == b' ' || b == b'\n' || (0x80..0xC0).contains(&b) {
        return false;
    }
    match at.checked_sub(1).map(|i| bytes[i]) {
        None => true,
        Some(p) if p.is_ascii() && b.is_ascii() => !(p.is_ascii_alphanumeric() && b.is_ascii_alphanumeric()),
        Some(_) => {
            (separates(norm[..at].chars().next_back(), norm[at..].chars().next())
                && !cjk::katakana_glued(norm, at))
                || arabic::starts_after_proclitic(norm, at)
        }
    }
}

/// Every offset of `norm` where [`may_start`] holds, pushed in order into
/// `out`; `first` decides offset 0 (the window's start, where the character
/// before may be known). One lookup a byte in [`STEP`] gives the byte's class
/// and the decision for (previous class, this byte), so between ASCII bytes
/// the loop costs a load and a branch, without decoding; a pair that
/// involves a non-ASCII character asks [`may_start`].
pub(crate) fn word_starts(norm: &str, first: impl FnOnce() -> bool, out: &mut Vec<usize>) {
    let bytes = norm.as_bytes();
    let Some(&b) = bytes.first() else { return };
    if first() {
        out.push(0);
    }
    let mut prev = BYTE_CLASS[usize::from(b)];
    for (at, &b) in bytes.iter().enumerate().skip(1) {
        // The mask keeps the index in the table (`prev` is below 8).
        let step = STEP[((usize::from(prev) << 8) | usize::from(b)) & (STEP.len() - 1)];
        prev = step >> 2;
        match step & 3 {
            NO => {}
            YES => out.push(at),
            _ => {
                if may_start_slow(norm, at) {
                    out.push(at);
                }
            }
        }
    }
}

/// Byte classes for [`word_starts`].
const WORD: u8 = 0; // ASCII letter or digit
const OTHER: u8 = 1; // any other ASCII byte but a space or a line break
const SPACE: u8 = 2; // ' ' or '\n': never starts a name
const TAIL: u8 = 3; // a UTF-8 continuation byte: never starts a name
const LEAD: u8 = 4; // the first byte of a non-ASCII character

const fn byte_class(b: u8) -> u8 {
    match b {
        b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => WORD,
        b' ' | b'\n' => SPACE,
        0x80..=0xBF => TAIL,
        0xC0..=0xFF => LEAD,
        _ => OTHER,
    }
}

static BYTE_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = byte_class(b as u8);
        b += 1;
    }
    table
};

/// What [`word_starts`] decides for (previous class, current class).
const NO: u8 = 0;
const YES: u8 = 1;
const ASK: u8 = 2;
static STARTS: [[u8; 5]; 5] = [
    // current: WORD OTHER SPACE TAIL LEAD
    [NO, YES, NO, NO, ASK],  // after WORD
    [YES, YES, NO, NO, ASK], // after OTHER
    [YES, YES, NO, NO, ASK], // after SPACE
    [ASK, ASK, NO, NO, ASK], // after TAIL: the end of a non-ASCII character
    [ASK, ASK, NO, NO, ASK], // after LEAD: not valid UTF-8, never seen
];

/// For (previous class, byte) at index `previous << 8 | byte`: the byte's
/// class shifted left by 2, ORed with the decision of [`STARTS`].
static STEP: [u8; 2048] = {
    let mut table = [0; 2048];
    let mut i = 0;
    while i < 2048 {
        let (prev, b) = (i >> 8, (i & 0xFF) as u8);
        let class = byte_class(b);
        let decision = if prev < STARTS.len() {
            STARTS[prev][class as usize]
        } else {
            ASK
        };
        table[i] = (class << 2) | decision;
        i += 1;
    }
    table
};

/// [`may_start`] out of line: the scan's loop stays small.
#[inline(never)]
fn may_start_slow(norm: &str, at: usize) -> bool {
    may_start(norm, at)
}

/// [`may_start`] at the first byte of `norm`, with `lead` before it.
pub(crate) fn may_start_after(lead: char, norm: &str) -> bool {
    norm.as_bytes().first().is_some_and(|&b| b != b' ' && b != b'\n')
        && separates(Some(lead), norm.chars().next())
        && !cjk::katakana_pair(Some(lead), norm.chars().next())
}

/// Whether a name that starts at byte `start` of the normalized text may
/// end at byte `at`: a word boundary ([`separates`]), or inside a Korean
/// word, before its particles.
#[inline]
pub(crate) fn may_end(norm: &str, start: usize, at: usize) -> bool {
    boundary_at(norm, at) || korean::ends_inside_word(norm, start, at)
}

/// Whether a word boundary lies at byte `at` of the normalized text:
/// [`separates`] on the characters around it, deciding on the bytes when
/// both are ASCII (most hits of a big gazetteer fail here), and never
/// inside a run of katakana (`cjk.rs`).
#[inline]
fn boundary_at(norm: &str, at: usize) -> bool {
    let bytes = norm.as_bytes();
    match (at.checked_sub(1).map(|i| bytes[i]), bytes.get(at)) {
        (Some(l), Some(&r)) if l.is_ascii() && r.is_ascii() => {
            !(l.is_ascii_alphanumeric() && r.is_ascii_alphanumeric())
        }
        (None, _) | (_, None) => true,
        _ => {
            separates(norm[..at].chars().next_back(), norm[at..].chars().next())
                && !cjk::katakana_glued(norm, at)
        }
    }
}

/// Whether a match may begin or end between `left` and `right` (`None` at
/// the ends of the text).
///
/// Letters, digits and combining marks on both sides glue, except in scripts
/// written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar); and no
/// boundary ever separates a combining mark from the character before it.
pub(crate) fn separates(left: Option<char>, right: Option<char>) -> bool {
    let (Some(l), Some(r)) = (left, right) else {
        return true;
    };
    if is_combining_mark(r) {
        // A mark belongs to the character before it, whatever that is.
        return false;
    }
    !is_word_char(l) || !is_word_char(r) || is_spaceless(l) || is_spaceless(r)
}

/// Letters, digits and combining marks: characters a word is made of.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Characters of scripts written without spaces between words.
pub(crate) fn is_spaceless(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'          // Thai, Lao
        | '\u{1000}'..='\u{109F}'        // Myanmar
        | '\u{1780}'..='\u{17FF}'        // Khmer
        | '\u{19E0}'..='\u{19FF}'        // Khmer symbols
        | '\u{2E80}'..='\u{2FDF}'        // CJK radicals
        | '\u{3005}'..='\u{3007}'        // 々 〆 〇
        | '\u{3040}'..='\u{30FF}'        // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}'        // Katakana extensions
        | '\u{3400}'..='\u{4DBF}'        // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'        // CJK unified ideographs
        | '\u{A9E0}'..='\u{A9FF}'        // Myanmar extended B
        | '\u{AA60}'..='\u{AA7F}'        // Myanmar extended A
        | '\u{F900}'..='\u{FAFF}'        // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}'        // half-width katakana
        | '\u{20000}'..='\u{3FFFF}') // CJK extensions B and later
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separates_words() {
        assert!(separates(None, Some('a')));
        assert!(separates(Some(' '), Some('a')));
        assert!(separates(Some('\''), Some('a')));
        assert!(separates(Some('-'), Some('a')));
        assert!(!separates(Some('x'), Some('a')));
        assert!(!separates(Some('1'), Some('a')));
        assert!(!separates(Some('a'), Some('\u{0301}')));
        assert!(separates(Some('长'), Some('王')));
        assert!(separates(Some('a'), Some('王')));
        assert!(
            !separates(Some('ก'), Some('\u{0E31}')),
            "a Thai mark stays on its base"
        );
        assert!(!separates(Some('д'), Some('ж')));
    }

    #[test]
    fn starts_and_ends_on_the_normalized_text() {
        assert!(may_start("l'azerbaidjan", 2));
        assert!(!may_start("houses", 2), "inside a word");
        assert!(!may_start("a b", 1), "never on a space");
        assert!(!may_start("é", 1), "never inside a character");
        assert!(may_start("长王", 3), "Han needs no boundary");
        assert!(!may_start("ネクタイ", 6), "nor inside a katakana run");
        assert!(!may_end("タイヤ", 0, 6), "a katakana run goes on");
        assert!(may_end("タイの", 0, 6));
        assert!(may_start("بمصر", 2), "after an Arabic proclitic");
        assert!(may_end("us-x", 0, 2));
        assert!(!may_end("usa", 0, 2));
        let korean = crate::normalize::normalize("미국과");
        let name = crate::normalize::normalize("미국").len();
        assert!(may_end(&korean, 0, name), "before a Korean particle");
        assert!(may_end("abc", 0, 3), "the end of the text");
    }

    #[test]
    fn word_starts_agree_with_may_start() {
        // Every text of up to three of these characters: ASCII pairs go
        // through the table, the others through `may_start`.
        let chars = [
            'a', 'Z', '7', ' ', '\n', '\'', '-', '`', '.', 'é', 'ß', '王', 'ب', '\u{301}', '미',
        ];
        let mut texts = vec![String::new()];
        for _ in 0..3 {
            let mut longer = Vec::new();
            for t in &texts {
                for c in chars {
                    longer.push(format!("{t}{c}"));
                }
            }
            texts.extend(longer);
        }
        for text in &texts {
            let want: Vec<usize> = (0..text.len()).filter(|&at| may_start(text, at)).collect();
            let mut starts = Vec::new();
            word_starts(text, || may_start(text, 0), &mut starts);
            assert_eq!(starts, want, "{text:?}");
        }
    }
}
