//! The language of the text: an alias tagged with languages counts only
//! where the text is in one of them ("Argentine" is French; "the Argentine
//! president" in English names no country), or where the language of the
//! text is not known, unless the alias is `lang_only` ("Island" is Iceland
//! in German and a word in English: it counts only in text known to be
//! German). Untagged aliases count everywhere.
//!
//! The language of a text is given by the caller ([`Language::given`], for a
//! whole document) or, with the `detect-lang` feature, detected around each
//! hit whose alias is tagged (`Language::Detect`): whatlang reads the hit's
//! paragraph within [`CONTEXT`] bytes on each side, as the other rules do,
//! so a stream decides as one-shot extraction does and holds no more text.
//! A language that no loaded alias is tagged with (Swedish, say) counts as
//! unknown: restricting there would lose "Iran" in Swedish text.

use crate::entity::Alias;
use crate::error::{Error, Problem};
use crate::rules::CONTEXT;

/// A language code: 2 or 3 lowercase ASCII letters, padded with zeros.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Code([u8; 3]);

impl Code {
    /// The code, if `code` is one (see [`check_code`]).
    fn parse(code: &str) -> Option<Code> {
        check_code(code).ok()?;
        let mut bytes = [0; 3];
        bytes[..code.len()].copy_from_slice(code.as_bytes());
        Some(Code(bytes))
    }

    fn as_str(&self) -> &str {
        let len = self.0.iter().position(|&b| b == 0).unwrap_or(3);
        // Invariant: built from ASCII letters by `parse`.
        std::str::from_utf8(&self.0[..len]).unwrap_or("")
    }
}

/// Checks a language code: an ISO 639 code of 2 or 3 lowercase ASCII
/// letters ("de", "fa", "prs"); the error says why, with the value.
pub(crate) fn check_code(code: &str) -> Result<(), String> {
    if (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(())
    } else {
        Err(format!(
            "{code:?} is not a language code (expected 2 or 3 lowercase letters, ISO 639: \"de\", \"fa\")"
        ))
    }
}

/// The language of the texts an extractor reads, for a whole document:
/// the builder's default ([`ExtractorBuilder::language`](crate::ExtractorBuilder::language))
/// or per call ([`Extractor::extract_in`](crate::Extractor::extract_in) and its siblings).
///
/// ```
/// use gazner::{ExtractorBuilder, Language};
///
/// // English counts as a language of the gazetteer only if some alias is tagged with it.
/// let gazetteer = concat!(
///     r#"{"id":"Q414","kind":"country","name":"Argentina","aliases":["#,
///     r#"{"text":"Argentine","lang":"fr"},{"text":"Argentine Republic","lang":"en"}]}"#
/// );
/// let extractor = ExtractorBuilder::new().gazetteer_str("g", gazetteer).build()?;
/// let text = "the Argentine president";
/// assert_eq!(extractor.extract(text).len(), 1); // the language is not known
/// assert_eq!(extractor.extract_in(text, Language::given("en")?).len(), 0);
/// assert_eq!(extractor.extract_in("l'Argentine", Language::given("fr")?).len(), 1);
/// # Ok::<(), gazner::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Language {
    /// Not known: tagged aliases count, except the `lang_only` ones. The
    /// default.
    #[default]
    Unknown,
    /// The text is in this language (see [`Language::given`]).
    Given(LanguageCode),
    /// Detected around each hit of a tagged alias, with whatlang, in the
    /// hit's paragraph within 64 bytes on each side; unknown where whatlang
    /// is not sure. Only with the `detect-lang` feature.
    #[cfg(feature = "detect-lang")]
    Detect,
}

/// A checked language code (see [`Language::given`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguageCode(Code);

impl LanguageCode {
    /// The code as given.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl Language {
    /// The text is in the language `code` (ISO 639: "en", "de", "fa").
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] with [`Problem::InvalidLanguage`] when `code` is
    /// not 2 or 3 lowercase ASCII letters.
    pub fn given(code: &str) -> Result<Language, Error> {
        Code::parse(code)
            .map(|c| Language::Given(LanguageCode(c)))
            .ok_or_else(|| Error::Invalid(Problem::InvalidLanguage(code.to_string())))
    }
}

