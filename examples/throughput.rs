//! Measures gazner on one file against the bare Aho-Corasick automaton.
//!
//! ```text
//! cargo run --release --example throughput -- [--gazetteer FILE]... [--no-defaults] [--repeat N] [--lang CODE|detect] FILE
//! ```
//!
//! Prints the file's size; the time to build the extractor and its heap
//! (`Extractor::memory_usage`, and the live heap the build left, counted by
//! this program's allocator); the same for the bare automaton: every alias
//! normalized with `gazner::normalize`, trimmed, deduplicated, compiled with
//! `MatchKind::Standard` and the kind gazner picks (DFA up to 5,000 patterns,
//! contiguous NFA above); then the median over N runs (default 5) of
//! gazner's `extract_with` with a reused `Scratch` and of the bare
//! automaton's `find_overlapping_iter` over a copy of the text normalized in
//! advance, run in turn so that a noisy machine slows both alike, both in MB/s of the original text (10^6 bytes per second), their
//! ratio, and the number of mentions and of raw matches. `--lang` reads the
//! text in that language (`detect`: the `detect-lang` feature).
//!
//! `benches/tools/make_names.py --jsonl` writes the GeoNames city gazetteers
//! used in the benches, to try here with `--gazetteer`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashSet;
use std::error::Error;
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use gazner::{Extractor, ExtractorBuilder, Scratch};

/// Counts the bytes allocated and not yet freed, to measure what a build keeps.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every method forwards to `System` with the same arguments, and only
// adds bookkeeping that cannot fail.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees for `layout` are `System`'s.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `alloc` above with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's guarantees are `System`'s.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            LIVE.fetch_add(new_size, Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

struct Args {
    gazetteers: Vec<String>,
    defaults: bool,
    repeat: usize,
    file: String,
    language: gazner::Language,
}

const USAGE: &str =
    "usage: throughput [--gazetteer FILE]... [--no-defaults] [--repeat N] [--lang CODE|detect] FILE";

fn parse_args() -> Result<Args, Box<dyn Error>> {
    let mut args = Args {
        gazetteers: Vec::new(),
        defaults: true,
        repeat: 5,
        file: String::new(),
        language: gazner::Language::Unknown,
    };
    let mut files = Vec::new();
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--gazetteer" => args.gazetteers.push(it.next().ok_or("--gazetteer needs a FILE")?),
            "--no-defaults" => args.defaults = false,
            "--repeat" => {
                let n = it.next().ok_or("--repeat needs a number")?;
                args.repeat = n.parse().map_err(|_| format!("--repeat: not a number: {n}"))?;
                if args.repeat == 0 {
                    return Err("--repeat must be at least 1".into());
                }
            }
            "--lang" => {
                let code = it.next().ok_or("--lang needs a language code")?;
                args.language = match code.as_str() {
                    #[cfg(feature = "detect-lang")]
                    "detect" => gazner::Language::Detect,
                    _ => gazner::Language::given(&code)?,
                };
            }
            "-h" | "--help" => return Err(USAGE.into()),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}").into()),
            _ => files.push(arg),
        }
    }
    match <[String; 1]>::try_from(files) {
        Ok([file]) => args.file = file,
        Err(_) => return Err(format!("expected exactly one FILE\n{USAGE}").into()),
    }
    if !args.defaults && args.gazetteers.is_empty() {
        return Err("--no-defaults without --gazetteer leaves nothing to find".into());
    }
    Ok(args)
}

/// The automaton's patterns, as gazner derives them from its aliases.
fn patterns(extractor: &Extractor) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut patterns = Vec::new();
    for alias in extractor.entities().iter().flat_map(|e| e.aliases()) {
        let normalized = gazner::normalize(alias.text());
        let pattern = normalized.trim_matches(' ');
        if !pattern.is_empty() && seen.insert(pattern.to_string()) {
            patterns.push(pattern.to_string());
        }
    }
    patterns
}

