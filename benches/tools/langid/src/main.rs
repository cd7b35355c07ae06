//! Language detection candidates for issue #12, scored on short news text in
//! the 16 languages the gazner defaults read.
//!
//! `langid-bench` prints the accuracy tables (README.md); `langid-bench run
//! DETECTOR [PASSES]` runs one detector over every item PASSES times (1), for
//! callgrind and `/usr/bin/time -v`.

use std::collections::BTreeMap;
use std::error::Error;
use std::path::Path;

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

/// The 16 languages, ISO 639-1.
const LANGS: [&str; 16] = [
    "en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr", "ar", "fa", "zh", "ja", "ko",
];

/// Text sizes scored separately.
const KINDS: [&str; 4] = ["s1", "s2-3", "head", "head-real"];

/// One labelled text.
struct Item {
    lang: String,
    kind: &'static str,
    text: String,
    /// Words (characters / 2 in unspaced scripts) of a "head" item, else 0.
    words: usize,
}

/// A detector under test: text in, ISO 639-1 code (or None: unknown) out.
enum Detector {
    /// whatlang, answering "unknown" where it says its guess is unreliable.
    WhatlangReliable(whatlang::Detector),
    /// Detects nothing: the harness's own cost, for callgrind.
    Nothing,
    Whatlang(whatlang::Detector),
    Whichlang,
    Lingua(Box<LanguageDetector>),
}

impl Detector {
    fn by_name(name: &str) -> Result<Detector, String> {
        let lingua_langs = [
            Language::English,
            Language::French,
            Language::German,
            Language::Spanish,
            Language::Italian,
            Language::Portuguese,
            Language::Dutch,
            Language::Polish,
            Language::Russian,
            Language::Ukrainian,
            Language::Turkish,
            Language::Arabic,
            Language::Persian,
            Language::Chinese,
            Language::Japanese,
            Language::Korean,
        ];
        use whatlang::Lang as W;
        Ok(match name {
            "whatlang" | "whatlang-reliable" => {
                let d = whatlang::Detector::with_allowlist(vec![
                    W::Eng,
                    W::Fra,
                    W::Deu,
                    W::Spa,
                    W::Ita,
                    W::Por,
                    W::Nld,
                    W::Pol,
                    W::Rus,
                    W::Ukr,
                    W::Tur,
                    W::Ara,
                    W::Pes,
                    W::Cmn,
                    W::Jpn,
                    W::Kor,
                ]);
                if name == "whatlang" {
                    Detector::Whatlang(d)
                } else {
                    Detector::WhatlangReliable(d)
                }
            }
            "whatlang-all" => Detector::Whatlang(whatlang::Detector::new()),
            "whichlang" => Detector::Whichlang,
            "none" => Detector::Nothing,
            "lingua" => Detector::Lingua(Box::new(
                LanguageDetectorBuilder::from_languages(&lingua_langs).build(),
            )),
            "lingua-low" => Detector::Lingua(Box::new(
                LanguageDetectorBuilder::from_languages(&lingua_langs)
                    .with_low_accuracy_mode()
                    .build(),
            )),
            other => return Err(format!("unknown detector {other:?}")),
        })
    }

    fn detect(&self, text: &str) -> Option<String> {
        match self {
            Detector::Nothing => None,
            Detector::WhatlangReliable(d) => d
                .detect(text)
                .filter(|i| i.is_reliable())
                .map(|i| whatlang_code(i.lang()).to_string()),
            Detector::Whatlang(d) => d.detect_lang(text).map(|l| whatlang_code(l).to_string()),
            Detector::Whichlang => Some(whichlang_code(whichlang::detect_language(text)).to_string()),
            Detector::Lingua(d) => d
                .detect_language_of(text)
                .map(|l| l.iso_code_639_1().to_string().to_lowercase()),
        }
    }
}

