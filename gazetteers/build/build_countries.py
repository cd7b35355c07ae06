"""Build gazetteers/countries.jsonl from CLDR (babel), ISO 3166-1 (pycountry,
with the iso-codes gettext translations) and the curated files in
gazetteers/curated/; historical countries from
curated/historical-countries.tsv and ISO 3166-3 (gettext domain iso3166-3)."""
from __future__ import annotations

import gettext
import re
import sys
import unicodedata

import babel
import pycountry

from common import (CURATED, GAZ_DIR, AliasSet, is_cjk, normalize, read_tsv,
                    write_jsonl)

# Languages of the names: the 16 required ones plus the languages of the
# region this project started from (az, hy, ka) and el, he.
LANGS = ["en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr",
         "ar", "fa", "zh", "ja", "ko", "az", "hy", "ka", "el", "he"]
# babel locale(s) per language (zh: Simplified and Traditional)
BABEL_LOCALES = {"zh": ["zh", "zh_Hant"]}
# pycountry/iso-codes gettext catalogues per language
ISO_LOCALES = {"zh": ["zh_CN", "zh_TW"], "pt": ["pt", "pt_BR"]}

# Short names in scripts without spaces, and in Hangul: the engine's rules
# tell where they stand as words (src/rules/cjk.rs: the CJK lexicon and the
# katakana-run rule; src/rules/korean.rs: short Korean names only before
# particles), so Han and kana names of two characters and Hangul names of any
# length are kept. One Han or kana character (美, 中) is an abbreviation
# inside compounds far more often than a name, and Thai has no such rule:
# both keep the old minimum of three.
def cjk_short_ok(letters: list[str]) -> bool:
    names = [unicodedata.name(c, "") for c in letters]
    if all(n.startswith("HANGUL") for n in names):
        return True
    if all(n.startswith(("CJK", "HIRAGANA", "KATAKANA")) for n in names):
        return len(letters) >= 2
    return len(letters) >= 3


PREP_END = re.compile(r"\b(of|of the|de|de la|du|des|d'|d’|di|del|della|do|da|dos|das|van|von|der)$", re.I)


def invert_iso(name: str) -> list[str]:
    """'Korea, Republic of' -> ['Republic of Korea']; 'Virgin Islands, British'
    -> ['British Virgin Islands']; names whose comma is not an inversion are
    kept whole."""
    if "," not in name:
        return [name]
    head, _, tail = name.partition(",")
    head, tail = head.strip(), tail.strip()
    if "," in tail:
        return [name]
    if PREP_END.search(tail):
        sep = "" if tail.endswith(("'", "’")) else " "
        return [f"{tail}{sep}{head}"]
    if len(tail.split()) == 1 and tail[:1].isupper():
        return [f"{tail} {head}"]
    if tail[:1].islower() or "province" in tail.lower():
        return [head]  # 'Taïwan, province de Chine' -> 'Taïwan'
    return [name]


# What CLDR's "&" stands for in each language ("Heard & McDonald Islands",
# "Antigua & Barbuda"): the press writes the word.
CONJUNCTION = {"en": "and", "fr": "et", "de": "und", "es": "y", "it": "e", "pt": "e", "nl": "en",
               "pl": "i", "ru": "и", "uk": "і", "tr": "ve", "az": "və", "el": "και"}
# CLDR's abbreviations for "islands" and "island" in Russian and Ukrainian
# ("Виргинские о-ва (США)"): the press writes the words.
ABBREVIATIONS = {"ru": [("о-ва", "острова"), ("о-в", "остров")],
                 "uk": [("о-ви", "острови"), ("о-в", "острів")]}
# Languages that capitalize the first word of a name and not the adjectives
# after it ("Territori palestinesi", "Isole Marianne settentrionali"), where
# CLDR capitalizes every word: the `proper` case rule would then miss the
# press's spelling, so the build adds it (README, "CLDR coverage").
LOWERCASE_ADJECTIVES = {"it", "es", "pt"}


