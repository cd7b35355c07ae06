//! Unlisted people in Arabic script (issue #11): Arabic and Persian have no
//! case, so the rule of `unlisted.rs` never starts there. Here a given name
//! of the extractor's list written in Arabic script ("جودي", "الیزابت"),
//! followed by one or two name words, is a person no gazetteer lists
//! ("جودي وينشتاين", "الیزابت استیکنی"); later in the same text, that
//! person's last name word alone, or the given name alone, is that person
//! again ("وينشتاين", "جودي").
//!
//! Without case, the end of the name comes from word frequency: a name
//! word is a word of Arabic script that is not among the most frequent
//! words of Arabic and Persian (`gazetteers/arabic-frequent-words.txt`,
//! from `wordfreq`), with or without its proclitics, nor a title or a word of [`NOT_NAME_WORDS`]. The name
//! ends before the first word that is not one, at punctuation, or after two
//! name words. A given name with no name word after it starts nothing.
//!
//! A given name that is also a common word (marked `word` in the list:
//! "أمل", hope; "سلام", peace; "جمال", beauty) starts a person only right
//! after a title ("الرئيس", "السيد", "آقای", "خانم": [`TITLES`]), and
//! never alone later. No given name starts a person after a word that makes
//! the name that of a place or an institution ("شارع", street; "جامعة",
//! university: [`PLACES`]).
//!
//! The one-letter proclitics of Arabic (و ف, then ب ل) stay outside the
//! span, as `arabic.rs` does for listed names ("وجودي" is و + "جودي"): the
//! whole word is read as a name first, then without them. Words are
//! compared folded: no vowel marks or tatweel, أ إ آ ٱ as ا, ؤ as و, ئ and
//! Persian ی as ي, Persian ک as ك ([`fold`]).
//!
//! Like `unlisted.rs`, the rule reads at most [`CONTEXT`] bytes on each
//! side of a name, so a stream decides as one-shot extraction; a listed
//! mention that overlaps a name wins (`scan.rs`).

use std::borrow::Cow;
use std::collections::HashMap;

use once_cell::sync::Lazy;

use crate::error::{Error, Problem};
use crate::rules::CONTEXT;
use crate::rules::word_hash::{WordMap, WordSet};

/// Titles and functions before a name, folded ([`fold`]), with a proclitic
/// or not: a given name that is also a common word starts a person only
/// after one.
pub(crate) const TITLES: &str = "\
    الرييس الرييسة رييس رييسة السيد السيدة سيد سيدة الوزير الوزيرة وزير وزيرة الشيخ الامير الملك \
    الملكة النايب النايبة الدكتور الدكتورة دكتور المتحدث المتحدثة السفير السفيرة سفير الجنرال \
    العقيد اللواء القاضي القاضية المبعوث المبعوثة مبعوث المستشار المستشارة الناطق الصحفي الصحفية \
    الكاتب الكاتبة المراسل المراسلة الرهينة الرهاين الاسير الاسيرة الجندي الامين السناتور النايبة \
    اقاي اقا خانم دكتر سفير وزير رييسجمهور سخنگوي جنرال مهندس نماينده فرستاده سناتور";

/// Words before a name that make it the name of a place or an institution
/// ("شارع جمال عبد الناصر", "جامعة جورج واشنطن"), folded: no person starts
/// after them.
pub(crate) const PLACES: &str = "\
    شارع جامعة مطار مستشفى مسجد ميدان ساحة مدرسة جايزة موسسة مركز مدينة ملعب قاعة كلية معهد جسر \
    حي منطقة محافظة بلدة قرية مخيم خيابان دانشگاه فرودگاه بيمارستان ميدان مدرسه بنياد شهر";

/// Words that never go on with a name though the frequency list may miss
/// them (folded): months and days, and words that start clauses.
pub(crate) const NOT_NAME_WORDS: &str = "\
    يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر السبت الاحد الاثنين \
    الثلاثاء الاربعاء الخميس الجمعة شنبه يكشنبه دوشنبه سهشنبه چهارشنبه پنجشنبه جمعه";

/// The rule, as an extractor holds it: the given names in Arabic script,
/// each with whether it is also a common word, and the frequent words.
#[derive(Debug)]
pub(crate) struct ArabicNames {
    /// Folded given name -> also a common word.
    given: WordMap<bool>,
    /// Folded frequent words of Arabic and Persian.
    frequent: WordMap<()>,
}

