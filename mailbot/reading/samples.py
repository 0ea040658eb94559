"""The samples of an email that language identification looks at: its paragraphs and how many letters they hold.

(fix44k) Moved out of :mod:`mailbot.reading.langid`, which keeps the identifying rules; the sentences of a paragraph
are cut by :func:`mailbot.reading.sentences.split_sentences`, the splitter the reading rules use.
"""

from __future__ import annotations

MIN_LETTERS = 20
MAX_PARAGRAPHS = 4
SAMPLE = 300


def paragraphs(text: str, limit: int = MAX_PARAGRAPHS, least: int = 0):
    """The first ``limit`` paragraphs (blank-line separated) with at least :data:`MIN_LETTERS` letters (``least``,
    when given), each cut to :data:`SAMPLE` characters."""
    start, found = 0, 0
    while found < limit and start < len(text):
        stop = text.find("\n\n", start)
        stop = len(text) if stop < 0 else stop
        part = text[start:min(stop, start + SAMPLE)]
        start = stop + 2
        if enough_letters(part) if not least else letters(part) >= least:
            found += 1
            yield part


_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def enough_letters(part: str) -> bool:
    """Whether ``part`` has :data:`MIN_LETTERS` letters.  Issue 8 (speed): one ``₹`` or ``é``
    sent a paragraph through :func:`letters`' loop over each character (~8 µs for 300); its
    ASCII letters, counted on the bytes, nearly always suffice, and they are never more than
    all its letters, so the answer is the same."""
    if part.isascii():
        return letters(part) >= MIN_LETTERS
    return (len(part.encode("ascii", "ignore").translate(None, _NOT_LETTERS)) >= MIN_LETTERS
            or letters(part) >= MIN_LETTERS)


def letters(part: str) -> int:
    """How many letters ``part`` has (``str.isalpha``): ASCII text counted by deleting the rest."""
    if part.isascii():
        return len(part.encode("ascii").translate(None, _NOT_LETTERS))
    return sum(map(str.isalpha, part))
