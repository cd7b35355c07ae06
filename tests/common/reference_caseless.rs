//! The caseless unlisted-people rules of the naive reference matcher,
//! written from their documentation (the module docs of
//! `src/rules/dotted.rs` and `src/rules/hangul_names.rs`, README "Unlisted
//! people"): vectors of characters and plain loops, every list searched by
//! a scan. It shares only the lists with the engine (read from the source
//! files), none of its code.

#![allow(dead_code)]

use super::reference::Listed;
use super::reference_unlisted::RefPerson;

/// The rules read at most this many bytes around a name.
const CONTEXT: usize = 64;

const DOTTED: &str = include_str!("../../src/rules/dotted.rs");
const HANGUL: &str = include_str!("../../src/rules/hangul_names.rs");
const HAN_SET: &str = include_str!("../../src/rules/dotted_han.txt");
const ENDINGS: &str = include_str!("../../src/rules/korean_endings.txt");

/// The quoted words of the array `const NAME: &[&str] = &[...]` of `source`.
fn array(source: &'static str, name: &str) -> Vec<&'static str> {
    let head = format!("const {name}: &[&str] = &[");
    let at = source.find(&head).unwrap_or_else(|| panic!("no array {name}")) + head.len();
    let body = &source[at..at + source[at..].find("];").expect("the array ends")];
    body.split('"').skip(1).step_by(2).collect()
}

/// The words of the list `const NAME: &str = "..."` of `source`.
fn list(source: &'static str, name: &str) -> Vec<&'static str> {
    let head = format!("const {name}: &str = \"");
    let at = source.find(&head).unwrap_or_else(|| panic!("no list {name}")) + head.len();
    let body = &source[at..at + source[at..].find('"').expect("the list ends")];
    body.split_whitespace().filter(|w| *w != "\\").collect()
}

fn particles() -> Vec<&'static str> {
    ENDINGS
        .lines()
        .filter_map(|l| l.strip_prefix("particle\t"))
        .collect()
}

/// What a character is to the dotted rule.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Class {
    Han,
    Kana,
    Dot,
    Gap,
    Hyphen,
    Other,
}

fn class(c: char) -> Class {
    let han: Vec<char> = HAN_SET
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::chars)
        .collect();
    if "·・･•‧".contains(c) {
        Class::Dot
    } else if c == ' ' || c == '\u{a0}' || c == '\u{3000}' {
        Class::Gap
    } else if "-\u{2010}\u{FF0D}=\u{FF1D}".contains(c) {
        Class::Hyphen
    } else if ('\u{30A1}'..='\u{30FA}').contains(&c)
        || ('\u{30FC}'..='\u{30FF}').contains(&c)
        || ('\u{31F0}'..='\u{31FF}').contains(&c)
        || ('\u{FF66}'..='\u{FF9F}').contains(&c)
    {
        Class::Kana
    } else if ('\u{4E00}'..='\u{9FFF}').contains(&c) && han.contains(&c) {
        Class::Han
    } else {
        Class::Other
    }
}

/// A caseless candidate: span, and for a dotted name the start of its last
/// part (`Some`), for a run `None` with `run` true.
struct Candidate {
    start: usize,
    end: usize,
    last: Option<usize>,
    run: bool,
}

