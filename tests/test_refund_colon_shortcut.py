"""perf44 (issue 8): the receipt after a colon (fix43k) looks for a refund word's sentence only where a colon
comes close before it; the shortcuts pass over no word the plain reading would read (generated text, fixed seed)."""

from __future__ import annotations

import random

from mailbot.reading.refund_settlement import _after_colons, _colon_just_before, _refund_in
from mailbot.reading.sentences import sentence_bounds

PIECES = ["refund", " ", "  ", ":", ",", ";", ". ", "\n", "\n\n", "the", "arrived", "today", "re", "x" * 150,
          "a b c d e f ", "\xa0", "\u2003", "é", "?", "Dr.", "5."]


def _plain(said: str, at: int) -> bool:
    """What ``_received_before_a_colon`` asked of a refund word at ``at`` before it looks at the word's own reading."""
    topic = said.find("\n")
    first, _ = sentence_bounds(said, at, wrapped=True)
    if at > topic >= first:
        first = topic + 1
    colon = said.rfind(":", first, at)
    between = said[colon + 1:at]
    return not (colon < first or len(between.split()) > 2 or "," in between or ";" in between)


class _Words:
    """A scan whose only pattern is the word ``refund`` (its search as :meth:`Scan.search` answers)."""

    def __init__(self, said: str):
        self.said = said

    def search(self, name: str, pos: int = 0, endpos: int | None = None):
        at = self.said.find("refund", pos, endpos)
        return None if at < 0 else type("M", (), {"start": lambda self, at=at: at})()


def test_no_refund_word_the_plain_reading_reads_is_passed_over():
    rng = random.Random(44)
    read = 0
    for _ in range(3000):
        said = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 40)))
        starts = [i for i in range(len(said)) if said.startswith("refund", i)]
        windows = _after_colons(said)
        for at in starts:
            if _plain(said, at):
                read += 1
                assert _colon_just_before(said, at), (said, at)
                assert any(colon < at <= last for colon, last in windows), (said, at, windows)
        if any(_plain(said, at) for at in starts):
            assert _refund_in(_Words(said), windows, len(said)), said
    assert read > 100  # the generated text has such words