def press_forms(name: str, lang: str) -> list[str]:
    """The display form of a CLDR name and the forms the press writes for
    it: a spaced hyphen both spaced and not ('Congo - Kinshasa',
    'Congo-Kinshasa'), '&' and its word ('Heard & McDonald Islands', 'Heard
    and McDonald Islands', and in English the other way round), abbreviations and the words ('о-ва', 'острова'),
    and in LOWERCASE_ADJECTIVES the words after the first in lowercase."""
    forms = [name]
    if re.search(r"\s-\s", name):
        forms.append(re.sub(r"\s+-\s+", "-", name))
    if "&" in name and lang in CONJUNCTION:
        forms += [re.sub(r"\s*&\s*", f" {CONJUNCTION[lang]} ", f) for f in forms]
    elif lang == "en" and " and " in name:
        # CLDR's own English style writes "&" ("Antigua & Barbuda")
        forms.append(name.replace(" and ", " & "))
    for short, word in ABBREVIATIONS.get(lang, []):
        forms += [re.sub(rf"(?<!\w){short}(?!\w)", word, f) for f in forms if short in f]
    if lang in LOWERCASE_ADJECTIVES:
        forms += [lowercase_after_first(f) for f in forms]
    return list(dict.fromkeys(forms))


def lowercase_after_first(name: str) -> str:
    """'Caraibi Olandesi' -> 'Caraibi olandesi': every word after the first
    lowered at its first letter only, except those in capitals (acronyms)."""
    words = name.split(" ")
    return " ".join(words[:1] + [w if w.isupper() else w[:1].lower() + w[1:] for w in words[1:]])


def cldr_variants(name: str, lang: str) -> list[str]:
    """The aliases made of one CLDR name (press_forms, then parentheses)."""
    out = []
    for form in press_forms(name, lang):
        out += parenthesis_variants(form)
    return list(dict.fromkeys(out))


def parenthesis_variants(name: str) -> list[str]:
    """'Myanmar (Burma)' -> the whole form, 'Myanmar', 'Burma'; 'Hong Kong
    (China)' -> the whole form and 'Hong Kong'."""
    out = []
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if m:
        # the whole display form too, so that it wins over the name in the
        # parentheses ("Виргинские о-ва (США)" is not the US)
        out.append(name)
        out.append(m.group(1))
        # only 'Myanmar (Burma)' carries an alternative name in parentheses;
        # elsewhere it is a qualifier ('Hong Kong (China)') or junk
        if re.search(r"burm|birm|бирм", m.group(2), re.I):
            out.append(m.group(2))
    elif "(" in name:
        out.append(name)
        out.append(re.sub(r"\s*\([^)]*\)", "", name))
    else:
        out.append(name)
    return out


