"""Build gazetteers/demonyms.jsonl from gazetteers/curated/demonyms.tsv:
adjectives and nouns of nationality in English, French and German, with
meta.country the country's QID. French and German adjectives are lowercase
and exact-case ("arménien" must not match "Arménien", which is also the
German name of Armenia after normalization); capitalised nouns that equal a
name of another kind are dropped."""
from __future__ import annotations

import json
import sys

from common import CURATED, GAZ_DIR, AliasSet, normalize, read_tsv, write_jsonl

# German adjective endings (the stem alone is the predicative form)
DE_ENDINGS = ["", "e", "en", "er", "es"]
# Words that must not be aliases even though they are demonyms: common words
STOP = {"polish", "pole", "poles", "dane", "danes", "turk", "chinese", "swiss", "finn",
        "ire", "este", "pole", "deutsche"}


def fr_forms(spec: str) -> list[str]:
    masc, _, fem = spec.partition(",")
    if not fem:
        if masc.endswith(("ien", "éen")):
            fem = masc + "ne"
        elif masc.endswith("e"):
            fem = masc
        else:
            fem = masc + "e"
    out = []
    for w in (masc, fem):
        out.append(w)
        out.append(w if w.endswith(("s", "x")) else w + "s")
    return out


def main() -> None:
    qids = {r[0]: r[1] for r in read_tsv(CURATED / "country-qids.tsv")}
    # a demonym spelled like a name of another kind (German "Syrien" the
    # country, French "syrien"; "Philippines") is left to that kind
    taken = set()
    for f in ("countries.jsonl", "institutions.jsonl", "people.jsonl"):
        for line in (GAZ_DIR / f).read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            for a in [e["name"]] + e["aliases"]:
                a = {"text": a} if isinstance(a, str) else a
                if not a.get("short"):
                    taken.add(normalize(a["text"]))
    entities = []
    for row in read_tsv(CURATED / "demonyms.tsv"):
        code, en, fr, de = row[:4]
        if code not in qids:
            sys.exit(f"error: demonyms.tsv: unknown code {code}")
        s = AliasSet()
        for w in en.split("/"):
            if w.lower() not in STOP:
                s.add(w, "en")
        for w in fr_forms(fr):
            s.add(w, "fr", "exact")             # adjective: lowercase only
            noun = w[0].upper() + w[1:]
            if "-" in w:                        # Sud-Coréen
                noun = "-".join(p[0].upper() + p[1:] for p in w.split("-"))
            s.add(noun, "fr")
        adj, _, noun = de.partition("/")
        for e in DE_ENDINGS:
            s.add(adj + e, "de", "exact")
        if noun and noun.lower() not in STOP:
            for e in ([""] if noun.endswith(("e", "i")) else ["", "n"] if noun.endswith("er") else [""]):
                s.add(noun + e, "de")
        for a in list(s.items):
            if normalize(a["text"]) in taken and a.get("case") != "exact":
                print(f"  demonym {a['text']!r} ({code}) is a name of another kind: dropped", file=sys.stderr)
                s.items.remove(a)
        name = en.split("/")[0]
        if normalize(name) in taken:
            name = s.items[0]["text"]
        entities.append({"id": f"gazner:demonym-{code.lower()}", "kind": "demonym", "name": name,
                         "aliases": s.to_json(name), "meta": {"country": qids[code]}})
    write_jsonl(GAZ_DIR / "demonyms.jsonl", entities)


if __name__ == "__main__":
    main()
