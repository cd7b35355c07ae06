"""Build gazetteers/institutions.jsonl from the supraverden list of
international bodies (CC BY-SA 4.0) and gazetteers/curated/institutions.jsonl."""
from __future__ import annotations

import json
import re
import sys

import yaml

from common import (CURATED, GAZ_DIR, AliasSet, normalize, read_jsonl, read_tsv,
                    shared_path, write_jsonl)
from inflect_german import institution_forms as german_forms
from inflect_german import is_german
from inflect_slavic import institution_forms, language
from qid_file import read_qid_file

NAME_FIELD = re.compile(r"^Name_(?:(other(?:_\d)?|former)_)?([a-z]{2,3})$")
ABBR_FIELD = re.compile(r"^Abbreviation_(?:(other(?:_\d)?|former)_)?([a-z]{2,3})$")


def slug(s: str) -> str:
    s = normalize(s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:60].rstrip("-")


def load_stoplist() -> set[str]:
    out = set()
    for line in (CURATED / "institution-alias-stoplist.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(normalize(line))
    return out


def acceptable(text: str, stop: set[str]) -> bool:
    if normalize(text) in stop:
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) <= 2:
        return False
    if not any(c.isupper() for c in letters) and any(c.lower() != c.upper() for c in letters):
        return False  # all lowercase in a cased script: would match common words
    return True


def institution_qids(entities: dict[str, dict]) -> dict[str, str]:
    """curated/institution-qids.tsv: gazner: id -> the QID a public list gives
    (name and country or type agree; the source on the line). The gazner: id
    stays the key of curated/institutions.jsonl and shared-names.tsv; the QID
    replaces it on output. Exits on an id that is not a gazner: institution of
    ours and on a QID that another institution already has (a duplicate or a
    wrong match: report it, never merge silently)."""
    path = CURATED / "institution-qids.tsv"
    qids = read_qid_file(path)
    for eid, qid in qids.items():
        if not eid.startswith("gazner:") or eid not in entities:
            sys.exit(f"{path.name}: {eid!r} is no institution with a gazner: id")
        if qid in entities:
            sys.exit(f"{path.name}: {eid} -> {qid}, but {qid} is already "
                     f"{entities[qid]['name']!r}: a duplicate or a wrong match")
    print(f"  {path.name}: {len(qids)} QIDs", file=sys.stderr)
    return qids


