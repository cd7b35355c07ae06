"""Build gazetteers/people.jsonl from the Wikidata snapshots in
shared/data/people (CC0) and gazetteers/curated/people-2025.jsonl."""
from __future__ import annotations

import csv
import json
import re
import sys

from common import (CURATED, GAZ_DIR, AliasSet, normalize, read_jsonl, read_tsv,
                    shared_path, write_jsonl)
from inflect_slavic import ARABIC_PARTICLES, ROMAN, TITLES, is_common_word, language, person_forms
from qid_file import read_qid_file
from standalone import promote as promote_standalone
from standalone import word_exceptions
from translit import LANGS as TRANSLIT_LANGS
from translit import transliterate

# countries whose names are written family name first (English labels too)
FAMILY_FIRST = {"Q148", "Q865", "Q881", "Q423", "Q884", "Q424", "Q8646", "Q14773"}
# countries where the press uses the first word of a name (Indonesia, Myanmar,
# Malaysia: patronymic or single names)
FIRST_WORD = {"Q252", "Q836"}
SUFFIX = re.compile(r",?\s+(Jr\.?|Sr\.?|II|III|IV)$")
# Wikidata snapshot uses the kingdoms; the countries file uses the countries
COUNTRY_ALIAS = {"Q29999": "Q55", "Q756617": "Q35"}
# countries whose officials' names the French, German and Spanish press
# transliterate from their Russian (Ukraine: Ukrainian) Cyrillic form: Russia,
# Ukraine, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan,
# Turkmenistan, Armenia, Georgia, Bulgaria. Not Azerbaijan or Moldova (the
# press spells their names from the Latin alphabet: the Russian forms of
# Azerbaijani names render h, x, ə as г, х, е/а, giving "Ilkham", "Gassanov"
# for Ilham, Hasanov), nor Serbia, Montenegro, North Macedonia (the press
# uses their Latin spelling: Vučić, not Voutchitch)
TRANSLIT_COUNTRIES = {"Q159", "Q212", "Q184", "Q232", "Q813", "Q863", "Q265", "Q874",
                      "Q399", "Q230", "Q219"}
# surnames of generated spellings that are common French, German or Spanish
# words (found with the Debian word lists wfrench, wngerman, wspanish: see
# `translit.py --check-words`): no `short` alias is derived from them
TRANSLIT_COMMON_SURNAMES: set[str] = set()
PARTICLES = {"de", "da", "di", "del", "della", "do", "dos", "das", "du", "van", "von",
             "der", "den", "bin", "ibn", "al", "el", "le", "la", "ould", "ben", "y", "e"}


# A name in Latin letters (accents included), with spaces, hyphens,
# apostrophes and dots.
LATIN_NAME = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'’-]*")

def same_role(a: str, b: str) -> bool:
    """Two labels of one office ("Minister of Foreign Affairs (Djibouti)" and
    "Minister of Foreign Affairs of Djibouti")."""
    stop = {"of", "the", "and", "for", "de", "minister", "ministre"}
    wa = set(re.findall(r"\w+", normalize(a))) - stop
    wb = set(re.findall(r"\w+", normalize(b))) - stop
    if not wa or not wb:
        return a == b
    return len(wa & wb) / len(wa | wb) >= 0.5 or wa <= wb or wb <= wa


def alias_langs(a) -> set:
    """The languages of an alias as a set: {None} when it is untagged (a
    plain string, or no "lang"), else its codes."""
    lang = None if isinstance(a, str) else a.get("lang")
    if not lang:
        return {None}
    return {lang} if isinstance(lang, str) else set(lang)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize(s)).strip("-")[:60]


