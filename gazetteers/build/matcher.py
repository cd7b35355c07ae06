"""A simplified reference matcher for checking the gazetteers in Python.

It mimics the Rust core's rules closely enough to find false positives:
normalization (see common.normalize), word boundaries outside Han/Kana/
Hangul/Thai, the exact/proper/insensitive case rules, `standalone` aliases
glued to a capitalized word (simplified: no 64-byte window), `short` aliases
that only count after a full alias of the same entity, the language of the
text (`find(text, lang)`: a tagged alias counts only where the text is in
one of its languages, or where it is not known unless `lang_only`; a
language that no alias is tagged with counts as unknown), leftmost-longest
selection of non-overlapping matches, and `hidden` entities that take part
in it but are not reported, and the CJK word ends (src/rules/cjk.rs,
korean.rs): katakana runs, Korean names of one or two syllables only before
the endings of src/rules/korean_endings.txt, and the CJK lexicon of
gazetteers/cjk-lexicon.txt. Not mirrored: hyphenated compounds and text in
capitals."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import ahocorasick

from common import _APOS, _DASH, GAZ_DIR, default_case, is_cjk, normalize

FILES = ["countries.jsonl", "institutions.jsonl", "people.jsonl", "demonyms.jsonl", "hidden.jsonl"]
WORD = re.compile(r"\w+")
DAYS_AND_MONTHS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                   "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December"}


def fold_keep_case(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.translate({ord(c): "'" for c in _APOS}).translate({ord(c): "-" for c in _DASH})
    return re.sub(r"\s+", " ", s)


def load(gaz_dir: Path = GAZ_DIR):
    """Return a list of (key, entity, alias dict, kind) and the entities."""
    entries = []
    for f in FILES:
        p = gaz_dir / f
        if not p.exists():
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            als = [e["name"]] + e.get("aliases", [])
            for a in als:
                a = {"text": a} if isinstance(a, str) else dict(a)
                a.setdefault("standalone", bool(e.get("standalone")))
                entries.append((normalize(a["text"]), e, a))
    return entries


def langs_of(alias: dict) -> list[str]:
    """An alias's languages: `lang` is one code or a list."""
    lang = alias.get("lang")
    return [lang] if isinstance(lang, str) else list(lang or [])


def normalized_with_map(text: str):
    """Normalize text char by char; return (norm, starts) where norm[i] comes
    from text[starts[i]]."""
    out, starts = [], []
    prev_space = False
    for i, c in enumerate(text):
        n = normalize(c) if not c.isspace() else " "
        if c.isspace():
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        for ch in n:
            out.append(ch)
            starts.append(i)
    return "".join(out), starts


def is_word_char(c: str) -> bool:
    return c.isalnum() or unicodedata.combining(c) != 0 or c == "_"


ROOT = Path(__file__).resolve().parents[2]


def is_katakana_letter(c: str) -> bool:
    o = ord(c)
    return 0x30A1 <= o <= 0x30FA or 0x30FC <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF


def katakana_glued(norm: str, at: int) -> bool:
    """Both sides of norm[at] are katakana letters (voicing marks belong to
    the letter before them)."""
    i = at - 1
    while i >= 0 and norm[i] in "\u3099\u309a":
        i -= 1
    return i >= 0 and at < len(norm) and is_katakana_letter(norm[i]) and is_katakana_letter(norm[at])


def is_hangul(c: str) -> bool:
    o = ord(c)
    return (0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F or 0xA960 <= o <= 0xA97F
            or 0xAC00 <= o <= 0xD7A3 or 0xD7B0 <= o <= 0xD7FF)


def is_han_or_kana(c: str) -> bool:
    o = ord(c)
    return (0x3005 <= o <= 0x3007 or 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0x3400 <= o <= 0x4DBF
            or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF)


def _endings() -> tuple[list[str], list[str]]:
    suffixes, particles = [], []
    for line in (ROOT / "src" / "rules" / "korean_endings.txt").read_text(encoding="utf-8").splitlines():
        kind, _, text = line.partition("\t")
        if kind == "suffix":
            suffixes.append(text)
        elif kind == "particle":
            particles.append(text)
    return suffixes, particles


SUFFIXES, PARTICLES = _endings()


def korean_endings(word: str, used: int = 0) -> bool:
    """At most two suffixes, then at most one particle, not empty."""
    if word and word in PARTICLES:
        return True
    return used < 2 and any(word.startswith(x) and (word == x or korean_endings(word[len(x):], used + 1))
                            for x in SUFFIXES)


def korean_short_name_ends(key: str, rest: str) -> bool:
    """Whether the Hangul name `key` (normalized) may end before `rest`
    inside its word: names of three syllables or more, always; shorter ones
    before endings that end the word."""
    syllables = sum(1 for c in unicodedata.normalize("NFC", key) if 0xAC00 <= ord(c) <= 0xD7A3
                    or 0x1100 <= ord(c) <= 0x115F)
    if syllables > 2:
        return True
    composed = unicodedata.normalize("NFC", rest)
    n = 0
    while n < len(composed) and 0xAC00 <= ord(composed[n]) <= 0xD7A3:
        n += 1
    if n < len(composed) and is_word_char(composed[n]):
        return False
    return korean_endings(composed[:n])


