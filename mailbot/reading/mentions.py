"""Dates and amounts a customer writes: kept for staff, never used to decide.

"3rd July", "July 3rd, 2024", "03/07/2025" (day first, as in India),
"2025-07-04"; "Rs. 1,19,880", "₹499.50", "INR 20000".  Cheap scans find where a
date or amount may start (a digit run, a month word); the full forms are
tried there only, so a long email costs little.
"""

from __future__ import annotations


import itertools
from datetime import date
from decimal import Decimal, InvalidOperation

import re2

from mailbot.errors import ConfigError
from mailbot.reading import linear

ANCHOR_START = re2._Anchor.ANCHOR_START
UNANCHORED = re2._Anchor.UNANCHORED

def _english(key: str) -> tuple[str, ...]:
    from mailbot.reading.languages import shipped_pack_words
    return shipped_pack_words("en", key)


MONTHS = {m[:3]: i for i, m in enumerate(_english("dates.months"), start=1)}
"""(xfer33, issue 9) The first three letters of the shipped English pack's month names ("jan" ... "dec"), January
first: the month words of the dates written the English way ("3rd July", "July 3rd, 2024"; other languages' dates are
read by :mod:`~mailbot.reading.amounts`).  The ordinal suffixes ("st", "nd", "rd", "th") and the "of" of "3rd of July"
are the pack's too (``dates.ordinal_suffixes``, ``dates.day_joiners``): nothing here repeats them."""
_SUFFIXES = frozenset(_english("dates.ordinal_suffixes"))
_JOINERS = tuple(_english("dates.day_joiners"))
_MONTH_WORDS = "|".join(MONTHS)
_ORDINAL = "|".join(sorted(_SUFFIXES))
_JOINED = "|".join(_JOINERS)
if len(MONTHS) != 12 or not all(word.isascii() and word.isalpha() for word in (*MONTHS, *_SUFFIXES, *_JOINERS)):
    raise ConfigError("en.toml: dates.months, dates.ordinal_suffixes, dates.day_joiners: expected twelve months of "
                      "distinct first three letters and words of ASCII letters (the English dates are scanned so)")
DAY_MONTH = linear.compile(
    rf"\b(\d{{1,2}})(?:{_ORDINAL})?(?:\s+(?:{_JOINED}))?\s+({_MONTH_WORDS})[a-z]*\.?,?"
    r"(?:\s+(\d{4}))?")
MONTH_DAY = linear.compile(
    rf"\b({_MONTH_WORDS})[a-z]*\.?\s+(\d{{1,2}})(?:{_ORDINAL})?\b,?(?:\s+(\d{{4}}))?")
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

MONTH_WORD = linear.compile(rf"(?:{_MONTH_WORDS})")


def dates_in(text: str, year: int | None, runs: list[int] | None = None,
             lengths: list[int] | None = None, months: list[int] | None = None) -> tuple[date, ...]:
    """Dates the customer wrote ("3rd July", "03/07/2025": day first, as in India).

    Cheap scans find where a date may start (a digit run, a month word); the
    one date form that can start there, from the characters that follow, is
    tried there only.  ``runs`` and ``lengths`` are :func:`digit_run_spans` of
    ``text`` when the caller has them; ``months`` (perf41) what :func:`month_starts` with ``MONTH_MAY_START``
    gives, when the caller found them (:class:`~mailbot.reading.mention_starts.Mentions`, with every run)."""
    found = []
    for at, length in _date_starts(text, runs, lengths, months):
        if at and ((before := text[at - 1]).isalnum() or before == "_"):  # the patterns' leading \b
            continue
        if length is not None and not _may_start_a_date(text, at + length, length):
            continue
        form = _date_form(text, at, length)
        if form is None:
            continue
        m = _match_at(form, text[at:at + WINDOW])  # RE2 reads the whole string it is given
        if m is None:
            continue
        if form is DAY_MONTH:
            found.append(_safe_date(m[3] or year, MONTHS[m[2][:3]], m[1]))
        elif form is MONTH_DAY:
            found.append(_safe_date(m[3] or year, MONTHS[m[1][:3]], m[2]))
        elif form is ISO_DATE:
            found.append(_safe_date(m[1], m[2], m[3]))
        else:
            y = int(m[3])
            found.append(_safe_date(y + 2000 if y < 100 else y, m[2], m[1]))
    return tuple(d for d in found if d is not None)