def surname(name: str, country: str | None) -> list[str]:
    """Distinctive short forms of a full name (may be empty)."""
    if " of " in name or name.split()[0].lower() in {"king", "queen", "pope", "emperor", "patriarch", "patriarche", "prince", "princess", "crown", "roi", "reine", "papa", "pape", "papst", "sheikh", "lord", "sir"}:
        return []
    words0 = name.replace("-", " ").split()
    if any(w.lower() in {"bin", "ben", "ibn", "bint", "binti", "ould", "al", "ag"} for w in words0[1:]):
        return []  # Arabic-style names: only the curated short forms
    n = SUFFIX.sub("", name.strip())
    n = re.sub(r"\([^)]*\)", "", n).strip()
    words = n.split()
    if len(words) < 2:
        return []
    if country in FAMILY_FIRST:
        cands = [words[0]]
    elif country in FIRST_WORD:
        cands = [words[0]]
    else:
        last = words[-1]
        cands = [last]
        m = re.match(r"^(?:al|el|Al|El|ad|as|ash|at|az)-(.+)$", last)
        if m:
            cands.append(m.group(1))
        # Spanish/Portuguese double surnames: "Pedro Sánchez Pérez-Castejón" -> first surname
        if len(words) >= 3 and words[-2].lower() not in PARTICLES and "-" not in words[-2]:
            pass
    out = []
    for c in cands:
        c = c.strip(",.")
        letters = [x for x in c if x.isalpha()]
        if len(letters) < 3 and not (country in FAMILY_FIRST and len(letters) >= 2):
            continue
        if c.lower() in PARTICLES or not c[:1].isupper():
            continue
        out.append(c)
    return out


# Titles are not part of a person's name ("King Charles III" is "Charles
# III" after the title): an alias that starts with one is written without it
# (README, "Titles"). Sheikh Hasina's "Sheikh" is her family name.
TITLE = re.compile(r"^(King|Queen|Emperor|Empress|Prince|Princess|Crown Prince|Sheikh|Sultan|Emir|"
                   r"Lord|Sir|Dame|President|Président|Präsident|Presidente|roi|reine|König|"
                   r"Königin|Kaiser|Prinz|Kronprinz|rey|reina|re|regina|rei|rainha|Король|"
                   r"Королева|Принц|Шейх|Султан|Эмир|Император|Президент) (?=\w)", re.I)
# a pope's or patriarch's name alone is a common first name ("Francis",
# "Kirill"): there the title stays, as the only name that tells who it is
TITLE_KEPT = re.compile(r"^(Pope|pape|Papst|papa|Папа|Patriarch|patriarche|Патриарх) ", re.I)
TITLE_IS_NAME = {"Sheikh Hasina", "Sheikh Hasina Wajed"}


def untitled(text: str, own: set[str]) -> str | None:
    """The alias without its leading title; None if what is left is one
    word that is not already the person's name or full alias and carries no
    regnal number ("King Charles" -> "Charles" would be any Charles)."""
    if text in TITLE_IS_NAME or TITLE_KEPT.match(text):
        return text
    m = TITLE.match(text)
    if not m:
        return text
    rest = text[m.end():]
    words = rest.split()
    if len(words) >= 2 or normalize(rest) in own:
        return rest
    return None


def drop_titles(people: dict) -> tuple[int, int]:
    """Rewrites every person's titled aliases (and a titled name) without the
    title; returns (rewritten, dropped)."""
    done = [0, 0]
    for p in people.values():
        own = {normalize(a["text"]) for a in p["aliases"].items
               if not TITLE.match(a["text"]) and not a.get("short")}
        if TITLE.match(p["name"]) and p["name"] not in TITLE_IS_NAME:
            rest = untitled(p["name"], own)
            if rest:
                p["name"] = rest
        kept = AliasSet()
        for a in p["aliases"].items:
            text = untitled(a["text"], own)
            if text is None:
                done[1] += 1
                continue
            key = (normalize(text), a.get("case") or "", bool(a.get("short")))
            if text == a["text"] and key not in kept.keys:
                kept.items.append(a)  # unchanged, with the languages it has
                kept.keys[key] = a
                continue
            done[0] += text != a["text"]
            kept.add(text, a.get("lang"), a.get("case"), bool(a.get("short")))
        kept.add(p["name"])
        p["aliases"] = kept
    return done[0], done[1]


