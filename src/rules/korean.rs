//! Korean writes its particles and endings as part of the word ("미국과",
//! "일본의"): a name written in Hangul may end inside a word, though not
//! start inside one.
//!
//! A name of one or two syllables (쿠바, 칠레, 체코) is also the start of
//! many longer words (쿠바나, 체코슬로바키아, 인도양): it ends inside a word
//! only before the endings of `korean_endings.txt` (at most two noun
//! suffixes, then at most one particle: "쿠바는", "칠레와", "미국인들의"),
//! and the word must end there. Longer names keep any ending: a word that
//! starts with three syllables of a name is that name far more often.

use once_cell::sync::Lazy;

use super::boundary::is_word_char;

/// Whether a name that starts at byte `start` of the normalized text may end
/// at byte `at`, inside a Korean word. Hangul is never ASCII: the bytes rule
/// it out before any decoding, on the path every hit that fails the boundary
/// rule takes. (`at` is inside the text: the ends of the text are
/// boundaries.)
pub(super) fn ends_inside_word(norm: &str, start: usize, at: usize) -> bool {
    let bytes = norm.as_bytes();
    !bytes[at - 1].is_ascii()
        && !bytes[at].is_ascii()
        && is_suffix_point(norm[..at].chars().next_back(), norm[at..].chars().next())
        && (syllables(&norm[start..at]) > 2 || endings_follow(&norm[at..]))
}

/// Whether a name may end between `left` and `right` inside a Korean word.
/// (Normalization decomposes syllables into jamo, so both are counted.)
fn is_suffix_point(left: Option<char>, right: Option<char>) -> bool {
    matches!((left, right), (Some(l), Some(r)) if is_hangul(l) && is_hangul(r))
}

fn is_hangul(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'          // jamo
        | '\u{3130}'..='\u{318F}'        // compatibility jamo
        | '\u{A960}'..='\u{A97F}'        // jamo extended A
        | '\u{AC00}'..='\u{D7A3}'        // syllables
        | '\u{D7B0}'..='\u{D7FF}'        // jamo extended B
    )
}

/// The syllables of a normalized name: its leading consonants (a syllable
/// decomposes into one, then a vowel and maybe a final consonant) and any
/// syllable left composed.
fn syllables(name: &str) -> usize {
    name.chars()
        .filter(|c| matches!(c, '\u{1100}'..='\u{115F}' | '\u{A960}'..='\u{A97F}' | '\u{AC00}'..='\u{D7A3}'))
        .count()
}

/// The longest ending of the list, in syllables: a word with more left
/// after the name is no name and an ending.
const MAX_ENDING: usize = 6;

/// Whether the rest of the word, `rest` (normalized: decomposed jamo), is
/// endings of the list, the word ending after them.
fn endings_follow(rest: &str) -> bool {
    let mut word = ['\0'; MAX_ENDING];
    let mut len = 0;
    let mut chars = rest.chars().peekable();
    while let Some(&lead) = chars.peek() {
        if !is_hangul(lead) {
            break;
        }
        chars.next();
        let (Some(l), Some(v)) = (leading(lead), chars.next().and_then(vowel)) else {
            return false;
        };
        let t = chars.peek().and_then(|&c| trailing(c));
        if t.is_some() {
            chars.next();
        }
        if len == MAX_ENDING {
            return false;
        }
        word[len] = compose(l, v, t.unwrap_or(0));
        len += 1;
    }
    chars.next().is_none_or(|c| !is_word_char(c)) && split(&word[..len], 0)
}

/// Whether `word` is at most two suffixes (`suffixes` of them used so far)
/// then at most one particle, and not empty.
fn split(word: &[char], suffixes: usize) -> bool {
    let lists = &*ENDINGS;
    let is = |ending: &str| word.iter().copied().eq(ending.chars());
    let starts = |ending: &str| {
        word.iter()
            .copied()
            .take(ending.chars().count())
            .eq(ending.chars())
    };
    (!word.is_empty() && lists.particles.iter().any(|p| is(p)))
        || (suffixes < 2
            && lists.suffixes.iter().any(|s| {
                starts(s) && (is(s) || split(&word[s.chars().count().min(word.len())..], suffixes + 1))
            }))
}

/// The index of a modern leading consonant.
fn leading(c: char) -> Option<u32> {
    (u32::from(c)).checked_sub(0x1100).filter(|&i| i < 19)
}

/// The index of a modern vowel.
fn vowel(c: char) -> Option<u32> {
    (u32::from(c)).checked_sub(0x1161).filter(|&i| i < 21)
}

/// The index of a modern final consonant, from 1.
fn trailing(c: char) -> Option<u32> {
    (u32::from(c))
        .checked_sub(0x11A7)
        .filter(|&i| (1..28).contains(&i))
}

/// The syllable of these jamo indices (Unicode's arithmetic; every index is
/// in range, so the result is a syllable).
fn compose(l: u32, v: u32, t: u32) -> char {
    char::from_u32(0xAC00 + (l * 21 + v) * 28 + t).unwrap_or('\0')
}

/// The endings that may follow a short name, read from the list the
/// reference matcher of the tests reads too.
struct Endings {
    suffixes: Vec<&'static str>,
    particles: Vec<&'static str>,
}

static ENDINGS: Lazy<Endings> = Lazy::new(|| {
    let mut endings = Endings {
        suffixes: Vec::new(),
        particles: Vec::new(),
    };
    for line in include_str!("korean_endings.txt").lines() {
        match line.split_once('\t') {
            Some(("suffix", s)) => endings.suffixes.push(s),
            Some(("particle", p)) => endings.particles.push(p),
            _ => {}
        }
    }
    endings
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    /// `ends_inside_word` after `name` at the start of `text`, normalized.
    fn ends(text: &str, name: &str) -> bool {
        let norm = normalize(text);
        let at = normalize(name).len();
        ends_inside_word(&norm, 0, at)
    }

    #[test]
    fn hangul_particles_follow_a_name() {
        assert!(ends("미국과 일본의", "미국"));
        assert!(ends("쿠바는", "쿠바"));
        assert!(ends("칠레와의", "칠레"));
        assert!(ends("미국인들의", "미국"), "two suffixes, a particle");
        assert!(ends("체코에서는.", "체코"));
        assert!(ends("쿠바나 칠레", "쿠바"), "나: or");
        assert!(!ends("쿠바나무", "쿠바"), "not an ending");
        assert!(!ends("인도네시아", "인도"));
        assert!(!ends("인도양", "인도"));
        assert!(!ends("체코슬로바키아", "체코"), "too long for an ending");
        assert!(!ends("쿠바는x", "쿠바"), "the word goes on");
        assert!(
            ends("아제르바이잔스", "아제르바이잔"),
            "three syllables or more: any ending"
        );
        assert!(!ends_inside_word("中国人", 0, 3), "Han is not Hangul");
        assert!(!ends_inside_word("ab", 0, 1));
        assert!(
            is_suffix_point(Some('\u{1100}'), Some('\u{AC00}')),
            "jamo then a syllable"
        );
        assert!(!is_suffix_point(Some('국'), Some(' ')));
        assert!(!is_suffix_point(None, Some('국')));
    }

    #[test]
    fn the_list_is_read() {
        assert_eq!(ENDINGS.suffixes.len(), 10);
        assert!(ENDINGS.particles.contains(&"에서"));
        let longest = ENDINGS.particles.iter().map(|p| p.chars().count()).max();
        assert!(
            longest.is_some_and(|l| 2 + l <= MAX_ENDING),
            "two suffixes and a particle fit"
        );
    }
}