/// The dotted names of `text` (`chars`: its characters with their offsets).
fn dotted_names(text: &str) -> Vec<Candidate> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let cls = |i: usize| chars.get(i).map_or(Class::Other, |c| class(c.1));
    let kana_heads = array(DOTTED, "KANA_HEADS");
    let han_heads = array(DOTTED, "HAN_HEADS");
    let mut out = Vec::new();
    let mut done = 0;
    for d in 0..chars.len() {
        if cls(d) != Class::Dot || at(d) < done {
            continue;
        }
        // The first part: the run before the dot, past one space.
        let mut e = d;
        if e > 0 && cls(e - 1) == Class::Gap {
            e -= 1;
        }
        if e == 0 || !matches!(cls(e - 1), Class::Han | Class::Kana) {
            continue;
        }
        let script = cls(e - 1);
        // A part is runs of its script joined by hyphens.
        let mut s = e;
        while s > 0 && cls(s - 1) == script {
            s -= 1;
        }
        while s > 1 && cls(s - 1) == Class::Hyphen && cls(s - 2) == script {
            s -= 1;
            while s > 0 && cls(s - 1) == script {
                s -= 1;
            }
        }
        let mut b = s;
        if b > 0 && cls(b - 1) == Class::Gap {
            b -= 1;
        }
        if b > 0 && cls(b - 1) == Class::Dot {
            continue;
        }
        let first: String = chars[s..e].iter().map(|c| c.1).collect();
        // The parts after each dot.
        let mut parts = vec![first];
        let mut i = d + 1;
        let mut last_start = 0;
        let ok = loop {
            if cls(i) == Class::Gap {
                i += 1;
            }
            // A Latin initial of a Japanese name, before another dot.
            if script == Class::Kana && chars.get(i).is_some_and(|c| c.1.is_ascii_uppercase()) {
                let mut j = i + 1;
                if chars.get(j).is_some_and(|c| c.1 == '.') {
                    j += 1;
                }
                let k = if cls(j) == Class::Gap { j + 1 } else { j };
                if cls(k) == Class::Dot {
                    i = k + 1;
                    continue;
                }
            }
            let p = i;
            while cls(i) == script {
                i += 1;
            }
            if i == p {
                break false;
            }
            while cls(i) == Class::Hyphen && cls(i + 1) == script {
                i += 1;
                while cls(i) == script {
                    i += 1;
                }
            }
            let part: String = chars[p..i].iter().map(|c| c.1).collect();
            if script == Class::Kana && kana_heads.contains(&part.as_str()) {
                break false;
            }
            parts.push(part);
            last_start = p;
            let k = if cls(i) == Class::Gap { i + 1 } else { i };
            if cls(k) == Class::Dot {
                if parts.len() == 4 {
                    break false;
                }
                i = k + 1;
            } else {
                break true;
            }
        };
        if !ok {
            continue;
        }
        let (start, end) = (at(s), at(i));
        let last = parts.last().expect("two parts").clone();
        let n = |p: &str| p.chars().count();
        let too_short = match script {
            Class::Kana => n(&parts[0]) < 2 || n(&last) < 2 || kana_heads.contains(&parts[0].as_str()),
            _ => n(&last) < 2,
        };
        // A head word after the name, or starting inside its last part
        // after its first two characters.
        let head_at = |from: usize| han_heads.iter().any(|h| text[from..].starts_with(h));
        let head = head_at(end) || (last_start + 2..i).any(|k| head_at(at(k)));
        if too_short || end - start > CONTEXT || head {
            continue;
        }
        done = end;
        out.push(Candidate {
            start,
            end,
            last: Some(at(last_start)),
            run: false,
        });
    }
    out
}

/// Runs of Han of the set, or of katakana, two characters at least, that no
/// dot touches (past one space).
fn runs(text: &str) -> Vec<Candidate> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let cls = |i: usize| chars.get(i).map_or(Class::Other, |c| class(c.1));
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let script = cls(i);
        if !matches!(script, Class::Han | Class::Kana) {
            i += 1;
            continue;
        }
        let s = i;
        while cls(i) == script {
            i += 1;
        }
        let mut b = s;
        if b > 0 && cls(b - 1) == Class::Gap {
            b -= 1;
        }
        let dot_before = b > 0 && cls(b - 1) == Class::Dot;
        let after = if cls(i) == Class::Gap { i + 1 } else { i };
        let dot_after = cls(after) == Class::Dot;
        if !dot_before && !dot_after && i - s >= 2 && at(i) - at(s) <= CONTEXT {
            out.push(Candidate {
                start: at(s),
                end: at(i),
                last: None,
                run: true,
            });
        }
    }
    out
}

fn syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// The words of syllables of `text`: (start, end, word).
fn hangul_words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (&mut current, syllable(c) && i < text.len()) {
            (Some((_, w)), true) => w.push(c),
            (None, true) => current = Some((i, c.to_string())),
            (Some(_), false) => {
                let (s, w) = current.take().expect("a word");
                out.push((s, i, w));
            }
            (None, false) => {}
        }
    }
    out
}

