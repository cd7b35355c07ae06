//! A naive reference matcher, written from the rules in the README and
//! nothing else: it tries every pair of char boundaries of the original
//! text, normalizes that substring on its own, and applies the boundary,
//! case, language, short-form and overlap rules literally. Quadratic and slow on
//! purpose: it is the specification the real matcher is checked against.

#![allow(dead_code)]

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// One alias of one entity, as the reference sees it.
#[derive(Clone, Debug)]
pub struct RefAlias {
    pub entity: String,
    pub text: String,
    pub case: gazner::CaseRule,
    pub short: bool,
    pub standalone: bool,
    /// The entity is hidden: it covers text, is never reported.
    pub hidden: bool,
    /// The id in the entity's `meta.country`, if any.
    pub country: Option<String>,
    /// Its languages (none: untagged), and whether it counts only where the
    /// text is known to be in one of them.
    pub langs: Vec<String>,
    pub lang_only: bool,
}

/// The language rule (README, "Language of the text"): the text's language
/// `lang` (`None`: not known) counts as unknown unless some alias is tagged
/// with it; then a tagged alias counts only where it is one of its
/// languages, and a `lang_only` one never where the language is unknown.
fn language_ok(alias: &RefAlias, aliases: &[RefAlias], lang: Option<&str>) -> bool {
    let lang = lang.filter(|l| aliases.iter().any(|a| a.langs.iter().any(|x| x == l)));
    match lang {
        _ if alias.langs.is_empty() => true,
        None => !alias.lang_only,
        Some(l) => alias.langs.iter().any(|x| x == l),
    }
}

/// A mention: byte span and candidate entity ids, in gazetteer order.
pub type RefMention = (usize, usize, Vec<String>);

/// Characters that normalization deletes.
fn is_removed(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_spaceless(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF | 0x19E0..=0x19FF | 0x2E80..=0x2FDF
        | 0x3005..=0x3007 | 0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x20000..=0x3FFFF)
}

/// Where the normalized name `sub` may end, before the normalized text
/// `after`: a boundary, or between two Hangul characters (syllables or
/// jamo), since Korean particles are part of the word; a name of one or two
/// syllables only before the endings of `src/rules/korean_endings.txt` (at
/// most two suffixes, then at most one particle) that end the word.
fn end_boundary(sub: &str, after: &str) -> bool {
    let hangul = |c: char| matches!(c as u32, 0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xD7B0..=0xD7FF);
    let (left, right) = (sub.chars().next_back(), after.chars().next());
    if boundary(left, right) && !katakana_run(sub.chars().rev(), right) {
        return true;
    }
    if !matches!((left, right), (Some(l), Some(r)) if hangul(l) && hangul(r)) {
        return false;
    }
    let syllables = sub
        .nfc()
        .filter(|c| matches!(*c as u32, 0xAC00..=0xD7A3 | 0x1100..=0x115F | 0xA960..=0xA97F))
        .count();
    if syllables > 2 {
        return true;
    }
    let composed: Vec<char> = after.nfc().collect();
    let word: Vec<char> = composed
        .iter()
        .copied()
        .take_while(|c| matches!(*c as u32, 0xAC00..=0xD7A3))
        .collect();
    if composed.get(word.len()).is_some_and(|&c| is_word(c)) {
        return false;
    }
    korean_endings(&word, 0)
}

/// The endings of `src/rules/korean_endings.txt`: (suffixes, particles).
fn endings_list() -> (Vec<&'static str>, Vec<&'static str>) {
    let mut lists = (Vec::new(), Vec::new());
    for line in include_str!("../../src/rules/korean_endings.txt").lines() {
        match line.split_once('\t') {
            Some(("suffix", s)) => lists.0.push(s),
            Some(("particle", p)) => lists.1.push(p),
            _ => {}
        }
    }
    lists
}

/// Whether `word` is at most `2 - used` suffixes then at most one particle, not empty.
fn korean_endings(word: &[char], used: usize) -> bool {
    let (suffixes, particles) = endings_list();
    let text: String = word.iter().collect();
    if !text.is_empty() && particles.contains(&text.as_str()) {
        return true;
    }
    used < 2
        && suffixes.iter().any(|s| {
            text.strip_prefix(s).is_some_and(|rest| {
                rest.is_empty() || korean_endings(&rest.chars().collect::<Vec<_>>(), used + 1)
            })
        })
}

