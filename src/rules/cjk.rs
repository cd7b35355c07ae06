//! Where words end in Chinese and Japanese, which are written without
//! spaces: the two rules that let a short name count only where it stands
//! as a word.
//!
//! - **Katakana runs.** Japanese writes foreign words and names in katakana,
//!   one unbroken run per word: a name in katakana counts only where the run
//!   is exactly the name ("タイ" is Thailand in "タイの首相", not in
//!   "ネクタイ" or "タイヤ"). A katakana letter never separates from the
//!   next one ([`katakana_glued`]); the middle dot ・ separates.
//! - **The lexicon.** A Han (or kana) name does not count where a longer
//!   word of the extractor's [`Lexicon`] that contains it lies in the text
//!   over it: 巴林 (Bahrain) is no mention in 巴林左旗 (a banner of Inner
//!   Mongolia), 马里 (Mali) none in 马里奥 (Mario). The default lexicon,
//!   `gazetteers/cjk-lexicon.txt`, holds the 626 words of the jieba
//!   dictionary that contain a default Chinese name (see
//!   `gazetteers/README.md` for its source and licence); a builder adds its
//!   own words, Japanese ones too, with `ExtractorBuilder::cjk_lexicon`.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};

use crate::error::{Error, Problem};
use crate::normalize::normalize;

/// Whether the normalized characters on each side of byte `at` are both
/// katakana letters, and so one word: the voicing marks that normalization
/// splits off a letter (ガ is カ and U+3099) belong to the letter before.
pub(super) fn katakana_glued(norm: &str, at: usize) -> bool {
    // Every katakana letter starts with the byte 0xE3 in UTF-8.
    if norm.as_bytes().get(at) != Some(&0xE3) {
        return false;
    }
    let before = norm[..at].chars().rev().find(|&c| !is_voicing_mark(c));
    katakana_pair(before, norm[at..].chars().next())
}

/// Whether `left` and `right` are both katakana letters.
pub(super) fn katakana_pair(left: Option<char>, right: Option<char>) -> bool {
    left.is_some_and(is_katakana_letter) && right.is_some_and(is_katakana_letter)
}

/// The combining voiced and semi-voiced sound marks.
fn is_voicing_mark(c: char) -> bool {
    matches!(c, '\u{3099}' | '\u{309A}')
}

/// A katakana letter, the prolonged sound mark ー or an iteration mark; not
/// the middle dot ・ nor the double hyphen ゠, which separate words.
/// (Half-width katakana are full-width once normalized.)
fn is_katakana_letter(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}')
}

/// Han and kana: the characters of the names the lexicon rule looks at.
fn is_han_or_kana(c: char) -> bool {
    matches!(c,
        '\u{3005}'..='\u{3007}'          // 々 〆 〇
        | '\u{3040}'..='\u{30FF}'        // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}'        // Katakana extensions
        | '\u{3400}'..='\u{4DBF}'        // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'        // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}'        // CJK compatibility ideographs
        | '\u{20000}'..='\u{3FFFF}') // CJK extensions B and later
}

/// The longest lexicon word, in bytes once normalized: the rule reads no
/// further than this around a name, which keeps it within the 64 bytes
/// ([`super::CONTEXT`]) a streaming window holds on each side of a hit.
pub(crate) const MAX_WORD_BYTES: usize = super::CONTEXT;

/// Longer words that contain names, in Chinese and Japanese: a name inside
/// one of them, where the whole word is in the text, is part of that word
/// and not a mention (see the module docs). Built once with the extractor;
/// an empty lexicon costs nothing.
#[derive(Clone, Debug, Default)]
pub(crate) struct Lexicon {
    /// The compiled words; `None` when there are none. (Boxed: an
    /// extractor without words pays one pointer.)
    words: Option<Box<Words>>,
}

/// A lexicon's words, compiled.
#[derive(Clone, Debug)]
struct Words {
    /// The normalized words, for anchored leftmost-longest walks.
    automaton: AhoCorasick,
    /// The longest word, in bytes: how far around a name the rule reads.
    longest: usize,
    /// The first characters of the words: a walk starts only on one.
    firsts: FirstChars,
}

/// A set of characters: a bitmap for the Basic Multilingual Plane (8 KiB),
/// where nearly every Han and kana character lies, a sorted list beyond.
#[derive(Clone, Debug)]
struct FirstChars {
    bmp: Vec<u64>,
    beyond: Vec<char>,
}