/// What the rule knows of a document's language, once resolved against the
/// loaded gazetteers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Setting {
    #[default]
    Unknown,
    Known(Code),
    #[cfg(feature = "detect-lang")]
    Detect,
}

/// The languages the loaded aliases are tagged with, the builder's default
/// language, and the detector restricted to the tagged languages.
#[derive(Clone, Debug, Default)]
pub(crate) struct Languages {
    tagged: Vec<Code>,
    pub(crate) default: Language,
    #[cfg(feature = "detect-lang")]
    detector: Option<whatlang::Detector>,
}

impl Languages {
    /// The languages of `aliases` (checked by the reader), and `default`.
    pub(crate) fn new<'a>(aliases: impl Iterator<Item = &'a Alias>, default: Language) -> Languages {
        let mut tagged: Vec<Code> = aliases.flat_map(|a| a.langs().filter_map(Code::parse)).collect();
        tagged.sort_unstable();
        tagged.dedup();
        #[cfg(feature = "detect-lang")]
        let detector = {
            let known: Vec<whatlang::Lang> = tagged.iter().filter_map(|c| whatlang_of(c.as_str())).collect();
            (!known.is_empty()).then(|| whatlang::Detector::with_allowlist(known))
        };
        Languages {
            tagged,
            default,
            #[cfg(feature = "detect-lang")]
            detector,
        }
    }

    /// What the rule does for a document said to be in `language`.
    pub(crate) fn resolve(&self, language: Language) -> Setting {
        match language {
            Language::Unknown => Setting::Unknown,
            Language::Given(LanguageCode(code)) if self.tagged.binary_search(&code).is_ok() => {
                Setting::Known(code)
            }
            Language::Given(_) => Setting::Unknown,
            #[cfg(feature = "detect-lang")]
            Language::Detect => Setting::Detect,
        }
    }

    /// The language of the text around the hit `text[start..end]`, if known.
    #[cfg_attr(not(feature = "detect-lang"), allow(unused_variables))]
    pub(crate) fn at(&self, setting: Setting, text: &str, start: usize, end: usize) -> Option<Code> {
        match setting {
            Setting::Unknown => None,
            Setting::Known(code) => Some(code),
            #[cfg(feature = "detect-lang")]
            Setting::Detect => self.detect(paragraph_around(text, start, end)),
        }
    }

    #[cfg(feature = "detect-lang")]
    fn detect(&self, text: &str) -> Option<Code> {
        let info = self.detector.as_ref()?.detect(text)?;
        if !info.is_reliable() {
            return None;
        }
        let code = iso639_1(info.lang()).unwrap_or(info.lang().code());
        let code = Code::parse(code)?;
        self.tagged.binary_search(&code).is_ok().then_some(code)
    }
}

/// Whether `alias` may count where the text is in `lang` (`None`: unknown).
pub(crate) fn allows(alias: &Alias, lang: Option<Code>) -> bool {
    match lang {
        _ if alias.lang_list().is_empty() => true,
        None => !alias.is_lang_only(),
        Some(code) => alias.langs().any(|l| l == code.as_str()),
    }
}

/// The part of `text[start..end]`'s paragraph that lies within
/// [`CONTEXT`] bytes of it: what the detector reads. A blank line ends a
/// paragraph.
#[cfg_attr(not(feature = "detect-lang"), allow(dead_code))]
fn paragraph_around(text: &str, start: usize, end: usize) -> &str {
    let mut from = start.saturating_sub(CONTEXT);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + CONTEXT).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = &text[from..start];
    let from = blank_lines(before).last().map_or(from, |(_, e)| from + e);
    let after = &text[end..to];
    let to = blank_lines(after).next().map_or(to, |(s, _)| end + s);
    &text[from..to]
}

/// The blank lines of `text` (a line break, white space, a line break), as
/// byte ranges, in order.
fn blank_lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let breaks: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    let mut out = Vec::new();
    for pair in breaks.windows(2) {
        if text[pair[0] + 1..pair[1]].chars().all(char::is_whitespace) {
            out.push((pair[0], pair[1] + 1));
        }
    }
    out.into_iter()
}

