"""The number separators written in mailbot/reading/amounts.py (so that a parse
worker never loads Babel's locale data) are Babel's own (issue 8, memory)."""

import subprocess
import sys
from decimal import Decimal

from babel.numbers import SPACE_CHARS, get_decimal_symbol, get_group_symbol, parse_decimal

from mailbot.reading import amounts


def test_separators_are_babels():
    for locale, (group, point) in amounts.SEPARATORS.items():
        assert (group, point) == (get_group_symbol(locale), get_decimal_symbol(locale)), locale
    assert amounts.SPACES == frozenset(SPACE_CHARS)


def test_every_locale_the_separators_choose_is_written():
    for number in ("1.499,00", "10,028.82", "1,19,880", "1.499", "1.234.567", "11988", "12,5", "7.50", "3'000"):
        assert amounts._locale_of(number) in amounts.SEPARATORS, number


def _with_babels_symbols(cleaned: str):
    """What parse_amount gave when it asked Babel for the symbols (before issue 8's memory work)."""
    locale = amounts._locale_of(cleaned)
    group, point = get_group_symbol(locale), get_decimal_symbol(locale)
    try:
        if group in SPACE_CHARS:
            return parse_decimal(cleaned, locale=locale)
        return Decimal(cleaned.replace(group, "").replace(point, "."))
    except Exception:  # noqa: BLE001 - NumberFormatError, InvalidOperation
        return None


def test_amounts_read_as_with_babels_symbols():
    for number in ("1.499,00", "10,028.82", "1,19,880", "1.499", "1.234.567", "11988", "12,5", "7.50", "1.2.3,4",
                   "1,2,3.45", "0,99", ",5", "1.", "9,99,99,999.00", "1 499,00", "12'500.00", ".", ",", ""):
        assert amounts.parse_amount(number) == _with_babels_symbols(
            number.replace("\xa0", "").replace(" ", "").replace("'", "")), number
    assert amounts.parse_amount("1,49,999.50") == Decimal("149999.50")


def test_reading_amounts_loads_no_babel_locale_data():
    code = ("import sys\nfrom mailbot.reading.amounts import stated_amounts\n"
            "assert stated_amounts('i paid 1.499,00 € and rs. 10,028.82 and ₹1,19,880') == "
            "(__import__('decimal').Decimal('1499.00'), __import__('decimal').Decimal('10028.82'), "
            "__import__('decimal').Decimal('119880'))\n"
            "print(sorted(m for m in sys.modules if m.startswith('babel')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
