"""(fix25c) A reason that only says what the request is for is no reason (POLICY_SPEC section 8).

A customer often closes the asking sentence with what it is about: "..., Saini Furniture Store ke liye",
"..., for the Linden Shop project", "para el proyecto Casa Azul", "für Projekt Seeblick", "pour le projet
Atelier Nord", or points back at the request itself ("That's the reason, I want it back").  Read as the
reason, such a part approved refunds on nothing (an unsafe approval): it names the work, the payment or
the request, never why the customer asks.

Decision (language-neutral; the words are data): a candidate reason says nothing of its own when, once the
ledger's project names, every word holding a digit (an invoice, a reference, an amount, a date), the words
that restate the request (``text.request`` and the intent words, as :func:`restates_request` reads them, in a
match of at most :data:`REQUEST_SPAN_WORDS` words)
the words that write a number or an amount out (``text.number_words``, fix26a)
and the pack's ``text.purpose_words`` (the small words that say what something is for or about, the names
of the payment, the request's own verbs: "for", "the", "regarding", "ke liye", "para", "für", "pour",
"project", "invoice", "deposit", "want", "please", "reason") are taken away, no word is left.  Any other
word ("the shop *closed*", "*budget* cuts", "*moving* abroad") keeps the candidate a reason, so the rule
only ever turns a reason that was never there into a question (C3), never the other way round.

(fix26a) An amount restated in words ("..., soit quatorze mille roupies", "that is fourteen thousand rupees only",
"o sea catorce mil rupias") names the payment as much as "14000" does: the pack's ``text.number_words`` (numerals,
their multipliers, the currency's names) count like a word holding a digit, in every pack.  An amount, in digits
or in words, is never why the customer asks; a statement with any other word ("three weeks without an answer")
stays a reason.

Linear: one split of the candidate, one dictionary look-up per word and project-name length, two scans.
"""

from __future__ import annotations

from mailbot.reading.reading_rules import RESTATE_NAMES, words_of

PURPOSE_WORD = "purpose_word"
"""The sentence-engine name of ``text.purpose_words``: matched one word a line (``(?m)^...$``)."""

NUMBER_WORD = "number_word"
"""The sentence-engine name of ``text.number_words`` (fix26a): matched one word a line, like :data:`PURPOSE_WORD`."""

REQUEST_SPAN_WORDS = 4
"""The most words a match of the request's own words may span for its words to count as the request restated:
an intent pattern that reaches over a whole clause ("der Betrag wurde ... abgebucht ... zurück") also holds
what the customer tells, which stays theirs."""

_REQUEST_SPANS = tuple(name for name in RESTATE_NAMES if name not in ("cancellation_past", "own_closing"))
"""The names whose matches restate the request (a cancellation told as past or the customer's own business
closing is news, a reason, and stays)."""


def says_only_what_it_is_for(said: str, projects, sentence_engine, active) -> bool:
    """Whether the candidate reason ``said`` holds no word of its own (see the module's docstring);
    ``projects``: the ledger's :class:`~mailbot.reading.stated_fields.ProjectNames`."""
    words = projects.without(words_of(" ".join(w for w in said.split() if not any(ch.isdigit() for ch in w))))
    if not words:
        return True
    # Each word on its own line: the pack's purpose words match whole lines, so no match eats a neighbour.
    lined = sentence_engine.scan("\n".join(words), active)
    purpose = {m.start() for name in (PURPOSE_WORD, NUMBER_WORD) if lined.has(name) for m in lined.finditer(name)}
    starts, at = [], 0
    for word in words:
        starts.append(at)
        at += len(word) + 1
    # The same words on one line: the request's own words ("want it back", "refund") restate it.
    single = " ".join(words)
    scan = sentence_engine.scan(single, active)
    spans = [(m.start(), m.end()) for name in _REQUEST_SPANS if scan.has(name) for m in scan.finditer(name)
             if single.count(" ", m.start(), m.end()) < REQUEST_SPAN_WORDS]
    return all(start in purpose or any(s <= start and start + len(word) <= e for s, e in spans)
               for word, start in zip(words, starts))
