//! The `extract` example as a tool: its output record, options, exit codes,
//! errors, `--jsonl` and closed pipes. Most tests load a small gazetteer of
//! their own, so they run with and without the default features.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use gazner::MentionRecord;

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

const GAZETTEER: &str = r#"{"id":"Q16366137","kind":"person","name":"Jeyhun Bayramov","aliases":["Djeyhoun Baïramov",{"text":"Baïramov","short":true}]}
{"id":"Q399","kind":"country","name":"Armenia","aliases":["Arménie"]}
{"id":"Q9248","kind":"city","name":"Baku","aliases":["Bakou"]}
"#;

/// A file that is removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &[u8]) -> TempFile {
        let path = std::env::temp_dir().join(format!("gazner-{}-{name}", std::process::id()));
        std::fs::write(&path, contents).expect("temp dir is writable");
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        std::fs::remove_file(&self.0).ok();
    }
}

/// `extract --no-defaults --gazetteer <GAZETTEER> ARGS`, with `input` on stdin.
fn run_own(name: &str, args: &[&str], input: &str) -> Output {
    let gazetteer = TempFile::new(&format!("{name}.jsonl"), GAZETTEER.as_bytes());
    let mut command = extract_example();
    command
        .arg("--no-defaults")
        .arg("--gazetteer")
        .arg(&gazetteer.0)
        .args(args);
    run_with_stdin(command, input)
}

fn run_with_stdin(mut command: Command, input: &str) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_string();
    let feeder = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap().ok();
    out
}

fn stdout_lines(out: &Output) -> Vec<serde_json::Value> {
    out.stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn prints_the_mention_record() {
    let out = run_own("record", &["-"], "À Bakou, Djeyhoun Baïramov.");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let first = out.stdout.split(|&b| b == b'\n').nth(1).unwrap();
    assert_eq!(
        std::str::from_utf8(first).unwrap(),
        r#"{"file":"-","start":10,"end":28,"char_start":9,"char_end":26,"utf16_start":9,"utf16_end":26,"text":"Djeyhoun Baïramov","kind":"person","id":"Q16366137","name":"Jeyhun Bayramov","candidates":[{"id":"Q16366137","kind":"person","name":"Jeyhun Bayramov","alias":"Djeyhoun Baïramov"}]}"#
    );
    // The line reads back as the library's record (extra fields ignored)...
    let record: MentionRecord = serde_json::from_slice(first).unwrap();
    // ...equal to what the library gives for the same text.
    let extractor = gazner::ExtractorBuilder::new()
        .gazetteer_str("g", GAZETTEER)
        .build()
        .unwrap();
    let records = extractor.extract_records("À Bakou, Djeyhoun Baïramov.", gazner::Offsets::All);
    assert_eq!(record, records[1]);
}

#[test]
fn help_describes_every_option_and_version_prints() {
    let out = extract_example().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8(out.stdout).unwrap();
    for option in [
        "-g, --gazetteer FILE",
        "--no-defaults",
        "--all",
        "--case-insensitive",
        "--lang CODE",
        "--jsonl",
        "--strict",
        "-j, --threads N",
        "--replace-invalid",
        "-q, --quiet",
        "-h, --help",
        "-V, --version",
        "exit status",
    ] {
        assert!(help.contains(option), "--help lacks {option}:\n{help}");
    }
    let out = extract_example().arg("-V").output().unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        format!("extract (gazner {})", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    for args in [
        &["--bogus"][..],
        &["--threads"],
        &["--threads=x"],
        &["--quiet=yes"],
        &["--strict", "-"],
        &["--lang"],
        &["--lang=EN"],
    ] {
        let out = extract_example()
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("extract: "), "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn lang_restricts_tagged_aliases_to_their_language() {
    let gazetteer = r#"{"id":"Q414","kind":"country","name":"Argentina","aliases":[{"text":"Argentine","lang":"fr"},{"text":"Argentine Republic","lang":"en"}]}"#;
    let file = TempFile::new("lang.jsonl", gazetteer.as_bytes());
    let texts = |args: &[&str], input: &str| -> Vec<String> {
        let mut command = extract_example();
        command
            .arg("--no-defaults")
            .arg("--gazetteer")
            .arg(&file.0)
            .args(args);
        let out = run_with_stdin(command, input);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout_lines(&out)
            .iter()
            .map(|m| m["text"].as_str().unwrap().to_string())
            .collect()
    };
    let english = "The Argentine president.";
    assert_eq!(texts(&[], english), ["Argentine"], "the language is not known");
    assert!(texts(&["--lang", "en"], english).is_empty());
    assert_eq!(texts(&["--lang=fr"], "l'Argentine"), ["Argentine"]);
    let jsonl = r#"{"id":1,"text":"The Argentine president."}"#;
    assert!(
        texts(&["--lang", "en", "--jsonl"], jsonl).is_empty(),
        "--jsonl too"
    );
}

#[test]
fn options_take_values_after_equals_and_short_names() {
    let gazetteer = TempFile::new("equals.jsonl", GAZETTEER.as_bytes());
    let mut command = extract_example();
    command
        .arg("--no-defaults")
        .arg(format!("--gazetteer={}", gazetteer.0.display()))
        .args(["-q", "-j=2", "--jsonl"]);
    let out = run_with_stdin(command, "{\"id\":1,\"text\":\"Bakou\"}\n");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout_lines(&out)[0]["id"], "Q9248");
}

#[test]
fn reports_invalid_utf8_with_offset_and_goes_on() {
    let bad = TempFile::new("bad-text.txt", b"Bakou \xC3\xA0 Arm\xC3\xA9nie \xFF");
    let good = TempFile::new("good-text.txt", b"Bakou");
    let gazetteer = TempFile::new("utf8.jsonl", GAZETTEER.as_bytes());
    let out = extract_example()
        .arg("--no-defaults")
        .arg("-g")
        .arg(&gazetteer.0)
        .arg(&bad.0)
        .arg(&good.0)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}: invalid UTF-8 at byte offset 18", bad.0.display())),
        "{err}"
    );
    // The next file is still read.
    let lines = stdout_lines(&out);
    let files: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
    assert_eq!(files, [good.0.display().to_string()]);
}

