"""The one-pass pattern engine: every pattern of every field, intent, reason and language in one scan.

Customer text is hostile, so no backtracking regular expression runs on it.  The engine uses
RE2 (``google-re2``), whose matching time is linear in the text whatever the pattern:

1. All the patterns of a brand and of the languages it reads are compiled once into one
   ``re2.Set``: :meth:`PatternEngine.scan` runs it over the text in a single DFA pass and
   returns which patterns occur.  The pass costs about the same for 80 patterns as for 500, so
   six languages do not cost six times one (``bench/engine_bench.py`` prints the figures).
2. Positions and groups are then asked only of the patterns that hit
   (:meth:`Scan.search`, :meth:`Scan.finditer`), each compiled alone with RE2 too.

Patterns are grouped under *names* ("intent.refund", "reason.duplicate_payment", ...): a name
hits when any of its patterns does.  Pattern text is RE2 syntax (Perl-like, no look-around,
no backreferences); ``\\w``/``\\W`` are widened to Unicode letters and digits so that "devolución"
or "रिफंड" are words, while ``\\b`` stays RE2's ASCII word boundary, so a pack writes ``\\b`` only
next to ASCII letters.

Why RE2 rather than Hyperscan (both measured on ~7 KB of customer text, see the bench):
Hyperscan's scan grew from 27 µs to 129 µs going from 77 to 462 patterns and refused about one
pattern in eight (bounded repeats, ``\\b`` with UCP), and it gives no match start without
restricting the patterns; the RE2 set pass stayed at 17–19 µs and accepts every pattern.
"""

from __future__ import annotations

import heapq
import itertools
import logging
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import re2

from mailbot.errors import PatternError

log = logging.getLogger(__name__)

WORD = r"[\pL\pN\pM_]"
NOT_WORD = r"[^\pL\pN\pM_]"
MAX_MATCHES = 200
"""Occurrences of one pattern examined at most per text."""
MAX_MEM = 64 << 20
"""Memory RE2 may use for one compiled set or pattern (its DFA cache)."""


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False
    options.max_mem = MAX_MEM
    return options


def to_re2(pattern: str) -> str:
    """A pattern with ``\\w``/``\\W`` widened to Unicode word characters (outside classes only)."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt == "w":
                out.append(r"\pL\pN\pM_" if in_class else WORD)
            elif nxt == "W" and not in_class:
                out.append(NOT_WORD)
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def relax(pattern: str) -> str:
    """A looser form of ``pattern`` for the set pass: counted repeats ``{m,n}`` become ``{m,}``
    (``*`` when m is 0), which keeps the set small; the exact pattern then checks each hit."""
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
            if comma and low.isdigit() and high.isdigit():
                out.append("*" if low == "0" else ("+" if low == "1" else "{" + low + ",}"))
                i = close + 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def compile_one(pattern: str, source: str = "pattern") -> re2._Regexp:
    """One RE2 pattern; a pattern RE2 refuses raises :class:`PatternError` naming its source."""
    try:
        return re2.compile(to_re2(pattern), _options())
    except re2.error as exc:
        raise PatternError(f"{source}: {pattern!r} is not a linear-time (RE2) pattern: {exc}") from None


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

    def add(self, name: str, patterns: Iterable[str], source: str = "pattern", language: str | None = None) -> None:
        for pattern in patterns:
            self.compiled.append(None)  # compiled alone on its first hit (most never hit)
            self.names.append(name)
            self.patterns.append(pattern)
            self.languages.append(language)
            self.sources.append(source)

    def regex(self, index: int):
        """The pattern at ``index`` compiled alone (once)."""
        found = self.compiled[index]
        if found is None:
            found = self.compiled[index] = compile_one(self.patterns[index], self.sources[index])
        return found

    def compile(self) -> PatternEngine:
        found = re2.Set.SearchSet(_options())
        self.loose = []
        for pattern, source in zip(self.patterns, self.sources):
            exact = to_re2(pattern)
            self.loose.append(relax(exact) != exact)
            try:
                found.Add(relax(exact))
            except re2.error:
                compile_one(pattern, source)  # raises PatternError with RE2's reason
                raise PatternError(f"{source}: {pattern!r} cannot join the pattern set") from None
        found.Compile()
        self._set = found
        return self

    def scan(self, text: str, active: frozenset[str] | None = None) -> Scan:
        """Which patterns occur in ``text``: one pass, linear in its length.  With ``active``,
        only the patterns of those languages (and the brand's own) count."""
        hits = (self._set.Match(text) or []) if text else []
        if active is not None:
            hits = [i for i in hits if self.languages[i] is None or self.languages[i] in active]
        return Scan(self, frozenset(hits))


@dataclass(frozen=True, repr=False)
class Scan:
    """The patterns that hit one text, and positions for them on request.

    The positional calls may be given that text or a part of it: a pattern that did not
    occur in the whole text is not looked for in its parts."""

    engine: PatternEngine
    hits: frozenset[int]

    def has(self, name: str, text: str | None = None) -> bool:
        """Whether a pattern named ``name`` occurs.  A pattern loosened for the set pass
        (see :func:`relax`) is confirmed on ``text``, the scanned text, when given."""
        names, loose = self.engine.names, self.engine.loose
        for i in self.hits:
            if names[i] == name:
                if not loose[i] or text is None or self.engine.regex(i).search(text):
                    return True
        return False

    def _hit(self, name: str) -> list:
        return [self.engine.regex(i) for i in sorted(self.hits) if self.engine.names[i] == name]

    def search(self, name: str, text: str, pos: int = 0, endpos: int | None = None):
        """The earliest match of any pattern named ``name``, or None."""
        best = None
        end = len(text) if endpos is None else endpos
        for pattern in self._hit(name):
            m = pattern.search(text, pos, end)
            if m and (best is None or m.start() < best.start()):
                best = m
        return best

    def match(self, name: str, text: str, pos: int):
        """A match of a pattern named ``name`` starting exactly at ``pos``, or None."""
        for pattern in self._hit(name):
            m = pattern.match(text, pos)
            if m:
                return m
        return None

    def finditer(self, name: str, text: str) -> Iterator:
        """The matches of the patterns named ``name`` in order of position, lazily, at most
        :data:`MAX_MATCHES` of them (a hostile text repeating a word a million times costs
        no more than one that says it 200 times)."""
        streams = [_capped(pattern.finditer(text)) for pattern in self._hit(name)]
        merged = streams[0] if len(streams) == 1 else heapq.merge(*streams, key=lambda m: m.start())
        return itertools.islice(merged, MAX_MATCHES)

    def finditer_each(self, name: str, text: str) -> Iterator:
        """The matches of the patterns named ``name``, pattern by pattern in the order added."""
        for pattern in self._hit(name):
            yield from _capped(pattern.finditer(text))


def _capped(matches: Iterator) -> Iterator:
    return itertools.islice(matches, MAX_MATCHES)
