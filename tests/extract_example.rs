//! The `extract` example: its output format, `--jsonl`, and its errors.

use std::io::Write;
use std::process::{Command, Stdio};

/// The `extract` example, as built by `cargo test`.
fn extract_example() -> Command {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe.parent().and_then(|d| d.parent()).expect("target dir");
    let path = dir
        .join("examples")
        .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "cargo test builds the examples: {}",
        path.display()
    );
    Command::new(path)
}

#[test]
fn extract_example_reports_invalid_utf8_with_offset() {
    let path = std::env::temp_dir().join(format!("gazner-bad-text-{}.txt", std::process::id()));
    std::fs::write(&path, b"Azerba\xC3\xAFdjan \xFF").unwrap();
    let out = extract_example()
        .arg("--no-defaults")
        .arg(&path)
        .output()
        .unwrap();
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{}: invalid UTF-8 at byte offset 13", path.display())),
        "{stderr}"
    );
}

#[test]
fn extract_example_reports_bad_gazetteer_and_missing_file() {
    let out = extract_example()
        .args(["--gazetteer", "/nonexistent.jsonl", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent.jsonl: cannot read"));
    let out = extract_example().arg("/nonexistent.txt").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent.txt: cannot read"));
    let out = extract_example().arg("--bogus").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn extract_example_prints_the_contract_format() {
    let out = run_with_stdin(&["-"], "À Bakou, Djeyhoun Baïramov.");
    assert!(out.status.success());
    let line: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|&b| b == b'\n').next().unwrap()).unwrap();
    assert_eq!(line["file"], "-");
    assert_eq!(line["text"], "Djeyhoun Baïramov");
    assert_eq!(line["start"], 10);
    assert_eq!(line["char_start"], 9);
    assert_eq!(line["kind"], "person");
    assert_eq!(line["id"], "Q16366137");
    assert_eq!(line["name"], "Jeyhun Bayramov");
}

fn run_with_stdin(args: &[&str], input: &str) -> std::process::Output {
    let mut child = extract_example()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn jsonl_mode_tags_mentions_with_their_document() {
    let input = "{\"id\": 7, \"text\": \"Kaja Kallas à Bakou\"}\n\n{\"id\": \"b\", \"text\": \"rien\"}\n\
                 {\"id\": [1], \"text\": \"l’Arménie\"}\n";
    let out = run_with_stdin(&["--jsonl", "--threads", "2", "-"], input);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["doc"], 7);
    assert_eq!(lines[0]["text"], "Kaja Kallas");
    assert_eq!(lines[1]["doc"], serde_json::json!([1]));
    assert_eq!(lines[1]["text"], "Arménie");
    assert_eq!(
        (lines[1]["start"].as_u64(), lines[1]["char_start"].as_u64()),
        (Some(4), Some(2))
    );
}

#[test]
fn jsonl_mode_names_the_bad_line() {
    let out = run_with_stdin(&["--jsonl", "-"], "{\"id\": 1, \"text\": \"ok\"}\n{\"id\": 2}\n");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("-:2:"), "{stderr}");
}

#[test]
fn replace_invalid_keeps_going_with_original_offsets() {
    let path = std::env::temp_dir().join(format!("gazner-replace-{}.txt", std::process::id()));
    std::fs::write(&path, b"\xFF Arm\xC3\xA9nie").unwrap();
    let out = extract_example()
        .arg("--replace-invalid")
        .arg(&path)
        .output()
        .unwrap();
    std::fs::remove_file(&path).ok();
    assert!(out.status.success());
    let line: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|&b| b == b'\n').next().unwrap()).unwrap();
    assert_eq!(
        (line["start"].as_u64(), line["end"].as_u64()),
        (Some(2), Some(10))
    );
}
