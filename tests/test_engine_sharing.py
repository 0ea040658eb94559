"""Engines that share one compiled set give the hits a set of their own gives (issue 8, perf27a).

A parse worker's memory is mostly RE2 programs and automaton states; three ways of holding fewer
copies of the same patterns must not change one hit:

- the sentence engine's intent words are found by the main engine's set (:class:`~mailbot.reading.engine.Lent`);
- a group of names another small engine holds is answered by that engine (``COVER_UP_TO``);
- a small engine's set gets a smaller RE2 budget, and the engines' own when its program needs more.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.reading.engine import Lent, Named, PatternEngine
from mailbot.reading.extract import _shipped


def _lines(limit: int = 300) -> list[str]:
    """Lower-cased lines of the held-out mail of every language (the texts sentence scans see)."""
    lines = []
    for path in sorted(Path(__file__).parent.glob("data/fresh*_*/emails/*.eml"))[:limit]:
        lines += [line.lower() for line in path.read_text("utf-8", "replace").splitlines() if len(line) > 12]
    return lines


def _alone(engine: PatternEngine) -> PatternEngine:
    """The same patterns, names and languages, compiled into a set of their own."""
    copy = PatternEngine(only=engine.only)
    for name, pattern, source, language in zip(engine.names, engine.patterns, engine.sources, engine.languages):
        copy.add(name, [pattern], source, language)
    return copy.compile()


def test_the_sentence_engine_finds_its_intent_words_with_the_main_set_and_the_same_hits():
    patterns = _shipped().patterns
    sentence = patterns.sentence
    assert isinstance(sentence._set, Lent)
    lent = {i for same in sentence._set.lent.values() for i in same}
    names = {sentence.names[i] for i in lent}
    assert {"ask_refund", "ask_cancellation"} <= names and len(lent) > len(sentence.patterns) / 2
    assert all(sentence.patterns[i] in patterns.main.patterns for i in lent)
    alone = _alone(sentence)
    lines = _lines()
    assert len(lines) > 2000
    found = 0
    for line in lines:
        for active in (None, frozenset({"en"}), frozenset({"de", "hi"})):
            shared, own = sentence.scan(line, active), alone.scan(line, active)
            assert shared.hits == own.hits, line
            found += bool(shared.hits & lent)
    assert found > 100  # the lent patterns were really found on these lines
    for line in lines[:300]:
        shared, own = sentence.scan(line), alone.scan(line)
        for name in ("ask_refund", "ask_cancellation", "not_reason"):
            got, want = shared.search(name), own.search(name)
            assert (got and got._spans) == (want and want._spans), (name, line)


def test_a_lent_pattern_and_an_own_pattern_of_one_scan_with_a_tiny_lender():
    lender = PatternEngine()
    lender.add("refund", [r"\brefund\w*", r"money back"], language="en")
    lender.add("other", [r"\bzzz\b"], language="en")
    lender.compile()
    engine = PatternEngine()
    engine.add("ask_refund", [r"\brefund\w*"], language="en")
    engine.add("greeting", [r"^hello\b"], language="en")
    engine.add("again", [r"\brefund\w*"], language="fr")  # one lender pattern, two here
    engine.compile(lender=lender)
    assert isinstance(engine._set, Lent)
    assert engine.scan("hello, a refund please").hits == {0, 1, 2}
    assert engine.scan("hello, a refund please", frozenset({"en"})).hits == {0, 1}
    assert engine.scan("money back, zzz").hits == set()  # the lender's other hits are not this engine's
    assert engine.scan("").hits == set()
    assert engine.scan("no refunds").search("ask_refund").span() == (3, 10)


def test_a_group_another_small_engine_holds_is_answered_by_it_with_the_same_hits():
    patterns = _shipped().patterns
    for engine, small, large in ((patterns.sentence, ("not_reason",), ("not_reason", "courtesy_only")),
                                 (patterns.window, ("negation_before",), ("negation_before", "past_before",
                                                                          "threat_condition")),
                                 (patterns.window, ("hyp_condition",), ("hyp_condition", "hyp_question",
                                                                        "polite_condition"))):
        view = engine.subset(*small)
        assert isinstance(view, Named) and view.engine is engine.subset(*large), small
        chosen = PatternEngine(only=frozenset(small))
        for i, name in enumerate(engine.names):
            if name in small:
                chosen.add(name, [engine.patterns[i]], engine.sources[i], engine.languages[i])
        chosen.compile(500)
        for line in _lines(150):
            got, want = view.scan(line), chosen.scan(line)
            assert got.has(small[0]) == want.has(small[0]), (small, line)
            assert {got.engine.patterns[i] for i in got.hits} == {want.engine.patterns[i] for i in want.hits}
        with pytest.raises(Exception):
            view.scan("x").has(large[-1])  # asked only its own names, as an engine of them


def test_a_small_engine_whose_program_outgrows_its_budget_gets_the_engines_own():
    engine = PatternEngine()
    engine.add("word", [f"word{i}abc[a-z]+xyz" for i in range(150)], language="en")
    engine.compile(500, 64 << 10)  # far too little for this program: compiled with the default budget
    assert engine.scan("a word7abcqxyz b").hits == {7}


def test_an_engine_keeps_at_most_max_finders_patterns_compiled_alone_with_the_same_positions(monkeypatch):
    from mailbot.reading import engine as engine_module

    monkeypatch.setattr(engine_module, "MAX_FINDERS", 2)
    words = ["refund", "cancel", "invoice", "charged", "twice"]
    kept, plain = PatternEngine(), PatternEngine()
    for engine in (kept, plain):
        for word in words:
            engine.add(word, [rf"\b{word}\w*"], language="en")
        engine.compile()
    texts = ["please refund, I was charged twice", "cancel the invoice", "refunds and cancellations", "twice"] * 3
    for text in texts:
        for word in words:
            got = kept.scan(text).search(word)
            with monkeypatch.context() as unbounded:
                unbounded.setattr(engine_module, "MAX_FINDERS", 100)
                want = plain.scan(text).search(word)
            assert (got and got._spans) == (want and want._spans), (text, word)
            assert sum(found is not None for found in kept.compiled) <= 2
    assert sum(found is not None for found in plain.compiled) == len(words)


def test_an_engine_compiled_without_keeping_its_set_names_a_bad_pattern_and_scans_as_one_that_kept_it():
    """(mem46) ``compile(keep=False)`` checks every pattern now, drops the set, and builds it again on the engine's
    first own scan: the same hits as an engine that kept it (the window engine, asked only through its subsets)."""
    import pytest

    from mailbot.errors import PatternError
    from mailbot.reading.engine import PatternEngine

    def engine(patterns):
        made = PatternEngine()
        made.add("a", patterns[:2])
        made.add("b", patterns[2:])
        return made

    words = [r"\bno\s+refund\b", r"cancel\w*", r"charged\s+(?:me\s+)?twice", r"\bif\b[^.!?\n]{0,40}\brefund"]
    kept, dropped = engine(words).compile(), engine(words).compile(keep=False)
    assert dropped._set is None
    for text in ("no refund please", "cancelled", "you charged me twice; if so, refund", "nothing", ""):
        assert dropped.scan(text).hits == kept.scan(text).hits
    assert dropped._set is not None
    assert dropped.subset("b").scan("charged twice").has("b")
    with pytest.raises(PatternError):
        engine(words + [r"(?<=x)y"]).compile(keep=False)
