#!/usr/bin/env python3
"""gazner on Apache Spark: the `extract --jsonl` pipe step over a corpus.

    python3 examples/spark/extract_spark.py --extract PATH/TO/extract [--master URL]
        [--partitions N] [--gazetteer FILE]... [--no-defaults] [--all] [--threads N]
        INPUT OUTPUT_DIR

INPUT is JSON Lines, one document `{"id": ..., "text": "..."}` a line (a file, a
directory or a glob: anything Spark reads as text). The job ships the `extract`
binary and the gazetteer files to the executors (`SparkContext.addFile`), runs one
`extract --jsonl` per partition, and writes its mention lines, unchanged, as Spark's
part files under OUTPUT_DIR.

Each input line is checked here first, so one bad line never costs the good ones:
it must be a JSON object with an `id` (a string or a finite number) and a string
`text`, without duplicate keys. A bad line is logged (partition, line of the
partition, reason, the start of the line) and counted; blank lines are skipped.
Other fields (a URL, a date) are dropped: `extract` reads `{"id", "text"}` only.

`RDD.pipe` is not used because it cannot tell a crash from a complaint: here a
partition fails (and Spark retries it, then fails the job with extract's stderr)
when `extract` is killed by a signal, panics, or exits non-zero with a message that
is not about one line of its input. A non-zero exit whose messages all name a line
of the input (`-:N: ...`) is logged and counted, and the partition's output kept.

The job is deterministic: partitions are contiguous ranges of the input, `extract`
prints in input order, so the same input gives the same part files, and the part
files concatenated in order are exactly what one `extract --jsonl` prints for the
good lines.

The last line on standard output is a summary, as JSON: documents, bad lines,
mentions, lines extract complained about, partitions, the master.
"""

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

# How much of a bad line a log message shows.
SHOWN = 120

# A message of extract about one line of its standard input ("-:12: ...").
LINE_MESSAGE = re.compile(r"^(extract: )?-:\d+: ")

# The exit code of a Rust program that panicked.
PANIC_EXIT = 101


class BadLine(ValueError):
    """Why an input line is not a document."""


def _reject_constant(name):
    raise BadLine(f"{name} is not JSON")


def _finite_float(text):
    value = float(text)
    if not math.isfinite(value):
        raise BadLine(f"number {text} is out of range")
    return value


def _no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise BadLine(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def canonical_document(line):
    """The document of an input line as the line `extract --jsonl` reads.

    Returns None for a blank line; raises BadLine, naming the reason, for a
    line that is not a document.
    """
    if not line.strip():
        return None
    try:
        value = json.loads(
            line,
            parse_constant=_reject_constant,
            parse_float=_finite_float,
            object_pairs_hook=_no_duplicates,
        )
    except BadLine:
        raise
    except ValueError as e:
        raise BadLine(f"malformed JSON: {e}") from None
    if not isinstance(value, dict):
        raise BadLine(f"expected an object, found {type(value).__name__}")
    if "id" not in value:
        raise BadLine("no id")
    doc_id = value["id"]
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int, float)):
        raise BadLine(f"id must be a string or a number, found {json.dumps(doc_id)[:SHOWN]}")
    text = value.get("text")
    if not isinstance(text, str):
        raise BadLine("text missing or not a string")
    out = json.dumps({"id": doc_id, "text": text}, ensure_ascii=False)
    try:
        # A lone surrogate (\ud800) is valid for Python's JSON, not in UTF-8.
        out.encode("utf-8")
    except UnicodeEncodeError:
        raise BadLine("lone surrogate escape in id or text") from None
    return out


def shown(line):
    """The start of a line, for a log message."""
    return repr(line[:SHOWN]) + ("..." if len(line) > SHOWN else "")


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="extract_spark.py",
        description="Run gazner's extract --jsonl over JSON Lines documents on Apache Spark.",
    )
    parser.add_argument("--extract", required=True, help="the extract binary, built for the executors")
    parser.add_argument(
        "--master", default=None, help="Spark master URL (default: spark-submit's, else local[*])"
    )
    parser.add_argument("--partitions", type=int, default=None, help="minimum number of input partitions")
    parser.add_argument("--gazetteer", action="append", default=[], help="extra gazetteer file (repeatable)")
    parser.add_argument("--no-defaults", action="store_true", help="drop the embedded gazetteers")
    parser.add_argument("--all", action="store_true", help="every valid match, nested and overlapping")
    parser.add_argument(
        "--threads", type=int, default=1, help="extract's threads per partition (default 1: one per Spark core)"
    )
    parser.add_argument("input", metavar="INPUT")
    parser.add_argument("output", metavar="OUTPUT_DIR")
    args = parser.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    if args.threads < 0:
        parser.error("--threads must not be negative")
    return args


def extract_options(args, gazetteer_path):
    """extract's arguments; `gazetteer_path` maps a gazetteer to where it is."""
    options = ["--jsonl", "--quiet", "--threads", str(args.threads)]
    for gazetteer in args.gazetteer:
        options += ["--gazetteer", gazetteer_path(gazetteer)]
    if args.no_defaults:
        options.append("--no-defaults")
    if args.all:
        options.append("--all")
    return options


