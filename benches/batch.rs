//! Batch extraction on one thread and on all cores: the speed-up of
//! `Extractor::extract_batch`.
//!
//! Documents are the paragraphs of ../shared/corpus/assemblee-nationale-2013-fr.txt
//! when present, else the shipped seed article repeated; the default
//! gazetteers. Run: `cargo bench --bench batch`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn documents() -> Vec<String> {
    let corpus = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/assemblee-nationale-2013-fr.txt"
    );
    let text = std::fs::read_to_string(corpus).unwrap_or_else(|_| {
        eprintln!("batch bench: {corpus} is absent; using the seed article repeated");
        include_str!("../tests/data/azertac-2025-04-25-fr.txt").repeat(2000)
    });
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(str::to_string)
        .collect()
}

fn batch(c: &mut Criterion) {
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    let extractor = gazner::default_extractor();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut group = c.benchmark_group("batch");
    group.sample_size(10).throughput(Throughput::Bytes(bytes as u64));
    for threads in [1, cores] {
        group.bench_function(format!("{} docs, {threads} threads", docs.len()), |b| {
            b.iter(|| extractor.extract_batch(&docs, threads))
        });
    }
    group.finish();
}

criterion_group!(benches, batch);
criterion_main!(benches);
