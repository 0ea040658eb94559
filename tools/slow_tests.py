"""Write tests/slow_tests.txt (the times tests/balance.py orders xdist's work by) from a pytest log.

    python3 -m pytest -q -n auto --durations=0 > /tmp/durations.log
    python3 tools/slow_tests.py /tmp/durations.log > tests/slow_tests.txt

Each test's set-up, call and tear-down are added up (the ``@group`` suffix of xdist's ids left out); the tests of
at least ``--least`` seconds (5) are written, slowest first.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict

LINE = re.compile(r"^([\d.]+)s (?:setup|call|teardown)\s+(\S+)$")
HEADER = """\
# Seconds each slow test took (set-up, call and tear-down; >= {least:g} s), measured on a shared machine: how
# tests/balance.py orders the work under pytest-xdist, slowest first.  Only the order matters, not the scale;
# a test not listed counts as quick.  Regenerate from a `pytest --durations=0` log with
# `python3 tools/slow_tests.py LOG > tests/slow_tests.txt`."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", help="the output of pytest --durations=0")
    parser.add_argument("--least", type=float, default=5.0, help="seconds a test must take to be listed")
    args = parser.parse_args(argv)
    times: dict[str, float] = defaultdict(float)
    with open(args.log, encoding="utf-8", errors="replace") as f:
        for line in f:
            found = LINE.match(line.strip())
            if found:
                nodeid = found.group(2)
                if nodeid.rfind("@") > nodeid.rfind("]"):
                    nodeid = nodeid.rsplit("@", 1)[0]
                times[nodeid] += float(found.group(1))
    print(HEADER.format(least=args.least))
    for nodeid, seconds in sorted(times.items(), key=lambda item: (-item[1], item[0])):
        if seconds >= args.least:
            print(f"{seconds:.0f}\t{nodeid}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
