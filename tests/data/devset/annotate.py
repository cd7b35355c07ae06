#!/usr/bin/env python3
"""Writes the gold file of a dev-set article from its mention spec.

The annotator reads the article and lists, in `specs/<split>/<lang>/<name>.tsv`,
every surface string that names a person, country or institution in it, with
its kind and entity:

    # string<TAB>kind<TAB>entity[<TAB>qid]
    Donald Trump	person	Donald Trump
    Trump	person	Donald Trump
    !Fox News Sunday

This script only computes offsets: it finds every occurrence of every listed
string in the `.txt` (whole words: no letter or digit right before or after),
longest strings first, never overlapping an occurrence already taken, and
writes `<name>.gold.jsonl` in order of start. A line starting with `!` is a
blocker: its occurrences are taken (so nothing shorter matches inside them)
but not written. A string followed by `@N` (`Congo@2`) is taken at its N-th
occurrence only (1-based), for the rare string that names different things
in one text. The qid comes from the spec, else from the default gazetteers
when exactly one entity of that kind has the entity as its name; it is left
out otherwise. A spec whose first line is `#match substring` drops the
whole-word condition, for scripts that glue particles, endings or
proclitics to a name (Korean "북한이", Chinese "美国政府", Arabic "ولبنان"):
there every occurrence counts, so the annotator lists the strings that
could also occur inside other words with `@N`.

Usage: annotate.py SPEC... (paths under specs/); prints each mention so the
annotator can review them.
"""

import json
import pathlib
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
GAZETTEERS = HERE.parents[2] / "gazetteers"
KINDS = {"person", "country", "institution"}


def gazetteer_qids():
    """(kind, name) -> id, for names that exactly one entity of the kind has."""
    seen = {}
    for path in ("people.jsonl", "countries.jsonl", "institutions.jsonl"):
        for line in (GAZETTEERS / path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            entity = json.loads(line)
            key = (entity["kind"], entity["name"])
            seen.setdefault(key, set()).add(entity["id"])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and next(iter(v)).startswith("Q")}


def is_word_char(ch):
    return ch.isalnum() or unicodedata.category(ch) == "Mn"


def occurrences(text, needle, whole_words=True):
    """Char offsets of the occurrences of `needle` in `text` (whole words only
    unless `whole_words` is false)."""
    found = []
    start = text.find(needle)
    while start != -1:
        end = start + len(needle)
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        edge_ok = not whole_words or (
            not (is_word_char(needle[0]) and is_word_char(before))
            and not (is_word_char(needle[-1]) and is_word_char(after))
        )
        if edge_ok:
            found.append((start, end))
        start = text.find(needle, start + 1)
    return found


def read_spec(path):
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0].startswith("!"):
            rows.append({"string": fields[0][1:], "blocker": True, "line": number})
            continue
        if len(fields) < 3 or fields[1] not in KINDS:
            sys.exit(f"{path}:{number}: expected string<TAB>kind<TAB>entity[<TAB>qid], got {line!r}")
        string, occurrence = fields[0], None
        if "@" in string and string.rsplit("@", 1)[1].isdigit():
            string, n = string.rsplit("@", 1)
            occurrence = int(n)
        rows.append(
            {
                "string": string,
                "occurrence": occurrence,
                "kind": fields[1],
                "entity": fields[2],
                "qid": fields[3] if len(fields) > 3 and fields[3] else None,
                "blocker": False,
                "line": number,
            }
        )
    return rows


def annotate(spec_path, qids):
    relative = spec_path.resolve().relative_to(HERE / "specs")
    txt = HERE / relative.with_suffix(".txt")
    gold = HERE / relative.with_suffix(".gold.jsonl")
    text = txt.read_text(encoding="utf-8")
    rows = read_spec(spec_path)
    whole_words = not spec_path.read_text(encoding="utf-8").startswith("#match substring")
    taken = []  # (start, end, row) in chars
    for row in sorted(rows, key=lambda r: -len(r["string"])):
        spans = occurrences(text, row["string"], whole_words)
        if not spans:
            sys.exit(f"{spec_path}:{row['line']}: {row['string']!r} does not occur in {txt}")
        if not row["blocker"] and row["occurrence"] is not None:
            if row["occurrence"] > len(spans):
                sys.exit(f"{spec_path}:{row['line']}: {row['string']!r} occurs {len(spans)} times, not {row['occurrence']}")
            spans = [spans[row["occurrence"] - 1]]
        added = 0
        for start, end in spans:
            if any(start < e and s < end for s, e, _ in taken):
                continue
            taken.append((start, end, row))
            added += 1
        if added == 0 and not row["blocker"]:
            sys.exit(f"{spec_path}:{row['line']}: every occurrence of {row['string']!r} is inside a longer string")
    taken.sort(key=lambda t: t[0])
    lines = []
    for start, end, row in taken:
        if row["blocker"]:
            continue
        byte_start = len(text[:start].encode("utf-8"))
        byte_end = byte_start + len(text[start:end].encode("utf-8"))
        mention = {"start": byte_start, "end": byte_end, "text": text[start:end], "kind": row["kind"], "entity": row["entity"]}
        qid = row["qid"] or qids.get((row["kind"], row["entity"]))
        if qid:
            mention["qid"] = qid
        mention["required"] = True
        lines.append(json.dumps(mention, ensure_ascii=False))
    gold.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return gold, lines


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    qids = gazetteer_qids()
    for arg in sys.argv[1:]:
        gold, lines = annotate(pathlib.Path(arg), qids)
        print(f"{gold.relative_to(HERE)}: {len(lines)} mentions")
        for line in lines:
            m = json.loads(line)
            print(f"  {m['start']:>5} {m['kind']:<11} {m['text']!r} -> {m['entity']} {m.get('qid', '')}")


if __name__ == "__main__":
    main()
