"""tests/balance.py: xdist's units of work handed out slowest first, each unit's tests together and in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import balance

ROOT = Path(__file__).resolve().parents[1]


class Item:
    def __init__(self, nodeid: str, group: str | None = None):
        self.nodeid = nodeid
        self.marker = pytest.mark.xdist_group(group).mark if group else None

    def get_closest_marker(self, name):
        return self.marker if name == "xdist_group" else None

    def __repr__(self):
        return self.nodeid


def test_units_are_sorted_by_their_total_time_and_kept_whole():
    items = [Item("a.py::quick"), Item("m.py::one", "m"), Item("b.py::slow"), Item("m.py::two", "m"),
             Item("c.py::quick"), Item("n.py::one", "n")]
    times = {"b.py::slow": 50, "m.py::one": 30, "m.py::two": 30, "n.py::one": 10}
    order = [item.nodeid for item in balance.slowest_first(items, times)]
    assert order == ["m.py::one", "m.py::two", "b.py::slow", "n.py::one", "a.py::quick", "c.py::quick"]


def test_nothing_is_lost_or_repeated():
    items = [Item(f"t.py::test_{i}", "g" if i % 3 == 0 else None) for i in range(50)]
    order = balance.slowest_first(items, {"t.py::test_7": 9})
    assert sorted(map(id, order)) == sorted(map(id, items)) and order[0].nodeid == "t.py::test_7"


def test_the_times_name_test_files_that_exist():
    times = balance.measured()
    assert len(times) > 50 and all(seconds > 0 for seconds in times.values())
    missing = sorted({nodeid.split("::")[0] for nodeid in times if not (ROOT / nodeid.split("::")[0]).exists()})
    assert missing == []
