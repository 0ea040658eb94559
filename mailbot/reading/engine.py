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
"""

from __future__ import annotations

import heapq
import itertools
import logging
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import re2

from mailbot.errors import PatternError
from mailbot.reading.combined import joined
from mailbot.reading.encoded import Encoded
from mailbot.reading.linear import pattern_tokens
from mailbot.reading.parts import PartedSet
from mailbot.reading.pieces import MAX_MEM_CONFIRM, MAX_MEM_TOGETHER, SPLIT_FROM

log = logging.getLogger(__name__)

WORD_CHARS = r"0-9A-Za-z_\x{AA}\x{B5}\x{BA}\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{24F}\x{370}-\x{3FF}\x{400}-\x{4FF}\x{900}-\x{97F}"
r"""What ``\w`` means in packs: digits, Latin letters with their accents, Greek, Cyrillic and
Devanagari (with its vowel signs).  A narrower class than all of Unicode keeps the compiled
sets small (a brand's engines take a few MB, not 20)."""
WORD = f"[{WORD_CHARS}]"
NOT_WORD = f"[^{WORD_CHARS}]"
MAX_MATCHES = 200
"""Occurrences of one pattern examined at most per text."""
MAX_MEM = 16 << 20
"""Memory RE2 may use for one compiled set (its DFA cache)."""
MAX_MEM_ONE = 2 << 20
"""Memory RE2 may use for one pattern compiled alone."""
UNANCHORED = re2._Anchor.UNANCHORED
ANCHOR_START = re2._Anchor.ANCHOR_START


def _options(max_mem: int = MAX_MEM) -> re2.Options:
    options = re2.Options()
    options.log_errors = False
    options.max_mem = max_mem
    return options


def to_re2(pattern: str) -> str:
    """A pattern with ``\\w``/``\\W`` widened to Unicode word characters (outside classes only)."""
    out = []
    for token, in_class in pattern_tokens(pattern):
        if token == "\\w":
            out.append(WORD_CHARS if in_class else WORD)
        elif token == "\\W" and not in_class:
            out.append(NOT_WORD)
        else:
            out.append(token)
    return "".join(out)


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

SMALL_REPEAT = 6
"""Counted repeats up to this many stay exact in the set pass."""


def relax(pattern: str) -> str:
    r"""A looser form of ``pattern`` for the set pass: counted repeats ``{m,n}`` with n above
    :data:`SMALL_REPEAT` become ``{m,}`` (``*`` when m is 0), which keeps the set small; the
    exact pattern then checks each hit.

    Small repeats stay exact: loosened, a word window such as ``(?:\w+\W+){0,3}`` stays alive
    from its first word to the end of the text, and a few of them together multiply the set's
    automaton states until RE2's DFA cache gives up and it falls back to its slow matcher (on
    ~7 KB of text the set pass went from ~50 us to ~1.5 ms an email when the packs gained such
    windows; ``bench/engine_bench.py``)."""
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "{":
            close = pattern.find("}", i)
            inner = pattern[i + 1:close] if close > 0 else ""
            low, comma, high = inner.partition(",")
            if comma and low.isdigit() and high.isdigit() and int(high) > SMALL_REPEAT:
                out.append("*" if low == "0" else ("+" if low == "1" else "{" + low + ",}"))
                i = close + 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def compile_one(pattern: str, source: str = "pattern") -> re2._Regexp:
    """One RE2 pattern; a pattern RE2 refuses raises :class:`PatternError` naming its source."""
    try:
        return re2.compile(to_re2(pattern), _options(MAX_MEM_ONE))
    except re2.error as exc:
        why = exc.args[0] if exc.args else exc
        why = why.decode("utf-8", "replace") if isinstance(why, bytes) else str(why)
        raise PatternError(f"{source}: {pattern!r} is not a linear-time (RE2) pattern: {why}") from None


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
    only: frozenset[str] | None = None
    """The names of an engine made by :meth:`subset` (a scan of it is asked no other name)."""
    """Patterns that hit together, joined for one pass (see :mod:`mailbot.reading.combined`)."""

    def add(self, name: str, patterns: Iterable[str], source: str = "pattern", language: str | None = None) -> None:
        for pattern in patterns:
            self.compiled.append(None)  # compiled alone on its first hit (most never hit)
            self.names.append(name)
            self.patterns.append(pattern)
            self.languages.append(language)
            self.sources.append(source)

    def finder(self, index: int) -> Finder:
        """The pattern at ``index`` compiled alone (once), for positions."""
        found = self.compiled[index]
        if found is None:
            found = self.compiled[index] = Finder(self.patterns[index], self.sources[index])
        return found

    def compile(self, split_from: int = SPLIT_FROM) -> PatternEngine:
        """Compile the set: by pieces in parts (:class:`~mailbot.reading.parts.PartedSet`) from
        ``split_from`` patterns, else one ``re2.Set``."""
        self.loose = []
        relaxed = []
        for pattern, source in zip(self.patterns, self.sources):
            exact = to_re2(pattern)
            self.loose.append(relax(exact) != exact)
            relaxed.append(relax(exact))
        if len(relaxed) >= split_from:
            try:  # the big engine scans by pieces, in parts by pack (mailbot.reading.pieces, .parts): each fits
                self._set = PartedSet(relaxed, self.languages, _options(), _options(MAX_MEM_CONFIRM),
                                      _options(MAX_MEM_TOGETHER))
                return self
            except re2.error:
                pass  # a pattern RE2 refuses: named below
        found = re2.Set.SearchSet(_options())
        for pattern, source, loosened in zip(self.patterns, self.sources, relaxed):
            try:
                found.Add(loosened)
            except re2.error:
                compile_one(pattern, source)  # raises PatternError with RE2's reason
                raise PatternError(f"{source}: {pattern!r} cannot join the pattern set") from None
        found.Compile()
        self._set = found
        return self

    def subset(self, *names: str) -> PatternEngine | Named:
        """An engine of only the patterns named ``names`` (compiled once, on first use).

        Its scans find exactly what this engine's scans find for those names (the same
        patterns, languages and order), in a pass over a far smaller automaton: for a caller
        that asks one or two names of a text (a forwarded block's ``From:`` line, a note's
        ``not_reason`` words), the whole set's pass costs ten times more, mostly in memory
        the whole set's states take (cold in the cache when each email comes).

        Names with :data:`VIEW_FROM` patterns or more get no engine of their own but a
        :class:`Named` view: this engine's own pass, its hits kept to those names, so the
        same answer."""
        cached = self._subsets.get(names)
        if cached is None:
            chosen = [i for i, name in enumerate(self.names) if name in names]
            if len(chosen) >= VIEW_FROM:
                cached = self._subsets[names] = Named(self, frozenset(names))
                return cached
            cached = PatternEngine(only=frozenset(names))
            for i in chosen:
                cached.add(self.names[i], [self.patterns[i]], self.sources[i], self.languages[i])
            self._subsets[names] = cached.compile(SUBSET_SPLIT_FROM)
        return cached

    def scan(self, text: str, active: frozenset[str] | None = None) -> Scan:
        """Which patterns occur in ``text``: one pass, linear in its length.  With ``active``,
        only the patterns of those languages (and the brand's own) count."""
        encoded = Encoded.of(text)
        hits = (self._set.Match(encoded.data) or []) if text else []
        if active is not None:
            hits = [i for i in hits if self.languages[i] is None or self.languages[i] in active]
        return Scan(self, frozenset(hits), encoded)

    def scan_many(self, texts: list[str], before=None) -> list[Scan]:
        """:meth:`scan` of each of ``texts`` (no ``active``), the set's parts run over all of them
        in turn, which keeps each part's automaton in the CPU's cache (see
        :meth:`~mailbot.reading.parts.PartedSet.match_many`); ``before(i)`` is called before
        each pass over ``texts[i]``.  The scans are :meth:`scan`'s."""
        encoded = [Encoded.of(text) for text in texts]
        many = getattr(self._set, "match_many", None)
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


class Finder:
    """One pattern compiled alone, asked for positions with RE2's own matcher (no wrapper
    objects per call: the spans come back as byte offsets).

    A pattern that ends in a capture of a bounded run of any character (``(.{3,300})``, a
    labelled reason) is searched in an open form (``(.{3,})``) and each hit is then matched
    again with the exact pattern, anchored where the open form starts.  Both forms match at
    the same starts (a greedy run at the very end only decides how far the group reaches), so
    the spans are the exact pattern's; but RE2's automaton for a bounded run of 300 explodes
    on a whole email (milliseconds a search), and the open one's does not (microseconds).

    The exact pattern is not run again either (its NFA over a run of 300 took ~50-170 us a
    hit, the largest single cost of a labelled reason): the open form's match is cut where the
    exact one ends, after at most ``n`` characters of the group (:func:`_after_chars`), which
    is where its greedy run stops; the head's choices, and so every other span, are the same
    (``tests/test_reading_shortcuts.py`` checks both against the exact pattern)."""

    __slots__ = ("exact", "fast", "limit")

    def __init__(self, pattern: str, source: str = "pattern"):
        self.exact = compile_one(pattern, source)._regexp
        opened = open_tail(to_re2(pattern))
        self.fast = compile_one(opened, source)._regexp if opened else None
        self.limit = tail_bound(to_re2(pattern)) if opened else 0

    def first(self, data: bytes, pos: int, endpos: int, anchored: bool = False) -> list | None:
        """The spans (byte offsets, one per group, ``(-1, -1)`` for a group that took no part)
        of the first match in ``data[pos:endpos]``, or None."""
        anchor = ANCHOR_START if anchored else UNANCHORED
        if self.fast is None:
            spans = self.exact.Match(anchor, data, pos, endpos)
            return spans if spans[0][0] >= 0 else None
        spans = self.fast.Match(anchor, data, pos, endpos)
        if spans[0][0] < 0:
            return None
        start, end = spans[-1]
        cut = _after_chars(data, start, end, self.limit)
        if cut != end:
            spans[0], spans[-1] = (spans[0][0], cut), (start, cut)
        return spans

    def each(self, data: bytes, pos: int, endpos: int) -> Iterator[list]:
        """The spans of successive matches, like ``finditer`` (at most :data:`MAX_MATCHES`)."""
        return itertools.islice(_successive(lambda at: self.first(data, at, endpos), pos, endpos), MAX_MATCHES)


def all_spans(pattern, data: bytes) -> Iterator[list]:
    """The spans of each match of a compiled ``pattern`` in ``data``, as its ``finditer``
    finds them, from RE2's own matcher (no match object per match)."""
    regexp, end = pattern._regexp, len(data)

    def first(at: int) -> list | None:
        spans = regexp.Match(UNANCHORED, data, at, end)
        return spans if spans[0][0] >= 0 else None

    return _successive(first, 0, end)


def _successive(first, pos: int, end: int) -> Iterator[list]:
    """The spans ``first(at)`` finds from ``pos`` on, each search starting where the last match
    ended (one character further after an empty match), as ``finditer`` steps."""
    while True:
        spans = first(pos)
        if spans is None:
            return
        yield spans
        if pos == end:
            return
        pos = pos + 1 if spans[0][1] == pos else spans[0][1]


def open_tail(pattern: str) -> str | None:
    """``pattern`` with a final ``(.{m,n})`` (m at least 1) opened to ``(.{m,})``; None when
    it does not end so."""
    head, brace, tail = pattern.rpartition("(.{")
    if not brace or not tail.endswith("})") or _escaped(head):
        return None
    low, comma, high = tail[:-2].partition(",")
    if not (comma and low.isdigit() and high.isdigit() and int(low) >= 1):
        return None
    return f"{head}(.{{{low},}})"


def tail_bound(pattern: str) -> int:
    """The ``n`` of a pattern's final ``(.{m,n})`` (see :func:`open_tail`)."""
    return int(pattern.rpartition("(.{")[2][:-2].partition(",")[2])


def _after_chars(data: bytes, start: int, end: int, count: int) -> int:
    """The byte offset after ``count`` characters from ``start``, or ``end`` when the span
    ``data[start:end]`` holds fewer.  The span is what RE2's ``.`` matched, whole UTF-8
    sequences only, so its characters are counted by their lead bytes (not 0x80-0xBF)."""
    if end - start <= count:
        return end
    span = data[start:end]
    if span.isascii():
        return start + count
    seen = 0
    for i, byte in enumerate(span):
        if byte & 0xC0 != 0x80:
            if seen == count:
                return start + i
            seen += 1
    return end


def _escaped(head: str) -> bool:
    """Whether the character after ``head`` is escaped (an odd run of backslashes ends it)."""
    return (len(head) - len(head.rstrip("\\"))) % 2 == 1


class Match:
    """A match with character positions, like :class:`re.Match` (the parts used here)."""

    __slots__ = ("_spans", "_enc")

    def __init__(self, spans: list, encoded: Encoded):
        self._spans, self._enc = spans, encoded

    def start(self, group: int = 0) -> int:
        return self._enc.to_char(self._spans[group][0])

    def end(self, group: int = 0) -> int:
        return self._enc.to_char(self._spans[group][1])

    def span(self, group: int = 0) -> tuple[int, int]:
        return self.start(group), self.end(group)

    def group(self, group: int = 0) -> str:
        start, end = self._spans[group]
        return self._enc.data[start:end].decode("utf-8", "replace") if start >= 0 else None


class Scan:
    """The patterns that hit one text, and positions for them on request.

    Positional calls search the scanned text itself, between character positions
    ``pos`` and ``endpos``: a pattern that did not occur in it is not looked for.

    A plain slotted class (it was a frozen dataclass): the reading makes ~20 scans an email, and
    a frozen dataclass's ``__init__`` (each field set through ``object.__setattr__``, two dicts
    from factories) cost ~1.8 µs a scan against ~0.5 (perf24b).  Nothing changes a scan's fields."""

    __slots__ = ("engine", "hits", "encoded", "_named", "_runs", "asked")

    def __init__(self, engine: PatternEngine, hits: frozenset[int], encoded: Encoded,
                 asked: frozenset[str] | None = None):
        self.engine = engine
        self.hits = hits
        self.encoded = encoded
        self._named: dict = {}
        """The hits by name, in the order added (filled on first use)."""
        self._runs: dict = {}
        """The matches :meth:`finditer` found, by name and end (see :class:`_Replay`)."""
        self.asked = asked
        """The names a :class:`Named` view's scan may be asked (None: its engine's ``only``)."""

    def only(self, active: frozenset[str]) -> Scan:
        """This scan counting only the patterns of the ``active`` languages (and the brand's own)."""
        languages = self.engine.languages
        hits = frozenset(i for i in self.hits if languages[i] is None or languages[i] in active)
        return Scan(self.engine, hits, self.encoded, asked=self.asked)

    def languages_hit(self, names: frozenset[str] | None = None) -> frozenset[str]:
        """The language packs some of whose patterns (named ``names``, if given) occur."""
        languages, named = self.engine.languages, self.engine.names
        return frozenset(languages[i] for i in self.hits
                         if languages[i] is not None and (names is None or named[i] in names))

    def _range(self, pos: int, endpos: int | None) -> tuple[int, int]:
        """Byte offsets for character positions, clamped to the text as RE2's wrapper does."""
        enc = self.encoded
        size = len(enc.data)
        end = size if endpos is None or endpos >= len(enc.text) else enc.to_byte(endpos)
        start = enc.to_byte(pos) if pos else 0
        return max(0, min(start, size)), max(0, min(end, size))

    def _indices(self, name: str) -> list[int]:
        """The hits named ``name`` in the order added (the names are grouped once a scan)."""
        named = self._named
        only = self.engine.only if self.asked is None else self.asked
        if only is not None and name not in only:
            raise PatternError(f"{name!r} asked of an engine of {', '.join(sorted(only))} only")
        if not named and self.hits:
            names = self.engine.names
            for i in sorted(self.hits):
                named.setdefault(names[i], []).append(i)
        return named.get(name, [])

    def _hit(self, name: str) -> list[Finder]:
        return [self.engine.finder(i) for i in self._indices(name)]

    def has(self, name: str, confirm: bool = True) -> bool:
        """Whether a pattern named ``name`` occurs.  A pattern loosened for the set pass
        (see :func:`relax`) is confirmed with its exact form unless ``confirm`` is false."""
        loose = self.engine.loose
        data = self.encoded.data
        for i in self._indices(name):
            if not loose[i] or not confirm or self.engine.finder(i).first(data, 0, len(data)) is not None:
                return True
        return False

    def _joined(self, indices: list[int]):
        """The hit patterns at ``indices`` joined into one (None: one pattern, or not joinable)."""
        return joined(self.engine, tuple(indices)) if len(indices) > 1 else None

    def search(self, name: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        """The earliest match of any pattern named ``name``, or None."""
        best = None
        start, end = self._range(pos, endpos)
        if start > end:
            return None
        indices = self._indices(name)
        together = self._joined(indices)
        if together is not None:
            spans = together.first(self.encoded.data, start, end)
            return Match(spans, self.encoded) if spans else None
        for finder in self._hit(name):
            spans = finder.first(self.encoded.data, start, end)
            if spans and (best is None or spans[0][0] < best[0][0]):
                best = spans
        return Match(best, self.encoded) if best else None

    def match(self, name: str, pos: int) -> Match | None:
        """A match of a pattern named ``name`` starting exactly at ``pos``, or None."""
        start, end = self._range(pos, None)
        together = self._joined(self._indices(name))
        if together is not None:
            spans = together.first(self.encoded.data, start, end, anchored=True)
            return Match(spans, self.encoded) if spans else None
        for finder in self._hit(name):
            spans = finder.first(self.encoded.data, start, end, anchored=True)
            if spans:
                return Match(spans, self.encoded)
        return None

    def finditer(self, name: str, endpos: int | None = None) -> Iterator[Match]:
        """The matches of the patterns named ``name`` in order of position, lazily, at most
        :data:`MAX_MATCHES` of them (a hostile text repeating a word a million times costs
        no more than one that says it 200 times)."""
        start, end = self._range(0, endpos)
        run = self._runs.get((name, end))
        if run is None:
            together = self._joined(self._indices(name))
            if together is not None:
                found = self._first_then_merged(name, together, start, end)
            else:
                found = (Match(spans, self.encoded)
                         for spans in itertools.islice(self._merged(name, start, end), MAX_MATCHES))
            run = self._runs[(name, end)] = _Replay(found)
        return iter(run)

    def _merged(self, name: str, start: int, end: int) -> Iterator[list]:
        """The spans of every hit pattern's matches, merged by start (ties: the pattern added first)."""
        data = self.encoded.data
        streams = [finder.each(data, start, end) for finder in self._hit(name)]
        if not streams:
            return iter(())
        return streams[0] if len(streams) == 1 else heapq.merge(*streams, key=_start)

    def _first_then_merged(self, name: str, together, start: int, end: int) -> Iterator[Match]:
        """:meth:`finditer` with its first match from one pass of the joined patterns; the rest,
        asked only if the caller reads on, from the merge (whose first is that same match)."""
        first = together.first(self.encoded.data, start, end)
        if first is None:
            return
        yield Match(first, self.encoded)
        rest = itertools.islice(self._merged(name, start, end), MAX_MATCHES)
        next(rest, None)
        for spans in rest:
            yield Match(spans, self.encoded)

    def finditer_each(self, name: str) -> Iterator[Match]:
        """The matches of the patterns named ``name``, pattern by pattern in the order added."""
        data = self.encoded.data
        for finder in self._hit(name):
            for spans in finder.each(data, 0, len(data)):
                yield Match(spans, self.encoded)


def _start(spans: list) -> int:
    return spans[0][0]


class _Replay:
    """The matches of one lazy search, found once and replayed to every later reader.

    The reading asks a scan for the same name up to the same end several times (the refund words:
    by the request, the hard-wrap decline and the dispute checks), and each search stepped RE2
    through the text again, one match at a time, with a merge of the patterns' matches in Python
    (perf22a: ~100 µs an email of the benchmark mail for each repeat of the refund words).  The
    matches are kept as they are read, and a reader that goes further than any before it carries
    the search on; a reader that stops early leaves the rest unsearched, as before.  Bound: at
    most :data:`MAX_MATCHES` matches a name and end, for the life of one scan (one email)."""

    __slots__ = ("found", "source")

    def __init__(self, source: Iterator[Match]):
        self.found: list[Match] = []
        self.source: Iterator[Match] | None = source

    def __iter__(self) -> Iterator[Match]:
        found, at = self.found, 0
        while True:
            if at < len(found):
                yield found[at]
                at += 1
                continue
            if self.source is None:
                return
            item = next(self.source, None)
            if item is None:
                self.source = None
                return
            found.append(item)