def inflect(name: str, lang: str | None) -> list[str]:
    """Regular case forms of a one-word country name (irregular ones are
    simply not produced: a wrong form never matches anything)."""
    if lang not in ("ru", "uk", "pl", "de", "el") or " " in name or not name[:1].isupper():
        return []
    if lang == "de":
        # not for -ien names: "Armeniens", "Syriens" are also French plurals
        # ("les Arméniens") once accents are removed
        return [] if name.endswith(("s", "x", "z", "ß", "ien")) else [name + "s"]
    if lang == "el":
        if name.endswith("ία") or name.endswith("ια"):
            return [name + "ς"]
        if name.endswith("α"):
            return [name + "ς"]
        return []
    if lang == "ru":
        if name.endswith("ия"):
            b = name[:-2]
            return [b + "ии", b + "ию", b + "ией"]
        if name.endswith("я"):
            b = name[:-1]
            return [b + "и", b + "е", b + "ю", b + "ей"]
        if name.endswith("а"):
            b = name[:-1]
            gen = "и" if b[-1:] in "кгхжшчщ" else "ы"
            return [b + gen, b + "е", b + "у", b + "ой"]
        if name.endswith(("ь", "й")):
            b = name[:-1]
            return [b + "я", b + "ю", b + "ем", b + "е"]
        if name[-1:] in "бвгдзклмнпрстфхцчшщж":
            return [name + "а", name + "у", name + "ом", name + "е"]
        return []
    if lang == "uk":
        if name.endswith("ія"):
            b = name[:-2]
            return [b + "ії", b + "ію", b + "ією"]
        if name.endswith("а"):
            b = name[:-1]
            gen = "и" if b[-1:] not in "кгхжшчщ" else "и"
            return [b + gen, b + "і", b + "у", b + "ою"]
        if name.endswith(("ь", "й")):
            b = name[:-1]
            return [b + "ю", b + "я", b + "ем", b + "і"]
        if name[-1:] in "бвгдзклмнпрстфхцчшщж":
            return [name + "у", name + "а", name + "ом", name + "і"]
        return []
    if lang == "pl":
        if name.endswith(("ja", "ia")):
            b = name[:-1]
            return [b[:-1] + "ji" if name.endswith("ja") else b + "i", b + "ę", b + "ą"]
        if name.endswith("a"):
            b = name[:-1]
            gen = "i" if b[-1:] in "kgl" else "y"
            loc = _pl_locative(b)
            return [b + gen, b + "ę", b + "ą"] + ([loc] if loc else [])
        if name[-1:] in "bcdfghjklłmnprstwz":
            loc = None if name[-1:] in "kgh" else _pl_locative(name)  # Iraku, Meksyku: the -u above
            return [name + "u", name + ("iem" if name[-1:] in "kg" else "em")] + ([loc] if loc else [])
        return []
    return []


# Polish locative (and dative of feminine nouns): the stem's last consonant
# softens before -e ("w Polsce", "na Ukrainie", "w Kanadzie", "w Egipcie",
# "w Iranie"); stems in a velar or l take -u (masculine, already made) or -i.
_PL_SOFT = [("ch", "sze"), ("k", "ce"), ("g", "dze"), ("r", "rze"), ("t", "cie"), ("d", "dzie"),
            ("s", "sie"), ("z", "zie"), ("n", "nie"), ("w", "wie"), ("m", "mie"), ("p", "pie"),
            ("b", "bie"), ("f", "fie"), ("ł", "le")]


def _pl_locative(stem: str) -> str | None:
    for end, repl in _PL_SOFT:
        if stem.endswith(end) and len(stem) > len(end) + 1:
            return stem[: -len(end)] + repl
    return None


# Country names of three letters that are the normal name and not a common
# word: Egypt and Qatar in Arabic, China in Turkish, Persian and Hebrew,
# India in Persian, Iran and Oman in Portuguese, Japan and Libya in Hebrew,
# Morocco in Turkish, Chad in several languages. Left out as words: Persian
# چک (cheque), غنا (song), پرو (fitting), یمن (blessing), Hebrew פרו, סרק.
SHORT_NAMES_OK = {"مصر", "قطر", "Çin", "چین", "סין", "هند", "Irã", "Omã", "יפן", "לוב", "Fas",
                  "Чад", "Çad", "چاد", "Չադ"}


def acceptable(text: str, stop: set[str]) -> bool:
    key = normalize(text)
    if key in stop:
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) <= 3 and not is_cjk(text) and text not in SHORT_NAMES_OK:
        return False  # no 2/3-letter names (codes are added explicitly)
    if is_cjk(text):
        return cjk_short_ok(letters)
    if not any(c.isupper() for c in letters):
        # scripts without case (Arabic, Hebrew, Georgian...) are fine;
        # all-lowercase names in cased scripts would match common words
        if any(c.lower() != c.upper() for c in letters):
            return False
    return True


HIST_PREP_END = re.compile(r"(\b(of|of the|de|de la|du|des|di|del|della|dello|do|da|dos|das|van|von|der|του|της)"
                           r"|\b(d|dell)['’]|\bשל)$", re.I)
HIST_GENERIC = re.compile(r"\b(Republic|Republik|Republiek)$")


