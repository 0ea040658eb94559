r"""The main set pass in a few parts by language pack: each part's automaton fits its cache.

Issue 8.  Cut at their windows (:mod:`mailbot.reading.pieces`), the ~1,100 patterns of six
language packs and the brand's own still made one automaton too large for its 16 MB cache once
the packs grew (the fix15 patterns): on the held-out mail of six languages the pieces' pass took
~700-900 µs an email of ~240 characters (the cache was rebuilt every few hundred bytes), against
~15 µs with a cache large enough.  Cutting more (a repeated group of words such as
``(?:[\w-]+\s+){0,3}?`` as a window too) did not help: no single shape or pack causes it, each
pack's pieces alone pass in 2-4 µs; it is the product of the packs' states, alive together on the
words the languages share (``de``, ``no``, ``la``, ``a``...).

So the patterns are split by the pack they come from into a few parts (:data:`PART_OF`), each
part is a :class:`~mailbot.reading.pieces.PieceSet`, and every part runs on every text (the
language of an email is not trusted to choose: mail mixes languages).  The hits are the union of
the parts' hits, in ascending order: exactly one set's (``tests/test_pieces.py``;
``bench/reading_diff.py`` showed 0 differences).

How many parts is a trade (measured on a noisy shared machine, one core, µs per email for the
set pass on the held-out mail of six languages / on the benchmark's realistic mail of ~6 KB):
one set ~1,200 / ~100 (overflowing on the first); a part per pack, 8 MB each, ~55 / ~300 (seven
passes over long mail); three parts (before Hindi had its own), 16 MB each, ~36 / ~165; other
groupings of three or four parts, or 8-12 MB a part, overflowed again (~240-360 on the first).

Bound: each part may use :data:`~mailbot.reading.patterns.MAX_MEM` (16 MB) of RE2 memory, or what
:data:`PART_MEM` gives it (92 MB for the main set's four parts together, at worst).  That memory is the price of not overflowing: the states are
needed.  Measured (peak RSS over the set pass alone): on the realistic mail no change (the
triage bench's peak 77 MB either way); on ~3,000 held-out emails of six languages +42 MB against
+20 MB for the one 16 MB set (which reached its bound and kept rebuilding); seven parts of 8 MB
took +39 MB, three of 12 MB +38 MB and overflowed.
"""

from __future__ import annotations

from functools import lru_cache

import re2

from mailbot.reading.pieces import PieceSet

PART_OF = {None: 0, "en": 0, "hi": 3, "de": 1, "fr": 1, "es": 2, "pt": 2}
"""The part of the patterns of each pack (None: the brand's own).  English and the brand's own
share one part, Hindi has its own, the other packs go two by two.  A pack not named here gets a
part of its own.

Hindi shared English's part until the phrasebook pass (pb17) grew both packs by ~250 patterns: the
part overflowed its cache again, and the set pass on English and Hindi mail went from ~20 to
~500-550 µs an email; with Hindi apart, ~30 µs (``bench/language_bench.py``, shared machine)."""


PART_MEM = {1: 32 << 20, 2: 24 << 20, 3: 20 << 20}
"""The memory RE2 may use for a part (its DFA cache), where the part needs more than the engine's
:data:`~mailbot.reading.patterns.MAX_MEM` (16 MB) not to overflow on the held-out mail of the six
languages; a part not named here has the engine's.  Sized from measurement (perf21b, the main set's
parts over the ~3,200 held-out emails of six languages and 300 benchmark emails, a 64 MB cache each,
what each cache grew to): English and the brand's own 13.9 MB, German and French 25.9 MB, Spanish
and Portuguese 16.0 MB, Hindi 15.1 MB.  At 16 MB the German and French part overflowed and was
rebuilt on German mail (its pass ~62 µs an email of ~250 characters against ~17), and the Spanish
and Portuguese part on Portuguese mail (~75 against ~6); Hindi's fitted with little room.

Bound: a cap, not an allocation.  The states are made as text needs them, so on the benchmark
mail (one language) the caches stay far below it (the main set's four grew ~6 MB over 1,000
emails) and a parse worker's memory does not change; a worker reading all six languages may hold
up to 92 MB of the main set's states instead of 64 (it held ~72 MB over the held-out mail)."""


