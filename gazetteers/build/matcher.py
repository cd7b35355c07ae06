"""A simplified reference matcher for checking the gazetteers in Python.

It mimics the Rust core's rules closely enough to find false positives:
normalization (see common.normalize), word boundaries outside Han/Kana/
Hangul/Thai, the exact/proper/insensitive case rules, `short` aliases that
only count after a full alias of the same entity, and leftmost-longest
selection of non-overlapping matches."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import ahocorasick

from common import _APOS, _DASH, GAZ_DIR, default_case, is_cjk, normalize

FILES = ["countries.jsonl", "institutions.jsonl", "people.jsonl", "demonyms.jsonl"]
WORD = re.compile(r"\w+")


def fold_keep_case(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.translate(_APOS).translate(_DASH))


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
                a = {"text": a} if isinstance(a, str) else a
                entries.append((normalize(a["text"]), e, a))
    return entries


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


class Matcher:
    def __init__(self, entries):
        self.auto = ahocorasick.Automaton()
        by_key: dict[str, list] = {}
        for key, e, a in entries:
            by_key.setdefault(key, []).append((e, a))
        for key, lst in by_key.items():
            self.auto.add_word(key, (key, lst))
        self.auto.make_automaton()

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

    def find_all(self, text: str):
        """Every candidate match (start, end in chars, key, entity, alias)."""
        norm, starts = normalized_with_map(text)
        res = []
        for end_idx, (key, lst) in self.auto.iter(norm):
            s = end_idx - len(key) + 1
            e = end_idx + 1
            left_cjk, right_cjk = is_cjk(key[0]), is_cjk(key[-1])
            if s > 0 and not left_cjk and is_word_char(norm[s - 1]) and is_word_char(key[0]):
                continue
            if e < len(norm) and not right_cjk and is_word_char(norm[e]) and is_word_char(key[-1]):
                continue
            o_s = starts[s]
            o_e = starts[e] if e < len(starts) else len(text)
            orig = text[o_s:o_e]
            for ent, alias in lst:
                if self.case_ok(alias, orig):
                    res.append((o_s, o_e, key, ent, alias))
        return res

    def find(self, text: str):
        """Leftmost-longest non-overlapping matches, `short` aliases only after
        a full alias of the same entity."""
        cands = sorted(self.find_all(text), key=lambda m: (m[0], -(m[1] - m[0])))
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
            chosen = ok[0]
            out.append(chosen)
            for c in ok:
                if not c[4].get("short"):
                    seen.add(c[3]["id"])
            pos = e
            i += 1
        return out
