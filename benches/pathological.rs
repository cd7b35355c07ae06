//! Pathological inputs, each at two sizes or more so that the growth of time
//! (and, with `GAZNER_PEAK_RSS=1`, of peak memory) can be read off as a ratio.
//! Throughput is in bytes of the original text (elements for builds).
//!
//! | group | inputs |
//! | --- | --- |
//! | `single-line` | a French news sentence with five names, repeated with no line break: 10 MB, 100 MB |
//! | `repeated-name` | one full name, then its short form repeated 100k and 1M times (both overlap modes) |
//! | `combining-marks` | text made only of combining marks of several scripts: 1 MB, 10 MB |
//! | `shared-prefix` | 1,000 and 10,000 aliases sharing a 240-byte prefix: build, then scan a text of them |
//! | `long-alias` | one alias of 1,000 and 10,000 chars: build (and the bare DFA of aho-corasick beside it), then scan 1 MB holding it |
//! | `all-chars` | every Unicode scalar value, once (4.3 MB): `normalize` and `extract` |
//!
//! ```sh
//! cargo bench --bench pathological                     # times, with criterion
//! GAZNER_PEAK_RSS=1 cargo bench --bench pathological   # peak memory of one extraction per input
//! ```
//!
//! The memory mode resets the peak resident set (`/proc/self/clear_refs`,
//! Linux only) after the input is built, runs one extraction and prints how
//! far the peak rose above the resident set before it, per byte of text.

use std::hint::black_box;
use std::time::Duration;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use gazner::{Extractor, Overlaps, Scratch};

const MB: usize = 1_000_000;

#[path = "../tests/common/news.rs"]
mod news;
use news::{SENTENCE, build, thing};

fn news(overlaps: Overlaps) -> Extractor {
    news::news_extractor(overlaps)
}

/// `piece` repeated up to `bytes` bytes.
fn repeat_to(piece: &str, bytes: usize) -> String {
    piece.repeat(bytes.div_ceil(piece.len()))
}

fn single_line(bytes: usize) -> String {
    repeat_to(SENTENCE, bytes)
}

fn repeated_name(reps: usize) -> String {
    format!("Djeyhoun Baïramov.{}", " Baïramov,".repeat(reps))
}

fn combining_marks(bytes: usize) -> String {
    let marks: String = [
        '\u{301}', '\u{308}', '\u{327}', '\u{94D}', '\u{64B}', '\u{E31}', '\u{20D7}',
    ]
    .iter()
    .collect();
    repeat_to(&marks, bytes)
}

fn all_chars() -> String {
    (0..=0x10FFFF).filter_map(char::from_u32).collect()
}

fn prefix_names(n: usize) -> Vec<String> {
    let prefix = "Organisation internationale pour la coopération économique et le développement ".repeat(3);
    (0..n).map(|i| format!("{prefix}n{i}")).collect()
}

fn prefix_extractor(names: &[String]) -> Extractor {
    build(
        names
            .iter()
            .enumerate()
            .map(|(i, name)| thing(&format!("q{i}"), name)),
        Overlaps::LeftmostLongest,
    )
}

fn long_alias(chars: usize) -> String {
    let words = ["Straße", "Ελλάδα", "Москва", "Baïramov", "中国", "x"];
    let mut alias = String::new();
    let mut i = 0;
    while alias.chars().count() < chars {
        alias.push_str(words[i % words.len()]);
        alias.push(' ');
        i += 1;
    }
    alias.trim_end().to_string()
}

/// A text of about 1 MB holding `alias` again and again, between other words.
fn long_alias_text(alias: &str) -> String {
    repeat_to(&format!("{alias}, puis "), MB)
}

fn bench_extract(c: &mut Criterion, group: &str, inputs: &[(String, String)], extractor: &Extractor) {
    let mut g = c.benchmark_group(group);
    g.sampling_mode(SamplingMode::Flat);
    let mut scratch = Scratch::new();
    for (label, text) in inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(label), text, |b, text| {
            b.iter(|| extractor.extract_with(black_box(text), &mut scratch).len())
        });
    }
    g.finish();
}

