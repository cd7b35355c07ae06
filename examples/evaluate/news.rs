//! Scores the embedded gazetteers on the news dev set (`tests/data/devset/`).
//!
//! A split folder (`dev` or `held`) holds one folder per language, each with
//! `<name>.txt` and `<name>.gold.jsonl` pairs (see the dev set's `GUIDE.md`).
//! Each text is one document for the default extractor. Scoring is strict: a
//! prediction is correct when its byte span and kind both equal a required
//! gold mention's. Gold mentions with `"required": false`, and predictions
//! of kinds other than person, country and institution, are ignored.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use gazner::Extractor;

use crate::score::Counts;

/// The kinds the dev set annotates, in table order.
pub const KINDS: [&str; 3] = ["person", "country", "institution"];

/// A typed byte span: a gold mention or a prediction.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Typed {
    /// Start byte, inclusive.
    pub start: usize,
    /// End byte, exclusive.
    pub end: usize,
    /// `person`, `country` or `institution`.
    pub kind: String,
    /// The text at the span.
    pub text: String,
}

/// One article: its language, name, text and required gold mentions.
#[derive(Debug)]
pub struct Article {
    /// The language folder it lies in.
    pub lang: String,
    /// The file name without `.txt`.
    pub name: String,
    /// The text.
    pub text: String,
    /// The required gold mentions, in order of start.
    pub gold: Vec<Typed>,
}

/// Reads every article under `split` (`<split>/<lang>/<name>.txt`).
///
/// # Errors
///
/// A missing or unreadable file, a gold line that is not JSON or lacks a
/// field, or a span that does not match its text, naming the file and line.
pub fn read_split(split: &Path) -> Result<Vec<Article>, Box<dyn Error>> {
    let mut texts: Vec<PathBuf> = Vec::new();
    for lang in fs::read_dir(split).map_err(|e| format!("{}: {e}", split.display()))? {
        let lang = lang?.path();
        if !lang.is_dir() {
            continue;
        }
        for file in fs::read_dir(&lang)? {
            let path = file?.path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(path);
            }
        }
    }
    texts.sort();
    if texts.is_empty() {
        return Err(format!("{}: no <lang>/<name>.txt file", split.display()).into());
    }
    texts.iter().map(|path| read_article(path)).collect()
}

fn read_article(txt: &Path) -> Result<Article, Box<dyn Error>> {
    let text = fs::read_to_string(txt).map_err(|e| format!("{}: {e}", txt.display()))?;
    let name = txt.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
    let lang = txt
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string();
    let gold_path = txt.with_file_name(format!("{name}.gold.jsonl"));
    let gold_text = fs::read_to_string(&gold_path).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let gold = parse_gold(&text, &gold_text).map_err(|e| format!("{}:{e}", gold_path.display()))?;
    Ok(Article {
        lang,
        name,
        text,
        gold,
    })
}

/// The required mentions of a gold file; errors are `line: message`.
pub fn parse_gold(text: &str, gold: &str) -> Result<Vec<Typed>, String> {
    let mut out = Vec::new();
    for (index, line) in gold.lines().enumerate() {
        let line_number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{line_number}: not JSON: {e}"))?;
        if value.get("required").and_then(|v| v.as_bool()) != Some(true) {
            continue;
        }
        let number = |key: &str| {
            value
                .get(key)
                .and_then(|v| v.as_u64())
                .and_then(|v| usize::try_from(v).ok())
                .ok_or(format!("{line_number}: no {key}"))
        };
        let (start, end) = (number("start")?, number("end")?);
        let kind = value
            .get("kind")
            .and_then(|v| v.as_str())
            .ok_or(format!("{line_number}: no kind"))?;
        let at = text
            .get(start..end)
            .ok_or(format!("{line_number}: span {start}..{end} not in the text"))?;
        if value.get("text").and_then(|v| v.as_str()) != Some(at) {
            return Err(format!(
                "{line_number}: text differs from bytes {start}..{end} ({at:?})"
            ));
        }
        out.push(Typed {
            start,
            end,
            kind: kind.to_string(),
            text: at.to_string(),
        });
    }
    Ok(out)
}

/// The default extractor's mentions of the three kinds in `text`, read in
/// `language`.
pub fn predict(extractor: &Extractor, text: &str, language: gazner::Language) -> Vec<Typed> {
    extractor
        .extract_in(text, language)
        .iter()
        .filter(|m| KINDS.contains(&m.kind().as_str()))
        .map(|m| Typed {
            start: m.span.start,
            end: m.span.end,
            kind: m.kind().as_str().to_string(),
            text: m.text(text).to_string(),
        })
        .collect()
}

