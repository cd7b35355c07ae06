//! Dotted foreign names in Chinese and Japanese: parts written in
//! transliteration characters, joined by a middle dot, are a person's name
//! ("唐纳德·特朗普", "布莱恩 ·基尔米德", "ドナルド・トランプ"), and the last
//! part alone later in the same text is that person again.
//!
//! - **Dots**: · (U+00B7), ・ (U+30FB), ･ (U+FF65), • (U+2022), ‧
//!   (U+2027), with at most one space on each side, as the press writes them.
//! - **Parts**: two to four, all of one script. A katakana part is a run of
//!   katakana letters (and ー), two at least. A Han part is a run of the
//!   characters of `dotted_han.txt`: those that Unicode CLDR's
//!   es_FONIPA-zh transform writes (GB/T 17693.5-2009, the Xinhua-style
//!   table) and those of the Chinese aliases of our people of countries that
//!   do not write names in Han (`gazetteers/build/dotted_han.py`); the last
//!   part two characters at least, the others one ("乔·拜登"). A Japanese
//!   name may hold a Latin initial between dots ("ジョン・F・ケネディ").
//!   Chinese has no spaces, so a Han part runs back to the first character
//!   outside the set: a part that starts after a common word in the set
//!   (年, 内, 多…) takes it in. A hyphen between two runs joins them into
//!   one part ("迪亚兹-巴拉特", "ジャン＝ピエール": - ‐ － = ＝).
//! - **What stops a match**: a part that is a head word of a place or
//!   institution (センター, ホテル…), or such a word right after the name
//!   (大学, 机场, 基金会, 空港, 財団…); a name longer than [`CONTEXT`] bytes;
//!   a dot before the first part or after the last (a list, not a name);
//!   and, in the scanner, a listed mention that overlaps it ("アメリカ・ロシア"
//!   is two countries).
//! - **The last part alone**: where the run of transliteration characters
//!   (katakana, or Han of the set) is exactly a remembered last part, it is
//!   that person: a katakana run is a word of Japanese; a Han run is bounded
//!   by characters outside the set ("基尔米德说"), the word boundary Chinese
//!   gives here. A run that a dot touches is part of a dotted name.

use aho_corasick::AhoCorasick;
use once_cell::sync::Lazy;

use super::CONTEXT;
use super::caseless::{Found, FoundKind};

/// The middle dots that join the parts.
fn is_dot(c: char) -> bool {
    matches!(c, '\u{00B7}' | '\u{30FB}' | '\u{FF65}' | '\u{2022}' | '\u{2027}')
}

/// The dots, as a search.
static DOTS: Lazy<AhoCorasick> = Lazy::new(|| {
    // Invariant: five short literal patterns always build.
    AhoCorasick::new(["\u{00B7}", "\u{30FB}", "\u{FF65}", "\u{2022}", "\u{2027}"]).expect("the dots build")
});

/// The spaces that may stand beside a dot.
fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{3000}')
}

/// A katakana letter or the prolonged sound mark: not the middle dot.
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
}

/// The script of a part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Han,
    Kana,
}

/// The CJK unified ideographs the Han characters of transliterations are
/// taken from (others are no part of a run).
const IDEOGRAPHS: std::ops::RangeInclusive<char> = '\u{4E00}'..='\u{9FFF}';