/// Whether the katakana letter that `side` starts with (past voicing marks)
/// and `other` are both katakana letters: a katakana run goes on.
fn katakana_run(mut side: impl Iterator<Item = char>, other: Option<char>) -> bool {
    let letter = |c: char| matches!(c as u32, 0x30A1..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF);
    side.find(|&c| c != '\u{3099}' && c != '\u{309A}')
        .is_some_and(letter)
        && other.is_some_and(letter)
}

/// Han and kana, the characters of the names the CJK lexicon looks at.
fn is_han_or_kana(c: char) -> bool {
    matches!(c as u32,
        0x3005..=0x3007 | 0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// Whether a word of `lexicon` (normalized) lies in `text` over the span
/// `s..e` and is longer, where the span's normalized text starts or ends
/// with Han or kana.
fn inside_lexicon_word(text: &str, bounds: &[usize], s: usize, e: usize, lexicon: &[String]) -> bool {
    let sub = gazner::normalize(&text[s..e]);
    let cjk_end =
        sub.chars().next().is_some_and(is_han_or_kana) || sub.chars().next_back().is_some_and(is_han_or_kana);
    if !cjk_end || lexicon.is_empty() {
        return false;
    }
    let starts = bounds.iter().copied().filter(|&b| b <= s && b + 256 >= s);
    starts.into_iter().any(|ws| {
        bounds
            .iter()
            .copied()
            .filter(|&b| b >= e && b <= e + 256)
            .any(|we| {
                (ws, we) != (s, e) && {
                    let word = gazner::normalize(&text[ws..we]);
                    word.len() > sub.len() && lexicon.contains(&word)
                }
            })
    })
}

/// Where a name may start, after the normalized text `before`: a boundary,
/// or when the name is in Arabic script, right after proclitics that start
/// a word: و or ف, ب or ل or ك, or one of the first two then one of the
/// last three; ك only before the article ال.
fn start_boundary(before: &str, name: &str) -> bool {
    let first = name.chars().next();
    if boundary(before.chars().next_back(), first) && !katakana_run(before.chars().rev(), first) {
        return true;
    }
    let arabic = |c: char| {
        matches!(c as u32, 0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF)
            && c.is_alphabetic()
            && !is_combining_mark(c)
    };
    if !first.is_some_and(arabic) {
        return false;
    }
    ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]
        .iter()
        .any(|p| {
            before.strip_suffix(p).is_some_and(|rest| {
                boundary(rest.chars().next_back(), p.chars().next())
                    && (!p.ends_with('ك') || name.starts_with("ال"))
            })
        })
}

/// The word-boundary rule between two normalized characters.
fn boundary(left: Option<char>, right: Option<char>) -> bool {
    match (left, right) {
        (Some(_), Some(r)) if is_combining_mark(r) => false,
        (Some(l), Some(r)) if is_word(l) && is_word(r) => is_spaceless(l) || is_spaceless(r),
        _ => true,
    }
}

/// Letters and digits with their case, accents removed: what the case
/// rules compare. (Punctuation and spaces already agree once folded.)
fn cased_letters(s: &str) -> Vec<Vec<char>> {
    let mut words: Vec<Vec<char>> = Vec::new();
    let mut in_word = false;
    for c in s.nfkd() {
        if is_combining_mark(c) || is_removed(c) {
            continue;
        }
        let c = match c {
            'ø' => 'o',
            'Ø' => 'O',
            'ł' => 'l',
            'Ł' => 'L',
            'đ' | 'ð' => 'd',
            'Đ' | 'Ð' => 'D',
            'ı' => 'i',
            other => other,
        };
        if c.is_alphanumeric() {
            if !in_word {
                words.push(Vec::new());
            }
            words.last_mut().unwrap().push(c);
            in_word = true;
        } else {
            in_word = false;
        }
    }
    words
}

fn case_ok(rule: gazner::CaseRule, alias: &str, surface: &str) -> bool {
    let (a, s) = (cased_letters(alias), cased_letters(surface));
    match rule {
        gazner::CaseRule::Exact => a == s,
        gazner::CaseRule::Proper => {
            a.len() == s.len()
                && a.iter()
                    .zip(&s)
                    .all(|(a, s)| !a[0].is_uppercase() || s[0].is_uppercase())
        }
        _ => true,
    }
}

/// An exact alias written in capitals only.
fn shouting_acronym(alias: &RefAlias) -> bool {
    let letters: Vec<char> = alias.text.chars().filter(|c| c.is_alphabetic()).collect();
    alias.case == gazner::CaseRule::Exact && !letters.is_empty() && letters.iter().all(|c| c.is_uppercase())
}

/// The nearest word on one side, within 64 bytes, the same line and the same
/// sentence: None if there is none, else whether it has two letters or
/// more, all capitals.
/// `side` holds the (byte offset, char) pairs walking away from the match.
fn near_word(side: Vec<(usize, char)>, edge: usize) -> Option<bool> {
    let within: Vec<char> = side
        .into_iter()
        .take_while(|&(i, _)| i.abs_diff(edge) <= 64)
        .map(|(_, c)| c)
        .collect();
    let stop = |c: char| matches!(c, '\n' | '.' | '!' | '?' | ';' | ':');
    let mut chars = within
        .into_iter()
        .skip_while(|&c| !is_word(c) && !stop(c))
        .peekable();
    if chars.peek().is_none_or(|&c| stop(c)) {
        return None;
    }
    let letters: Vec<char> = chars
        .take_while(|&c| is_word(c))
        .filter(|c| c.is_alphabetic())
        .collect();
    Some(letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()))
}