/// The comparison of one article: counts per kind, misses and false positives.
#[derive(Debug, Default)]
pub struct Comparison {
    /// Counts per kind.
    pub by_kind: BTreeMap<String, Counts>,
    /// Gold mentions no prediction equals.
    pub misses: Vec<Typed>,
    /// Predictions no gold mention equals.
    pub false_positives: Vec<Typed>,
}

/// Compares predictions with gold, strictly (span and kind).
pub fn compare(gold: &[Typed], predicted: &[Typed]) -> Comparison {
    let key = |t: &Typed| (t.start, t.end, t.kind.clone());
    let gold_set: BTreeSet<_> = gold.iter().map(key).collect();
    let predicted_set: BTreeSet<_> = predicted.iter().map(key).collect();
    let mut out = Comparison::default();
    for kind in KINDS {
        out.by_kind.insert(kind.to_string(), Counts::default());
    }
    for g in gold {
        let counts = out.by_kind.entry(g.kind.clone()).or_default();
        counts.gold += 1;
        if predicted_set.contains(&key(g)) {
            counts.correct += 1;
        } else {
            out.misses.push(g.clone());
        }
    }
    for p in predicted {
        out.by_kind.entry(p.kind.clone()).or_default().predicted += 1;
        if !gold_set.contains(&key(p)) {
            out.false_positives.push(p.clone());
        }
    }
    out
}

/// Counts by language and kind over a whole split.
#[derive(Debug, Default)]
pub struct Tally {
    /// (language, kind) → counts.
    pub cells: BTreeMap<(String, String), Counts>,
    /// Articles scored per language.
    pub articles: BTreeMap<String, usize>,
}

impl Tally {
    /// Adds one article's comparison.
    pub fn add(&mut self, lang: &str, comparison: &Comparison) {
        *self.articles.entry(lang.to_string()).or_default() += 1;
        for (kind, counts) in &comparison.by_kind {
            self.cells
                .entry((lang.to_string(), kind.clone()))
                .or_default()
                .add(*counts);
        }
    }

    /// The counts of `lang` (all languages with `None`) and `kind` (all
    /// kinds with `None`).
    pub fn total(&self, lang: Option<&str>, kind: Option<&str>) -> Counts {
        let mut out = Counts::default();
        for ((l, k), counts) in &self.cells {
            if lang.is_none_or(|x| x == l) && kind.is_none_or(|x| x == k) {
                out.add(*counts);
            }
        }
        out
    }

    /// A table: one block per language and one for all, a row per kind and
    /// one for all kinds.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<6} {:<12} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
            "lang", "kind", "gold", "pred", "right", "P", "R", "F1"
        );
        let langs: Vec<Option<&str>> = self
            .articles
            .keys()
            .map(|l| Some(l.as_str()))
            .chain([None])
            .collect();
        for lang in langs {
            let kinds = KINDS.iter().map(|k| Some(*k)).chain([None]);
            for kind in kinds {
                let c = self.total(lang, kind);
                let _ = writeln!(
                    out,
                    "{:<6} {:<12} {:>6} {:>6} {:>6} {:>7.1} {:>7.1} {:>7.1}",
                    lang.unwrap_or("all"),
                    kind.unwrap_or("all"),
                    c.gold,
                    c.predicted,
                    c.correct,
                    c.precision(),
                    c.recall(),
                    c.f1()
                );
            }
        }
        out
    }
}