#[test]
fn reports_bad_gazetteer_and_missing_file() {
    let out = extract_example()
        .args(["--no-defaults", "--gazetteer", "/nonexistent.jsonl", "-"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out).trim(),
        "extract: /nonexistent.jsonl: cannot read: No such file or directory (os error 2)"
    );
    let gazetteer = TempFile::new("missing.jsonl", GAZETTEER.as_bytes());
    let input = TempFile::new("missing-next.txt", b"Bakou");
    let out = extract_example()
        .arg("--no-defaults")
        .arg("-g")
        .arg(&gazetteer.0)
        .arg("/nonexistent.txt")
        .arg(&input.0)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/nonexistent.txt: cannot read"));
    assert_eq!(stdout_lines(&out).len(), 1, "the next file is still read");
}

#[test]
fn jsonl_tags_mentions_with_their_document_and_ignores_other_fields() {
    let input = "{\"id\": 7, \"text\": \"Djeyhoun Baïramov à Bakou\", \"lang\": \"fr\"}\n\n\
                 {\"id\": \"b\", \"text\": \"rien\"}\n{\"id\": [1], \"text\": \"l’Arménie\"}\n";
    let out = run_own("jsonl", &["--jsonl", "--threads", "2", "-"], input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["doc"], 7);
    assert_eq!(lines[0]["text"], "Djeyhoun Baïramov");
    assert_eq!(lines[2]["doc"], serde_json::json!([1]));
    assert_eq!(lines[2]["text"], "Arménie");
    assert_eq!(
        (lines[2]["start"].as_u64(), lines[2]["char_start"].as_u64()),
        (Some(4), Some(2))
    );
}

#[test]
fn jsonl_skips_bad_lines_and_says_which() {
    let input =
        "{\"id\": 1, \"text\": \"Bakou\"}\n{\"id\": 2}\nnot json\n{\"id\": 4, \"text\": \"Arménie\"}\n";
    let out = run_own("jsonl-bad", &["--jsonl", "-"], input);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].starts_with("extract: -:2: "), "{err}");
    assert!(lines[0].contains("missing field `text`"), "{err}");
    assert!(lines[1].starts_with("extract: -:3: "), "{err}");
    let docs: Vec<u64> = stdout_lines(&out)
        .iter()
        .map(|l| l["doc"].as_u64().unwrap())
        .collect();
    assert_eq!(docs, [1, 4], "the good documents are all there");
    // With --strict, the run stops at the first bad line.
    let out = run_own("jsonl-strict", &["--jsonl", "--strict", "-"], input);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out).lines().count(), 1);
    let docs: Vec<u64> = stdout_lines(&out)
        .iter()
        .map(|l| l["doc"].as_u64().unwrap())
        .collect();
    assert_eq!(docs, [1]);
}