/// A person the rule found at a word: where the name starts (after the
/// proclitics), where it ends, and where its last word begins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Person {
    /// Where the given name begins.
    pub(crate) start: usize,
    /// One past the last name word.
    pub(crate) end: usize,
    /// Where the given name ends.
    pub(crate) given_end: usize,
    /// Where the last name word begins.
    pub(crate) last: usize,
}

impl ArabicNames {
    /// The rule over these given names (each with the file and line it comes
    /// from, and an optional tab and `word` mark) and these frequent words
    /// (file, line, word).
    ///
    /// # Errors
    ///
    /// [`Error::Gazetteer`] naming the file, the line and the value, for a
    /// name that is not one word of Arabic script, or a mark other than
    /// `word`; and for given names without any frequent words, with which
    /// no name could end.
    pub(crate) fn new<'a>(
        names: impl IntoIterator<Item = (&'a str, usize, &'a str)>,
        frequent: impl IntoIterator<Item = (&'a str, usize, &'a str)>,
    ) -> Result<ArabicNames, Error> {
        let bad = |origin: &str, line, field: &str, reason: String| Error::Gazetteer {
            origin: origin.to_string(),
            line,
            problem: Problem::InvalidField {
                field: field.into(),
                reason,
            },
        };
        let mut freq = WordMap::default();
        for (origin, line, word) in frequent {
            if !word.chars().next().is_some_and(is_letter) || !word.chars().all(is_inner) {
                return Err(bad(
                    origin,
                    line,
                    "frequent_words",
                    format!("{word:?} is not one word of Arabic script"),
                ));
            }
            freq.insert(fold(word).into(), ());
        }
        let mut given = WordMap::default();
        let mut first = None;
        for (origin, line, entry) in names {
            let (name, mark) = entry.split_once('\t').unwrap_or((entry, ""));
            let common = match mark {
                "" => false,
                "word" => true,
                _ => {
                    return Err(bad(
                        origin,
                        line,
                        "given_names",
                        format!("{entry:?} has a mark other than \"word\" after its tab"),
                    ));
                }
            };
            if !is_word(name) {
                return Err(bad(
                    origin,
                    line,
                    "given_names",
                    format!("{entry:?} is not one word of Arabic script"),
                ));
            }
            first.get_or_insert((origin, line, name));
            let key: Box<str> = fold(name).into();
            let common = common || given.get(&key).copied().unwrap_or(false);
            given.insert(key, common);
        }
        if let Some((origin, line, name)) = first
            && freq.is_empty()
        {
            return Err(bad(
                origin,
                line,
                "given_names",
                format!(
                    "{name:?} is in Arabic script, which needs the frequent words of Arabic and \
                     Persian (feature `people`) to end a name"
                ),
            ));
        }
        Ok(ArabicNames {
            given,
            frequent: freq,
        })
    }

    /// The number of given names.
    pub(crate) fn len(&self) -> usize {
        self.given.len()
    }

    /// Approximate heap bytes: the tables and their words.
    pub(crate) fn memory_usage(&self) -> usize {
        let entry = std::mem::size_of::<(Box<str>, bool)>() + 8;
        (self.given.capacity() + self.frequent.capacity()) * entry
            + self
                .given
                .keys()
                .chain(self.frequent.keys())
                .map(|k| k.len())
                .sum::<usize>()
    }

    /// `Some(common)` if the folded word is a given name.
    fn given_name(&self, key: &str) -> Option<bool> {
        self.given.get(key).copied()
    }

    /// Whether a name may begin at the word `start..end`: the word before
    /// it, if any, is no name word (then the word is inside a longer name:
    /// "ساغوي ديكل تشين" is no "تشين" named again).
    pub(crate) fn may_begin(&self, text: &str, start: usize) -> bool {
        previous_word(text, start).is_none_or(|(ps, pe)| !self.is_name_word(text, ps, pe))
    }

    /// Whether the word `text[start..end]` may go on with a name.
    fn is_name_word(&self, text: &str, start: usize, end: usize) -> bool {
        let key = fold(&text[start..end]);
        // "بعائلته" is ب + "عائلته" (his family), frequent without its proclitic.
        let frequent = || names_in(&text[start..end]).any(|w| self.frequent.contains_key(&*fold(w)));
        key.chars().count() >= 2
            && !frequent()
            && !listed(&NOT_NAME_SET, &key)
            && !is_title(&text[start..end])
            && !is_place(&text[start..end])
    }

    /// Where a given name starts in the word `text[start..end]` (a word of
    /// [`words`]): at its start, or after its proclitics; and whether it is
    /// also a common word.
    fn given_at(&self, text: &str, start: usize, end: usize) -> Option<(usize, bool)> {
        // The word is folded once: fold leaves the proclitics as they are
        // (a test says so), so the word without them folds to the folded
        // word without them.
        let folded = fold(&text[start..end]);
        name_starts(text, start, end).find_map(|at| self.given_name(&folded[at - start..]).map(|c| (at, c)))
    }

    /// The person whose given name is in the word `text[start..end]`, if
    /// the rule finds one there.
    pub(crate) fn person_at(&self, text: &str, start: usize, end: usize) -> Option<Person> {
        let (at, common) = self.given_at(text, start, end)?;
        match previous_word(text, start) {
            Some((ps, pe)) if is_place(&text[ps..pe]) || self.is_name_word(text, ps, pe) => return None,
            Some((ps, pe)) if common && !is_title(&text[ps..pe]) => return None,
            None if common => return None,
            _ => {}
        }
        let mut last = None;
        let mut to = end;
        for _ in 0..2 {
            let Some((ws, we)) = next_word(text, to) else {
                break;
            };
            if !self.is_name_word(text, ws, we) || we - at > CONTEXT {
                break;
            }
            last = Some(ws);
            to = we;
        }
        Some(Person {
            start: at,
            end: to,
            given_end: end,
            last: last?,
        })
    }
}

