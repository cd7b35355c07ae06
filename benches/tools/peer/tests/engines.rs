//! The three Rust engines of `peer` on a small case whose answer is known:
//! they must agree where their rules agree and differ where gazner's rules
//! (case, normalization) say they should.

use std::process::Command;

fn report(engine: &str, names: &str, text: &str) -> serde_json::Value {
    // One folder per call: the tests run in parallel.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("gazner-peer-engines-{}-{call}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (names_path, text_path) = (dir.join("names.txt"), dir.join("text.txt"));
    std::fs::write(&names_path, names).unwrap();
    std::fs::write(&text_path, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_peer"))
        .arg(engine)
        .args([
            "--names",
            names_path.to_str().unwrap(),
            "--kind",
            "country",
            "--scans",
            "2",
        ])
        .args(["--text".to_string(), format!("x={}", text_path.display())])
        .output();
    std::fs::remove_dir_all(&dir).unwrap();
    let out = out.unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn matches(engine: &str, names: &str, text: &str) -> u64 {
    let r = report(engine, names, text);
    assert_eq!(r["engine"], engine);
    assert_eq!(r["texts"][0]["scan_s"].as_array().unwrap().len(), 2, "two scans");
    r["texts"][0]["matches"].as_u64().unwrap()
}

#[test]
fn engines_count_whole_word_matches() {
    let names = "France\nNew York\nYork\n";
    // France twice, New York once (leftmost-longest), never "Frances".
    let text = "France, New York and FRANCE. Frances is no country.";
    for engine in ["gazner", "naive", "daachorse"] {
        assert_eq!(matches(engine, names, text), 3, "{engine}");
    }
}

#[test]
fn only_gazner_applies_its_case_rule_and_normalization() {
    let names = "Turkey\n";
    // "turkey" is the bird: gazner's proper case rule says no; "Tu\u{0308}rkey"
    // (a combining diaeresis) normalizes to "turkey" for gazner only.
    let text = "Turkey sells turkey. Tu\u{0308}rkey.";
    assert_eq!(matches("naive", names, text), 2);
    assert_eq!(matches("daachorse", names, text), 2);
    assert_eq!(matches("gazner", names, text), 2, "Turkey and Türkey, not turkey");
}
