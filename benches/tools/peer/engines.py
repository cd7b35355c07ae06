#!/usr/bin/env python3
"""One Python engine of the peer bench, in its own process (run.py starts it
with the virtual environment's interpreter).

    python engines.py flashtext|pyahocorasick --names FILE [--text LABEL=FILE]... [--max-bytes N] [--scans N]

Builds the engine over the name list (one name per line), scans each text
--scans times, texts in turn, and prints one JSON line of the same shape as
the Rust binary `peer`: build time, scan times, matches.

- flashtext (2.7): KeywordProcessor(case_sensitive=False), one add_keyword
  per name, extract_keywords(text, span_info=True). Its word characters are
  ASCII letters, digits and "_", as the library defines them.
- pyahocorasick (2.3.1): an Automaton of the lowercased names,
  iter_long(text.lower()) (leftmost-longest, no overlaps), keeping matches
  with no letter or digit (str.isalnum) just outside them; the lowercased
  copy of the text is part of the scan.

Texts are read as UTF-8 and cut to their first --max-bytes bytes (at a
character boundary) in memory, as the Rust engines do.
"""

import argparse
import json
import sys
import time


def read_text(path, max_bytes):
    with open(path, "rb") as f:
        data = f.read()
    if max_bytes is not None and max_bytes < len(data):
        cut = max_bytes
        while cut > 0 and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        data = data[:cut]
    return data.decode("utf-8")


def read_names(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def flashtext_engine(names):
    from flashtext import KeywordProcessor

    processor = KeywordProcessor(case_sensitive=False)
    for name in names:
        processor.add_keyword(name)

    def scan(text):
        return len(processor.extract_keywords(text, span_info=True))

    return scan, len(processor)


def pyahocorasick_engine(names):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in names:
        key = name.lower()
        automaton.add_word(key, len(key))
    automaton.make_automaton()

    def scan(text):
        lower = text.lower()
        last = len(lower) - 1
        found = 0
        for end, length in automaton.iter_long(lower):
            start = end - length + 1
            if start > 0 and lower[start - 1].isalnum():
                continue
            if end < last and lower[end + 1].isalnum():
                continue
            found += 1
        return found

    return scan, len(automaton)


ENGINES = {"flashtext": flashtext_engine, "pyahocorasick": pyahocorasick_engine}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("engine", choices=sorted(ENGINES))
    parser.add_argument("--names", required=True)
    parser.add_argument("--kind", help="ignored: the Rust engines' option")
    parser.add_argument("--text", action="append", default=[], metavar="LABEL=FILE")
    parser.add_argument("--max-bytes", type=int)
    parser.add_argument("--scans", type=int, default=1)
    args = parser.parse_args()
    if args.scans < 1:
        sys.exit("engines.py: --scans must be at least 1")
    texts = []
    for spec in args.text:
        label, sep, path = spec.partition("=")
        if not sep:
            sys.exit(f"engines.py: --text wants LABEL=FILE, got {spec!r}")
        try:
            texts.append((label, read_text(path, args.max_bytes)))
        except (OSError, UnicodeDecodeError) as e:
            sys.exit(f"engines.py: {path}: {e}")
    names = read_names(args.names)

    start = time.perf_counter()
    scan, patterns = ENGINES[args.engine](names)
    build = time.perf_counter() - start

    seconds = [[] for _ in texts]
    matches = [0 for _ in texts]
    for _ in range(args.scans):
        for i, (_, text) in enumerate(texts):
            start = time.perf_counter()
            matches[i] = scan(text)
            seconds[i].append(time.perf_counter() - start)
    report = {
        "engine": args.engine,
        "names": len(names),
        "patterns": patterns,
        "build_s": build,
        "texts": [
            {"label": label, "bytes": len(text.encode("utf-8")), "matches": found, "scan_s": secs}
            for (label, text), secs, found in zip(texts, seconds, matches)
        ],
    }
    hwm = peak_rss_kb()
    if hwm is not None:
        report["vm_hwm_kb"] = hwm
    print(json.dumps(report))


def peak_rss_kb():
    """This process's peak RSS (VmHWM, kB), or None where /proc lacks it:
    unlike run.py's ru_maxrss, it leaves out the parent's pages that the
    forked child held before exec."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


if __name__ == "__main__":
    main()
