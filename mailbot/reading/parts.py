r"""The main set pass in parts, one per language pack: each part's automaton fits its cache.

Issue 8.  Cut at their windows (:mod:`mailbot.reading.pieces`), the ~1,100 patterns of six
language packs and the brand's own still made one automaton too large for its 16 MB cache once
the packs grew (the fix15 patterns): on the held-out mail of six languages the pieces' pass took
~700-900 µs an email of ~240 characters (the cache was rebuilt every few hundred bytes), against
~15 µs with a cache large enough.  Cutting more (a repeated group of words such as
``(?:[\w-]+\s+){0,3}?`` as a window too) did not help: no single shape or pack causes it, each
pack's pieces alone pass in 2-4 µs; it is the product of the packs' states, alive together on the
words the languages share (``de``, ``no``, ``la``, ``a``...).

So the patterns are split by the pack they come from (the brand's own, language None, are a part
too), each part is a :class:`~mailbot.reading.pieces.PieceSet`, and every part runs on every
text (the language of an email is not trusted to choose: mail mixes languages).  The hits are
the union of the parts' hits, in ascending order: exactly one set's (``tests/test_parts.py``;
``bench/reading_diff.py`` showed 0 differences).  Measured (noisy shared machine, one core):
seven parts ~50 µs an email where the one set took ~800 µs; peak RSS within ~4 MB of the one
set's (each part's cache only grows to the states its mail needs: a few MB).

Bound: each part may use :data:`MAX_MEM_PART` (8 MB) of RE2 memory; 8 MB measured as fast as
16 MB on the held-out mail (4 MB: ~90 µs, 2 MB: ~360 µs, overflowing).
"""

from __future__ import annotations

from mailbot.reading.pieces import PieceSet

MAX_MEM_PART = 8 << 20
"""Memory RE2 may use for one part's pieces set (its DFA cache, grown as it is used)."""


class PartedSet:
    """Answers ``Match(data)`` as one ``re2.Set`` of ``patterns`` would (the indices of the
    patterns that occur, in ascending order), by one :class:`PieceSet` per value of ``parts``
    (the pack of each pattern)."""

    def __init__(self, patterns: list[str], parts: list, options, confirm_options, together_options=None):
        if len(parts) != len(patterns):
            raise ValueError("one part key per pattern")
        by_part: dict = {}
        for index, key in enumerate(parts):
            by_part.setdefault(key, []).append(index)
        self.parts: list[tuple[tuple[int, ...], PieceSet]] = [
            (tuple(indices), PieceSet([patterns[i] for i in indices], options, confirm_options, together_options))
            for indices in by_part.values()]
        """Per part: the indices of its patterns in ``patterns``, and their pieces set."""

    def Match(self, data: bytes) -> list[int]:  # noqa: N802 - as re2.Set's
        hits: list[int] = []
        for indices, found in self.parts:
            got = found.Match(data)
            if got:
                hits += [indices[at] for at in got]
        if len(self.parts) > 1:
            hits.sort()
        return hits
