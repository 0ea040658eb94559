"""A lending engine's subset scans its lent words with an engine of those words only (issue 8, perf33a).

The sentence engine's intent words are found by the main engine's set (:class:`~mailbot.reading.engine.Lent`).
Its subset of the restatement names (``request`` and the intent words, asked by the purpose check of every
candidate reason, :mod:`mailbot.reading.purpose`) was a :class:`~mailbot.reading.engine.Named` view of the
whole sentence engine: each candidate ran the main engine's four parts.  It is now an engine of those names
whose intent words are found by an engine of the main engine's intent words alone
(:meth:`~mailbot.reading.engine.PatternEngine._apart`), with the same hits and the same positions; and a
subset's patterns asked for positions use their parent's compiled finders (one copy).
"""

from __future__ import annotations

from pathlib import Path

from mailbot.reading.engine import Lent, Named, PatternEngine
from mailbot.reading.extract import _shipped
from mailbot.reading.reading_rules import RESTATE_NAMES, words_of


def _lines(limit: int = 200) -> list[str]:
    """Lower-cased lines of the held-out mail of every language, and the same words on one line without
    punctuation (the text the purpose check scans)."""
    lines = []
    for path in sorted(Path(__file__).parent.glob("data/fresh*_*/emails/*.eml"))[:limit]:
        for line in path.read_text("utf-8", "replace").splitlines():
            if len(line) > 12:
                lines += [line.lower(), " ".join(words_of(line))]
    return lines


def test_the_restatement_subset_is_an_engine_of_its_own_whose_intent_words_an_engine_of_them_finds():
    patterns = _shipped().patterns
    restated = patterns.sentence.subset(*RESTATE_NAMES)
    assert isinstance(restated, PatternEngine) and not isinstance(restated, Named)
    assert isinstance(restated._set, Lent)
    lender = restated._lender
    assert lender is not patterns.main and lender.only <= frozenset(patterns.main.names)
    assert len(lender.patterns) < len(patterns.main.patterns) / 2  # the intent words, not the whole main set
    assert restated._set.lender is lender._set


def test_the_restatement_subset_finds_the_hits_and_spans_of_the_whole_sentence_engine():
    patterns = _shipped().patterns
    whole, restated = patterns.sentence, patterns.sentence.subset(*RESTATE_NAMES)
    hit = 0
    for line in _lines():
        got, want = restated.scan(line), whole.scan(line)
        for name in RESTATE_NAMES:
            assert got.has(name) == want.has(name), (name, line)
            if want.has(name):
                hit += 1
                assert [m.span() for m in got.finditer(name)] == [m.span() for m in want.finditer(name)], line
    assert hit > 50  # the lines hold intent words


def test_a_near_miss_line_finds_no_intent_word_in_either():
    patterns = _shipped().patterns
    for line in ("the weather was lovely at the lake", "we moved the meeting to thursday afternoon"):
        got, want = patterns.sentence.subset(*RESTATE_NAMES).scan(line), patterns.sentence.scan(line)
        assert not any(got.has(name) for name in RESTATE_NAMES)
        assert not any(want.has(name) for name in RESTATE_NAMES)


def test_a_subset_asks_its_parent_for_positions_one_compiled_copy():
    patterns = _shipped().patterns
    restated = patterns.sentence.subset(*RESTATE_NAMES)
    scan = restated.scan("please refund my last payment")
    assert scan.has("ask_refund")
    index = min(i for i in scan.hits if restated.names[i] == "ask_refund")
    main_index = patterns.main.patterns.index(restated.patterns[index])
    assert restated.finder(index) is patterns.main.finder(main_index)
    small = patterns.window.subset("negation_after")
    own = small.patterns.index(small.patterns[0])
    assert small.finder(own) is patterns.window.finder(patterns.window.patterns.index(small.patterns[0]))
