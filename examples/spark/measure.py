#!/usr/bin/env python3
"""Documents per second: the Spark job on local[1] and local[2] against one extract process.

    python3 examples/spark/measure.py [--count N] [--runs R] EXTRACT

Generates N documents with documents.py, then times (wall clock, end to end, the
JVM's start included for Spark) one `extract --jsonl` process with one thread and
with all cores, and the job on local[1] and local[2]; prints the median of R runs
of each, in documents per second, and each one's ratio to one extract thread.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import documents  # noqa: E402


def timed(command, **kwargs):
    start = time.monotonic()
    subprocess.run(command, check=True, **kwargs)
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("extract")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="gazner-measure-")
    try:
        docs = documents.generate(ROOT, args.count, seed=14)
        path = os.path.join(tmp, "input.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for line in documents.good_lines(docs):
                f.write(line + "\n")
        size = os.path.getsize(path)
        print(f"{len(docs)} documents, {size / 1e6:.1f} MB, load average {os.getloadavg()}")
        job = [sys.executable, os.path.join(HERE, "extract_spark.py"), "--extract", args.extract]
        configs = {
            "extract --jsonl --threads 1": lambda out: timed(
                [args.extract, "--jsonl", "--threads", "1", path], stdout=open(out, "w")
            ),
            "extract --jsonl (2 threads)": lambda out: timed([args.extract, "--jsonl", path], stdout=open(out, "w")),
            "spark local[1]": lambda out: timed(
                job + ["--master", "local[1]", path, out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            ),
            "spark local[2]": lambda out: timed(
                job + ["--master", "local[2]", path, out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            ),
        }
        medians = {}
        for name, run in configs.items():
            seconds = []
            for i in range(args.runs):
                out = os.path.join(tmp, f"out-{len(medians)}-{i}")
                seconds.append(run(out))
                shutil.rmtree(out, ignore_errors=True) if os.path.isdir(out) else os.remove(out)
            medians[name] = statistics.median(seconds)
            print(f"{name}: runs {', '.join(f'{s:.1f}' for s in seconds)} s", flush=True)
        base = len(docs) / medians["extract --jsonl --threads 1"]
        print(f"\n| command | median seconds | documents/s | ratio to one extract thread |\n| --- | ---: | ---: | ---: |")
        for name, seconds in medians.items():
            rate = len(docs) / seconds
            print(f"| {name} | {seconds:.1f} | {rate:,.0f} | {rate / base:.2f} |")
        print(f"load average after: {os.getloadavg()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
