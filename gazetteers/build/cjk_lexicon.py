"""CJK word ends for issue #12: a lexicon of the dictionary words that contain
a default name, and a measurement of what it (or a segmenter) does to the
two-character names on real Chinese and Japanese text.

A two-character name (捷克, 巴林, 韓国) is safe only where it stands as a
word; in scripts without spaces the engine cannot tell that. The lexicon
lists, for each name, the longer dictionary words that contain it
(巴林左旗, 马里奥, 内蒙古), so a match inside one of them can be dropped
without a segmenter in the engine.

Sources (pinned, in a venv of their own: the build's requirements stay):

    python3 -m venv target/cjk-venv
    target/cjk-venv/bin/pip install jieba==0.42.1 janome==0.5.1
    target/cjk-venv/bin/python gazetteers/build/cjk_lexicon.py lexicon
    target/cjk-venv/bin/python gazetteers/build/cjk_lexicon.py measure
    target/cjk-venv/bin/python gazetteers/build/cjk_lexicon.py write

`engine target/release/examples/extract` scores the engine itself on the
texts (every short CJK mention it reports, against the hand labels).

`write` writes gazetteers/cjk-lexicon.txt, the lexicon the crate embeds
(feature `cjk-lexicon`): the filtered Chinese words, one a line,
without the words of katakana names (the engine's katakana-run rule needs no
words) and without words over 64 bytes (the rule reads no further). Run it
after build_all.py: it reads the CJK names of the generated gazetteers.

- Chinese: jieba 0.42.1's dict.txt (MIT licence), 349,046 words.
- Japanese: the IPADIC that janome 0.5.1 ships (janome: Apache-2.0;
  mecab-ipadic: its own BSD-style licence, reproduced in janome's NOTICE).

`lexicon` writes target/cjk-lexicon/{zh,ja}.tsv (name, word; filtered, see
`lexicon`) and {zh,ja}-raw.tsv (every containing word) and prints their size. `measure` finds every two-character name in the texts of
benches/tools/langid/data/cjk/ and scores, against the hand labels of
labels.tsv there, four rules: no boundary rule (every occurrence counts), the
raw and the filtered lexicon, and a segmenter (jieba / janome token boundaries), plus, for
katakana names, the katakana-run rule (the name is a whole katakana run).
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GAZ = ROOT / "gazetteers"
CLDR = ROOT / "tests" / "data" / "cldr" / "country-names.tsv"
DATA = ROOT / "benches" / "tools" / "langid" / "data" / "cjk"
OUT = ROOT / "target" / "cjk-lexicon"

TEXTS = {"zh": ["zh-voa.txt"], "ja": ["ja-usembassy.txt", "ja-wikinews.txt"]}


def script(c: str) -> str:
    if c in "・･":  # the katakana middle dot separates words
        return "other"
    n = unicodedata.name(c, "")
    if n.startswith("CJK"):
        return "han"
    if n.startswith("KATAKANA") or c == "ー":
        return "kana"
    if n.startswith("HIRAGANA"):
        return "hira"
    return "other"


def cjk_only(s: str) -> bool:
    return bool(s) and all(script(c) in ("han", "kana", "hira") for c in s)


def default_names(lang: str) -> dict[str, str]:
    """CJK names of the defaults (countries and people, any language tag,
    the short ones the build drops included, from the CLDR 42 fixture),
    name -> entity id."""
    names: dict[str, str] = {}
    for file in ("countries.jsonl", "people.jsonl"):
        for line in (GAZ / file).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            e = json.loads(line)
            texts = [e["name"]] + [a if isinstance(a, str) else a["text"] for a in e.get("aliases", [])]
            for t in texts:
                if cjk_only(t):
                    names.setdefault(t, e["id"])
    for line in CLDR.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        l, _, qid, name = line.split("\t")
        if l == lang and cjk_only(name):
            names.setdefault(name, qid)
    return names


def zh_words() -> dict[str, str]:
    """jieba's dictionary: word -> part of speech."""
    import jieba
    path = Path(jieba.__file__).parent / "dict.txt"
    words = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if parts and parts[0]:
            words[parts[0]] = parts[2] if len(parts) > 2 else ""
    return words


def ja_words() -> dict[str, str]:
    """janome's IPADIC: surface -> part of speech."""
    from janome import sysdic
    words = {}
    for entry in sysdic.entries().values():
        words.setdefault(entry[0], entry[4])
    return words


# A longer word made of the name and one of these is still a mention of the
# name's entity (香港人, 捷克语, 巴林队, 日本国): not a blocker.
MENTION_SUFFIXES = ("人", "语", "語", "队", "隊", "族", "国", "國", "共和国", "共和國", "王国", "王國")