fn whatlang_code(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang as W;
    match lang {
        W::Eng => "en",
        W::Fra => "fr",
        W::Deu => "de",
        W::Spa => "es",
        W::Ita => "it",
        W::Por => "pt",
        W::Nld => "nl",
        W::Pol => "pl",
        W::Rus => "ru",
        W::Ukr => "uk",
        W::Tur => "tr",
        W::Ara => "ar",
        W::Pes => "fa",
        W::Cmn => "zh",
        W::Jpn => "ja",
        W::Kor => "ko",
        _ => "other",
    }
}

fn whichlang_code(lang: whichlang::Lang) -> &'static str {
    use whichlang::Lang as W;
    match lang {
        W::Ara => "ar",
        W::Cmn => "zh",
        W::Deu => "de",
        W::Eng => "en",
        W::Fra => "fr",
        W::Ita => "it",
        W::Jpn => "ja",
        W::Kor => "ko",
        W::Nld => "nl",
        W::Por => "pt",
        W::Rus => "ru",
        W::Spa => "es",
        W::Tur => "tr",
        // Hindi, Swedish, Vietnamese: none of the 16.
        _ => "other",
    }
}

/// Scripts written without spaces: a "word" is taken as two characters.
fn unspaced(lang: &str) -> bool {
    matches!(lang, "zh" | "ja")
}

/// Sentences of a passage: split after . ! ? and their full-width forms.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let end = matches!(c, '。' | '！' | '？')
            || (matches!(c, '.' | '!' | '?')
                && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
                && !ends_with_initial(&current));
        if end {
            let s = current.trim().to_string();
            if !s.is_empty() {
                out.push(s);
            }
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

/// "D. C." or "U.S." is not a sentence end: the word before the dot is one
/// letter, or the text is an abbreviation with inner dots.
fn ends_with_initial(s: &str) -> bool {
    let word = s.trim_end_matches('.').rsplit(' ').next().unwrap_or("");
    word.chars().count() == 1 || word.contains('.')
}

/// A headline-sized prefix: `words` words, or 2 x `words` characters in
/// unspaced scripts.
fn prefix(lang: &str, sentence: &str, words: usize) -> String {
    if unspaced(lang) {
        sentence.chars().take(2 * words).collect()
    } else {
        sentence
            .split_whitespace()
            .take(words)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// One data row: language, source, text.
type Row = (String, String, String);

fn read_tsv(path: &Path) -> Result<Vec<Row>, Box<dyn Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.splitn(3, '\t').collect();
        if cols.len() != 3 || !LANGS.contains(&cols[0]) {
            return Err(format!("{}:{}: expected lang<TAB>source<TAB>text", path.display(), n + 1).into());
        }
        rows.push((cols[0].to_string(), cols[1].to_string(), cols[2].to_string()));
    }
    Ok(rows)
}

/// Every item: passages and the gazner news files cut into sentences, groups
/// of 2-3 sentences and 3-8 word prefixes; spaCy's examples as sentences;
/// the news files' title lines as real headlines.
fn items(root: &Path) -> Result<Vec<Item>, Box<dyn Error>> {
    let mut passages = read_tsv(&root.join("data/passages.tsv"))?;
    let news = root.join("../../../tests/data/news");
    for lang in ["en", "fr", "de", "es", "ru"] {
        let path = news.join(format!("{lang}.txt"));
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            passages.push((lang.to_string(), "gazner-news".to_string(), line.to_string()));
        }
    }
    let mut out = Vec::new();
    let mut n = 0usize;
    for (lang, _, text) in &passages {
        let sents = sentences(text);
        if sents.len() == 1
            && !text.ends_with(['.', '!', '?', '。'])
            && sents[0].split_whitespace().count() <= 12
        {
            out.push(Item {
                lang: lang.clone(),
                kind: "head-real",
                text: sents[0].clone(),
                words: 0,
            });
            continue;
        }
        for s in &sents {
            out.push(Item {
                lang: lang.clone(),
                kind: "s1",
                text: s.clone(),
                words: 0,
            });
            n += 1;
            let words = 3 + n % 6;
            out.push(Item {
                lang: lang.clone(),
                kind: "head",
                text: prefix(lang, s, words),
                words,
            });
        }
        let mut i = 0;
        let mut size = 2;
        while i + size <= sents.len() {
            out.push(Item {
                lang: lang.clone(),
                kind: "s2-3",
                text: sents[i..i + size].join(" "),
                words: 0,
            });
            i += size;
            size = 5 - size;
        }
    }
    for (lang, _, text) in read_tsv(&root.join("data/spacy-examples.tsv"))? {
        out.push(Item {
            lang,
            kind: "s1",
            text,
            words: 0,
        });
    }
    Ok(out)
}