def historic_iso_names(name: str) -> list[str]:
    """Names in one ISO 3166-3 entry or translation, which mix several styles:
    'Zaire, Republic of' -> ['Republic of Zaire'] (the bare head is given by
    hand in curated/historical-countries.tsv, where it is safe);
    'USSR, Union of Soviet Socialist Republics' and 'Czechoslovakia,
    Czechoslovak Socialist Republic' -> both parts; 'Vietnam, Demokratische
    Republik' -> ['Demokratische Republik Vietnam']; 'Yugoslavia, (Socialist)
    Federal Republic of' -> ['Socialist Federal Republic of Yugoslavia'];
    anything else with a comma (fragments such as 'Democratic') is dropped."""
    out = []
    for whole in name.split(";"):
        whole = re.sub(r"[()]", "", whole)
        parts = [p.strip() for p in re.split(r"\s*[,،]\s*", whole) if p.strip()]
        if not parts:
            continue
        head, tails = parts[0], parts[1:]
        if not tails:
            out.append(head)
            continue
        last = re.sub(r"^(La|El|Il|Lo|The) ", "", tails[-1])
        if HIST_PREP_END.search(last):
            sep = "" if last.endswith(("'", "’")) else " "
            out.append(f"{last}{sep}{head}")
            continue
        stem = normalize(head)[:5]
        acronym = head.isupper() and " " not in head
        full = [t for t in tails if acronym or stem in normalize(t)]
        if full:
            out.extend([head] + full)
        elif len(tails) == 1 and HIST_GENERIC.search(last):
            out.append(f"{last} {head}")
    return out


