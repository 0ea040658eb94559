"""Amounts and dates as people write them, in their language's formats (parsed with Babel).

What the customer states is a clue and a cross-check shown to staff; the ledger decides.

- Amounts next to a currency mark (``₹``, ``Rs.``, ``INR``, ``€``, ``EUR``, ``$``, ``R$``, ``£``),
  before or after the number: ``1.499,00 €``, ``Rs. 10,028.82``, ``₹11,988``, ``Rs 1,19,880``
  (Indian grouping).  The number is parsed by Babel in the locale its separators show: a
  decimal comma (``1.499,00``) reads as German-style, otherwise Indian English.
- Amounts in words followed by a currency word: "five thousand rupees", "one lakh twenty
  thousand rupees", "पाँच हज़ार रुपये", "paanch hazaar rupaye", and German's run-together numerals
  ("eintausendvierhundertneunundneunzig Euro", "zweitausend Rupien", fix27l).
- Dates with month names of any read language: "14 de septiembre de 2025", "14. September
  2025", "14 septembre", "14 सितंबर 2025"; numeric dates are read by
  :func:`mailbot.reading.mentions.dates_in` (day first).

Every scan is RE2 (linear time); at most :data:`MAX_FOUND` of each are kept.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from mailbot.reading.patterns import all_spans, compile_one

MAX_FOUND = 20
MARK = r"(?:₹|rs\.?|inr|€|eur|euros?|\$|usd|r\$|£|gbp)"
NUMBER = r"\d{1,3}(?:[.,' \x{a0}]\d{2,3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
MARKED = compile_one(rf"(?:{MARK})\s?({NUMBER})|({NUMBER})\s?(?:{MARK})(?:$|\W)")

UNITS = {
    # English
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    # Hindi, Devanagari and romanised
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पाँच": 5, "पांच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8, "नौ": 9,
    "दस": 10, "बीस": 20, "तीस": 30, "चालीस": 40, "पचास": 50, "साठ": 60, "सत्तर": 70, "अस्सी": 80, "नब्बे": 90,
    "ek": 1, "do": 2, "teen": 3, "char": 4, "chaar": 4, "paanch": 5, "panch": 5, "chhe": 6, "che": 6, "saat": 7,
    "aath": 8, "nau": 9, "das": 10, "bees": 20, "tees": 30, "chalis": 40, "pachas": 50, "pachaas": 50,
}
SCALES = {
    "hundred": 100, "thousand": 1000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "million": 1_000_000,
    "crore": 10_000_000, "crores": 10_000_000,
    "सौ": 100, "हज़ार": 1000, "हजार": 1000, "लाख": 100_000, "करोड़": 10_000_000,
    "sau": 100, "hazaar": 1000, "hazar": 1000, "hajar": 1000,
}
CURRENCY_WORDS = ("rupees", "rupee", "rs", "inr", "rupaye", "rupaiye", "rupay", "रुपये", "रुपए", "रुपया",
                  "euros", "euro", "dollars", "dollar")
_number_word = "|".join(sorted((*UNITS, *SCALES, "and", "aur"), key=len, reverse=True))
IN_WORDS = compile_one(rf"(?:(?:{_number_word})[\s-]+)+(?:{'|'.join(CURRENCY_WORDS)})(?:$|\W)")

GERMAN_NUMERALS = {
    "null": 0, "ein": 1, "eine": 1, "einen": 1, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5,
    "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "fuenfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
    "hundert": 100, "tausend": 1000, "millionen": 1_000_000,
}
"""(fix27l) The parts a German numeral is written of, run together ("eintausendvierhundertneunundneunzig",
"zweitausend", "fünfzehnhundert") or apart ("zwei tausend"); "und" joins a unit to its tens.  ("eine Million Euro"
and "lakh" are read by the English words, :data:`IN_WORDS`.)"""
GERMAN_CURRENCY_WORDS = ("euro", "eur", "rupien", "rupie", "inr", "rs", "dollar", "franken", "chf", "€", "₹")
_german_part = "|".join(sorted((*GERMAN_NUMERALS, "und"), key=len, reverse=True))
IN_GERMAN_WORDS = compile_one(rf"(?:^|[^\w])((?:(?:{_german_part})+[\s-]+)+)(?:{'|'.join(GERMAN_CURRENCY_WORDS)})(?:$|\W)")
_GERMAN_LONGEST = max(map(len, GERMAN_NUMERALS))


def _hints(words: tuple[str, ...]) -> tuple[str, ...]:
    """(xfer29) What a text must hold for one of ``words`` to follow a numeral in it: each word that holds no
    other of them ("euro" holds "eur", "rupien" "rupie"), a word of one or two letters after a space, as it follows
    a numeral ("zwei tausend rs"; "rs" alone is inside "hours").  A cheap look before the scan, derived from
    :data:`GERMAN_CURRENCY_WORDS` so that the two cannot part."""
    kept = [word for word in words if not any(other != word and other in word for other in words)]
    return tuple(f" {word}" if len(word) <= 2 and word.isascii() and word.isalpha() else word for word in kept)


_GERMAN_CURRENCY_HINTS = _hints(GERMAN_CURRENCY_WORDS)


def _locale_of(number: str) -> str:
    """The locale whose separators the number shows: decimal comma → de_DE, else en_IN."""
    last = max(number.rfind(","), number.rfind("."))
    if last >= 0 and number[last] == "," and 1 <= len(number) - last - 1 <= 2:
        return "de_DE"
    if number.count(".") > 1 or ("." in number and len(number) - number.rfind(".") - 1 == 3 and "," not in number):
        return "de_DE"  # "1.499" or "1.234.567": dots group thousands
    return "en_IN"


def parse_amount(number: str) -> Decimal | None:
    """A written number as a Decimal, by Babel in the locale its separators show."""
    return _parse_cleaned(number.replace("\xa0", "").replace(" ", "").replace("'", ""))


def _parse_cleaned(cleaned: str) -> Decimal | None:
    """Babel's ``parse_decimal`` (not strict) for the locale the separators show, done with
    that locale's two symbols (:data:`SEPARATORS`): a lookup per amount costs tens of
    microseconds.  A locale whose group symbol is a kind of space goes through Babel itself.

    Not cached (issue 8, memory): a 4,096-entry cache held 1.0 MB in every parse worker and
    answered 594 of 16,298 amounts of 1,500 benchmark emails (3.6 %); one parse costs ~2 µs."""
    locale = _locale_of(cleaned)
    group, point = _symbols(locale)
    try:
        if group in SPACES:
            from babel.numbers import NumberFormatError, parse_decimal

            try:
                return parse_decimal(cleaned, locale=locale)
            except NumberFormatError:
                return None
        return Decimal(cleaned.replace(group, "").replace(point, "."))
    except (InvalidOperation, ValueError):
        return None


SPACES = frozenset({" ", "\u00a0", "\u202f"})
"""Babel's ``SPACE_CHARS``: group symbols its ``parse_decimal`` treats as any space."""
SEPARATORS = {"de_DE": (".", ","), "en_IN": (",", ".")}
"""The group and decimal symbols of the locales :func:`_locale_of` chooses, as Babel
(CLDR) gives them; ``tests/test_amount_separators.py`` checks them against Babel.
Written here (issue 8, memory): asking Babel loads both locales' whole data, 4.6 MB
in every parse worker, for these four characters."""


