"""Linear-time regular expressions for text a customer controls.

Python's :mod:`re` backtracks: a pattern with adjacent repeats (``\\s*\\s*``)
or a failed match tried at every start takes polynomial time on hostile text.
Every pattern the reading modules run on an email's text, headers or HTML is
compiled here, on RE2 (``google-re2``), which guarantees time linear in the
text.  RE2 has no look-around and no back-references; a pattern that needs
them is rewritten as a scan by hand where it is used.

Python's ``\\w``, ``\\d`` and ``\\s`` are Unicode-aware and RE2's are ASCII; so
that a pattern means the same on both, :func:`compile` rewrites them to
Unicode classes (``\\b`` stays ASCII: RE2 has no Unicode word boundary).

RE2 encodes a ``str`` to UTF-8 on every call: callers that try a pattern at
many places of one text pass a bounded slice (see ``mentions``), never the
whole text with a start offset.
"""

from __future__ import annotations

import re
from typing import Iterator

import re2

_WORD = r"\p{L}\p{N}_\p{M}"
_DIGIT = r"\p{Nd}"
_SPACE = r"\t\n\x0b\x0c\r \x1c-\x1f\x85\p{Z}"
_INSIDE = {"w": _WORD, "d": _DIGIT, "s": _SPACE}
_OUTSIDE = {"w": f"[{_WORD}]", "W": f"[^{_WORD}]", "d": _DIGIT, "D": r"\P{Nd}",
            "s": f"[{_SPACE}]", "S": f"[^{_SPACE}]"}
_NEGATED_INSIDE = {"W", "D", "S"}

_OPTIONS = re2.Options()
_OPTIONS.max_mem = 64 << 20
_OPTIONS.log_errors = False  # never a line on stderr from the engine (one-line errors stay one line)


def unicode_classes(pattern: str) -> str:
    """``pattern`` with ``\\w \\W \\d \\D \\s \\S`` spelled as RE2 Unicode classes."""
    out = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            e = pattern[i + 1]
            if in_class and e in _INSIDE:
                out.append(_INSIDE[e])
            elif in_class and e in _NEGATED_INSIDE:
                raise ValueError(f"negated class \\{e} inside [...] is not supported: {pattern!r}")
            elif not in_class and e in _OUTSIDE:
                out.append(_OUTSIDE[e])
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            out.append(c)
            if pattern[i + 1:i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1:i + 2] == "]":
                out.append("\\]")
                i += 1
        elif c == "]" and in_class:
            in_class = False
            out.append(c)
        else:
            out.append(c)
        i += 1
    return "".join(out)


def pattern_tokens(pattern: str) -> Iterator[tuple[str, bool]]:
    """The characters of a pattern, an escape (``\\w``, ``\\.``) as one token, each with whether it
    stands inside a character class (a class's own ``[`` counts as inside, its ``]`` as outside)."""
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            yield pattern[i:i + 2], in_class
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        yield ch, in_class
        i += 1


def compile(pattern: str | bytes, flags: int = 0):  # noqa: A001 - mirrors re.compile
    """An RE2 pattern; ``flags`` takes ``re.I``, ``re.M`` and ``re.S``."""
    inline = "".join(letter for flag, letter in ((re.I, "i"), (re.M, "m"), (re.S, "s")) if flags & flag)
    if isinstance(pattern, bytes):
        prefix = f"(?{inline})".encode() if inline else b""
        return re2.compile(prefix + pattern, _OPTIONS)
    prefix = f"(?{inline})" if inline else ""
    return re2.compile(prefix + unicode_classes(pattern), _OPTIONS)


class Lazy:
    """:func:`compile` of a pattern done on its first use (any attribute asked), for a module-level pattern of a
    fallback most mail never takes.  Issue 8 (mem46, parse-worker memory): an RE2 pattern over Unicode classes
    keeps its parsed classes and its one-pass tables from its compile on: ``headers``' address words ~0.45 MB,
    ``parse``'s media type ~0.3 MB, each in every process importing them, used by none of 3,000 benchmark emails."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._compiled = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = compile(*self._args)
        return getattr(self._compiled, name)


def lazy(pattern: str, flags: int = 0) -> Lazy:
    """``compile(pattern, flags)`` on first use (see :class:`Lazy`)."""
    return Lazy(pattern, flags)


_ANCHOR_START = re2._Anchor.ANCHOR_START
_UNANCHORED = re2._Anchor.UNANCHORED


def matches(pattern, text: str) -> bool:
    """Whether ``pattern.match(text)`` finds a match, asked of RE2's own matcher: the
    binding's match object costs several times the search on a short line, and the
    line checks of quotes and signatures only need yes or no."""
    data = text.encode("utf-8")  # as the binding encodes (a lone surrogate raises alike)
    return pattern._regexp.Match(_ANCHOR_START, data, 0, len(data))[0][0] >= 0


def occurs(pattern, text: str) -> bool:
    """Whether ``pattern.search(text)`` finds a match (see :func:`matches`)."""
    data = text.encode("utf-8")
    return pattern._regexp.Match(_UNANCHORED, data, 0, len(data))[0][0] >= 0


_ANCHOR_BOTH = re2._Anchor.ANCHOR_BOTH


def fullmatch_groups(pattern, text: str) -> list[str | None] | None:
    """The groups of ``pattern.fullmatch(text)`` (the whole match first; None
    for a group that took no part), or None: RE2's own matcher, without the
    binding's match object (several times the cost of the match on a header)."""
    data = text.encode("utf-8")
    spans = pattern._regexp.Match(_ANCHOR_BOTH, data, 0, len(data))
    if spans[0][0] < 0:
        return None
    return [None if start < 0 else data[start:end].decode("utf-8") for start, end in spans]


def replace(pattern, text: str, function) -> str:
    """``pattern.sub(function, text)`` for a pattern that never matches empty
    text, ``function`` given the list of :func:`fullmatch_groups` of each
    match; RE2's own matcher, as in :func:`matches`."""
    data = text.encode("utf-8")
    size = len(data)
    regexp = pattern._regexp
    out: list[str] = []
    last = 0
    while last < size:
        spans = regexp.Match(_UNANCHORED, data, last, size)
        start, end = spans[0]
        if start < 0:
            break
        if end <= start:
            raise ValueError(f"linear.replace needs a pattern that never matches empty text: {pattern.pattern!r}")
        out.append(data[last:start].decode("utf-8"))
        out.append(function([None if a < 0 else data[a:b].decode("utf-8") for a, b in spans]))
        last = end
    if not out:
        return text
    out.append(data[last:].decode("utf-8"))
    return "".join(out)


def find_all(pattern, text, most: int | None = None) -> list:
    """``pattern.findall(text)`` (``str`` or ``bytes``) for a pattern without
    groups that never matches empty text, the first ``most`` at most: RE2's
    own matcher, as in :func:`matches`."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    size = len(data)
    regexp = pattern._regexp
    found: list = []
    pos = 0
    while pos < size and (most is None or len(found) < most):
        start, end = regexp.Match(_UNANCHORED, data, pos, size)[0]
        if start < 0:
            break
        if end <= start:
            raise ValueError(f"linear.find_all needs a pattern that never matches empty text: {pattern.pattern!r}")
        found.append(data[start:end])
        pos = end
    if isinstance(text, str):
        return [piece.decode("utf-8") for piece in found]
    return found
