//! Building an extractor, next to building the bare Aho-Corasick automaton
//! over the same patterns.
//!
//! | input | what |
//! | --- | --- |
//! | `defaults` | the embedded gazetteers (`ExtractorBuilder::new().defaults()`) |
//! | `cities-100k` | 100,000 GeoNames place names, through `gazetteer_str` |
//! | `cities-1m` | 1,000,000 GeoNames place names, through `gazetteer_str` |
//!
//! `gazner/*` times `ExtractorBuilder::build`: JSON parsing, normalizing every
//! alias, deduplicating and compiling. `aho-corasick/*` times only
//! `AhoCorasick::build` over the patterns already normalized and
//! deduplicated, with the automaton kind gazner picks (DFA up to 5,000
//! patterns, contiguous NFA above). Neither includes dropping what was built
//! (`iter_with_large_drop`: freeing a million aliases takes a while). Before
//! measuring, each input's pattern count and the heap of both
//! (`memory_usage()`) are printed.
//!
//! The city gazetteers are made from `target/bench-data/names-1m.txt`, which
//! `python3 benches/tools/make_names.py` writes (see `benches/tools/inputs.rs`
//! for what it holds); without it they are skipped with a note. At 1M names
//! one build takes 10-20 s on a 2-core machine, so that input alone takes a
//! few minutes: leave it out with `cargo bench --bench build -- 'defaults|100k'`.
//!
//! ```sh
//! cargo bench --bench build
//! ```

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BenchmarkGroup, Criterion, SamplingMode, criterion_group, criterion_main, measurement::WallTime,
};
use gazner::ExtractorBuilder;

#[path = "tools/inputs.rs"]
mod inputs;

fn bench_builds(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sampling_mode(SamplingMode::Flat);

    let defaults = || ExtractorBuilder::new().defaults();
    let patterns = inputs::extractor_patterns(&defaults().build().expect("the defaults build"));
    bench_pair(&mut group, "defaults", defaults, &patterns);

    if let Some(names) = inputs::read_names() {
        for (label, limit) in [("cities-100k", 100_000), ("cities-1m", 1_000_000)] {
            let cities = inputs::cities_gazetteer(&names, limit);
            let patterns = inputs::patterns(cities.aliases.iter().map(String::as_str));
            let jsonl = cities.jsonl;
            let builder = || ExtractorBuilder::new().gazetteer_str("cities.jsonl", jsonl.as_str());
            bench_pair(&mut group, label, builder, &patterns);
        }
    }
    group.finish();
}

/// Benchmarks gazner's build from `builder` and the bare automaton's over `patterns`.
fn bench_pair(
    group: &mut BenchmarkGroup<'_, WallTime>,
    label: &str,
    builder: impl Fn() -> ExtractorBuilder,
    patterns: &[String],
) {
    // Criterion calls the routine once per sample: describe the input on the first call only.
    let mut described = false;
    group.bench_function(format!("gazner/{label}"), |b| {
        if !described {
            describe(label, &builder().build().expect("the gazetteer builds"), patterns);
            described = true;
        }
        b.iter_with_large_drop(|| builder().build().expect("the gazetteer builds"));
    });
    group.bench_function(format!("aho-corasick/{label}"), |b| {
        b.iter_with_large_drop(|| inputs::bare_automaton(black_box(patterns)));
    });
}

/// Prints the pattern count and the heap of gazner's extractor and of the bare automaton.
fn describe(label: &str, extractor: &gazner::Extractor, patterns: &[String]) {
    let bare = inputs::bare_automaton(patterns);
    assert_eq!(
        extractor.pattern_count(),
        patterns.len(),
        "{label}: same patterns"
    );
    eprintln!(
        "{label}: {} entities, {} patterns, {:?}; heap: gazner {:.1} MiB, bare automaton {:.1} MiB",
        extractor.entities().len(),
        patterns.len(),
        extractor.automaton_kind(),
        inputs::mib(extractor.memory_usage()),
        inputs::mib(bare.memory_usage()),
    );
}

criterion_group!(benches, bench_builds);
criterion_main!(benches);
