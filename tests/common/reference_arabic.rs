//! The unlisted-person rule of Arabic script in the naive reference
//! matcher, written from its documentation (README "Unlisted people in
//! Arabic script", the module docs of `src/rules/arabic_names.rs`): plain
//! loops over the original text, every list searched by a scan. It shares
//! only the word lists with the engine (read from the source file and the
//! embedded frequent words), none of its code.

#![allow(dead_code)]

use super::reference::Listed;
use super::reference_unlisted::{RefPerson, remember};

/// The rule reads at most this many bytes around a name.
const CONTEXT: usize = 64;

/// The words of the list `name` (a `const NAME: &str` of
/// `src/rules/arabic_names.rs`), folded as written there.
fn list(name: &str) -> Vec<String> {
    let source = include_str!("../../src/rules/arabic_names.rs");
    let head = format!("const {name}: &str = \"");
    let at = source.find(&head).unwrap_or_else(|| panic!("no list {name}")) + head.len();
    let body = &source[at..at + source[at..].find('"').expect("the list ends")];
    body.split_whitespace()
        .filter(|w| *w != "\\")
        .map(str::to_string)
        .collect()
}

/// The embedded frequent words, folded.
pub fn frequent_words() -> Vec<String> {
    include_str!("../../gazetteers/arabic-frequent-words.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(fold)
        .collect()
}

/// Folding as documented: vowel and Quranic marks, tatweel and joiners
/// dropped; أ إ آ ٱ as ا, ؤ as و, ئ and ی as ي, ک as ك.
pub fn fold(word: &str) -> String {
    word.chars()
        .filter(|&c| {
            !(('\u{064B}'..='\u{065F}').contains(&c)
                || ('\u{06D6}'..='\u{06ED}').contains(&c)
                || ['\u{0670}', '\u{0640}', '\u{200C}', '\u{200D}'].contains(&c))
        })
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ؤ' => 'و',
            'ئ' | 'ی' => 'ي',
            'ک' => 'ك',
            c => c,
        })
        .collect()
}

/// An Arabic letter, as the module docs list the ranges.
fn letter(c: char) -> bool {
    let ranges = [
        ('\u{0620}', '\u{063F}'),
        ('\u{0641}', '\u{064A}'),
        ('\u{066E}', '\u{066F}'),
        ('\u{0671}', '\u{06D3}'),
        ('\u{06D5}', '\u{06D5}'),
        ('\u{06EE}', '\u{06EF}'),
        ('\u{06FA}', '\u{06FC}'),
        ('\u{06FF}', '\u{06FF}'),
        ('\u{0750}', '\u{077F}'),
        ('\u{08A0}', '\u{08C9}'),
    ];
    ranges.iter().any(|&(a, b)| (a..=b).contains(&c))
}

/// Inside a word: a letter, a mark, tatweel, a non-joiner.
fn inner(c: char) -> bool {
    letter(c)
        || ('\u{064B}'..='\u{065F}').contains(&c)
        || ('\u{06D6}'..='\u{06ED}').contains(&c)
        || ['\u{0670}', '\u{0640}', '\u{200C}'].contains(&c)
}

/// Whether `start..end` has no letter, digit or word character glued on
/// either side.
fn alone(text: &str, start: usize, end: usize) -> bool {
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || inner(c));
    !glued(text[..start].chars().next_back()) && !glued(text[end..].chars().next())
}

/// The Arabic-script words of `text`, in order: runs of word characters
/// that start with a letter, a non-joiner only between letters, standing
/// alone.
fn words(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let prev_inner = i > 0 && inner(chars[i - 1].1);
        if !letter(c) || prev_inner {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && inner(chars[j].1) {
            j += 1;
        }
        // The last non-joiner is no part of the word.
        let mut k = j;
        while k > i && chars[k - 1].1 == '\u{200C}' {
            k -= 1;
        }
        let end = chars.get(k).map_or(text.len(), |&(b, _)| b);
        if alone(text, start, end) {
            out.push((start, end));
        }
        i = j.max(i + 1);
    }
    out
}