@lru_cache(maxsize=None)
def _symbols(locale: str) -> tuple[str, str]:
    if locale in SEPARATORS:
        return SEPARATORS[locale]
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return get_group_symbol(locale), get_decimal_symbol(locale)


def words_value(words: list[str]) -> int | None:
    """"one lakh twenty thousand" → 120000; None when the words make no number."""
    total, current, seen = 0, 0, False
    for word in words:
        if word in ("and", "aur"):
            continue
        if word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in SCALES:
            scale = SCALES[word]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return total + current if seen else None


def german_words_value(written: str) -> int | None:
    """(fix27l) "eintausendvierhundertneunundneunzig" → 1499, "zwei tausend" → 2000; None when the words make
    no number or are only an article ("eine Euro-Rechnung").  Each word is cut into the longest parts of
    :data:`GERMAN_NUMERALS` from its start (a bounded string: the match of :data:`IN_GERMAN_WORDS`), then read
    as :func:`words_value` reads English.  A clue only: the ledger decides."""
    parts: list[str] = []
    for word in written.replace("-", " ").split():
        at = 0
        while at < len(word):
            for size in range(min(_GERMAN_LONGEST, len(word) - at), 0, -1):
                part = word[at:at + size]
                if part in GERMAN_NUMERALS or part == "und":
                    parts.append(part)
                    at += size
                    break
            else:
                return None
    if all(part in ("ein", "eine", "einen", "und") for part in parts):
        return None
    total, current, seen = 0, 0, False
    for part in parts:
        if part == "und":
            continue
        value = GERMAN_NUMERALS[part]
        if value >= 100:
            current = max(current, 1) * value
            if value >= 1000:
                total, current = total + current, 0
        else:
            current += value
        seen = True
    return total + current if seen else None


