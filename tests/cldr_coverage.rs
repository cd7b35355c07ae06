//! CLDR coverage: the CLDR name of every ISO 3166-1 country in the 16
//! languages the defaults read, each alone in a paragraph, must be found by
//! the default extractor with the right QID.
//!
//! A name counts as found when a mention lists the right QID among its
//! candidates (a name two countries share is one mention with both).
//!
//! The names come from a CLDR version other than the one the gazetteers are
//! built from (`tests/data/cldr/`, made by `gazetteers/build/cldr_coverage.py`),
//! so the test measures names the build did not copy. Each language's count
//! is asserted against a floor measured on the date written beside it: the
//! floor may only be raised. Issue #12's target is 99.5% in every language.
//! Run `cargo test --test cldr_coverage -- --nocapture` for the table and
//! the list of misses.

use std::collections::BTreeMap;

use gazner::{Language, default_extractor};

const FIXTURE: &str = include_str!("data/cldr/country-names.tsv");

/// The 16 languages, in the fixture's order.
const LANGS: [&str; 16] = [
    "en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr", "ar", "fa", "zh", "ja", "ko",
];

/// Countries per language in the fixture (ISO 3166-1 and XK).
const COUNTRIES: usize = 250;

/// Names found with the right QID, per language: a floor that may only go up.
/// Measured 2026-11-30 on main f905edc (CLDR 42 names, babel 2.12.1); de
/// and pl raised on branch langrule (issue #12: German "Italien", "Indien",
/// "Island" and Polish "Indie" back as `lang_only` aliases, each name read
/// in its language); zh, ja and ko on branch cjk (the CJK word-end rules);
/// the others on branch cldr2, 2026-12-01 (issue #12: CLDR display forms,
/// names two countries share, names that are words in other languages,
/// spellings the build's CLDR lacks; README, "CLDR coverage").
const FLOORS: [(&str, usize); 16] = [
    ("en", 250),
    ("fr", 248),
    ("de", 250),
    ("es", 247),
    ("it", 249),
    ("pt", 247),
    ("nl", 250),
    ("pl", 249),
    ("ru", 249),
    ("uk", 249),
    ("tr", 249),
    ("ar", 249),
    ("fa", 245),
    ("zh", 250),
    ("ja", 250),
    ("ko", 249),
];

/// One fixture row.
struct Name<'a> {
    lang: &'a str,
    iso: &'a str,
    qid: &'a str,
    name: &'a str,
}

fn rows() -> Vec<Name<'static>> {
    FIXTURE
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .map(|(n, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "country-names.tsv:{}: {l:?}", n + 1);
            Name {
                lang: cols[0],
                iso: cols[1],
                qid: cols[2],
                name: cols[3],
            }
        })
        .collect()
}

/// What the extractor reports for `text` alone, read as written in `lang`:
/// (surface, id) pairs.
fn mentions(text: &str, lang: &str) -> Vec<(String, String)> {
    mentions_in(text, Language::given(lang).expect("a language code"))
}

/// What the extractor reports for `text` alone, read in `language`: one
/// (surface, id) pair per candidate of each mention. A name two countries
/// share ("Congo", `gazetteers/curated/country-shared-names.tsv`) is one
/// mention listing both, and is found for each: the reader gets the right
/// country among the candidates, and nothing else is reported.
fn mentions_in(text: &str, language: Language) -> Vec<(String, String)> {
    default_extractor()
        .extract_in(text, language)
        .iter()
        .flat_map(|m| {
            m.candidates()
                .iter()
                .map(move |c| (m.text(text).to_string(), c.entity.id().to_string()))
        })
        .collect()
}

#[test]
fn cldr_country_names_are_found() {
    let rows = rows();
    let mut per_lang: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for row in &rows {
        let got = mentions(row.name, row.lang);
        let hit = got.iter().any(|(_, id)| id == row.qid);
        let entry = per_lang.entry(row.lang).or_default();
        entry.1 += 1;
        if hit {
            entry.0 += 1;
        } else {
            let instead: Vec<String> = got.iter().map(|(t, id)| format!("{t}={id}")).collect();
            misses.push(format!(
                "{}\t{}\t{}\t{}\t{}",
                row.lang,
                row.iso,
                row.qid,
                row.name,
                if instead.is_empty() {
                    "-".to_string()
                } else {
                    instead.join(" ")
                }
            ));
        }
    }

    println!("lang\tfound\ttotal\tcoverage");
    let (mut all_found, mut all_total) = (0, 0);
    for lang in LANGS {
        let (found, total) = per_lang.get(lang).copied().unwrap_or_default();
        all_found += found;
        all_total += total;
        println!(
            "{lang}\t{found}\t{total}\t{:.1}%",
            100.0 * found as f64 / total as f64
        );
    }
    println!(
        "all\t{all_found}\t{all_total}\t{:.1}%",
        100.0 * all_found as f64 / all_total as f64
    );
    println!("\nmisses (lang, iso, qid, CLDR name, found instead):");
    for m in &misses {
        println!("{m}");
    }

    assert_eq!(per_lang.len(), LANGS.len(), "languages in the fixture");
    let mut below = Vec::new();
    for (lang, floor) in FLOORS {
        let (found, total) = per_lang[lang];
        assert_eq!(total, COUNTRIES, "{lang}: names in the fixture");
        if found < floor {
            below.push(format!("{lang}: {found} < floor {floor}"));
        }
    }
    assert!(below.is_empty(), "coverage fell below its floor: {below:?}");
}

/// The same names with their language detected (feature `detect-lang`): a
/// name alone is too short for whatlang to be sure, so this mostly measures
/// the rule where the language is unknown. Printed, not asserted.
#[cfg(feature = "detect-lang")]
#[test]
fn cldr_country_names_with_detection() {
    let mut per_lang: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for row in rows() {
        let hit = mentions_in(row.name, Language::Detect)
            .iter()
            .any(|(_, id)| id == row.qid);
        let entry = per_lang.entry(row.lang).or_default();
        entry.0 += usize::from(hit);
        entry.1 += 1;
    }
    println!("detected\tlang\tfound\ttotal");
    for lang in LANGS {
        let (found, total) = per_lang[lang];
        println!("detected\t{lang}\t{found}\t{total}");
    }
    assert_eq!(per_lang.len(), LANGS.len());
}