def translit_sources(p: dict) -> list[tuple[str, str]]:
    """(Cyrillic name, 'ru'/'uk') to transliterate for a person from a
    TRANSLIT_COUNTRIES country: the nominative full names tagged ru/uk (or
    untagged Cyrillic), Ukrainian ones for Ukrainians if any, else Russian.
    Titled, regnal and Arabic-style names and names with a lowercase word,
    an initial or a digit are left out."""
    countries = {r["country"] for r in p["roles"] if r["country"]}
    if not countries or not countries <= TRANSLIT_COUNTRIES:
        return []
    by_lang: dict[str, list[str]] = {"ru": [], "uk": []}
    for a in p["aliases"].items:
        if a.get("short") or a.get("case"):
            continue
        text = a["text"]
        langs = set(a.get("_langs") or ([a["lang"]] if a.get("lang") else []))
        if not langs:
            lg = language(text, None)
            langs = {lg} if lg else set()
        elif not language(text, None):
            continue  # not Russian/Ukrainian letters
        words = text.replace("\u0301", "").split()
        if len(words) < 2 or words[0].lower() in TITLES or any(ROMAN.match(w) for w in words) \
                or any(w.lower() in ARABIC_PARTICLES for w in words) \
                or any(not w[:1].isupper() or re.search(r"[.\d()]", w) for w in words):
            continue
        for lg in sorted(langs & {"ru", "uk"}):
            by_lang[lg].append(text)
    if "Q212" in countries and by_lang["uk"]:
        return [(t, "uk") for t in by_lang["uk"]]
    return [(t, "ru") for t in by_lang["ru"]]


def add_press_spellings(people: dict, other_kinds: set) -> set:
    """French, German and Spanish spellings (build/translit.py) of the
    Russian/Ukrainian names of people from TRANSLIT_COUNTRIES, added as
    full aliases tagged fr/de/es. A spelling the person already has is not
    added again; one that is a country/institution alias, another person's
    alias, or made for two people is dropped. Returns the (person id,
    normalized alias) pairs added."""
    owners: dict[str, set] = {}
    for p in people.values():
        for a in p["aliases"].items:
            owners.setdefault(normalize(a["text"]), set()).add(p["id"])
    made: list[tuple[dict, str, str]] = []
    made_by: dict[str, set] = {}
    for p in sorted(people.values(), key=lambda p: p["id"]):
        for text, src in translit_sources(p):
            for lang in TRANSLIT_LANGS:
                for form in transliterate(text, src, lang):
                    made.append((p, form, lang))
                    made_by.setdefault(normalize(form), set()).add(p["id"])
    added: set = set()
    seen_lang: set = set()
    per_lang = {lang: 0 for lang in TRANSLIT_LANGS}
    gained = set()
    for p, form, lang in made:
        k = normalize(form)
        if (k, "", False) in p["aliases"].keys and (p["id"], k) not in added:
            continue  # the person has it already (English label, curated spelling)
        why = None
        if k in other_kinds:
            why = "country/institution alias"
        elif owners.get(k, {p["id"]}) != {p["id"]}:
            why = "alias of " + ",".join(sorted(owners[k] - {p["id"]}))
        elif len(made_by[k]) > 1:
            why = "spelling of two people: " + ",".join(sorted(made_by[k]))
        if why:
            print(f"  press spelling {form!r} ({lang}) of {p['id']} dropped: {why}", file=sys.stderr)
            continue
        # the same spelling in two languages is one alias without `lang`
        p["aliases"].add(form, lang)
        if (p["id"], k, lang) not in seen_lang:
            seen_lang.add((p["id"], k, lang))
            per_lang[lang] += 1
        added.add((p["id"], k))
        gained.add(p["id"])
    print(f"  French/German/Spanish press spellings: {len(added)} aliases for {len(gained)} people "
          f"(made per language: " + ", ".join(f"{l} {n}" for l, n in per_lang.items()) + ")",
          file=sys.stderr)
    return added


