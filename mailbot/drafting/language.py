"""Replies in the customer's language: which language, and money and dates in its locale.

- The reply language is the language the customer wrote in (the extraction's primary
  language) when the brand reads it and its templates exist; otherwise the brand's default
  language (the first of its ``languages`` setting).
- Templates for a language live in ``<brand>/<lang>/`` and ``_shared/<lang>/`` (searched like
  the brand and shared folders); a reply whose language templates are missing, or fail, is
  drafted whole in the default language: never half in one language and half in another.
- Money and dates are formatted by Babel for the language's locale while a reply in that
  language renders (:func:`formatting_locale`); the policy's clauses are quoted as written,
  in English.
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from pathlib import Path

REPLY_LOCALE: ContextVar[str | None] = ContextVar("reply_locale", default=None)
LOCALES = {"en": None, "hi": "hi_IN", "es": "es_ES", "pt": "pt_BR", "de": "de_DE", "fr": "fr_FR"}


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


@contextlib.contextmanager
def formatting_locale(language: str):
    """Money and dates rendered inside this block follow ``language``'s locale (English: unchanged)."""
    token = REPLY_LOCALE.set(LOCALES.get(language, language))
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
