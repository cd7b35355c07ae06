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


# The normalizer: a mirror of src/normalize/mod.rs, character by character, so
# that the keys the build scripts compare are the patterns the Rust automaton
# holds. tests/data/normalization-spec.tsv pins both down:
# `python3 gazetteers/build/check_normalization.py` checks this one against it.

_APOS = {"\u2019", "\u2018", "\u02bc", "\u02bb", "`", "\u00b4", "\u2032"}
_DASH = {*map(chr, range(0x2010, 0x2016)), "\u2212"}
_GONE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
_LETTERS = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "ð": "d", "Đ": "D", "Ð": "D",
            "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ı": "i", "æ": "ae", "Æ": "AE",
            "œ": "oe", "Œ": "OE"}
# Unicode White_Space, as Rust's char::is_whitespace (Python's isspace adds U+001C-U+001F).
_WHITE_SPACE = {*map(chr, range(0x9, 0xE)), " ", "\x85", "\xa0", "\u1680",
                *map(chr, range(0x2000, 0x200B)), "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"}
_WS = re.compile(r"\s+")


def _strips_marks_of(c: str) -> bool:
    """Latin, Greek and Cyrillic letters (as in src/normalize/mod.rs)."""
    o = ord(c)
    return ("A" <= c <= "Z" or "a" <= c <= "z" or 0xC0 <= o <= 0x2AF or 0x370 <= o <= 0x52F
            or 0x1C80 <= o <= 0x1C8F or 0x1D00 <= o <= 0x1DBF or 0x1E00 <= o <= 0x1FFF
            or 0x2C60 <= o <= 0x2C7F or 0x2DE0 <= o <= 0x2DFF or 0xA640 <= o <= 0xA69F
            or 0xA720 <= o <= 0xA7FF or 0xAB30 <= o <= 0xAB6F or 0xFB00 <= o <= 0xFB06)


def _is_mark(c: str) -> bool:
    """General category Mark (Mn, Mc, Me), as unicode-normalization's is_combining_mark."""
    return unicodedata.category(c)[0] == "M"


def _punctuation(c: str) -> str | None:
    if c in _APOS:
        return "'"
    if c in _DASH:
        return "-"
    return None


def _line_breaks(c: str, after_cr: bool) -> tuple[int, bool]:
    """Line breaks a white-space character adds to its run, and whether it is a CR."""
    if c == "\r":
        return 1, True
    if c == "\n":
        return (0 if after_cr else 1), False
    if c in "\x0b\x0c\x85\u2028":
        return 1, False
    if c == "\u2029":
        return 2, False
    return 0, False


def normalize_text(s: str) -> str:
    """What gazner::normalize gives: per character, white space (a run becomes
    one space, a run with two line breaks or more a line break), format
    characters vanish, typographic apostrophes -> ', hyphens and dashes -> -,
    then NFKD, combining marks dropped after Latin/Greek/Cyrillic letters only
    (Arabic, Hebrew, Devanagari... keep theirs), full case folding, a few
    letters folded (ø→o, ł→l, æ→ae, œ→oe, ı→i)."""
    out: list[str] = []
    strips: bool | None = None       # the base's script drops marks; None: no base
    breaks: int | None = None        # line breaks of the pending white-space run
    after_cr = False
    for c in s:
        if c in _WHITE_SPACE:
            n, after_cr = _line_breaks(c, after_cr)
            breaks = (breaks or 0) + n
            strips = None
            continue
        if breaks is not None:
            out.append("\n" if breaks >= 2 else " ")
            breaks, after_cr = None, False
        if c in _GONE:
            strips = None
            continue
        if strips and _is_mark(c):
            continue
        p = _punctuation(c)
        if p is not None:
            out.append(p)
            strips = False
            continue
        parts = unicodedata.normalize("NFKD", c)
        if len(parts) > 1 and parts[0] == " ":
            out.append(c)                # a spacing accent, kept whole
            strips = False
            continue
        cur = bool(strips)
        for d in parts:
            if _is_mark(d):
                if not cur:
                    out.append(d)
                continue
            cur = _strips_marks_of(d)
            p = _punctuation(d)
            if p is not None:
                out.append(p)
                continue
            for f in d.casefold():
                if not (_is_mark(f) and cur):
                    out.append(_LETTERS.get(f, f))
        strips = cur
    if breaks is not None:
        out.append("\n" if breaks >= 2 else " ")
    return "".join(out)


def normalize(s: str) -> str:
    """An alias as the Rust automaton holds it: normalize_text, trimmed of spaces."""
    return normalize_text(s).strip(" ")


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
            short: bool = False, standalone: bool = False, lang_only: bool = False) -> bool:
        """Adds a spelling; `lang` is the language of the source that gives
        it (None: any language). A spelling given by several sources keeps
        every language (`lang` becomes a list in the JSON); one given without
        a language counts everywhere and keeps none. `lang_only`: the
        spelling is a word in other languages, so it counts only in text
        known to be in one of its languages (README, "Language of the
        text"); it stays so only while every source of it says so."""
        bare = _VOWEL_MARKS.sub("", text)
        if bare != text:
            self.add(bare, lang, case, short, standalone, lang_only)
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
            # every language of the spelling; none if one source gives none
            if not lang_only:
                old.pop("lang_only", None)
            if old.get("_any"):
                pass
            elif not lang and not old.get("lang_only"):
                old["_any"] = True
            elif lang and old.get("lang") and old["lang"] != lang:
                old.setdefault("_langs", {old["lang"]}).add(lang)
            elif lang and not old.get("lang"):
                old["lang"] = lang
            return False
        a = {"text": text}
        if lang:
            a["lang"] = lang
        else:
            a["_any"] = True
        if case:
            a["case"] = case
        if short:
            a["short"] = True
        if standalone:
            a["standalone"] = True
        if lang_only and lang:
            a["lang_only"] = True
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

    def to_json(self, name: str, untag_phrases: bool = False) -> list:
        """The aliases as the format writes them. `untag_phrases`: aliases of
        several words lose their languages, so they count in text of any
        language: for people's full names, which other languages write the
        same way ("Antony J. Blinken" is tagged English by its source and
        written so in Spanish news) and which are no word anywhere."""
        out = []
        for a in self.items:
            if normalize(a["text"]) == normalize(name) and not a.get("short") and not a.get("case"):
                continue  # the name is an alias already
            langs, any_lang = a.get("_langs"), a.get("_any")
            a = {k: v for k, v in a.items() if not k.startswith("_")}
            if any_lang or (untag_phrases and " " in a["text"].strip()):
                a.pop("lang", None)  # given by a source without a language
                a.pop("lang_only", None)
            elif langs:
                a["lang"] = sorted(langs)  # shared by several languages
            if a.get("lang_only"):  # after lang, as the format lists it
                a["lang_only"] = a.pop("lang_only")
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
