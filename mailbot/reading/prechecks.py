r"""Cheap pre-checks in front of the line patterns of :mod:`~mailbot.reading.quote_lines`.

A call into RE2 costs a few microseconds on a short line, most of it the
call itself; a reply of fifty lines asks several patterns of each line.  Each
check here is exact in one direction: it says no only where its pattern
cannot match, so asking it first changes no reading (``tests/test_quote_prechecks.py``
checks that with Hypothesis against the patterns themselves).

They rest on two facts: ``str.lstrip()`` strips every character RE2's ``\s``
matches (``\p{Z}`` and the ASCII blanks, a few more), and RE2's
case-insensitive matching folds an ASCII letter with a non-ASCII one only for
``k`` (the Kelvin sign) and ``s`` (the long s).
"""

from __future__ import annotations

from mailbot.reading import linear

_DIGIT = linear.compile(r"\d")
_ASCII_DIGITS = "0123456789"
BLANKS = "".join(char for char in map(chr, range(0x3001)) if char.isspace())
r"""Every character RE2's ``\s`` matches, and a few more."""
_DIGIT_FORMS = frozenset({r"\d{1,4}[./-]", r"\d{1,2}\s", r"\d{4}年"})
_COMMA_FORM = r"\w{3},"


def starts_with(line: str, firsts: str) -> bool:
    r"""Whether ``line``'s first character after white space is one of
    ``firsts``: no means a pattern ``^\s*`` then one of ``firsts`` cannot match."""
    first = line.lstrip()[:1]
    return bool(first) and first in firsts


def has_digit(line: str) -> bool:
    r"""Whether ``\d`` (``\p{Nd}``) occurs in ``line``; on ASCII text that is 0-9, no engine call."""
    if line.isascii():
        return any(map(line.__contains__, _ASCII_DIGITS))
    return bool(linear.occurs(_DIGIT, line))


def word_starts(words: str) -> str | None:
    r"""The ASCII letters (both cases) that the alternatives of ``words`` (a
    pattern ``a|b|...``) start with; None when an alternative is of a form
    :func:`may_start_with_word` does not know (then it always says yes)."""
    firsts: set[str] = set()
    for word in words.split("|"):
        if word in _DIGIT_FORMS or word == _COMMA_FORM:
            continue
        if not word[:1].isalpha():
            return None
        firsts.update((word[0].lower(), word[0].upper()))
    if any(not char.isascii() for char in firsts):
        firsts.update("kKsS")  # folded with the Kelvin sign and the long s
    return "".join(sorted(char for char in firsts if char.isascii()))


def may_start_with_word(line: str, starts: str | None) -> bool:
    r"""False only when no pattern ``^[\s\-]*(?:WORDS)`` (``starts`` from
    :func:`word_starts` of WORDS) can match ``line``: after blanks and dashes
    comes a letter of ``starts``, a non-ASCII character (asked of the
    pattern), a digit, or a comma as the fourth character (``\w{3},``)."""
    if starts is None:
        return True
    rest = line.lstrip(BLANKS + "-")
    first = rest[:1]
    if not first:
        return False
    return not first.isascii() or first.isdigit() or rest[3:4] == "," or first in starts
