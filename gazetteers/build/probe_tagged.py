#!/usr/bin/env python3
"""False-positive probe on tagged corpora (CoNLL-U-like `idx TAB token TAB tag`
or `token tag`): matches whose tokens are all tagged O (not a named entity)
are likely false positives; lists them by alias, most frequent first.

    python3 gazetteers/build/probe_tagged.py FILE... [--top N]"""
import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from matcher import Matcher, load  # noqa: E402


def sentences(path):
    toks = []
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t") if "\t" in line else line.split(" ")
        if not line.strip():
            if toks:
                yield toks
            toks = []
            continue
        if len(parts) >= 3:
            toks.append((parts[1], parts[2]))
        elif len(parts) == 2:
            toks.append((parts[0], parts[1]))
    if toks:
        yield toks


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--top", type=int, default=80)
    args = ap.parse_args()
    m = Matcher(load())
    fp, tp = Counter(), Counter()
    ex = {}
    for f in args.files:
        sents = list(sentences(f))
        # group sentences in documents of 20 so that `short` forms can fire
        for i in range(0, len(sents), 20):
            text, spans = "", []
            for s in sents[i:i + 20]:
                for tok, tag in s:
                    spans.append((len(text), len(text) + len(tok), tag))
                    text += tok + " "
                text += "\n"
            for s, e, key, ent, alias in m.find(text):
                tags = [t for a, b, t in spans if a < e and b > s]
                k = (ent["kind"], ent["id"], alias["text"], bool(alias.get("short")))
                if all(t == "O" for t in tags):
                    fp[k] += 1
                    ex.setdefault(k, text[max(0, s - 50):e + 50].replace("\n", " "))
                else:
                    tp[k] += 1
    print(f"matches on entity tokens: {sum(tp.values())}, on O tokens: {sum(fp.values())}")
    for k, n in fp.most_common(args.top):
        print(f"{n:5} (ok {tp[k]:4}) {k[0]:11} {k[1]:16} {k[2]!r}{' short' if k[3] else ''} | {ex[k]}")


if __name__ == "__main__":
    main()
