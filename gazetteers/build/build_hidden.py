"""Build gazetteers/hidden.jsonl from gazetteers/curated/hidden-names.tsv.

Hidden entities ("hidden": true) are matched and resolved like any other
name, so under leftmost-longest the longer hidden name wins over the default
names inside it, but they are never reported: "golfe de Guinée" shields
Guinea, "Heydar Aliyev International Airport" shields Heydar Aliyev.

Runs after the other builds (it reads countries.jsonl, institutions.jsonl
and people.jsonl). Every alias is matched against those default names with
the reference matcher (build/matcher.py):
- an alias that contains no default name shields nothing and is dropped;
- an alias equal to a default alias (full or short) would hide that name
  everywhere and is dropped;
both are printed. `meta.reason` names the default entities the group
shields (those of full aliases; of short forms where no full alias lies
inside)."""
from __future__ import annotations

import sys

from common import CURATED, GAZ_DIR, AliasSet, normalize, read_tsv, write_jsonl
from matcher import Matcher, load

KINDS = {"place", "event", "work", "organization", "person"}
DEFAULT_KINDS = {"country", "institution", "person"}   # the embedded files


def read_groups() -> list[dict]:
    groups: dict[str, dict] = {}
    for n, row in enumerate(read_tsv(CURATED / "hidden-names.tsv"), 1):
        if len(row) not in (3, 4) or not all(c.strip() for c in row):
            sys.exit(f"error: hidden-names.tsv: bad row {row!r}")
        gid, name, lang = row[0], row[1], row[2]
        lang = None if lang == "-" else lang
        if gid not in groups:
            if len(row) != 4 or row[3] not in KINDS:
                sys.exit(f"error: hidden-names.tsv: group {gid!r} needs a kind ({'/'.join(sorted(KINDS))}) "
                         f"on its first line")
            groups[gid] = {"id": gid, "kind": row[3], "name": name, "aliases": []}
        elif len(row) == 4:
            sys.exit(f"error: hidden-names.tsv: kind given twice for group {gid!r}")
        groups[gid]["aliases"].append((name, lang))
    return list(groups.values())


def main() -> None:
    entries = [(k, e, a) for k, e, a in load() if e["kind"] in DEFAULT_KINDS and not e.get("hidden")]
    visible = {k for k, _, _ in entries}
    matcher = Matcher(entries)
    entities = []
    dropped = 0
    for g in read_groups():
        s = AliasSet()
        full, short = {}, {}          # id -> (surface, entity), first seen first
        for text, lang in g["aliases"]:
            key = normalize(text)
            if key in visible:
                print(f"  hidden {g['id']}: {text!r} is a default alias: not emitted", file=sys.stderr)
                dropped += 1
                continue
            inside = [(s_, e_, ent, a) for s_, e_, k, ent, a in matcher.find_all(text)
                      if e_ - s_ < len(text)]
            if not inside:
                print(f"  hidden {g['id']}: {text!r} contains no default name: not emitted", file=sys.stderr)
                dropped += 1
                continue
            for s_, e_, ent, a in inside:
                (short if a.get("short") else full).setdefault(ent["id"], (text[s_:e_], ent))
            s.add(text, lang)
        if not s.items:
            sys.exit(f"error: hidden-names.tsv: group {g['id']!r} shields nothing")
        name = g["name"] if any(normalize(a["text"]) == normalize(g["name"]) for a in s.items) \
            else s.items[0]["text"]
        if full:
            what = ", ".join(f"{ent['name']} ({eid})" for eid, (_, ent) in full.items())
        else:
            what = ", ".join(f"the short form {surf!r} of {ent['name']} ({eid})"
                             for eid, (surf, ent) in short.items())
        entities.append({"id": f"gazner:hidden-{g['id']}", "kind": g["kind"], "name": name,
                         "hidden": True, "aliases": s.to_json(name),
                         "meta": {"reason": f"contains {what}, not about it"}})
    if dropped:
        print(f"  hidden: {dropped} aliases not emitted", file=sys.stderr)
    write_jsonl(GAZ_DIR / "hidden.jsonl", entities)


if __name__ == "__main__":
    main()
