"""perf26a: :class:`mailbot.reading.purpose.PurposeCheck` looks each word up alone, where the check it replaced
scanned the candidate's words one a line with the whole sentence engine.  The two agree as long as no pack's
purpose or number word can match across a line break; these tests check that, and the answers themselves."""

from __future__ import annotations

import pytest

from mailbot.reading.extract import _shipped
from mailbot.reading.languages import load_packs, pack_dirs
from mailbot.reading.patterns import MAX_MATCHES
from mailbot.reading.purpose import (
    NUMBER_WORD, PURPOSE_WORD, REQUEST_SPAN_WORDS, _REQUEST_SPANS, PurposeCheck, says_only_what_it_is_for,
)
from mailbot.reading.reading_rules import words_of

ACROSS_A_LINE = ("\\s", "\\W", "\\n", "\\D", "[^", ".", " ")


def _lined(said: str, projects, engine, active) -> bool:
    """The check as it was before perf26a: the words one a line, then on one line."""
    words = projects.without(words_of(" ".join(w for w in said.split() if not any(ch.isdigit() for ch in w))))
    if not words:
        return True
    lined = engine.scan("\n".join(words), active)
    purpose = {m.start() for name in (PURPOSE_WORD, NUMBER_WORD) if lined.has(name) for m in lined.finditer(name)}
    starts, at = [], 0
    for word in words:
        starts.append(at)
        at += len(word) + 1
    single = " ".join(words)
    scan = engine.scan(single, active)
    spans = [(m.start(), m.end()) for name in _REQUEST_SPANS if scan.has(name) for m in scan.finditer(name)
             if single.count(" ", m.start(), m.end()) < REQUEST_SPAN_WORDS]
    return all(start in purpose or any(s <= start and start + len(word) <= e for s, e in spans)
               for word, start in zip(words, starts))


def test_no_purpose_or_number_word_can_match_across_a_line():
    for code, pack in load_packs(pack_dirs(None)).items():
        for key in ("text.purpose_words", "text.number_words"):
            for entry in pack.get(key) or ():
                assert not any(mark in entry for mark in ACROSS_A_LINE), (code, key, entry)


@pytest.mark.parametrize("said", [
    "for the Linden Shop project",
    "That's the reason, I want it back",
    "Saini Furniture Store ke liye",
    "para el proyecto Casa Azul",
    "that is fourteen thousand rupees only",
    "the shop closed last month",
    "budget cuts for the project",
    "invoice 14000 for the deposit please",
    "three weeks without an answer",
    "",
    " ".join(["the"] * (MAX_MATCHES + 20)),
    " ".join(["the"] * (MAX_MATCHES - 5) + ["fourteen"] * 30 + ["for"] * 10),
    " ".join(["the"] * (MAX_MATCHES + 5) + ["refund"]),
])
def test_the_same_answer_as_the_lined_scan(said):
    reader = _shipped()
    check = PurposeCheck(reader.patterns.sentence, reader.projects)
    for active in (frozenset({"en"}), frozenset({"hi", "en"}), frozenset(reader.patterns.languages)):
        expected = _lined(said, reader.projects, reader.patterns.sentence, active)
        assert check(said, active) is expected
        assert check(said, active) is expected  # kept
        assert says_only_what_it_is_for(said, reader.projects, reader.patterns.sentence, active) is expected


def test_a_long_word_is_answered_but_not_kept():
    reader = _shipped()
    check = PurposeCheck(reader.patterns.sentence, reader.projects)
    huge = "x" * 5000
    assert check(f"for the {huge}", frozenset({"en"})) is False
    assert all(len(word) <= 40 for word, _ in check._kinds_of)
