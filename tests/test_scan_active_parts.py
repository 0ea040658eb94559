"""A scan asked in some languages runs only the parts of a parted set whose hits it keeps (perf35a,
:func:`mailbot.reading.parts.parts_to_run`), and finds what running every part then leaving the other packs'
hits out finds: on the main engine, the sentence engine (its intent words lent by the main engine's parts) and
the purpose check's engine (lent by the intent words' own parts), over lines of the held-out mail."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.reading.engine import Lent, PatternEngine
from mailbot.reading.parts import PartedSet, parts_to_run
from mailbot.reading.reading_rules import RESTATE_NAMES

ACTIVE = [frozenset({"en", "hi"}), frozenset({"de"}), frozenset({"es"}), frozenset({"pt", "fr"}), frozenset({"hi"}),
          frozenset({"it"})]


def _every_part(engine: PatternEngine, text: str, active: frozenset[str]) -> frozenset[int]:
    """The scan as it was: every part run, then only the active packs' (and the brand's own) hits kept."""
    hits = engine.scan(text).hits
    return frozenset(i for i in hits if engine.languages[i] is None or engine.languages[i] in active)


@pytest.fixture(scope="module")
def engines():
    from mailbot.reading.extract import _shipped

    patterns = _shipped().patterns
    return patterns.main, patterns.sentence, patterns.sentence.subset(*RESTATE_NAMES)


@pytest.fixture(scope="module")
def lines():
    found = []
    for path in sorted(Path(__file__).parent.glob("data/fresh*_*/emails/*.eml"))[:300]:
        found += [line.lower() for line in path.read_text("utf-8", "replace").splitlines() if len(line) > 15]
    assert len(found) > 1000
    return found


def test_the_engines_are_parted_or_lent_by_parts(engines):
    main, sentence, restate = engines
    assert isinstance(main._set, PartedSet) and len(main._set.parts) == 4
    assert isinstance(sentence._set, Lent) and sentence._set.served is not None
    assert isinstance(restate._set, Lent) and isinstance(restate._set.lender, PartedSet)


def test_a_scan_in_some_languages_finds_what_every_part_found(engines, lines):
    for engine in engines:
        for text in lines:
            for active in ACTIVE:
                assert engine.scan(text, active).hits == _every_part(engine, text, active), (text, active)


def test_the_other_packs_parts_are_not_run(engines, monkeypatch):
    main, _, restate = engines
    ran = []
    for engine in (main, restate):
        parted = engine._set if isinstance(engine._set, PartedSet) else engine._set.lender
        for part, (_, found) in enumerate(parted.parts):
            monkeypatch.setattr(found, "Match", lambda data, part=part, real=found.Match: ran.append(part) or real(data))
        ran.clear()
        engine.scan("please refund my payment", frozenset({"de"}))
        packs = [sorted(held, key=str) for held in parted.packs]
        assert [packs[part] for part in ran] == [[None, "en"], ["de", "fr"]] if engine is main else len(ran) < 4
        ran.clear()
        engine.scan("please refund my payment")
        assert len(ran) == 4


def test_parts_to_run():
    packs = (frozenset({None, "en"}), frozenset({"de", "fr"}), frozenset({"hi"}), frozenset())
    assert parts_to_run(packs, frozenset({"de"})) == (True, True, False, False)
    assert parts_to_run(packs, frozenset({"en", "hi"})) == (True, False, True, False)
    assert parts_to_run(packs, frozenset()) == (True, False, False, False)
    assert parts_to_run(packs, None) == (True, True, True, False)  # a part finding nothing that counts: never
