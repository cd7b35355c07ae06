"""Arabic proclitics: Arabic writes the conjunctions و (and) and ف (so) and
the prepositions ب (in, with), ل (for, to) and ك (like) as one word with the
name that follows ("والأردن", "بمصر", "لروسيا"). Where the name stays intact
after the proclitic, the engine finds it on its own and leaves the proclitic
outside the span (`src/rules/arabic.rs`), so no form is generated. The one
form generated is ل before the article ال, which drops the alif
("للأمم المتحدة"): the name is no longer intact there. Only aliases tagged
`ar`, or untagged in Arabic script: Persian and Urdu write these words
apart, so aliases tagged `fa` or `ur` get none.

    python3 gazetteers/build/inflect_arabic.py --self-test
"""
from __future__ import annotations

import sys

from common import check_examples



def clitic_forms(text: str) -> list[str]:
    """The forms of an Arabic alias with a proclitic attached."""
    if not text or not "\u0600" <= text[0] <= "\u06FF":
        return []
    if text.startswith("ال"):
        return ["لل" + text[2:]]
    return []


SELF_TEST = {
    "مصر": [],
    "الأردن": ["للأردن"],
    "الأمم المتحدة": ["للأمم المتحدة"],
    "Egypt": [],
}


def self_test() -> int:
    return check_examples(SELF_TEST, clitic_forms)


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(self_test())
