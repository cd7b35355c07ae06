"""Surnames that stand alone: which people are prominent enough, and which
of their surnames distinctive enough, for the surname to count without the
full name earlier in the text ("Trump", "Путин", "ترامب").

Called by build_people.py once every short form is made. A chosen surname
becomes an ordinary (non-short) alias with `"standalone": true`, so it does
not count glued to another capitalized word ("Fred Trump", "Trump Tower");
the `short` form stays, so "President Trump" still counts after "Donald
Trump". The criterion is written out in gazetteers/README.md ("Surnames that
stand alone"); this module prints what it decided.
"""
from __future__ import annotations

import re
import statistics
import sys
from functools import lru_cache

from common import CURATED, check_examples, normalize, read_tsv

# Offices that make a person prominent while they hold them (role labels of
# people.jsonl: Wikidata labels and the curated file's English labels).
HEAD = re.compile(r"^(President|Prime Minister|Chancellor|Federal Chancellor|Premier|Taoiseach|"
                  r"Supreme Leader|Chairman of the Presidential Council|Chair of the Presidential "
                  r"Council|Head of State|Head of Government|State Counsellor|Chairman of the "
                  r"Transitional Military Council|Chairman of the Sovereignty Council|President "
                  r"of the Government)\b(?! of the (Senate|Chamber|National Assembly|Parliament|"
                  r"Bundestag|Duma|Federation Council|Constitutional|Supreme|Central Bank|"
                  r"Council of Ministers of Crimea)| of the (Exchequer|Duchy))(?!.*\b(group|party|Rassemblement|Bank|"
                  r"Bundesbank|Pontifical|Catalonia)\b)", re.I)
# ("Secretary of State for Health" is a British cabinet office, "Shadow Foreign
# Secretary" an opposition one and India's Foreign Secretary a civil servant:
# none is a foreign minister)
FOREIGN = re.compile(r"(Foreign Minister|Minister (of|for) (Europe and )?Foreign Affairs|"
                     r"Federal Minister for Foreign Affairs|(?<!Shadow )Foreign Secretary(?! of India)|"
                     r"^(United States )?Secretary of State\b(?! for (?!Foreign))|Minister of External Affairs|"
                     r"Minister of International Relations|Minister for Foreign and)", re.I)
# heads of international bodies (roles without a country)
BODY_HEAD = re.compile(r"^(Secretary[- ]General|Director[- ]General|President|Managing Director|"
                       r"High Representative|Chair(man|person)?|Executive Director|"
                       r"Prosecutor|Chief Prosecutor|High Commissioner|Chairperson)\b", re.I)
# the international bodies whose heads' names the news writes alone
BIG_BODIES = re.compile(r"United Nations(?! (Development|Environment|Population|Children|Office|"
                        r"Industrial|Relief|Human Settlements|Conference|University|Institute|"
                        r"Framework|Economic))|European (Commission|Council|Parliament|Central Bank)|"
                        r"NATO|North Atlantic|International Monetary Fund|World Bank|"
                        r"World Trade Organization|World Health Organization|International Atomic|"
                        r"African Union|Union for Foreign Affairs", re.I)
# the other offices whose holders the news names by surname (issue #11):
# finance, economy, defence, interior, justice and security ministers, central
# bank governors, speakers of parliament and parliamentary leaders, in the
# G20 and the EU, while they hold them; they pass the word test of the
# "others" (below OTHERS_MAX in every language), not the leaders' one
KEY_OFFICE = re.compile(r"(\b(Minister|Secretary)\b.*\b(Finance|Defen[cs]e|Interior|Home Affairs|"
                        r"Economy|Treasury|Justice|Armed Forces|Homeland Security|Public Security)\b|"
                        r"Chancellor of the Exchequer|^Home Secretary|^Treasurer of Australia|"
                        r"Attorney General|^(Governor|President|Chair(man)?) of the (\w+ )*(Bank|"
                        r"Bundesbank|Federal Reserve|Banque)\b|^(Speaker|Marshal) of the|"
                        r"^(Senate|House) (Majority|Minority|Republican|Democratic) Leader|"
                        r"^Leader of the Opposition)", re.I)