def lexicon_words() -> list[str]:
    path = GAZ_DIR / "cjk-lexicon.txt"
    if not path.exists():
        return []
    return [normalize(w) for w in path.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#")]


class Matcher:
    def __init__(self, entries):
        self.auto = ahocorasick.Automaton()
        by_key: dict[str, list] = {}
        for key, e, a in entries:
            by_key.setdefault(key, []).append((e, a))
        for key, lst in by_key.items():
            self.auto.add_word(key, (key, lst))
        self.auto.make_automaton()
        self.tagged = {lang for _, _, a in entries for lang in langs_of(a)}
        self.lexicon = None
        words = lexicon_words()
        if words:
            self.lexicon = ahocorasick.Automaton()
            for w in words:
                self.lexicon.add_word(w, len(w))
            self.lexicon.make_automaton()

    def language_ok(self, alias: dict, lang: str | None) -> bool:
        """The language rule (README, "Language of the text")."""
        langs = langs_of(alias)
        if lang not in self.tagged:
            lang = None
        if not langs:
            return True
        if lang is None:
            return not alias.get("lang_only")
        return lang in langs

    def case_ok(self, alias: dict, original: str) -> bool:
        case = alias.get("case") or default_case(alias["text"])
        if case == "insensitive":
            return True
        a, t = fold_keep_case(alias["text"]), fold_keep_case(original)
        if case == "exact":
            return a == t
        aw, tw = WORD.findall(a), WORD.findall(t)
        if len(aw) != len(tw):
            return True
        return all(not x[0].isupper() or y[0].isupper() for x, y in zip(aw, tw))

    def find_all(self, text: str, lang: str | None = None):
        """Every candidate match (start, end in chars, key, entity, alias) in
        text in the language `lang` (None: unknown)."""
        norm, starts = normalized_with_map(text)
        res = []
        words = [(end - n + 1, end + 1) for end, n in self.lexicon.iter(norm)] if self.lexicon else []
        for end_idx, (key, lst) in self.auto.iter(norm):
            s = end_idx - len(key) + 1
            e = end_idx + 1
            left_cjk, right_cjk = is_cjk(key[0]), is_cjk(key[-1])
            if s > 0 and not left_cjk and is_word_char(norm[s - 1]) and is_word_char(key[0]):
                continue
            if e < len(norm) and not right_cjk and is_word_char(norm[e]) and is_word_char(key[-1]):
                continue
            # CJK word ends: katakana runs, short Korean names, the lexicon.
            if katakana_glued(norm, s) or katakana_glued(norm, e):
                continue
            if is_hangul(key[0]) and s > 0 and (is_hangul(norm[s - 1]) or (is_word_char(norm[s - 1])
                                                                          and not is_cjk(norm[s - 1]))):
                continue
            if (is_hangul(key[-1]) and e < len(norm) and is_hangul(norm[e])
                    and not korean_short_name_ends(key, norm[e:])):
                continue
            if ((is_han_or_kana(key[0]) or is_han_or_kana(key[-1]))
                    and any(ws <= s and we >= e and we - ws > e - s for ws, we in words)):
                continue
            o_s = starts[s]
            o_e = starts[e] if e < len(starts) else len(text)
            orig = text[o_s:o_e]
            for ent, alias in lst:
                if self.case_ok(alias, orig) and self.language_ok(alias, lang):
                    res.append((o_s, o_e, key, ent, alias))
        return res

    @staticmethod
    def glued(text: str, s: int, e: int, starts: set, ends: set) -> bool:
        """A standalone alias at text[s:e] glued to a capitalized word (the
        README's "Standalone names"), without the 64-byte window."""
        def capitalized(w: str) -> bool:
            return bool(w) and w[0].isupper() and any(c.islower() for c in w)

        left = False
        if s >= 2 and text[s - 1] in " \u00a0" and is_word_char(text[s - 2]):
            ws = s - 1
            while ws > 0 and is_word_char(text[ws - 1]):
                ws -= 1
            word = text[ws:s - 1]
            prev = text[:ws].rstrip(" \t\u00a0")[-1:]
            mid = bool(prev) and (is_word_char(prev) or prev in ",'\u2019")
            left = capitalized(word) and mid and word not in DAYS_AND_MONTHS and (s - 1) not in ends
        m = re.match(r"[ \u00a0](\w+)", text[e:])
        right = False
        if m and capitalized(m.group(1)) and (e + 1) not in starts:
            nxt = re.match(r"[ \u00a0](\w+)", text[e + 1 + len(m.group(1)):])
            right = not (nxt and capitalized(nxt.group(1)))
        if not (left or right):
            return False
        line_before = text[:s].rsplit("\n", 1)[-1][-64:]
        line_after = text[e:].split("\n", 1)[0][:64]
        long_words = [w for w in WORD.findall(line_before + " " + line_after) if sum(c.isalpha() for c in w) >= 4]
        title = all(not w[0].islower() for w in long_words) and sum(capitalized(w) for w in long_words) >= 3
        return not title

    def find(self, text: str, lang: str | None = None):
        """Leftmost-longest non-overlapping matches, `short` aliases only after
        a full alias of the same entity, in text in `lang` (None: unknown)."""
        cands = self.find_all(text, lang)
        starts = {c[0] for c in cands}
        ends = {c[1] for c in cands}
        cands = [c for c in cands if not (c[4].get("standalone") and self.glued(text, c[0], c[1], starts, ends))]
        cands = sorted(cands, key=lambda m: (m[0], -(m[1] - m[0])))
        out, seen, pos = [], set(), 0
        i = 0
        while i < len(cands):
            s, e, key, ent, alias = cands[i]
            if s < pos:
                i += 1
                continue
            # all candidates with the same span: prefer non-short / seen entities
            group = [c for c in cands if c[0] == s and c[1] == e]
            ok = [c for c in group if not c[4].get("short") or c[3]["id"] in seen]
            if not ok:
                i += 1
                continue
            visible = [c for c in ok if not c[3].get("hidden")]
            if visible:
                out.append(visible[0])
            for c in visible:
                if not c[4].get("short"):
                    seen.add(c[3]["id"])
            pos = e
            i += 1
        return out