const DETECTORS: [&str; 6] = [
    "whatlang",
    "whatlang-reliable",
    "whatlang-all",
    "whichlang",
    "lingua",
    "lingua-low",
];

fn run() -> Result<(), Box<dyn Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let items = items(root)?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("run") {
        let name = args.get(1).ok_or("usage: langid-bench run DETECTOR [PASSES]")?;
        let passes: usize = match args.get(2) {
            Some(p) => p.parse().map_err(|e| format!("PASSES {p:?}: {e}"))?,
            None => 1,
        };
        let detector = Detector::by_name(name)?;
        for _ in 0..passes {
            let right = items
                .iter()
                .filter(|i| detector.detect(&i.text).as_deref() == Some(&i.lang))
                .count();
            println!("{name}: {right}/{} right", items.len());
        }
        return Ok(());
    }

    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for item in &items {
        *counts.entry((item.kind, item.lang.as_str())).or_default() += 1;
    }
    println!("items: {}", items.len());
    for kind in KINDS {
        let per: Vec<String> = LANGS
            .iter()
            .map(|l| format!("{l} {}", counts.get(&(kind, *l)).unwrap_or(&0)))
            .collect();
        println!("  {kind}: {}", per.join(", "));
    }
    for name in DETECTORS {
        let detector = Detector::by_name(name)?;
        // (kind, lang) -> (right, total, unknown)
        let mut score: BTreeMap<(&str, &str), (usize, usize, usize)> = BTreeMap::new();
        let mut errors: BTreeMap<(String, String), usize> = BTreeMap::new();
        for item in &items {
            let got = detector.detect(&item.text);
            let e = score.entry((item.kind, item.lang.as_str())).or_default();
            e.1 += 1;
            match got.as_deref() {
                Some(g) if g == item.lang => e.0 += 1,
                Some(g) => *errors.entry((item.lang.clone(), g.to_string())).or_default() += 1,
                None => e.2 += 1,
            }
        }
        println!("\n### {name}\n");
        println!("| kind | {} | all |", LANGS.join(" | "));
        println!("|---|{}---|", "---|".repeat(LANGS.len()));
        for kind in KINDS {
            let mut row = format!("| {kind} |");
            let (mut r, mut t) = (0, 0);
            for lang in LANGS {
                let (right, total, _) = score.get(&(kind, lang)).copied().unwrap_or_default();
                r += right;
                t += total;
                if total == 0 {
                    row.push_str(" - |");
                } else {
                    row.push_str(&format!(" {:.0} |", 100.0 * right as f64 / total as f64));
                }
            }
            row.push_str(&format!(
                " **{:.1}** ({r}/{t}) |",
                100.0 * r as f64 / t.max(1) as f64
            ));
            println!("{row}");
        }
        let mut by_words = String::new();
        for words in 3..=8 {
            let heads: Vec<&Item> = items.iter().filter(|i| i.words == words).collect();
            let right = heads
                .iter()
                .filter(|i| detector.detect(&i.text).as_deref() == Some(&i.lang))
                .count();
            by_words.push_str(&format!(" {words} words {right}/{};", heads.len()));
        }
        println!("\nheads by length:{by_words}");
        let unknown: usize = score.values().map(|v| v.2).sum();
        let mut errs: Vec<_> = errors.into_iter().collect();
        errs.sort_by_key(|e| std::cmp::Reverse(e.1));
        let top: Vec<String> = errs
            .iter()
            .take(8)
            .map(|((l, g), n)| format!("{l}→{g} {n}"))
            .collect();
        println!(
            "\nunknown: {unknown}; most frequent confusions: {}",
            top.join(", ")
        );
    }
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
