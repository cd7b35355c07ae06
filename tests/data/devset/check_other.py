#!/usr/bin/env python3
"""Checks the gold files of the dev set's other languages (not en/fr).

Stands in for the shared checker until it is merged. For every
`<split>/<lang>/<name>.gold.jsonl` under this folder (lang other than en
and fr, or the languages given on the command line) it fails on:
a missing or undecodable `.txt`; a line that is not a JSON object with the
gold fields; a kind outside the known ones; a span that is empty, out of the
file or not on UTF-8 character boundaries; a `text` that differs from the
bytes at the span; lines out of order; required mentions that overlap; a
malformed `qid`. Prints one line per problem (file, line, value) and exits 1
if there is any.

    python3 tests/data/devset/check_other.py [LANG]...
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SPLITS = ("dev", "held")
SHARED_LANGS = ("en", "fr")
REQUIRED_KINDS = {"person", "country", "institution"}
FIELDS = {"start": int, "end": int, "text": str, "kind": str, "entity": str, "required": bool}
QID = re.compile(r"^Q[1-9][0-9]*$")


def is_boundary(data: bytes, offset: int) -> bool:
    """True when `offset` does not fall inside a UTF-8 sequence."""
    return offset == len(data) or (data[offset] & 0xC0) != 0x80


def check_line(where: str, rec, data: bytes) -> list[str]:
    """Problems with one gold record against the article's bytes."""
    if not isinstance(rec, dict):
        return [f"{where}: not a JSON object: {rec!r}"]
    problems = []
    for field, kind in FIELDS.items():
        if field not in rec:
            problems.append(f"{where}: missing field {field!r}")
        elif not isinstance(rec[field], kind) or (kind is int and isinstance(rec[field], bool)):
            problems.append(f"{where}: {field} is not {kind.__name__}: {rec[field]!r}")
    if problems:
        return problems
    start, end = rec["start"], rec["end"]
    if rec["required"] and rec["kind"] not in REQUIRED_KINDS:
        problems.append(f"{where}: required mention of kind {rec['kind']!r}")
    if not 0 <= start < end <= len(data):
        return problems + [f"{where}: span {start}..{end} outside 0..{len(data)} or empty"]
    if not (is_boundary(data, start) and is_boundary(data, end)):
        return problems + [f"{where}: span {start}..{end} not on UTF-8 character boundaries"]
    actual = data[start:end].decode("utf-8")
    if actual != rec["text"]:
        problems.append(f"{where}: text {rec['text']!r} but the bytes at {start}..{end} are {actual!r}")
    if "qid" in rec and not (isinstance(rec["qid"], str) and QID.match(rec["qid"])):
        problems.append(f"{where}: qid {rec['qid']!r} is not a Wikidata id")
    return problems


def check_file(gold: Path) -> tuple[list[str], int]:
    """Problems with one gold file, and its number of records."""
    txt = gold.with_name(gold.name[: -len(".gold.jsonl")] + ".txt")
    if not txt.is_file():
        return [f"{gold}: no text file {txt.name}"], 0
    data = txt.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return [f"{txt}: not UTF-8 at byte {err.start}"], 0
    problems, records = [], []
    for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{gold}:{number}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{where}: not JSON ({err.msg}): {line[:80]!r}")
            continue
        line_problems = check_line(where, rec, data)
        problems += line_problems
        if not line_problems:
            records.append((number, rec))
    previous = None
    last_required = None
    for number, rec in records:
        key = (rec["start"], rec["end"])
        if previous is not None and key < previous:
            problems.append(f"{gold}:{number}: starts at {rec['start']}, before the previous line")
        previous = key
        if rec["required"]:
            if last_required is not None and rec["start"] < last_required[1]["end"]:
                problems.append(
                    f"{gold}:{number}: {rec['text']!r} overlaps line {last_required[0]} "
                    f"({last_required[1]['text']!r})"
                )
            last_required = (number, rec)
    return problems, len(records)


def main(argv: list[str]) -> int:
    wanted = set(argv)
    problems, files, mentions = [], 0, 0
    for split in SPLITS:
        for lang_dir in sorted((ROOT / split).glob("*")):
            lang = lang_dir.name
            if not lang_dir.is_dir() or (wanted and lang not in wanted):
                continue
            if not wanted and lang in SHARED_LANGS:
                continue
            for gold in sorted(lang_dir.glob("*.gold.jsonl")):
                file_problems, count = check_file(gold)
                problems += file_problems
                files += 1
                mentions += count
            for txt in sorted(lang_dir.glob("*.txt")):
                if not txt.with_name(txt.name[: -len(".txt")] + ".gold.jsonl").is_file():
                    problems.append(f"{txt}: no gold file")
    for problem in problems:
        print(problem)
    print(f"{files} gold files, {mentions} mentions, {len(problems)} problems")
    return 1 if problems or files == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