/// The Han characters of transliterations among [`IDEOGRAPHS`], a bit each
/// (2.6 KB): one test a character where a sorted list took a binary search
/// of ten steps, and every character of a Chinese text is tested.
static HAN: Lazy<Vec<u64>> = Lazy::new(|| {
    let mut bits = vec![0; ideograph_index(*IDEOGRAPHS.end()) / 64 + 1];
    let chars = include_str!("dotted_han.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::chars)
        .filter(|c| IDEOGRAPHS.contains(c));
    for c in chars {
        let i = ideograph_index(c);
        bits[i / 64] |= 1 << (i % 64);
    }
    bits
});

/// Where `c`, one of [`IDEOGRAPHS`], is among them.
fn ideograph_index(c: char) -> usize {
    (u32::from(c) - u32::from(*IDEOGRAPHS.start())) as usize
}

/// Whether `c` is a Han character of transliterations.
fn is_transliteration_han(c: char) -> bool {
    IDEOGRAPHS.contains(&c) && {
        let i = ideograph_index(c);
        HAN[i / 64] & (1 << (i % 64)) != 0
    }
}

fn script_of(c: char) -> Option<Script> {
    if is_katakana(c) {
        Some(Script::Kana)
    } else if is_transliteration_han(c) {
        Some(Script::Han)
    } else {
        None
    }
}

/// Katakana words that make a dotted run the name of a place, a building or
/// an organisation rather than a person.
const KANA_HEADS: &[&str] = &[
    "センター",
    "ホテル",
    "タワー",
    "ビル",
    "ホール",
    "パーク",
    "スクエア",
    "スタジアム",
    "アリーナ",
    "ストリート",
    "アベニュー",
    "カンパニー",
    "グループ",
    "コーポレーション",
    "ニュース",
    "テレビ",
    "ラジオ",
    "クラブ",
    "チーム",
    "ファンド",
    "プロジェクト",
    "プラン",
    "ドクトリン",
    "ライン",
    "システム",
];

/// Han words after a name that make it the name of something else (a
/// university, an airport, a foundation, a prize, a ship).
const HAN_HEADS: &[&str] = &[
    "大学",
    "学院",
    "机场",
    "機場",
    "空港",
    "基金",
    "财团",
    "財団",
    "中心",
    "研究所",
    "公司",
    "集团",
    "酒店",
    "医院",
    "病院",
    "博物馆",
    "博物館",
    "美术馆",
    "美術館",
    "纪念",
    "記念",
    "奖",
    "賞",
    "号",
    "號",
    "街",
    "路",
    "广场",
    "広場",
    "大道",
    "体育场",
    "球場",
    "剧院",
    "劇場",
    "图书馆",
    "図書館",
    "俱乐部",
    "通り",
    "主义",
    "主義",
    "定律",
    "效应",
    "方程",
    "级",
    "級",
    "社",
    "大楼",
    "大樓",
    "大厦",
    "大廈",
    "大桥",
    "大橋",
];

/// Where the run of `script` characters that ends at `end` begins.
fn run_start(text: &str, end: usize, script: Script) -> usize {
    let mut start = end;
    for (i, c) in text[..end].char_indices().rev() {
        if script_of(c) != Some(script) {
            break;
        }
        start = i;
    }
    start
}

/// Where the run of `script` characters that begins at `start` ends.
fn run_end(text: &str, start: usize, script: Script) -> usize {
    text[start..]
        .char_indices()
        .find(|&(_, c)| script_of(c) != Some(script))
        .map_or(text.len(), |(i, _)| start + i)
}

/// The hyphens that join two runs into one part ("迪亚兹-巴拉特",
/// "ジャン＝ピエール").
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{FF0D}' | '=' | '\u{FF1D}')
}

/// Where the part that ends at `end` begins: runs of `script` joined by
/// hyphens.
fn part_start(text: &str, end: usize, script: Script) -> usize {
    let mut start = run_start(text, end, script);
    while start < end {
        let Some(h) = text[..start].chars().next_back().filter(|&c| is_hyphen(c)) else {
            break;
        };
        let before = start - h.len_utf8();
        let run = run_start(text, before, script);
        if run == before {
            break;
        }
        start = run;
    }
    start
}

/// Where the part that begins at `start` ends: runs of `script` joined by
/// hyphens.
fn part_end(text: &str, start: usize, script: Script) -> usize {
    let mut end = run_end(text, start, script);
    while end > start {
        let Some(h) = text[end..].chars().next().filter(|&c| is_hyphen(c)) else {
            break;
        };
        let after = end + h.len_utf8();
        let run = run_end(text, after, script);
        if run == after {
            break;
        }
        end = run;
    }
    end
}