/// Text in capitals around `s..e`: both neighbours are capital words, or one
/// is and the other is absent.
fn shouted(text: &str, s: usize, e: usize) -> bool {
    let left = near_word(
        text[..s]
            .char_indices()
            .rev()
            .filter(|&(i, _)| i + 64 >= s)
            .collect(),
        s,
    );
    let right = near_word(
        text[e..]
            .char_indices()
            .map(|(i, c)| (e + i, c))
            .filter(|&(i, c)| i + c.len_utf8() <= e + 64)
            .collect(),
        e,
    );
    matches!(
        (left, right),
        (Some(true), Some(true)) | (Some(true), None) | (None, Some(true))
    )
}

/// A word that starts with a capital and has a lowercase letter.
fn capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// English days and months (README, "Standalone names" and "Unlisted
/// people").
pub const DAYS_AND_MONTHS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Titles written before a name (README, "Standalone names"): the list the
/// engine reads, one a line.
const TITLES: &str = include_str!("../../src/rules/titles.txt");

/// A standalone alias at `s..e` glued to a capitalized word (README,
/// "Standalone names"), looking 64 bytes to each side; `any` holds every
/// boundary-valid candidate span, whatever its case.
/// engine branch, titles of several words: whether `text` ends with one
/// of `titles.txt` that holds a space, its first letter in either case,
/// after no letter, digit or mark.
fn ends_with_long_title(text: &str) -> bool {
    TITLES.lines().filter(|t| t.contains(' ')).any(|t| {
        let first: String = t.chars().take(1).collect();
        let rest = &t[first.len()..];
        [first.clone(), first.to_lowercase()].iter().any(|f| {
            text.ends_with(&format!("{f}{rest}"))
                && !text[..text.len() - f.len() - rest.len()]
                    .chars()
                    .next_back()
                    .is_some_and(is_word)
        })
    })
}

