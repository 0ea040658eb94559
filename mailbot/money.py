"""Money as people read it, one way everywhere (the staff UI and the replies).

:func:`format_money` writes an amount with Babel in the brand's locale: the
locale's grouping (``en_IN`` groups lakhs: ``INR 12,34,567.00``) and the
currency's minor unit, with the ISO code before the number (``INR 11,988.00``)
rather than a symbol, because ``$`` or ``kr`` alone are ambiguous in a reply
that may be forwarded.  Amounts are ``Decimal`` and rounded half up (as the
ledger's amounts are written) before Babel sees them.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, get_currency_precision

DEFAULT_LOCALE = "en"


@lru_cache(maxsize=64)
def _pattern(locale: str) -> tuple[Locale, str]:
    try:
        found = Locale.parse(locale or DEFAULT_LOCALE)
    except (UnknownLocaleError, ValueError):
        found = Locale.parse(DEFAULT_LOCALE)
    standard = found.currency_formats["standard"].pattern.split(";")[0]
    number = standard.replace("¤", "").replace("\xa0", "").strip()
    return found, f"¤¤\xa0{number}"


def format_money(amount: Decimal | str | int | None, currency: str | None, locale: str = DEFAULT_LOCALE) -> str:
    """``INR 11,988.00`` for (11988, INR) in ``en_IN``; "" for no amount; an
    amount that is not a number is shown as given."""
    if amount is None or amount == "":
        return ""
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        return f"{currency or ''} {amount}".strip()
    if not currency:
        return f"{value:,}"
    code = currency.upper()
    digits = get_currency_precision(code)
    value = value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    found, pattern = _pattern(locale)
    return format_currency(value, code, format=pattern, locale=found, currency_digits=True).replace("\xa0", " ")
