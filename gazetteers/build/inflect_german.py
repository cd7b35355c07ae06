"""German case forms of institution names, so that "der Europäischen Union",
"des Bundestages" and "dem Internationalen Währungsfonds" are found.

German declines the adjectives of a name after an article (weak endings:
-e, -en) and adds -s or -es to masculine and neuter nouns in the genitive.
The nominative alias tells the gender when it starts with an adjective in
the strong form (Europäischer Rat: -er, masculine; Europäische Union: -e,
feminine; Europäisches Parlament: -es, neuter). A name without an adjective
gets genitives only when its last noun ends in a masculine or neuter
element listed below (Bundestag, Sicherheitsrat, Außenministerium).
Only regular forms are made; a wrong one matches nothing.

    python3 gazetteers/build/inflect_german.py --self-test
"""
from __future__ import annotations

import re
import sys

from common import check_examples

# Endings of masculine and neuter nouns that institution names end with,
# and the genitive endings they take (the first is the common one).
GENITIVE = {
    "rat": ["es", "s"], "tag": ["es", "s"], "hof": ["es", "s"], "amt": ["es", "s"],
    "gericht": ["s", "es"], "parlament": ["s", "es"], "ministerium": ["s"],
    "komitee": ["s"], "kommando": ["s"], "institut": ["s", "es"], "büro": ["s"],
    "sekretariat": ["s", "es"], "kabinett": ["s", "es"], "präsidium": ["s"],
    "kreml": ["s"], "bund": ["es", "s"], "fonds": [""], "ausschuss": ["es"],
    "dienst": ["es", "s"], "zentrum": ["s"], "programm": ["s", "es"],
    "gremium": ["s"], "forum": ["s"], "konsortium": ["s"],
}
# An adjective in the strong form: a capitalized stem with an adjective or
# participle ending (europäisch, international, föderal, vereint), then -e,
# -er or -es.
ADJECTIVE = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]+(?:isch|al|ig|lich|ell|iv|ar|är|t))(e|er|es)$")
GERMAN_HINT = re.compile(r"[äöüß]|isch(?:e|er|es)\b")


def is_german(text: str, lang: str | None) -> bool:
    """German aliases: tagged `de`, or untagged with German letters or
    adjective endings."""
    return lang == "de" or (lang is None and bool(GERMAN_HINT.search(text)))


def genitives(noun: str) -> list[str]:
    """Genitive forms of a masculine or neuter noun with a known ending
    ("Bundestag" -> "Bundestages", "Bundestags"), else none."""
    lower = noun.lower()
    for ending, suffixes in GENITIVE.items():
        if lower.endswith(ending):
            return [noun + s for s in suffixes if s]
    return []


def institution_forms(text: str) -> list[str]:
    """The other case forms of a German institution name."""
    words = text.split(" ")
    adjectives = 0
    gender = None
    while adjectives < len(words) - 1:
        m = ADJECTIVE.match(words[adjectives])
        if not m:
            break
        ending = {"er": "m", "e": "f", "es": "n"}[m.group(2)]
        if gender and ending != gender:
            return []
        gender = ending
        adjectives += 1
    head = adjectives  # the noun the adjectives agree with
    if head >= len(words) or not words[head][:1].isupper():
        return []
    rest = words[head + 1:]
    forms: list[str] = []
    if adjectives:
        stems = [ADJECTIVE.match(w).group(1) for w in words[:adjectives]]
        weak_e = " ".join(s + "e" for s in stems)
        weak_en = " ".join(s + "en" for s in stems)
        noun = words[head]
        forms.append(" ".join([weak_en, noun] + rest))  # gen./dat. (fem.), dat. (all)
        if gender in ("m", "n"):
            forms.append(" ".join([weak_e, noun] + rest))  # der Europäische Rat
            fallback = [] if noun.endswith("s") else [noun + ("es" if noun[-1] in "zßx" else "s")]
            for gen in genitives(noun) or fallback:
                forms.append(" ".join([weak_en, gen] + rest))
    elif not rest:
        forms.extend(genitives(words[head]) if len(words) == 1 else
                     [" ".join(words[:-1] + [g]) for g in genitives(words[-1])])
    return [f for f in dict.fromkeys(forms) if f != text]


SELF_TEST = {
    "Europäische Union": ["Europäischen Union"],
    "Europäischer Rat": ["Europäischen Rat", "Europäische Rat", "Europäischen Rates", "Europäischen Rats"],
    "Europäisches Parlament": ["Europäischen Parlament", "Europäische Parlament",
                               "Europäischen Parlaments", "Europäischen Parlamentes"],
    "Internationaler Währungsfonds": ["Internationalen Währungsfonds", "Internationale Währungsfonds"],
    "Internationales Komitee vom Roten Kreuz": [
        "Internationalen Komitee vom Roten Kreuz", "Internationale Komitee vom Roten Kreuz",
        "Internationalen Komitees vom Roten Kreuz"],
    "Europäische Zentralbank": ["Europäischen Zentralbank"],
    "Bundestag": ["Bundestages", "Bundestags"],
    "UN-Sicherheitsrat": ["UN-Sicherheitsrates", "UN-Sicherheitsrats"],
    "Auswärtiges Amt": ["Auswärtigen Amt", "Auswärtige Amt", "Auswärtigen Amtes", "Auswärtigen Amts"],
    "Kreml": ["Kremls"],
    "Weltbank": [],
    "Vereinte Nationen": ["Vereinten Nationen"],
    "Rotes Kreuz": ["Roten Kreuz", "Rote Kreuz", "Roten Kreuzes"],
    "NATO": [],
}


def self_test() -> int:
    return check_examples(SELF_TEST, institution_forms)


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(self_test())
    for line in sys.stdin:
        print(line.strip(), "->", institution_forms(line.strip()))