fn benches(c: &mut Criterion) {
    let extractor = news(Overlaps::LeftmostLongest);
    let inputs: Vec<(String, String)> = [10, 100]
        .iter()
        .map(|&mb| (format!("{mb}MB"), single_line(mb * MB)))
        .collect();
    bench_extract(c, "single-line", &inputs, &extractor);
    drop(inputs);

    for overlaps in [Overlaps::LeftmostLongest, Overlaps::All] {
        let extractor = news(overlaps);
        let inputs: Vec<(String, String)> = [100_000, 1_000_000]
            .iter()
            .map(|&reps| (format!("{}k", reps / 1000), repeated_name(reps)))
            .collect();
        bench_extract(c, &format!("repeated-name/{overlaps:?}"), &inputs, &extractor);
    }

    let inputs: Vec<(String, String)> = [1, 10]
        .iter()
        .map(|&mb| (format!("{mb}MB"), combining_marks(mb * MB)))
        .collect();
    bench_extract(c, "combining-marks", &inputs, &extractor);

    let mut g = c.benchmark_group("shared-prefix");
    g.sampling_mode(SamplingMode::Flat);
    for n in [1_000, 10_000] {
        let names = prefix_names(n);
        g.throughput(Throughput::Elements(n as u64));
        g.bench_function(BenchmarkId::new("build", n), |b| {
            b.iter(|| prefix_extractor(black_box(&names)).pattern_count())
        });
        let extractor = prefix_extractor(&names);
        let text: String = names.iter().map(|n| format!("Voir {n}. ")).collect();
        g.throughput(Throughput::Bytes(text.len() as u64));
        let mut scratch = Scratch::new();
        g.bench_function(BenchmarkId::new("extract", n), |b| {
            b.iter(|| extractor.extract_with(black_box(&text), &mut scratch).len())
        });
    }
    g.finish();

    let mut g = c.benchmark_group("long-alias");
    g.sampling_mode(SamplingMode::Flat);
    for chars in [1_000, 3_000, 10_000] {
        let alias = long_alias(chars);
        g.throughput(Throughput::Bytes(alias.len() as u64));
        g.bench_function(BenchmarkId::new("build", chars), |b| {
            b.iter(|| build([thing("long", black_box(&alias))], Overlaps::LeftmostLongest).pattern_count())
        });
        // The bare automaton gazner builds, on the alias normalized in advance.
        let pattern = gazner::normalize(&alias).trim_matches(' ').to_string();
        // DFA: what gazner builds (quadratic in the alias's length, see the
        // numbers in the report); contiguous NFA: what it could build instead.
        for (label, kind) in [
            ("build-aho-corasick-dfa", AhoCorasickKind::DFA),
            ("build-aho-corasick-nfa", AhoCorasickKind::ContiguousNFA),
        ] {
            g.bench_function(BenchmarkId::new(label, chars), |b| {
                b.iter(|| {
                    AhoCorasick::builder()
                        .match_kind(MatchKind::Standard)
                        .kind(Some(kind))
                        .build([black_box(&pattern)])
                        .map(|ac| ac.patterns_len())
                })
            });
        }
        let extractor = build([thing("long", &alias)], Overlaps::LeftmostLongest);
        let text = long_alias_text(&alias);
        g.throughput(Throughput::Bytes(text.len() as u64));
        let mut scratch = Scratch::new();
        g.bench_function(BenchmarkId::new("extract-1MB", chars), |b| {
            b.iter(|| extractor.extract_with(black_box(&text), &mut scratch).len())
        });
    }
    g.finish();

    let text = all_chars();
    let mut g = c.benchmark_group("all-chars");
    g.sampling_mode(SamplingMode::Flat);
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("normalize", |b| {
        b.iter(|| gazner::normalize(black_box(&text)).len())
    });
    let mut scratch = Scratch::new();
    g.bench_function("extract", |b| {
        b.iter(|| extractor.extract_with(black_box(&text), &mut scratch).len())
    });
    g.finish();
}