# G20 members (the EU through its own bodies) and the EU member states:
# their heads of state and government since 2020 stay prominent after office
G20_EU = {"Q414", "Q408", "Q155", "Q16", "Q148", "Q142", "Q183", "Q668", "Q252", "Q38", "Q17",
          "Q96", "Q159", "Q851", "Q258", "Q884", "Q43", "Q145", "Q30",
          "Q40", "Q31", "Q219", "Q224", "Q229", "Q213", "Q35", "Q191", "Q33", "Q41", "Q28",
          "Q27", "Q211", "Q37", "Q32", "Q233", "Q55", "Q36", "Q45", "Q218", "Q214", "Q215",
          "Q29", "Q34"}
# languages of wordfreq tested for Latin-script surnames, and the languages
# each country's press writes in (its "home": there the name is frequent
# because of the person, so the spread test below cannot be used)
LATIN_LANGS = ["en", "fr", "de", "es", "it", "pt", "nl", "pl", "tr"]
HOME = {
    "Q30": "en", "Q145": "en", "Q16": "en fr", "Q408": "en", "Q664": "en", "Q27": "en",
    "Q668": "en", "Q142": "fr", "Q31": "fr nl de", "Q39": "fr de it", "Q32": "fr de",
    "Q183": "de", "Q40": "de", "Q347": "de", "Q29": "es", "Q96": "es", "Q414": "es",
    "Q298": "es", "Q739": "es", "Q717": "es", "Q419": "es", "Q736": "es", "Q750": "es",
    "Q733": "es", "Q77": "es", "Q241": "es", "Q786": "es", "Q811": "es", "Q792": "es",
    "Q783": "es", "Q774": "es", "Q800": "es", "Q804": "es", "Q38": "it", "Q45": "pt",
    "Q155": "pt", "Q916": "pt", "Q1029": "pt", "Q55": "nl", "Q36": "pl", "Q43": "tr",
    "Q23681": "tr", "Q41": "el", "Q229": "el", "Q928": "en", "Q334": "en", "Q258": "en",
    "Q1033": "en", "Q114": "en", "Q1036": "en", "Q766": "en", "Q778": "en", "Q244": "en",
    "Q242": "en", "Q781": "en", "Q784": "en", "Q757": "en", "Q763": "en", "Q760": "en",
}
# Cyrillic press languages of countries that write their own names in it
CYRILLIC_HOME = {"Q159", "Q212", "Q184", "Q219", "Q403", "Q221", "Q232", "Q813", "Q863", "Q874",
                 "Q265"}
# thresholds (Zipf: log10 of frequency per billion words; see the README)
OTHERS_MAX = 3.0     # people other than leaders: rarer than this in every language
HOME_MAX_LEADER = 5.5  # leaders: in their own press their name is the word
HOME_MAX_FM = 4.0    # ... but a foreign minister's surname is a common one above this
WORD_MIN = 3.0       # below this a word is too rare to matter anywhere
SPREAD_MAX = 1.0     # a language ten times above the median has the word
CAPITALIZED_MIN = 5.0  # outside German only sentence starts capitalize it
OTHER_SCRIPT_MAX = 5.5  # Arabic, Persian, Hebrew, Greek forms of foreign names
OTHER_SCRIPT_LANGS = {"ar", "fa", "he", "el"}
PARTICLES = {"von", "der", "van", "den", "de", "da", "di", "del", "della", "du", "le", "la",
             "dos", "das", "do", "ter", "zu"}


@lru_cache(maxsize=None)
def zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency
    return zipf_frequency(word, lang)


def _script(text: str) -> str:
    for c in text:
        if c.isalpha():
            o = ord(c)
            if o < 0x250 or 0x1E00 <= o <= 0x1EFF:
                return "latin"
            if 0x400 <= o <= 0x52F:
                return "cyrillic"
            return "other"
    return "none"


def prominence(p: dict) -> str | None:
    """Why the person is prominent, or None."""
    reasons = []
    for r in p["roles"]:
        current = not r["until"] or r["until"][:4] >= "2025"
        role = r["role"]
        if re.match(r"^(Vice|Deputy|First Deputy|Acting)\b", role, re.I):
            continue
        if current and r["country"] and HEAD.search(role):
            reasons.append("head of state or government")
        elif current and r["country"] and FOREIGN.search(role):
            reasons.append("foreign minister")
        elif current and not r["country"] and BODY_HEAD.search(role):
            reasons.append("head of an international body")
        elif r["country"] in G20_EU and HEAD.search(role) and (r["until"] or "9999")[:4] >= "2020":
            reasons.append("G20/EU head since 2020")
        elif current and r["country"] in G20_EU and KEY_OFFICE.search(role):
            reasons.append("G20/EU minister, central banker or speaker")
    return reasons[0] if reasons else None


