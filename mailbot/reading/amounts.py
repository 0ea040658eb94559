"""Amounts and dates as people write them, in their language's formats (parsed with Babel).

What the customer states is a clue and a cross-check shown to staff; the ledger decides.

- Amounts next to a currency mark (``₹``, ``Rs.``, ``INR``, ``€``, ``EUR``, ``$``, ``R$``, ``£``; the packs'
  ``amounts.currency_marks``, of every language the brand reads, xfer33),
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

import re2

from mailbot.reading.patterns import all_spans, compile_one

ANCHOR_START = re2._Anchor.ANCHOR_START

MAX_FOUND = 20
NUMBER = r"\d{1,3}(?:[.,' \x{a0}]\d{2,3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"



def _hints(words) -> tuple[str, ...]:
    """(xfer29) What a text must hold for one of ``words`` to follow a numeral in it: each word that holds no
    other of them ("euro" holds "eur", "rupien" "rupie"), a word of one or two letters after a space, as it follows
    a numeral ("zwei tausend rs"; "rs" alone is inside "hours").  A cheap look before the scan, derived from
    the ``amounts.compound_currency_words`` so that the two cannot part."""
    kept = [word for word in words if not any(other != word and other in word for other in words)]
    return tuple(f" {word}" if len(word) <= 2 and word.isascii() and word.isalpha() else word for word in kept)


def _alternatives(words) -> str:
    return "|".join(_escape(word) for word in words)


def _longest_first(words) -> list[str]:
    return sorted(words, key=len, reverse=True)


def _gathered(packs, key: str) -> list[str]:
    """The plain words of ``key`` in ``packs``, in the packs' order, each once."""
    return list(dict.fromkeys(word for pack in packs for word in pack.get(key)))


def _table(packs, key: str) -> dict[str, int]:
    """The ``key`` tables of ``packs`` as one (the first pack naming a word gives its value)."""
    table: dict[str, int] = {}
    for pack in packs:
        for word, value in pack.values(key).items():
            table.setdefault(word, value)
    return table


class AmountReader:
    """(xfer31, issue 9) Amounts written in words in the languages of the given packs: the ``amounts.numerals``,
    ``amounts.joiners`` and ``amounts.currency_words`` of each ("one lakh twenty thousand rupees", "paanch hazaar
    rupaye"), and numerals written as one word with the ``amounts.compound_*`` keys (German
    "eintausendvierhundertneunundneunzig Euro", fix27l).  An admin's pack adds its language's words; the words of
    every pack the brand reads are read together, as the Python tables were."""

    def __init__(self, packs):
        packs = list(packs)
        self.numerals = _table(packs, "amounts.numerals")
        self.joiners = frozenset(_gathered(packs, "amounts.joiners"))
        currencies = _gathered(packs, "amounts.currency_words")
        number_word = _alternatives(_longest_first((*self.numerals, *self.joiners)))
        self.in_words = compile_one(rf"(?:(?:{number_word})[\s-]+)+(?:{_alternatives(currencies)})(?:$|\W)") \
            if self.numerals and currencies else None
        self.parts = _table(packs, "amounts.compound_numerals")
        self.part_joiners = frozenset(_gathered(packs, "amounts.compound_joiners"))
        self.articles = frozenset(_gathered(packs, "amounts.compound_articles"))
        compound_currencies = _gathered(packs, "amounts.compound_currency_words")
        part = _alternatives(_longest_first((*self.parts, *self.part_joiners)))
        self.in_compounds = compile_one(
            rf"(?:^|[^\w])((?:(?:{part})+[\s-]+)+)(?:{_alternatives(compound_currencies)})(?:$|\W)") \
            if self.parts and compound_currencies else None
        self.compound_hints = _hints(compound_currencies)
        self.longest_part = max(map(len, (*self.parts, *self.part_joiners)), default=0)
        # xfer33 (issue 9): the currency marks written beside a figure, the packs' (were the Python MARK)
        mark = _alternatives(_longest_first(_gathered(packs, "amounts.currency_marks")))
        self.marked = compile_one(rf"(?:{mark})\s?({NUMBER})|({NUMBER})\s?(?:{mark})(?:$|\W)") if mark else None

    def words_value(self, words: list[str]) -> int | None:
        """"one lakh twenty thousand" → 120000; None when the words make no number."""
        return _value([word for word in words if word not in self.joiners], self.numerals)

    def compound_value(self, written: str) -> int | None:
        """(fix27l) "eintausendvierhundertneunundneunzig" → 1499, "zwei tausend" → 2000; None when the words make
        no number or are only an article ("eine Euro-Rechnung").  Each word is cut into the longest parts of
        ``amounts.compound_numerals`` from its start (a bounded string: the match of the compound scan), then read
        as :meth:`words_value` reads English.  A clue only: the ledger decides."""
        parts: list[str] = []
        for word in written.replace("-", " ").split():
            at = 0
            while at < len(word):
                for size in range(min(self.longest_part, len(word) - at), 0, -1):
                    part = word[at:at + size]
                    if part in self.parts or part in self.part_joiners:
                        parts.append(part)
                        at += size
                        break
                else:
                    return None
        if all(part in self.articles or part in self.part_joiners for part in parts):
            return None
        return _value([part for part in parts if part not in self.part_joiners], self.parts)

    def stated_amounts(self, text: str, data: bytes | None = None) -> tuple[Decimal, ...]:
        """Amounts the customer wrote with a currency mark or in words (lower-cased ``text``; ``data``: its
        ``encode("utf-8", "replace")`` when the caller has it)."""
        found: list[Decimal] = []
        if data is None:
            data = text.encode("utf-8", "replace")
        for spans in all_spans(self.marked, data) if self.marked is not None else ():
            if len(found) >= MAX_FOUND:
                break
            (s1, e1), (s2, e2) = spans[1], spans[2]
            raw = (data[s1:e1] if s1 >= 0 and e1 > s1 else data[s2:e2] if s2 >= 0 else b"").decode("utf-8", "replace")
            value = parse_amount(raw)
            if value is not None:
                found.append(value)
        for spans in all_spans(self.in_words, data) if self.in_words is not None else ():
            if len(found) >= 2 * MAX_FOUND:
                break
            words = data[spans[0][0]:spans[0][1]].decode("utf-8", "replace").replace("-", " ").split()
            value = self.words_value([w.strip(".,;:!?") for w in words[:-1]])
            if value:
                found.append(Decimal(value))
        compounds = self.in_compounds is not None and any(map(text.__contains__, self.compound_hints))
        for spans in all_spans(self.in_compounds, data) if compounds else ():
            if len(found) >= 2 * MAX_FOUND:
                break
            value = self.compound_value(data[spans[1][0]:spans[1][1]].decode("utf-8", "replace"))
            if value:
                found.append(Decimal(value))
        return tuple(found)


