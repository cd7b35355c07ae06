#!/usr/bin/env python3
"""Splits a perf profile of `examples/throughput` into phases and hot spots.

    CARGO_PROFILE_RELEASE_DEBUG=line-tables-only RUSTFLAGS="-C force-frame-pointers=yes" \
        cargo build --release --example throughput
    perf record -F 1000 -g -o perf.data target/release/examples/throughput [ARGS]
    perf script -i perf.data -F ip,sym | python3 benches/tools/perf_phases.py

Every sample (kernel ones included: page faults are part of building) is put
in one phase by the outermost known frame of its call stack:

    gazner build     ExtractorBuilder::build
    bare build       AhoCorasickBuilder::build, not under gazner's build
    gazner extract   Extractor::extract_with
    bare scan        the automaton's overlapping search, not under extract_with

and, inside each phase, in one part by the innermost known frame (the JSON
parser, normalization, the automaton, hashing, allocation...). Prints the
share of all samples and of the phase.
"""

import sys
from collections import Counter

PHASES = [
    ("gazner build", "gazner::builder::ExtractorBuilder::build"),
    ("gazner extract", "gazner::scan::<impl gazner::extractor::Extractor>::extract_with"),
    ("bare build", "aho_corasick::ahocorasick::AhoCorasickBuilder::build"),
    ("bare scan", "aho_corasick::automaton::try_find_overlapping_fwd"),
]

# Innermost match wins: checked from the leaf up, first rule that matches a
# frame. `is_combining_mark` is then split by its caller (see `part_of`).
PARTS = [
    ("automaton: failure transitions", "fill_failure_transitions"),
    ("automaton: trie", "Compiler::build_trie"),
    ("automaton: copy matches", "NFA::copy_matches"),
    ("automaton: contiguous", "contiguous::Builder::build_from_noncontiguous"),
    ("automaton: remap/shuffle", "remap"),
    ("automaton: scan", "try_find_overlapping_fwd"),
    ("automaton: other", "aho_corasick::"),
    ("json parse", "serde_json::"),
    ("case rule from shape", "CaseRule::from_shape"),
    ("normalize: fold_case", "gazner::normalize::fold_case"),
    ("is_combining_mark", "is_combining_mark"),
    ("normalize: decompose", "unicode_normalization::"),
    ("normalize", "gazner::normalize::Normalized::normalize"),
    ("boundaries (separates)", "gazner::rules::separates"),
    ("case check (CaseChecker::allows)", "gazner::rules::CaseChecker::allows"),
    ("resolve", "resolve"),
    ("hashing", "hash"),
    ("allocation", "malloc"),
    ("allocation", "free"),
    ("allocation", "__rust_alloc"),
    ("allocation", "__rust_dealloc"),
    ("allocation", "realloc"),
    ("memcpy/memmove", "memmove"),
    ("memcpy/memmove", "memcpy"),
    ("sort", "sort::"),
    ("kernel (page faults, mmap)", "exc_page_fault"),
    ("kernel (page faults, mmap)", "mmap"),
    ("kernel (page faults, mmap)", "munmap"),
    ("parse (gazetteer.rs)", "gazner::gazetteer::"),
    ("compile (extractor.rs)", "gazner::extractor::Extractor::compile"),
    ("find_matches/extract_with", "extract_with"),
]


def samples(lines):
    stack = []
    for line in lines:
        line = line.strip()
        if not line:
            if stack:
                yield stack
            stack = []
            continue
        parts = line.split(None, 1)
        stack.append(parts[1] if len(parts) > 1 else "")
    if stack:
        yield stack


def part_of(stack):
    for i, frame in enumerate(stack):
        hit = next((name for name, sym in PARTS if sym in frame), None)
        if hit == "is_combining_mark":
            caller = next((f for f in stack[i + 1 :] if "gazner::" in f), "")
            if "separates" in caller or "is_word_char" in caller:
                return "boundaries: is_combining_mark"
            return "normalize: is_combining_mark"
        if hit:
            return hit
    return "other"


def main():
    phases = Counter()
    parts = Counter()
    total = 0
    for stack in samples(sys.stdin):  # leaf first
        total += 1
        phase = "other"
        for frame in reversed(stack):  # outermost first
            hit = next((name for name, sym in PHASES if sym in frame), None)
            if hit:
                phase = hit
                break
        part = part_of(stack)
        phases[phase] += 1
        parts[(phase, part)] += 1
    print(f"{total} samples")
    for phase, n in phases.most_common():
        print(f"{phase:16} {100 * n / total:5.1f}% of all")
        for (p, part), m in sorted(parts.items(), key=lambda kv: -kv[1]):
            if p == phase and 100 * m / n >= 0.5:
                print(f"    {part:36} {100 * m / n:5.1f}% of phase")


if __name__ == "__main__":
    main()
