//! The unlisted-person rule of the naive reference matcher, written from its
//! documentation (README "Unlisted people", the module docs of
//! `src/rules/unlisted.rs`): plain loops over the original text, one word
//! at a time, every list searched by a scan. It shares only the word lists
//! with the engine (read from the source file, as the reference reads
//! `titles.txt`), none of its code.

#![allow(dead_code)]

use unicode_normalization::char::is_combining_mark;

use super::reference::{DAYS_AND_MONTHS, Listed, RefMention};

/// An unlisted person mention: byte span and the full name as written
/// where the rule found it.
pub type RefPerson = (usize, usize, String);

/// A mention with the written name of an unlisted person (`None` for a
/// listed one).
pub type Named = (usize, usize, Vec<String>, Option<String>);

/// The rule reads at most this many bytes around a name.
const CONTEXT: usize = 64;

/// The id every unlisted person names.
pub const UNLISTED: &str = "gazner:unlisted-person";

/// The words of the list `name` (a `const NAME: &str` of
/// `src/rules/unlisted.rs`, words separated by white space).
fn list(name: &str) -> Vec<&'static str> {
    let source = include_str!("../../src/rules/unlisted.rs");
    let head = format!("const {name}: &str = \"");
    let at = source.find(&head).unwrap_or_else(|| panic!("no list {name}")) + head.len();
    let body = &source[at..at + source[at..].find('"').expect("the list ends")];
    body.split_whitespace().filter(|w| *w != "\\").collect()
}

/// The text of the list `name` (a `const NAME: &str`), its line breaks
/// and escapes gone: for the ending tables, whose entries `final: endings`
/// are separated by `;`.
fn table(name: &str) -> String {
    list(name).join(" ")
}

/// The prefix of the ending tables of `word`'s script: Cyrillic (U+0400
/// to U+052F) or Latin (ASCII letters, U+00C0 to U+024F, U+1E00 to
/// U+1EFF), by its first letter.
fn declining_script(word: &str) -> Option<&'static str> {
    let c = word.chars().next()?;
    let cyrillic = ('\u{400}'..='\u{52f}').contains(&c);
    let latin = c.is_ascii_alphabetic()
        || ('\u{c0}'..='\u{24f}').contains(&c)
        || ('\u{1e00}'..='\u{1eff}').contains(&c);
    if cyrillic {
        Some("CYRILLIC")
    } else if latin {
        Some("POLISH")
    } else {
        None
    }
}

/// The stems of a surname word: the word, then the word without each
/// ending of its script's surname list that it ends with, in order; only
/// those of three characters or more.
fn stems(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if let Some(script) = declining_script(word) {
        for ending in list(&format!("{script}_SURNAME_ENDINGS")) {
            if let Some(stem) = word.strip_suffix(ending) {
                out.push(stem.to_string());
            }
        }
    }
    out.retain(|s| s.chars().count() >= 3);
    out
}

/// Titles of `titles.txt`, one a line.
const TITLES: &str = include_str!("../../src/rules/titles.txt");

fn is_letter(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{a0}'
}

/// Capital first, a lowercase letter somewhere.
fn capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

fn is_title(word: &str) -> bool {
    list("SHORT_TITLES").contains(&word) || TITLES.lines().any(|t| t == word)
}

/// A street or building word, in any case.
fn is_place(word: &str) -> bool {
    let places = list("PLACES");
    places.contains(&word) || places.contains(&word.to_lowercase().as_str())
}

/// The word that starts at `start`: letters and marks, one hyphen or
/// apostrophe between two letters; an English possessive ("'s" then no
/// letter) stays out.
fn word_at(text: &str, start: usize) -> usize {
    let chars: Vec<(usize, char)> = text[start..]
        .char_indices()
        .map(|(i, c)| (start + i, c))
        .collect();
    let mut end = start;
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if is_letter(c) {
            end = i + c.len_utf8();
            k += 1;
            continue;
        }
        let joiner = matches!(c, '-' | '\'' | '’');
        let letter_before = end == i && end > start;
        let letter_after = chars.get(k + 1).is_some_and(|&(_, n)| is_letter(n));
        if !(joiner && letter_before && letter_after) {
            break;
        }
        let possessive =
            c != '-' && chars[k + 1].1 == 's' && !chars.get(k + 2).is_some_and(|&(_, n)| is_letter(n));
        if possessive {
            break;
        }
        k += 1;
    }
    end
}

