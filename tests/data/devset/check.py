#!/usr/bin/env python3
"""Checks every gold file of the news dev set against its text.

For each `<split>/<lang>/<name>.txt` there must be a `<name>.gold.jsonl`
(and the other way round), every line a JSON object with `start`, `end`,
`text`, `kind`, `entity`, `required`; `start < end` inside the text, both on
UTF-8 char boundaries; `text` equal to the bytes at the span; lines sorted by
start; required mentions of the three kinds only, never overlapping each
other; a `qid`, when present, of the form Q<digits>. Exits 1 naming the file,
the line and the value of the first problem in each file.

Usage: check.py [DIR] (default: this folder)
"""

import json
import pathlib
import re
import sys

KINDS = {"person", "country", "institution"}
FIELDS = {"start", "end", "text", "kind", "entity", "required"}


def check_pair(txt_path, gold_path):
    """Problems of one article, as messages."""
    data = txt_path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"{txt_path}: not UTF-8 at byte {e.start}"]
    problems = []
    previous_start = -1
    required = []
    for number, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{gold_path}:{number}"
        if not line.strip():
            problems.append(f"{where}: blank line")
            continue
        try:
            m = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: not JSON ({e})")
            continue
        missing = FIELDS - m.keys()
        if missing:
            problems.append(f"{where}: missing {sorted(missing)}")
            continue
        start, end = m["start"], m["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(data)):
            problems.append(f"{where}: span {start}..{end} outside 0..{len(data)}")
            continue
        try:
            actual = data[start:end].decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{where}: span {start}..{end} not on char boundaries")
            continue
        if actual != m["text"]:
            problems.append(f"{where}: text {m['text']!r} but bytes {start}..{end} are {actual!r}")
        if start < previous_start:
            problems.append(f"{where}: start {start} before the previous line's {previous_start}")
        previous_start = start
        if "qid" in m and not re.fullmatch(r"Q[0-9]+", str(m["qid"])):
            problems.append(f"{where}: qid {m['qid']!r} is not Q<digits>")
        if m["required"] is True:
            if m["kind"] not in KINDS:
                problems.append(f"{where}: required mention of unknown kind {m['kind']!r}")
            required.append((start, end, number))
        elif m["required"] is not False:
            problems.append(f"{where}: required is {m['required']!r}, not true or false")
    required.sort()
    for (s1, e1, n1), (s2, e2, n2) in zip(required, required[1:]):
        if s2 < e1:
            problems.append(f"{gold_path}:{n2}: overlaps the required mention of line {n1} ({s1}..{e1})")
    return problems


def main():
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent
    problems = []
    articles = 0
    for split in ("dev", "held"):
        for txt in sorted((root / split).glob("*/*.txt")):
            gold = txt.with_name(txt.name[: -len(".txt")] + ".gold.jsonl")
            if not gold.exists():
                problems.append(f"{txt}: no gold file {gold.name}")
                continue
            articles += 1
            problems.extend(check_pair(txt, gold))
        for gold in sorted((root / split).glob("*/*.gold.jsonl")):
            if not gold.with_name(gold.name[: -len(".gold.jsonl")] + ".txt").exists():
                problems.append(f"{gold}: no text file")
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{articles} articles, {len(problems)} problems")
    sys.exit(1 if problems or articles == 0 else 0)


if __name__ == "__main__":
    main()