@lru_cache(maxsize=256)
def parts_to_run(packs: tuple[frozenset, ...], active: frozenset[str] | None) -> tuple[bool, ...]:
    """Which parts a scan in the ``active`` packs needs, given the packs whose hits each part's patterns
    count for (``packs``, None in a set: the brand's own, always counted): those with one of them.

    Issue 8 (perf35a, parse-worker CPU): a scan asked in the languages an email is read in keeps only the
    hits of those packs and the brand's own; the parts of the other packs ran for nothing (a pass over a
    line of ~170 characters costs ~30-40 µs inside the reading, its automaton cold in the CPU's cache).
    The benchmark mail is read in English, Hindi and French (``langid.active_languages``): the purpose
    check's one-line scan (:mod:`mailbot.reading.purpose`) runs three of the intent words' four parts
    (Spanish and Portuguese skipped), a saving within the noise of a loaded machine there; German or
    Spanish mail runs two.  On the held-out mail of six languages (``bench/worker_memory.py --count 1000
    --held-out``, one run a side, load ~15): a worker's RSS 266.4 -> 262.9 MB, its CPU 9,331 -> 8,908 µs an
    email.  The hits are the same: a part skipped holds no pattern whose hit the scan would keep
    (``tests/test_scan_active_parts.py``).  ``active`` None: every part with a pack at all.

    Kept for each ``packs`` and ``active`` (perf38: the one cache of the parted sets and of the :class:`~mailbot.reading.
    engine.Lent` sets that borrow their parts, which each kept their own; bound: 256, a few a brand's engines and the
    sets of packs its emails are read in)."""
    return tuple(bool(held) and (active is None or None in held or not held.isdisjoint(active)) for held in packs)


def _options_with(options, max_mem: int):
    """A copy of RE2 ``options`` with ``max_mem`` at least ``max_mem``."""
    copied = re2.Options()
    for name in re2.Options.NAMES:
        setattr(copied, name, getattr(options, name))
    copied.max_mem = max(options.max_mem, max_mem)
    return copied


class PartedSet:
    """Answers ``Match(data)`` as one ``re2.Set`` of ``patterns`` would (the indices of the
    patterns that occur, in ascending order), by one :class:`PieceSet` per part (``parts``: the
    pack of each pattern, grouped by :data:`PART_OF`)."""

    def __init__(self, patterns: list[str], parts: list, options, confirm_options, grown: bool = True):
        """``grown``: a part named in :data:`PART_MEM` may use that much (else ``options``' budget, a
        small engine's: :meth:`~mailbot.reading.engine.PatternEngine._apart`)."""
        if len(parts) != len(patterns):
            raise ValueError("one part key per pattern")
        by_part: dict = {}
        for index, key in enumerate(parts):
            by_part.setdefault(PART_OF.get(key, key), []).append(index)
        self.parts: list[tuple[tuple[int, ...], PieceSet]] = [
            (tuple(indices), PieceSet([patterns[i] for i in indices],
                                      _options_with(options, PART_MEM[part]) if grown and part in PART_MEM else options,
                                      confirm_options))
            for part, indices in by_part.items()]
        """Per part: the indices of its patterns in ``patterns``, and their pieces set."""
        self.packs = tuple(frozenset(parts[i] for i in indices) for indices, _ in self.parts)
        """Per part: the packs its patterns come from (None: the brand's own)."""

    def Match(self, data: bytes, active: frozenset[str] | None = None) -> list[int]:  # noqa: N802 - as re2.Set's
        """The patterns that occur in ``data``; with ``active``, only the parts that hold a pattern of those
        packs or of the brand's own are run (see :func:`parts_to_run`): the others' hits would all be left
        out by the scan (:meth:`~mailbot.reading.engine.PatternEngine.scan`)."""
        return self.match_parts(data, None if active is None else parts_to_run(self.packs, active))

    def match_parts(self, data: bytes, run: tuple[bool, ...] | None = None) -> list[int]:
        """``Match`` of the parts ``run`` names (one flag a part; None: every part)."""
        hits: list[int] = []
        for part, (indices, found) in enumerate(self.parts):
            if run is not None and not run[part]:
                continue
            got = found.Match(data)
            if got:
                hits += [indices[at] for at in got]
        if len(self.parts) > 1:
            hits.sort()
        return hits

    def match_many(self, datas: list[bytes], before=None) -> list[list[int]]:
        """``Match`` of each of ``datas``, part by part: one part over every text, then the next
        (``before(i)``, if given, is called before each pass over ``datas[i]``).

        Why (perf23c): a part's pass is fast only while its automaton's states are in the CPU's
        cache; between two emails the rest of the reading evicts them.  Measured on the benchmark
        mail (~6,500 bytes an email, one core, shared machine): the four parts' pieces sets take
        ~130 µs an email run part by part over many texts, ~375 µs text by text in a loop (each
        part evicts the others), ~830 µs inside the reading of each email.  The hits are
        ``Match``'s."""
        hits: list[list[int]] = [[] for _ in datas]
        for indices, found in self.parts:
            for at, data in enumerate(datas):
                if before is not None:
                    before(at)
                got = found.Match(data)
                if got:
                    hits[at] += [indices[i] for i in got]
        if len(self.parts) > 1:
            for each in hits:
                each.sort()
        return hits