def lexicon(lang: str, filtered: bool = True) -> tuple[dict[str, list[str]], int, int]:
    """name -> the longer dictionary words containing it; and the
    dictionary's size and the number of names.

    Filtered (the default), a word is left out where it is itself a mention
    of the name's entity: a default name (it wins by length already), an
    organisation named after the name (jieba's `nt`: 中国外交部, 南非政府),
    or the name with a suffix of MENTION_SUFFIXES."""
    names = default_names(lang)
    words = zh_words() if lang == "zh" else ja_words()
    by_name: dict[str, list[str]] = {n: [] for n in names}
    # Index names by first character for a fast containment scan.
    first: dict[str, list[str]] = {}
    for n in names:
        first.setdefault(n[0], []).append(n)
    for w, pos in words.items():
        if len(w) < 3:
            continue
        for i, c in enumerate(w):
            for n in first.get(c, ()):
                if len(n) < len(w) and w.startswith(n, i):
                    if filtered and (w in names
                                     or (pos.startswith("nt") and w.startswith(n))
                                     or w in (n + s for s in MENTION_SUFFIXES)):
                        continue
                    by_name[n].append(w)
    return {n: sorted(set(ws)) for n, ws in by_name.items()}, len(words), len(names)


def cmd_lexicon() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for lang, filtered in (("zh", False), ("zh", True), ("ja", False), ("ja", True)):
        lex, dict_size, n_names = lexicon(lang, filtered)
        rows = [f"{n}\t{w}" for n, ws in sorted(lex.items()) for w in ws]
        path = OUT / f"{lang}{'' if filtered else '-raw'}.tsv"
        path.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
        two = [n for n in lex if len(n) == 2]
        covered = [n for n in two if lex[n]]
        words_only = {w for ws in lex.values() for w in ws}
        print(f"{lang}{'' if filtered else ' raw'}: dictionary {dict_size} words; {n_names} default names "
              f"({len(two)} of two characters); lexicon {len(rows)} (name, word) rows, "
              f"{len(words_only)} distinct words, {path.stat().st_size} bytes "
              f"({sum(len(w.encode()) for w in words_only)} bytes of words); "
              f"two-character names with at least one longer word: {len(covered)}/{len(two)}")
        top = sorted(two, key=lambda n: -len(lex[n]))[:12]
        print("  most covered: " + ", ".join(f"{n} {len(lex[n])}" for n in top))


def occurrences(lang: str, text: str, names: dict[str, str]):
    """(start, name) of every two-character name in the text."""
    two = [n for n in names if len(n) == 2]
    for i in range(len(text) - 1):
        if text[i:i + 2] in two:
            yield i, text[i:i + 2]


def segment_bounds(lang: str, text: str) -> set[int]:
    if lang == "zh":
        import jieba
        jieba.setLogLevel(60)
        tokens = list(jieba.cut(text, HMM=True))
    else:
        from janome.tokenizer import Tokenizer
        tokens = [t.surface for t in Tokenizer().tokenize(text)]
    bounds, pos = {0}, 0
    for t in tokens:
        pos += len(t)
        bounds.add(pos)
    return bounds


def covered_by_lexicon(text: str, start: int, name: str, words: list[str]) -> str | None:
    for w in words:
        at = w.find(name)
        while at >= 0:
            if text.startswith(w, start - at) and start - at >= 0:
                return w
            at = w.find(name, at + 1)
    return None