def _date_starts(text: str, runs: list[int] | None, lengths: list[int] | None,
                 months: list[int] | None) -> list[tuple[int, int | None]]:
    """Where a date may start, ascending, each with its digit run's length when known."""
    if runs is None:
        runs, lengths = digit_run_spans(text)
    if lengths is None:
        length_at = {}
        starts = list(runs)
    else:  # a run of three digits, or of five or more, starts no date (see _date_form); nor one that
        length_at = dict(zip(runs, lengths))  # _may_start_a_date turns away, asked here inline (perf41)
        starts = [at for at, n in zip(runs, lengths) if (
            text[at + 4:at + 5] == "-" if n == 4 else n <= 2 and (
                (after := text[at + n:at + n + 1]) in _DAY_SEPARATORS or after.isalpha() or after.isspace()))]
    count = len(set(runs))
    if count + (len(text) + 1) // 4 <= 2 * MAX_RUNS:
        starts += month_starts(text, MONTH_MAY_START) if months is None else months  # the bound below cannot cut
    else:
        for at in month_starts(text):
            if count >= 2 * MAX_RUNS:
                break
            starts.append(at)
            count += 1
    return [(at, length_at.get(at)) for at in sorted(set(starts))]


_DAY_SEPARATORS = frozenset("/.-")


def _may_start_a_date(text: str, end: int, length: int) -> bool:
    """What :func:`_date_form` asks first of a digit run of ``length`` ending at ``end``, without
    the call: the character after it can continue some date form (a dash after four digits; a
    separator, a letter or a space after one or two).  Most runs (amounts, invoice numbers) stop here."""
    after = text[end:end + 1]
    if length == 4:
        return after == "-"
    return after in ("/", ".", "-") or after.isalpha() or after.isspace()


def month_starts(text: str, pattern=None) -> list[int]:
    """Where a month's first three letters occur after no letter (``not text[at - 1].isalpha()``),
    in order (as ``MONTH_WORD.finditer`` finds them once those inside a word are left out: an
    overlapping one is always inside a word); only such a month word can start a date.

    One RE2 pass over :func:`_one_byte_per_character` of the text (read as Latin-1, a byte a
    character) finds each month word not preceded by an ASCII letter, then the character before
    it is asked (an ``é`` before is a letter too).  Twelve ``str.find`` passes cost ~10 times more.

    With ``pattern`` :data:`MONTH_MAY_START`, only the month words after which :func:`_date_form`
    finds a day (perf24b).  Exact for :func:`dates_in` when no bound cuts the starts: a month word
    takes four characters with the one before it, so a text has at most ``(len + 1) // 4``."""
    view = _one_byte_per_character(text)
    regexp, end, found = (pattern or _MONTH_AFTER_NO_LETTER)._regexp, len(view), []
    at = 0
    while at < end:
        spans = regexp.Match(UNANCHORED, view, at, end)
        if spans[0][0] < 0:
            break
        word = spans[1][0]
        if word == 0 or not text[word - 1].isalpha():
            found.append(word)
        at = spans[1][1]  # after the month word (where the match ends, with the whole set of them)
    return found


def latin1() -> re2.Options:
    """RE2 options reading the pattern and the text one byte a character (here and in
    :mod:`~mailbot.reading.mention_starts`)."""
    options = re2.Options()
    options.encoding = re2.Options.Encoding.LATIN1
    options.log_errors = False
    return options


_MONTH_AFTER_NO_LETTER = re2.compile(("(?:^|[^A-Za-z])(" + "|".join(MONTHS) + ")").encode("ascii"), latin1())
MONTH_MAY_START = re2.compile(
    ("(?:^|[^A-Za-z])(" + "|".join(MONTHS) + r")[a-z]*\.?(?:\x80|[\t\n\x0b\x0c\r\x1c-\x1f ]+(?:\x80|[0-9][0-9]?(?:[^0-9]|$)))")
    .encode("ascii"), latin1())
"""A month word (on :func:`_one_byte_per_character`'s view) followed by what :func:`_date_form` asks of
a month day: after its letters and a dot, a character outside ASCII (RE2 is left to judge it), or ASCII
white space (``str.isspace``), then one or two ASCII digits or a character outside ASCII.  The word
itself is group 1, as in :data:`_MONTH_AFTER_NO_LETTER`; the character before is asked the same."""
_LEADS_AS_0x80 = bytes(b if b < 0x80 else 0x80 for b in range(256))
"""ASCII bytes as they are; the first byte of any longer UTF-8 sequence as 0x80 (no letter)."""


