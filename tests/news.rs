//! Golden files for news: the same world-affairs story written in English,
//! French, German, Spanish and Russian, and news sentences in Arabic,
//! Chinese, Turkish and Italian (`tests/data/news/*.txt`, written for these
//! tests), with every country, head of state or government, foreign
//! minister and international body they name, and nothing else
//! (`*.expected.tsv`: start, end, text, kind, id; checked by hand; in
//! Chinese, written without spaces, "中国外交部长" yields the longest name,
//! the ministry "中国外交部").
//!
//! `GAZNER_BLESS=1 cargo test --test news` rewrites the expected files from
//! the current output: review the diff before committing it.

use std::fmt::Write;
use std::path::Path;

use gazner::default_extractor;

fn check(lang: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/news");
    let text = std::fs::read_to_string(dir.join(format!("{lang}.txt"))).expect("news text");
    let mut got = String::new();
    for m in default_extractor().extract(&text) {
        let e = m.entity();
        let (start, end) = (m.span.start, m.span.end);
        writeln!(
            got,
            "{start}\t{end}\t{}\t{}\t{}",
            m.text(&text),
            e.kind().as_str(),
            e.id()
        )
        .unwrap();
    }
    let expected_path = dir.join(format!("{lang}.expected.tsv"));
    if std::env::var_os("GAZNER_BLESS").is_some() {
        std::fs::write(&expected_path, &got).expect("write the expected file");
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).expect("expected file");
    if got != expected {
        let missing: Vec<&str> = expected
            .lines()
            .filter(|l| !got.lines().any(|g| g == *l))
            .collect();
        let extra: Vec<&str> = got
            .lines()
            .filter(|l| !expected.lines().any(|e| e == *l))
            .collect();
        panic!("{lang}: missing {missing:#?}\nunexpected {extra:#?}");
    }
}

#[test]
fn english() {
    check("en");
}

#[test]
fn french() {
    check("fr");
}

#[test]
fn german() {
    check("de");
}

#[test]
fn spanish() {
    check("es");
}

#[test]
fn russian() {
    check("ru");
}

#[test]
fn arabic_chinese_turkish_italian() {
    check("other");
}