/// Whether a word may start at `at`: nothing before, or no letter, digit,
/// mark or hyphen; after an apostrophe only an elision (one to six
/// lowercase letters, a word of their own: "d’", "l'", "qu'").
fn word_start(text: &str, at: usize) -> bool {
    let before: Vec<char> = text[..at].chars().rev().collect();
    let Some(&b) = before.first() else {
        return true;
    };
    if b.is_alphanumeric() || is_combining_mark(b) || b == '-' {
        return false;
    }
    if b != '\'' && b != '’' {
        return true;
    }
    let letters: Vec<char> = before[1..]
        .iter()
        .copied()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let bytes: usize = letters.iter().map(|c| c.len_utf8()).sum();
    let after_letters = before.get(1 + letters.len());
    !letters.is_empty()
        && bytes <= 6
        && letters.iter().all(|c| c.is_lowercase())
        && !after_letters.is_some_and(|c| c.is_alphanumeric())
}

/// The capitalized words of `text`, in order: a capital at a word start,
/// not inside the word before, a capitalized word not glued to a digit.
fn capitalized_words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut inside_to = 0;
    for (i, c) in text.char_indices() {
        if i < inside_to || !c.is_uppercase() || !word_start(text, i) {
            continue;
        }
        let end = word_at(text, i);
        inside_to = end;
        let glued = text[end..].chars().next().is_some_and(char::is_alphanumeric);
        if capitalized(&text[i..end]) && !glued {
            out.push((i, end));
        }
    }
    out
}

/// The word after one space or no-break space at `at`, whole.
fn next_word(text: &str, at: usize) -> Option<(usize, usize)> {
    let space = text[at..].chars().next().filter(|&c| is_space(c))?;
    let start = at + space.len_utf8();
    let end = word_at(text, start);
    let glued = text[end..].chars().next().is_some_and(char::is_alphanumeric);
    (end > start && !glued).then_some((start, end))
}

/// The word before one space or no-break space at `at` (a period may end
/// it), read back at most 64 bytes: (start, end, period).
fn previous_word(text: &str, at: usize) -> Option<(usize, usize, bool)> {
    let space = text[..at].chars().next_back().filter(|&c| is_space(c))?;
    let mut end = at - space.len_utf8();
    let period = text[..end].ends_with('.');
    if period {
        end -= 1;
    }
    let mut start = end;
    for (i, c) in text[..end].char_indices().rev() {
        let part = is_letter(c) || matches!(c, '-' | '\'' | '’');
        if !part || i + CONTEXT < at {
            break;
        }
        start = i;
    }
    (start < end).then_some((start, end, period))
}

/// Whether `at` starts a sentence: looking back at most 64 bytes past
/// spaces, opening quotes, brackets and dashes, the text begins, or a
/// sentence end or line break comes.
fn sentence_start(text: &str, at: usize) -> bool {
    for (i, c) in text[..at].char_indices().rev() {
        if i + CONTEXT < at {
            return true;
        }
        if matches!(c, '\n' | '\r' | '.' | '!' | '?' | '…' | ':' | ';' | '•') {
            return true;
        }
        let skipped = c.is_whitespace()
            || matches!(
                c,
                '"' | '“' | '”' | '«' | '„' | '‘' | '\'' | '(' | '[' | '—' | '–'
            );
        if !skipped {
            return false;
        }
    }
    true
}

/// The given names, normalized, with whether each is also a common word or
/// a place's name (marked `word` or `place`, on any of its lines).
pub struct Given(Vec<(String, bool)>);

impl Given {
    /// The names of a list, each line a name and maybe a tab and a mark.
    pub fn new(lines: &[&str]) -> Given {
        let mut names: Vec<(String, bool)> = Vec::new();
        for line in lines {
            let (name, mark) = line.split_once('\t').unwrap_or((line, ""));
            let key = gazner::normalize(name);
            let common = !mark.is_empty();
            match names.iter_mut().find(|(n, _)| *n == key) {
                Some(entry) => entry.1 |= common,
                None => names.push((key, common)),
            }
        }
        Given(names)
    }

    /// `Some(common)` for a given name or a case form of one, or
    /// hyphenated ones.
    fn lookup(&self, word: &str) -> Option<bool> {
        let one = |w: &str| self.find(w).or_else(|| self.declined(w));
        if let Some(common) = one(word) {
            return Some(common);
        }
        if !word.contains('-') {
            return None;
        }
        let mut common = false;
        for part in word.split('-') {
            common |= one(part)?;
        }
        Some(common)
    }

    /// `Some(common)` for a name of the list, compared normalized.
    fn find(&self, name: &str) -> Option<bool> {
        let key = gazner::normalize(name);
        self.0.iter().find(|(n, _)| *n == key).map(|(_, c)| *c)
    }

