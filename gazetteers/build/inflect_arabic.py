"""Arabic proclitics: Arabic writes the conjunctions و (and) and ف (so) and
the prepositions ب (in, with) and ل (for, to) as one word with the name that
follows ("والأردن", "بمصر", "لروسيا"), so a name written alone is not found
there. Each Arabic alias gets those three prefixed forms, and ل before the
article ال drops the alif ("للأمم المتحدة"). Only aliases tagged `ar`, or
untagged in Arabic script: Persian and Urdu write these words apart, so
aliases tagged `fa` or `ur` get none.

    python3 gazetteers/build/inflect_arabic.py --self-test
"""
from __future__ import annotations

import sys

from common import check_examples

PREFIXES = ["و", "ب", "ل"]


def clitic_forms(text: str) -> list[str]:
    """The forms of an Arabic alias with a proclitic attached."""
    if not text or not "\u0600" <= text[0] <= "\u06FF":
        return []
    forms = []
    for p in PREFIXES:
        if p == "ل" and text.startswith("ال"):
            forms.append("لل" + text[2:])
        else:
            forms.append(p + text)
    return forms


SELF_TEST = {
    "مصر": ["ومصر", "بمصر", "لمصر"],
    "الأردن": ["والأردن", "بالأردن", "للأردن"],
    "الأمم المتحدة": ["والأمم المتحدة", "بالأمم المتحدة", "للأمم المتحدة"],
    "Egypt": [],
}


def self_test() -> int:
    return check_examples(SELF_TEST, clitic_forms)


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(self_test())
