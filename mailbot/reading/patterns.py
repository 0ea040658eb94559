r"""One pattern of a pack, for RE2: its syntax widened (``\w``), loosened for the set pass
(:func:`relax`), compiled alone (:func:`compile_one`) and asked for positions (:class:`Finder`).

The layer under :mod:`mailbot.reading.engine` (which joins many patterns into one set) and
:mod:`mailbot.reading.scan` (which asks the patterns that hit for their matches)."""

from __future__ import annotations

import itertools
import re
from typing import Iterator

import re2

from mailbot.errors import PatternError
from mailbot.reading.linear import pattern_tokens

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


_CLASS_OR_ESCAPE = re.compile(r"\\.|[\[\]]", re.S)
"""What :func:`to_re2` looks at in a pattern: an escape (two characters) and a class's brackets (Python ``re``
on pack patterns, never on customer text)."""


def to_re2(pattern: str) -> str:
    """A pattern with ``\\w``/``\\W`` widened to Unicode word characters (outside classes only).

    Issue 8 (perf35a, process start): the walk goes from escape to bracket (:data:`_CLASS_OR_ESCAPE`), not
    character by character (:func:`~mailbot.reading.linear.pattern_tokens`, the same tokens and classes), and a
    pattern without ``\\w``/``\\W`` is returned as it is: a brand's engines translate ~8,000 patterns at each
    start (a parse workers' zygote, ``mailbot triage``), ~0.2 s of CPU walked character by character
    (``tests/test_reading_shortcuts.py`` checks both walks give the same text)."""
    if "\\w" not in pattern and "\\W" not in pattern:
        return pattern
    out, done, in_class = [], 0, False
    for found in _CLASS_OR_ESCAPE.finditer(pattern):
        token = found.group()
        if token == "[":
            in_class = True
        elif token == "]":
            in_class = False
        elif token == "\\w" or token == "\\W" and not in_class:
            out.append(pattern[done:found.start()])
            out.append((WORD_CHARS if in_class else WORD) if token == "\\w" else NOT_WORD)
            done = found.end()
    out.append(pattern[done:])
    return "".join(out)


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
    if "{" not in pattern:
        return pattern
    out, done = [], 0
    for found in _COUNTED.finditer(pattern):
        low, high = found.group(1), found.group(2)
        if low.isdigit() and high.isdigit() and not escaped(pattern, found.start()) and int(high) > SMALL_REPEAT:
            out.append(pattern[done:found.start()])
            out.append("*" if low == "0" else ("+" if low == "1" else "{" + low + ",}"))
            done = found.end()
    out.append(pattern[done:])
    return "".join(out)


_COUNTED = re.compile(r"\{([^{},]*),([^{}]*)\}")
r"""A brace, text up to its first comma, then up to its closing brace (neither holding a brace): what
:func:`relax` may loosen.  Issue 8 (perf35a): found by Python ``re`` (on pack patterns, never customer
text) instead of a walk over every character, which took ~0.2 s of each start (see :func:`to_re2`); the
same text, ``tests/test_reading_shortcuts.py`` checks it against that walk.  (A brace whose text holds
another brace is never a repeat: it stays as it is, as the walk left it; an escaped one, ``\{``, too.)"""


def uncached(pattern: str, options: re2.Options) -> re2._Regexp:
    """``re2.compile(pattern, options)`` without the binding's cache: for a pattern its caller keeps
    while it needs it and drops at a bound (:data:`~mailbot.reading.engine.MAX_FINDERS`, the
    confirm patterns of :mod:`mailbot.reading.pieces`, :data:`~mailbot.reading.combined.MAX_JOINED`).

    Issue 8 (perf28a, memory bound): ``re2.compile`` keeps the last 128 patterns it compiled (an
    ``lru_cache`` on ``re2._Regexp._make``), so a pattern dropped at its bound stayed alive, with
    its programs and the automaton states it grew (~50-180 KB, up to 2 MB each), for as long as
    127 others had not been compiled since: a memory no bound of ours counted.  The cost: the same
    pattern compiled by two engines (a lent intent word asked for positions by both) is two
    copies, each compiled once (the benchmark mail: a few of ~45)."""
    return re2._Regexp(pattern, options)


def compile_one(pattern: str, source: str = "pattern") -> re2._Regexp:
    """One RE2 pattern; a pattern RE2 refuses raises :class:`PatternError` naming its source.
    Not cached (see :func:`uncached`): its caller keeps it."""
    try:
        return uncached(to_re2(pattern), _options(MAX_MEM_ONE))
    except re2.error as exc:
        why = exc.args[0] if exc.args else exc
        why = why.decode("utf-8", "replace") if isinstance(why, bytes) else str(why)
        raise PatternError(f"{source}: {pattern!r} is not a linear-time (RE2) pattern: {why}") from None


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
        if self.fast is None:
            return itertools.islice(_steps(self.exact, data, pos, endpos), MAX_MATCHES)
        return itertools.islice(_successive(lambda at: self.first(data, at, endpos), pos, endpos), MAX_MATCHES)


def all_spans(pattern, data: bytes) -> Iterator[list]:
    """The spans of each match of a compiled ``pattern`` in ``data``, as its ``finditer``
    finds them, from RE2's own matcher (no match object per match)."""
    return _steps(pattern._regexp, data, 0, len(data))


def _steps(regexp, data: bytes, pos: int, end: int) -> Iterator[list]:
    """:func:`_successive` of one RE2 pattern searched as it is (``regexp``: its ``_regexp``),
    with the search written in the loop.  Issue 8 (perf25b): a match found through ``first`` took
    three Python calls (the generator's step, a lambda, ``first``) on top of RE2's; the reading
    steps through ~150 matches an email of the benchmark mail this way."""
    match = regexp.Match
    while True:
        spans = match(UNANCHORED, data, pos, end)
        if spans[0][0] < 0:
            return
        yield spans
        if pos == end:
            return
        pos = pos + 1 if spans[0][1] == pos else spans[0][1]


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
    if not brace or not tail.endswith("})") or escaped(head, len(head)):
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


def escaped(pattern: str, at: int) -> bool:
    """Whether ``pattern[at]`` (or the character after ``pattern``, ``at`` its length) is escaped: an odd run of
    backslashes before it (also :mod:`mailbot.reading.pieces`')."""
    run = 0
    while run < at and pattern[at - run - 1] == "\\":
        run += 1
    return run % 2 == 1