def _value(words: list[str], numerals: dict[str, int]) -> int | None:
    """The number ``words`` write with ``numerals``: a value below 100 is added, 100 or more multiplies what comes
    before it, 1000 or more closes a group ("one lakh twenty thousand" → 120000); None when a word is no numeral."""
    total, current, seen = 0, 0, False
    for word in words:
        value = numerals.get(word)
        if value is None:
            return None
        if value >= 100:
            current = max(current, 1) * value
            if value >= 1000:
                total, current = total + current, 0
        else:
            current += value
        seen = True
    return total + current if seen else None


@lru_cache(maxsize=1)
def _shipped_reader() -> AmountReader:
    from mailbot.reading.languages import SHIPPED, load_packs

    return AmountReader(load_packs([SHIPPED]).values())


def stated_amounts(text: str) -> tuple[Decimal, ...]:
    """:meth:`AmountReader.stated_amounts` with every shipped pack (a brand reads with its own packs' reader)."""
    return _shipped_reader().stated_amounts(text)


def words_value(words: list[str]) -> int | None:
    """:meth:`AmountReader.words_value` with every shipped pack."""
    return _shipped_reader().words_value(words)


def german_words_value(written: str) -> int | None:
    """:meth:`AmountReader.compound_value` with every shipped pack (German's are its compound numerals)."""
    return _shipped_reader().compound_value(written)


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
        self.anchored = all(name[:1].isascii() and name[:1].isalpha() or not name[:1].isascii() for name in self.months)
        """(perf41) Whether a match can start only at a run of one or two digits followed by a letter, a dot, a
        space or a character outside ASCII (:attr:`~mailbot.reading.mention_starts.Mentions.day_bytes`): after them
        comes a suffix, a space, ``de``/``of`` or a month, and every month's first letter is such a character."""

    def dates_in(self, text: str, year: int | None, data: bytes | None = None,
                 starts: list[int] | None = None) -> tuple[date, ...]:
        """``data``: ``text.encode("utf-8", "replace")`` when the caller has it; ``starts`` (perf41): the byte
        offsets in it of the runs of one or two ASCII digits followed by what can follow a day, when every run is
        known (:attr:`~mailbot.reading.mention_starts.Mentions.day_bytes`): a match starts at one of them (its
        ``\\b\\d{1,2}``), so the pattern is matched there alone, not searched through the whole text."""
        if self.pattern is None:
            return ()
        found = []
        if data is None:
            data = text.encode("utf-8", "replace")
        each = all_spans(self.pattern, data) if starts is None or not self.anchored else \
            _anchored_spans(self.pattern, data, starts)
        for spans in each:
            if len(found) >= MAX_FOUND:
                break
            day, month, when = (data[s:e].decode("utf-8", "replace") if s >= 0 and e > s else None
                                for s, e in spans[1:4])
            try:
                found.append(date(int(when) if when else year, self.months[month], int(day)))
            except (TypeError, ValueError, KeyError):
                continue
        return tuple(found)


def _anchored_spans(pattern, data: bytes, starts: list[int]):
    """What :func:`~mailbot.reading.patterns.all_spans` finds, where every match starts at one of ``starts``
    (ascending): the pattern matched at each start after the last match's end."""
    match, end, after = pattern._regexp.Match, len(data), 0
    for at in starts:
        if at < after:
            continue
        spans = match(ANCHOR_START, data, at, end)
        if spans[0][0] >= 0:
            yield spans
            after = spans[0][1]


def _escape(word: str) -> str:
    return "".join("\\" + c if c.isascii() and not (c.isalnum() or c == " ") else c for c in word)