/// Whether `word` is a title of [`TITLES`], with a proclitic or not.
fn is_title(word: &str) -> bool {
    names_in(word).any(|w| listed(&TITLES_SET, &fold(w)))
}

/// Whether `word` is a place word of [`PLACES`], with a proclitic or not.
fn is_place(word: &str) -> bool {
    names_in(word).any(|w| listed(&PLACES_SET, &fold(w)))
}

/// `word`, then `word` without each run of proclitics it may start with.
fn names_in(word: &str) -> impl Iterator<Item = &str> {
    name_starts(word, 0, word.len()).map(move |at| &word[at..])
}

fn listed(set: &WordSet, key: &str) -> bool {
    set.contains(key)
}

fn word_set(list: &'static str) -> WordSet {
    list.split_ascii_whitespace().collect()
}

static TITLES_SET: Lazy<WordSet> = Lazy::new(|| word_set(TITLES));
static PLACES_SET: Lazy<WordSet> = Lazy::new(|| word_set(PLACES));
static NOT_NAME_SET: Lazy<WordSet> = Lazy::new(|| word_set(NOT_NAME_WORDS));

/// Where a name may start in the word `text[start..end]`: at its start,
/// then after each run of proclitics it starts with that leaves two
/// letters at least, longest first: a conjunction (و, ف) then a
/// preposition (ب, ل), or one of them alone. Read off the word's first
/// two letters rather than by trying the eight runs: the rule asks this of
/// every word.
fn name_starts(text: &str, start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
    let word = &text[start..end];
    let mut chars = word.chars();
    let (first, second) = (chars.next(), chars.next());
    let conjunction = first.filter(|c| matches!(c, 'و' | 'ف'));
    let preposition = |c: Option<char>| c.filter(|c| matches!(c, 'ب' | 'ل'));
    let two = conjunction
        .zip(preposition(second))
        .map(|(c, p)| c.len_utf8() + p.len_utf8());
    let one = conjunction.or(preposition(first)).map(char::len_utf8);
    let leaves_a_name = move |len: &usize| word[*len..].chars().filter(|&c| is_letter(c)).nth(1).is_some();
    std::iter::once(start).chain(
        [two, one]
            .into_iter()
            .flatten()
            .filter(leaves_a_name)
            .map(move |len| start + len),
    )
}

/// `word` folded for comparison: vowel marks, Quranic marks, tatweel and
/// joiners dropped; the hamza forms of alef as alef, ؤ as و, ئ, ی and ى
/// kept apart (ى ends "على", on); Persian ی as ي and ک as ك. Decomposed
/// hamza marks are dropped too, so a decomposed text folds as a composed one.
/// Borrowed where nothing folds: the rule folds every word it reads,
/// several times with proclitics.
pub(crate) fn fold(word: &str) -> Cow<'_, str> {
    if word.chars().all(|c| fold_char(c) == Some(c)) {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    out.extend(word.chars().filter_map(fold_char));
    Cow::Owned(out)
}