def all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def main() -> None:
    qids = {}
    labels = {}
    for row in read_tsv(CURATED / "country-qids.tsv"):
        code, qid, label = row[0], row[1], row[2]
        key = code if code != "-" else qid
        if key in qids:
            sys.exit(f"error: duplicate code {key} in country-qids.tsv")
        qids[key] = qid
        labels[key] = label
    if len(set(qids.values())) != len(qids):
        sys.exit("error: duplicate QID in country-qids.tsv")
    stop_rows = read_tsv(CURATED / "country-alias-stoplist.tsv")
    stop = {normalize(r[0]) for r in stop_rows}
    # Stoplisted because a word or a name in *other* languages: kept in the
    # languages of the third column, as `lang_only` aliases (issue #12).
    only_in = {normalize(r[0]): set(r[2].split(",")) for r in stop_rows if len(r) > 2 and r[2].strip()}
    a3_stop = set((CURATED / "alpha3-stoplist.txt").read_text().split("\n", 0)[0].split())
    a3_stop = {w for line in (CURATED / "alpha3-stoplist.txt").read_text().splitlines()
               if not line.startswith("#") for w in line.split()}

    iso = {c.alpha_2: c for c in pycountry.countries}
    missing = set(iso) - set(qids)
    if missing:
        sys.exit(f"error: ISO codes without QID: {sorted(missing)}")

    aliases: dict[str, AliasSet] = {k: AliasSet() for k in qids}
    names: dict[str, str] = {}
    meta: dict[str, dict] = {k: {} for k in qids}

    def add(key, text, lang, case=None):
        if lang in only_in.get(normalize(text), ()):
            aliases[key].add(text, lang, case, lang_only=True)
        elif case == "exact" or acceptable(text, stop):
            aliases[key].add(text, lang, case)

    # 1. ISO 3166-1 English names and their translations
    for code, c in sorted(iso.items()):
        english = [c.name] + [getattr(c, a) for a in ("official_name", "common_name") if hasattr(c, a)]
        for en in english:
            for v in invert_iso(en):
                add(code, v, "en")
        for lang in LANGS:
            if lang == "en":
                continue
            for loc in ISO_LOCALES.get(lang, [lang]):
                try:
                    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc])
                except FileNotFoundError:
                    continue
                for en in english:
                    t = tr.gettext(en)
                    if t != en:
                        for v in invert_iso(t):
                            add(code, v, lang)
        meta[code] = {"iso_3166_1_alpha2": code, "iso_3166_1_alpha3": c.alpha_3}
        if c.alpha_3 not in a3_stop:
            aliases[code].add(c.alpha_3, None, "exact")
    # 2. CLDR territory names
    for lang in LANGS:
        for loc in BABEL_LOCALES.get(lang, [lang]):
            terr = babel.Locale.parse(loc).territories
            for code in qids:
                if code in terr:
                    for v in cldr_variants(terr[code], lang):
                        add(code, v, lang)
    # 3. curated extras
    for row in read_tsv(CURATED / "country-extra-aliases.tsv"):
        code, text, lang = row[0], row[1], row[2]
        case = row[3] if len(row) > 3 else None
        if code not in aliases:
            sys.exit(f"error: country-extra-aliases.tsv: unknown code {code}")
        lang = None if lang == "-" else lang
        for form in (press_forms(text, lang) if lang and not case else [text]):
            aliases[code].add(form, lang, case)

    # display name: the English label of country-qids.tsv
    for key in qids:
        names[key] = labels[key]

    # 3b. historical countries: curated/historical-countries.tsv, with the
    # ISO 3166-3 names and their iso-codes translations where the key is an
    # alpha-4 code. An alias equal to a name of a current country stays with
    # the current country only.
    current = {normalize(a["text"]) for s in aliases.values() for a in s.items}
    current |= {normalize(n) for n in names.values()}
    hist = add_historical(current, stop)
    for key, (qid, name, m, s) in hist.items():
        if qid in qids.values():
            sys.exit(f"error: historical-countries.tsv: {key} reuses the id {qid}")
        qids[key], names[key], meta[key], aliases[key] = qid, name, m, s

    # 3c. names two countries share (curated/country-shared-names.tsv): on
    # both, and kept by step 4
    shared = set()
    for row in read_tsv(CURATED / "country-shared-names.tsv"):
        text, codes, langs = row[0], row[1].split(","), row[2]
        for code in codes:
            if code not in aliases:
                sys.exit(f"error: country-shared-names.tsv: unknown code {code} for {text!r}")
            for lang in ([None] if langs == "-" else langs.split(",")):
                aliases[code].add(text, lang)
        shared.add(normalize(text))

    # 4. aliases claimed by two countries are ambiguous: drop them from both,
    # unless the curated list says they are shared
    owner: dict[tuple, set] = {}
    for key, s in aliases.items():
        for a in s.items:
            owner.setdefault((normalize(a["text"]), a.get("case")), set()).add(key)
    ambiguous = {k: v for k, v in owner.items() if len(v) > 1 and k[0] not in shared}
    for (text, _), keys in sorted(ambiguous.items()):
        print(f"  ambiguous, dropped: {text!r} {sorted(keys)}", file=sys.stderr)
        for key in keys:
            aliases[key].remove(text)

    # 5. inflected forms (Russian, Ukrainian, Polish cases; German and Greek
    # genitives) of one-word names, so that "Визит в Германию" or
    # "Deutschlands" is found; a form already used by another country is
    # not added
    claimed = {}
    for key, s in aliases.items():
        for a in s.items:
            claimed.setdefault(normalize(a["text"]), key)
    for key, s in aliases.items():
        for a in list(s.items):
            if a.get("case") == "exact":
                continue  # acronyms (СССР) are not inflected
            for lang in sorted(a.get("_langs") or {a.get("lang")} - {None}):
                for form in inflect(a["text"], lang):
                    k = normalize(form)
                    if claimed.get(k, key) != key or k in stop:
                        continue
                    if s.add(form, lang, lang_only=bool(a.get("lang_only"))):
                        claimed[k] = key

    entities = []
    for key, qid in qids.items():
        s = aliases[key]
        name = names[key]
        if normalize(name) in stop or normalize(name) in {k[0] for k in ambiguous}:
            # the display name is not itself a safe alias: use the longest safe one
            cands = [a["text"] for a in s.items if not a.get("case")]
            pref = [t for t in cands if any(a["text"] == t and a.get("lang") in ("en", "fr") for a in s.items)]
            name = max(pref or cands, key=len)
        # Standalone: a country name glued to a capitalized word is part of a
        # longer name (Michael Jordan, Red Hot Chili Peppers, France
        # Télévisions). Not for German, which capitalizes every noun
        # ("Regierung Israels"), nor for exact-case acronyms, which English
        # uses as adjectives ("US Secretary of State", "UK Parliament").
        s.add_arabic_clitics()
        als = [{**a, "standalone": False}
               if isinstance(a, dict) and (a.get("lang") == "de" or a.get("case") == "exact") else a
               for a in s.to_json(name)]
        e = {"id": qid, "kind": "country", "name": name, "standalone": True, "aliases": als}
        m = {k: v for k, v in meta.get(key, {}).items()}
        if key == "XK":
            m = {"iso_3166_1_alpha2": "XK", "note": "user-assigned code used by CLDR and the EU"}
        if m:
            e["meta"] = m
        entities.append(e)
    write_jsonl(GAZ_DIR / "countries.jsonl", entities)


