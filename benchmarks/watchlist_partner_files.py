"""Indicators right / wrong / missed on partner files, against a list of expected entries.

    python benchmarks/watchlist_partner_files.py EXPECTED.json

EXPECTED.json maps a file path to the list of [kind, value] entries a correct import gives
(tests/watchlist/fixtures/partners/manifest.json has that shape under "files"; a path is
resolved from the JSON file's folder). Run by hand, never by the test suite.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from counterlink.watchlist.read import read_watch_file


def main(expected_file: str) -> None:
    spec = json.loads(Path(expected_file).read_text("utf-8"))
    files = spec.get("files", spec)
    totals = [0, 0, 0, 0]
    for name, expected in files.items():
        want = {tuple(e) for e in (expected["entries"] if isinstance(expected, dict) else expected)}
        parsed = read_watch_file(Path(expected_file).parent / name)
        got = {(e.kind, e.value or e.digest or "") for e in parsed.source.entries}
        row = [len(want), len(got & want), len(got - want), len(want - got)]
        totals = [t + r for t, r in zip(totals, row, strict=True)]
        print(f"{name}: expected {row[0]}, right {row[1]}, wrong {row[2]}, missed {row[3]}")
        for kind, value in sorted(got - want):
            print(f"  wrong: {kind} {value}")
        for kind, value in sorted(want - got):
            print(f"  missed: {kind} {value}")
    print(f"total: expected {totals[0]}, right {totals[1]}, wrong {totals[2]}, missed {totals[3]}")


if __name__ == "__main__":
    main(sys.argv[1])
