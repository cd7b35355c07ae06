#!/usr/bin/env python3
"""Tests of the Spark job, on Spark in local mode against one `extract --jsonl` process.

    GAZNER_EXTRACT=target/release/examples/extract python3 examples/spark/test_extract_spark.py

Needs pyspark (`pip install -r examples/spark/requirements.txt`), Java 17 and the
`extract` example (default: target/release/examples/extract). Without them the
Spark tests are skipped with a message, except under CI=true, where they fail.
"""

import collections
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import documents  # noqa: E402
import extract_spark  # noqa: E402

IN_CI = os.environ.get("CI") == "true"
EXTRACT = os.path.abspath(os.environ.get("GAZNER_EXTRACT", os.path.join(ROOT, "target/release/examples/extract")))
# "A few thousand real documents", plus the edge cases.
COUNT = 3000


def missing_tools():
    """Why the Spark tests cannot run here, or None."""
    why = []
    try:
        import pyspark  # noqa: F401
    except ImportError:
        why.append("pyspark is not installed (pip install -r examples/spark/requirements.txt)")
    if not shutil.which("java"):
        why.append("java is not on PATH (Spark needs Java 17)")
    if not os.access(EXTRACT, os.X_OK):
        why.append(f"{EXTRACT} is missing (cargo build --release --example extract)")
    return "; ".join(why) or None


MISSING = missing_tools()
if MISSING and IN_CI:
    raise SystemExit(f"test_extract_spark: CI=true but {MISSING}")
if MISSING:
    print(f"\n*** SKIPPING the Spark tests: {MISSING} ***\n", file=sys.stderr)


def run_extract(lines, *options, extract=EXTRACT):
    """What one `extract --jsonl` process prints for these lines."""
    out = subprocess.run(
        [extract, "--jsonl", "--quiet", *options],
        input="".join(line + "\n" for line in lines).encode("utf-8"),
        capture_output=True,
        check=True,
    )
    return lines_of(out.stdout.decode("utf-8"))


def lines_of(text):
    """Lines split at newlines only (str.splitlines also splits at U+2028)."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


def part_lines(output_dir):
    """The lines of Spark's part files, concatenated in order."""
    lines = []
    for path in sorted(glob.glob(os.path.join(output_dir, "part-*"))):
        with open(path, encoding="utf-8", newline="") as f:
            lines += lines_of(f.read())
    return lines


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")


class Validation(unittest.TestCase):
    """Which lines are documents: what the job pipes to extract."""

    def test_bad_lines_are_rejected_with_a_reason(self):
        for line in documents.BAD_LINES:
            with self.subTest(line=line), self.assertRaises(extract_spark.BadLine) as caught:
                extract_spark.canonical_document(line)
            self.assertTrue(str(caught.exception))

    def test_blank_lines_are_not_documents(self):
        for line in ["", "   ", "\t"]:
            self.assertIsNone(extract_spark.canonical_document(line))

    def test_documents_keep_id_and_text_only(self):
        line = '{"url": "u", "id": "a", "text": "Bakou \\u00e9", "date": 1}'
        self.assertEqual(extract_spark.canonical_document(line), '{"id": "a", "text": "Bakou é"}')

    @unittest.skipIf(not os.access(EXTRACT, os.X_OK), "needs the extract binary")
    def test_extract_accepts_every_document_the_job_accepts(self):
        for doc in documents.EDGE_DOCUMENTS:
            line = extract_spark.canonical_document(json.dumps(doc))
            with self.subTest(line=line):
                out = subprocess.run([EXTRACT, "--jsonl", "--quiet"], input=(line + "\n").encode(), capture_output=True)
                self.assertEqual(out.returncode, 0, out.stderr)


