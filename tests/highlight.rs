//! The `highlight` example: its page as headless Chromium sees it.
//!
//! The browser tests need Debian's `chromium` (or `GAZNER_CHROMIUM`); without
//! it they are skipped with a message, except under `CI=true`, where they fail.
//! Each loads a page with a checking script added (and the page's
//! Content-Security-Policy removed, so that any script smuggled in by the
//! text would run too), lets it run, and reads what the script wrote into
//! the DOM from `--dump-dom`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

// The page module's own unit tests (escaping, nesting) run with these: an
// example's tests would need `test = true`, and then `cargo test` builds the
// example only as a test, not the binary the tests below run.
#[allow(dead_code)]
#[path = "../examples/highlight/page.rs"]
mod page;

/// An example binary, as built by `cargo test`.
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe.parent().and_then(|d| d.parent()).expect("target dir");
    let path = dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "cargo test builds the examples: {}",
        path.display()
    );
    path
}

fn tmp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("highlight-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The page `highlight` writes for `file`.
fn highlight(args: &[&str]) -> String {
    let out = Command::new(example("highlight")).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// A mention as both sides see it: (text, kind, id).
type Seen = (String, String, String);

/// (text, kind, id) of each mention `extract` prints for `file`.
fn extracted(args: &[&str]) -> Vec<Seen> {
    let out = Command::new(example("extract")).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut mentions: Vec<(usize, std::cmp::Reverse<usize>, Seen)> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| {
            let v: Value = serde_json::from_slice(l).unwrap();
            let s = |k: &str| v[k].as_str().unwrap().to_string();
            let n = |k: &str| v[k].as_u64().unwrap() as usize;
            (
                n("start"),
                std::cmp::Reverse(n("end")),
                (s("text"), s("kind"), s("id")),
            )
        })
        .collect();
    // The page's order: by start, the longer first.
    mentions.sort_by_key(|m| (m.0, m.1));
    mentions.into_iter().map(|m| m.2).collect()
}

/// The browser, or `None` (with a message) outside CI when there is none.
fn chromium() -> Option<PathBuf> {
    let candidates = [
        std::env::var("GAZNER_CHROMIUM").unwrap_or_default(),
        "chromium".into(),
    ];
    for name in candidates.iter().filter(|n| !n.is_empty()) {
        if let Ok(out) = Command::new(name).arg("--version").stderr(Stdio::null()).output()
            && out.status.success()
        {
            return Some(PathBuf::from(name));
        }
    }
    let why = "chromium is not installed (apt-get install -y chromium)";
    assert!(std::env::var("CI").as_deref() != Ok("true"), "CI=true but {why}");
    eprintln!("\n*** SKIPPING the browser test: {why} ***\n");
    None
}

/// Runs headless Chromium on `url` with `extra` arguments.
fn run_chromium(browser: &Path, dir: &Path, extra: &[&str], url: &str) -> Output {
    let profile = dir.join("profile");
    let out = Command::new("timeout")
        .arg("180")
        .arg(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    std::fs::remove_dir_all(&profile).ok();
    out
}

/// The checking script: what the page's DOM holds after everything ran, as
/// ASCII JSON in `<pre id="facts">`.
const CHECKER: &str = r#"<script>
addEventListener('load', () => setTimeout(() => {
  const doc = document.getElementById('doc');
  const facts = {
    title: document.title,
    doc: doc.textContent,
    marks: [...doc.querySelectorAll('mark')].map(m => ({
      m: m.dataset.m, id: m.dataset.id, kind: m.dataset.kind, part: m.dataset.part || null, text: m.textContent,
    })),
    elements: [...doc.querySelectorAll('*')].map(e => e.tagName),
    scripts: document.querySelectorAll('script').length,
    images: document.images.length,
    pwned: window.pwned || null,
  };
  const pre = document.createElement('pre');
  pre.id = 'facts';
  pre.textContent = JSON.stringify(facts).replace(/[\u007f-\uffff]/g, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  document.body.appendChild(pre);
}, 500));
</script>"#;

/// What the checking script saw on `page`, loaded in the browser.
fn facts(browser: &Path, dir: &Path, page: &str) -> Value {
    let csp = r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">"#;
    assert!(page.contains(csp), "the page keeps its policy");
    let checked = page
        .replace(csp, "")
        .replace("</body>", &format!("{CHECKER}</body>"));
    let path = dir.join("checked.html");
    std::fs::write(&path, checked).unwrap();
    let out = run_chromium(
        browser,
        dir,
        &["--virtual-time-budget=5000", "--dump-dom"],
        &format!("file://{}", path.display()),
    );
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom.find("<pre id=\"facts\">").unwrap_or_else(|| {
        panic!(
            "no facts in the DOM: {}\n{dom}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let json = &dom[start + "<pre id=\"facts\">".len()..];
    let json = &json[..json.find("</pre>").unwrap()];
    let json = json
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    serde_json::from_str(&json).unwrap()
}

/// The mentions the marks hold, grouped by `data-m` in document order.
fn marked_mentions(facts: &Value) -> Vec<Seen> {
    let mut mentions: Vec<(String, Seen)> = Vec::new();
    for mark in facts["marks"].as_array().unwrap() {
        let s = |k: &str| mark[k].as_str().unwrap().to_string();
        match mentions.iter_mut().find(|(m, _)| *m == s("m")) {
            Some((_, (text, _, _))) => text.push_str(&s("text")),
            None => mentions.push((s("m"), (s("text"), s("kind"), s("id")))),
        }
    }
    for (i, (m, _)) in mentions.iter().enumerate() {
        assert_eq!(*m, i.to_string(), "data-m numbers the mentions in document order");
    }
    mentions.into_iter().map(|m| m.1).collect()
}

#[test]
fn the_seed_page_in_chromium_has_one_mark_per_mention_and_the_article() {
    let Some(browser) = chromium() else { return };
    let dir = tmp_dir("seed");
    let seed = "tests/data/azertac-2025-04-25-fr.txt";
    let article = std::fs::read_to_string(seed).unwrap();
    let page = highlight(&[seed]);
    let facts = facts(&browser, &dir, &page);
    let expected = extracted(&[seed]);
    assert!(expected.len() >= 10, "the seed article names many entities");
    let marks = facts["marks"].as_array().unwrap();
    assert_eq!(marks.len(), expected.len(), "one <mark> per mention");
    assert_eq!(marked_mentions(&facts), expected);
    assert!(marks.iter().all(|m| m["part"].is_null()));
    assert_eq!(facts["doc"].as_str().unwrap(), article);
    assert_eq!(facts["title"], format!("gazner: {seed}"));
    assert!(facts["elements"].as_array().unwrap().iter().all(|e| e == "MARK"));

    // The screenshot in the README (copy it to docs/highlight-seed.png).
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("highlight-seed.png");
    let page_path = dir.join("seed.html");
    std::fs::write(&page_path, &page).unwrap();
    let out = run_chromium(
        &browser,
        &dir,
        &[
            "--hide-scrollbars",
            "--window-size=900,1100",
            &format!("--screenshot={}", shot.display()),
        ],
        &format!("file://{}", page_path.display()),
    );
    let png = std::fs::read(&shot).unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    std::fs::remove_dir_all(&dir).ok();
}

/// A document made to break out of the text: none of it may run or parse.
const HOSTILE: &str = "Title <script>document.title='pwned';window.pwned=1</script>\r\n\
France<img src=x onerror=\"document.title='pwned';window.pwned=2\"> & Chad &amp; \"quotes\" 'single'\n\
</div></mark><!-- comment --><![CDATA[ x ]]> <style>body{display:none}</style>\n\
Azerbaïdjan\u{301} 🇦🇿 中国 مصر \u{202E}reversed\u{202C} e\u{301} \u{A0}nbsp\u{FEFF} tab\there\n\
<a href=\"javascript:window.pwned=3\">Armenia</a> <iframe src=\"javascript:parent.pwned=4\"></iframe>";

#[test]
fn a_hostile_document_is_shown_as_text_and_nothing_runs() {
    let Some(browser) = chromium() else { return };
    let dir = tmp_dir("hostile");
    let file = dir.join("a<b>&\"c\".txt");
    std::fs::write(&file, HOSTILE).unwrap();
    let file = file.to_str().unwrap();
    let page = highlight(&["--all", file]);
    let facts = facts(&browser, &dir, &page);
    assert_eq!(facts["title"], format!("gazner: {file}"), "no script ran");
    assert!(facts["pwned"].is_null());
    assert_eq!(facts["scripts"], 1, "only the checker's script");
    assert_eq!(facts["images"], 0);
    assert!(facts["elements"].as_array().unwrap().iter().all(|e| e == "MARK"));
    assert_eq!(facts["doc"].as_str().unwrap(), HOSTILE);
    let expected = extracted(&["--all", file]);
    assert!(expected.len() >= 5, "{expected:?}");
    assert_eq!(marked_mentions(&facts), expected);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn overlapping_mentions_are_cut_into_pieces_and_none_is_lost() {
    let Some(browser) = chromium() else { return };
    let dir = tmp_dir("overlaps");
    let gazetteer = dir.join("names.jsonl");
    std::fs::write(
        &gazetteer,
        concat!(
            r#"{"id":"Q60","kind":"city","name":"New York"}"#,
            "\n",
            r#"{"id":"Q1384","kind":"state","name":"York Times Square"}"#,
            "\n",
            r#"{"id":"Q9684","kind":"newspaper","name":"New York Times"}"#,
            "\n",
            r#"{"id":"Q11259","kind":"place","name":"Times Square"}"#,
            "\n",
        ),
    )
    .unwrap();
    let text = dir.join("text.txt");
    std::fs::write(&text, "At New York Times Square, again.").unwrap();
    let args = [
        "--no-defaults",
        "--all",
        "--gazetteer",
        gazetteer.to_str().unwrap(),
        text.to_str().unwrap(),
    ];
    let page = highlight(&args);
    let facts = facts(&browser, &dir, &page);
    let expected = extracted(&args);
    assert_eq!(expected.len(), 4, "{expected:?}");
    assert_eq!(marked_mentions(&facts), expected);
    assert!(
        facts["marks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["part"] == "2/2"),
        "crossing mentions are cut: {facts}"
    );
    assert_eq!(facts["doc"], "At New York Times Square, again.");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn highlight_reports_invalid_utf8_and_bad_options() {
    let dir = tmp_dir("errors");
    let file = dir.join("bad.txt");
    std::fs::write(&file, b"Azerba\xC3\xAFdjan \xFF").unwrap();
    let out = Command::new(example("highlight")).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{}: invalid UTF-8 at byte offset 13", file.display())),
        "{stderr}"
    );
    let out = Command::new(example("highlight"))
        .arg("--bogus")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = Command::new(example("highlight"))
        .args(["a", "b"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn highlight_reads_standard_input() {
    let mut child = Command::new(example("highlight"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Kaja Kallas à Bakou, <Azerbaïdjan>".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains("<title>gazner: standard input</title>"));
    assert!(
        page.contains("&lt;<mark class=\"k1\" data-m=\"1\" data-id=\"Q227\" data-kind=\"country\""),
        "{page}"
    );
    assert!(page.contains(">Azerbaïdjan</mark>&gt;"));
}
