"""(fix41k) Lint of the shipped language packs: no entry repeated in one list.

Twins crept in when two helpers added the same words in the same round (pt ``dispute_decline`` held "não tenho nenhuma
intenção" from fix40a and from fix40c).  A twin changes no reading (a name hits when any of its patterns does) but
costs a pattern in every engine built from the pack and hides which fix owns the words.  Entries are compared after
white space is collapsed and case is folded; tables of values (``amounts.numerals``) are not lists and are left alone.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

PACKS = sorted((Path(__file__).resolve().parents[1] / "mailbot" / "defaults" / "config" / "languages").glob("*.toml"))


def _lists(table: dict, path: str = ""):
    """Every list of strings in a pack, with its dotted key."""
    for key, value in table.items():
        where = f"{path}.{key}" if path else key
        if isinstance(value, dict):
            yield from _lists(value, where)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            yield where, value


def _normal(entry: str) -> str:
    return " ".join(entry.split()).casefold()


def twins(pack: dict) -> list[tuple[str, str]]:
    """The (key, entry) of each entry that a list of ``pack`` holds more than once (normalised)."""
    found = []
    for key, entries in _lists(pack):
        seen = set()
        for entry in entries:
            normal = _normal(entry)
            if normal in seen:
                found.append((key, entry))
            seen.add(normal)
    return found


def test_the_packs_are_found():
    assert {p.stem for p in PACKS} >= {"en", "hi", "es", "pt", "de", "fr"}


@pytest.mark.parametrize("path", PACKS, ids=[p.stem for p in PACKS])
def test_no_entry_is_repeated_in_one_list(path):
    pack = tomllib.loads(path.read_text(encoding="utf-8"))
    assert twins(pack) == []


def test_the_lint_finds_a_twin_after_normalising():
    pack = {"intents": {"dispute_decline": ["n(?:ã|a)o tenho  nenhuma", "x", "N(?:ã|a)o tenho nenhuma"]},
            "amounts": {"numerals": {"one": 1}}}
    assert twins(pack) == [("intents.dispute_decline", "N(?:ã|a)o tenho nenhuma")]