/// A field of `/proc/self/status`, in kB.
fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line[field.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

/// Resets the peak resident set, runs `f` once, and returns how far the
/// peak rose above the resident set before it, in bytes.
fn peak_rise(f: impl FnOnce() -> usize) -> Option<u64> {
    std::fs::write("/proc/self/clear_refs", "5").ok()?;
    let before = status_kb("VmRSS:")?;
    black_box(f());
    let peak = status_kb("VmHWM:")?;
    Some(peak.saturating_sub(before) * 1024)
}

/// The inputs of the memory mode, by label.
const PEAK_CASES: &[&str] = &[
    "single-line/10MB",
    "single-line/100MB",
    "repeated-name/LeftmostLongest/100k",
    "repeated-name/LeftmostLongest/1000k",
    "repeated-name/All/100k",
    "repeated-name/All/1000k",
    "combining-marks/1MB",
    "combining-marks/10MB",
    "shared-prefix/build/1000",
    "shared-prefix/build/10000",
    "long-alias/build/1000",
    "long-alias/build/10000",
    "all-chars/extract",
];

/// Builds the input of one memory case, then measures one run of it;
/// returns the size of the input in bytes and the rise of the peak.
fn peak_case(label: &str) -> Option<(usize, Option<u64>)> {
    let parts: Vec<&str> = label.split('/').collect();
    let size = |s: &str| -> usize {
        let (digits, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
        let n: usize = digits.parse().unwrap_or(0);
        match unit {
            "MB" => n * MB,
            "k" => n * 1000,
            _ => n,
        }
    };
    Some(match parts.as_slice() {
        ["single-line", mb] => {
            let (extractor, text) = (news(Overlaps::LeftmostLongest), single_line(size(mb)));
            (text.len(), peak_rise(|| extractor.extract(&text).len()))
        }
        ["repeated-name", mode, reps] => {
            let overlaps = if *mode == "All" {
                Overlaps::All
            } else {
                Overlaps::LeftmostLongest
            };
            let (extractor, text) = (news(overlaps), repeated_name(size(reps)));
            (text.len(), peak_rise(|| extractor.extract(&text).len()))
        }
        ["combining-marks", mb] => {
            let (extractor, text) = (news(Overlaps::LeftmostLongest), combining_marks(size(mb)));
            (text.len(), peak_rise(|| extractor.extract(&text).len()))
        }
        ["shared-prefix", "build", n] => {
            let names = prefix_names(size(n));
            let bytes = names.iter().map(String::len).sum();
            (bytes, peak_rise(|| prefix_extractor(&names).pattern_count()))
        }
        ["long-alias", "build", chars] => {
            let alias = long_alias(size(chars));
            (
                alias.len(),
                peak_rise(|| build([thing("long", &alias)], Overlaps::LeftmostLongest).pattern_count()),
            )
        }
        ["all-chars", "extract"] => {
            let (extractor, text) = (news(Overlaps::LeftmostLongest), all_chars());
            (text.len(), peak_rise(|| extractor.extract(&text).len()))
        }
        _ => return None,
    })
}

/// Runs every memory case in a fresh process (a freed allocation stays
/// resident and would hide the next case's peak) and prints a table.
fn peak_rss(which: &str) -> Result<(), Box<dyn std::error::Error>> {
    if which != "1" {
        let (bytes, rise) = peak_case(which).ok_or_else(|| format!("unknown case {which:?}"))?;
        let rise = rise.ok_or("cannot read or reset the peak in /proc/self")?;
        println!(
            "{which:<38} {bytes:>11} bytes  peak +{rise:>11} bytes  {:>6.2} per byte",
            rise as f64 / bytes as f64
        );
        return Ok(());
    }
    let exe = std::env::current_exe()?;
    for case in PEAK_CASES {
        let out = std::process::Command::new(&exe)
            .env("GAZNER_PEAK_RSS", case)
            .output()?;
        print!("{}", String::from_utf8_lossy(&out.stdout));
        if !out.status.success() {
            return Err(format!("{case}: {}", String::from_utf8_lossy(&out.stderr)).into());
        }
    }
    Ok(())
}

fn main() {
    if let Some(which) = std::env::var_os("GAZNER_PEAK_RSS") {
        if let Err(e) = peak_rss(&which.to_string_lossy()) {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
        return;
    }
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    benches(&mut c);
    c.final_summary();
}