def extra_people() -> dict[str, str]:
    """curated/standalone-people.tsv: person id -> reason."""
    out = {}
    for row in read_tsv(CURATED / "standalone-people.tsv"):
        out[row[0]] = row[2] if len(row) > 2 else ""
    return out


def word_exceptions() -> dict[str, set[str]]:
    """curated/standalone-people.tsv, optional fourth column: the person's
    surname (normalized) that is exempt from the short-stoplist and the
    wordfreq test, each with its reason in the third column. For surnames
    that are a word of one press language only ("Rubio", Spanish "blond")
    until the rule knows the language of the text (issue #12)."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(CURATED / "standalone-people.tsv"):
        if len(row) > 3 and row[3].strip():
            out.setdefault(row[0], set()).add(normalize(row[3].strip()))
    return out


def first_names(people: dict, family_first: set) -> dict[str, set]:
    """First words of every Latin or Cyrillic full name of two words or more
    (family-first countries excluded), with the ids of the people who bear
    them; the curated Slavic first names (no id)."""
    out: dict[str, set] = {}
    for p in people.values():
        country = next((r["country"] for r in p["roles"] if r["country"]), None)
        if country in family_first:
            continue
        for a in p["aliases"].items:
            words = a["text"].split()
            if a.get("short") or len(words) < 2 or _script(a["text"]) not in ("latin", "cyrillic"):
                continue
            for w in [words[0]] + words[0].split("-"):
                out.setdefault(normalize(w), set()).add(p["id"])
    for row in read_tsv(CURATED / "slavic-first-name-gender.tsv"):
        out.setdefault(normalize(row[0]), set()).add("")
    return out


def word_verdict(word: str, home: set[str], leader: bool, home_max: float) -> str | None:
    """Why a Latin-script surname is a common word or surname (None if it is
    not): the wordfreq test of the README."""
    w = word.lower()
    if not leader:
        for lang in LATIN_LANGS:
            if zipf(w, lang) >= OTHERS_MAX:
                return f"{lang} {zipf(w, lang):.1f} >= {OTHERS_MAX}"
        return None
    for lang in sorted(home & set(LATIN_LANGS)):
        if zipf(w, lang) >= home_max:
            return f"{lang} {zipf(w, lang):.1f} >= {home_max} (home)"
    away = [l for l in LATIN_LANGS if l not in home]
    freqs = {l: zipf(w, l) for l in away}
    median = statistics.median(freqs.values())
    for lang, f in freqs.items():
        if f >= WORD_MIN and f - median > SPREAD_MAX and (lang == "de" or f >= CAPITALIZED_MIN):
            return f"{lang} {f:.1f}, median {median:.1f}"
    return None


def promote(people: dict, stop: set, other_kinds: set, family_first: set) -> None:
    """Adds the standalone surnames (see the module doc) and prints the
    decisions and counts."""
    extra = extra_people()
    exempt = word_exceptions()
    names = first_names(people, family_first)
    owners: dict[str, set] = {}
    for p in people.values():
        for a in p["aliases"].items:
            owners.setdefault(normalize(a["text"]), set()).add(p["id"])
    chosen: list[tuple[dict, str, str | None]] = []  # (person, text, lang)
    proposed: dict[str, set] = {}
    refused: list[str] = []
    n_people = 0
    reasons: dict[str, int] = {}
    for p in sorted(people.values(), key=lambda p: p["id"]):
        why = prominence(p) or (("listed: " + extra[p["id"]]) if p["id"] in extra else None)
        if not why:
            continue
        n_people += 1
        countries = {r["country"] for r in p["roles"] if r["country"]}
        # leaders: G20/EU heads since 2020 and current foreign ministers, the
        # heads of the big international bodies, the listed people: their
        # names are the most written of all
        fm_only = not (p["id"] in extra or any(
            not r["country"] and BODY_HEAD.search(r["role"]) and BIG_BODIES.search(r["role"])
            for r in p["roles"]) or any(r["country"] in G20_EU and HEAD.search(r["role"])
                                        for r in p["roles"]))
        leader = p["id"] in extra or any(
            not r["country"] and BODY_HEAD.search(r["role"]) and BIG_BODIES.search(r["role"])
            and (not r["until"] or r["until"][:4] >= "2025") for r in p["roles"]) or any(
            r["country"] in G20_EU and FOREIGN.search(r["role"])
            and (not r["until"] or r["until"][:4] >= "2025") for r in p["roles"]) or any(
            r["country"] in G20_EU and HEAD.search(r["role"]) and (r["until"] or "9999")[:4] >= "2020"
            for r in p["roles"])
        home = {l for c in countries for l in HOME.get(c, "").split()}
        shorts = [a for a in p["aliases"].items if a.get("short")]
        latin_ok = set()
        picks = []
        for a in shorts:
            text = a["text"]
            if _script(text) != "latin":
                continue
            base = text[:-1] if a.get("lang") == "de" and text.endswith("s") and \
                any(b["text"] == text[:-1] for b in shorts) else text
            k = normalize(base)
            verdict = None
            if names.get(k, {p["id"]}) - {p["id"]} or k == normalize(p["name"].split()[0]):
                # the first name of someone else, or the person's own ("Viktor"
                # from "Orbán Viktor"; "Orbán" is not one)
                verdict = "a first name"
            elif k in exempt.get(p["id"], ()):
                verdict = None  # a stated exception (standalone-people.tsv)
            elif k in stop:
                verdict = "short-stoplist"
            elif len([c for c in base if c.isalpha()]) < 4:
                verdict = "under four letters"
            else:
                # a spelling of one press (Lawrow, Netanjahu) is frequent there
                # because of the person
                # accents and ø are folded by the matcher: "Støre" is "Store"
                verdict = None
                for form in dict.fromkeys([base, normalize(base)]):
                    verdict = verdict or word_verdict(
                        form, home | ({a["lang"]} if a.get("lang") else set()), leader,
                        HOME_MAX_FM if fm_only else HOME_MAX_LEADER)
            if verdict:
                if base == text:
                    refused.append(f"{text} ({p['name']}): {verdict}")
                continue
            latin_ok.add(k)
            picks.append((text, a.get("lang")))
        if latin_ok:
            reasons[why.split(":")[0]] = reasons.get(why.split(":")[0], 0) + 1
            for a in shorts:
                if _script(a["text"]) == "cyrillic":
                    picks.append((a["text"], a.get("lang")))
        # particles written with the surname ("von der Leyen", "Le Pen"): the
        # particle makes the name distinctive, whatever the last word
        for a in p["aliases"].items:
            words = a["text"].split()
            if not a.get("short") and len(words) >= 3 and _script(a["text"]) == "latin":
                i = len(words) - 1
                while i > 1 and words[i - 1].lower() in PARTICLES:
                    i -= 1
                last = normalize(words[-1])
                if i < len(words) - 1 and last == normalize(p["name"].split()[-1]) and last not in stop and not names.get(last, {p["id"]}) - {p["id"]}:
                    picks.append((" ".join(words[i:]), a.get("lang")))
                    latin_ok.add(normalize(" ".join(words[i:])))
        if latin_ok:
            # the last word of Arabic, Persian, Hebrew and Greek full names of
            # people from elsewhere ("ترامب", "بوتين"): not a word there
            for a in p["aliases"].items:
                lang = a.get("lang")
                words = a["text"].split()
                if a.get("short") or a.get("case") or lang not in OTHER_SCRIPT_LANGS \
                        or len(words) != 2 or _script(a["text"]) != "other" or lang in home:
                    continue
                if lang in ("ar", "fa", "he") and countries & ARABIC_OR_HEBREW_HOME.get(lang, set()):
                    continue
                last = words[-1]
                if last.startswith(("ال", "ה")) or len(last) < 3 or zipf(last, lang) >= OTHER_SCRIPT_MAX:
                    continue
                picks.append((last, lang))
        for text, lang in picks:
            if len([c for c in text if c.isalpha()]) < (4 if _script(text) != "other" else 3):
                continue
            proposed.setdefault(normalize(text), set()).add(p["id"])
            chosen.append((p, text, lang))
    added = {"latin": 0, "cyrillic": 0, "other": 0}
    people_added = set()
    for p, text, lang in chosen:
        k = normalize(text)
        if owners.get(k, {p["id"]}) != {p["id"]} or len(proposed[k]) > 1:
            refused.append(f"{text} ({p['name']}): also "
                           + ", ".join(sorted((owners.get(k, set()) | proposed[k]) - {p['id']})))
            continue
        if k in other_kinds or (k in stop and k not in exempt.get(p["id"], ())):
            continue
        # German genitives stay short: German writes a noun after them
        # ("Putins Krieg"), which the standalone rule would take for a longer
        # name, and without it they would also match words ("Bidens", a
        # plant genus)
        if lang == "de":
            continue
        if p["aliases"].add(text, lang, None, False, standalone=True):
            added[_script(text)] += 1
            people_added.add(p["id"])
    print(f"  standalone surnames: {n_people} prominent people ("
          + ", ".join(f"{v} {k}" for k, v in sorted(reasons.items())) + f"), {len(people_added)} "
          f"with a standalone surname; aliases: {added['latin']} Latin, {added['cyrillic']} "
          f"Cyrillic, {added['other']} Arabic/Persian/Hebrew/Greek", file=sys.stderr)
    for line in sorted(set(refused)):
        print(f"  not standalone: {line}", file=sys.stderr)


# Arabic-speaking countries (their Arabic names are written with the words
# of the language: "عباس", "الشرع") and Israel (Hebrew), whose people get no
# standalone surname in their own script
ARABIC_OR_HEBREW_HOME = {
    "ar": {"Q79", "Q851", "Q878", "Q846", "Q817", "Q842", "Q398", "Q810", "Q822", "Q858", "Q796",
           "Q805", "Q1016", "Q948", "Q262", "Q1028", "Q1049", "Q1045", "Q977", "Q970", "Q1025",
           "Q219060", "Q1050"},
    "fa": {"Q794", "Q889"},
    "he": {"Q801"},
}


# The offices that make a person prominent, one row per case of the README:
# (role, country, until) -> the reason prominence() gives, or None.
KEY = "G20/EU minister, central banker or speaker"
PROMINENCE_EXAMPLES = {
    ("Federal Minister of Defence of Germany", "Q183", ""): KEY,
    ("Minister of Finance of Brazil", "Q155", ""): KEY,
    ("Secretary of State for Defence of the United Kingdom", "Q145", ""): KEY,
    ("Chancellor of the Exchequer", "Q145", ""): KEY,
    ("United States Secretary of the Treasury", "Q30", ""): KEY,
    ("United States Attorney General", "Q30", ""): KEY,
    ("Minister of Public Security of China", "Q148", ""): KEY,
    ("Governor of the Bank of England", "Q145", ""): KEY,
    ("Chair of the Federal Reserve", "Q30", ""): KEY,
    ("Speaker of the House of Commons", "Q145", ""): KEY,
    ("Marshal of the Sejm", "Q36", ""): KEY,
    ("Senate Majority Leader", "Q30", ""): KEY,
    ("Leader of the Opposition of Australia", "Q408", ""): KEY,
    # ended before 2025, outside the G20/EU, deputies, other offices: not
    ("Federal Minister of Finance", "Q183", "2024-11-07"): None,
    ("Minister of Finance of Kenya", "Q114", ""): None,
    ("Speaker of the Knesset", "Q801", ""): None,
    ("Deputy Minister of Finance of Germany", "Q183", ""): None,
    ("United States Senator from Ohio", "Q30", ""): None,
    ("Party president of Sinn Féin", "Q27", ""): None,
    ("Secretary of State for Health and Social Care", "Q145", ""): None,
    # foreign ministers, and what only looks like one
    ("Secretary of State for Foreign, Commonwealth and Development Affairs", "Q145", ""):
        "foreign minister",
    ("United States Secretary of State", "Q30", ""): "foreign minister",
    ("Shadow Foreign Secretary", "Q145", ""): None,
    ("Foreign Secretary of India (the senior diplomat of the Ministry of External Affairs)",
     "Q668", ""): None,
    ("Prime Minister of Japan", "Q17", ""): "head of state or government",
}


def _prominence_of(example: tuple[str, str, str]) -> str | None:
    role, country, until = example
    return prominence({"roles": [{"role": role, "country": country, "since": "", "until": until}]})


if __name__ == "__main__":
    if sys.argv[1:] != ["--self-test"]:
        sys.exit("usage: standalone.py --self-test (the module is used by build_people.py)")
    sys.exit(check_examples(PROMINENCE_EXAMPLES, _prominence_of))