def check_locally(args):
    """Fails before Spark starts on what would fail every partition."""
    if not os.path.isfile(args.extract) or not os.access(args.extract, os.X_OK):
        raise SystemExit(f"extract_spark: --extract {args.extract}: not an executable file")
    names = {}
    for gazetteer in args.gazetteer:
        name = os.path.basename(gazetteer)
        if name in names and names[name] != gazetteer:
            raise SystemExit(
                f"extract_spark: gazetteers {names[name]} and {gazetteer} have the same file name;"
                " executors receive files by name"
            )
        names[name] = gazetteer
    # Builds the extractor once: a bad gazetteer is reported here, once.
    probe = subprocess.run(
        [args.extract, *extract_options(args, lambda g: g)],
        input=b"",
        capture_output=True,
    )
    if probe.returncode != 0:
        raise SystemExit(
            f"extract_spark: {args.extract} failed before any document:\n"
            + probe.stderr.decode("utf-8", "replace")
        )


def log(message):
    """A line in the executor's log (its stderr)."""
    print(f"extract_spark: {message}", file=sys.stderr, flush=True)


def extract_partition(extract, options, counters):
    """The function Spark runs on each partition: validate, pipe, check."""
    documents, bad_lines, mentions, complaints = counters

    def run(index, lines):
        def good_documents():
            for number, line in enumerate(lines, 1):
                try:
                    doc = canonical_document(line)
                except BadLine as e:
                    bad_lines.add(1)
                    log(f"partition {index}, line {number}: skipped: {e}: {shown(line)}")
                    continue
                if doc is not None:
                    documents.add(1)
                    yield doc

        docs = good_documents()
        first = next(docs, None)
        if first is None:  # no document: no process to start
            return
        command = [extract(), *options()]
        with tempfile.TemporaryFile() as errors:
            process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
            writer_failure = []

            def feed():
                try:
                    process.stdin.write(first.encode("utf-8") + b"\n")
                    for doc in docs:
                        process.stdin.write(doc.encode("utf-8") + b"\n")
                    process.stdin.close()
                except OSError as e:  # extract stopped reading: its exit says why
                    writer_failure.append(e)
                except BaseException as e:  # reading the partition failed: the task must fail
                    writer_failure.append(e)
                    process.kill()

            writer = threading.Thread(target=feed, daemon=True)
            writer.start()
            count = 0
            for raw in process.stdout:
                count += 1
                yield raw.rstrip(b"\n").decode("utf-8")
            process.stdout.close()
            writer.join()
            code = process.wait()
            errors.seek(0)
            stderr = errors.read().decode("utf-8", "replace")
        messages = [m for m in stderr.splitlines() if m.strip()]
        about_lines = bool(messages) and all(LINE_MESSAGE.match(m) for m in messages)
        crashed = code < 0 or code == PANIC_EXIT or "panicked at" in stderr or (code != 0 and not about_lines)
        if crashed or writer_failure:
            cause = f"; feeding it failed: {writer_failure[0]!r}" if writer_failure else ""
            raise RuntimeError(
                f"extract failed on partition {index} (exit code {code}{cause}): {' '.join(command)}\n{stderr}"
            )
        if code != 0:
            complaints.add(len(messages))
            for message in messages:
                log(f"partition {index}: extract: {message}")
        mentions.add(count)

    return run


def run_job(sc, args):
    """Runs the job on a SparkContext; returns the summary."""
    from pyspark import SparkFiles

    check_locally(args)
    # The partition function refers to this module when it is imported.
    sc.addPyFile(os.path.abspath(__file__))
    sc.addFile(os.path.abspath(args.extract))
    for gazetteer in args.gazetteer:
        sc.addFile(os.path.abspath(gazetteer))
    extract_name = os.path.basename(args.extract)
    gazetteer_names = {g: os.path.basename(g) for g in args.gazetteer}

    def extract():
        path = SparkFiles.get(extract_name)
        if not os.access(path, os.X_OK):
            os.chmod(path, os.stat(path).st_mode | 0o111)
        return path

    def options():
        return extract_options(args, lambda g: SparkFiles.get(gazetteer_names[g]))

    counters = [sc.accumulator(0) for _ in range(4)]
    if args.partitions is None:
        lines = sc.textFile(args.input)
    else:
        lines = sc.textFile(args.input, minPartitions=args.partitions)
    found = lines.mapPartitionsWithIndex(extract_partition(extract, options, counters))
    found.saveAsTextFile(args.output)
    documents, bad_lines, mentions, complaints = (c.value for c in counters)
    return {
        "documents": documents,
        "bad_lines": bad_lines,
        "mentions": mentions,
        "extract_complaints": complaints,
        "partitions": lines.getNumPartitions(),
    }


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if shutil.which(args.extract) and os.sep not in args.extract:
        args.extract = shutil.which(args.extract)
    from pyspark import SparkConf, SparkContext

    # Starts the JVM, or joins spark-submit's, so that the conf holds its settings.
    SparkContext._ensure_initialized()
    conf = SparkConf().setAppName("gazner extract")
    if args.master or not conf.contains("spark.master"):
        conf.setMaster(args.master or "local[*]")
    if conf.get("spark.master").startswith("local"):
        # Local workers run the Python that runs the driver (where pyspark is).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    sc = SparkContext(conf=conf)
    try:
        summary = run_job(sc, args)
        summary["master"] = sc.master
    finally:
        sc.stop()
    print(
        f"extract_spark: {summary['documents']} documents, {summary['bad_lines']} bad lines skipped, "
        f"{summary['mentions']} mentions written to {args.output}",
        file=sys.stderr,
    )
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