/// `c` folded: `None` where [`fold`] drops it.
fn fold_char(c: char) -> Option<char> {
    match c {
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0640}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{200C}'
        | '\u{200D}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ؤ' => Some('و'),
        'ئ' | 'ی' => Some('ي'),
        'ک' => Some('ك'),
        c => Some(c),
    }
}

/// A letter of the Arabic script (U+0620–U+064A, U+066E–U+06D3, U+06D5,
/// U+06EE–U+06FF, the supplement and extended-A blocks; marks excluded).
pub(crate) fn is_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}')
}

/// A character inside an Arabic-script word: a letter, a mark, tatweel, or
/// the zero-width non-joiner of Persian ("ذبیح‌الله").
fn is_inner(c: char) -> bool {
    is_letter(c)
        || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' | '\u{200C}')
}

/// Whether a line of a given-name list is a name in Arabic script (its
/// first character is an Arabic letter): the builder gives those to this
/// rule and the others to `unlisted.rs`.
pub(crate) fn is_arabic_entry(entry: &str) -> bool {
    entry.chars().next().is_some_and(is_letter)
}

/// Whether `word` is one word of Arabic script: it starts with a letter,
/// holds only letters, marks, tatweel and non-joiners, two letters at least.
fn is_word(word: &str) -> bool {
    word.chars().next().is_some_and(is_letter)
        && word.chars().all(is_inner)
        && word.chars().filter(|&c| is_letter(c)).count() >= 2
}

/// The end of the Arabic-script word that starts at `start` (a non-joiner
/// only between letters).
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    for (i, c) in text[start..].char_indices() {
        if !is_inner(c) {
            break;
        }
        if c != '\u{200C}' {
            end = start + i + c.len_utf8();
        }
    }
    end
}

/// Whether the word `start..end` stands alone: no letter or digit of any
/// script glued to it on either side.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || is_inner(c));
    !glued(text[..start].chars().next_back()) && !glued(text[end..].chars().next())
}

/// The word after `at` past one space, if one of Arabic script begins there
/// and stands alone.
fn next_word(text: &str, at: usize) -> Option<(usize, usize)> {
    let space = text[at..].chars().next().filter(|&c| c == ' ' || c == '\u{a0}')?;
    let start = at + space.len_utf8();
    if !text[start..].chars().next().is_some_and(is_letter) {
        return None;
    }
    let end = word_end(text, start);
    stands_alone(text, start, end).then_some((start, end))
}

/// The Arabic-script word before `at` past one space, if it stands alone
/// within [`CONTEXT`] bytes.
fn previous_word(text: &str, at: usize) -> Option<(usize, usize)> {
    let space = text[..at]
        .chars()
        .next_back()
        .filter(|&c| c == ' ' || c == '\u{a0}')?;
    let end = at - space.len_utf8();
    let floor = at.saturating_sub(CONTEXT);
    let mut start = end;
    for (i, c) in text[..end].char_indices().rev() {
        if i < floor || !is_inner(c) {
            break;
        }
        start = i;
    }
    let found = start < end && text[start..].chars().next().is_some_and(is_letter);
    (found && stands_alone(text, start, end)).then_some((start, end))
}

/// Pushes to `out` every word of Arabic script in `text` (start, end) that
/// stands alone and whose start `keep` accepts: where a name of the rule
/// may begin. Text without a byte of the Arabic blocks' lead bytes (0xD8 to
/// 0xDD, 0xE0) is skipped eight ASCII bytes at a test.
pub(crate) fn words(text: &str, mut keep: impl FnMut(usize) -> bool, out: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time where none is a lead byte of the Arabic
        // blocks (those bytes only ever start a character): ASCII by one
        // test, accented Latin by a look at each byte (benches/data/news-fr:
        // 4.7 instructions a byte, 7.2 with a step of one byte; callgrind).
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            let ascii = u64::from_le_bytes(word) & 0x8080_8080_8080_8080 == 0;
            if ascii || !chunk.iter().any(|b| matches!(b, 0xD8..=0xDD | 0xE0)) {
                i += 8;
                continue;
            }
        }
        if !matches!(bytes[i], 0xD8..=0xDD | 0xE0) {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
        if !is_letter(c) {
            i += c.len_utf8();
            continue;
        }
        let end = word_end(text, i);
        if stands_alone(text, i, end) && keep(i) {
            out.push((i, end));
        }
        i = end;
    }
}