/// `at` past one space backwards, if there is one.
fn gap_before(text: &str, at: usize) -> usize {
    match text[..at].chars().next_back() {
        Some(c) if is_gap(c) => at - c.len_utf8(),
        _ => at,
    }
}

/// `at` past one space, if there is one.
fn gap_after(text: &str, at: usize) -> usize {
    match text[at..].chars().next() {
        Some(c) if is_gap(c) => at + c.len_utf8(),
        _ => at,
    }
}

/// The dot at `at`, if one is there: its length.
fn dot_at(text: &str, at: usize) -> Option<usize> {
    text[at..]
        .chars()
        .next()
        .filter(|&c| is_dot(c))
        .map(char::len_utf8)
}

/// A Latin initial of a Japanese name at `at` ("F" or "F."), before a dot:
/// where it ends.
fn initial_at(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    if !b.get(at).is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let end = at + 1 + usize::from(b.get(at + 1) == Some(&b'.'));
    dot_at(text, gap_after(text, end)).map(|_| end)
}

/// A dotted name whose first dot is at `dot`: (start, where its last part
/// begins, end), or None.
fn name_at(text: &str, dot: usize) -> Option<(usize, usize, usize)> {
    let left_end = gap_before(text, dot);
    let script = script_of(text[..left_end].chars().next_back()?)?;
    let start = part_start(text, left_end, script);
    // A dot before the first part: a list or a longer name seen earlier.
    if dot_at_end(text, gap_before(text, start)) {
        return None;
    }
    let mut parts = 1;
    let mut at = dot + dot_at(text, dot)?;
    let (last, end) = loop {
        let part = gap_after(text, at);
        if script == Script::Kana
            && let Some(initial) = initial_at(text, part)
        {
            let next = gap_after(text, initial);
            at = next + dot_at(text, next)?;
            continue;
        }
        let part_end = part_end(text, part, script);
        if part_end == part || is_head(script, &text[part..part_end]) {
            return None;
        }
        parts += 1;
        let next = gap_after(text, part_end);
        match dot_at(text, next) {
            Some(len) if parts < 4 => at = next + len,
            Some(_) => return None,
            None => break (part, part_end),
        }
    };
    let first = &text[start..left_end];
    let chars = |s: &str| s.chars().count();
    let short = match script {
        Script::Kana => chars(first) < 2 || chars(&text[last..end]) < 2 || is_head(script, first),
        Script::Han => chars(&text[last..end]) < 2,
    };
    if short || end - start > CONTEXT {
        return None;
    }
    // A head word after the name, or inside its last run of Han (大 of
    // 大楼 is in the set: "杜鲁门大楼").
    let mut heads = text[last..end].char_indices().skip(2).map(|(i, _)| last + i);
    if head_follows(&text[end..]) || heads.any(|at| head_follows(&text[at..])) {
        return None;
    }
    Some((start, last, end))
}

/// Whether a dot ends `text[..at]`.
fn dot_at_end(text: &str, at: usize) -> bool {
    text[..at].chars().next_back().is_some_and(is_dot)
}

/// Whether a katakana part is a head word.
fn is_head(script: Script, part: &str) -> bool {
    script == Script::Kana && KANA_HEADS.contains(&part)
}

/// Whether a head word begins `rest`.
fn head_follows(rest: &str) -> bool {
    HAN_HEADS.iter().any(|h| rest.starts_with(h))
}

/// Pushes to `out` the dotted names of `text` whose start `keep` accepts.
pub(super) fn find(text: &str, keep: &impl Fn(usize) -> bool, out: &mut Vec<Found>) {
    let mut done = 0;
    // The dots are found by the automaton's fast search, not by decoding
    // every character (which cost 12 instructions a byte, callgrind).
    for found in DOTS.find_iter(text) {
        let dot = found.start();
        if dot < done {
            continue;
        }
        if let Some((start, last, end)) = name_at(text, dot) {
            done = end;
            if keep(start) {
                out.push(Found {
                    start,
                    end,
                    kind: FoundKind::Name(Some(last)),
                });
            }
        }
    }
}

