//! Checks every gold file of the news dev set (`tests/data/devset/`) against
//! its text: spans inside the text and on char boundaries, `text` equal to
//! the bytes, lines sorted by start, required mentions of the three kinds
//! only and never overlapping each other. `tests/data/devset/check.py` checks
//! the same rules; this test makes `cargo test` fail on a broken gold file.

use std::fs;
use std::path::{Path, PathBuf};

const KINDS: [&str; 3] = ["person", "country", "institution"];

/// The `.txt` files of both splits, in path order.
fn articles() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/devset");
    let mut found = Vec::new();
    for split in ["dev", "held"] {
        let Ok(langs) = fs::read_dir(root.join(split)) else {
            continue;
        };
        for lang in langs {
            let lang = lang.expect("readable dev-set folder").path();
            for file in fs::read_dir(&lang).expect("readable language folder") {
                let path = file.expect("readable entry").path();
                if path.extension().is_some_and(|e| e == "txt") {
                    found.push(path);
                }
            }
        }
    }
    found.sort();
    found
}

/// The problems of one gold file against its text, as messages.
fn problems(text: &str, gold: &str, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut previous_start = 0;
    let mut required: Vec<(usize, usize, usize)> = Vec::new();
    for (index, line) in gold.lines().enumerate() {
        let at = format!("{name}:{}", index + 1);
        let value: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                out.push(format!("{at}: not JSON: {e}"));
                continue;
            }
        };
        let field = |key: &str| value.get(key).cloned().unwrap_or(serde_json::Value::Null);
        let (Some(start), Some(end)) = (field("start").as_u64(), field("end").as_u64()) else {
            out.push(format!("{at}: start or end missing"));
            continue;
        };
        // Offsets into a file read whole into memory fit in usize.
        let (start, end) = (start as usize, end as usize);
        if !(start < end && end <= text.len()) {
            out.push(format!("{at}: span {start}..{end} outside 0..{}", text.len()));
            continue;
        }
        let Some(actual) = text.get(start..end) else {
            out.push(format!("{at}: span {start}..{end} not on char boundaries"));
            continue;
        };
        if field("text").as_str() != Some(actual) {
            out.push(format!(
                "{at}: text {} but the bytes are {actual:?}",
                field("text")
            ));
        }
        if start < previous_start {
            out.push(format!("{at}: start {start} before {previous_start}"));
        }
        previous_start = start;
        if field("entity").as_str().is_none_or(str::is_empty) {
            out.push(format!("{at}: no entity"));
        }
        match field("required").as_bool() {
            Some(true) => {
                let kind = field("kind");
                if !KINDS.contains(&kind.as_str().unwrap_or("")) {
                    out.push(format!("{at}: required mention of unknown kind {kind}"));
                }
                required.push((start, end, index + 1));
            }
            Some(false) => {}
            None => out.push(format!("{at}: required is not true or false")),
        }
    }
    required.sort();
    for pair in required.windows(2) {
        let ((s1, e1, l1), (s2, _, l2)) = (pair[0], pair[1]);
        if s2 < e1 {
            out.push(format!("{name}:{l2}: overlaps line {l1} ({s1}..{e1})"));
        }
    }
    out
}

#[test]
fn every_gold_file_matches_its_text() {
    let articles = articles();
    assert!(!articles.is_empty(), "no article under tests/data/devset");
    let mut all = Vec::new();
    for txt in &articles {
        let text = fs::read_to_string(txt).unwrap_or_else(|e| panic!("{}: {e}", txt.display()));
        let stem = txt.file_stem().and_then(|s| s.to_str()).expect("UTF-8 file name");
        let gold_path = txt.with_file_name(format!("{stem}.gold.jsonl"));
        let gold = fs::read_to_string(&gold_path).unwrap_or_else(|e| panic!("{}: {e}", gold_path.display()));
        all.extend(problems(&text, &gold, &gold_path.display().to_string()));
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
}

#[test]
fn the_checks_catch_each_kind_of_error() {
    let text = "Macron à Kyiv";
    let good =
        r#"{"start":0,"end":6,"text":"Macron","kind":"person","entity":"Emmanuel Macron","required":true}"#;
    assert!(problems(text, good, "t").is_empty());
    let cases = [
        (
            r#"{"start":0,"end":7,"text":"Macron","kind":"person","entity":"E","required":true}"#,
            "text",
        ),
        (
            r#"{"start":0,"end":99,"text":"x","kind":"person","entity":"E","required":true}"#,
            "outside",
        ),
        (
            r#"{"start":8,"end":10,"text":"à","kind":"person","entity":"E","required":true}"#,
            "char boundaries",
        ),
        (
            r#"{"start":0,"end":6,"text":"Macron","kind":"city","entity":"E","required":true}"#,
            "unknown kind",
        ),
        (
            r#"{"start":0,"end":6,"text":"Macron","kind":"person","entity":"E"}"#,
            "required",
        ),
        ("not json", "not JSON"),
    ];
    for (line, expected) in cases {
        let found = problems(text, line, "t");
        assert!(found.iter().any(|p| p.contains(expected)), "{line}: {found:?}");
    }
    let unsorted = format!(
        "{}\n{}",
        r#"{"start":9,"end":13,"text":"Kyiv","kind":"city","entity":"Kyiv","required":false}"#, good
    );
    assert!(
        problems(text, &unsorted, "t")
            .iter()
            .any(|p| p.contains("before"))
    );
    let overlap = format!(
        "{good}\n{}",
        r#"{"start":3,"end":6,"text":"ron","kind":"person","entity":"E","required":true}"#
    );
    assert!(
        problems(text, &overlap, "t")
            .iter()
            .any(|p| p.contains("overlaps"))
    );
}