/// The most names a document remembers (a bound on a stream's memory).
const REMEMBERED: usize = 10_000;

/// What a document remembers of its unlisted people in Arabic script: the
/// folded last name word, the two name words together, and the given name
/// (unless it is a common word), each with the full name as written.
#[derive(Clone, Debug, Default)]
pub(crate) struct Remembered {
    names: HashMap<String, Box<str>>,
    /// The first folded characters of the keys of `names`, a bit each
    /// ([`bit`]): most words cannot be a key, and are then neither folded
    /// nor hashed.
    firsts: u128,
    /// The last folded characters of the keys of `names`, a bit each.
    lasts: u128,
}

/// The bit of `c` in [`Remembered`]'s sets of characters: its code point
/// modulo 128, which keeps the letters U+0620 to U+064A apart (others may
/// share a bit: a word then passes the test for nothing).
fn bit(c: char) -> u128 {
    1 << (u32::from(c) % 128)
}

impl Remembered {
    /// Forgets the document.
    pub(crate) fn reset(&mut self) {
        self.names.clear();
        self.firsts = 0;
        self.lasts = 0;
    }

    /// Remembers the folded `key` for the person named `full`.
    fn insert(&mut self, key: String, full: Box<str>) {
        if let (Some(first), Some(last)) = (key.chars().next(), key.chars().next_back()) {
            self.firsts |= bit(first);
            self.lasts |= bit(last);
        }
        self.names.insert(key, full);
    }

    /// Whether `words` (text as written) may fold to a key: its first and
    /// last folded characters are those of some key. False means it folds
    /// to none; true, perhaps.
    fn may_hold(&self, words: &str) -> bool {
        let first = words.chars().find_map(fold_char);
        first.is_some_and(|c| self.firsts & bit(c) != 0)
            && words
                .chars()
                .rev()
                .find_map(fold_char)
                .is_some_and(|c| self.lasts & bit(c) != 0)
    }

    /// Remembers `person`, found in `text` by `rule`.
    pub(crate) fn remember(&mut self, rule: &ArabicNames, text: &str, person: Person) {
        if self.names.len() + 3 > REMEMBERED {
            return;
        }
        let full: Box<str> = text[person.start..person.end].into();
        self.insert(fold(&text[person.last..person.end]).into_owned(), full.clone());
        if let Some((ws, _)) = next_word(text, person.given_end)
            && ws < person.last
        {
            self.insert(fold(&text[ws..person.end]).into_owned(), full.clone());
        }
        let given = fold(&text[person.start..person.given_end]);
        if rule.given_name(&given) == Some(false) {
            self.insert(given.into_owned(), full);
        }
    }

