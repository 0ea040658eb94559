r"""The one-pass pattern engine: every pattern of every field, intent, reason and language in one scan.

Customer text is hostile, so no backtracking regular expression runs on it.  The engine uses
RE2 (``google-re2``), whose matching time is linear in the text whatever the pattern:

1. All the patterns of a brand and of the languages it reads are compiled once into one
   ``re2.Set``: :meth:`PatternEngine.scan` runs it over the text in a single DFA pass and
   returns which patterns occur.  The pass costs about the same for 80 patterns as for 500, so
   six languages do not cost six times one (``bench/engine_bench.py`` prints the figures).
   A large engine's set holds its patterns cut at their sentence windows
   (:mod:`mailbot.reading.pieces`): whole, the windows of six languages overflowed the DFA cache
   on varied mail (``bench/language_bench.py``); the hits are the same.
2. Positions and groups are then asked only of the patterns that hit
   (:meth:`Scan.search`, :meth:`Scan.finditer`), each compiled alone with RE2 too.

Patterns are grouped under *names* ("refund", "reason.duplicate_payment", ...): a name
hits when any of its patterns does.  Pattern text is RE2 syntax (Perl-like, no look-around,
no backreferences); ``\w``/``\W`` are widened to accented Latin, Greek, Cyrillic and
Devanagari letters so that "devolución" or "रिफंड" are words, while ``\b`` stays RE2's ASCII
word boundary, so a pack writes ``\b`` only next to ASCII letters.  In the set pass a counted
repeat ``{m,n}`` is loosened to ``{m,}`` (see :func:`relax`), which keeps the set's automaton
small; a loosened pattern that hits is confirmed with its exact form.

Why RE2 rather than Hyperscan (``bench/engine_bench.py``, ~7 KB of customer text an email):
Hyperscan accepted only 150 of the 441 patterns of six languages (it refuses bounded repeats,
``\b`` with Unicode, large counted repeats...) and reports no match start unless patterns are
restricted further; RE2 accepts every pattern, its set pass stayed within noise of the same
cost for two languages and for six.  Both publish wheels for CPython 3.11-3.13 on x86-64 and
arm64 Linux (google-re2 1.1 on both; hyperscan's arm64 wheels were found for 0.7.23 only).

This module holds the set (:class:`PatternEngine`, :class:`Named`, a view of its large
groups; :class:`~mailbot.reading.lent.Lent`, an engine's set that finds some of its patterns with another's, is
:mod:`mailbot.reading.lent`, imported here as ``Lent``); one pattern alone is :mod:`mailbot.reading.patterns`, and what a pass found, with the
matches asked of it, is :class:`~mailbot.reading.scan.Scan` (:mod:`mailbot.reading.scan`).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Iterable

import re2

from mailbot.errors import PatternError
from mailbot.reading.encoded import Encoded
from mailbot.reading.lent import Lent
from mailbot.reading.parts import PartedSet
from mailbot.reading.patterns import Finder, _options, compile_one, relax, to_re2
from mailbot.reading.pieces import MAX_MEM_CONFIRM, SPLIT_FROM
from mailbot.reading.scan import Scan

log = logging.getLogger(__name__)

VIEW_FROM = 500
"""Patterns from which a group of names asked alone is answered by its whole engine's pass
(:meth:`PatternEngine.subset`).  Issue 8 (perf23b): the reason cues (680 patterns of six
languages) and the restatement words (649) compiled apart were parted sets of their own, 1.5 and
2.5 MB of a parse worker's private memory (~4 MB of ~51 after 2,000 benchmark emails, and ~0.3 s
of its start), for passes no faster than their engine's: µs a scan, apart / whole, on the texts
the pipeline asks them of 15 / 24 (restatement, 12 scans in 1,000 emails; 217 / 106 on benchmark
sentences, 1,808 / 732 on notes of 2,000 characters) and 187 / 95 (reason cues, benchmark
sentences; 0 scans in 2,000 emails).  Smaller groups keep their own engine: asked on most emails
(the hypothesis words, ``not_reason`` with courtesy, the refund negations: 225-306 patterns),
they are cheaper apart (25 / 43, 63 / 93, 32 / 68 µs), ~2 % of a worker's CPU together."""

