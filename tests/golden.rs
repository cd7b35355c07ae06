//! The seed article: every required gold mention found with its exact span
//! and kind, and nothing found that the gold file does not list.

use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    required: bool,
}

const TEXT: &str = include_str!("data/azertac-2025-04-25-fr.txt");
const GOLD: &str = include_str!("data/azertac-2025-04-25-fr.gold.jsonl");

fn gold() -> Vec<Gold> {
    GOLD.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold line parses"))
        .collect()
}

#[test]
fn gold_file_is_consistent_with_the_text() {
    for g in gold() {
        assert_eq!(&TEXT[g.start..g.end], g.text, "gold span {}..{}", g.start, g.end);
    }
}

#[test]
fn every_required_mention_is_found_exactly() {
    let found = gazner::default_extractor().extract(TEXT);
    for g in gold().iter().filter(|g| g.required) {
        let hit = found
            .iter()
            .find(|m| m.span.start == g.start && m.span.end == g.end);
        let hit = hit.unwrap_or_else(|| panic!("missed {:?} at {}..{}", g.text, g.start, g.end));
        assert_eq!(hit.kind().as_str(), g.kind, "kind of {:?}", g.text);
    }
}

#[test]
fn nothing_outside_the_gold_file_is_found() {
    let gold = gold();
    for m in gazner::default_extractor().extract(TEXT) {
        let listed = gold
            .iter()
            .any(|g| g.start == m.span.start && g.end == m.span.end && g.kind == m.kind().as_str());
        assert!(
            listed,
            "unexpected {} {:?} at {}..{} ({})",
            m.kind(),
            m.text(TEXT),
            m.span.start,
            m.span.end,
            m.entity().id()
        );
    }
}
