"""An engine's set that finds some of its patterns with another engine's set (:class:`Lent`; fix41k: moved out of
:mod:`mailbot.reading.engine`, which imports it as ``engine.Lent``, to keep that module short)."""

from __future__ import annotations

from mailbot.reading.parts import PartedSet, parts_to_run


class Lent:
    """Answers ``Match(data)`` as one set of an engine's patterns would (their indices, in any
    order), when some of them are found by another engine's set: the sentence engine's intent
    words (``ask_refund``, ``ask_cancellation``, ``cancellation_past``, ``own_closing``: 787 of
    its 1,166 patterns with six packs) are the main engine's ``refund``, ``cancellation``...,
    the same pattern texts.  A pattern's hit depends on its text only, so the lender's pass finds
    the same hits for them; positions are still asked of this engine's own patterns.

    Issue 8 (perf27a, parse-worker memory): the second copy was ~2/3 of the sentence engine's
    program (~2.5 of 3.8 MB) and of the automaton states it grew (~4 MB after 1,000 benchmark
    emails; ~41 MB on the held-out mail of six languages).  The price is the lender's pass over
    each text the sentence engine scans (about one a benchmark email, ~170 characters; ~3 of ~60
    on the held-out mail), about what the larger set's own pass cost."""

    __slots__ = ("found", "own", "lender", "lent", "served")

    def __init__(self, found, own: list[int], lender, lent: dict[int, list[int]], languages: list[str | None]):
        self.found = found
        """The set of this engine's own patterns."""
        self.own = own
        """The index in the engine of each pattern of ``found``."""
        self.lender = lender
        """The other engine's set."""
        self.lent = lent
        """For each index in the other engine, the indices in this one of the same pattern."""
        self.served = None if not isinstance(lender, PartedSet) else tuple(
            frozenset(languages[mine] for theirs in indices for mine in lent.get(theirs, ())) for indices, _ in lender.parts)
        """Per part of a parted lender: the packs (this engine's ``languages``) of the patterns it finds for this one."""

    def Match(self, data: bytes, active: frozenset[str] | None = None) -> list[int]:  # noqa: N802 - as re2.Set's
        """With ``active``, the parts of a parted set (own or lent) whose hits the scan would all leave
        out are not run (perf35a: :func:`~mailbot.reading.parts.parts_to_run`); the same hits kept."""
        own, lent = self.own, self.lent
        mine = self.found.Match(data, active) if isinstance(self.found, PartedSet) else self.found.Match(data)
        hits = [own[at] for at in mine or ()]
        if self.served is None:
            theirs = self.lender.Match(data)
        else:
            theirs = self.lender.match_parts(data, parts_to_run(self.served, active))
        for at in theirs or ():
            same = lent.get(at)
            if same:
                hits += same
        return hits
