"""The reading's reuse of work it did already gives what doing it again gives (unit tests of single
functions, perf22a): a scan's matches replayed to a later reader, and the hard-wrap decline check
that looks only at refund words near a hard wrap.  Checked on generated text (fixed seeds: the same
cases every run) against the plain way, written out here.
"""

from __future__ import annotations

import itertools
import random

from mailbot.reading.engine import PatternEngine
from mailbot.reading.sentences import SENTENCE_REACH, _wraps, hard_wraps, sentence_bounds

PATTERNS = [r"\brefund\w*", r"(refund)(s)?", r"(?i)\bREF(\d+)?", r"\bmoney\W+(?:\w+\W+){0,2}back", r"fund"]
PIECES = ["refund", "s", " ", "ref", "12", "\n", "REF", "money", "back", "é", "fund", "-", ",", "😀"]


def _texts(seed: int, count: int, pieces, longest: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(pieces) for _ in range(rng.randrange(0, longest)))


def _spans(matches) -> list:
    return [[tuple(span) for span in m._spans] for m in matches]


def test_matches_replayed_to_a_later_reader_are_those_a_fresh_scan_finds():
    engine = PatternEngine()
    engine.add("word", PATTERNS)
    engine.add("one", [r"\bback\b"])
    engine.compile()
    rng = random.Random(5)
    replayed = 0
    for text in _texts(6, 1500, PIECES, 16):
        for name in ("word", "one"):
            for end in (None, rng.randrange(0, len(text) + 1)):
                want = _spans(engine.scan(text).finditer(name, end))  # a fresh scan, read once
                scan = engine.scan(text)
                first = scan.finditer(name, end)
                head = _spans(itertools.islice(first, rng.randrange(0, 4)))  # a reader that stops early
                second = scan.finditer(name, end)
                interleaved = _spans(itertools.islice(second, 1))
                rest_first = _spans(first)  # the first reader goes on past where it stopped
                assert head + rest_first == want, (text, name, end)
                assert interleaved + _spans(second) == want, (text, name, end)
                assert _spans(scan.finditer(name, end)) == want, (text, name, end)
                replayed += bool(want)
    assert replayed > 500  # most cases had matches to replay


def test_a_sentence_holds_a_line_break_only_near_a_hard_wrap():
    """What ``IntentReading._declined_across_a_wrap`` relies on to skip refund words far from any hard
    wrap: a wrapped sentence holds only hard wraps, within the reach of its index."""
    pieces = [".", "!", "?", " ", "\n", "\n\n", "\u0964", ":", ",", ";", "a", "A", "\t", "word", "e.g.", "am 15",
              "¿", "é"]
    rng = random.Random(7)
    held = 0
    for text in _texts(8, 2500, pieces, 30):
        wraps = hard_wraps(text)
        assert wraps == [at for at, char in enumerate(text) if char == "\n" and _wraps(text, at)], text
        for index in range(0, len(text) + 1):
            for limit in (SENTENCE_REACH, rng.randrange(0, 12)):
                first, last = sentence_bounds(text, index, limit, wrapped=True)
                breaks = [at for at in range(first, last) if text[at] == "\n"]
                assert all(at in wraps for at in breaks), (text, index, limit)
                assert all(index - limit <= at < index + limit for at in breaks), (text, index, limit)
                held += bool(breaks)
    assert held > 1000  # many sentences held a wrap: the property was tested


def test_matches_come_in_order_of_start():
    """What ``IntentReading.dispute`` relies on to read only the refund words that start before a dispute
    word: ``finditer`` yields the matches of a name's patterns in order of start (char offsets too)."""
    engine = PatternEngine()
    engine.add("word", PATTERNS)
    engine.compile()
    several = 0
    for text in _texts(9, 1500, PIECES, 16):
        starts = [m.start() for m in engine.scan(text).finditer("word")]
        assert starts == sorted(starts), text
        several += len(starts) > 2
    assert several > 300
