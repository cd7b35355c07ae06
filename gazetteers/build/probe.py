#!/usr/bin/env python3
"""False-positive probe: run the reference matcher over text files and list
the aliases that match most often, to review by eye.

    python3 gazetteers/build/probe.py FILE... [--top N] [--kind KIND]"""
import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matcher import Matcher, load  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--kind")
    args = ap.parse_args()
    m = Matcher(load())
    counts = Counter()
    examples = {}
    for f in args.files:
        text = Path(f).read_text(encoding="utf-8", errors="replace")
        # documents: blank-line separated chunks, so `short` gating is per chunk
        for chunk in text.split("\n\n"):
            for s, e, key, ent, alias in m.find(chunk):
                if args.kind and ent["kind"] != args.kind:
                    continue
                k = (ent["kind"], ent["id"], ent["name"], alias["text"], bool(alias.get("short")))
                counts[k] += 1
                if k not in examples:
                    examples[k] = chunk[max(0, s - 40):e + 40].replace("\n", " ")
    for k, n in counts.most_common(args.top):
        kind, eid, name, alias, short = k
        print(f"{n:6} {kind:11} {eid:14} {alias!r:30} ({name}){' short' if short else ''} | {examples[k]}")


if __name__ == "__main__":
    main()
