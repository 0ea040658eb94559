"""A text as UTF-8 bytes, with character/byte offsets converted both ways (for the pattern
engine, :mod:`mailbot.reading.engine`: RE2 works on bytes, the reading on characters)."""

from __future__ import annotations

import bisect

_LEADS = bytes(76 if b >= 0xC0 else 46 for b in range(256))
"""Each byte of UTF-8 text as ``L`` (the first byte of a character of two bytes or more) or ``.``."""
LEAD = 76


class Encoded:
    """A text as UTF-8 bytes, with character/byte offsets converted both ways.

    RE2 works on bytes: given a Python string, the binding re-encodes it and converts every
    position at each call, which costs about 40 times a search on ~7 KB of non-ASCII text.
    So each text is encoded once; ASCII text needs no conversion at all.

    A text with a few characters outside ASCII (most support mail: a name with an accent, a
    ``₹``; the benchmark mail has 3 in ~7,000 characters at the median, 89% of its emails have
    one) converts from the list of those characters (:meth:`_few`): an offset is the other one
    plus the extra bytes of the characters before it, one bisection.  Other texts convert from
    a byte offset remembered every :data:`STEP` characters, encoding or decoding at most one
    step (perf24b: the slice and its decoding cost ~1.5 µs a conversion, ~60 conversions an
    email of the benchmark mail; the bisection ~0.3)."""

    __slots__ = ("text", "data", "ascii", "_marks", "_valid", "_chars", "_few_at")

    STEP = 128
    """Characters between two remembered byte offsets of a non-ASCII text."""
    FEW = 64
    """Extra UTF-8 bytes (beyond one a character) up to which a text converts from the list of
    its non-ASCII characters: at most that many characters to find, once, at C speed."""

    def __init__(self, text: str):
        self.text = text
        self.data = text.encode("utf-8", "surrogatepass")
        self.ascii = len(self.data) == len(text)
        self._marks: list[int] | None = None
        self._valid: bool | None = None
        self._chars: dict[int, int] = {}
        """Character offsets already converted (a match's start is asked more than once)."""
        self._few_at: tuple[list[int], list[int], list[int]] | None | bool = False
        """See :meth:`_few` (False: not looked at yet)."""

    @classmethod
    def of(cls, text: str) -> Encoded:
        return cls(text)

    def _few(self) -> tuple[list[int], list[int], list[int]] | None:
        """For a text with few non-ASCII characters (:data:`FEW`), built once: the byte offset of
        each, its character offset, and the extra bytes of the characters before each (one more
        entry at the end: all of them).  None for other texts.  Also settles ``_valid``: a lone
        surrogate (encoded ``ED A0``-``ED BF``) is seen on the way."""
        if self._few_at is False:
            data = self.data
            if len(data) - len(self.text) > self.FEW:
                self._few_at = None
                return None
            marks = data.translate(_LEADS)
            starts, chars, extra, valid = [], [], [0], True
            at = marks.find(LEAD)
            while at >= 0:
                lead = data[at]
                starts.append(at)
                chars.append(at - extra[-1])
                extra.append(extra[-1] + (1 if lead < 0xE0 else 2 if lead < 0xF0 else 3))
                if lead == 0xED and data[at + 1] >= 0xA0:
                    valid = False
                at = marks.find(LEAD, at + 1)
            self._valid = valid
            self._few_at = (starts, chars, extra)
        return self._few_at

    def _byte_marks(self) -> list[int]:
        """The byte offset of every :data:`STEP`-th character (built once, on first use): a
        conversion then encodes or decodes at most one step, not the whole text before it."""
        if self._marks is None:
            text, step, marks, at = self.text, self.STEP, [0], 0
            for start in range(0, len(text), step):
                at += len(text[start:start + step].encode("utf-8", "surrogatepass"))
                marks.append(at)
            self._marks = marks
        return self._marks

    def to_byte(self, pos: int) -> int:
        if self.ascii:
            return pos
        if pos <= 0 or pos >= len(self.text):
            return len(self.text[:pos].encode("utf-8", "surrogatepass"))
        few = self._few()
        if few is not None:  # a lone surrogate takes three bytes as any other: counted the same
            return pos + few[2][bisect.bisect_left(few[1], pos)]
        whole = pos // self.STEP
        rest = self.text[whole * self.STEP:pos]
        return self._byte_marks()[whole] + len(rest.encode("utf-8", "surrogatepass"))

    @property
    def valid(self) -> bool:
        """Whether the text has no lone surrogate: then :meth:`to_char` counts its characters (with one, a
        conversion past it counts the replacement characters its bytes decode to)."""
        if self._valid is None:
            self._valid = _no_surrogates(self.text)
        return self._valid

    def to_char(self, pos: int) -> int:
        if self.ascii:
            return pos
        if 0 < pos < len(self.data):
            few = self._few_at
            if few is False:
                few = self._few()
            if few is not None and self._valid:
                starts, extra = few[0], few[2]
                before = bisect.bisect_left(starts, pos)  # the characters starting before pos
                if not before or pos >= starts[before - 1] + extra[before] - extra[before - 1] + 1:
                    return pos - extra[before]
                # (inside a character: RE2 never ends a match there; counted as decoding would)
        found = self._chars.get(pos)
        if found is None:
            found = self._chars[pos] = self._to_char(pos)
        return found

    def _to_char(self, pos: int) -> int:
        data = self.data
        valid = self.valid
        if pos >= len(data) and valid:
            return len(self.text)
        if pos <= 0 or pos >= len(data) or not valid:
            # a lone surrogate decodes to several replacement characters: count them all
            return len(data[:pos].decode("utf-8", "replace"))
        marks = self._byte_marks()
        whole = bisect.bisect_right(marks, pos) - 1
        return whole * self.STEP + len(data[marks[whole]:pos].decode("utf-8", "replace"))


def _no_surrogates(text: str) -> bool:
    """Whether ``text`` has no lone surrogate: then its UTF-8 decodes to as many characters
    as it has, and a prefix's length can be counted from the nearest remembered offset."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
