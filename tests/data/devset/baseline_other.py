#!/usr/bin/env python3
"""Scores the extractor's output on the dev set's other languages (not en/fr).

Strict scoring: a found mention is right only when its byte span and its kind
are exactly those of a required gold mention. Mentions of other kinds found by
the extractor (demonyms...) and gold mentions with `"required": false` are
left out. Prints true positives, false positives, false negatives, precision,
recall and F1 per split, language and kind, then per split for all languages.

    cargo build --release --example extract
    python3 tests/data/devset/baseline_other.py [--extract PATH] [--show-errors]

Stands in for `examples/evaluate` on these languages until the shared scorer
covers them.
"""

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parents[2]
KINDS = ("person", "country", "institution")
SHARED_LANGS = ("en", "fr")


def articles() -> list[tuple[str, str, Path]]:
    """(split, lang, text path) of every article of the other languages."""
    found = []
    for split in ("dev", "held"):
        for lang_dir in sorted((ROOT / split).glob("*")):
            if lang_dir.is_dir() and lang_dir.name not in SHARED_LANGS:
                for txt in sorted(lang_dir.glob("*.txt")):
                    found.append((split, lang_dir.name, txt))
    return found


def gold_spans(txt: Path) -> set[tuple[int, int, str]]:
    """Required gold mentions of one article as (start, end, kind)."""
    gold = txt.with_name(txt.name[: -len(".txt")] + ".gold.jsonl")
    spans = set()
    for line in gold.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["required"]:
            spans.add((rec["start"], rec["end"], rec["kind"]))
    return spans


def found_spans(extract: Path, paths: list[Path]) -> dict[str, set[tuple[int, int, str]]]:
    """Mentions of the three kinds the extractor finds, by file."""
    out = subprocess.run(
        [str(extract), "--quiet", *map(str, paths)], check=True, capture_output=True, text=True
    ).stdout
    found: dict[str, set[tuple[int, int, str]]] = {str(p): set() for p in paths}
    for line in out.splitlines():
        rec = json.loads(line)
        if rec["kind"] in KINDS:
            found[rec["file"]].add((rec["start"], rec["end"], rec["kind"]))
    return found


def ratio(a: int, b: int) -> float:
    return 100.0 * a / b if b else 0.0


def row(label: str, c: Counter) -> str:
    p, r = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"| {label} | {c['tp']} | {c['fp']} | {c['fn']} | {p:.1f} | {r:.1f} | {f:.1f} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", type=Path, default=REPO / "target/release/examples/extract")
    parser.add_argument("--show-errors", action="store_true", help="list every miss and false mention")
    args = parser.parse_args()
    items = articles()
    found = found_spans(args.extract, [txt for _, _, txt in items])
    counts: dict[tuple[str, str, str], Counter] = {}
    for split, lang, txt in items:
        gold, got = gold_spans(txt), found[str(txt)]
        text = txt.read_bytes()
        for kind in KINDS:
            g = {s for s in gold if s[2] == kind}
            f = {s for s in got if s[2] == kind}
            c = Counter(tp=len(g & f), fp=len(f - g), fn=len(g - f))
            for key in ((split, lang, kind), (split, lang, "all"), (split, "all", kind), (split, "all", "all")):
                counts.setdefault(key, Counter()).update(c)
            if args.show_errors:
                for tag, spans in (("miss", g - f), ("false", f - g)):
                    for s, e, k in sorted(spans):
                        print(f"{tag}\t{split}/{lang}/{txt.stem}\t{k}\t{text[s:e].decode()}")
    print("| split / lang / kind | TP | FP | FN | P % | R % | F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key in sorted(counts, key=lambda k: (k[0], k[1] == "all", k[1], k[2] == "all", k[2])):
        print(row(" / ".join(key), counts[key]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