impl FirstChars {
    fn new(chars: impl Iterator<Item = char>) -> FirstChars {
        let mut set = FirstChars {
            bmp: vec![0; 1 << 10],
            beyond: Vec::new(),
        };
        for c in chars {
            match usize::try_from(u32::from(c)) {
                Ok(i) if i < 1 << 16 => set.bmp[i >> 6] |= 1 << (i & 63),
                _ => set.beyond.push(c),
            }
        }
        set.beyond.sort_unstable();
        set.beyond.dedup();
        set
    }

    fn contains(&self, c: char) -> bool {
        match usize::try_from(u32::from(c)) {
            Ok(i) if i < 1 << 16 => self.bmp[i >> 6] & (1 << (i & 63)) != 0,
            _ => self.beyond.binary_search(&c).is_ok(),
        }
    }

    fn heap(&self) -> usize {
        self.bmp.capacity() * std::mem::size_of::<u64>()
            + self.beyond.capacity() * std::mem::size_of::<char>()
    }
}

impl Lexicon {
    /// Compiles `words`, each with where it came from (`origin`, line) for
    /// errors; equal words after normalization count once.
    ///
    /// # Errors
    ///
    /// [`Error::Gazetteer`] naming the word's origin and line, for a word
    /// that normalizes to nothing, holds a space, or is longer than
    /// [`MAX_WORD_BYTES`] once normalized; [`Error::Build`] if the
    /// automaton cannot be built.
    pub(crate) fn new<'w>(
        words: impl IntoIterator<Item = (&'w str, usize, &'w str)>,
    ) -> Result<Lexicon, Error> {
        let mut normalized: Vec<String> = Vec::new();
        for (origin, line, word) in words {
            let fail = |reason: String| Error::Gazetteer {
                origin: origin.to_string(),
                line,
                problem: Problem::InvalidField {
                    field: "cjk_lexicon".into(),
                    reason,
                },
            };
            let norm = normalize(word);
            if norm.trim().is_empty() {
                return Err(fail(format!("word {word:?} normalizes to nothing")));
            }
            if norm.contains([' ', '\n']) {
                return Err(fail(format!(
                    "word {word:?} holds a space: words of the lexicon are written without"
                )));
            }
            if norm.len() > MAX_WORD_BYTES {
                return Err(fail(format!(
                    "word {word:?} is {} bytes long once normalized, over the {MAX_WORD_BYTES} the rule reads",
                    norm.len()
                )));
            }
            normalized.push(norm);
        }
        normalized.sort_unstable();
        normalized.dedup();
        if normalized.is_empty() {
            return Ok(Lexicon::default());
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&normalized)
            .map_err(|e| Error::Build(format!("the CJK lexicon: {e}")))?;
        let firsts = FirstChars::new(normalized.iter().filter_map(|w| w.chars().next()));
        Ok(Lexicon {
            words: Some(Box::new(Words {
                automaton,
                longest: normalized.iter().map(String::len).max().unwrap_or(0),
                firsts,
            })),
        })
    }

    /// Heap bytes of the compiled words.
    pub(crate) fn memory_usage(&self) -> usize {
        self.words.as_ref().map_or(0, |w| {
            std::mem::size_of::<Words>() + w.automaton.memory_usage() + w.firsts.heap()
        })
    }

    /// Whether a longer word of the lexicon lies over the name at
    /// `norm[start..end]`, a name that starts or ends with Han or kana.
    pub(crate) fn covers(&self, norm: &str, start: usize, end: usize) -> bool {
        let Some(words) = &self.words else {
            return false;
        };
        if !(norm[start..].chars().next().is_some_and(is_han_or_kana) || ends_with_cjk(&norm[..end])) {
            return false;
        }
        if words.longest <= end - start {
            return false;
        }
        // The longest word that starts at each character from the name's
        // start back to as far as a word may reach: one anchored walk each,
        // which mostly dies on its first character.
        let reach = words.longest - (end - start);
        let lowest = start.saturating_sub(reach);
        let mut at = start;
        loop {
            let starts_word = norm[at..]
                .chars()
                .next()
                .is_some_and(|c| words.firsts.contains(c));
            if starts_word {
                let mut to = (at + words.longest).min(norm.len());
                while !norm.is_char_boundary(to) {
                    to -= 1;
                }
                let input = Input::new(&norm[..to]).range(at..to).anchored(Anchored::Yes);
                if let Some(m) = words.automaton.find(input)
                    && m.end() >= end
                    && m.end() - at > end - start
                {
                    return true;
                }
            }
            match norm[..at].chars().next_back() {
                Some(c) if at - c.len_utf8() >= lowest => at -= c.len_utf8(),
                _ => return false,
            }
        }
    }
}

