#!/usr/bin/env python3
"""Checks common.normalize_text against the normalization spec that the Rust
tests check src/normalize/ against (tests/data/normalization-spec.tsv), so the
build scripts compare aliases exactly as the automaton will.

Prints every row that differs and exits with 1 if any does (2 if the spec is
malformed).

Run: python3 gazetteers/build/check_normalization.py
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO_DIR, normalize_text  # noqa: E402

SPEC = REPO_DIR / "tests" / "data" / "normalization-spec.tsv"
ESCAPE = re.compile(r"\\u\{([0-9A-Fa-f]+)\}|\\\\")


def unescape(field: str) -> str:
    return ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else "\\", field)


def main() -> int:
    rows, wrong = 0, []
    for number, line in enumerate(SPEC.read_text(encoding="utf-8").split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            print(f"{SPEC}:{number}: expected 3 tab-separated fields, got {len(fields)}", file=sys.stderr)
            return 2
        source, expected = unescape(fields[0]), unescape(fields[1])
        got = normalize_text(source)
        rows += 1
        if got != expected:
            wrong.append(f"{SPEC}:{number} ({fields[2]}): {source!r} -> {got!r}, spec {expected!r}")
    for w in wrong:
        print(w, file=sys.stderr)
    print(f"{rows - len(wrong)} of {rows} rows of the normalization spec hold "
          f"(Python's Unicode data: {unicodedata.unidata_version})")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