#[test]
fn jsonl_bad_utf8_line_is_skipped_or_replaced() {
    let gazetteer = TempFile::new("jsonl-utf8.jsonl", GAZETTEER.as_bytes());
    let input = TempFile::new(
        "jsonl-utf8.txt",
        b"{\"id\":1,\"text\":\"Bakou \xFF\"}\n{\"id\":2,\"text\":\"Bakou\"}\n",
    );
    let run = |extra: &[&str]| {
        extract_example()
            .arg("--no-defaults")
            .arg("-g")
            .arg(&gazetteer.0)
            .arg("--jsonl")
            .args(extra)
            .arg(&input.0)
            .output()
            .unwrap()
    };
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(":1: invalid UTF-8 at byte 22 of the line"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout_lines(&out).len(), 1);
    let out = run(&["--replace-invalid"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_lines(&out).len(), 2);
}

/// A producer that waits for each document's mentions before sending the
/// next one gets them: output is not held back for a batch.
#[test]
fn jsonl_writes_each_document_as_it_finishes() {
    let gazetteer = TempFile::new("interactive.jsonl", GAZETTEER.as_bytes());
    let mut child = extract_example()
        .arg("--no-defaults")
        .arg("-g")
        .arg(&gazetteer.0)
        .arg("--jsonl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let (lines, received) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if lines.send(line.unwrap()).is_err() {
                return;
            }
        }
    });
    for (doc, text) in [(1, "Bakou"), (2, "Arménie")] {
        writeln!(stdin, "{{\"id\":{doc},\"text\":\"{text}\"}}").unwrap();
        stdin.flush().unwrap();
        let line = received
            .recv_timeout(Duration::from_secs(30))
            .expect("the document's mention arrives before the input ends");
        let value: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(value["doc"], doc);
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn closed_pipe_ends_quietly() {
    let gazetteer = TempFile::new("pipe.jsonl", GAZETTEER.as_bytes());
    let text = "Bakou, Arménie. ".repeat(20_000);
    let input = TempFile::new("pipe.txt", text.as_bytes());
    let doc = serde_json::json!({"id": 1, "text": text}).to_string();
    let docs = TempFile::new("pipe-docs.jsonl", format!("{doc}\n").repeat(4).as_bytes());
    for mode in [&[][..], &["--jsonl"]] {
        let input_path = if mode.is_empty() { &input.0 } else { &docs.0 };
        let mut child = extract_example()
            .arg("--no-defaults")
            .arg("-g")
            .arg(&gazetteer.0)
            .args(mode)
            .arg(input_path)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        assert!(first.contains("Bakou"), "{first}");
        drop(stdout); // `| head -1`
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{mode:?}: {}", stderr(&out));
        assert!(out.stderr.is_empty(), "{mode:?}: {}", stderr(&out));
    }
}

#[test]
fn replace_invalid_keeps_going_with_original_offsets() {
    let path = TempFile::new("replace.txt", b"\xFF Arm\xC3\xA9nie");
    let gazetteer = TempFile::new("replace.jsonl", GAZETTEER.as_bytes());
    let out = extract_example()
        .arg("--no-defaults")
        .arg("-g")
        .arg(&gazetteer.0)
        .arg("--replace-invalid")
        .arg(&path.0)
        .output()
        .unwrap();
    assert!(out.status.success());
    let line = &stdout_lines(&out)[0];
    assert_eq!(
        (line["start"].as_u64(), line["end"].as_u64()),
        (Some(2), Some(10))
    );
}

/// The README's sample output is what the command prints for the sample
/// article, line for line.
#[test]
#[cfg(all(feature = "countries", feature = "people", feature = "institutions"))]
fn readme_sample_output_is_what_extract_prints() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let marker = "The first prints one JSON object per mention, in order of start";
    let after = &readme[readme.find(marker).expect("the README shows a sample")..];
    let start = after.find("```json\n").expect("a json block") + "```json\n".len();
    let sample: Vec<&str> = after[start..].split("\n```").next().unwrap().lines().collect();
    assert!(!sample.is_empty());
    let out = extract_example()
        .current_dir(root)
        .arg("tests/data/azertac-2025-04-25-fr.txt")
        .output()
        .unwrap();
    assert!(out.status.success());
    let printed = String::from_utf8(out.stdout).unwrap();
    let printed: Vec<&str> = printed.lines().take(sample.len()).collect();
    assert_eq!(printed, sample);
}

/// Without the data features, the command needs a gazetteer and says so.
#[test]
#[cfg(not(any(feature = "countries", feature = "people", feature = "institutions")))]
fn without_embedded_data_a_gazetteer_is_required() {
    let out = extract_example().stdin(Stdio::null()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--gazetteer FILE"), "{}", stderr(&out));
}
