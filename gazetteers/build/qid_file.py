"""Read a curated QID file (curated/people-qids.tsv, curated/institution-qids.tsv):
key<TAB>qid<TAB>source, one line per id, '#' comments. A QID is written only
when a public list gives it with a second fact that agrees (gazetteers/README.md),
so the reader refuses what would silently join or lose entities."""
from __future__ import annotations

import re
import sys
from pathlib import Path

QID = re.compile(r"Q[1-9][0-9]*")


def read_qid_file(path: Path) -> dict[str, str]:
    """key -> QID. Exits naming the file, the line and the value on a line
    that is not key<TAB>Q-id<TAB>source, on a malformed QID, on a key listed
    twice and on a QID given to two keys (two entities of ours under one
    Wikidata item are a duplicate or a wrong match: report, never merge)."""
    out: dict[str, str] = {}
    owner: dict[str, str] = {}
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        where = f"{path.name}:{ln}"
        if len(cols) != 3 or not cols[0].strip() or not cols[2].strip():
            sys.exit(f"{where}: expected key<TAB>Q-id<TAB>source: {line!r}")
        key, qid = cols[0], cols[1]
        if not QID.fullmatch(qid):
            sys.exit(f"{where}: malformed QID {qid!r} (expected Q and digits, no leading zero)")
        if key in out:
            sys.exit(f"{where}: {key!r} listed twice")
        if qid in owner:
            sys.exit(f"{where}: {qid} given to both {owner[qid]!r} and {key!r}")
        out[key] = qid
        owner[qid] = key
    return out


def self_test() -> None:
    """The refusals above, one case each (run: python3 qid_file.py --self-test)."""
    import tempfile
    cases = [("a\tQ1\tsrc\nb\tQ2\tsrc\n", {"a": "Q1", "b": "Q2"}),
             ("# comment\n\na\tQ10\tsrc\n", {"a": "Q10"}),
             ("a\tQ01\tsrc\n", "malformed QID 'Q01'"),
             ("a\tq1\tsrc\n", "malformed QID 'q1'"),
             ("a\tQ1\n", "expected key<TAB>Q-id<TAB>source"),
             ("a\tQ1\t \n", "expected key<TAB>Q-id<TAB>source"),
             ("a\tQ1\tsrc\na\tQ2\tsrc\n", "'a' listed twice"),
             ("a\tQ1\tsrc\nb\tQ1\tsrc\n", "Q1 given to both 'a' and 'b'")]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "t.tsv"
        for text, want in cases:
            path.write_text(text, encoding="utf-8")
            try:
                got = read_qid_file(path)
            except SystemExit as e:
                got = str(e)
            ok = got == want if isinstance(want, dict) else isinstance(got, str) and want in got
            if not ok:
                sys.exit(f"qid_file self-test: {text!r}: expected {want!r}, got {got!r}")
    print(f"qid_file self-test: {len(cases)} cases pass")


if __name__ == "__main__" and "--self-test" in sys.argv:
    self_test()
