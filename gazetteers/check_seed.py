#!/usr/bin/env python3
"""Match every alias of the gazetteers over the French seed text with the
simplified reference matcher (gazetteers/build/matcher.py) and compare with
the gold mentions. Prints unexpected and missing mentions; exits 1 if any.

    python3 gazetteers/check_seed.py [--all]

--all also lists candidate matches hidden by a longer overlapping one."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "build"))
from common import shared_path  # noqa: E402
from matcher import Matcher, load  # noqa: E402

# gold entity label -> our id
EXPECTED_IDS = {
    "AZERTAC news agency": None,  # any institution id
    "Jeyhun Bayramov": "Q16366137",
    "Kaja Kallas": "Q11869065",
    "European Union": "Q458",
    "European Commission": "Q8880",
    "Azerbaijan": "Q227",
    "Armenia": "Q399",
    "OSCE Minsk Group": None,
}


def main() -> int:
    text = shared_path("seed", "azertac-2025-04-25-fr.txt").read_text(encoding="utf-8")
    gold = [json.loads(l) for l in shared_path("seed", "azertac-2025-04-25-fr.gold.jsonl").read_text().splitlines() if l.strip()]
    m = Matcher(load())
    found = m.find(text)
    bpos = lambda i: len(text[:i].encode("utf-8"))  # noqa: E731
    gold_by_span = {(g["start"], g["end"]): g for g in gold}
    errors = 0
    matched = set()
    for s, e, key, ent, alias in found:
        span = (bpos(s), bpos(e))
        g = gold_by_span.get(span)
        tag = "short " if alias.get("short") else ""
        desc = f"{span[0]}-{span[1]} {text[s:e]!r} -> {ent['kind']} {ent['id']} {ent['name']!r} ({tag}alias {alias['text']!r})"
        if g is None:
            print("UNEXPECTED", desc)
            errors += 1
        elif g["kind"] != ent["kind"] and g.get("required", True):
            print("WRONG KIND", desc, "gold:", g["kind"])
            errors += 1
        elif g.get("required", True) and EXPECTED_IDS.get(g["entity"]) not in (None, ent["id"]):
            print("WRONG ENTITY", desc, "gold:", g["entity"], EXPECTED_IDS.get(g["entity"]))
            errors += 1
        else:
            print("ok        ", desc)
            matched.add(span)
    for g in gold:
        if g.get("required", True) and (g["start"], g["end"]) not in matched:
            print("MISSING   ", g["start"], g["end"], repr(g["text"]), g["kind"], g["entity"])
            errors += 1
    if "--all" in sys.argv:
        for s, e, key, ent, alias in m.find_all(text):
            print("candidate ", bpos(s), bpos(e), repr(text[s:e]), ent["kind"], ent["id"], repr(alias["text"]))
    print(f"{len(found)} matches, {errors} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