    /// A person named again in the word `text[start..end]` (after its
    /// proclitics): where the name starts and ends (two words if the
    /// document remembers them together), and the full name.
    pub(crate) fn again_at(&self, text: &str, start: usize, end: usize) -> Option<(usize, usize, &str)> {
        if self.names.is_empty() {
            return None;
        }
        let mut next = None;
        name_starts(text, start, end).find_map(|at| {
            // Every key read at `at` begins with the first folded character
            // after it: the word after is read only if some key does too.
            if text[at..]
                .chars()
                .find_map(fold_char)
                .is_none_or(|c| self.firsts & bit(c) == 0)
            {
                return None;
            }
            if let Some((_, we)) = *next.get_or_insert_with(|| next_word(text, end))
                && self.may_hold(&text[at..we])
                && let Some(full) = self.names.get(&*fold(&text[at..we]))
            {
                return Some((at, we, &**full));
            }
            if !self.may_hold(&text[at..end]) {
                return None;
            }
            self.names
                .get(&*fold(&text[at..end]))
                .map(|full| (at, end, &**full))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The proclitic runs a name may follow, longest first: what
    /// `name_starts` reads off a word's first two letters.
    const PROCLITICS: [&str; 8] = ["وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"];

    fn rule() -> ArabicNames {
        let names = ["جودي", "كيث", "الیزابت", "أمل\tword", "محمد\tword", "إيتاي"];
        let names = names.iter().map(|n| ("<test>", 1, *n));
        let frequent = [
            "في",
            "قال",
            "قالت",
            "وقال",
            "مع",
            "عن",
            "الذي",
            "اليوم",
            "أن",
            "که",
            "گفت",
        ];
        ArabicNames::new(names, frequent.iter().map(|w| ("<freq>", 1, *w))).expect("valid lists")
    }

    /// The name the rule finds at the first word that contains `word`.
    fn found(text: &str, word: &str) -> Option<String> {
        let start = text.find(word).expect("the word is in the text");
        let mut out = Vec::new();
        words(text, |_| true, &mut out);
        let &(ws, we) = out.iter().find(|&&(s, e)| s <= start && start < e)?;
        rule()
            .person_at(text, ws, we)
            .map(|p| text[p.start..p.end].to_string())
    }

    #[test]
    fn a_table_of_names_and_no_names() {
        let rows: &[(&str, &str, Option<&str>)] = &[
            // A given name and one or two name words.
            ("قالت جودي وينشتاين في", "جودي", Some("جودي وينشتاين")),
            ("مع كيث سيغل اليوم", "كيث", Some("كيث سيغل")),
            ("خانم الیزابت استیکنی گفت", "الیزابت", Some("الیزابت استیکنی")),
            ("عن إيتاي تشين ديكل وقال", "إيتاي", Some("إيتاي تشين ديكل")),
            // Three name words: the name stops after two.
            ("عن إيتاي تشين ديكل هاغاي", "إيتاي", Some("إيتاي تشين ديكل")),
            // A proclitic stays outside the span.
            ("ووجودي وينشتاين", "وجودي", None),
            ("قالت وجودي وينشتاين", "وجودي", Some("جودي وينشتاين")),
            ("ولكيث سيغل", "ولكيث", Some("كيث سيغل")),
            // A frequent word, punctuation or Latin letters end the name.
            ("جودي قال", "جودي", None),
            ("جودي، وينشتاين", "جودي", None),
            ("جودي Weinstein", "جودي", None),
            ("جودي وينشتاينx", "جودي", None),
            // A common word needs a title before it.
            ("أمل كلوني", "أمل", None),
            ("في أمل كلوني", "أمل", None),
            ("السيدة أمل كلوني", "أمل", Some("أمل كلوني")),
            ("والسيدة أمل كلوني", "أمل", Some("أمل كلوني")),
            ("آقای محمد رضایی", "محمد", Some("محمد رضایی")),
            // A place word before: the name of a street, a university.
            ("شارع كيث سيغل", "كيث", None),
            ("جامعة جودي وينشتاين", "جودي", None),
            // Not a given name, or a given name inside a longer word.
            ("سامي وينشتاين", "سامي", None),
            ("كيثي سيغل", "كيثي", None),
            ("xجودي وينشتاين", "جودي", None),
        ];
        for &(text, word, expected) in rows {
            assert_eq!(found(text, word).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn folding_joins_spellings() {
        assert_eq!(fold("إيتاي"), fold("ايتاي"));
        assert_eq!(fold("الیزابت"), fold("اليزابت"));
        assert_eq!(fold("كيث"), fold("کیث"));
        assert_eq!(fold("مُحَمَّد"), "محمد");
        assert_eq!(fold("ذبیح\u{200c}الله"), fold("ذبيحالله"));
        assert_eq!(fold("ا\u{0654}"), fold("ا"), "a decomposed hamza");
        assert_ne!(fold("على"), fold("علي"));
        assert!(matches!(fold("كيث"), Cow::Borrowed(_)), "nothing to fold");
        assert!(matches!(fold("کیث"), Cow::Owned(_)));
    }

    #[test]
    fn words_are_arabic_script_runs() {
        let text = "abc جودي، وينشتاين 12كيث ذبیح\u{200c}الله x\u{200c}y ـ";
        let mut out = Vec::new();
        words(text, |_| true, &mut out);
        let found: Vec<&str> = out.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["جودي", "وينشتاين", "ذبیح\u{200c}الله"]);
    }

    #[test]
    fn later_the_surname_or_the_given_name_alone() {
        let rule = rule();
        let text = "جودي وينشتاين";
        let person = rule.person_at(text, 0, "جودي".len()).expect("a person");
        let mut remembered = Remembered::default();
        remembered.remember(&rule, text, person);
        let again = |later: &str, word: &str| {
            let start = later.find(word).expect("in the text");
            let end = word_end(later, start);
            remembered
                .again_at(later, start, end)
                .map(|(s, e, full)| (later[s..e].to_string(), full.to_string()))
        };
        let full = "جودي وينشتاين".to_string();
        assert_eq!(
            again("قال وينشتاين", "وينشتاين"),
            Some(("وينشتاين".to_string(), full.clone()))
        );
        assert_eq!(
            again("قالت لجودي", "لجودي"),
            Some(("جودي".to_string(), full.clone()))
        );
        assert_eq!(again("قال سيغل", "سيغل"), None);
        let common = "السيدة أمل كلوني";
        let start = common.find("أمل").expect("in the text");
        let person = rule
            .person_at(common, start, start + "أمل".len())
            .expect("a person");
        let mut remembered = Remembered::default();
        remembered.remember(&rule, common, person);
        let later = "أمل";
        assert_eq!(
            remembered.again_at(later, 0, later.len()),
            None,
            "a common word alone is no one"
        );
    }

    #[test]
    fn name_starts_are_the_proclitic_runs_longest_first() {
        let reference = |word: &str| -> Vec<usize> {
            let runs = PROCLITICS.iter().filter_map(|p| {
                let rest = word.strip_prefix(p)?;
                (rest.chars().filter(|&c| is_letter(c)).count() >= 2).then_some(p.len())
            });
            std::iter::once(0).chain(runs).collect()
        };
        let words = [
            "جودي",
            "وجودي",
            "فجودي",
            "بجودي",
            "لجودي",
            "وبجودي",
            "ولجودي",
            "فبجودي",
            "فلجودي",
            "وبلجودي",
            "ووجودي",
            "بوجودي",
            "لبجودي",
            "وَجودي",
            "وب",
            "وبا",
            "وبال",
            "ول",
            "فلان",
            "بل",
            "لل",
            "ب",
            "و",
            "ولـد",
            "فلَل",
            "وّبا",
            "x",
        ];
        for word in words {
            let text = format!("قال {word}");
            let start = "قال ".len();
            let found: Vec<usize> = name_starts(&text, start, text.len())
                .map(|at| at - start)
                .collect();
            assert_eq!(found, reference(word), "{word}");
        }
    }

    #[test]
    fn folding_keeps_the_proclitics() {
        // given_at folds a word once and reads it without its proclitics.
        for p in PROCLITICS {
            assert_eq!(fold(p), p);
            assert_eq!(fold(&format!("{p}إيتاي")), format!("{p}{}", fold("إيتاي")));
        }
    }

    #[test]
    fn the_prefilter_passes_every_key_as_written() {
        let rule = rule();
        let text = "قالت وجودي وینشتاین ديكل";
        let start = text.find("وجودي").expect("in the text");
        let person = rule
            .person_at(text, start, start + "وجودي".len())
            .expect("a person");
        let mut remembered = Remembered::default();
        remembered.remember(&rule, text, person);
        assert_eq!(remembered.names.len(), 3, "last word, two words, given name");
        // Each key, spelled otherwise, with marks or a tatweel around it.
        for later in ["وينشتاين ديكل", "ديكل", "جودي", "جُودِي", "ـجوديـ", "ديكلٌ"]
        {
            assert!(remembered.may_hold(later), "{later}");
        }
        assert!(!remembered.may_hold("سيغل"), "no key starts with س");
        assert!(!remembered.may_hold("جودت"), "no key ends with ت");
        remembered.reset();
        assert!(!remembered.may_hold("جودي"), "forgotten");
    }

    #[test]
    fn bad_lists_are_errors_that_name_the_line() {
        let frequent = [("freq.txt", 3, "في")];
        for bad in ["", "Judy", "جودي وينشتاين", "جودي\tplace", "ج"] {
            let err = ArabicNames::new([("names.txt", 7, bad)], frequent).expect_err(bad);
            let message = err.to_string();
            assert!(
                message.contains("names.txt") && message.contains('7'),
                "{message}"
            );
        }
        let err = ArabicNames::new([("names.txt", 7, "جودي")], []).expect_err("no frequent words");
        assert!(err.to_string().contains("names.txt"), "{err}");
        let err = ArabicNames::new([], [("freq.txt", 3, "abc")]).expect_err("a Latin word");
        assert!(err.to_string().contains("freq.txt"), "{err}");
    }
}