@unittest.skipIf(MISSING, MISSING or "")
class SparkJob(unittest.TestCase):
    """The job on Spark in local mode, against one extract process."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="gazner-spark-")
        cls.docs = documents.generate(ROOT, COUNT, seed=14)
        cls.input = os.path.join(cls.tmp, "input.jsonl")
        write_lines(cls.input, documents.input_lines(cls.docs, 14, bad=True))
        cls.good = documents.good_lines(cls.docs)
        cls.expected = run_extract(cls.good)
        cls.sc = None

    @classmethod
    def tearDownClass(cls):
        if cls.sc is not None:
            cls.sc.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def context(cls):
        """One SparkContext (local[2]) for the in-process tests."""
        if cls.sc is None:
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            from pyspark import SparkContext

            cls.sc = SparkContext("local[2]", "gazner tests")
            cls.sc.setLogLevel("ERROR")
        return cls.sc

    def output_dir(self, name):
        return os.path.join(self.tmp, name)

    def job(self, *argv):
        """Runs the job on the shared context; returns (summary, lines written)."""
        args = extract_spark.parse_args(list(argv))
        summary = extract_spark.run_job(self.context(), args)
        return summary, part_lines(args.output)

    def test_a_command_line_job_writes_what_one_extract_process_writes(self):
        out = self.output_dir("cli")
        run = subprocess.run(
            [sys.executable, os.path.join(HERE, "extract_spark.py"), "--extract", EXTRACT, "--master", "local[2]",
             "--partitions", "4", self.input, out],
            capture_output=True,
            text=True,
        )
        self.assertEqual(run.returncode, 0, run.stderr[-5000:])
        summary = json.loads(run.stdout.strip().splitlines()[-1])
        written = part_lines(out)
        self.assertGreater(len(self.expected), len(self.docs), "the documents name entities")
        self.assertEqual(collections.Counter(written), collections.Counter(self.expected))
        # Stronger: partitions are ranges of the input, extract keeps order.
        self.assertEqual(written, self.expected)
        self.assertEqual(summary["documents"], len(self.docs))
        self.assertEqual(summary["bad_lines"], len(documents.BAD_LINES))
        self.assertEqual(summary["mentions"], len(self.expected))
        self.assertEqual(summary["extract_complaints"], 0)
        self.assertEqual(summary["master"], "local[2]")
        self.assertGreaterEqual(summary["partitions"], 4)
        # Every bad line is reported in the log.
        self.assertEqual(run.stderr.count(": skipped: "), len(documents.BAD_LINES), run.stderr[-5000:])

    def test_spark_submit_runs_the_job_on_its_master(self):
        small = os.path.join(self.tmp, "submit.jsonl")
        write_lines(small, self.good[:300])
        out = self.output_dir("submit")
        submit = os.path.join(os.path.dirname(sys.executable), "spark-submit")
        if not os.access(submit, os.X_OK):
            submit = shutil.which("spark-submit")
        self.assertIsNotNone(submit, "pyspark installs spark-submit beside python")
        run = subprocess.run(
            [submit, "--master", "local[1]", os.path.join(HERE, "extract_spark.py"), "--extract", EXTRACT, small, out],
            capture_output=True,
            text=True,
            env={**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable},
        )
        self.assertEqual(run.returncode, 0, run.stderr[-5000:])
        summary = json.loads(run.stdout.strip().splitlines()[-1])
        self.assertEqual(summary["master"], "local[1]")
        self.assertEqual(part_lines(out), run_extract(self.good[:300]))

    def test_partitioning_does_not_change_the_output(self):
        for partitions in (1, 7):
            with self.subTest(partitions=partitions):
                summary, written = self.job(
                    "--extract", EXTRACT, "--partitions", str(partitions), self.input, self.output_dir(f"p{partitions}")
                )
                self.assertEqual(written, self.expected)
                self.assertEqual(summary["bad_lines"], len(documents.BAD_LINES))

    def test_options_and_gazetteers_pass_through(self):
        gazetteer = os.path.join(self.tmp, "rivers.jsonl")
        write_lines(
            gazetteer,
            [
                '{"id":"Q1471","kind":"river","name":"Seine"}',
                '{"id":"Q1473","kind":"river","name":"Seine-et-Marne"}',
                '{"id":"Q227","kind":"country","name":"Azerbaïdjan"}',
            ],
        )
        lines = [
            json.dumps({"id": i, "text": "La Seine-et-Marne, la SEINE, l’Azerbaïdjan. " * (i % 3 + 1)})
            for i in range(200)
        ]
        small = os.path.join(self.tmp, "rivers-input.jsonl")
        write_lines(small, lines)
        options = ["--no-defaults", "--gazetteer", gazetteer, "--all"]
        expected = run_extract(lines, *options)
        self.assertIn('"kind":"river"', expected[0])
        summary, written = self.job("--extract", EXTRACT, "--partitions", "3", *options, small, self.output_dir("rivers"))
        self.assertEqual(written, expected)
        self.assertEqual(summary["documents"], 200)

    def fake_extract(self, name, body):
        """A stand-in for extract that behaves on empty input (the job's probe)."""
        path = os.path.join(self.tmp, name)
        with open(path, "w") as f:
            f.write('#!/bin/sh\ninput=$(cat)\n[ -z "$input" ] && exit 0\n' + body + "\n")
        os.chmod(path, 0o755)
        return path

    def test_a_crashing_extract_fails_the_job_with_its_message(self):
        from py4j.protocol import Py4JJavaError

        # name: (the stand-in's script, what its stderr says)
        crashes = {
            "killed": ("echo 'about to crash' >&2; kill -SEGV $$", "about to crash"),
            "panicked": ("echo \"thread 'main' panicked at src/scan.rs:1:1\" >&2; exit 101", "src/scan.rs:1:1"),
            "fatal": ("echo 'extract: /gone.jsonl: cannot read' >&2; exit 1", "/gone.jsonl: cannot read"),
        }
        small = os.path.join(self.tmp, "small.jsonl")
        write_lines(small, self.good[:100])
        for name, (body, said) in crashes.items():
            with self.subTest(name=name):
                fake = self.fake_extract(name, body)
                with self.assertRaises(Py4JJavaError) as caught:
                    self.job("--extract", fake, "--partitions", "2", small, self.output_dir(f"crash-{name}"))
                self.assertIn("extract failed on partition", str(caught.exception))
                self.assertIn(said, str(caught.exception), "extract's stderr is in the message")

    def test_complaints_about_lines_are_counted_and_the_output_kept(self):
        # What the new extract does with a line it rejects: says so, goes on, exits 1.
        fake = self.fake_extract(
            "complains",
            f'printf \'%s\\n\' "$input" | {EXTRACT} --jsonl --quiet\necho \'-:3: expected an object\' >&2; exit 1',
        )
        summary, written = self.job("--extract", fake, "--partitions", "2", self.input, self.output_dir("out-complains"))
        self.assertEqual(written, self.expected)
        self.assertEqual(summary["extract_complaints"], summary["partitions"])


if __name__ == "__main__":
    program = unittest.main(exit=False, verbosity=2)
    result = program.result
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    passed = result.testsRun - failed - len(result.skipped)
    print(f"spark: {passed} passed, {failed} failed, {len(result.skipped)} skipped")
    sys.exit(1 if failed else 0)
