//! Counts for the profile (PROFILE.md), not speed: gazner's heap against the
//! bare automaton's, part by part, and the bytes and word starts of a text.
//!
//! ```text
//! inspect memory --names FILE [--kind KIND]
//! inspect text --text LABEL=FILE [--max-bytes N] [--names FILE]
//! ```
//!
//! `memory` builds gazner over the names (one entity each, as `peer gazner`
//! does), then the bare automaton over gazner's patterns (each name
//! normalized with `gazner::normalize`, trimmed, deduplicated; the automaton
//! kind gazner picked, no prefilter, as `src/automaton.rs` builds its own),
//! and prints `memory_usage()` of both, gazner's split into the parts it
//! counts, and what each build left on the heap: bytes asked of the
//! allocator and bytes malloc really holds for them (its usable size plus an
//! 8-byte chunk header per block, glibc on 64 bits), with the block count.
//!
//! `text` prints the text's bytes, how many are not ASCII, the normalized
//! bytes, and the positions where gazner starts an anchored walk (the rule of
//! `find_matches` in `src/scan.rs`: not a space, not inside a word; for
//! non-ASCII neighbours approximated with `char::is_alphanumeric`). With
//! `--names`, also how many bytes an anchored walk visits on average (up to
//! and including the first byte that leaves every name's prefix), and how
//! many walks would pass a filter on the first two bytes of the names.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashSet;
use std::error::Error;
use std::ffi::c_void;
use std::mem::size_of;
use std::sync::atomic::{AtomicUsize, Ordering};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use gazner::{Alias, Entity, Kind};
use gazner_peer::{Args, build_gazner, print_report, read_names, timed};
use serde_json::json;

unsafe extern "C" {
    /// glibc: the usable size of a block `malloc` returned.
    fn malloc_usable_size(ptr: *mut c_void) -> usize;
}

/// Counts the live heap: bytes asked, bytes malloc holds, blocks.
struct Counting;

static ASKED: AtomicUsize = AtomicUsize::new(0);
static HELD: AtomicUsize = AtomicUsize::new(0);
static BLOCKS: AtomicUsize = AtomicUsize::new(0);

/// glibc's chunk header on 64-bit targets.
const CHUNK_HEADER: usize = 8;

fn held(p: *mut u8) -> usize {
    // SAFETY: `p` is a live block of the system allocator (glibc malloc).
    unsafe { malloc_usable_size(p.cast()) + CHUNK_HEADER }
}

// SAFETY: every method forwards to `System` with the same arguments and adds
// bookkeeping that cannot fail.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees for `layout` are `System`'s.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            ASKED.fetch_add(layout.size(), Ordering::Relaxed);
            HELD.fetch_add(held(p), Ordering::Relaxed);
            BLOCKS.fetch_add(1, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        ASKED.fetch_sub(layout.size(), Ordering::Relaxed);
        HELD.fetch_sub(held(ptr), Ordering::Relaxed);
        BLOCKS.fetch_sub(1, Ordering::Relaxed);
        // SAFETY: `ptr` was allocated by `alloc` above with `layout`.
        unsafe { System.dealloc(ptr, layout) };
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let before = held(ptr);
        // SAFETY: the caller's guarantees are `System`'s.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            ASKED.fetch_sub(layout.size(), Ordering::Relaxed);
            ASKED.fetch_add(new_size, Ordering::Relaxed);
            HELD.fetch_sub(before, Ordering::Relaxed);
            HELD.fetch_add(held(p), Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The live heap now: (asked, held, blocks).
fn heap() -> [usize; 3] {
    [
        ASKED.load(Ordering::Relaxed),
        HELD.load(Ordering::Relaxed),
        BLOCKS.load(Ordering::Relaxed),
    ]
}

fn grown(before: [usize; 3]) -> serde_json::Value {
    let now = heap();
    json!({
        "asked": now[0].saturating_sub(before[0]),
        "held": now[1].saturating_sub(before[1]),
        "blocks": now[2].saturating_sub(before[2]),
    })
}

fn memory(args: &Args) -> Result<serde_json::Value, Box<dyn Error>> {
    let names = read_names(&args.names)?;
    let before = heap();
    let (extractor, build) = build_gazner(&names, &args.kind, args.defaults)?;
    let gazner_heap = grown(before);

    // The parts `Extractor::memory_usage` adds up for the entities.
    let entities = extractor.entities();
    let aliases: usize = entities.iter().map(|e| e.aliases().len()).sum();
    let ids: usize = entities.iter().map(|e| e.id().len()).sum();
    let kinds: usize = entities
        .iter()
        .map(|e| match e.kind() {
            Kind::Custom(k) => k.len(),
            _ => 0,
        })
        .sum();
    let meta: usize = entities
        .iter()
        .flat_map(|e| e.meta().iter())
        .map(|(k, v)| k.len() + v.len() + 48)
        .sum();
    let alias_text: usize = entities
        .iter()
        .flat_map(|e| e.aliases())
        .map(|a| {
            // The codes are stored after the text, comma-separated, with a
            // mark for `lang_only`: src/entity.rs.
            let codes: usize = a.langs().map(|l| l.len() + 1).sum();
            a.text().len() + codes + usize::from(a.is_lang_only())
        })
        .sum();
    let entity_structs = std::mem::size_of_val(entities);
    let alias_structs = aliases * size_of::<Alias>();

    // The bare automaton over the same patterns.
    let mut seen = HashSet::new();
    let patterns: Vec<String> = names
        .iter()
        .map(|n| gazner::normalize(n).trim_matches(' ').to_string())
        .filter(|p| !p.is_empty() && seen.insert(p.clone()))
        .collect();
    drop(seen);
    let automaton_kind = match extractor.automaton_kind() {
        gazner::AutomatonKind::Dfa => AhoCorasickKind::DFA,
        _ => AhoCorasickKind::ContiguousNFA,
    };
    let before = heap();
    let (bare, bare_build) = timed(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(automaton_kind))
            .prefilter(false)
            .build(&patterns)
    });
    let bare = bare?;
    let bare_heap = grown(before);
    let entity_part = entity_structs + ids + kinds + meta + alias_structs + alias_text;
    let total = extractor.memory_usage();
    Ok(json!({
        "names": names.len(),
        "entities": entities.len(),
        "aliases": aliases,
        "patterns": extractor.pattern_count(),
        "bare_patterns": bare.patterns_len(),
        "automaton": extractor.automaton_kind().as_str(),
        "build_s": build.as_secs_f64(),
        "bare_build_s": bare_build.as_secs_f64(),
        "memory_usage": total,
        "bare_memory_usage": bare.memory_usage(),
        "size_of": {"Entity": size_of::<Entity>(), "Alias": size_of::<Alias>(), "Kind": size_of::<Kind>()},
        "parts": {
            "entity_structs": entity_structs,
            "ids": ids,
            "custom_kinds": kinds,
            "meta": meta,
            "alias_structs": alias_structs,
            "alias_text": alias_text,
            "tables_and_automaton": total.saturating_sub(entity_part),
        },
        "live_heap": {"gazner": gazner_heap, "bare": bare_heap},
    }))
}