/// Runs `a` and `b` in turn, `n` times each, so that a noisy machine slows
/// both alike; returns each one's median duration and last result.
fn medians<A, B>(
    n: usize,
    mut a: impl FnMut() -> A,
    mut b: impl FnMut() -> B,
) -> ((Duration, A), (Duration, B)) {
    fn timed<T>(f: &mut impl FnMut() -> T, times: &mut Vec<Duration>) -> T {
        let start = Instant::now();
        let out = black_box(f());
        times.push(start.elapsed());
        out
    }
    let (mut times_a, mut times_b) = (Vec::with_capacity(n), Vec::with_capacity(n));
    let mut last_a = timed(&mut a, &mut times_a);
    let mut last_b = timed(&mut b, &mut times_b);
    for _ in 1..n {
        last_a = timed(&mut a, &mut times_a);
        last_b = timed(&mut b, &mut times_b);
    }
    times_a.sort();
    times_b.sort();
    ((times_a[n / 2], last_a), (times_b[n / 2], last_b))
}

fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / 1e6 / time.as_secs_f64()
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn run() -> Result<(), Box<dyn Error>> {
    let args = parse_args()?;
    let bytes = std::fs::read(&args.file).map_err(|e| format!("{}: {e}", args.file))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not UTF-8 at byte {}",
            args.file,
            e.utf8_error().valid_up_to()
        )
    })?;
    println!("file: {} ({} bytes)", args.file, text.len());

    let mut builder = ExtractorBuilder::new().language(args.language);
    if args.defaults {
        builder = builder.defaults();
    }
    for path in &args.gazetteers {
        builder = builder.gazetteer_file(path);
    }
    let heap_before = LIVE.load(Ordering::Relaxed);
    let start = Instant::now();
    let extractor = builder.build()?;
    let build_time = start.elapsed();
    let heap = LIVE.load(Ordering::Relaxed).saturating_sub(heap_before);

    let patterns = patterns(&extractor);
    if patterns.len() != extractor.pattern_count() {
        eprintln!(
            "warning: {} patterns here, {} in the extractor: the comparison is off",
            patterns.len(),
            extractor.pattern_count()
        );
    }
    // The same kind as gazner's own automaton.
    let kind = match extractor.automaton_kind() {
        gazner::AutomatonKind::Dfa => AhoCorasickKind::DFA,
        _ => AhoCorasickKind::ContiguousNFA,
    };
    let bare_heap_before = LIVE.load(Ordering::Relaxed);
    let start = Instant::now();
    let bare = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(Some(kind))
        .build(&patterns)?;
    let bare_build_time = start.elapsed();
    let bare_heap = LIVE.load(Ordering::Relaxed).saturating_sub(bare_heap_before);
    drop(patterns);

    println!(
        "gazetteers: {} entities, {} patterns, {kind:?}",
        extractor.entities().len(),
        extractor.pattern_count()
    );
    println!(
        "build: gazner {:.3} s, bare automaton {:.3} s ({:.2}x)",
        build_time.as_secs_f64(),
        bare_build_time.as_secs_f64(),
        build_time.as_secs_f64() / bare_build_time.as_secs_f64()
    );
    println!(
        "memory_usage(): gazner {:.1} MiB, bare automaton {:.1} MiB ({:.2}x)",
        mib(extractor.memory_usage()),
        mib(bare.memory_usage()),
        extractor.memory_usage() as f64 / bare.memory_usage() as f64
    );
    println!(
        "live heap after build: gazner {:.1} MiB, bare automaton {:.1} MiB ({:.2}x)",
        mib(heap),
        mib(bare_heap),
        heap as f64 / bare_heap.max(1) as f64
    );

    let normalized = gazner::normalize(&text);
    let mut scratch = Scratch::new();
    let ((ours, mentions), (theirs, matches)) = medians(
        args.repeat,
        || extractor.extract_with(&text, &mut scratch).len(),
        || bare.find_overlapping_iter(&normalized).count(),
    );
    let (ours, theirs) = (mb_per_s(text.len(), ours), mb_per_s(text.len(), theirs));
    println!(
        "extract (median of {}): gazner {ours:.1} MB/s, bare automaton on pre-normalized text {theirs:.1} MB/s, \
         ratio {:.2}",
        args.repeat,
        ours / theirs
    );
    println!("found: {mentions} mentions; the bare automaton, {matches} raw matches");
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("throughput: {e}");
        std::process::exit(1);
    }
}