def katakana_run(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return script(before) != "kana" and script(after) != "kana"


def cmd_measure() -> None:
    labels: dict[tuple[str, str, int], bool] = {}
    label_file = DATA / "labels.tsv"
    if label_file.exists():
        for line in label_file.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            file, start, name, real = line.split("\t")[:4]
            labels[(file, name, int(start))] = real == "y"
    missing = []
    for lang, files in TEXTS.items():
        lex, _, _ = lexicon(lang)
        raw, _, _ = lexicon(lang, filtered=False)
        names = default_names(lang)
        rules = ["none", "lexicon-raw", "lexicon", "segmenter"] + (["kana-run"] if lang == "ja" else [])
        kept = {r: [0, 0] for r in rules}  # rule -> [real kept, false kept]
        total_real = total = 0
        for file in files:
            text = (DATA / file).read_text(encoding="utf-8")
            bounds = segment_bounds(lang, text)
            for start, name in occurrences(lang, text, names):
                key = (file, name, start)
                ctx = text[max(0, start - 6):start + 8].replace("\n", " ")
                if key not in labels:
                    missing.append(f"{file}\t{start}\t{name}\t?\t{ctx}")
                    continue
                real = labels[key]
                total += 1
                total_real += real
                word = covered_by_lexicon(text, start, name, lex.get(name, []))
                seg = start in bounds and start + 2 in bounds
                raw_word = covered_by_lexicon(text, start, name, raw.get(name, []))
                decisions = {"none": True, "lexicon-raw": raw_word is None,
                             "lexicon": word is None, "segmenter": seg}
                if lang == "ja":
                    is_kana = all(script(c) == "kana" for c in name)
                    decisions["kana-run"] = katakana_run(text, start, start + 2) if is_kana else word is None
                for r in rules:
                    if decisions[r]:
                        kept[r][0 if real else 1] += 1
                print(f"{lang}\t{name}\t{'real' if real else 'not '}\tlexicon:{word or '-'}\t"
                      f"segmenter:{'word' if seg else 'split'}\t{ctx}")
        print(f"\n{lang}: {total} occurrences of two-character names, {total_real} real mentions")
        print("rule\tkept real\tkept false\tprecision\trecall")
        for r in rules:
            tp, fp = kept[r]
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / total_real if total_real else 0.0
            print(f"{r}\t{tp}\t{fp}\t{100 * prec:.1f}%\t{100 * rec:.1f}%")
        print()
    if missing:
        print(f"{len(missing)} occurrences have no label in {label_file} "
              "(file, start, name, y/n, context):", file=sys.stderr)
        for m in missing:
            print(m, file=sys.stderr)


def cmd_engine(extract: str) -> None:
    """Scores the engine itself on the texts: every mention of a short CJK
    name (two characters or fewer, Han, kana or Hangul) that `extract`
    (the default gazetteers) reports is looked up in labels.tsv; a mention
    with no label is printed for a hand judgement. Recall: the labelled
    real mentions the engine reports."""
    import subprocess
    labels: dict[tuple[str, int, str], bool] = {}
    for line in (DATA / "labels.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        file, start, name, real = line.split("\t")[:4]
        labels[(file, int(start), name)] = real == "y"
    for lang, files in TEXTS.items():
        tp = fp = 0
        unlabelled = []
        found = set()
        for file in files:
            out = subprocess.run([extract, "--quiet", str(DATA / file)], capture_output=True, text=True,
                                 check=True).stdout
            text = (DATA / file).read_text(encoding="utf-8")
            for line in out.splitlines():
                m = json.loads(line)
                t = m["text"]
                if len(t) > 2 or not all(script(c) in ("han", "kana", "hira") or "HANGUL" in unicodedata.name(c, "")
                                         for c in t):
                    continue
                key = (file, m["char_start"], t)
                found.add(key)
                ctx = text[max(0, m["char_start"] - 6):m["char_end"] + 6].replace("\n", " ")
                if key not in labels:
                    unlabelled.append(f"{file}\t{m['char_start']}\t{t}\t{m['id']}\t{ctx}")
                elif labels[key]:
                    tp += 1
                else:
                    fp += 1
                    print(f"{lang}\tfalse\t{t}\t{m['id']}\t{ctx}")
        real = [k for k, v in labels.items() if v and k[0] in files]
        missed = [k for k in real if k not in found]
        for k in missed:
            print(f"{lang}\tmissed\t{k[2]}\t{k[0]}:{k[1]}")
        for u in unlabelled:
            print(f"{lang}\tunlabelled\t{u}")
        print(f"{lang}: {tp + fp} labelled short mentions reported, {tp} real, {fp} false "
              f"(precision {100 * tp / max(1, tp + fp):.1f}%); recall {tp}/{len(real)}; "
              f"{len(unlabelled)} unlabelled")


# The longest word the engine's rule reads (src/rules/cjk.rs, MAX_WORD_BYTES).
MAX_WORD_BYTES = 64
LEXICON_FILE = GAZ / "cjk-lexicon.txt"


def is_katakana_name(name: str) -> bool:
    return all(script(c) == "kana" for c in name)


def cmd_write() -> None:
    import time
    t0 = time.process_time()
    words: set[str] = set()
    counts = {}
    # Chinese only: jieba's dictionary is MIT. The Japanese words (IPADIC,
    # whose licence asks for its full notice in every copy) are measured by
    # `lexicon` and `measure` but not shipped: the Japanese sample showed no
    # false positive for them to remove (benches/tools/langid/CJK.md).
    for lang in ("zh",):
        lex, dict_size, n_names = lexicon(lang)
        mine = {w for n, ws in lex.items() if not is_katakana_name(n) for w in ws
                if len(w.encode()) <= MAX_WORD_BYTES}
        counts[lang] = (len(mine), dict_size, n_names)
        words |= mine
    import jieba
    header = [
        "# CJK lexicon of gazner (generated by gazetteers/build/cjk_lexicon.py write; do not edit).",
        "# Longer Chinese words that contain a default name (countries and people, and the CLDR",
        "# names of tests/data/cldr): a Han name inside one of them does not count there.",
        f"# Source: jieba {jieba.__version__} dict.txt, MIT licence (gazetteers/licenses/jieba-MIT.txt):",
        f"# {counts['zh'][0]} of its {counts['zh'][1]} words.",
        "# Left out: words that are themselves a mention of the name's entity (a default name, an",
        "# organisation named after it, the name + 人 语 队 国 ...), words of katakana names.",
    ]
    body = sorted(words)
    LEXICON_FILE.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{LEXICON_FILE.relative_to(ROOT)}: {len(body)} words, {LEXICON_FILE.stat().st_size} bytes; "
          f"{time.process_time() - t0:.1f} s of CPU")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "lexicon":
        cmd_lexicon()
    elif cmd == "measure":
        cmd_measure()
    elif cmd == "write":
        cmd_write()
    elif cmd == "engine" and len(sys.argv) > 2:
        cmd_engine(sys.argv[2])
    else:
        sys.exit("usage: cjk_lexicon.py lexicon|measure|write|engine EXTRACT_BINARY")