SUBSET_SPLIT_FROM = VIEW_FROM
"""Patterns from which an engine of a few names (:meth:`PatternEngine.subset`) scans by pieces in
parts, as its whole engine does from :data:`~mailbot.reading.pieces.SPLIT_FROM`: never, since a
group that large is a :class:`Named` view.  Issue 8 (perf24b): the subsets of 200-499 patterns
(``not_reason`` with courtesy 235, the hypothesis words 250, the refund declines 327) are asked of
one sentence or a few (~30-200 characters), where four parts' passes over their pieces, then over
the candidates, cost more than one set's pass: µs a scan inside the reading of the benchmark mail,
parted / whole, 120 / 24 (``not_reason``), 38 / 13 (hypothesis), the same hits; ~130 µs an email.
On the held-out mail of six languages: see the figures in ``tests``/the report (perf24b)."""

COVER_UP_TO = 4
"""A group of names that a small engine already compiled holds, with at most this many times its
patterns, is answered by that engine (a :class:`Named` view of it) instead of a set of its own.
Issue 8 (perf27a, parse-worker memory): three groups the reading asks were each a second copy of
patterns another small engine holds: ``not_reason`` (245 patterns) inside ``not_reason`` with
courtesy (251), ``negation_before`` (50) inside the negations before an intent word (106),
``hyp_condition`` (75) inside the hypothesis words (283).  Their sets took ~1.1 MB of a worker's
memory after 1,000 benchmark emails (program and automaton states; ~1.6 MB on the held-out mail),
for scans of a sentence or a few words where the larger set's pass costs the same."""

SUBSET_MEM = 4 << 20

APART_MEM = 6 << 20
"""RE2 memory of each part of the main engine's intent words as an engine of their own
(:meth:`PatternEngine._apart`, ~890 patterns with six packs).  Stop 31: fix39b's German and French
refund words (a fee asked back by a pronoun, a charge by its bare number) took its German/French
part past :data:`SUBSET_MEM`'s 4 MB, and the engine fell back to one plain set (the same hits, the
purpose check's slower pass: tests/test_scan_active_parts.py).  A budget, not an allocation: the
automaton states still grow only as texts need them."""
"""The memory RE2 may use for the set of an engine of a few names (its program and automaton
states; the whole engines have :data:`~mailbot.reading.patterns.MAX_MEM` a part).  Issue 8
(perf27a): at 16 MB, on the held-out mail of six languages their caches grew without need: the
hypothesis words to ~11 MB, ``not_reason`` with courtesy to ~12, the refund declines to ~5, the
purpose words to ~3 (1,500 emails), on the sentences and windows they are asked of, where a cache
rebuilt now and then costs little.  The largest set's program (the refund declines, 342 patterns) is
~1 MB; on the benchmark mail none grows past ~1.7 MB, so this cap changes nothing there."""

MAX_FINDERS = 256
"""Patterns compiled alone for positions (:meth:`PatternEngine.finder`) an engine keeps at most;
past it, the one used least recently is dropped (compiled again if it hits again).  Issue 8
(perf27a, hostile-input bound): each costs ~50-180 KB (RE2's forward and reverse programs and
their automaton states), and mail that hits ever more patterns kept them all: 777 of the main
engine's and 136 of the sentence engine's after 1,500 held-out emails of six languages, ~66 MB of a
worker's memory (crafted mail could hit every one of ~4,300).  At 256 the held-out worker held ~22 MB
less (~204 -> ~182 MB), its CPU within the noise of a loaded machine (+0-5 %); 128 saved ~29 MB
for ~+10 %.  The benchmark mail hits ~45 in all, so nothing is dropped there (no cost: the
recency order is kept only once an engine is full)."""