/// Whether gazner starts an anchored walk at `c`, after `prev`.
fn starts_walk(prev: Option<char>, c: char) -> bool {
    if c == ' ' || c == '\n' {
        return false;
    }
    !prev.is_some_and(|p| p.is_alphanumeric() && c.is_alphanumeric())
}

/// The names as gazner's patterns: normalized, trimmed, sorted, deduplicated.
fn sorted_patterns(names: &[String]) -> Vec<Vec<u8>> {
    let mut patterns: Vec<Vec<u8>> = names
        .iter()
        .map(|n| gazner::normalize(n).trim_matches(' ').as_bytes().to_vec())
        .filter(|p| !p.is_empty())
        .collect();
    patterns.sort_unstable();
    patterns.dedup();
    patterns
}

/// Whether some pattern starts with `prefix`.
fn is_prefix(patterns: &[Vec<u8>], prefix: &[u8]) -> bool {
    let i = patterns.partition_point(|p| p.as_slice() < prefix);
    patterns.get(i).is_some_and(|p| p.starts_with(prefix))
}

/// Bytes an anchored walk from `at` visits: the longest prefix of a pattern
/// that starts there, plus the byte that ends the walk (if any).
fn walk_length(patterns: &[Vec<u8>], text: &[u8], at: usize) -> usize {
    let mut len = 1;
    while at + len <= text.len() && is_prefix(patterns, &text[at..at + len]) {
        len += 1;
    }
    len.min(text.len() - at)
}

fn text_stats(args: &Args) -> Result<serde_json::Value, Box<dyn Error>> {
    let texts = args.read_texts()?;
    let patterns = sorted_patterns(&read_names(&args.names)?);
    let mut out = Vec::new();
    for t in &texts {
        let normalized = gazner::normalize(&t.text);
        let bytes = normalized.as_bytes();
        let mut prev = None;
        let (mut starts, mut walked, mut two_byte_pass) = (0usize, 0usize, 0usize);
        for (at, c) in normalized.char_indices() {
            if starts_walk(prev, c) {
                starts += 1;
                if !patterns.is_empty() {
                    walked += walk_length(&patterns, bytes, at);
                    let two = &bytes[at..(at + 2).min(bytes.len())];
                    two_byte_pass += usize::from(is_prefix(&patterns, two));
                }
            }
            prev = Some(c);
        }
        let per_walk = |n: usize| n as f64 / starts.max(1) as f64;
        out.push(json!({
            "bytes_walked_per_walk": per_walk(walked),
            "walks_passing_a_two_byte_filter": per_walk(two_byte_pass),
            "label": t.label,
            "bytes": t.text.len(),
            "non_ascii_bytes": t.text.bytes().filter(|b| !b.is_ascii()).count(),
            "chars": t.text.chars().count(),
            "normalized_bytes": normalized.len(),
            "word_starts": starts,
            "words": t.text.split_whitespace().count(),
        }));
    }
    Ok(json!({ "texts": out }))
}

fn run() -> Result<(), Box<dyn Error>> {
    let args = Args::parse()?;
    let report = match args.engine.as_str() {
        "memory" => memory(&args)?,
        "text" => text_stats(&args)?,
        other => return Err(format!("unknown mode {other:?}: memory or text").into()),
    };
    print_report(&report);
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("inspect: {e}");
        std::process::exit(1);
    }
}
