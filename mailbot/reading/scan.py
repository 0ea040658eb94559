"""What one pass of a :class:`~mailbot.reading.engine.PatternEngine` found in a text
(:class:`Scan`): which patterns hit, then their matches with character positions (:class:`Match`)
on request, each lazy search kept for the next reader (:class:`_Replay`)."""

from __future__ import annotations

import heapq
import itertools
from typing import TYPE_CHECKING, Iterator

from mailbot.errors import PatternError
from mailbot.reading.combined import joined
from mailbot.reading.encoded import Encoded
from mailbot.reading.patterns import MAX_MATCHES, Finder

if TYPE_CHECKING:
    from mailbot.reading.engine import PatternEngine

class Match:
    """A match with character positions, like :class:`re.Match` (the parts used here)."""

    __slots__ = ("_spans", "_enc", "_start", "_end")

    def __init__(self, spans: list, encoded: Encoded):
        self._spans, self._enc = spans, encoded
        self._start = self._end = -1
        """The whole match's character offsets, converted on first use (perf45: the reading asks a kept match
        (:class:`_Replay`) for its start ~140 times an email of the benchmark mail, each a conversion)."""

    def start(self, group: int = 0) -> int:
        if group:
            return self._enc.to_char(self._spans[group][0])
        if self._start < 0:
            self._start = self._enc.to_char(self._spans[0][0])
        return self._start

    def end(self, group: int = 0) -> int:
        if group:
            return self._enc.to_char(self._spans[group][1])
        if self._end < 0:
            self._end = self._enc.to_char(self._spans[0][1])
        return self._end

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

    def intent_spans(self, language: str) -> list[tuple[int, int]]:
        """(fix43k) The byte spans of the matches of the ``language`` pack's refund and cancellation words (the names
        ``refund*`` and ``cancellation*``: asked, declined, told)."""
        languages, named, data = self.engine.languages, self.engine.names, self.encoded.data
        return [spans[0] for i in sorted(self.hits) if languages[i] == language
                and named[i].split("_")[0] in ("refund", "cancellation")
                for spans in self.engine.finder(i).each(data, 0, len(data))]

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
        data = self.encoded.data
        if endpos is None or endpos >= len(self.encoded.text):
            start, end = 0, len(data)  # (perf38) what _range gives the whole text, without the call
        else:
            start, end = self._range(0, endpos)
        run = self._runs.get((name, end))
        if run is None:
            indices = self._indices(name)
            if not indices:
                return iter(())  # (perf38) no pattern of the name hit: nothing to search, nothing to keep
            together = self._joined(indices)
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
        if self.source is None:  # perf38: searched to the end, the kept matches alone (no generator step each)
            return iter(self.found)
        return self._reading()

    def _reading(self) -> Iterator[Match]:
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