def main() -> None:
    people: dict[str, dict] = {}
    by_name: dict[str, str] = {}

    def person(pid: str, name: str) -> dict:
        if pid not in people:
            people[pid] = {"id": pid, "name": name, "roles": [], "aliases": AliasSet(),
                           "country": None, "no_short": False}
            people[pid]["aliases"].add(name)
        by_name.setdefault(normalize(name), pid)
        return people[pid]

    def add_role(p, role, country, since="", until=""):
        country = COUNTRY_ALIAS.get(country or "", country or "")
        r = {"role": role, "country": country, "since": str(since or ""), "until": str(until or "")}
        for old in p["roles"]:
            # the same mandate from two sources: keep the most precise dates
            if old["country"] == r["country"] and old["since"][:4] == r["since"][:4] and \
                    same_role(old["role"], r["role"]):
                if len(r["role"]) > len(old["role"]) and "(" not in r["role"]:
                    old["role"] = r["role"]
                if len(r["since"]) > len(old["since"]):
                    old["since"] = r["since"]
                if r["until"] and (not old["until"] or len(r["until"]) > len(old["until"])):
                    old["until"] = r["until"]
                return
        p["roles"].append(r)

    hos = shared_path("data", "people", "wikidata-heads-of-state-and-government-2022-10.csv")
    for row in csv.DictReader(hos.open(encoding="utf-8")):
        if not row["officeholder"].startswith("Q"):
            continue
        if row["end_year"] and row["end_year"] < "2020":
            continue
        p = person(row["officeholder"], row["officeholderLabel"])
        add_role(p, row["positionLabel"], row["countryid"], row["start_year"], row["end_year"])
    fm = shared_path("data", "people", "wikidata-foreign-ministers-2023-01.csv")
    for row in csv.DictReader(fm.open(encoding="utf-8")):
        if not row["person"].startswith("Q") or not row["name"].strip():
            continue  # rows without a person or without a label
        p = person(row["person"], row["name"])
        add_role(p, f"{row['positionLabel']} ({row['countryLabel']})"
                 if row["countryLabel"] not in row["positionLabel"] else row["positionLabel"],
                 row["country"], row["start"][:10])
    un = shared_path("data", "people", "wikidata-un-officials-2023-01.csv")
    for row in csv.DictReader(un.open(encoding="utf-8")):
        p = person(row["personID"], row["person"])
        add_role(p, row["position"], "", row["start"], row["end"])

    # QIDs found for curated people without an `id` (curated/people-qids.tsv:
    # name, qid, source; build/qid_file.py refuses a QID listed twice).
    file_qid = read_qid_file(CURATED / "people-qids.tsv")
    snapshot_ids = set(people)
    curated_names: dict[str, set[str]] = {}  # pid -> curated names given that id
    used_file = set()

    # curated 2025 update: more people, roles, aliases; `id` optional (then
    # matched by name to the Wikidata people, else the QID of
    # curated/people-qids.tsv, else a gazner: id)
    # the US Congress and presidents (curated/people-us-congress.jsonl, QIDs
    # from a CC0 list, made by build/us_congress.py) come first, so that a
    # curated line of people-2025.jsonl finds its QID by name
    curated_lines = read_jsonl(CURATED / "people-us-congress.jsonl") + \
        read_jsonl(CURATED / "people-2025.jsonl")
    for n, e in enumerate(curated_lines, 1):
        pid = e.get("id") or by_name.get(normalize(e["name"]))
        if not pid:
            for a in e.get("aliases", []):
                t = a if isinstance(a, str) else a["text"]
                pid = by_name.get(normalize(t))
                if pid:
                    break
        if not pid and e.get("country"):
            # same country, and every word of the curated name in a Wikidata
            # label: "Rodrigo Chaves" ~ "Rodrigo Alberto de Jesús Chaves Robles"
            words = set(normalize(e["name"]).replace("-", " ").split())
            for other in people.values():
                if any(r["country"] == e["country"] for r in other["roles"]) and \
                        words <= set(normalize(other["name"]).replace("-", " ").split()):
                    pid = other["id"]
                    break
        fq = None if e.get("id") else file_qid.get(e["name"])
        if fq:
            used_file.add(e["name"])
            if pid and pid != fq:
                sys.exit(f"people-qids.tsv: {e['name']!r} -> {fq}, but the name matches {pid} "
                         f"({people[pid]['name']!r}) of the Wikidata snapshot")
            if fq in snapshot_ids and normalize(people[fq]["name"]) != normalize(e["name"]):
                # the curated person is a snapshot person under another label:
                # merge (roles are deduplicated by add_role, the name becomes an alias)
                print(f"  people-qids.tsv: {e['name']!r} merged into {fq} ({people[fq]['name']!r})",
                      file=sys.stderr)
            pid = fq
        pid = pid or f"gazner:{slug(e['name'])}"
        # a QID of the file must not join two different curated people
        chosen = curated_names.setdefault(pid, set())
        others = chosen - {e["name"]}
        if others and (fq or any(file_qid.get(x) == pid for x in others)):
            sys.exit(f"{pid} would join the curated people {sorted(others)} and {e['name']!r}")
        chosen.add(e["name"])
        p = person(pid, e["name"])
        if p["name"] != e["name"]:
            # the curated name is an alias of the person it joined, however
            # it was found (id, QID file, an alias: "JD Vance" joins the
            # Congress list's "J.D. Vance" through its alias "J.D. Vance")
            p["aliases"].add(e["name"])
        for a in e.get("aliases", []):
            a = {"text": a} if isinstance(a, str) else a
            p["aliases"].add(a["text"], a.get("lang"), a.get("case"), a.get("short", False))
        if e.get("role"):
            add_role(p, e["role"], e.get("country"), e.get("since", ""), e.get("until", ""))
        if e.get("no_short"):
            p["no_short"] = True
        if e.get("source"):
            p.setdefault("sources", []).append(e["source"])

    n_titled = drop_titles(people)
    print(f"  titles: {n_titled[0]} titled aliases written without their title, "
          f"{n_titled[1]} dropped (the name alone is a first name)", file=sys.stderr)

    for name in sorted(set(file_qid) - used_file):
        print(f"  people-qids.tsv: {name!r} is not a curated person without id: line unused",
              file=sys.stderr)

    stop = {normalize(l.split("#")[0]) for l in (CURATED / "short-stoplist.txt").read_text(encoding="utf-8").splitlines()
            if l.split("#")[0].strip()}
    other_kinds = set()
    # normalized text -> the languages of the country/institution aliases
    # with that text (None: untagged), for the short-form test below
    other_langs: dict[str, set] = {}
    for f in ("countries.jsonl", "institutions.jsonl"):
        for line in (GAZ_DIR / f).read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            for a in [e["name"]] + e["aliases"]:
                k = normalize(a if isinstance(a, str) else a["text"])
                other_kinds.add(k)
                other_langs.setdefault(k, set()).update(alias_langs(a))

    def short_clashes(k: str, lang) -> bool:
        """Whether a short form `k` tagged `lang` would read as a country or
        institution: their alias is untagged, or shares a language with it.
        "Marocco" (Peter Marocco) stays: Morocco's "Marocco" is Italian, and
        the engine's language and short-form rules tell them apart (dev:
        English text, 4689..4696 and 4833..4840, issue #11)."""
        langs = other_langs.get(k)
        if not langs:
            return False
        if None in langs:
            return True
        return bool(alias_langs({"lang": lang}) & langs)

    generated = add_press_spellings(people, other_kinds)
    exempt = word_exceptions()

    # short forms
    for p in people.values():
        if p["no_short"]:
            continue
        country = next((r["country"] for r in p["roles"] if r["country"]), None)
        full = [a for a in p["aliases"].items if not a.get("short") and not a.get("case")]
        for a in full:
            # Latin script names, plus the native forms given in the curated file
            for s in surname(a["text"], country):
                k = normalize(s)
                if (k in stop and k not in exempt.get(p["id"], ())) or short_clashes(k, a.get("lang")):
                    continue
                if (p["id"], normalize(a["text"])) in generated and k in TRANSLIT_COMMON_SURNAMES:
                    continue
                p["aliases"].add(s, a.get("lang"), None, True)

    # Russian/Ukrainian case forms (build/inflect_slavic.py) of the full
    # names and of their surnames (kept `short`). A form is dropped if it is
    # another person's alias, a country/institution alias, a short-stoplist
    # word, a common Russian word (surname forms), or a full-name form that
    # two people would share.
    nominative: dict[str, set] = {}
    for p in people.values():
        for a in p["aliases"].items:
            nominative.setdefault(normalize(a["text"]), set()).add(p["id"])
    made = []  # (person, form, lang, short, nominative surname)
    full_owner: dict[str, set] = {}
    for p in sorted(people.values(), key=lambda p: p["id"]):
        country = next((r["country"] for r in p["roles"] if r["country"]), None)
        shorts = {normalize(a["text"]) for a in p["aliases"].items if a.get("short")}
        for a in list(p["aliases"].items):
            if a.get("short") or a.get("case"):
                continue
            lang = language(a["text"], a.get("lang"))
            if not lang:
                continue
            full, sur = person_forms(a["text"], a.get("lang"), country in FAMILY_FIRST)
            nom_sur = a["text"].split()[-1]
            for f in full:
                made.append((p, f, lang, False, nom_sur))
                full_owner.setdefault(normalize(f), set()).add(p["id"])
            if normalize(nom_sur) in shorts:
                made.extend((p, f, lang, True, nom_sur) for f in sur)
    n_infl = {False: 0, True: 0}
    for p, form, lang, short, nom_sur in made:
        k = normalize(form)
        why = None
        if k in other_kinds:
            why = "country/institution alias"
        elif nominative.get(k, {p["id"]}) != {p["id"]}:
            why = "alias of " + ",".join(sorted(nominative[k] - {p["id"]}))
        elif not short and len(full_owner[k]) > 1:
            why = "form of two people"
        elif short and k in stop and normalize(nom_sur) not in exempt.get(p["id"], ()):
            why = "short-stoplist"
        elif short and is_common_word(form, nom_sur):
            why = "common word"
        if why:
            print(f"  inflected {'short ' if short else ''}form {form!r} of {p['id']} dropped: {why}",
                  file=sys.stderr)
            continue
        if p["aliases"].add(form, lang, None, short):
            n_infl[short] += 1
    print(f"  Russian/Ukrainian case forms added: {n_infl[False]} full, {n_infl[True]} short",
          file=sys.stderr)

    # German genitives ("Putins Krieg", "Donald Trumps Zölle"): a name that
    # ends in a letter other than s, ß, x or z takes -s. Made for the
    # Latin-script aliases that are German, English or untagged, and for their
    # surnames (kept `short`); dropped like the case forms above.
    # English demonyms ("Turks") are built later from their own list.
    demonyms = {normalize(w) for row in read_tsv(CURATED / "demonyms.tsv") if len(row) > 1
                for w in row[1].split("/")}
    n_gen = {False: 0, True: 0}
    for p in sorted(people.values(), key=lambda p: p["id"]):
        for a in list(p["aliases"].items):
            text = a["text"]
            if a.get("case") or a.get("lang") not in (None, "de", "en") or not LATIN_NAME.fullmatch(text):
                continue
            if not text[-1].isalpha() or text[-1].lower() in "sßxz":
                continue
            form, short = text + "s", bool(a.get("short"))
            k = normalize(form)
            if k in other_kinds or k in demonyms or nominative.get(k, {p["id"]}) != {p["id"]} \
                    or (short and k in stop):
                continue
            if p["aliases"].add(form, "de", None, short):
                n_gen[short] += 1
    print(f"  German genitives added: {n_gen[False]} full, {n_gen[True]} short", file=sys.stderr)

    # surnames that stand alone (build/standalone.py, README "Surnames that
    # stand alone")
    promote_standalone(people, stop, other_kinds, FAMILY_FIRST)

    # full aliases must not collide with another kind; no short form may be a
    # stop word (explicit curated ones included)
    entities = []
    for p in people.values():
        for a in list(p["aliases"].items):
            k = normalize(a["text"])
            if a.get("short") and ((k in stop and k not in exempt.get(p["id"], ()))
                                   or short_clashes(k, a.get("lang"))):
                p["aliases"].items.remove(a)
        for a in list(p["aliases"].items):
            if not a.get("short") and normalize(a["text"]) in other_kinds:
                print(f"  person alias {a['text']!r} of {p['id']} is also a country/institution alias: dropped",
                      file=sys.stderr)
                p["aliases"].remove(normalize(a["text"]))
        roles = sorted(p["roles"], key=lambda r: (r["since"], r["role"]))
        meta = {}
        if roles:
            meta["role"] = "; ".join(r["role"] + (f" ({r['since'][:4]}–{r['until'][:4]})" if r["until"] else
                                                  (f" (since {r['since'][:4]})" if r["since"] else ""))
                                     for r in roles)
            cs = []
            for r in roles:
                if r["country"] and r["country"] not in cs:
                    cs.append(r["country"])
            if cs:
                meta["country"] = cs[0] if len(cs) == 1 else ",".join(cs)
            sinces = [r["since"] for r in roles if r["since"]]
            if sinces:
                meta["since"] = min(sinces)[:10]
            if all(r["until"] for r in roles):
                meta["until"] = max(r["until"] for r in roles)[:10]
        meta["source"] = "wikidata" if p["id"].startswith("Q") and not p.get("sources") else \
            ("wikidata; curated" if p["id"].startswith("Q") else "curated")
        p["aliases"].add_arabic_clitics()
        entities.append({"id": p["id"], "kind": "person", "name": p["name"],
                         "aliases": p["aliases"].to_json(p["name"], untag_phrases=True), "meta": meta})
    write_jsonl(GAZ_DIR / "people.jsonl", entities)


if __name__ == "__main__":
    main()
