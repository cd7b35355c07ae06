//! Extracting from real text, next to the bare Aho-Corasick automaton
//! scanning a copy of the same text normalized in advance.
//!
//! Texts (throughput is counted in bytes of the original text):
//!
//! | label | what |
//! | --- | --- |
//! | `an2013-fr-5.8MB` | `../shared/corpus/assemblee-nationale-2013-fr.txt`, French parliamentary debates (skipped with a note when absent) |
//! | `news-fr-5KB` | `benches/data/news-fr.txt`, a French news-like text written for these benches |
//! | `news-en-4KB` | `benches/data/news-en.txt`, the same story in ASCII English |
//!
//! Gazetteers: `defaults` (the embedded ones), `cities-100k` and `cities-1m`
//! (GeoNames place names; see `benches/build.rs` and `benches/tools/inputs.rs`,
//! skipped with a note when `target/bench-data/names-1m.txt` is absent).
//!
//! `gazner/*` times `Extractor::extract_with` with a reused `Scratch`:
//! normalizing, scanning, the boundary, case and short-form rules, and the
//! results. `aho-corasick/*` times only counting `find_overlapping_iter`
//! over the text already normalized with `gazner::normalize`, with the same
//! patterns, match kind and automaton kind as gazner. Extractors and
//! automata are built lazily, outside the timed loops, so a filter such as
//! `cargo bench --bench extract -- defaults` builds only what it runs.
//!
//! ```sh
//! cargo bench --bench extract
//! ```

use std::cell::OnceCell;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use aho_corasick::AhoCorasick;
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use gazner::{Extractor, ExtractorBuilder, Scratch};

#[path = "tools/inputs.rs"]
#[allow(dead_code, reason = "the build bench uses the rest")]
mod inputs;

/// A text to extract from, and its copy normalized in advance for the bare automaton.
struct Text {
    label: &'static str,
    text: String,
    normalized: String,
}

fn texts() -> Vec<Text> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = [
        (
            "an2013-fr-5.8MB",
            root.join("../shared/corpus/assemblee-nationale-2013-fr.txt"),
        ),
        ("news-fr-5KB", root.join("benches/data/news-fr.txt")),
        ("news-en-4KB", root.join("benches/data/news-en.txt")),
    ];
    let mut texts = Vec::new();
    for (label, path) in files {
        match std::fs::read_to_string(&path) {
            Ok(text) => texts.push(Text {
                label,
                normalized: gazner::normalize(&text),
                text,
            }),
            Err(e) => eprintln!("note: skipping {label}: cannot read {} ({e})", path.display()),
        }
    }
    texts
}

/// A gazetteer, built on first use: gazner's extractor and the bare automaton.
struct Gazetteer {
    label: &'static str,
    builder: Box<dyn Fn() -> ExtractorBuilder>,
    built: OnceCell<(Extractor, AhoCorasick)>,
}

impl Gazetteer {
    fn new(label: &'static str, builder: impl Fn() -> ExtractorBuilder + 'static) -> Gazetteer {
        Gazetteer {
            label,
            builder: Box::new(builder),
            built: OnceCell::new(),
        }
    }

    fn get(&self) -> &(Extractor, AhoCorasick) {
        self.built.get_or_init(|| {
            let extractor = (self.builder)().build().expect("the gazetteer builds");
            let patterns = inputs::extractor_patterns(&extractor);
            assert_eq!(
                extractor.pattern_count(),
                patterns.len(),
                "{}: same patterns",
                self.label
            );
            let bare = inputs::bare_automaton(&patterns);
            eprintln!(
                "{}: {} patterns, {:?}",
                self.label,
                patterns.len(),
                extractor.automaton_kind()
            );
            (extractor, bare)
        })
    }
}

fn gazetteers() -> Vec<Gazetteer> {
    let mut gazetteers = vec![Gazetteer::new("defaults", || ExtractorBuilder::new().defaults())];
    if let Some(names) = inputs::read_names() {
        for (label, limit) in [("cities-100k", 100_000), ("cities-1m", 1_000_000)] {
            let jsonl = inputs::cities_gazetteer(&names, limit).jsonl;
            gazetteers.push(Gazetteer::new(label, move || {
                ExtractorBuilder::new().gazetteer_str("cities.jsonl", jsonl.as_str())
            }));
        }
    }
    gazetteers
}

fn bench_extract(c: &mut Criterion) {
    let texts = texts();
    for gazetteer in gazetteers() {
        let mut group = c.benchmark_group(format!("extract/{}", gazetteer.label));
        group
            .sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3))
            .sampling_mode(SamplingMode::Flat);
        for text in &texts {
            group.throughput(Throughput::Bytes(text.text.len() as u64));
            let mut scratch = Scratch::new();
            group.bench_function(format!("gazner/{}", text.label), |b| {
                let (extractor, _) = gazetteer.get();
                b.iter(|| black_box(extractor.extract_with(black_box(&text.text), &mut scratch).len()));
            });
            group.bench_function(format!("aho-corasick/{}", text.label), |b| {
                let (_, bare) = gazetteer.get();
                b.iter(|| black_box(bare.find_overlapping_iter(black_box(&text.normalized)).count()));
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
