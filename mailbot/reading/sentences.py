"""Sentences and clauses of customer text, found by plain scans (no regular expression).

Where a sentence around an index starts and ends (:func:`sentence_bounds`, :func:`sentence_around`), the
clauses of a text (:func:`clauses`), the mail client's hard wraps (:func:`hard_wraps`), and the dots that end
no sentence: ordinals ("am 3. Oktober") and abbreviations ("zzgl.", "Rs. 1,499", "e.g."; :func:`inner_dot`).
Linear in the text, bounded by :data:`SENTENCE_REACH` around an index.  (Moved out of
:mod:`mailbot.reading.wording`, which keeps the brand's pattern engines.)
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from dataclasses import dataclass

SENTENCE_STOPS = ".!?"
HARD_STOPS = "\u0964\u0965"
"""The Devanagari danda and double danda: a sentence ends there, space or none after it."""
SPACE = " \t\r\f\v\n"
WHITE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" \
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
"""Every character ``str.isspace`` takes (:func:`split_sentences`)."""


SENTENCE_REACH = 400
"""Characters :func:`sentence_bounds` looks at, at most, on each side of its index."""


def sentence_bounds(text: str, index: int, limit: int = SENTENCE_REACH, wrapped: bool = False) -> tuple[int, int]:
    """Start and end of the sentence (or line) holding ``index``: a sentence ends at
    ``.``, ``!`` or ``?`` followed by white space, at a danda (``।``) or at a line break.  At most ``limit``
    characters each side are looked at.  With ``wrapped``, a single line break inside a sentence
    (a mail client's hard wrap: the line before ends without ``.!?:`` and no blank line follows)
    does not end it.

    Each side is found with ``str.find``/``str.rfind`` of the few characters that can end a
    sentence (not a Python loop over every character: ``tests/test_reading_shortcuts.py``
    checks it against that plain loop)."""
    low = max(0, index - limit)
    high = min(len(text), index + limit)
    return _start_of(text, index, low, wrapped), _end_of(text, index, high, wrapped)


def _start_of(text: str, index: int, low: int, wrapped: bool) -> int:
    """After the last sentence end in ``text[low:index]`` (``low`` when there is none)."""
    last = text.rfind("\n", low, index)
    while last >= 0 and wrapped and _wraps(text, last):
        last = text.rfind("\n", low, last)
    for stop in HARD_STOPS:
        last = max(last, text.rfind(stop, low, index))
    floor = max(low - 1, last, 0)
    for stop in SENTENCE_STOPS if index - 1 > floor else ():  # a stop, then white space in the range
        at = text.rfind(stop, floor, index - 1)
        while at >= 0 and (text[at + 1] not in SPACE or inner_dot(text, at)):
            at = text.rfind(stop, floor, at)
        if at >= 0:
            last = max(last, at + 1)
    return last + 1 if last >= low else low


def _end_of(text: str, index: int, high: int, wrapped: bool) -> int:
    """At the first sentence end in ``text[index:high]`` (after a stop or danda, before a line
    break; ``high`` when there is none)."""
    first = text.find("\n", index, high)
    while first >= 0 and wrapped and _wraps(text, first):
        first = text.find("\n", first + 1, high)
    end = first if first >= 0 else high
    size = len(text)
    for stop in HARD_STOPS:
        at = text.find(stop, index, end)
        if at >= 0:
            end = at + 1
    found = stop_end(text, index, end)
    return found if found >= 0 else end


def stop_end(text: str, start: int, end: int, inner: bool = True, spaces: str = SPACE) -> int:
    """Just after the first ``.``, ``!`` or ``?`` in ``text[start:end]`` that ends a sentence: followed by one of
    ``spaces`` or by the end of ``text``, and with ``inner`` not a dot inside one (:func:`inner_dot`); -1 when none.
    Found with ``str.find`` of each stop (the sentence ends of :func:`sentence_bounds`)."""
    size, found = len(text), -1
    for stop in SENTENCE_STOPS:
        at = text.find(stop, start, end)
        while at >= 0 and at + 1 < size and (text[at + 1] not in spaces or inner and inner_dot(text, at)):
            at = text.find(stop, at + 1, end)
        if at >= 0:
            found = end = at + 1
    return found


def split_sentences(text: str):
    """(fix44k) The sentences of ``text``, in order: cut after each ``.``, ``!`` or ``?`` followed by white space
    (any ``str.isspace`` character) or ending the text, the last one running to its end (maybe empty); a dot inside a
    word or an abbreviation's cuts too, as do no line break and no danda (language identification's sentences,
    :meth:`mailbot.reading.langid.Identifier._sentence_languages`).  (fix45k, issue 8) One pass: each stop's next cut
    is found once, and only the stop a sentence ends with is looked for again (linear in the text, not in its
    length times its sentences)."""
    size = len(text)

    def cut_after(stop: str, start: int) -> int:  # the next "stop" followed by white space or the end; size if none
        at = text.find(stop, start)
        while 0 <= at < size - 1 and text[at + 1] not in WHITE:
            at = text.find(stop, at + 1)
        return at if at >= 0 else size

    start, nearest = 0, {stop: cut_after(stop, 0) for stop in SENTENCE_STOPS}
    while True:
        stop = min(nearest, key=nearest.__getitem__)
        at = nearest[stop]
        if at >= size:
            yield text[start:]
            return
        yield text[start:at + 1]
        start = at + 1
        nearest[stop] = cut_after(stop, start)


def hard_wraps(text: str) -> list[int]:
    """Where ``text`` has a line break that :func:`sentence_bounds` with ``wrapped`` reads as a hard
    wrap (see :func:`_wraps`), in order.  Such a sentence holds a line break only if one of these lies
    inside it: every other line break ends the sentence on either side (perf22a)."""
    found, at = [], text.find("\n")
    while at >= 0:
        if _wraps(text, at):
            found.append(at)
        at = text.find("\n", at + 1)
    return found


def ordinal_dot(text: str, at: int) -> bool:
    """(fix19) Whether the full stop at ``at`` closes an ordinal or a day and month, not a sentence: it follows
    a number of one or two digits (set apart by a space, a bracket, or the dot of a date) and one space
    and a lower-case letter follow it ("der Plan am 15. endet", "bis zum 07.12. zu erstatten", "ab dem 1.
    des Monats").  Decision: German writes ordinals and dates with a full stop, so such a sentence goes
    on; a new sentence opens with a capital, and a number of three digits or more ("we paid 499. please
    refund") still ends one.  (fix27l) A German month name after it, capital and all ("am 5. September
    sehen wir ..."), goes on too: a date, no new sentence."""
    if text[at] != "." or at + 2 >= len(text) or text[at + 1] != " ":
        return False
    if not text[at + 2].islower() and not text.startswith(_stops().months_after_a_day, at + 2):
        return False
    j = at
    while j > 0 and at - j < 3 and text[j - 1].isdigit():
        j -= 1
    return 1 <= at - j <= 2 and (j == 0 or text[j - 1] in " .(\t\n")


@dataclass(frozen=True)
class FullStops:
    """(xfer31) The words after which a full stop closes no sentence, of a set of packs: a brand's while one of its
    emails is read (:func:`reading_with`), else every pack the process has loaded (:func:`learn`)."""

    inner: frozenset[str]
    """(fix26b) Abbreviations written with a full stop inside a sentence ("1.499,00 INR zzgl. USt.", "inkl.
    MwSt.", "bzw. der Jahresplan", "e.g. the dashboard"): none of them closes a sentence.  The packs'
    ``sentences.abbreviations``."""
    before_number: frozenset[str]
    """(fix26b) Abbreviations that close no sentence when a number follows ("Rechnung Nr. 4711", "Rs. 999",
    "ca. 500 Euro", "invoice no. 12"), though they may end one otherwise ("we paid 999 Rs. Please refund").  The
    packs' ``sentences.abbreviations_before_number``."""
    titles: frozenset[str]
    """(fix27l) Titles before a name ("Dr. Meyer", "Mr. Shah", "Sra. López", "Hr. Weber", "Fr. Klein", "Prof.
    Rao", "Smt. Devi"): none closes a sentence when a space and a letter follow.  Decision: a title is written
    before a name, so the sentence goes on; "Fr." for Friday before a new sentence ("bis Fr. Danach ...") is then
    read as one sentence with the next, which only lengthens it (a fragment "Meyer hier" cut from its title would
    be read as a sentence of its own).  The packs' ``sentences.titles``."""
    before_lower: frozenset[str]
    """(fix26b) German tax abbreviations that close no sentence when a lower-case word follows ("zzgl. USt. auf das
    Konto"), though they often end one ("Preis inkl. MwSt. Bitte erstatten Sie ...").  The packs'
    ``sentences.abbreviations_before_lower``."""
    months_after_a_day: tuple[str, ...]
    """(fix27l) The month names written after a day and its full stop, capitalised ("am 5. September", "5. Jänner"): the
    packs' ``sentences.months_after_day_dot`` (German's)."""

    @classmethod
    def of(cls, packs) -> FullStops:
        """The full-stop words of ``packs`` (a brand's: :meth:`~mailbot.reading.extract.Extractor.extract`)."""
        packs = list(packs)

        def words(key: str) -> frozenset[str]:
            return frozenset(word for pack in packs for word in pack.get(key))

        months = {word[:1].upper() + word[1:] for word in words("sentences.months_after_day_dot")}
        return cls(words("sentences.abbreviations"), words("sentences.abbreviations_before_number"),
                   words("sentences.titles"), words("sentences.abbreviations_before_lower"), tuple(sorted(months)))


_LEARNED: dict[str, object] = {}
"""The packs loaded in the process, by source file; empty until the first full stop is looked at outside a brand's
reading or a brand's packs are read (:func:`learn`)."""
_EVERY: list[FullStops] = []
"""The :class:`FullStops` of every pack in :data:`_LEARNED`, once :func:`learn` has run."""


def learn(packs) -> None:
    """(xfer29, issue 9) Add ``packs`` (language packs, :mod:`mailbot.reading.languages`) to the packs whose full-stop
    words count outside a brand's reading: the shipped packs first, then each pack a brand reads (an admin's
    ``it.toml``: "Sig. Rossi").  Decision: a sentence cut with no brand's packs in force (``mailbot config check``, a
    helper called alone) takes the words of every pack loaded in the process; the set only grows.  Inside a brand's
    reading its own packs' words count (:func:`reading_with`, xfer31)."""
    if not _LEARNED:
        _LEARNED[""] = None
        from mailbot.reading.languages import load_packs, pack_dirs  # (the packs import nothing from here)
        learn(load_packs(pack_dirs(None)).values())
    new = {str(pack.source): pack for pack in packs if str(pack.source) not in _LEARNED}
    if new:
        _LEARNED.update(new)
        _EVERY[:] = [FullStops.of(pack for pack in _LEARNED.values() if pack is not None)]


_BRAND: ContextVar[FullStops | None] = ContextVar("full_stops", default=None)


def _stops() -> FullStops:
    """The full-stop words in force: the brand's while one of its emails is read (:func:`reading_with`), else every
    loaded pack's (a sentence cut outside a brand's reading, as ``mailbot config check`` does)."""
    stops = _BRAND.get()
    if stops is not None:
        return stops
    if not _LEARNED:
        learn(())
    return _EVERY[0]


@contextlib.contextmanager
def reading_with(stops: FullStops):
    """(xfer31) Sentences cut inside this block take ``stops``, the words of the packs the brand reads: an admin's
    ``it.toml`` titles ("Sig. Rossi") count in the mail of the brands that read Italian, not in every brand's mail of
    the process.  Decision: what a brand reads is what its packs say, the same for every process and every order in
    which brands were loaded (the process-wide lists only grew, so a sentence's cut depended on which brands the
    process had read before); a brand that reads German still keeps "zzgl." in an English email of its."""
    token = _BRAND.set(stops)
    try:
        yield
    finally:
        _BRAND.reset(token)


def abbreviation_dot(text: str, at: int) -> bool:
    """(fix26b) Whether the full stop at ``at`` closes an abbreviation inside a sentence, not the
    sentence: the word before it (letters and inner dots, from a space, a bracket or the start) is one
    of the :class:`FullStops` in force: ``inner``, ``before_number`` with a space and a digit after it,
    ``before_lower`` with a space and a lower-case letter after it, or ``titles`` with a space and a
    letter after it.  Decision: a fragment cut after "zzgl." ("USt.) auf das ursprüngliche Zahlungsmittel.") is
    no sentence of the customer's and must never be read as their reason (POLICY_SPEC section 8); the
    sentence around the abbreviation is read whole.  Linear: looks back at most eight characters."""
    if text[at] != "." or at + 1 >= len(text):
        return False
    stops = _stops()
    j = at
    while j > 0 and at - j < 8 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    if j > 0 and text[j - 1] not in " (\t\n" or j == at:
        return False
    word = text[j:at].lower()
    if word in stops.inner:
        return True
    if at + 2 >= len(text) or text[at + 1] != " ":
        return False
    return word in stops.before_number and text[at + 2].isdigit() \
        or word in stops.before_lower and text[at + 2].islower() \
        or word in stops.titles and text[at + 2].isalpha()


def initial_dot(text: str, at: int) -> bool:
    """(fix44x) Whether the full stop at ``at`` closes an initial inside a name: one capital letter set apart by a space,
    after a capitalised word, and before a capitalised word that is an abbreviation itself or goes on with another
    capitalised word ("site Paróquia N. Sra. das Graças", "Studio J. Weber GmbH").  Decision: the request's own sentence
    is read whole, so its tail ("Sra. das Graças Site, fatura OWD-2025-3421.") is never read as the customer's reason
    (POLICY_SPEC section 8: a restatement of the request is none); "Plan B. Please cancel" still ends a sentence.
    Linear: looks back and ahead at most forty characters."""
    if not (2 <= at < len(text) - 2) or text[at] != "." or text[at + 1] != " " or not text[at + 2].isupper():
        return False
    letter = text[at - 1]
    if not letter.isupper() or letter == "I" or text[at - 2] != " ":
        return False
    j = at - 2
    while j > 0 and at - j < 40 and text[j - 1].isalpha():
        j -= 1
    if j == at - 2 or not text[j].isupper():
        return False
    k = at + 2
    while k < len(text) and k - at < 40 and text[k].isalpha():
        k += 1
    if k >= len(text):
        return False
    return text[k] == "." or text[k] == " " and k + 1 < len(text) and text[k + 1].isupper()


def inner_dot(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` closes no sentence: an ordinal or a day and month
    (:func:`ordinal_dot`), an abbreviation (:func:`abbreviation_dot`) or an initial in a name (:func:`initial_dot`)."""
    return ordinal_dot(text, at) or abbreviation_dot(text, at) or initial_dot(text, at)


def _wraps(text: str, at: int) -> bool:
    """Whether the line break at ``at`` is a hard wrap inside a sentence: text on both sides,
    no blank line, and the line before does not end a sentence or a label.  (fix17) A line ending
    with a comma wraps when the next line goes on in lower case or opens a Spanish question ("Caso eu desista depois de pagar o
    sinal,\neu recebo o dinheiro de volta?"): the clause after the comma continues the sentence, while
    a greeting line ("Hi team,") is followed by a capital or a blank line.  Decision: a lower-case
    line after "Hallo Team," then joins the greeting to its sentence, which only adds a greeting's
    words to the sentence that the hypothetical and negation checks read."""
    before = text[at - 1] if at > 0 else "\n"
    after = text[at + 1] if at + 1 < len(text) else "\n"
    if before == ",":
        return after.islower() or after in "¿¡"
    return before not in "\n.!?:,;" and before not in HARD_STOPS and after != "\n" and not after.isspace()


def sentence_around(text: str, index: int) -> str:
    """The sentence (or line) of ``text`` that contains ``index``, white space collapsed."""
    start, end = sentence_bounds(text, index)
    return " ".join(text[start:end].split())[:300]


def _ends_a_smiley(text: str, i: int) -> bool:
    """Whether the bracket at ``i`` closes an emoticon (":)", ";-)", ":("): written at the end of a
    sentence in place of its full stop ("... de graça :) Quero anular", fix15)."""
    j = i - 1 if i > 0 and text[i - 1] == "-" else i
    return j > 0 and text[j - 1] in ":;" and (j - 1 == 0 or text[j - 2] in SPACE)


def clauses(text: str, limit: int = 200):
    """The clauses of ``text``: split after ``.!?;`` followed by white space, after a danda
    (``।``), after an emoticon set apart by a space (" :) ", fix15), at a dash set apart by spaces
    (" - ", " — ") and at line breaks.  At most ``limit`` clauses."""
    for start, end in clause_spans(text, limit):
        yield text[start:end]


def clause_spans(text: str, limit: int = 200):
    """(fix45k) Where each of the :func:`clauses` of ``text`` starts and ends, in order (a reader that wants to know what
    follows a clause, :meth:`~mailbot.reading.unlabelled_reason.UnlabelledReason._first_reason`, need not look for it)."""
    start, i, n, count = 0, 0, len(text), 0
    while i < n and count < limit:
        ch = text[i]
        cut = None
        if ch == "\n":
            cut = (i, i + 1)
        elif ch in ".!?;" and i + 1 < n and text[i + 1] in SPACE and not inner_dot(text, i) or ch in HARD_STOPS:
            cut = (i + 1, i + 1)
        elif ch in ")(" and _ends_a_smiley(text, i) and (i + 1 == n or text[i + 1] in SPACE):
            cut = (i + 1, i + 1)
        elif ch in " \t" and i + 1 < n and text[i + 1] in "-–—":
            j = i + 1
            while j < n and text[j] in "-–—":
                j += 1
            if j < n and text[j] in " \t":
                cut = (i, j)
        if cut is None:
            i += 1
            continue
        yield start, cut[0]
        count += 1
        i = cut[1]
        while i < n and text[i] in SPACE:
            i += 1
        start = i
    if start < n and count < limit:
        yield start, n