@dataclass(repr=False)
class PatternEngine:
    """Named groups of patterns compiled into one RE2 set (build with :meth:`add`, then :meth:`compile`)."""

    names: list[str] = field(default_factory=list)
    """The name of each pattern, by its index in the set."""
    patterns: list[str] = field(default_factory=list)
    compiled: list = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    languages: list[str | None] = field(default_factory=list)
    """The language pack each pattern comes from (None: the brand's own, always read)."""
    _set: object | None = None
    _subsets: dict = field(default_factory=dict)
    """Engines of a few names each (see :meth:`subset`)."""
    _joined: dict = field(default_factory=dict)
    """Patterns that hit together, joined for one pass (see :mod:`mailbot.reading.combined`)."""
    only: frozenset[str] | None = None
    """The names of an engine made by :meth:`subset` (a scan of it is asked no other name)."""
    _kept: OrderedDict = field(default_factory=OrderedDict)
    """The indices of the patterns compiled alone, least recently used first (see :data:`MAX_FINDERS`)."""
    _lent_from: dict = field(default_factory=dict)
    """Per pattern found by a lender's set (:class:`Lent`): that engine and the pattern's index there,
    whose :meth:`finder` it shares (see :meth:`finder`)."""
    _lender: PatternEngine | None = None
    """The engine whose set finds some of this one's patterns (:class:`Lent`), if any."""

    def add(self, name: str, patterns: Iterable[str], source: str = "pattern", language: str | None = None) -> None:
        for pattern in patterns:
            self.compiled.append(None)  # compiled alone on its first hit (most never hit)
            self.names.append(name)
            self.patterns.append(pattern)
            self.languages.append(language)
            self.sources.append(source)

    def finder(self, index: int) -> Finder:
        """The pattern at ``index`` compiled alone (once), for positions.  A pattern lent by another
        engine (:class:`Lent`) is that engine's finder: the same text, one copy (perf28a: patterns
        are compiled outside ``re2.compile``'s cache, :func:`~mailbot.reading.patterns.uncached`,
        which used to share them)."""
        lent = self._lent_from.get(index)
        if lent is not None:
            return lent[0].finder(lent[1])
        found = self.compiled[index]
        kept = self._kept
        if found is None:
            found = self.compiled[index] = Finder(self.patterns[index], self.sources[index])
            kept[index] = None
            if len(kept) > MAX_FINDERS:
                self.compiled[kept.popitem(last=False)[0]] = None
        elif len(kept) >= MAX_FINDERS:
            kept.move_to_end(index)
        return found

    def compile(self, split_from: int = SPLIT_FROM, max_mem: int | None = None,
                lender: PatternEngine | None = None, keep: bool = True) -> PatternEngine:
        """Compile the set: by pieces in parts (:class:`~mailbot.reading.parts.PartedSet`) from
        ``split_from`` patterns, else one ``re2.Set`` (RE2 may use ``max_mem`` for it, by default
        :data:`~mailbot.reading.patterns.MAX_MEM`).  With a compiled ``lender``, the patterns it
        holds too are found by its set instead of a second copy in this one (:class:`Lent`).

        ``keep`` False: the set is compiled (a pattern RE2 refuses is named now) and dropped, and
        compiled again on the engine's first own scan, for an engine asked only through its
        subsets (:meth:`subset`).  Issue 8 (mem46): the window engine's set (801 patterns, ~1.8 MB
        of a parse worker after 3,000 benchmark emails) was scanned by no reading but one whose
        names are a subset's."""
        self._build = None if keep else (split_from, max_mem, lender)
        self.loose = []
        relaxed = []
        for pattern in self.patterns:
            exact = to_re2(pattern)
            loosened = relax(exact)  # once: relax is ~30% of a brand's compile (every worker and triage start)
            self.loose.append(loosened != exact)
            relaxed.append(loosened)
        lent: dict[int, list[int]] = {}
        own = list(range(len(self.patterns)))
        if lender is not None:
            at = {pattern: index for index, pattern in enumerate(lender.patterns)}
            own = [i for i, pattern in enumerate(self.patterns) if pattern not in at]
            for i, pattern in enumerate(self.patterns):
                if pattern in at:
                    lent.setdefault(at[pattern], []).append(i)
        found = self._own_set(own, relaxed, split_from, max_mem)
        self._set = Lent(found, own, lender._set, lent, self.languages) if lent else found
        self._lent_from = {mine: (lender, theirs) for theirs, same in lent.items() for mine in same}
        self._lender = lender if lent else None
        if not keep:
            self._set = None
        return self

    def _own_pass(self):
        """The engine's set, compiled again if :meth:`compile` dropped it (``keep`` False)."""
        if self._set is None and getattr(self, "_build", None) is not None:
            split_from, max_mem, lender = self._build
            self.compile(split_from, max_mem, lender)
        return self._set

    def _own_set(self, own: list[int], relaxed: list[str], split_from: int, max_mem: int | None):
        """The set of the patterns at ``own`` (its hits are positions in ``own``)."""
        mine = [relaxed[i] for i in own]
        if len(mine) >= split_from:
            try:  # the big engine scans by pieces, in parts by pack (mailbot.reading.pieces, .parts): each fits
                if max_mem is None:
                    return PartedSet(mine, [self.languages[i] for i in own], _options(), _options(MAX_MEM_CONFIRM))
                return PartedSet(mine, [self.languages[i] for i in own], _options(max_mem),
                                 _options(MAX_MEM_CONFIRM), grown=False)
            except re2.error:
                pass  # a pattern RE2 refuses: named below
        try:
            return self._one_set(own, relaxed, _options() if max_mem is None else _options(max_mem))
        except re2.error:  # a program too large for ``max_mem``: the engines' own budget
            if max_mem is None:
                raise
            return self._one_set(own, relaxed, _options())

    def _one_set(self, own: list[int], relaxed: list[str], options) -> re2.Set:
        found = re2.Set.SearchSet(options)
        for i in own:
            try:
                found.Add(relaxed[i])
            except re2.error:
                compile_one(self.patterns[i], self.sources[i])  # raises PatternError with RE2's reason
                raise PatternError(f"{self.sources[i]}: {self.patterns[i]!r} cannot join the pattern set") from None
        found.Compile()
        return found

    def subset(self, *names: str) -> PatternEngine | Named:
        """An engine of only the patterns named ``names`` (compiled once, on first use).

        Its scans find exactly what this engine's scans find for those names (the same
        patterns, languages and order), in a pass over a far smaller automaton: for a caller
        that asks one or two names of a text (a forwarded block's ``From:`` line, a note's
        ``not_reason`` words), the whole set's pass costs ten times more, mostly in memory
        the whole set's states take (cold in the cache when each email comes).

        Names with :data:`VIEW_FROM` patterns or more get no engine of their own but a
        :class:`Named` view: this engine's own pass, its hits kept to those names, so the
        same answer; so do names a smaller engine already made holds (:data:`COVER_UP_TO`)."""
        cached = self._subsets.get(names)
        if cached is None:
            chosen = [i for i, name in enumerate(self.names) if name in names]
            lent = [i for i in chosen if i in self._lent_from]
            if len(chosen) - len(lent) >= VIEW_FROM or len(chosen) >= VIEW_FROM and not lent:
                cached = self._subsets[names] = Named(self, frozenset(names))
                return cached
            cover = self._covering(frozenset(names), len(chosen))
            if cover is not None:
                cached = self._subsets[names] = Named(cover, frozenset(names))
                return cached
            cached = self._engine_of(names, chosen)
            lender = None
            if lent:  # their lender's words, as an engine of their own (see _apart)
                lender = self._lender._apart(*sorted({self._lender.names[self._lent_from[i][1]] for i in lent}))
            self._subsets[names] = cached.compile(SUBSET_SPLIT_FROM, SUBSET_MEM, lender)
            cached._share_finders(self, chosen)
        return cached

    def _apart(self, *names: str) -> PatternEngine:
        """The patterns named ``names`` as an engine of their own, whatever their number (never a
        :class:`Named` view): the lender of a lending engine's subset (:meth:`subset`).

        Issue 8 (perf33a): the purpose check (:mod:`mailbot.reading.purpose`) scans a candidate
        reason's words joined on one line for the request's words, ``request`` (22 patterns of the
        sentence engine's own) and the intent words (714, lent by the main engine, :class:`Lent`).
        It ran the whole sentence engine: its own set (389 patterns) and the main engine's four
        parts (2,849, cold in the CPU's cache) over each candidate: 484 of the 522 lent passes of
        600 benchmark emails.  Now its subset's own set and this engine's parts (827 patterns).
        Measured (the benchmark mail in a worker-like process: batches, drain thread; loaded shared
        machine, alternated): the purpose check's CPU ~580-630 -> ~355-400 µs an email (process
        CPU time of the check alone, 1,000 emails, 3 runs a side); RSS after 2,000 emails 77.0 ->
        74.6 MB (the word lines, text the main set never reads, no longer grow automaton states in
        its parts, ~-5 MB, for this engine's ~3.3 MB program).  The hits are the same (the same
        patterns; pieces then candidates give one set's answer; ``bench/reading_diff.py``: 0 of
        12,903 readings changed).  Bound: each part's automaton :data:`SUBSET_MEM` (not
        :data:`~mailbot.reading.parts.PART_MEM`; 1 MB overflowed on the benchmark mail, the check
        ~830 µs).  The price on varied mail: after 1,000 benchmark then 7,592 held-out emails of
        six languages, RSS 221 -> 244 MB (the main set's parts -10, the other engines +28)."""
        key = ("apart", *names)
        cached = self._subsets.get(key)
        if cached is None:
            chosen = [i for i, name in enumerate(self.names) if name in names]
            cached = self._engine_of(names, chosen)
            self._subsets[key] = cached.compile(SUBSET_SPLIT_FROM, APART_MEM)
            cached._share_finders(self, chosen)
        return cached

    def _engine_of(self, names, chosen: list[int]) -> PatternEngine:
        """A new, uncompiled engine of the patterns ``chosen`` (named ``names``), as they are here."""
        engine = PatternEngine(only=frozenset(names))
        for i in chosen:
            engine.add(self.names[i], [self.patterns[i]], self.sources[i], self.languages[i])
        return engine

    def _share_finders(self, parent: PatternEngine, chosen: list[int]) -> None:
        """A subset's patterns (``chosen`` in ``parent``) asked for positions use ``parent``'s
        finders (:meth:`finder`): the same text, one compiled copy (the lent ones already do)."""
        for mine, theirs in enumerate(chosen):
            self._lent_from.setdefault(mine, (parent, theirs))

    def _covering(self, names: frozenset[str], size: int) -> PatternEngine | None:
        """The smallest engine of a few names made so far that holds all of ``names`` (``size``
        patterns), with at most :data:`COVER_UP_TO` times as many patterns; its scans find the same
        hits for those names (the same patterns, in the same order)."""
        covers = [engine for engine in self._subsets.values() if isinstance(engine, PatternEngine)
                  and names <= engine.only and len(engine.patterns) <= COVER_UP_TO * max(size, 1)]
        return min(covers, key=lambda engine: len(engine.patterns), default=None)

    def scan(self, text: str, active: frozenset[str] | None = None) -> Scan:
        """Which patterns occur in ``text``: one pass, linear in its length.  With ``active``,
        only the patterns of those languages (and the brand's own) count."""
        encoded = Encoded.of(text)
        found = self._set
        if found is None:
            found = self._own_pass()
        if not text:
            hits = []
        elif active is not None and isinstance(found, (PartedSet, Lent)):
            hits = found.Match(encoded.data, active)  # only the parts whose hits count (parts.parts_to_run)
        else:
            hits = found.Match(encoded.data) or []
        if active is not None:
            hits = [i for i in hits if self.languages[i] is None or self.languages[i] in active]
        return Scan(self, frozenset(hits), encoded)

    def scan_many(self, texts: list[str], before=None) -> list[Scan]:
        """:meth:`scan` of each of ``texts`` (no ``active``), the set's parts run over all of them
        in turn, which keeps each part's automaton in the CPU's cache (see
        :meth:`~mailbot.reading.parts.PartedSet.match_many`); ``before(i)`` is called before
        each pass over ``texts[i]``.  The scans are :meth:`scan`'s."""
        encoded = [Encoded.of(text) for text in texts]
        many = getattr(self._own_pass(), "match_many", None)
        if many is None:
            hits = []
            for at, enc in enumerate(encoded):
                if before is not None:
                    before(at)
                hits.append((self._set.Match(enc.data) or []) if enc.text else [])
        else:
            full = [at for at, enc in enumerate(encoded) if enc.text]
            found = many([encoded[at].data for at in full], None if before is None else lambda i: before(full[i]))
            hits = [[] for _ in encoded]
            for at, got in zip(full, found):
                hits[at] = got
        return [Scan(self, frozenset(got), enc) for got, enc in zip(hits, encoded)]


class Named:
    """A large group of names asked of their whole engine (see :meth:`PatternEngine.subset`):
    its scans are the engine's, with only those names' hits."""

    __slots__ = ("engine", "only")

    def __init__(self, engine: PatternEngine, only: frozenset[str]):
        self.engine = engine
        self.only = only

    def scan(self, text: str, active: frozenset[str] | None = None) -> Scan:
        found = self.engine.scan(text, active)
        names, only = self.engine.names, self.only
        return Scan(self.engine, frozenset(i for i in found.hits if names[i] in only), found.encoded, asked=only)

