"""Shared helpers for the gazetteer generators.

Every generator reads inputs from ``../shared/data`` beside the repository root
(or ``$GAZNER_SHARED`` when set) and from ``gazetteers/curated``, and writes
deterministic JSON Lines (sorted by id, stable alias order).
"""
from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from pathlib import Path

GAZ_DIR = Path(__file__).resolve().parent.parent          # repo/gazetteers
REPO_DIR = GAZ_DIR.parent                                  # repo
CURATED = GAZ_DIR / "curated"
SHARED = Path(os.environ.get("GAZNER_SHARED", REPO_DIR.parent / "shared")).resolve()


def shared_path(*parts: str) -> Path:
    """Path under shared/, failing with a clear message if it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        sys.exit(
            f"error: {p} not found. The gazetteer scripts read the shared data "
            f"at ../shared beside the repository root (or $GAZNER_SHARED)."
        )
    return p


_APOS = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u02bb`\u00b4\u2032"), "'")
_DASH = dict.fromkeys([*range(0x2010, 0x2016), 0x2212], "-")
_GONE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_LETTERS = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "ð": "d", "Đ": "D", "Ð": "D",
            "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ı": "i", "æ": "ae", "Æ": "AE",
            "œ": "oe", "Œ": "OE"}
_WS = re.compile(r"\s+")


def _strips_marks_of(c: str) -> bool:
    """Latin, Greek and Cyrillic letters (as in src/normalize/mod.rs)."""
    o = ord(c)
    return ("A" <= c <= "Z" or "a" <= c <= "z" or 0xC0 <= o <= 0x2AF or 0x370 <= o <= 0x52F
            or 0x1C80 <= o <= 0x1C8F or 0x1D00 <= o <= 0x1DBF or 0x1E00 <= o <= 0x1FFF
            or 0x2C60 <= o <= 0x2C7F or 0x2DE0 <= o <= 0x2DFF or 0xA640 <= o <= 0xA69F
            or 0xA720 <= o <= 0xA7FF or 0xAB30 <= o <= 0xAB6F or 0xFB00 <= o <= 0xFB06)


def normalize(s: str) -> str:
    """Python mirror of the Rust normalizer (src/normalize/mod.rs): format
    characters vanish, typographic apostrophes -> ', dashes -> -, NFKD, combining
    marks dropped after Latin/Greek/Cyrillic letters only (Arabic, Hebrew,
    Devanagari... keep theirs), full case folding, a few letters folded
    (ø→o, ł→l, æ→ae, œ→oe, ı→i), whitespace collapsed."""
    s = s.translate(_GONE).translate(_APOS).translate(_DASH)
    out = []
    strips = False
    for c in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(c):
            if strips:
                continue
        else:
            strips = _strips_marks_of(c)
        out.append(_LETTERS.get(c, c))
    s = "".join(out).casefold()
    return _WS.sub(" ", s).strip()


# Arabic harakat and Hebrew points: news text rarely carries them, so an alias
# written with them also gets a form without
_VOWEL_MARKS = re.compile("[\u064b-\u065f\u0670\u0591-\u05c7]")


def tidy(s: str) -> str:
    """Clean a display string: NFC, typographic apostrophe kept as is,
    whitespace collapsed."""
    s = unicodedata.normalize("NFC", s)
    return _WS.sub(" ", s).strip()


def is_cjk(s: str) -> bool:
    """True if the string is written only in Han/Kana/Hangul/Thai (scripts
    where the matcher enforces no word boundary)."""
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return False
    for c in letters:
        n = unicodedata.name(c, "")
        if not (n.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI"))):
            return False
    return True


def default_case(text: str) -> str:
    """The case rule the Rust core infers for an alias with no explicit case."""
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 3:
        return "exact"
    if any(c.isupper() for c in letters):
        return "proper"
    return "insensitive"


def _capitals(text: str) -> int:
    return sum(1 for c in text if c.isupper())


class AliasSet:
    """Ordered aliases of one entity, deduplicated after normalization."""

    def __init__(self) -> None:
        self.items: list[dict] = []
        self.keys: dict[str, dict] = {}

    def add(self, text: str, lang: str | None = None, case: str | None = None,
            short: bool = False, standalone: bool = False) -> bool:
        bare = _VOWEL_MARKS.sub("", text)
        if bare != text:
            self.add(bare, lang, case, short, standalone)
        text = tidy(text)
        if not text:
            return False
        key = normalize(text)
        if not key:
            return False
        k = (key, case or "", short)
        if k in self.keys:
            old = self.keys[k]
            # Of two spellings equal after normalization, keep the one with
            # fewer capitals: the `proper` rule lets a lowercase letter of the
            # alias match a capital in the text, not the reverse ("Guinée
            # équatoriale" also finds "Guinée Équatoriale").
            if (not case and 0 < _capitals(text) < _capitals(old["text"])
                    and any(c.islower() for c in old["text"])
                    and text.lower() == old["text"].lower()):
                old["text"] = text
            # keep the first language seen; drop lang if the alias is shared
            if old.get("lang") and lang and old["lang"] != lang:
                old.setdefault("_langs", {old["lang"]}).add(lang)
            return False
        a = {"text": text}
        if lang:
            a["lang"] = lang
        if case:
            a["case"] = case
        if short:
            a["short"] = True
        if standalone:
            a["standalone"] = True
        self.items.append(a)
        self.keys[k] = a
        return True

    def add_arabic_clitics(self) -> int:
        """Adds the proclitic forms of the Arabic aliases: tagged `ar`, or
        untagged in Arabic script (build/inflect_arabic.py); returns how many
        were new."""
        from inflect_arabic import clitic_forms
        n = 0
        for a in list(self.items):
            if a.get("lang") in ("ar", None) and not a.get("case"):
                for form in clitic_forms(a["text"]):
                    n += self.add(form, "ar", None, bool(a.get("short")),
                                  bool(a.get("standalone")))
        return n

    def remove(self, key: str) -> None:
        self.items = [a for a in self.items if normalize(a["text"]) != key]
        self.keys = {k: v for k, v in self.keys.items() if k[0] != key}

    def to_json(self, name: str) -> list:
        out = []
        for a in self.items:
            if normalize(a["text"]) == normalize(name) and not a.get("short") and not a.get("case"):
                continue  # the name is an alias already
            langs = a.pop("_langs", None)
            if langs:
                a = {k: v for k, v in a.items() if k != "lang"}  # shared by several languages
            if len(a) == 1:
                out.append(a["text"])
            else:
                out.append(a)
        return out


def write_jsonl(path: Path, entities: list[dict]) -> None:
    entities = sorted(entities, key=lambda e: id_sort_key(e["id"]))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for e in entities:
            f.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {path.relative_to(REPO_DIR)}: {len(entities)} entities")


def id_sort_key(i: str):
    m = re.fullmatch(r"Q(\d+)", i)
    return (0, int(m.group(1)), "") if m else (1, 0, i)


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def read_jsonl(path: Path) -> list[dict]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("//"):
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            sys.exit(f"error: {path}:{n}: {e}")
    return out


def check_examples(examples: dict, fn) -> int:
    """Runs `fn` on each key of `examples` and compares with its value,
    printing one line each: the self-tests of the build modules. Returns the
    exit status (1 if any differs)."""
    bad = 0
    for given, expected in examples.items():
        got = fn(given)
        ok = got == expected
        bad += not ok
        print(f"{'ok ' if ok else 'BAD'} {given!r} -> {got}" + ("" if ok else f" (expected {expected})"))
    return 1 if bad else 0