/// The Korean and foreign names of `text`.
fn korean_names(text: &str) -> Vec<Candidate> {
    let family = list(HANGUL, "FAMILY_NAMES");
    let roles = list(HANGUL, "ROLES");
    let credits = list(HANGUL, "CREDITS");
    let not_names = list(HANGUL, "NOT_NAMES");
    let given = list(HANGUL, "FOREIGN_GIVEN");
    let heads = list(HANGUL, "HEADS");
    let particles = particles();
    let words = hangul_words(text);
    // The word after word `k`, past exactly one space.
    let next = |k: usize| {
        words
            .get(k + 1)
            .filter(|w| w.0 == words[k].1 + 1 && &text[words[k].1..w.0] == " ")
    };
    let particle_or_nothing = |rest: &str| rest.is_empty() || particles.contains(&rest);
    let role_word = |w: &str| {
        roles
            .iter()
            .any(|r| w.strip_prefix(r).is_some_and(particle_or_nothing))
    };
    let mut out = Vec::new();
    for (k, (start, _, word)) in words.iter().enumerate() {
        let syl: Vec<char> = word.chars().collect();
        // A Korean name.
        if syl.len() >= 3 && family.contains(&syl[0].to_string().as_str()) {
            let name: String = syl[..3].iter().collect();
            let ends_badly = ["의", "는", "을", "를", "에", "와"].contains(&syl[2].to_string().as_str());
            if !not_names.contains(&name.as_str()) && !ends_badly {
                let rest: String = syl[3..].iter().collect();
                let found = if rest.is_empty() {
                    let role = match next(k) {
                        Some(n) if n.2 == "전" || n.2 == "현" => {
                            next(k + 1).is_some_and(|m| role_word(&m.2))
                        }
                        Some(n) => role_word(&n.2),
                        None => false,
                    };
                    role || credit_before(text, *start, &credits)
                } else {
                    rest.strip_prefix('씨').is_some_and(particle_or_nothing)
                };
                if found {
                    out.push(Candidate {
                        start: *start,
                        end: start + name.len(),
                        last: None,
                        run: false,
                    });
                    continue;
                }
            }
        }
        // A foreign name: a given name of two syllables or more, a surname.
        if syl.len() >= 2
            && given.contains(&word.as_str())
            && let Some(n) = next(k)
        {
            let nsyl: Vec<char> = n.2.chars().collect();
            let stem = (2..=5.min(nsyl.len())).find(|&m| {
                let rest: String = nsyl[m..].iter().collect();
                particle_or_nothing(&rest)
            });
            let Some(m) = stem else { continue };
            let surname: String = nsyl[..m].iter().collect();
            if roles.iter().any(|r| surname.starts_with(r)) || given.contains(&surname.as_str()) {
                continue;
            }
            let head_after =
                m == nsyl.len() && next(k + 1).is_some_and(|h| heads.iter().any(|x| h.2.starts_with(x)));
            let end = n.0 + surname.len();
            if !head_after && end - start <= CONTEXT {
                out.push(Candidate {
                    start: *start,
                    end,
                    last: None,
                    run: false,
                });
            }
        }
    }
    out
}

/// Whether the name at `start` stands in a credit: a label of `credits`
/// and a colon before it, or before a chain of at most four names (two to
/// four syllables) each followed by a separator; within CONTEXT bytes.
fn credit_before(text: &str, start: usize, credits: &[&str]) -> bool {
    let floor = start.saturating_sub(CONTEXT);
    let chars: Vec<(usize, char)> = text[..start]
        .char_indices()
        .filter(|&(i, _)| i >= floor)
        .collect();
    let mut i = chars.len();
    for _ in 0..5 {
        while i > 0 && chars[i - 1].1 == ' ' {
            i -= 1;
        }
        if i == 0 {
            return false;
        }
        let sep = chars[i - 1].1;
        i -= 1;
        while i > 0 && chars[i - 1].1 == ' ' {
            i -= 1;
        }
        let end = i;
        while i > 0 && syllable(chars[i - 1].1) {
            i -= 1;
        }
        let word: String = chars[i..end].iter().map(|c| c.1).collect();
        match sep {
            ':' | '：' => return credits.contains(&word.as_str()),
            ',' | '，' | '、' | '·' | '/' if (2..=4).contains(&(end - i)) => {}
            _ => return false,
        }
    }
    false
}

/// The unlisted people the caseless rules find in `text`, given what the
/// listed names came to there and the people of the capitalized-word rule
/// (`latin`, whose words may take Han in: "Baïramov-乔"): every candidate
/// in order of start (the longest first at one start) where no listed
/// mention and no earlier person lies; a run only where it is the remembered last part of an
/// earlier dotted name; not if a match that the rules accept starts inside
/// it.
pub fn reference_caseless(text: &str, listed: &Listed, latin: &[RefPerson]) -> Vec<RefPerson> {
    let mut candidates = dotted_names(text);
    if !candidates.is_empty() {
        candidates.extend(runs(text));
    }
    candidates.extend(korean_names(text));
    candidates.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    candidates.dedup_by_key(|c| c.start);
    let mut out: Vec<RefPerson> = Vec::new();
    let mut remembered: Vec<(String, String)> = Vec::new();
    let mut covered = 0;
    for c in candidates {
        let on_listed = listed.accepted.iter().any(|&(s, e)| s <= c.start && c.start < e);
        let on_latin = latin.iter().any(|&(s, e, _)| s <= c.start && c.start < e);
        if on_listed || on_latin || c.start < covered {
            continue;
        }
        let name = if c.run {
            match remembered.iter().rev().find(|(k, _)| *k == text[c.start..c.end]) {
                Some((_, full)) => full.clone(),
                None => continue,
            }
        } else {
            text[c.start..c.end].to_string()
        };
        let seen = |entity: &String| {
            listed
                .mentions
                .iter()
                .any(|m| m.1 <= c.start && m.2.contains(entity))
        };
        let overlapped = listed.matches.iter().any(|(s, _, found)| {
            (c.start..c.end).contains(s) && found.iter().any(|(entity, short)| !short || seen(entity))
        });
        if overlapped {
            continue;
        }
        if let Some(last) = c.last {
            remembered.push((text[last..c.end].to_string(), name.clone()));
        }
        covered = c.end;
        out.push((c.start, c.end, name));
    }
    out
}