/// Scores `extractor` on every article under `split`; returns the report
/// (the table, and with `misses` every miss and false positive by article).
/// With `given`, each article is read in the language of its folder;
/// otherwise in the extractor's default language.
///
/// # Errors
///
/// As [`read_split`].
pub fn run(extractor: &Extractor, split: &Path, misses: bool, given: bool) -> Result<String, Box<dyn Error>> {
    let articles = read_split(split)?;
    let mut tally = Tally::default();
    let mut details = String::new();
    for article in &articles {
        let language = if given {
            gazner::Language::given(&article.lang)?
        } else {
            extractor.language()
        };
        let predicted = predict(extractor, &article.text, language);
        let comparison = compare(&article.gold, &predicted);
        tally.add(&article.lang, &comparison);
        if misses && (!comparison.misses.is_empty() || !comparison.false_positives.is_empty()) {
            let _ = writeln!(details, "\n{}/{}", article.lang, article.name);
            for m in &comparison.misses {
                let _ = writeln!(
                    details,
                    "  miss {:<11} {:>5}..{:<5} {:?}",
                    m.kind, m.start, m.end, m.text
                );
            }
            for f in &comparison.false_positives {
                let _ = writeln!(
                    details,
                    "  fp   {:<11} {:>5}..{:<5} {:?}",
                    f.kind, f.start, f.end, f.text
                );
            }
        }
    }
    let articles_line: Vec<String> = tally.articles.iter().map(|(l, n)| format!("{l} {n}")).collect();
    Ok(format!(
        "news: {} ({} articles: {}), strict (span and kind)\n\n{}{}",
        split.display(),
        articles.len(),
        articles_line.join(", "),
        tally.table(),
        details
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(start: usize, end: usize, kind: &str) -> Typed {
        Typed {
            start,
            end,
            kind: kind.into(),
            text: String::new(),
        }
    }

    #[test]
    fn strict_comparison_needs_span_and_kind() {
        let gold = [
            typed(0, 5, "person"),
            typed(10, 16, "country"),
            typed(20, 23, "institution"),
        ];
        let predicted = [
            typed(0, 5, "person"),        // right
            typed(10, 16, "institution"), // right span, wrong kind
            typed(20, 22, "institution"), // wrong span
            typed(30, 34, "country"),     // nothing there
        ];
        let c = compare(&gold, &predicted);
        assert_eq!(
            c.by_kind["person"],
            Counts {
                gold: 1,
                predicted: 1,
                correct: 1
            }
        );
        assert_eq!(
            c.by_kind["country"],
            Counts {
                gold: 1,
                predicted: 1,
                correct: 0
            }
        );
        assert_eq!(
            c.by_kind["institution"],
            Counts {
                gold: 1,
                predicted: 2,
                correct: 0
            }
        );
        assert_eq!(c.misses.len(), 2);
        assert_eq!(c.false_positives.len(), 3);
    }

    #[test]
    fn tally_sums_by_language_and_kind() {
        let mut tally = Tally::default();
        let gold = [typed(0, 5, "person"), typed(10, 16, "country")];
        tally.add("en", &compare(&gold, &[typed(0, 5, "person")]));
        tally.add("fr", &compare(&gold, &gold));
        let all = tally.total(None, None);
        assert_eq!(
            all,
            Counts {
                gold: 4,
                predicted: 3,
                correct: 3
            }
        );
        assert_eq!(tally.total(Some("en"), Some("country")).recall(), 0.0);
        assert_eq!(tally.total(Some("fr"), None).f1(), 100.0);
        assert!((all.recall() - 75.0).abs() < 1e-9);
        assert!((all.f1() - 2.0 * 100.0 * 75.0 / 175.0).abs() < 1e-9);
        let table = tally.table();
        assert!(table.contains("all    all"), "{table}");
        assert_eq!(Counts::default().f1(), 0.0);
    }

    #[test]
    fn gold_lines_are_checked_against_the_text() {
        let text = "Macron à Kyiv";
        let gold = concat!(
            r#"{"start":0,"end":6,"text":"Macron","kind":"person","entity":"Emmanuel Macron","required":true}"#,
            "\n",
            r#"{"start":10,"end":14,"text":"Kyiv","kind":"city","entity":"Kyiv","required":false}"#,
        );
        let parsed = parse_gold(text, gold).unwrap();
        assert_eq!(
            parsed,
            vec![Typed {
                start: 0,
                end: 6,
                kind: "person".into(),
                text: "Macron".into()
            }]
        );
        let wrong = r#"{"start":0,"end":5,"text":"Macron","kind":"person","entity":"E","required":true}"#;
        assert!(
            parse_gold(text, wrong)
                .unwrap_err()
                .starts_with("1: text differs")
        );
        assert!(parse_gold(text, "nope").unwrap_err().contains("not JSON"));
    }

    #[test]
    fn the_dev_set_reads_and_scores() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/devset/dev");
        let articles = read_split(&root).unwrap();
        assert!(!articles.is_empty());
        assert!(
            articles.iter().all(|a| !a.gold.is_empty()),
            "an article without gold mentions"
        );
        let extractor = gazner::ExtractorBuilder::new().defaults().build().unwrap();
        let report = run(&extractor, &root, true, true).unwrap();
        assert!(report.contains("all    all"), "{report}");
    }
}
