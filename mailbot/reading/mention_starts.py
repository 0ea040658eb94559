"""Where a mentioned date may start, found on the email's UTF-8 bytes (perf41, issue 8).

The dates and amounts kept for staff (:mod:`~mailbot.reading.mentions`, :class:`~mailbot.reading.amounts.DateReader`,
:class:`~mailbot.reading.amounts.AmountReader`) cost ~530 µs of a parse worker's ~3,000 an email of the benchmark
mail (perf38), four passes that each encoded the text again (~7,000 characters) or read it one byte a character.
Here they take the bytes the main pattern set's scan already holds (:class:`~mailbot.reading.encoded.Encoded`):

- the digit runs are found on them (:func:`~mailbot.reading.mentions.run_spans`), not on a new encoding;
- the month words that may start a date are found on them by :data:`MONTH`, not on a one-byte-a-character view
  made for it (~8 µs an email);
- ``DateReader``'s pattern, searched over the whole text (~55 µs an email, ~75 digit runs), is matched only at
  the runs of one or two digits followed by what can follow a day (~20 an email): every match starts at one;
- ``AmountReader`` and ``DateReader`` read the same bytes (one encoding fewer each) where no lone surrogate is.

Used only where every digit run is known: fewer than :data:`~mailbot.reading.mentions.MAX_RUNS` of them and no
decimal digit outside ASCII (those texts are read as before).  The same dates and amounts come out, in the same
order (``tests/test_reading_shortcuts.py``, ``bench/reading_diff.py``).
"""

from __future__ import annotations

import re2

from mailbot.reading.encoded import Encoded
from mailbot.reading.mentions import MAX_RUNS, MONTH_MAY_START, MONTHS, UNANCHORED, latin1, month_starts, run_spans

_SPACE = r"\t\n\x0b\x0c\r\x1c-\x1f "
"""The ASCII characters ``str.isspace`` takes."""


MONTH = re2.compile(("(?:^|[^A-Za-z])(" + "|".join(MONTHS) + rf")[a-z]*\.?(?:[\x80-\xff]|[{_SPACE}]+"
                     r"(?:[\x80-\xff]|[0-9][0-9]?(?:[^0-9]|$)))").encode("latin-1"), latin1())._regexp
""":data:`~mailbot.reading.mentions.MONTH_MAY_START` on UTF-8 bytes (there a character outside ASCII is one ``\\x80``
byte, here any byte from ``\\x80``); group 1: the month word."""


class Mentions:
    """The digit runs of an email's lower-cased text and, where they are all known, the month words that may start
    a date and the runs of one or two digits where a date of :class:`~mailbot.reading.amounts.DateReader` may."""

    __slots__ = ("runs", "lengths", "months", "day_bytes", "data")

    def __init__(self, encoded: Encoded):
        """``encoded``: the text as the main pattern set's scan holds it (its ``text``, ``data``)."""
        text, data = encoded.text, encoded.data
        self.runs, self.lengths, ascii_digits = run_spans(text, data)
        self.months: list[int] | None = None
        """:func:`~mailbot.reading.mentions.month_starts` of the text with ``MONTH_MAY_START`` (``dates_in``'s
        ``months``); None: not known."""
        self.day_bytes: list[int] | None = None
        """Byte offsets in :attr:`data` of the runs of one or two digits after which a date of ``DateReader`` can go
        on (:meth:`~mailbot.reading.amounts.DateReader.dates_in`'s ``starts``)."""
        self.data = data if b"\xed" not in data else text.encode("utf-8", "replace")
        """``text`` as :class:`~mailbot.reading.amounts.AmountReader` and ``DateReader`` encode it: the same bytes
        when no lone surrogate can be in them (``\\xed`` leads one)."""
        if not ascii_digits or len(self.runs) >= MAX_RUNS:  # the runs are not all known: read as before
            return
        if len(self.runs) + (len(text) + 1) // 4 <= 2 * MAX_RUNS:  # (else mentions' bound may cut the months)
            months = [s for s, _ in _each(MONTH, data)]
            if months and len(data) != len(text):
                # (fix43k) Encoded.to_char counts a lone surrogate as decoding would (several characters): there the
                # month words are found on the text itself
                months = [encoded.to_char(s) for s in months] if encoded.valid \
                    else month_starts(text, MONTH_MAY_START)
            self.months = [at for at in months if at == 0 or not text[at - 1].isalpha()]  # as month_starts asks
        if self.data is data:
            days = [at for at, length in zip(self.runs, self.lengths)
                    if length <= 2 and ((after := text[at + length:at + length + 1]) in _DAY_FOLLOWS or after > "\x7f")]
            self.day_bytes = days if encoded.ascii else [encoded.to_byte(at) for at in days]


_DAY_FOLLOWS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.\t\n\x0c\r ")
"""What can follow the day's digits in a date of ``DateReader``
(``\\b(\\d{1,2})(?:st|nd|rd|th|º|°|er|\\.)?\\s*(?:de\\s+|of\\s+)?(month)``): a letter, a dot, RE2's ``\\s``, or a
character outside ASCII (``º``, a month in another script)."""


def _each(regexp, data: bytes) -> list[tuple[int, int]]:
    """The span of group 1 of each match of ``regexp``, the next search from its end."""
    found, at, end, match = [], 0, len(data), regexp.Match
    while at < end:
        spans = match(UNANCHORED, data, at, end)
        if spans[0][0] < 0:
            break
        found.append(spans[1])
        at = spans[1][1]
    return found