    /// `Some(common)` for a given name plus an ending of its script's
    /// table that its last letter takes: each entry in order, each ending
    /// in order; for `-` the stem is the name and ends with a lowercase
    /// letter (a stem of none does not) that is no vowel of
    /// `VOWELS`, else the entry's letter follows the stem. Common if the
    /// name is, or is one of `COMMON_WORDS`.
    fn declined(&self, word: &str) -> Option<bool> {
        let script = declining_script(word)?;
        let vowels: Vec<char> = table("VOWELS").chars().collect();
        for entry in table(&format!("{script}_GIVEN_ENDINGS")).split(';') {
            let (last, endings) = entry.split_once(':').expect("final: endings");
            for ending in endings.split_whitespace() {
                let Some(stem) = word.strip_suffix(ending) else {
                    continue;
                };
                let name = if last.trim() == "-" {
                    let c = stem.chars().last();
                    if !c.is_some_and(|c| c.is_lowercase() && !vowels.contains(&c)) {
                        continue;
                    }
                    stem.to_string()
                } else {
                    format!("{stem}{}", last.trim())
                };
                if let Some(common) = self.find(&name) {
                    return Some(common || list("COMMON_WORDS").contains(&name.as_str()));
                }
            }
        }
        None
    }
}

/// Whether a name may begin at `at` by the word before it.
fn may_begin(text: &str, at: usize, given: Option<&Given>) -> bool {
    let Some((start, end, period)) = previous_word(text, at) else {
        return true;
    };
    let word = &text[start..end];
    if is_place(word) {
        return false;
    }
    if is_title(word) || word.ends_with("'s") || word.ends_with("’s") || period {
        return true;
    }
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    let is_given = given.is_some_and(|g| g.lookup(word).is_some());
    sentence_start(text, start) && !is_given
}

/// A person at the capitalized word `start..end`: (end of the name, start
/// of the surname, start and end of the last word, "Jr." and "Sr." not
/// counted after another word).
fn person(text: &str, start: usize, end: usize, given: &Given) -> Option<(usize, usize, usize, usize)> {
    let first = &text[start..end];
    let common = given.lookup(first)?;
    if is_place(first) || is_title(first) || list("NOT_GIVEN").contains(&first) {
        return None;
    }
    if !may_begin(text, start, Some(given)) {
        return None;
    }
    if (common || list("COMMON_WORDS").contains(&first)) && sentence_start(text, start) {
        return None;
    }
    let mut words: Vec<(usize, usize, usize)> = Vec::new();
    let mut particle_start: Option<usize> = None;
    let mut particles = 0;
    let mut at = end;
    let mut name_end = end;
    while let Some((ws, we)) = next_word(text, at) {
        let word = &text[ws..we];
        let one_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if words.is_empty() && particles == 0 && one_capital && text[we..].starts_with('.') {
            at = we + 1;
            continue;
        }
        if words.is_empty() && particles < 2 && list("PARTICLES").contains(&word) {
            particles += 1;
            particle_start.get_or_insert(ws);
            at = we;
            continue;
        }
        let prefixed = ["al-", "el-", "ad-", "as-", "ash-", "d'", "d’"]
            .iter()
            .any(|p| word.strip_prefix(p).is_some_and(capitalized));
        if !capitalized(word) && !prefixed {
            break;
        }
        if list("HEADS").contains(&word) || is_title(word) {
            return None;
        }
        if DAYS_AND_MONTHS.contains(&word) || list("FUNCTION_WORDS").contains(&word) {
            break;
        }
        if words.len() == 3 {
            return None;
        }
        words.push((particle_start.take().unwrap_or(ws), ws, we));
        particles = 0;
        at = we;
        if (word == "Jr" || word == "Sr") && text[we..].starts_with('.') {
            at += 1;
        }
        name_end = at;
    }
    let &(_, mut last, mut last_end) = words.last()?;
    let suffix = matches!(&text[last..last_end], "Jr" | "Sr") && text[last_end..].starts_with('.');
    if suffix && words.len() > 1 {
        (_, last, last_end) = words[words.len() - 2];
    }
    if name_end - start > CONTEXT {
        return None;
    }
    // A Latin given name in a case form wants a case ending on the last
    // surname word.
    let as_written = given.find(first).is_some()
        || (first.contains('-') && first.split('-').all(|p| given.find(p).is_some()));
    let ending = stems(&text[last..last_end]).len() > usize::from(text[last..last_end].chars().count() >= 3);
    if declining_script(first) == Some("POLISH") && !as_written && !ending {
        return None;
    }
    let surname = words
        .iter()
        .find(|&&(_, ws, we)| given.lookup(&text[ws..we]).is_none())
        .map_or(last, |&(lead, _, _)| lead);
    Some((name_end, surname, last, last_end))
}