def add_historical(current: set[str], stop: set[str]) -> dict:
    """Entities of curated/historical-countries.tsv: key -> (id, name, meta,
    AliasSet)."""
    rows = read_tsv(CURATED / "historical-countries.tsv")
    iso3 = {c.alpha_4: c for c in pycountry.historic_countries}
    ents: dict[str, dict] = {}
    for row in rows:
        key, field, value = row[0], row[1], row[2]
        e = ents.setdefault(key, {"aliases": [], "drop": set(), "iso": True})
        if field in ("id", "name", "dissolved"):
            e[field] = value
        elif field == "drop":
            e["drop"].add(normalize(value))
        elif field == "iso":
            e["iso"] = value != "no"
        elif field == "alias":
            langs = row[3] if len(row) > 3 and row[3] != "-" else ""
            case = row[4] if len(row) > 4 and row[4] else None
            e["aliases"].append((value, [l for l in langs.split(",") if l] or [None], case))
        else:
            sys.exit(f"error: historical-countries.tsv: unknown field {field!r}")
    out = {}
    for key, e in ents.items():
        if "id" not in e or "name" not in e:
            sys.exit(f"error: historical-countries.tsv: {key} needs an id and a name")
        s = AliasSet()
        m = {"historical": "true"}
        if "dissolved" in e:
            m["dissolved"] = e["dissolved"]

        def add(text, lang, case=None, curated=False):
            k = normalize(text)
            if k in e["drop"]:
                return
            if k in current:
                print(f"  historical {key}: {text!r} is a current country name: not added",
                      file=sys.stderr)
                return
            if case is None and all_caps(text) and not is_cjk(text):
                case = "exact"  # USSR, ZSSR, ΕΣΣΔ: never "Ussr"
            # hand-written names are checked by hand (ソ連, 소련 are shorter
            # than the CJK rule allows); iso-codes names go through the filter
            if curated or case == "exact" or acceptable(text, stop):
                s.add(text, lang, case)

        for text, langs, case in e["aliases"]:
            for lang in langs:
                add(text, lang, case, curated=True)
        if key in iso3:
            c = iso3[key]
            m["iso_3166_3"] = key
            if e["iso"]:
                for v in historic_iso_names(c.name):
                    add(v, "en")
                for lang in LANGS:
                    if lang == "en":
                        continue
                    for loc in ISO_LOCALES.get(lang, [lang]):
                        try:
                            tr = gettext.translation("iso3166-3", pycountry.LOCALES_DIR, languages=[loc])
                        except FileNotFoundError:
                            continue
                        t = tr.gettext(c.name)
                        if t != c.name:
                            for v in historic_iso_names(t):
                                add(v, lang)
        elif re.fullmatch(r"[A-Z]{4}", key):
            sys.exit(f"error: historical-countries.tsv: {key} is not an ISO 3166-3 code")
        out[f"hist:{key}"] = (e["id"], e["name"], m, s)  # "hist:" keeps keys apart from alpha-2
    return out


if __name__ == "__main__":
    main()