fn glued(text: &str, s: usize, e: usize, any: &[(usize, usize)]) -> bool {
    let mut lo = s.saturating_sub(64);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (e + 64).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let glue = |c: char| c == ' ' || c == '\u{A0}';
    // Left: "word<glue>" just before s, the word whole within lo..s.
    let mut left = false;
    let before: Vec<(usize, char)> = text[lo..s].char_indices().map(|(i, c)| (lo + i, c)).collect();
    if let Some(&(g, c)) = before.last()
        && glue(c)
    {
        let word: Vec<(usize, char)> = before[..before.len() - 1]
            .iter()
            .rev()
            .take_while(|&&(_, c)| is_word(c))
            .copied()
            .collect();
        if let Some(&(ws, _)) = word.last()
            && ws > lo
        {
            let w = &text[ws..g];
            let prev = text[lo..ws]
                .chars()
                .rev()
                .find(|&c| !matches!(c, ' ' | '\t' | '\u{A0}'));
            let mid_sentence = prev.is_some_and(|c| is_word(c) || c == ',' || c == '\'' || c == '\u{2019}');
            left = capitalized(w)
                && mid_sentence
                && !DAYS_AND_MONTHS.contains(&w)
                && !TITLES.lines().any(|t| t == w)
                && !ends_with_long_title(&text[lo..g])
                && !any.iter().any(|&(_, ce)| ce == g);
        }
    }
    // Right: "<glue>word" just after e, whole (or ending the text), and not
    // followed by "<glue>Capitalized".
    let word_after = |from: usize| -> Option<(usize, usize)> {
        let c = text[from..hi].chars().next().filter(|&c| glue(c))?;
        let ws = from + c.len_utf8();
        let len: usize = text[ws..hi]
            .chars()
            .take_while(|&c| is_word(c))
            .map(char::len_utf8)
            .sum();
        (len > 0 && (ws + len < hi || hi == text.len())).then_some((ws, ws + len))
    };
    let right = word_after(e).is_some_and(|(ws, we)| {
        capitalized(&text[ws..we])
            && !any.iter().any(|&(cs, _)| cs == ws)
            && !word_after(we).is_some_and(|(ns, ne)| capitalized(&text[ns..ne]))
    });
    if !(left || right) {
        return false;
    }
    // Title case: no long word starting lowercase on the line around, and
    // three capitalized ones.
    let line_start = text[lo..s].rfind('\n').map_or(lo, |i| lo + i + 1);
    let line_end = text[e..hi].find('\n').map_or(hi, |i| e + i);
    let mut caps = 0;
    for side in [&text[line_start..s], &text[e..line_end]] {
        for w in side.split(|c: char| !is_word(c)) {
            if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                if w.chars().next().is_some_and(char::is_lowercase) {
                    return true;
                }
                caps += usize::from(capitalized(w));
            }
        }
    }
    caps < 3
}

/// Every span whose substring normalizes to some alias and sits on word
/// boundaries, whatever the case rules say.
fn candidates_any_case(
    normalized: &[String],
    bounds: &[usize],
    text: &str,
    lexicon: &[String],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (si, &s) in bounds.iter().enumerate() {
        if text[s..].chars().next().is_none_or(is_removed) {
            continue;
        }
        let before = gazner::normalize(&text[..s]);
        for &e in &bounds[si + 1..] {
            let last = text[..e].chars().next_back().unwrap();
            if is_removed(last) || text[e..].chars().next().is_some_and(is_combining_mark) {
                continue;
            }
            let sub = gazner::normalize(&text[s..e]);
            let after = gazner::normalize(&text[e..]);
            if normalized.contains(&sub)
                && start_boundary(&before, &sub)
                && end_boundary(&sub, &after)
                && !inside_lexicon_word(text, bounds, s, e, lexicon)
            {
                out.push((s, e));
            }
        }
    }
    out
}

/// Every mention of `aliases` in `text`, by the rules, in order of start
/// (longest first); `all` reports nested and overlapping ones too.
pub fn reference(aliases: &[RefAlias], entity_order: &[String], text: &str, all: bool) -> Vec<RefMention> {
    reference_full(aliases, entity_order, text, all, None, &[])
}

/// Like [`reference`], for a text in the language `lang` (`None`: unknown).
pub fn reference_in(
    aliases: &[RefAlias],
    entity_order: &[String],
    text: &str,
    all: bool,
    lang: Option<&str>,
) -> Vec<RefMention> {
    reference_full(aliases, entity_order, text, all, lang, &[])
}

/// [`reference`] for an extractor whose CJK lexicon is `words` and nothing
/// else (`default_cjk_lexicon(false).cjk_lexicon(words)`).
pub fn reference_with_lexicon(
    aliases: &[RefAlias],
    entity_order: &[String],
    text: &str,
    all: bool,
    words: &[String],
) -> Vec<RefMention> {
    reference_full(aliases, entity_order, text, all, None, words)
}

/// [`reference`] for a text in the language `lang` and an extractor whose
/// CJK lexicon is `words` and nothing else.
pub fn reference_full(
    aliases: &[RefAlias],
    entity_order: &[String],
    text: &str,
    all: bool,
    lang: Option<&str>,
    words: &[String],
) -> Vec<RefMention> {
    listed_full(aliases, entity_order, text, all, lang, words).mentions
}

