"""Replies in the customer's language: which language, and money and dates in its locale.

- The reply language is the language the customer wrote in (the extraction's primary
  language) when the brand reads it and its templates exist; otherwise the brand's default
  language (the first of its ``languages`` setting).
- Templates for a language live in ``<brand>/<lang>/`` and ``_shared/<lang>/`` (searched like
  the brand and shared folders); a reply whose language templates are missing, or fail, is
  drafted whole in the default language: never half in one language and half in another.
- Money and dates are formatted by Babel for the language's locale while a reply in that
  language renders (:func:`formatting_locale`): the ``locale`` of the language's pack
  (``languages/<code>.toml``), so an admin's pack sets it too; English replies keep the
  staff form (``INR 11,988.00``, ``Monday, 20 October 2025``).  The policy's clauses are
  quoted as written, in English, and the translations say so.
- Hindi (decided as a support lead would): a customer who writes Hindi in Devanagari gets
  a reply in Devanagari; a customer who writes romanised Hindi (Hinglish) gets the English
  reply.  People who type Hindi in Latin letters mix English words freely and read English
  business mail every day, while many read formal Devanagari more slowly than English; an
  Indian support desk answers Hinglish in English.  :func:`writes_devanagari` tells the two
  apart from the customer's own words (the language identification says ``hi`` for both).
  Staff can still switch the draft (``Drafter.draft(language=...)``).
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

REPLY_LOCALE: ContextVar[str | None] = ContextVar("reply_locale", default=None)


def default_language(brand) -> str:
    languages = getattr(brand, "languages", None) or ("en",)
    return languages[0]


def reply_language(brand, language: str | None, folders: list[Path]) -> str:
    """The language to reply in (see the module's rules)."""
    default = default_language(brand)
    if not language or language == default or language not in (getattr(brand, "languages", None) or ()):
        return default
    for folder in folders:
        if (folder / brand.templates / language).is_dir() or (folder / "_shared" / language).is_dir():
            return language
    return default


DEVANAGARI_WORDS = 3
"""At least this many words in Devanagari, and :data:`DEVANAGARI_SHARE` of the words."""
DEVANAGARI_SHARE = 0.25
LONGEST_LOOK = 4000
"""Only the first characters of the customer's words are looked at (bounded time)."""


def writes_devanagari(text: str) -> bool:
    """Whether the customer writes Hindi in Devanagari: at least :data:`DEVANAGARI_WORDS`
    Devanagari words making at least :data:`DEVANAGARI_SHARE` of the words (words with a
    digit or an ``@`` — invoices, addresses — do not count).  A Hinglish or English email
    signed "धन्यवाद" is not; "मुझे refund चाहिए, invoice LO-INV-1001" is."""
    devanagari = other = 0
    for word in text[:LONGEST_LOOK].split():
        if "@" in word or any(ch.isdigit() for ch in word):
            continue
        if any("\u0900" <= ch <= "\u097f" for ch in word):
            devanagari += 1
        elif any(ch.isalpha() for ch in word):
            other += 1
    return devanagari >= DEVANAGARI_WORDS and devanagari >= DEVANAGARI_SHARE * (devanagari + other)


def staff_form(language: str) -> bool:
    """Whether a reply in ``language`` keeps the staff form of money and dates (English), whatever its pack's
    locale.  Asked without reading a pack (perf33b: the drafter asked :func:`language_locale` this, which read
    the shipped packs once more, ~60 ms of a poll's main process)."""
    return language == "en"


def language_locale(language: str, locale: str | None = None) -> str | None:
    """The Babel locale of a reply in ``language``: None (the staff form) for English, else
    ``locale`` (the pack's, as the drafter gives it) or, when none is given, the ``locale`` of the shipped pack of
    that language (xfer31: no table here repeats the packs), else the language code itself."""
    if staff_form(language):
        return None
    return locale or _shipped_locales().get(language, language)


@lru_cache(maxsize=1)
def _shipped_locales() -> dict[str, str]:
    """The ``locale`` key of every shipped language pack, by language code (read once)."""
    from mailbot.reading.languages import SHIPPED, pack_locales

    return pack_locales([SHIPPED])


@contextlib.contextmanager
def formatting_locale(language: str, locale: str | None = None):
    """Money and dates rendered inside this block follow ``language``'s locale (``locale``, the
    language pack's, when given; English: unchanged)."""
    token = REPLY_LOCALE.set(language_locale(language, locale))
    try:
        yield
    finally:
        REPLY_LOCALE.reset(token)


def local_money(amount: Decimal, currency: str) -> str | None:
    """``1.499,00 €``-style money for the reply's locale, or None for the English form."""
    locale = REPLY_LOCALE.get()
    if not locale:
        return None
    from babel.numbers import format_currency

    return format_currency(amount, currency.upper(), locale=locale)


def local_date(day: date) -> str | None:
    """``lunes, 20 de octubre de 2025``-style dates for the reply's locale, or None for English."""
    locale = REPLY_LOCALE.get()
    if not locale:
        return None
    from babel.dates import format_date

    return format_date(day, format="full", locale=locale)
