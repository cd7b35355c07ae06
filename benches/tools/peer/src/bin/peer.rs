//! One engine of the peer bench, in its own process: builds it over a name
//! list (one name per line, each its own entity), scans each text, and
//! prints one JSON line: build time, scan times, matches, heap.
//!
//! ```text
//! peer gazner|naive|daachorse --names FILE [--kind KIND] [--text LABEL=FILE]... [--max-bytes N] [--scans N]
//! ```
//!
//! - `gazner`: an `ExtractorBuilder` with its defaults (leftmost-longest) and
//!   one `Entity::new(id, kind, name)` per name; `extract_with` and a reused
//!   `Scratch`. `--defaults` adds the embedded gazetteers first (and alone,
//!   without `--names`: the profile of the defaults).
//! - `naive`: what a Rust user writes by hand: `aho-corasick` with its
//!   default automaton choice, leftmost-longest, ASCII case-insensitive, over
//!   the original text, keeping the matches with no letter or digit just
//!   outside them.
//! - `daachorse`: the same loop on daachorse's bytewise double array, which
//!   has no case-insensitive mode: names and text are lowercased (ASCII, so
//!   offsets stay those of the text) and the names deduplicated; the copy of
//!   the text is part of the scan.
//!
//! `run.py` starts it and reads its peak RSS from the kernel.

use std::collections::HashSet;
use std::error::Error;

use aho_corasick::{AhoCorasick, MatchKind};
use daachorse::{DoubleArrayAhoCorasick, DoubleArrayAhoCorasickBuilder};
use gazner::Scratch;
use gazner_peer::{Args, build_gazner, on_word_boundaries, print_report, read_names, scan_texts, timed};
use serde_json::json;

fn run() -> Result<(), Box<dyn Error>> {
    let args = Args::parse()?;
    let names = read_names(&args.names)?;
    let texts = args.read_texts()?;
    let report = match args.engine.as_str() {
        "gazner" => {
            let (extractor, build) = build_gazner(&names, &args.kind, args.defaults)?;
            let mut scratch = Scratch::new();
            let texts = scan_texts(&texts, args.scans, |text| {
                extractor.extract_with(text, &mut scratch).len()
            });
            json!({
                "patterns": extractor.pattern_count(),
                "automaton": extractor.automaton_kind().as_str(),
                "build_s": build.as_secs_f64(),
                "memory_usage": extractor.memory_usage(),
                "texts": texts,
            })
        }
        "naive" => {
            let (automaton, build) = timed(|| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .ascii_case_insensitive(true)
                    .build(&names)
            });
            let automaton = automaton?;
            let texts = scan_texts(&texts, args.scans, |text| {
                automaton
                    .find_iter(text)
                    .filter(|m| on_word_boundaries(text, m.start(), m.end()))
                    .count()
            });
            json!({
                "patterns": automaton.patterns_len(),
                "automaton": format!("{:?}", automaton.kind()),
                "build_s": build.as_secs_f64(),
                "memory_usage": automaton.memory_usage(),
                "texts": texts,
            })
        }
        "daachorse" => {
            let (automaton, build) = timed(|| {
                let mut seen = HashSet::new();
                let patterns: Vec<String> = names
                    .iter()
                    .map(|n| n.to_ascii_lowercase())
                    .filter(|n| seen.insert(n.clone()))
                    .collect();
                DoubleArrayAhoCorasickBuilder::new()
                    .match_kind(daachorse::MatchKind::LeftmostLongest)
                    .build::<_, _, u32>(&patterns)
                    .map(|a| (a, patterns.len()))
            });
            let (automaton, patterns): (DoubleArrayAhoCorasick<u32>, usize) =
                automaton.map_err(|e| format!("daachorse: {e}"))?;
            let texts = scan_texts(&texts, args.scans, |text| {
                let lower = text.to_ascii_lowercase();
                automaton
                    .leftmost_find_iter(&lower)
                    .filter(|m| on_word_boundaries(text, m.start(), m.end()))
                    .count()
            });
            json!({
                "patterns": patterns,
                "automaton": "bytewise double array",
                "build_s": build.as_secs_f64(),
                "memory_usage": automaton.heap_bytes(),
                "texts": texts,
            })
        }
        other => return Err(format!("unknown engine {other:?}: gazner, naive or daachorse").into()),
    };
    let mut report = report;
    report["engine"] = json!(args.engine);
    report["names"] = json!(names.len());
    print_report(&report);
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("peer: {e}");
        std::process::exit(1);
    }
}
