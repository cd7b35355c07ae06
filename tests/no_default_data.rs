//! What a build carries of the embedded gazetteers. Without the data
//! features, a program that builds its own extractor (`examples/own_gazetteer.rs`,
//! and this test binary) holds no line and no alias of the embedded files;
//! with them, a program that uses the defaults does (so the search works).
//!
//! The needles are read from `gazetteers/` at run time, so this file itself
//! puts none of them into its binary.

use std::path::Path;
#[cfg(not(any(feature = "countries", feature = "people", feature = "institutions")))]
use std::path::PathBuf;

/// Strings that only the embedded gazetteers hold: each file's first line
/// (what `include_str!` would embed verbatim) and a few of its aliases.
fn needles() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
    let mut needles = Vec::new();
    for file in [
        "countries.jsonl",
        "people.jsonl",
        "institutions.jsonl",
        "hidden.jsonl",
    ] {
        let contents = std::fs::read_to_string(root.join(file)).expect("the gazetteers are in the package");
        let first = contents.lines().next().expect("a first line");
        needles.push(first.to_string());
        // Aliases long enough not to occur by chance in code.
        let value: serde_json::Value = serde_json::from_str(first).expect("a JSON line");
        if let Some(aliases) = value["aliases"].as_array() {
            needles.extend(
                aliases
                    .iter()
                    .filter_map(|a| a.as_str().or_else(|| a["text"].as_str()))
                    .filter(|a| a.len() >= 12)
                    .take(3)
                    .map(str::to_string),
            );
        }
    }
    needles
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    let finder = aho_corasick::AhoCorasick::new([needle]).expect("a small automaton");
    finder.is_match(haystack)
}

#[cfg(not(any(feature = "countries", feature = "people", feature = "institutions")))]
fn own_gazetteer_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe.parent().and_then(|d| d.parent()).expect("target dir");
    dir.join("examples")
        .join(format!("own_gazetteer{}", std::env::consts::EXE_SUFFIX))
}

#[test]
#[cfg(not(any(feature = "countries", feature = "people", feature = "institutions")))]
fn without_the_data_features_no_default_alias_is_linked() {
    let needles = needles();
    assert!(needles.len() >= 8, "{needles:?}");
    for binary in [std::env::current_exe().unwrap(), own_gazetteer_binary()] {
        let bytes = std::fs::read(&binary).unwrap_or_else(|e| panic!("{}: {e}", binary.display()));
        for needle in &needles {
            assert!(!contains(&bytes, needle), "{} holds {needle:?}", binary.display());
        }
    }
}

#[test]
#[cfg(all(feature = "countries", feature = "people", feature = "institutions"))]
fn with_the_data_features_a_program_using_them_holds_them() {
    // Use the defaults, so that the linker keeps them in this binary.
    assert!(!gazner::default_extractor().entities().is_empty());
    let bytes = std::fs::read(std::env::current_exe().unwrap()).unwrap();
    for needle in needles() {
        assert!(contains(&bytes, &needle), "the test binary lacks {needle:?}");
    }
}