/// The embedded lexicon: `gazetteers/cjk-lexicon.txt`, generated by
/// `gazetteers/build/cjk_lexicon.py`; one word a line, `#` for comments.
#[cfg(feature = "cjk-lexicon")]
const EMBEDDED: &str = include_str!("../../gazetteers/cjk-lexicon.txt");

/// The embedded words, with their origin and line for errors.
#[cfg(feature = "cjk-lexicon")]
pub(crate) fn embedded_words() -> impl Iterator<Item = (&'static str, usize, &'static str)> {
    EMBEDDED
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(i, l)| ("gazetteers/cjk-lexicon.txt", i + 1, l))
}

/// Whether `text` ends with a Han or kana character.
fn ends_with_cjk(text: &str) -> bool {
    text.chars().next_back().is_some_and(is_han_or_kana)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(words: &[&str]) -> Lexicon {
        Lexicon::new(words.iter().map(|w| ("<test>", 1, *w))).expect("the words compile")
    }

    /// `covers` at the first place `name` is in `text`.
    fn covered(lexicon: &Lexicon, text: &str, name: &str) -> bool {
        let norm = normalize(text);
        let name = normalize(name);
        let start = norm.find(&name).expect("the name is in the text");
        lexicon.covers(&norm, start, start + name.len())
    }

    #[test]
    fn a_longer_word_over_the_name_covers_it() {
        let lex = lexicon(&["巴林左旗", "马里奥", "江苏联通"]);
        assert!(covered(&lex, "内蒙古巴林左旗的牧民", "巴林"));
        assert!(covered(&lex, "马里奥说", "马里"));
        assert!(covered(&lex, "江苏联通公司", "苏联"), "the name inside the word");
        assert!(
            !covered(&lex, "巴林和卡塔尔", "巴林"),
            "the word is not in the text"
        );
        assert!(!covered(&lex, "巴林左", "巴林"), "only part of the word");
        assert!(!covered(&lex, "苏联解体", "苏联"));
        assert!(
            !covered(&lexicon(&["巴林"]), "巴林", "巴林"),
            "the name itself is no longer word"
        );
        assert!(
            !covered(&Lexicon::default(), "巴林左旗", "巴林"),
            "an empty lexicon"
        );
        assert!(!covered(&lex, "Mario", "Mario"), "not Han nor kana");
        assert!(
            !covered(&lex, "马里总统科", "马里"),
            "a word's reach ends inside a character"
        );
    }

    #[test]
    fn bad_words_name_their_origin() {
        let err = Lexicon::new([("mine.txt", 3, " \u{200B}")]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "mine.txt:3: field `cjk_lexicon`: word \" \\u{200b}\" normalizes to nothing"
        );
        let long = "长".repeat(22);
        assert!(Lexicon::new([("<code>", 1, long.as_str())]).is_err());
        assert!(Lexicon::new([("<code>", 1, "巴林 左旗")]).is_err());
    }

    /// The embedded words compile, and stay small: the README quotes this
    /// heap (`cargo test --lib embedded -- --nocapture`).
    #[cfg(feature = "cjk-lexicon")]
    #[test]
    fn the_embedded_lexicon_is_small() {
        let lexicon = Lexicon::new(embedded_words()).expect("the embedded words compile");
        let words = embedded_words().count();
        println!(
            "embedded CJK lexicon: {words} words, {} bytes of heap",
            lexicon.memory_usage()
        );
        assert!(words > 500, "{words} words");
        assert!(lexicon.memory_usage() < 1 << 20);
        let norm = normalize("巴林左旗");
        assert!(lexicon.covers(&norm, 0, "巴林".len()));
    }

    #[test]
    fn katakana_letters_glue() {
        let norm = normalize("ネクタイ");
        assert!(katakana_glued(&norm, norm.find('タ').unwrap()));
        let norm = normalize("タイ・バンコク");
        assert!(
            !katakana_glued(&norm, norm.find('ハ').unwrap()),
            "the middle dot separates"
        );
        let norm = normalize("ガタイ");
        assert!(
            katakana_glued(&norm, norm.find('タ').unwrap()),
            "after a voiced letter"
        );
        let norm = normalize("がタイ");
        assert!(
            !katakana_glued(&norm, norm.find('タ').unwrap()),
            "hiragana, voiced"
        );
        let norm = normalize("ｶﾞﾀｲ");
        assert!(katakana_glued(&norm, norm.find('タ').unwrap()), "half-width");
        assert!(!katakana_glued("タイ国", 6), "Han after katakana");
        assert!(katakana_pair(Some('ー'), Some('タ')));
    }
}