def stated_amounts(text: str) -> tuple[Decimal, ...]:
    """Amounts the customer wrote with a currency mark or in words (lower-cased ``text``)."""
    found: list[Decimal] = []
    data = text.encode("utf-8", "replace")
    for spans in all_spans(MARKED, data):
        if len(found) >= MAX_FOUND:
            break
        (s1, e1), (s2, e2) = spans[1], spans[2]
        raw = (data[s1:e1] if s1 >= 0 and e1 > s1 else data[s2:e2] if s2 >= 0 else b"").decode("utf-8", "replace")
        value = parse_amount(raw)
        if value is not None:
            found.append(value)
    for spans in all_spans(IN_WORDS, data):
        if len(found) >= 2 * MAX_FOUND:
            break
        words = data[spans[0][0]:spans[0][1]].decode("utf-8", "replace").replace("-", " ").split()
        value = words_value([w.strip(".,;:!?") for w in words[:-1]])
        if value:
            found.append(Decimal(value))
    for spans in all_spans(IN_GERMAN_WORDS, data) if any(map(text.__contains__, _GERMAN_CURRENCY_HINTS)) else ():
        if len(found) >= 2 * MAX_FOUND:
            break
        value = german_words_value(data[spans[1][0]:spans[1][1]].decode("utf-8", "replace"))
        if value:
            found.append(Decimal(value))
    return tuple(found)


def month_names(packs) -> dict[str, int]:
    """Month names of the given packs (and their first three letters when unambiguous)."""
    names: dict[str, int] = {}
    for pack in packs:
        for number, name in enumerate(pack.get("dates.months"), start=1):
            names[name.lower()] = number
    short: dict[str, set[int]] = {}
    for name, number in names.items():
        if len(name) > 3 and name[:3].isascii():
            short.setdefault(name[:3], set()).add(number)
    for abbreviation, numbers in short.items():
        if len(numbers) == 1:
            names.setdefault(abbreviation, numbers.pop())
    return names


class DateReader:
    """Dates written with a month name in any of the given packs' languages."""

    def __init__(self, packs):
        self.months = month_names(packs)
        alternatives = "|".join(sorted(map(_escape, self.months), key=len, reverse=True))
        self.pattern = compile_one(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th|º|°|er|\.)?\s*(?:de\s+|of\s+)?({alternatives})\.?,?"
            rf"(?:\s*(?:de\s+)?(\d{{4}}))?") if self.months else None

    def dates_in(self, text: str, year: int | None) -> tuple[date, ...]:
        if self.pattern is None:
            return ()
        found = []
        data = text.encode("utf-8", "replace")
        for spans in all_spans(self.pattern, data):
            if len(found) >= MAX_FOUND:
                break
            day, month, when = (data[s:e].decode("utf-8", "replace") if s >= 0 and e > s else None
                                for s, e in spans[1:4])
            try:
                found.append(date(int(when) if when else year, self.months[month], int(day)))
            except (TypeError, ValueError, KeyError):
                continue
        return tuple(found)


def _escape(word: str) -> str:
    return "".join("\\" + c if c.isascii() and not (c.isalnum() or c == " ") else c for c in word)