/// Pushes to `out` the runs of transliteration characters of `text` (two
/// characters at least) that no dot touches, whose start `keep` accepts:
/// where the last part of a dotted name may stand alone.
pub(super) fn find_runs(text: &str, keep: &impl Fn(usize) -> bool, out: &mut Vec<Found>) {
    let mut at = 0;
    while let Some((i, c)) = text[at..].char_indices().find(|&(_, c)| script_of(c).is_some()) {
        let start = at + i;
        let Some(script) = script_of(c) else { break };
        let end = run_end(text, start, script);
        at = end;
        let dotted =
            dot_at_end(text, gap_before(text, start)) || dot_at(text, gap_after(text, end)).is_some();
        if !dotted && text[start..end].chars().nth(1).is_some() && end - start <= CONTEXT && keep(start) {
            out.push(Found {
                start,
                end,
                kind: FoundKind::Run,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_han_bits_are_the_listed_characters() {
        let listed: std::collections::BTreeSet<char> = include_str!("dotted_han.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::chars)
            .filter(|c| IDEOGRAPHS.contains(c))
            .collect();
        assert!(listed.len() > 100, "the list is read");
        for c in IDEOGRAPHS.chain(['a', '·', 'ア', '\u{3400}', '\u{20000}']) {
            assert_eq!(is_transliteration_han(c), listed.contains(&c), "{c}");
        }
    }

    fn names(text: &str) -> Vec<(&str, &str)> {
        let mut out = Vec::new();
        find(text, &|_| true, &mut out);
        out.iter()
            .map(|f| match f.kind {
                FoundKind::Name(Some(last)) => (&text[f.start..f.end], &text[last..f.end]),
                _ => unreachable!("find pushes names"),
            })
            .collect()
    }

    #[test]
    fn dotted_names_and_their_last_parts() {
        assert_eq!(names("国务卿安东尼·布林肯说"), [("安东尼·布林肯", "布林肯")]);
        assert_eq!(
            names("主持人布莱恩 ·基尔米德"),
            [("布莱恩 ·基尔米德", "基尔米德")]
        );
        assert_eq!(
            names("ドナルド・トランプ大統領"),
            [("ドナルド・トランプ", "トランプ")]
        );
        assert_eq!(
            names("ジョン・F・ケネディ氏"),
            [("ジョン・F・ケネディ", "ケネディ")]
        );
        assert_eq!(names("乔·拜登"), [("乔·拜登", "拜登")]);
        assert_eq!(
            names("马里奥·迪亚兹-巴拉特（"),
            [("马里奥·迪亚兹-巴拉特", "迪亚兹-巴拉特")]
        );
        assert_eq!(
            names("ジャン＝ピエール・ラファラン"),
            [("ジャン＝ピエール・ラファラン", "ラファラン")]
        );
        assert_eq!(
            names("乔·拜登-"),
            [("乔·拜登", "拜登")],
            "no run after the hyphen"
        );
    }

    #[test]
    fn what_is_no_dotted_name() {
        assert!(names("乔治·华盛顿大学").is_empty(), "a head word after");
        assert!(names("哈里·杜鲁门大楼").is_empty(), "a head word inside the run");
        assert!(names("ケネディ・センター").is_empty(), "a head part");
        assert!(names("特朗普·").is_empty(), "no part after the dot");
        assert!(names("拜登·乔").is_empty(), "a one-character last part");
        assert!(names("中国·北京").is_empty(), "not transliteration characters");
        assert!(names("ト・トランプ").is_empty(), "a one-letter katakana part");
        assert!(names("ドナルド・特朗普").is_empty(), "two scripts");
        assert!(names("阿·贝·克·德·埃").is_empty(), "five parts");
    }

    #[test]
    fn runs_that_no_dot_touches() {
        let text = "基尔米德说，唐纳德·特朗普和トランプ";
        let mut out = Vec::new();
        find_runs(text, &|_| true, &mut out);
        let runs: Vec<&str> = out.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(runs, ["基尔米德", "トランプ"]);
    }
}
