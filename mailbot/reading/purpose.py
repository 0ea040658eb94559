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

Linear: one split of the candidate, one dictionary look-up per word and project-name length, one look-up per
word in a bounded memo of the purpose words (:class:`PurposeCheck`), one scan.
"""

from __future__ import annotations

from mailbot.reading.patterns import MAX_MATCHES
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

MEMO_WORDS = 4096
"""Words whose purpose-word answer :class:`PurposeCheck` keeps (per language set read); emptied when full, so
hostile text with ever new words holds at most this many, each of at most :data:`MEMO_WORD_CHARS` (< 1 MB)."""

MEMO_WORD_CHARS = 40
"""The longest word kept (a pack's purpose and number words are far shorter); a longer one is looked up each
time, so a hostile email's huge words are never kept from one email to the next."""


class PurposeCheck:
    """:func:`says_only_what_it_is_for` for one extractor: its sentence engine and the ledger's project names.

    Issue 8 (perf26a): the check ran the whole sentence engine (1,149 patterns) twice over each candidate,
    the words one a line for the purpose words, then on one line for the request's words, and stepped RE2
    through every line for the purpose words' positions: ~160 µs a candidate, ~140 µs an email of the
    benchmark mail (0.85 candidates an email), ~6% of a parse worker's reading.  A word is a purpose word
    when the pack's pattern matches its whole line, which depends on the word alone (the patterns hold
    plain words and groups, never a line break), so each word is looked up in a memo of the small engine
    of the two names (:meth:`_kinds`; the benchmark's words repeat), and the one-line scan runs only when
    some word is not one.  The same answers (``bench/reading_diff.py``: 0 changed readings of 11,458; 48,443
    candidates of the held-out mail compared with the two scans), including
    :data:`~mailbot.reading.patterns.MAX_MATCHES`: the lined scan looked at that many words a name at most
    (``tests/test_purpose_check.py`` checks both, and that no pack's entry can match across a line).  Measured:
    ~150 -> ~78 µs a candidate; a parse worker's RSS after 2,000 benchmark emails 72.7 -> 69.7 MB
    (``bench/worker_memory.py``: the whole engine's automaton states for the lined words are no longer built).

    The answers are kept for one email (:meth:`forget`): the reason the reading settles on was already checked
    as a candidate (``ReasonReading.reason`` asks again).  Bound: the candidates are the email's sentences and
    parts of them, so what is kept is of the order of its text, dropped when the next email comes."""

    __slots__ = ("sentence", "words", "projects", "_kinds_of", "_said")

    def __init__(self, sentence_engine, projects):
        self.sentence = sentence_engine.subset(*RESTATE_NAMES)  # perf33a: an engine of those names only
        self.words = sentence_engine.subset(PURPOSE_WORD, NUMBER_WORD)
        self.projects = projects
        self._kinds_of: dict = {}
        self._said: dict = {}

    def forget(self) -> None:
        """A new email: the candidates checked so far are not asked again."""
        self._said.clear()

    def __call__(self, said: str, active) -> bool:
        """Whether the candidate reason ``said`` holds no word of its own (see the module's docstring)."""
        key = (" ".join(said.split()), active)  # the answer depends on the words alone
        known = self._said.get(key)
        if known is None:
            if len(self._said) >= MEMO_WORDS:
                self._said.clear()
            known = self._said[key] = self._check(said, active)
        return known

    def _check(self, said: str, active) -> bool:
        words = self.projects.without(words_of(" ".join(w for w in said.split() if not _holds_digit(w))))
        if not words:
            return True
        # Each word by itself: the pack's purpose words match whole words (one a line), so no match eats a neighbour.
        counted = {PURPOSE_WORD: 0, NUMBER_WORD: 0}
        purpose = []
        for word in words:
            kinds = self._kinds(word, active)
            for kind in kinds:
                counted[kind] += 1
            purpose.append(any(counted[kind] <= MAX_MATCHES for kind in kinds))
        if all(purpose):
            return True
        # The words on one line: the request's own words ("want it back", "refund") restate it.
        single = " ".join(words)
        scan = self.sentence.scan(single, active)
        spans = [(m.start(), m.end()) for name in _REQUEST_SPANS if scan.has(name) for m in scan.finditer(name)
                 if single.count(" ", m.start(), m.end()) < REQUEST_SPAN_WORDS]
        if not spans:
            return False
        at = 0
        for word, known in zip(words, purpose):
            if not known and not any(s <= at and at + len(word) <= e for s, e in spans):
                return False
            at += len(word) + 1
        return True

    def _kinds(self, word: str, active) -> tuple[str, ...]:
        """Which of :data:`PURPOSE_WORD` and :data:`NUMBER_WORD` match the whole of ``word`` in the ``active``
        languages: the small engine's scan of the word alone, kept (:data:`MEMO_WORDS`)."""
        key = (word, active)
        kinds = self._kinds_of.get(key)
        if kinds is None:
            scan = self.words.scan(word, active)
            kinds = tuple(name for name in (PURPOSE_WORD, NUMBER_WORD) if scan.has(name))
            if len(word) <= MEMO_WORD_CHARS:
                if len(self._kinds_of) >= MEMO_WORDS:
                    self._kinds_of.clear()
                self._kinds_of[key] = kinds
        return kinds


def _holds_digit(word: str) -> bool:
    """Whether ``word`` holds a digit (``str.isdigit`` of any character).  Issue 8 (perf33a): a word of
    letters only is answered at C speed (no character is both ``isalpha`` and ``isdigit``: checked over all
    of Unicode), the character loop only for the others; it was ~20% of the purpose check's CPU."""
    return not word.isalpha() and any(ch.isdigit() for ch in word)


def says_only_what_it_is_for(said: str, projects, sentence_engine, active) -> bool:
    """Whether the candidate reason ``said`` holds no word of its own (see the module's docstring);
    ``projects``: the ledger's :class:`~mailbot.reading.stated_fields.ProjectNames`.  A reading asks its
    extractor's :class:`PurposeCheck`, which keeps what it looked up."""
    return PurposeCheck(sentence_engine, projects)(said, active)
