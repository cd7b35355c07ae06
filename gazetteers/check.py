#!/usr/bin/env python3
"""Validate the gazetteer files against the format contract and print counts.

    python3 gazetteers/check.py [-v]

Errors (exit status 1): malformed lines, unknown fields, non-string meta
values, bad `case` values, an id that is neither a QID (Q and digits) nor
gazner:<slug>, duplicate ids across all files (a QID on two entities is a
duplicate or a wrong match), a meta.country that is not a list of QIDs, an entity of the
wrong kind for its file, the same full alias in two kinds (unless listed in
curated/allowed-collisions.txt), two-letter aliases that are not exact-case,
three-letter all-capital aliases that are not exact-case; in hidden.jsonl,
an entity without `"hidden": true` or of another kind than place, event,
work, organization or person, and a hidden alias equal to a visible one
(full or short; hidden names are expected to contain visible names, so they
are left out of the cross-kind collision check).
Warnings (-v prints them all): the same full alias on two entities of one
kind, all-lowercase aliases (they match in any case), a short form that is a
full alias of another kind."""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "build"))
from common import default_case, is_cjk, normalize  # noqa: E402

GAZ = Path(__file__).resolve().parent
# file -> the kind(s) its entities may have
FILES = {"countries.jsonl": "country", "institutions.jsonl": "institution",
         "people.jsonl": "person", "demonyms.jsonl": "demonym",
         "hidden.jsonl": {"place", "event", "work", "organization", "person"}}
OPTIONAL = {"demonyms.jsonl", "hidden.jsonl"}   # not an error if absent
HIDDEN_FILE = "hidden.jsonl"                     # every entity "hidden": true
TOP = {"id", "kind", "name", "standalone", "hidden", "aliases", "meta"}
ALIAS_KEYS = {"text", "lang", "lang_only", "case", "short", "standalone"}
LANG_CODE = re.compile(r"[a-z]{2,3}")
CASES = {"exact", "proper", "insensitive"}
QID_FORM = re.compile(r"Q[1-9][0-9]*")
ID_FORM = re.compile(r"Q[1-9][0-9]*|gazner:[a-z0-9][a-z0-9-]*")


def clash(key, owners, texts) -> bool:
    """Two kinds share a normalized alias. An exact-case alias only clashes
    with an alias of the same spelling ("GUAM" exact vs "Guam" does not: only
    all-capital text is ambiguous, which no rule can avoid)."""
    owners = sorted(owners)
    for i, (k1, e1) in enumerate(owners):
        for k2, e2 in owners[i + 1:]:
            if k1 == k2:
                continue
            for t1, x1 in texts[(key, k1, e1)]:
                for t2, x2 in texts[(key, k2, e2)]:
                    if (x1 or x2) and t1 != t2:
                        continue
                    return True
    return False


