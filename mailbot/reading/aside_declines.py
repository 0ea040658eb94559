"""(fix46k) Which refund declines count (``intents.refund_negated``): one read across a dashed aside, and none that
only turns down a dispute before a refund asked.

- **A dashed aside** (issue 9, as stop 35 did for the cancellation): "I don't want - honestly, not at all - a refund,
  just cancel", "No quiero - sinceramente - un reembolso": an aside of at most :data:`ASIDE_WORDS` words between two
  dashes set apart by spaces, in one line, is read without it; a decline found so, running across the aside, declines
  the refund as the same words without the aside would.  Only when a line holds two such dashes (one more pass of
  the decline patterns over that line).
- **A dispute turned down, then the refund asked**: "Je ne veux pas faire opposition, remboursez simplement le
  doublon", "Ich will keine Rückbuchung machen, erstatten Sie einfach ...": a decline whose words hold a dispute word
  (``intents.dispute``: a chargeback, an "opposition", a "Rückbuchung") and reach a refund word only across a comma,
  a semicolon or a spaced dash after it (or end at the dispute word) declines the dispute, not the refund; the refund
  word after it asks as any does.  Decision (section 8, C4): the customer says they will *not* go to the bank and asks
  us instead: a refund asked, no threat (the dispute decline is read by :mod:`.dispute_declined`).  A refund word
  before the dispute word ("no refund and no chargeback"), a negative coordinator between ("..., ni être remboursé",
  ``intents.dispute_nor``) or no refund word after the dispute word keep the decline."""

from __future__ import annotations

from mailbot.reading.dispute_declined import turned_down
from mailbot.reading.scan import Scan

CLAUSE_DASHES = (" - ", " – ", " — ")
"""(fix45k) A dash set apart by spaces: it ends the clause before an intent word
(:meth:`mailbot.reading.intents.IntentReading._own_clause`), and two of them set an aside apart."""
ASIDE_WORDS = 5
"""(stop 35) The most words of an aside between two such dashes, read without it (the cancellation's rule in
:mod:`.intents` and the refund declines here)."""
MAX_ASIDES = 8
"""The most asides of an email read again (each a pass of the decline patterns over its line): a line of many
dashes ("a - b - c - ...") is read in linear time, as every reading is (issue 8)."""
CLAUSE_MARKS = (",", ";") + CLAUSE_DASHES
"""What ends the dispute's clause before the refund word."""


class Span:
    """A decline found outside the email's own scan: its character positions, as a match's."""

    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end


def _dashes(line: str) -> list[int]:
    """Where each spaced dash of ``line`` starts, in order."""
    return sorted(at for mark in CLAUSE_DASHES for at in _all(line, mark))


def _all(text: str, mark: str):
    """Every start of ``mark`` in ``text``."""
    at = text.find(mark)
    while at >= 0:
        yield at
        at = text.find(mark, at + 1)


def refund_declines(patterns, scan: Scan, said: str, end: int, active) -> list:
    """The email's ``refund_negated`` matches before ``end``, and the declines read across a dashed aside."""
    found = list(scan.finditer("refund_negated", end))
    text = said[:end]
    if sum(text.count(mark) for mark in CLAUSE_DASHES) < 2:
        return found
    engine = patterns.main.subset("refund_negated")
    line_start, left = 0, MAX_ASIDES
    for line in text.split("\n"):
        dashes = _dashes(line)
        for opening, closing in zip(dashes, dashes[1:]):
            if len(line[opening + 3:closing].split()) > ASIDE_WORDS or left <= 0:
                continue
            left -= 1
            joined = line[:opening] + " " + line[closing + 3:]
            shift = closing + 3 - opening - 1
            for m in engine.scan(joined, active).finditer("refund_negated"):
                if m.start() < opening < m.end():  # (it runs across the aside)
                    found.append(Span(line_start + m.start(), line_start + m.end() + shift))
        line_start += len(line) + 1
    return found


def declines_a_dispute(patterns, scan: Scan, said: str, negation, end: int, active,
                       disputes: Scan | None = None) -> bool:
    """Whether the decline ``negation`` turns down a dispute word inside it, the refund asked after it (see above).
    ``disputes``: a scan of ``said`` with the dispute words, when ``scan`` (of the refund and decline words) has none."""
    start, stop = negation.start(), negation.end()
    disputes = [d for d in (disputes or scan).finditer("dispute", end) if start <= d.start() and d.end() <= stop]
    if not disputes:
        return False
    after = disputes[-1].end()
    if any(start <= r.start() < after for r in scan.finditer("refund", end)):
        return False  # "no refund and no chargeback": the refund is declined first
    rest = said[after:stop]
    if rest.strip() and not any(mark in rest for mark in CLAUSE_MARKS):
        return False  # "ne veux pas faire opposition ni être remboursé": one clause declines both
    asked = [r for r in scan.finditer("refund", end) if r.start() >= after]
    if not asked:
        return False
    between = said[after:asked[0].start()]
    nor = patterns.words("intents.dispute_nor")
    if any(word.strip(",;.-–—") in nor for word in between.split()):
        return False  # "..., ni être remboursé": the decline reaches on
    # "..., pas de remboursement non plus": the refund word has a negation of its own
    return not patterns.window.subset("negation_before").scan(between + " ", active).has("negation_before")


def reversals_declined(patterns, scan: Scan, said: str, end: int) -> list[tuple[int, int]]:
    """(fix46k, issue 9) The words of a reversal the customer turns down ("I will not reverse the charge with my
    bank", "we will not ask the bank to reverse the charge", "não vou estornar a cobrança no cartão"): a dispute word
    :func:`~mailbot.reading.dispute_declined.turned_down` reads as declined, with the refund words it overlaps.  Those
    refund words ask nothing (the customer says what they will not do; section 8, a negated part adds nothing); a
    refund asked in words of its own still asks.  Only when a refund word overlaps a dispute word."""
    refunds = [r.span() for r in scan.finditer("refund", end)]
    if not refunds or not scan.has("dispute"):
        return []
    disputes = list(scan.finditer("dispute", end))
    spans = [(d.start(), d.end()) for d in disputes]
    found = []
    for d in disputes:
        overlapping = [s for s, e in refunds if s < d.end() and d.start() < e]
        if overlapping and turned_down(patterns, said, d, spans, end, scan.languages_hit()):
            found.append((min([d.start()] + overlapping), d.end()))
    return found
