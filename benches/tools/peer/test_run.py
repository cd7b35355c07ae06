#!/usr/bin/env python3
"""Tests of run.py's arithmetic: medians, ratios paired by round, the table.

    python3 -m unittest discover -s benches/tools/peer -p 'test_*.py'
"""

import os
import sys
import unittest

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import run  # noqa: E402


def report(round_, engine, en, fr=None, build=1.0, rss_kb=2048):
    texts = [{"label": "en", "bytes": 2_000_000, "matches": 7, "scan_s": en}]
    if fr is not None:
        texts.append({"label": "fr", "bytes": 1_000_000, "matches": 3, "scan_s": fr})
    return {
        "engine": engine,
        "round": round_,
        "patterns": 513,
        "build_s": build,
        "peak_rss_kb": rss_kb,
        "texts": texts,
    }


class ResultsTest(unittest.TestCase):
    def setUp(self):
        self.results = run.Results(["513"], ["gazner", "naive"])
        # gazner: 0.1 s, 0.2 s, 0.4 s (median 0.2); naive: 0.2 s, 0.2 s, 0.2 s.
        for r, (ours, theirs) in enumerate([(0.1, 0.2), (0.2, 0.2), (0.4, 0.2)]):
            self.results.add("513", "gazner", report(r, "gazner", [ours]))
            self.results.add("513", "naive", report(r, "naive", [theirs]))

    def test_ratio_is_of_medians_with_the_range_of_rounds(self):
        ratio, (low, high) = self.results.ratio("513", "naive", "en")
        self.assertAlmostEqual(ratio, 1.0)
        self.assertAlmostEqual(low, 0.5)
        self.assertAlmostEqual(high, 2.0)

    def test_throughput_is_bytes_over_the_median_time(self):
        self.assertAlmostEqual(self.results.mb_s("513", "gazner", "en"), 10.0)

    def test_a_round_missing_for_one_engine_is_left_out_of_the_range(self):
        results = run.Results(["513"], ["gazner", "naive"])
        results.add("513", "gazner", report(0, "gazner", [0.1]))
        results.add("513", "gazner", report(1, "gazner", [0.4]))
        results.add("513", "naive", report(1, "naive", [0.2]))
        _, (low, high) = results.ratio("513", "naive", "en")
        self.assertAlmostEqual(low, 0.5)
        self.assertAlmostEqual(high, 0.5)

    def test_the_scans_of_one_process_count_by_their_median(self):
        results = run.Results(["513"], ["gazner"])
        results.add("513", "gazner", report(0, "gazner", [0.1, 0.5, 0.2]))
        self.assertAlmostEqual(results.mb_s("513", "gazner", "en"), 10.0)

    def test_the_table_shows_ratio_range_and_missing_cells(self):
        table = run.markdown(self.results, [("en", ""), ("fr", "")], None, ["## header"])
        self.assertIn("| gazner / naive aho-corasick, English | 1.00 (0.50-2.00) |", table)
        self.assertIn("| gazner / naive aho-corasick, French | — |", table)
        self.assertIn("| gazner | 1.00 s, 2 MiB |", table)

    def test_the_readme_block_has_ratios_speeds_and_the_largest_size(self):
        block = run.readme_block(self.results, [("en", "")], None, ["- date: now"])
        self.assertTrue(block.startswith(run.README_START))
        self.assertTrue(block.rstrip().endswith(run.README_END))
        self.assertIn("| gazner / naive aho-corasick, English | 1.00 [0.50-2.00] |", block)
        self.assertIn("| gazner MB/s, English | 10.0 |", block)
        self.assertIn("| naive aho-corasick | 1.00 | 2 |", block)

    def test_the_block_replaces_the_markers_and_what_is_between(self):
        document = f"before\n{run.README_START}\nold figures\n{run.README_END}\nafter\n"
        replaced = run.replace_block(document, f"{run.README_START}\nnew\n{run.README_END}\n")
        self.assertEqual(replaced, f"before\n{run.README_START}\nnew\n{run.README_END}\nafter\n")
        with self.assertRaises(SystemExit):
            run.replace_block("no markers", "x")


if __name__ == "__main__":
    unittest.main()
