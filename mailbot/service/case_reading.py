"""What reading found in a case, kept with its decision for the case page: the
language(s) the customer wrote in and the amounts and dates they stated.

Ingest stores :func:`reading_record` under the key ``"read"`` of the decision's
result (JSON beside the trace), so the case page shows it with one row read:
no page view parses the email again, nor runs the extractor.  A decision stored
before this record existed has none; the page says so rather than guessing.

Amounts are kept as decimal strings (never floats), dates as ISO days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale

from mailbot.models import Extraction

READ_KEY = "read"
"""The key of the reading record in a decision's stored result."""
MAX_STATED = 20
LARGEST = Decimal(10) ** 12
"""Stated amounts at or above this (a customer can type a thousand digits) are not kept: no
ledger holds them, and Babel cannot format them."""


def reading_record(extraction: Extraction) -> dict:
    """The part of an extraction the case page shows, as JSON-ready values."""
    return {
        "language": extraction.language,
        "languages": list(extraction.languages),
        "unread_language": extraction.unread_language,
        "stated_amounts": [str(a) for a in _stated_amounts(extraction.mentioned_amounts)],
        "stated_dates": [d.isoformat() for d in _unique(extraction.mentioned_dates)[:MAX_STATED]],
    }


def plausible(amount: Decimal) -> bool:
    """A finite amount below :data:`LARGEST` with at most two decimals' worth of digits after the point."""
    return amount.is_finite() and abs(amount) < LARGEST and amount.as_tuple().exponent >= -4


def _stated_amounts(amounts) -> list[Decimal]:
    """The first :data:`MAX_STATED` different plausible amounts, in order: what
    ``_unique(filter(plausible, amounts))[:MAX_STATED]`` gives, with :func:`plausible`
    asked once per value not kept yet (a realistic email states about 15 amounts, most of
    them twice or more) and no look past the :data:`MAX_STATED`-th."""
    kept: dict[Decimal, None] = {}
    for amount in amounts:
        if amount.is_finite() and amount not in kept and plausible(amount):  # finite first: a NaN must not be hashed
            kept[amount] = None
            if len(kept) == MAX_STATED:
                break
    return list(kept)


def with_reading(result: dict, extraction: Extraction) -> dict:
    """A decision's stored result with its reading record (``result`` is not changed)."""
    return {**result, READ_KEY: reading_record(extraction)}


def _unique(items) -> list:
    return list(dict.fromkeys(items))


@lru_cache(maxsize=128)
def language_name(code: str | None) -> str:
    """``Spanish`` for ``es`` (Babel's English name), the code itself when Babel does not know it."""
    if not code:
        return "unknown"
    return Locale.parse("en").languages.get(code) or code


def language_label(code: str | None) -> str:
    """``Spanish (es)``."""
    return f"{language_name(code)} ({code})" if code else "unknown"


@dataclass(frozen=True)
class CaseReading:
    """The reading record of a case's latest decision, as values."""

    recorded: bool
    """False for a decision stored before the record existed: nothing is known."""
    language: str | None = None
    languages: tuple[str, ...] = ()
    unread_language: str | None = None
    amounts: tuple[Decimal, ...] = ()
    dates: tuple[date, ...] = ()

    @property
    def mixed(self) -> bool:
        return len(self.languages) > 1

    @property
    def unread_label(self) -> str:
        return language_label(self.unread_language) if self.unread_language else ""

    @property
    def labels(self) -> list[str]:
        """Every language found, the primary first, as ``Spanish (es)``."""
        codes = [c for c in (self.language, *self.languages) if c]
        return [language_label(c) for c in dict.fromkeys(codes)]


def case_reading(result: dict | None) -> CaseReading:
    """The reading record of a decision's stored result (tolerant of old or hand-made rows)."""
    record = (result or {}).get(READ_KEY)
    if not isinstance(record, dict):
        return CaseReading(False)
    amounts, dates = [], []
    for text in record.get("stated_amounts") or ():
        try:
            amount = Decimal(str(text)[:40])
        except InvalidOperation:
            continue
        if plausible(amount):
            amounts.append(amount)
    for text in record.get("stated_dates") or ():
        try:
            dates.append(date.fromisoformat(str(text)))
        except ValueError:
            continue
    return CaseReading(True, record.get("language"), tuple(record.get("languages") or ()),
                       record.get("unread_language"), tuple(amounts), tuple(dates))