/// whatlang's language for an ISO 639-1 or 639-3 code, if it knows it.
#[cfg(feature = "detect-lang")]
fn whatlang_of(code: &str) -> Option<whatlang::Lang> {
    let three = ISO639
        .iter()
        .find(|(two, _)| *two == code)
        .map_or(code, |(_, three)| *three);
    whatlang::Lang::from_code(three)
}

/// The ISO 639-1 code of a whatlang language, where the gazetteers use it.
#[cfg(feature = "detect-lang")]
fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    ISO639
        .iter()
        .find(|(_, three)| *three == lang.code())
        .map(|(two, _)| *two)
}

/// ISO 639-1 to whatlang's codes (ISO 639-3; Persian is "pes", Chinese "cmn").
#[cfg(feature = "detect-lang")]
const ISO639: &[(&str, &str)] = &[
    ("af", "afr"),
    ("ar", "ara"),
    ("az", "aze"),
    ("be", "bel"),
    ("bg", "bul"),
    ("bn", "ben"),
    ("cs", "ces"),
    ("da", "dan"),
    ("de", "deu"),
    ("el", "ell"),
    ("en", "eng"),
    ("eo", "epo"),
    ("es", "spa"),
    ("et", "est"),
    ("fa", "pes"),
    ("fi", "fin"),
    ("fr", "fra"),
    ("he", "heb"),
    ("hi", "hin"),
    ("hr", "hrv"),
    ("hu", "hun"),
    ("hy", "hye"),
    ("id", "ind"),
    ("it", "ita"),
    ("ja", "jpn"),
    ("ka", "kat"),
    ("ko", "kor"),
    ("lt", "lit"),
    ("lv", "lav"),
    ("nl", "nld"),
    ("pl", "pol"),
    ("pt", "por"),
    ("ro", "ron"),
    ("ru", "rus"),
    ("sk", "slk"),
    ("sl", "slv"),
    ("sr", "srp"),
    ("sv", "swe"),
    ("th", "tha"),
    ("tr", "tur"),
    ("uk", "ukr"),
    ("ur", "urd"),
    ("vi", "vie"),
    ("zh", "cmn"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_checked() {
        for good in ["de", "fa", "prs"] {
            assert!(check_code(good).is_ok(), "{good}");
        }
        for bad in ["", "d", "DE", "de-AT", "deut", "d1", "é"] {
            let err = check_code(bad).unwrap_err();
            assert!(err.contains(&format!("{bad:?}")), "{err}");
        }
    }

    #[test]
    fn tagged_aliases_count_in_their_languages() {
        let fr = Alias::new("Argentine").with_lang("fr");
        let de = Alias::new("Island").with_lang("de").with_lang_only(true);
        let both = Alias::new("Belgique").with_lang("fr").with_lang("nl");
        let untagged = Alias::new("Iran");
        let code = |c| Code::parse(c);
        assert!(allows(&fr, code("fr")) && !allows(&fr, code("en")) && allows(&fr, None));
        assert!(allows(&de, code("de")) && !allows(&de, code("en")) && !allows(&de, None));
        assert!(allows(&both, code("nl")) && allows(&both, code("fr")) && !allows(&both, code("de")));
        assert!(allows(&untagged, code("sv")) && allows(&untagged, None));
    }

    #[test]
    fn a_language_no_alias_is_tagged_with_is_unknown() {
        let aliases = [Alias::new("Iran").with_lang("en").with_lang("fr")];
        let languages = Languages::new(aliases.iter(), Language::Unknown);
        let given = |c| languages.resolve(Language::given(c).unwrap());
        assert_eq!(given("sv"), Setting::Unknown);
        assert_eq!(given("en"), Setting::Known(Code::parse("en").unwrap()));
    }

    #[test]
    fn the_detector_reads_the_paragraph_around_the_hit() {
        let text = "Before.\n\nOne paragraph with Iran in it.\n \nAfter.";
        let start = text.find("Iran").unwrap();
        assert_eq!(
            paragraph_around(text, start, start + 4),
            "One paragraph with Iran in it."
        );
        let long = format!("{}Iran{}", "a".repeat(100), "b".repeat(100));
        let around = paragraph_around(&long, 100, 104);
        assert_eq!(around.len(), 4 + 2 * CONTEXT);
    }
}