/// The word right after one space or no-break space at `at`.
fn next_word(text: &str, at: usize) -> Option<(usize, usize)> {
    let space = text[at..].chars().next().filter(|&c| c == ' ' || c == '\u{a0}')?;
    let start = at + space.len_utf8();
    words(&text[start..])
        .first()
        .filter(|&&(s, _)| s == 0)
        .map(|&(_, e)| (start, start + e))
        .filter(|&(s, e)| alone(text, s, e))
}

/// The word right before one space or no-break space at `at`, read back at
/// most 64 bytes, starting with a letter.
fn previous_word(text: &str, at: usize) -> Option<(usize, usize)> {
    let space = text[..at]
        .chars()
        .next_back()
        .filter(|&c| c == ' ' || c == '\u{a0}')?;
    let end = at - space.len_utf8();
    let mut start = end;
    for (i, c) in text[..end].char_indices().rev() {
        if i + CONTEXT < at || !inner(c) {
            break;
        }
        start = i;
    }
    let first = text[start..].chars().next();
    (start < end && first.is_some_and(letter) && alone(text, start, end)).then_some((start, end))
}

/// Where a name may start in `word` (offsets in it): its start, then after
/// وب ول فب فل و ف ب ل when two letters at least remain.
fn starts(word: &str) -> Vec<usize> {
    let mut out = vec![0];
    for p in ["وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"] {
        if let Some(rest) = word.strip_prefix(p)
            && rest.chars().filter(|&c| letter(c)).count() >= 2
        {
            out.push(p.len());
        }
    }
    out
}

/// The rule's lists: the given names (folded, whether common), the frequent
/// words, the titles, places and other words that are no name words.
pub struct ArabicLists {
    given: Vec<(String, bool)>,
    frequent: Vec<String>,
    titles: Vec<String>,
    places: Vec<String>,
    not_names: Vec<String>,
}

impl ArabicLists {
    /// The lines of a given-name list (those in Arabic script count; a tab
    /// and `word` marks a common word) and the frequent words.
    pub fn new(lines: &[&str], frequent: Vec<String>) -> ArabicLists {
        let mut given: Vec<(String, bool)> = Vec::new();
        for line in lines {
            if !line.chars().next().is_some_and(letter) {
                continue;
            }
            let (name, mark) = line.split_once('\t').unwrap_or((line, ""));
            let key = fold(name);
            let common = mark == "word";
            match given.iter_mut().find(|(k, _)| *k == key) {
                Some(entry) => entry.1 |= common,
                None => given.push((key, common)),
            }
        }
        ArabicLists {
            given,
            frequent,
            titles: list("TITLES"),
            places: list("PLACES"),
            not_names: list("NOT_NAME_WORDS"),
        }
    }

    fn lookup(&self, word: &str) -> Option<bool> {
        let key = fold(word);
        self.given.iter().find(|(k, _)| *k == key).map(|&(_, c)| c)
    }

    /// Whether `word`, or `word` without a proclitic run, is in `words`.
    fn any_form_in(word: &str, words: &[String]) -> bool {
        starts(word)
            .into_iter()
            .any(|s| words.contains(&fold(&word[s..])))
    }

    fn is_title(&self, word: &str) -> bool {
        ArabicLists::any_form_in(word, &self.titles)
    }

    fn is_place(&self, word: &str) -> bool {
        ArabicLists::any_form_in(word, &self.places)
    }

    /// A name word: two letters at least, not frequent (in any form), not
    /// a month or weekday, not a title or place word.
    fn name_word(&self, word: &str) -> bool {
        fold(word).chars().count() >= 2
            && !ArabicLists::any_form_in(word, &self.frequent)
            && !self.not_names.contains(&fold(word))
            && !self.is_title(word)
            && !self.is_place(word)
    }