def main() -> None:
    path = shared_path("data", "institutions", "supraverden-international-bodies.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    stop = load_stoplist()
    entities: dict[str, dict] = {}
    aliases: dict[str, AliasSet] = {}
    curated_owner: dict[str, str] = {}

    for key, body in data.items():
        qid = str(body.get("Wikidata_code", ""))
        eid = qid if re.fullmatch(r"Q\d+", qid) else f"gazner:{slug(key)}"
        if eid in entities:
            print(f"  duplicate QID {eid} in supraverden ({key!r}); using a gazner: id",
                  file=sys.stderr)
            eid = f"gazner:{slug(key)}"
        s = AliasSet()
        name = body.get("Name_en") or key
        for field, value in body.items():
            if value is None or not isinstance(value, str):
                continue
            m = NAME_FIELD.match(field) or ABBR_FIELD.match(field)
            if not m:
                continue
            lang = m.group(2)
            is_abbr = field.startswith("Abbreviation")
            for v in (value,):
                v = v.strip()
                if not v or v.startswith("["):
                    continue
                if acceptable(v, stop):
                    s.add(v, None if is_abbr else lang)
        meta = {"source": "supraverden"}
        if body.get("Org_family") and body["Org_family"] != "none":
            meta["family"] = str(body["Org_family"])
        if body.get("SPRVD_id"):
            meta["supraverden_id"] = str(body["SPRVD_id"])
        entities[eid] = {"id": eid, "kind": "institution", "name": name, "meta": meta}
        aliases[eid] = s

    # curated entities: new ones, or more aliases for a supraverden body
    for e in read_jsonl(CURATED / "institutions.jsonl"):
        eid = e["id"]
        if eid not in entities:
            entities[eid] = {"id": eid, "kind": "institution", "name": e["name"], "meta": {}}
            aliases[eid] = AliasSet()
        else:
            entities[eid]["name"] = e["name"]
        meta = entities[eid]["meta"]
        note = e.get("meta", {}).get("source", "curated")
        meta["source"] = f"{meta['source']}; {note}" if "source" in meta else note
        for k, v in e.get("meta", {}).items():
            if k != "source":
                meta[k] = str(v)
        for a in [e["name"]] + e.get("aliases", []):
            a = {"text": a} if isinstance(a, str) else a
            aliases[eid].add(a["text"], a.get("lang"), a.get("case"), a.get("short", False),
                             bool(a.get("standalone")))
            curated_owner.setdefault(normalize(a["text"]), eid)

    # generic names shared by several national institutions
    # (curated/shared-names.tsv): kept for every institution listed, dropped
    # from any other; the engine lists every candidate
    shared: dict[str, set] = {}
    for ln, row in enumerate(read_tsv(CURATED / "shared-names.tsv"), 1):
        if len(row) != 3:
            sys.exit(f"shared-names.tsv: row {ln}: expected name<TAB>lang<TAB>ids: {row!r}")
        text, lang, ids = row
        for eid in ids.split(","):
            if eid not in entities or "country" not in entities[eid].get("meta", {}):
                sys.exit(f"shared-names.tsv: {text!r}: {eid} is no curated institution with a country")
            aliases[eid].add(text, lang)
            shared.setdefault(normalize(text), set()).add(eid)
    print(f"  shared generic names: {len(shared)} names, "
          f"{sum(len(v) for v in shared.values())} aliases", file=sys.stderr)

    # an alias of two institutions is ambiguous: the curated owner keeps it,
    # otherwise it is dropped from all of them
    owner: dict[str, set] = {}
    for eid, s in aliases.items():
        for a in s.items:
            owner.setdefault(normalize(a["text"]), set()).add(eid)
    for text, eids in sorted(owner.items()):
        if len(eids) < 2:
            continue
        if text in shared:
            for eid in eids - shared[text]:
                aliases[eid].remove(text)
            continue
        keep = curated_owner.get(text)
        print(f"  ambiguous {text!r} {sorted(eids)}: " + (f"kept for {keep}" if keep else "dropped"),
              file=sys.stderr)
        for eid in eids:
            if eid != keep:
                aliases[eid].remove(text)

    # all-capital acronyms of four letters or more are exact-case: by the
    # default rule "PACE" would also match "Pace", "ERIC" "Eric". The
    # title-case spellings the press uses ("Nato", "Unesco") are listed in
    # curated/institutions.jsonl.
    for s in aliases.values():
        for a in s.items:
            letters = [c for c in a["text"] if c.isalpha()]
            if len(letters) >= 4 and all(c.isupper() for c in letters) and not a.get("case") \
                    and " " not in a["text"].strip():
                a["case"] = "exact"

    # an alias equal to a country alias: all-capital acronyms become exact-case
    # (GUAM the organisation, Guam the island), anything else is dropped
    countries = set()
    cpath = GAZ_DIR / "countries.jsonl"
    if not cpath.exists():
        sys.exit("error: build countries.jsonl first (build_all.py does)")
    for line in cpath.read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        for a in [c["name"]] + c["aliases"]:
            countries.add(normalize(a if isinstance(a, str) else a["text"]))
    for eid, s in aliases.items():
        for a in list(s.items):
            if normalize(a["text"]) in countries:
                letters = [c for c in a["text"] if c.isalpha()]
                if all(c.isupper() for c in letters):
                    a["case"] = "exact"
                else:
                    print(f"  {eid}: alias {a['text']!r} is a country name: dropped", file=sys.stderr)
                    s.items.remove(a)

    # Russian/Ukrainian case forms of the names (build/inflect_slavic.py):
    # "Европейского союза", "Совете Безопасности ООН", "Верховній Раді". A
    # form is dropped if it is an alias of another institution or a country,
    # is stoplisted, or is made for two institutions.
    claimed: dict[str, set] = {}
    for eid, s in aliases.items():
        for a in s.items:
            claimed.setdefault(normalize(a["text"]), set()).add(eid)
    made = []
    form_owner: dict[str, set] = {}
    for eid, s in aliases.items():
        for a in list(s.items):
            lang = language(a["text"], a.get("lang"))
            if a.get("case") or not lang:
                continue
            for form in institution_forms(a["text"], a.get("lang")):
                made.append((eid, form, lang))
                form_owner.setdefault(normalize(form), set()).add(eid)
    # German case forms (build/inflect_german.py): "der Europäischen Union",
    # "des Bundestages", with the same checks.
    for eid, s in aliases.items():
        for a in list(s.items):
            if a.get("case") or a.get("short") or not is_german(a["text"], a.get("lang")):
                continue
            for form in german_forms(a["text"]):
                made.append((eid, form, "de"))
                form_owner.setdefault(normalize(form), set()).add(eid)
    n_infl = 0
    for eid, form, lang in made:
        k = normalize(form)
        why = ("alias of " + ",".join(sorted(claimed[k] - {eid})) if claimed.get(k, {eid}) != {eid} else
               "country name" if k in countries else "stoplist" if k in stop else
               "form of two institutions" if len(form_owner[k]) > 1 else None)
        if why:
            print(f"  inflected form {form!r} of {eid} dropped: {why}", file=sys.stderr)
            continue
        if aliases[eid].add(form, lang):
            n_infl += 1
    print(f"  Russian/Ukrainian/German case forms added: {n_infl}", file=sys.stderr)

    qids = institution_qids(entities)
    out = []
    for eid, e in entities.items():
        e = dict(e, id=qids.get(eid, eid))
        name = e["name"]
        if normalize(name) not in {normalize(a["text"]) for a in aliases[eid].items}:
            # the name itself was dropped (stoplist/ambiguous): keep the entity
            # only if it has another alias, with that as its name
            if not aliases[eid].items:
                print(f"  no alias left for {eid} {name!r}: skipped", file=sys.stderr)
                continue
            e["meta"] = dict(e["meta"], name_en=name)
            name = max((a["text"] for a in aliases[eid].items), key=len)
            e["name"] = name
        aliases[eid].add_arabic_clitics()
        e["aliases"] = aliases[eid].to_json(name)
        out.append({k: e[k] for k in ("id", "kind", "name", "aliases", "meta")})
    write_jsonl(GAZ_DIR / "institutions.jsonl", out)


if __name__ == "__main__":
    main()
