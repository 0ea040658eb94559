"""Dates and amounts read from the starts found on the email's bytes (perf41) are those read as before.

:class:`~mailbot.reading.mention_starts.Mentions` finds the digit runs, the month words that may start a date and the
runs where a date of :class:`~mailbot.reading.amounts.DateReader` may start on the bytes the main set's scan holds;
each reader given them must find what it finds alone (and what the plain ways of ``test_reading_shortcuts`` find),
on generated text (fixed seeds), hostile runs, lone surrogates and non-ASCII digits (the slow paths).
"""

from __future__ import annotations

import pytest

from mailbot.reading.amounts import AmountReader, DateReader
from mailbot.reading.encoded import Encoded
from mailbot.reading.languages import load_packs, pack_dirs
from mailbot.reading.mention_starts import Mentions
from mailbot.reading.mentions import MONTH_MAY_START, amounts_in, dates_in, digit_run_spans, month_starts
from tests.test_reading_shortcuts import PIECES, _texts, plain_dates

MORE = PIECES + ["mar", " 2025", "123", "jan.", "  ", "may\u2003", "7", "\ud800", "de ", "of ", "º", "°", "1er",
                 "14 de septiembre de 2025", "14. september", "सितंबर", "€", "r$", "\x85", "१", "a", "1.499,00 €",
                 "12jan", "3rd", "\u0663", "inr ", "usd", "$ ", "xrs"]


@pytest.fixture(scope="module")
def readers():
    packs = list(load_packs(pack_dirs(None)).values())
    return DateReader(packs), AmountReader(packs)


def _same(text: str, readers) -> tuple[bool, bool]:
    dates, amounts = readers
    found = Mentions(Encoded(text))
    runs, lengths = digit_run_spans(text)
    assert (found.runs, found.lengths) == (runs, lengths), text
    if found.months is not None:
        assert found.months == month_starts(text, MONTH_MAY_START), text
    for year in (None, 2025):
        assert dates_in(text, year, found.runs, found.lengths, found.months) == dates_in(text, year), text
        assert dates.dates_in(text, year, found.data, found.day_bytes) == dates.dates_in(text, year), text
    assert amounts_in(text, found.runs) == amounts_in(text), text
    assert readers[1].stated_amounts(text, found.data) == readers[1].stated_amounts(text), text
    return found.months is not None, found.day_bytes is not None


def test_the_starts_on_bytes_read_what_the_text_reads(readers):
    paths = {_same(text, readers) for seed in (11, 12, 13) for text in _texts(seed, 3000, MORE, 30)}
    assert paths == {(True, True), (True, False), (False, False)}  # fast, a lone surrogate, a non-ASCII digit


@pytest.mark.parametrize("text", [
    "3 july " * 3000, "may 3 " * 3000, "12/07/2025 " * 2000, "decmay" * 3000, "1 may " * 5000,
    ("3 july " + "x" * 70) * 100, "on 3 of july and july 4th, 2024 and 2025-07-04 or 04/07/25",
    "le 14 septembre 2025, ₹ 1,499 et 3º de março", "12° jan 2025 ₹5",
], ids=lambda text: f"{text[:12]!r}x{len(text)}")
def test_long_runs_and_other_languages_read_the_same(text, readers):
    _same(text, readers)
    assert dates_in(text, 2025, *[getattr(Mentions(Encoded(text)), k) for k in ("runs", "lengths", "months")]) \
        == plain_dates(text, 2025)