    /// A person at the word `start..end`: (name start, end, given end,
    /// last word start).
    fn person(&self, text: &str, start: usize, end: usize) -> Option<(usize, usize, usize, usize)> {
        let word = &text[start..end];
        let (at, common) = starts(word)
            .into_iter()
            .find_map(|s| self.lookup(&word[s..]).map(|c| (start + s, c)))?;
        match previous_word(text, start) {
            Some((ps, pe)) => {
                let before = &text[ps..pe];
                if self.is_place(before) || self.name_word(before) || (common && !self.is_title(before)) {
                    return None;
                }
            }
            None if common => return None,
            None => {}
        }
        let mut name_end = end;
        let mut last = None;
        for _ in 0..2 {
            let Some((ws, we)) = next_word(text, name_end) else {
                break;
            };
            if !self.name_word(&text[ws..we]) || we - at > CONTEXT {
                break;
            }
            last = Some(ws);
            name_end = we;
        }
        Some((at, name_end, end, last?))
    }
}

/// The unlisted people in Arabic script of `text`, given what the listed
/// names came to there: every word in order where no listed mention and no
/// earlier unlisted person lies; a person at a given name, else (if the
/// word before is no name word) a person remembered, by the last name word,
/// the two name words, or a given name that is no common word; not if a
/// match that the rules accept starts inside it.
pub fn reference_arabic(
    text: &str,
    lists: &ArabicLists,
    listed: &Listed,
    covered_from: &[RefPerson],
) -> Vec<RefPerson> {
    let mut out: Vec<RefPerson> = Vec::new();
    let mut remembered: Vec<(String, String)> = Vec::new();
    let mut covered = 0;
    for (ws, we) in words(text) {
        let on_listed = listed.accepted.iter().any(|&(s, e)| s <= ws && ws < e);
        let on_person = covered_from.iter().any(|&(s, e, _)| s <= ws && ws < e);
        if on_listed || on_person || ws < covered {
            continue;
        }
        let person = lists.person(text, ws, we);
        let found = match person {
            Some((at, end, _, _)) => Some((at, end, text[at..end].to_string())),
            None if previous_word(text, ws).is_some_and(|(ps, pe)| lists.name_word(&text[ps..pe])) => None,
            None => again(text, ws, we, &remembered),
        };
        let Some((at, end, name)) = found else { continue };
        let seen = |entity: &String| listed.mentions.iter().any(|m| m.1 <= ws && m.2.contains(entity));
        let overlapped = listed.matches.iter().any(|(s, _, found)| {
            (ws..end).contains(s) && found.iter().any(|(entity, short)| !short || seen(entity))
        });
        if overlapped {
            continue;
        }
        covered = end;
        if let Some((at, end, given_end, last)) = person {
            let mut keys = vec![fold(&text[last..end])];
            if let Some((ns, _)) = next_word(text, given_end)
                && ns < last
            {
                keys.push(fold(&text[ns..end]));
            }
            if lists.lookup(&text[at..given_end]) == Some(false) {
                keys.push(fold(&text[at..given_end]));
            }
            for key in keys {
                remember(&mut remembered, key, &name);
            }
        }
        out.push((at, end, name));
    }
    out
}

/// A remembered person at the word `start..end` (after a proclitic run, the
/// whole word first): the word with the next one if the two are remembered
/// together, else the word alone.
fn again(
    text: &str,
    start: usize,
    end: usize,
    remembered: &[(String, String)],
) -> Option<(usize, usize, String)> {
    let word = &text[start..end];
    let next = next_word(text, end);
    starts(word).into_iter().find_map(|s| {
        let find = |key: String| {
            remembered
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, full)| full.clone())
        };
        if let Some((_, we)) = next
            && let Some(full) = find(fold(&text[start + s..we]))
        {
            return Some((start + s, we, full));
        }
        find(fold(&word[s..])).map(|full| (start + s, end, full))
    })
}