/// What the listed names come to in a text, for the unlisted-person rule
/// (`reference_unlisted`) too.
pub struct Listed {
    /// The mentions reported, as [`reference_full`] returns them.
    pub mentions: Vec<RefMention>,
    /// The spans of every accepted listed mention, hidden ones included:
    /// they cover the text even where nothing is reported.
    pub accepted: Vec<(usize, usize)>,
    /// Every span some alias matches by the rules (whatever the overlap
    /// mode), with each matching alias's entity and whether it is short.
    pub matches: Vec<RefMatch>,
}

/// A span some alias matches: each matching alias's entity, and whether
/// the alias is short.
pub type RefMatch = (usize, usize, Vec<(String, bool)>);

/// [`reference_full`], with the accepted spans and the matches kept.
pub fn listed_full(
    aliases: &[RefAlias],
    entity_order: &[String],
    text: &str,
    all: bool,
    lang: Option<&str>,
    words: &[String],
) -> Listed {
    let lexicon: Vec<String> = words.iter().map(|w| gazner::normalize(w)).collect();
    let lexicon = &lexicon[..];
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let normalized: Vec<String> = aliases
        .iter()
        .map(|a| gazner::normalize(&a.text).trim_matches(' ').to_string())
        .collect();
    let any: Vec<(usize, usize)> = candidates_any_case(&normalized, &bounds, text, lexicon);
    // Candidate spans whose substring normalizes to an alias and sits on boundaries.
    let mut spans: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    for (si, &s) in bounds.iter().enumerate() {
        let first = text[s..].chars().next();
        if first.is_none_or(is_removed) {
            continue;
        }
        let before = gazner::normalize(&text[..s]);
        for &e in &bounds[si + 1..] {
            let last = text[..e].chars().next_back().unwrap();
            let next = text[e..].chars().next();
            if is_removed(last) || next.is_some_and(is_combining_mark) {
                continue;
            }
            let sub = gazner::normalize(&text[s..e]);
            let after = gazner::normalize(&text[e..]);
            let hits: Vec<usize> = (0..aliases.len())
                .filter(|&i| normalized[i] == sub)
                .filter(|_| start_boundary(&before, &sub) && end_boundary(&sub, &after))
                .filter(|_| !inside_lexicon_word(text, &bounds, s, e, lexicon))
                .filter(|&i| case_ok(aliases[i].case, &aliases[i].text, &text[s..e]))
                .filter(|&i| language_ok(&aliases[i], aliases, lang))
                .filter(|&i| !(shouting_acronym(&aliases[i]) && shouted(text, s, e)))
                .filter(|&i| !(aliases[i].standalone && glued(text, s, e, &any)))
                .collect();
            if !hits.is_empty() {
                spans.push((s, e, hits));
            }
        }
    }
    // Hyphenated compounds: a span joined by a hyphen to a capitalized word
    // that no boundary-valid candidate (any case) covers is only part of a name.
    spans.retain(|&(s, e, _)| {
        // An acronym (two letters or more, all capitals) joined to a word with
        // a lowercase letter (within 64 bytes) is a compound noun.
        let letters: Vec<char> = text[s..e].chars().filter(|c| c.is_alphabetic()).collect();
        let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
        let mut after = text[e..].chars();
        if let Some(h) = after
            .next()
            .filter(|&c| matches!(c, '-' | '\u{2010}' | '\u{2011}'))
            && after.next().is_some_and(char::is_uppercase)
            && !any.iter().any(|&(cs, _)| cs == e + h.len_utf8())
        {
            let word_at = e + h.len_utf8();
            let lowercase = text[word_at..]
                .char_indices()
                .take_while(|&(i, c)| is_word(c) && word_at + i + c.len_utf8() <= e + 64)
                .any(|(_, c)| c.is_lowercase());
            if !(acronym && lowercase) {
                return false;
            }
        }
        let mut before = text[..s].chars().rev();
        if let Some(h) = before
            .next()
            .filter(|&c| matches!(c, '-' | '\u{2010}' | '\u{2011}'))
        {
            let hyphen_at = s - h.len_utf8();
            let word: Vec<char> = before.take_while(|&c| is_word(c)).collect();
            // The word must start within 64 bytes of the hyphen (the char it
            // starts after lies there, or it starts the text); a longer one
            // counts as not capitalized.
            let word_start = hyphen_at - word.iter().map(|c| c.len_utf8()).sum::<usize>();
            let mut floor = hyphen_at.saturating_sub(64);
            while !text.is_char_boundary(floor) {
                floor -= 1;
            }
            let within = if word_start == 0 {
                floor == 0
            } else {
                let prev = text[..word_start].chars().next_back().map_or(0, char::len_utf8);
                word_start - prev >= floor
            };
            let lowercase = word.iter().any(|c| c.is_lowercase());
            if within
                && word.last().is_some_and(|c| c.is_uppercase())
                && !any.iter().any(|&(_, ce)| ce == hyphen_at)
                && !(acronym && lowercase)
            {
                return false;
            }
        }
        true
    });
    spans.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let matches = spans
        .iter()
        .map(|(s, e, hits)| {
            let found = hits
                .iter()
                .map(|&i| (aliases[i].entity.clone(), aliases[i].short));
            (*s, *e, found.collect())
        })
        .collect();
    let mut accepted = Vec::new();
    let order = |id: &str| entity_order.iter().position(|x| x == id).unwrap();
    let mut out: Vec<RefMention> = Vec::new();
    let mut covered = 0;
    for (s, e, hits) in spans {
        if !all && s < covered {
            continue;
        }
        let mut ids: Vec<String> = Vec::new();
        for &i in hits.iter().filter(|&&i| !aliases[i].short) {
            if !ids.contains(&aliases[i].entity) {
                ids.push(aliases[i].entity.clone());
            }
        }
        ids.sort_by_key(|id| order(id));
        // Short forms: the entity mentioned most recently before `s`.
        let mut best: Option<(usize, &String)> = None;
        for &i in hits.iter().filter(|&&i| aliases[i].short) {
            let id = &aliases[i].entity;
            let seen = out
                .iter()
                .filter(|m| m.1 <= s && m.2.contains(id))
                .map(|m| m.1)
                .max();
            if let Some(seen) = seen
                && best.is_none_or(|(b, bid)| seen > b || (seen == b && order(id) < order(bid)))
            {
                best = Some((seen, id));
            }
        }
        // engine branch, short forms against tagged aliases: the short
        // form goes ahead of the entities named here only by aliases tagged
        // with languages, in text whose language is not known.
        if let Some((_, id)) = best {
            let known = lang.is_some_and(|l| aliases.iter().any(|a| a.langs.iter().any(|x| x == l)));
            let confirmed = |x: &String| {
                known
                    || hits
                        .iter()
                        .any(|&i| !aliases[i].short && &aliases[i].entity == x && aliases[i].langs.is_empty())
            };
            if !ids.contains(id) {
                ids.push(id.clone());
            }
            let (mut first, then): (Vec<String>, Vec<String>) =
                ids.into_iter().partition(|x| x == id || confirmed(x));
            first.extend(then);
            ids = first;
        }
        if ids.is_empty() {
            continue;
        }
        covered = covered.max(e);
        accepted.push((s, e));
        let hidden = |id: &String| aliases.iter().any(|a| &a.entity == id && a.hidden);
        // Generic names: the candidate whose country was the first candidate
        // of the latest earlier mention comes first (the first in order on a
        // tie); if it is hidden, nothing is reported.
        if ids.len() > 1 {
            let country = |id: &String| {
                aliases
                    .iter()
                    .find(|a| &a.entity == id)
                    .and_then(|a| a.country.clone())
            };
            let mut preferred: Option<(usize, usize)> = None;
            for (k, id) in ids.iter().enumerate() {
                let seen = country(id)
                    .and_then(|c| out.iter().filter(|m| m.1 <= s && m.2[0] == c).map(|m| m.1).max());
                if let Some(seen) = seen
                    && preferred.is_none_or(|(best, _)| seen > best)
                {
                    preferred = Some((seen, k));
                }
            }
            if let Some((_, k)) = preferred {
                if hidden(&ids[k]) {
                    continue;
                }
                let id = ids.remove(k);
                ids.insert(0, id);
            }
        }
        ids.retain(|id| !hidden(id));
        if !ids.is_empty() {
            out.push((s, e, ids));
        }
    }
    Listed {
        mentions: out,
        accepted,
        matches,
    }
}