/// The unlisted people of `text`, given what the listed names came to
/// there (`listed`) and the overlap mode (`all`): every capitalized word
/// in order where no listed mention and no earlier unlisted person lies, a
/// person at a given name, else a remembered surname; not if a match that
/// the rules accept starts inside it.
pub fn reference_unlisted(text: &str, given: &Given, listed: &Listed) -> Vec<RefPerson> {
    let mut out: Vec<RefPerson> = Vec::new();
    // (surname as written, full name), in the order remembered.
    let mut remembered: Vec<(String, String)> = Vec::new();
    // (stem of a last surname word, full name), in the order remembered.
    let mut stemmed: Vec<(String, String)> = Vec::new();
    let mut covered = 0;
    for (ws, we) in capitalized_words(text) {
        let on_listed = listed.accepted.iter().any(|&(s, e)| s <= ws && ws < e);
        if on_listed || ws < covered {
            continue;
        }
        let (end, name) = if let Some((end, ..)) = person(text, ws, we, given) {
            (end, text[ws..end].to_string())
        } else if let Some((end, full)) = surname_later(text, ws, we, &remembered, &stemmed) {
            (end, full)
        } else {
            continue;
        };
        let seen = |entity: &String| listed.mentions.iter().any(|m| m.1 <= ws && m.2.contains(entity));
        let overlapped = listed.matches.iter().any(|(s, _, found)| {
            (ws..end).contains(s) && found.iter().any(|(entity, short)| !short || seen(entity))
        });
        if overlapped {
            continue;
        }
        covered = end;
        if let Some((end, surname, last, last_end)) = person(text, ws, we, given) {
            // Keys are words as read: without the period of "Jr.".
            let end = if text[..end].ends_with('.') { end - 1 } else { end };
            let last_key = text[last..last_end].to_string();
            for stem in stems(&last_key) {
                remember(&mut stemmed, stem, &name);
            }
            remember(&mut remembered, last_key, &name);
            if surname < last || last_end < end {
                let key = text[surname..end].to_string();
                remember(&mut remembered, key, &name);
            }
        }
        out.push((ws, end, name));
    }
    out
}

/// Remembers `key` as naming `name`, the latest person for a key winning.
pub fn remember(remembered: &mut Vec<(String, String)>, key: String, name: &str) {
    remembered.retain(|(k, _)| *k != key);
    remembered.push((key, name.to_string()));
}

/// A remembered surname at the capitalized word `start..end`: with the
/// next capitalized word (not a day or month) if one follows, which must
/// then be remembered together; alone else, as written or as a stem of a
/// remembered last word (the word's stems in order, each the latest
/// remembered).
fn surname_later(
    text: &str,
    start: usize,
    end: usize,
    remembered: &[(String, String)],
    stemmed: &[(String, String)],
) -> Option<(usize, String)> {
    let next = next_word(text, end)
        .filter(|&(ws, we)| capitalized(&text[ws..we]) && !DAYS_AND_MONTHS.contains(&&text[ws..we]));
    let until = next.map_or(end, |(_, we)| we);
    let exact = remembered.iter().find(|(k, _)| *k == text[start..until]);
    let full = match (exact, next) {
        (Some((_, full)), _) => full,
        (None, Some(_)) => return None,
        (None, None) => stems(&text[start..end])
            .iter()
            .find_map(|stem| stemmed.iter().find(|(k, _)| k == stem))
            .map(|(_, full)| full)?,
    };
    may_begin(text, start, None).then(|| (until, full.clone()))
}

/// Listed and unlisted mentions together, in order of start (listed first
/// at one start): span, candidate ids, and the written name of an
/// unlisted person.
pub fn merged(
    listed: &[RefMention],
    people: &[RefPerson],
) -> Vec<(usize, usize, Vec<String>, Option<String>)> {
    let mut out: Vec<(usize, usize, Vec<String>, Option<String>)> = listed
        .iter()
        .map(|(s, e, ids)| (*s, *e, ids.clone(), None))
        .chain(
            people
                .iter()
                .map(|(s, e, name)| (*s, *e, vec![UNLISTED.to_string()], Some(name.clone()))),
        )
        .collect();
    out.sort_by_key(|m| (m.0, m.3.is_some()));
    out
}