def main() -> int:
    verbose = "-v" in sys.argv
    errors, warnings = [], []
    ids = {}
    full = defaultdict(set)      # normalized full alias -> {(kind, id)}
    shorts = defaultdict(set)
    texts = defaultdict(set)     # (key, kind, id) -> {(text, exact?)}
    hidden = defaultdict(set)    # normalized alias of a hidden entity -> {(kind, id, where)}
    allowed = set()
    ac = GAZ / "curated" / "allowed-collisions.txt"
    if ac.exists():
        allowed = {normalize(l.split("#")[0]) for l in ac.read_text(encoding="utf-8").splitlines()
                   if l.split("#")[0].strip()}
    stats = {}
    for fname, kinds in FILES.items():
        path = GAZ / fname
        kinds = {kinds} if isinstance(kinds, str) else kinds
        if not path.exists():
            if fname not in OPTIONAL:
                errors.append(f"{fname}: missing")
            continue
        n_ent = n_alias = 0
        langs = Counter()
        lowercase = []
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{fname}:{ln}"
            try:
                e = json.loads(line)
            except json.JSONDecodeError as ex:
                errors.append(f"{where}: invalid JSON: {ex}")
                continue
            if not isinstance(e, dict):
                errors.append(f"{where}: not an object")
                continue
            for k in set(e) - TOP:
                errors.append(f"{where}: unknown field {k!r}")
            if "standalone" in e and not isinstance(e["standalone"], bool):
                errors.append(f"{where}: standalone must be a boolean")
            if "hidden" in e and not isinstance(e["hidden"], bool):
                errors.append(f"{where}: hidden must be a boolean")
            is_hidden = e.get("hidden") is True
            if fname == HIDDEN_FILE and not is_hidden:
                errors.append(f"{where}: every entity of {fname} needs \"hidden\": true")
            eid, name = e.get("id"), e.get("name")
            if not isinstance(eid, str) or not eid:
                errors.append(f"{where}: bad id {eid!r}")
                continue
            if not ID_FORM.fullmatch(eid):
                errors.append(f"{where}: malformed id {eid!r} (a Wikidata QID or gazner:<slug>)")
            if eid in ids:
                # a QID on two entities: a duplicate of ours or a wrong match
                errors.append(f"{where}: duplicate id {eid} (also {ids[eid]})")
            ids[eid] = where
            kind = e.get("kind")
            if kind not in kinds:
                errors.append(f"{where}: kind {kind!r} in {fname}")
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{where}: bad name {name!r}")
                continue
            meta = e.get("meta", {})
            if not isinstance(meta, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items()):
                errors.append(f"{where}: meta must map strings to strings")
            elif "country" in meta and not all(QID_FORM.fullmatch(c) for c in meta["country"].split(",")):
                errors.append(f"{where}: meta.country {meta['country']!r} is not a comma-separated list of QIDs")
            als = e.get("aliases", [])
            if not isinstance(als, list):
                errors.append(f"{where}: aliases must be a list")
                continue
            n_ent += 1
            seen = set()
            for a in [name] + als:
                if isinstance(a, str):
                    a = {"text": a}
                if not isinstance(a, dict) or not isinstance(a.get("text"), str) or not a["text"].strip():
                    errors.append(f"{where}: bad alias {a!r}")
                    continue
                for k in set(a) - ALIAS_KEYS:
                    errors.append(f"{where}: unknown alias field {k!r}")
                if "case" in a and a["case"] not in CASES:
                    errors.append(f"{where}: bad case {a['case']!r}")
                for flag in ("short", "standalone"):
                    if flag in a and not isinstance(a[flag], bool):
                        errors.append(f"{where}: {flag} must be a boolean")
                codes = [a["lang"]] if isinstance(a.get("lang"), str) else a.get("lang", [])
                if "lang" in a and (not isinstance(codes, list) or not codes
                                    or not all(isinstance(c, str) and LANG_CODE.fullmatch(c) for c in codes)):
                    errors.append(f"{where}: bad lang {a.get('lang')!r}")
                    codes = []
                if a.get("lang_only") and not codes:
                    errors.append(f"{where}: lang_only without lang")
                text = a["text"]
                key = normalize(text)
                k2 = (key, a.get("case"), bool(a.get("short")))
                if k2 in seen:
                    warnings.append(f"{where}: alias {text!r} repeated")
                seen.add(k2)
                n_alias += 1
                for code in codes:
                    langs[code] += 1
                case = a.get("case") or default_case(text)
                letters = [c for c in text if c.isalpha()]
                if len(letters) <= 2 and case != "exact" and not is_cjk(text) and not a.get("short"):
                    errors.append(f"{where}: {len(letters)}-letter alias {text!r} must be exact-case")
                if kind == "country" and len(letters) == 3 and text.isupper() and case != "exact":
                    errors.append(f"{where}: three-letter code {text!r} must be exact-case")
                if case == "insensitive" and any(c.lower() != c.upper() for c in letters) \
                        and not all("GEORGIAN" in __import__("unicodedata").name(c, "") for c in letters):
                    lowercase.append(text)
                if is_hidden:
                    hidden[key].add((kind, eid, where))
                elif a.get("short"):
                    shorts[key].add((kind, eid))
                else:
                    full[key].add((kind, eid))
                    texts[(key, kind, eid)].add((text, case == "exact"))
        stats[fname] = (n_ent, n_alias, len(langs), path.stat().st_size)
        if lowercase:
            warnings.append(f"{fname}: {len(lowercase)} all-lowercase (case-insensitive) aliases, e.g. {lowercase[:8]}")
    # collisions
    same_kind = case_only = 0
    for key, owners in sorted(full.items()):
        kinds = {k for k, _ in owners}
        if len(kinds) > 1 and key not in allowed and clash(key, owners, texts):
            errors.append(f"alias {key!r} in several kinds: {sorted(owners)}")
        elif len(kinds) > 1:
            case_only += 1
            if verbose:
                warnings.append(f"alias {key!r} in several kinds, told apart by case only: {sorted(owners)}")
        elif len(owners) > 1:
            same_kind += 1
            if verbose:
                warnings.append(f"alias {key!r} on several entities: {sorted(owners)}")
    if case_only:
        warnings.append(f"{case_only} aliases in two kinds told apart by case only "
                        f"(an exact-case form vs a capitalised one, e.g. 'syrien' / 'Syrien'; -v lists them)")
    if same_kind:
        warnings.append(f"{same_kind} full aliases shared by two entities of one kind (-v lists them)")
    # hidden names: never equal to a visible name (they would hide it everywhere)
    for key, owners in sorted(hidden.items()):
        vis = sorted(full.get(key, set()) | shorts.get(key, set()))
        if vis:
            errors.append(f"hidden alias {key!r} ({sorted(o[1] for o in owners)}) equals a visible alias of {vis}")
        if len(owners) > 1:
            warnings.append(f"hidden alias {key!r} on several hidden entities: {sorted(o[1] for o in owners)}")
    for key, owners in sorted(shorts.items()):
        other = {k for k, _ in full.get(key, ())} - {k for k, _ in owners}
        if other:
            warnings.append(f"short form {key!r} of {sorted(owners)} is a full alias of kind {sorted(other)}")

    print(f"{'file':22} {'entities':>9} {'aliases':>9} {'languages':>9} {'bytes':>10}")
    for f, (n, a, l, size) in stats.items():
        print(f"{f:22} {n:9} {a:9} {l:9} {size:10}")
    tot = [sum(v[i] for v in stats.values()) for i in range(4)]
    print(f"{'total':22} {tot[0]:9} {tot[1]:9} {'':9} {tot[3]:10}")
    shown = warnings if verbose else warnings[:20]
    for w in shown:
        print("warning:", w)
    if len(warnings) > len(shown):
        print(f"... {len(warnings) - len(shown)} more warnings (-v)")
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