def _one_byte_per_character(text: str) -> bytes:
    """``text`` as bytes, one per character: an ASCII character as itself, any other as 0x80
    (never part of an ASCII word), so that an ASCII word occurs at the same offsets."""
    if text.isascii():
        return text.encode("ascii")
    return text.encode("utf-8", "surrogatepass").translate(_LEADS_AS_0x80, _CONTINUATION)


_ASCII_SPACE = frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")
"""The ASCII characters of ``\\s`` (see :mod:`mailbot.reading.linear`)."""


def _skip_spaces(text: str, at: int) -> int:
    """The index after the ASCII white space from ``at``."""
    size = len(text)
    while at < size and text[at] in _ASCII_SPACE:
        at += 1
    return at


def _may_follow(char: str, allowed) -> bool:
    """Whether ``char`` (one character or none) can be what a form needs next: any
    non-ASCII character may be (Unicode spaces, digits and letters are left to RE2)."""
    return bool(char) and (not char.isascii() or allowed(char))


def _date_form(text: str, at: int, length: int | None = None):
    """The one date form that can match at ``at`` (None: none can), from the few characters
    that follow: each test is a necessary condition of the form's pattern, so RE2 is asked
    only where a date may be.  Most digit runs are invoice numbers and amounts, and most
    month words are other words ("decide", "may have")."""
    if not text[at].isdecimal():  # a month word: "July 3rd"
        end = at + 3
        while end < len(text) and "a" <= text[end] <= "z":
            end += 1
        if text[end:end + 1] == ".":
            end += 1
        if not _may_follow(text[end:end + 1], str.isspace):
            return None
        digit = _skip_spaces(text, end)
        day = text[digit:digit + 3]
        if len(day) == 3 and day.isascii() and day.isdigit():
            return None  # "mar 2025": a day of one or two digits must end where \b can
        return MONTH_DAY if _may_follow(text[digit:digit + 1], str.isdigit) else None
    if length is None:
        end, size = at + 1, len(text)
        while end < size and end - at < 5 and text[end].isdecimal():
            end += 1
    else:
        end = at + min(length, 5)
    after = text[end:end + 1]
    if end - at == 4:  # "2025-07-04"
        return ISO_DATE if after == "-" and text[at + 7:at + 8] == "-" else None
    if end - at > 2:
        return None  # three digits, five or more: an invoice number, an amount
    if after in ("/", ".", "-"):  # "03/07/2025"
        return NUMERIC_DATE if _may_follow(text[end + 1:end + 2], str.isdigit) else None
    if not (after.isalpha() or after.isspace()):
        return None
    suffix = next((suffix for suffix in _SUFFIXES if text.startswith(suffix, end)), None)
    if suffix:  # "3rd July"
        end += len(suffix)
    if not _may_follow(text[end:end + 1], str.isspace):
        return None
    month = _skip_spaces(text, end)
    if not text[month:month + 1].isascii():
        return DAY_MONTH
    return DAY_MONTH if text[month:month + 3] in MONTHS or text.startswith(_JOINERS, month) else None


def _match_at(pattern, window: str) -> list[str | None] | None:
    """The groups of ``pattern`` matched at the start of ``window`` (group 0 first), or None:
    RE2's own matcher on the UTF-8 bytes, without a match object per try."""
    data = window.encode("utf-8", "surrogatepass")
    spans = pattern._regexp.Match(ANCHOR_START, data, 0, len(data))
    if spans[0][0] < 0:
        return None
    return [data[s:e].decode("utf-8", "replace") if s >= 0 else None for s, e in spans]


_RUN_MARKS = bytes(49 if 48 <= b <= 57 else 32 for b in range(256))
"""Each byte of UTF-8 text as ``1`` (an ASCII digit) or a space (anything else)."""
_CONTINUATION = bytes(range(0x80, 0xC0))
_ASCII = bytes(range(0x80))
"""The bytes that continue a UTF-8 character: deleted, one byte is left per character."""


def digit_runs(text: str) -> list[int]:
    """Where each run of digits starts (at most :data:`MAX_RUNS`)."""
    return digit_run_spans(text)[0]


def digit_run_spans(text: str) -> tuple[list[int], list[int]]:
    """Where each run of digits starts, and its length (at most :data:`MAX_RUNS` runs)."""
    return run_spans(text)[:2]


