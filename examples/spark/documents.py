#!/usr/bin/env python3
"""Deterministic test documents for the Spark job, made from the repository itself.

    python3 examples/spark/documents.py [--count N] [--seed S] [--bad] REPO_ROOT OUT.jsonl

Each document mixes paragraphs of the repository's public texts (the seed article
and the news stories under tests/data, see tests/data/news for their sources) with
sentences built from the default gazetteers' names, aliases and roles (Wikidata,
CC0, and the sources listed in gazetteers/README.md), in the gazetteers' many
languages and scripts. The same count and seed always give the same file.

With --bad, malformed lines (broken JSON, no id, a text that is not a string, a
lone surrogate, NaN, duplicate keys...) and blank lines are mixed in, and valid
lines sometimes carry extra fields; `good_lines` says what `extract --jsonl` should
be given for the same documents.
"""

import argparse
import glob
import json
import os
import random
import re

# Lines that are not documents, each for a different reason.
BAD_LINES = [
    '{"id": 1, "text": "Kaja Kallas à Bakou"',  # truncated
    '{"text": "no id: Emmanuel Macron"}',
    '{"id": "x", "text": 42}',
    '{"id": "x"}',
    '{"id": null, "text": "null id"}',
    '{"id": true, "text": "boolean id"}',
    '{"id": [1], "text": "array id"}',
    '["id", "text"]',
    '"just a string"',
    '{"id": NaN, "text": "France"}',
    '{"id": 1e999, "text": "France"}',
    '{"id": "s", "text": "lone \\ud800 surrogate"}',
    '{"id": "d", "text": "a", "text": "duplicate key"}',
    "not json at all <script>alert(1)</script>",
    "{'id': 1, 'text': 'single quotes'}",
]

# Valid documents that test the edges of the format.
EDGE_DOCUMENTS = [
    {"id": 0, "text": ""},
    {"id": 1.5, "text": "Float id, Azerbaïdjan."},
    {"id": 123456789012345678901234567890, "text": "A big integer id: the United States."},
    {"id": "é\u2028中", "text": "Line\u2028separator, paragraph\u2029separator: 中国 and 日本."},
    {"id": "ctl", "text": "Tab\there, bell\u0007 and NUL-free text about Germany."},
    {"id": "emoji", "text": "🇦🇿 Azerbaijan 👋 Armenia 👋🏽"},
    {"id": "markup", "text": "<script>document.title='pwned'</script> & \"NATO\" <b>EU</b>"},
]


def paragraphs(root):
    """The paragraphs of the repository's public texts, in a fixed order."""
    files = sorted(glob.glob(os.path.join(root, "tests/data/*.txt")))
    files += sorted(glob.glob(os.path.join(root, "tests/data/news/*.txt")))
    out = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            for block in re.split(r"\n\s*\n", f.read()):
                block = block.strip()
                if block:
                    out.append(block)
    if not out:
        raise SystemExit(f"documents.py: no texts under {root}/tests/data")
    return out


def entities(root):
    """(kind, names, role) of the default gazetteers' visible entities."""
    out = []
    for name in ("countries", "people", "institutions"):
        with open(os.path.join(root, "gazetteers", f"{name}.jsonl"), encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                e = json.loads(line)
                if e.get("hidden"):
                    continue
                names = [e["name"]] + [
                    a if isinstance(a, str) else a["text"]
                    for a in e.get("aliases", [])
                    if isinstance(a, str) or not a.get("short")
                ]
                out.append((e["kind"], names, e.get("meta", {}).get("role")))
    return out


TEMPLATES = [
    "{p}, {role}, met the delegation of {c} on Tuesday.",
    "Talks between {c} and {c2} resumed in the presence of {i}.",
    "{p} a rencontré les représentants de {i} à propos de {c}.",
    "{p} traf sich mit Vertretern von {c} und {i}.",
    "{i} publicó un informe sobre {c} y {c2}.",
    "По словам {p}, {c} и {c2} договорились.",
    "{c}、{c2}与{i}的代表举行了会谈。",
    "THE DELEGATION OF {C} ARRIVED; {p} SPOKE.",
]


def generate(root, count, seed):
    """`count` documents, the same for the same seed."""
    rng = random.Random(seed)
    texts = paragraphs(root)
    known = entities(root)
    by_kind = {k: [e for e in known if e[0] == k] for k in ("person", "country", "institution")}

    def pick(kind):
        return rng.choice(rng.choice(by_kind[kind])[1])

    docs = []
    for n in range(count):
        parts = [rng.choice(texts) for _ in range(rng.randint(0, 3))]
        for _ in range(rng.randint(1, 3)):
            person = rng.choice(by_kind["person"])
            parts.append(
                rng.choice(TEMPLATES).format(
                    p=rng.choice(person[1]),
                    role=person[2] or "an official",
                    c=pick("country"),
                    c2=pick("country"),
                    C=pick("country").upper(),
                    i=pick("institution"),
                )
            )
        rng.shuffle(parts)
        doc_id = f"doc-{n}" if n % 3 else n
        docs.append({"id": doc_id, "text": ("\n\n" if n % 2 else " ").join(parts)})
    return docs + EDGE_DOCUMENTS


def input_lines(docs, seed, bad):
    """The lines of the input file; with `bad`, malformed and blank lines mixed in."""
    rng = random.Random(seed + 1)
    lines = []
    for i, doc in enumerate(docs):
        record = dict(doc)
        if bad and i % 7 == 0:
            record = {"url": f"https://example.org/{i}", **record, "date": "2025-04-25"}
        lines.append(json.dumps(record, ensure_ascii=i % 2 == 0))
    if bad:
        for line in BAD_LINES + ["", "   "]:
            lines.insert(rng.randrange(len(lines) + 1), line)
    return lines


def good_lines(docs):
    """What `extract --jsonl` is given for the same documents."""
    return [json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) for d in docs]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--bad", action="store_true", help="mix in malformed and blank lines")
    parser.add_argument("root")
    parser.add_argument("out")
    args = parser.parse_args()
    docs = generate(args.root, args.count, args.seed)
    with open(args.out, "w", encoding="utf-8") as f:
        for line in input_lines(docs, args.seed, args.bad):
            f.write(line + "\n")


if __name__ == "__main__":
    main()
