"""Slowest work first under pytest-xdist (tests/conftest.py ``pytest_collection_modifyitems``).

xdist's ``loadgroup`` scheduler hands out units of work (a group of tests marked ``xdist_group``, else one test)
in the order it is given them, each to the worker that runs out first.  Left to the order of collection
(groups by their number of tests, then single tests by file name), the slowest tests (tests/test_worker*.py,
~1 to 1.5 min each) came last, and one worker ran them alone while the other had finished.  Sorting the units
by their measured time, slowest first, lets the quick ones fill the end.  The tests, their fixtures and their
grouping are unchanged: only the order in which the units are handed out.

The times are those of ``tests/slow_tests.txt`` (seconds, one test a line); a test not listed counts as
``QUICK``.
"""

from __future__ import annotations

from pathlib import Path

TIMES = Path(__file__).with_name("slow_tests.txt")
QUICK = 0.2
"""Seconds a test not listed in ``slow_tests.txt`` is counted as."""


def measured(path: Path = TIMES) -> dict[str, float]:
    """{test id (without the ``@group`` suffix): seconds} from ``slow_tests.txt``."""
    found = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            seconds, nodeid = line.split("\t", 1)
            found[nodeid.strip()] = float(seconds)
    return found


def group_of(item) -> str | None:
    marker = item.get_closest_marker("xdist_group")
    if marker is None:
        return None
    return marker.args[0] if marker.args else marker.kwargs.get("name", "default")


def slowest_first(items: list, times: dict[str, float]) -> list:
    """The items, each xdist unit's together in their own order, the units by their total time (slowest first;
    equal times keep the order of collection)."""
    units: dict[str, list] = {}
    for item in items:
        group = group_of(item)
        units.setdefault(f"group {group}" if group is not None else f"test {item.nodeid}", []).append(item)
    cost = {key: sum(times.get(item.nodeid, QUICK) for item in unit) for key, unit in units.items()}
    order = sorted(units, key=lambda key: -cost[key])  # sorted() is stable: ties keep their order
    return [item for key in order for item in units[key]]