def run_spans(text: str, data: bytes | None = None) -> tuple[list[int], list[int], bool]:
    """:func:`digit_run_spans`, and whether every digit is ASCII (``data``: ``text`` in UTF-8, lone surrogates
    passed, when the caller has it: perf41).

    Two C-speed passes instead of a Python loop over the characters: the text's bytes are
    translated to ``1`` (digit) and space (anything else), one byte per character, and the
    runs are found with ``bytes.find`` and ``bytes.split``.  A text with non-ASCII decimal
    digits (Devanagari ``१२``, rare) is read character by character."""
    if text.isascii():
        marks = (data or text.encode("ascii")).translate(_RUN_MARKS)
    else:
        data = data or text.encode("utf-8", "surrogatepass")
        if any(map(str.isdecimal, data.translate(None, _ASCII).decode("utf-8", "surrogatepass"))):
            return *_digit_runs_by_character(text), False
        marks = data.translate(_RUN_MARKS, _CONTINUATION)
    starts = []
    at = marks.find(b"1")
    while at >= 0 and len(starts) < MAX_RUNS:
        starts.append(at)
        stop = marks.find(b" ", at)
        if stop < 0:
            break
        at = marks.find(b"1", stop)
    return starts, [len(run) for run in itertools.islice(marks.split(), len(starts))], True


def _digit_runs_by_character(text: str) -> tuple[list[int], list[int]]:
    starts, lengths = [], []
    before = False
    for at, char in enumerate(text):
        digit = char.isdecimal()
        if digit and not before:
            if len(starts) >= MAX_RUNS:
                break
            starts.append(at)
            lengths.append(0)
        if digit:
            lengths[-1] += 1
        before = digit
    return starts, lengths


def _safe_date(year, month, day) -> date | None:
    try:
        return date(int(year), int(month), int(day)) if year else None
    except ValueError:
        return None


CURRENCY_MARKS = ("₹", "$", "rs", "rs.", "inr", "usd")
_MARK_ENDS = frozenset(mark[-1] for mark in CURRENCY_MARKS)


def _after_currency_mark(before: str) -> bool:
    for mark in CURRENCY_MARKS:
        if before.endswith(mark):
            i = len(before) - len(mark)
            return mark in ("₹", "$") or i == 0 or not before[i - 1].isalpha()
    return False


def amounts_in(text: str, runs: list[int] | None = None) -> tuple[Decimal, ...]:
    """Amounts written with a currency mark ("Rs. 1,19,880", "₹499.50"), in the English way; an amount
    written with a decimal comma ("₹1.499,00") is left to :func:`mailbot.reading.amounts.stated_amounts`."""
    out = []
    for start in digit_runs(text) if runs is None else runs:
        last = text[start - 1] if start else ""
        if not last or (last not in _MARK_ENDS and not last.isspace()):
            continue  # the character before the digits ends no currency mark (most runs)
        before = text[max(0, start - 8):start].rstrip()
        if not before.endswith(CURRENCY_MARKS) or not _after_currency_mark(before):
            continue  # (one C call finds that no mark ends it, most runs: perf24b)
        window = text[start:start + WINDOW]
        written = _amount_digits(window)
        after = window[len(written):len(written) + 2]
        if after[:1].isdigit() or (after[:1] == "," and after[1:2].isdigit()):
            continue  # "₹1.499,00": a European-format amount, read by amounts.stated_amounts (Babel), not as 1.49
        try:
            out.append(Decimal(written.replace(",", "")))
        except InvalidOperation:
            continue
    return tuple(out)


_ASCII_DIGITS = frozenset("0123456789")
_DIGITS_AND_COMMAS = frozenset("0123456789,")


def _amount_digits(window: str) -> str:
    """What :data:`AMOUNT_DIGITS` matches at the start of ``window`` (``\\d[\\d,]*(?:\\.\\d{1,2})?``), read by a plain
    scan of its few characters when they are ASCII digits, commas and a dot (perf38: RE2 through :func:`_match_at`
    encoded, searched and decoded the window for each of the ~14 amounts of a benchmark email).  The same
    leftmost-first match: the greedy ``[\\d,]*`` stops at a character that is neither, where only a dot can go on.
    Where a character outside ASCII could be a digit (``\\d`` is any Unicode decimal digit), RE2 reads it, as before."""
    end, size = 0, len(window)
    if window[:1] in _ASCII_DIGITS:
        end = 1
        while end < size and window[end] in _DIGITS_AND_COMMAS:
            end += 1
        if end + 1 < size and window[end] == "." and window[end + 1] in _ASCII_DIGITS:
            end += 3 if end + 2 < size and window[end + 2] in _ASCII_DIGITS else 2
        if window[end:end + 3].isascii():  # nothing past it that RE2's \d could read on
            return window[:end]
    return _match_at(AMOUNT_DIGITS, window)[0]  # (None raises as before: no currency-marked run opens so)
