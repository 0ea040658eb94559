"""Dates and amounts a customer writes: kept for staff, never used to decide.

"3rd July", "July 3rd, 2024", "03/07/2025" (day first, as in India),
"2025-07-04"; "Rs. 1,19,880", "₹499.50", "INR 20000".  Cheap scans find where a
date or amount may start (a digit run, a month word); the full forms are
tried there only, so a long email costs little.
"""

from __future__ import annotations


from mailbot.reading import linear
from datetime import date
from decimal import Decimal, InvalidOperation

MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
DAY_MONTH = linear.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?"
    r"(?:\s+(\d{4}))?")
MONTH_DAY = linear.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b,?(?:\s+(\d{4}))?")
NUMERIC_DATE = linear.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b")
ISO_DATE = linear.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
AMOUNT_DIGITS = linear.compile(r"\d[\d,]*(?:\.\d{1,2})?")


DIGIT_RUN = linear.compile(r"\d+")
WINDOW = 64
MAX_RUNS = 2_000
"""Digit runs looked at per text: dates and amounts are kept for staff, never
used to decide, and a text of numbers must not cost more than a letter."""
"""Characters a date or amount form may span from where it starts: the forms
are tried on that slice only, so each try costs the same whatever the text."""


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"

MONTH_WORD = linear.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def dates_in(text: str, year: int | None, runs: list[int] | None = None) -> tuple[date, ...]:
    """Dates the customer wrote ("3rd July", "03/07/2025": day first, as in India).

    Cheap scans find where a date may start (a digit run, a month word); the
    date forms are tried there only."""
    found = []
    starts = set(digit_runs(text) if runs is None else runs)
    for m in MONTH_WORD.finditer(text):
        if len(starts) >= 2 * MAX_RUNS:
            break
        if m.start() == 0 or not text[m.start() - 1].isalpha():
            starts.add(m.start())
    for at in sorted(starts):
        if at and _is_word(text[at - 1]):  # the patterns' leading \b
            continue
        if not _may_start_date(text, at):
            continue
        window = text[at:at + WINDOW]  # RE2 reads the whole string it is given
        if (m := DAY_MONTH.match(window)):
            found.append(_safe_date(m.group(3) or year, MONTHS[m.group(2)[:3]], m.group(1)))
        elif (m := MONTH_DAY.match(window)):
            found.append(_safe_date(m.group(3) or year, MONTHS[m.group(1)[:3]], m.group(2)))
        elif (m := ISO_DATE.match(window)):
            found.append(_safe_date(m.group(1), m.group(2), m.group(3)))
        elif (m := NUMERIC_DATE.match(window)):
            y = int(m.group(3))
            found.append(_safe_date(y + 2000 if y < 100 else y, m.group(2), m.group(1)))
    return tuple(d for d in found if d is not None)


def _may_start_date(text: str, at: int) -> bool:
    """Whether a date form can start at ``at``, from the characters there (most digit runs
    are invoice numbers and amounts: the forms are tried only where one could match)."""
    if not text[at].isdecimal():
        return True  # a month word: "July 3rd"
    end = at
    while end < len(text) and end - at < 5 and text[end].isdecimal():
        end += 1
    after = text[end:end + 1]
    if end - at <= 2:  # "3rd July", "3 July", "03/07/2025"
        return after.isalpha() or after in ("/", ".", "-") or after.isspace()
    return end - at == 4 and after == "-"  # "2025-07-04"


def digit_runs(text: str) -> list[int]:
    """Where each run of digits starts (at most :data:`MAX_RUNS`): one scan."""
    starts = []
    before = False
    for at, char in enumerate(text):
        digit = char.isdecimal()
        if digit and not before:
            starts.append(at)
            if len(starts) >= MAX_RUNS:
                break
        before = digit
    return starts


def _safe_date(year, month, day) -> date | None:
    try:
        return date(int(year), int(month), int(day)) if year else None
    except ValueError:
        return None


CURRENCY_MARKS = ("₹", "$", "rs", "rs.", "inr", "usd")


def _after_currency_mark(before: str) -> bool:
    for mark in CURRENCY_MARKS:
        if before.endswith(mark):
            i = len(before) - len(mark)
            return mark in ("₹", "$") or i == 0 or not before[i - 1].isalpha()
    return False


def amounts_in(text: str, runs: list[int] | None = None) -> tuple[Decimal, ...]:
    """Amounts written with a currency mark ("Rs. 1,19,880", "₹499.50")."""
    out = []
    for start in digit_runs(text) if runs is None else runs:
        if not _after_currency_mark(text[max(0, start - 8):start].rstrip()):
            continue
        m = AMOUNT_DIGITS.match(text[start:start + WINDOW])
        try:
            out.append(Decimal(m.group(0).replace(",", "")))
        except InvalidOperation:
            continue
    return tuple(out)
