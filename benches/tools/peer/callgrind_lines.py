#!/usr/bin/env python3
"""Sums a callgrind profile's instructions by source function, inlined code
included, for PROFILE.md.

    python3 benches/tools/peer/callgrind_lines.py target/profile/NAME.out [--top N]

callgrind charges each instruction to a symbol (`fn=`), which hides what the
compiler inlined: gazner's scan is one symbol with normalization, boundary
tests and the automaton walk inside it. But every cost line also carries a
source file (`fl=`, `fi=`, `fe=`) and line from the debug line tables, and
those name the inlined code. This script sums the self cost by (file, line),
then by the function whose `fn` item encloses that line in the source (read
from disk where the file is there: the worktree, ~/.cargo/registry), and
prints: the total, the top functions, the top files and the top lines.
Lines from files not on disk (the standard library, libc) count under their
file or symbol.
"""

import argparse
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
FN_ITEM = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:unsafe\s+)?(?:extern\s+\"C\"\s+)?fn\s+(\w+)")
NAMED = re.compile(r"^\((\d+)\)(?:\s+(.*))?$")


def short(path):
    """A readable file name: relative to the worktree or the crate."""
    if path.startswith(ROOT + "/"):
        return path[len(ROOT) + 1 :]
    m = re.search(r"registry/src/[^/]+/(.*)$", path)
    if m:
        return m.group(1)
    m = re.search(r"/rustc/[0-9a-f]+/library/(.*)$", path)
    if m:
        return "std:" + m.group(1)
    return path


class Sources:
    """The enclosing `fn` item of each line of a source file, where readable."""

    def __init__(self):
        self.cache = {}

    def enclosing(self, path, line):
        if path not in self.cache:
            names = None
            if os.path.isfile(path):
                names = []
                current = "?"
                with open(path, encoding="utf-8", errors="replace") as f:
                    for text in f:
                        m = FN_ITEM.match(text)
                        if m:
                            current = m.group(1)
                        names.append((current, text.rstrip()))
            self.cache[path] = names
        names = self.cache[path]
        if not names or not 1 <= line <= len(names):
            return None, None
        return names[line - 1]


def parse(path):
    """Self cost by (file, symbol, line), and the total."""
    files, fns = {}, {}
    cost = Counter()
    total = None
    fl = fi = fn = None
    last_line = 0
    skip_next = False

    def name(table, spec):
        m = NAMED.match(spec.strip())
        if not m:
            return spec.strip()
        key, value = m.group(1), m.group(2)
        if value is not None:
            table[key] = value
        return table.get(key, "?")

    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line:
                continue
            c = line[0]
            if c.isdigit() or c in "+-*":
                parts = line.split()
                pos = parts[0]
                if pos == "*":
                    number = last_line
                elif pos[0] in "+-":
                    number = last_line + int(pos)
                else:
                    number = int(pos)
                last_line = number
                if skip_next:
                    skip_next = False
                    continue
                ir = int(parts[1]) if len(parts) > 1 else 0
                cost[(fi or fl, fn, number)] += ir
                continue
            key, _, value = line.partition("=")
            if key == "fl":
                fl = name(files, value)
                fi = None
            elif key in ("fi", "fe"):
                fi = name(files, value)
            elif key == "fn":
                fn = name(fns, value)
                fi = None
            elif key in ("cfi", "cfl"):
                name(files, value)
            elif key == "cfn":
                name(fns, value)
            elif key == "calls":
                skip_next = True
            elif line.startswith("summary:") or line.startswith("totals:"):
                total = int(line.split()[1])
    if total is None:
        total = sum(cost.values())
    return cost, total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profile")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    cost, total = parse(args.profile)
    sources = Sources()
    by_fn, by_file, by_line = Counter(), Counter(), Counter()
    text_of = {}
    for (file, symbol, line), ir in cost.items():
        enclosing, text = sources.enclosing(file, line)
        where = short(file)
        label = f"{where} {enclosing}" if enclosing else f"{where} [{symbol}]"
        by_fn[label] += ir
        by_file[where] += ir
        by_line[(where, line)] += ir
        if text is not None:
            text_of[(where, line)] = text.strip()[:90]
    print(f"total: {total:,} instructions ({args.profile})")

    def table(title, counter, render):
        print(f"\n{title}\n")
        for key, ir in counter.most_common(args.top):
            print(f"{ir:>14,} {100 * ir / total:6.2f}%  {render(key)}")

    table("by source function (inlined code included)", by_fn, str)
    table("by file", by_file, str)
    table("by line", by_line, lambda k: f"{k[0]}:{k[1]}  {text_of.get(k, '')}")


if __name__ == "__main__":
    sys.exit(main())
