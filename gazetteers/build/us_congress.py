"""Write gazetteers/curated/people-us-congress.jsonl from the CC0 lists of the
`unitedstates/congress-legislators` project: every member of the current
Congress (`legislators-current.yaml`) and every US president and vice
president since 1933 (`executive.yaml`), with the Wikidata QID the list
gives for each person.

Not part of build_all.py (it reads a copy of that repository, not
../shared): run it by hand when the list is refreshed and commit its output:

    python3 gazetteers/build/us_congress.py REPO_DIR COMMIT

REPO_DIR holds the two YAML files (a checkout, or `git show` of them into a
folder); COMMIT is recorded in each line's `source`. A person without a
QID, or a name the list gives to two people, is printed and left out (the
name) or skipped (the person): nothing is guessed.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

from common import CURATED, normalize

STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "DC": "the District of Columbia",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "the US Virgin Islands", "AS": "American Samoa",
    "MP": "the Northern Mariana Islands",
}
ROLE = {"sen": "United States Senator", "rep": "Member of the United States House of Representatives",
        "prez": "President of the United States", "viceprez": "Vice President of the United States"}
INITIAL = re.compile(r"^[A-Z]\.$")
PAREN = re.compile(r"(.+?) \((.+)\)")


def names(n: dict) -> list[str]:
    """The press form first (nickname or first name, and last name, without
    middle initials: the entity's name), then the official name and the
    first and last name; the suffix kept only in the official form."""
    last = n["last"]
    first, nick = n["first"], n.get("nickname")
    m = PAREN.fullmatch(first)
    if m:  # "Charles (Chuck)"
        first, nick = m.group(1), nick or m.group(2)
    if INITIAL.match(first) and n.get("middle"):  # "H. Morgan Griffith"
        first = n["middle"]
    out = []
    for f in [nick or first, None, first]:
        if f is None:
            out.append(n.get("official_full") or f"{n['first']} {last}")
            continue
        if not f:
            continue
        f = " ".join(w for w in f.split() if not INITIAL.match(w)) or f
        out.append(f"{f} {last}")
    uniq: dict[str, str] = {}
    for x in out:
        uniq.setdefault(normalize(x), x)  # the first spelling of each name
    return list(uniq.values())


def role_of(t: dict) -> str:
    r = ROLE[t["type"]]
    if t["type"] in ("sen", "rep"):
        return f"{r} from {STATES.get(t['state'], t['state'])}"
    return r


def mandates(terms: list[dict]) -> list[dict]:
    """Consecutive terms of the same office joined into one mandate."""
    out: list[dict] = []
    for t in sorted(terms, key=lambda t: t["start"]):
        role = role_of(t)
        if out and out[-1]["role"] == role and out[-1]["until"] >= t["start"][:4]:
            out[-1]["until"] = t["end"]
            continue
        out.append({"role": role, "since": t["start"], "until": t["end"]})
    return out


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    repo, commit = Path(sys.argv[1]), sys.argv[2]
    src = f"unitedstates/congress-legislators {{}} at {commit} (CC0)"
    people = []
    cur = yaml.safe_load((repo / "legislators-current.yaml").read_text(encoding="utf-8"))
    for p in cur:
        people.append((p, src.format("legislators-current.yaml"), None))
    ex = yaml.safe_load((repo / "executive.yaml").read_text(encoding="utf-8"))
    for p in ex:
        if any(t["type"] in ("prez", "viceprez") and t["end"] >= "1933" for t in p["terms"]):
            people.append((p, src.format("executive.yaml"), "1933"))
    owners: dict[str, set] = {}
    rows = []
    for p, source, since in people:
        qid = p["id"].get("wikidata")
        if not qid or not re.fullmatch(r"Q[1-9]\d*", qid):
            print(f"  no QID: {p['name']}", file=sys.stderr)
            continue
        ns = names(p["name"])
        for x in ns:
            owners.setdefault(normalize(x), set()).add(qid)
        rows.append((qid, ns, p, source, since))
    out = []
    today = "2026-06-15"  # the commit's date: a term ending after it is current
    for qid, ns, p, source, since in rows:
        keep = [x for x in ns if owners[normalize(x)] == {qid}]
        for x in ns:
            if x not in keep:
                print(f"  {x!r} names several people {sorted(owners[normalize(x)])}: left out",
                      file=sys.stderr)
        if not keep:
            continue
        terms = [t for t in p["terms"] if t["type"] in ROLE and (not since or t["end"] >= since)]
        for i, m in enumerate(mandates(terms)):
            e = {"id": qid, "name": keep[0], "aliases": keep[1:] if i == 0 else [],
                 "role": m["role"], "country": "Q30", "since": m["since"]}
            if m["until"] < today:
                e["until"] = m["until"]
            e["source"] = source
            out.append(e)
    path = CURATED / "people-us-congress.jsonl"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("// Generated by build/us_congress.py from the CC0 lists of "
                "unitedstates/congress-legislators: do not edit by hand.\n")
        for e in out:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"wrote {path}: {len(out)} lines, {len({e['id'] for e in out})} people", file=sys.stderr)


if __name__ == "__main__":
    main()
