"""A brand's reading patterns: its own settings and the language packs it reads, in engines.

Three engines, each one RE2 set:

- ``main`` scans a whole email once (intents, reasons, disputes, labels, plans, invoices...);
- ``window`` scans the few characters around one intent word (negation, hypotheticals);
- ``sentence`` scans one candidate sentence of an unlabelled reason (greeting, restatement...).

Every pattern carries its language, so a scan counts only the languages of the email (see
:mod:`mailbot.reading.langid`); the cost of the pass does not grow with their number.

Also here: sentence and clause splitting without regular expressions (plain scans).
"""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.errors import ConfigError
from mailbot.invoices import DASHES, LOOSE_SEPARATORS
from mailbot.reading.engine import PatternEngine
from mailbot.reading.languages import LanguagePack

REASON_CODES = ("duplicate_payment", "billing_error", "access_failure")
PLANS = ("monthly", "quarterly", "annual")
EMAIL = r"[\w.+\x27-]+@[\w-]+(?:\.[\w-]+)+"
END = r"(?:$|\W)"
CONNECT = r"(?:is|was|es|era|é|e|ist|lautet|est|hai|:|-|=)"

# Patterns that belong to no language.
COMMON = {
    "email": [EMAIL],
    "forward_from": [r"(?m)^[ \t>*]*(?:from|von|de|da|van|fra|от)[ \t*]*:[^\n]{0,200}?(" + EMAIL + ")"],
    "brackets": [r"\[([^\]\n]{2,80})\]"],
    # fix19: a postscript line after the signature ("PS:", "P.S.", French "P.-S.", "P.D.:" in Spanish, "NB:", "PPS:"), the customer's own words
    "postscript": [r"(?m)^[ \t]*(?:p\.?[ \t\-]?s|p\.?p\.?s|p\.[ \t]?d|n\.?[ \t]?b)\.?[ \t]*[:.,\-–][ \t]*"],
    # fix20: the signature delimiter line ("--", RFC 3676) ends what the customer said, in a forwarded
    # message too; no language's word, so it names no language to language identification
    "sign_off": [r"(?m)^[ \t]*--[ \t]*$"],
}


def alternatives(items: tuple[str, ...]) -> str:
    return "|".join(f"(?:{item})" for item in items)


_TYPED_SEPARATORS = "-" + LOOSE_SEPARATORS + DASHES
"""What may separate a reference's parts as typed: a hyphen first, so that it stays literal in a class."""


def loosen_invoice(pattern: str) -> str:
    """An invoice pattern whose separators also accept spaces, dots and slashes, or none
    ("lo inv 66120" matches ``LO-INV-\\d{3,}``: POLICY_SPEC section 8).  A literal ``-`` and an
    optional separator class (``[-/]?``) become ``[-/. –—‑]*`` (an en or em dash or a non-breaking
    hyphen, as word processors and phones type a hyphen, separates too: :mod:`mailbot.invoices`)."""
    out, i = [], 0
    if pattern.startswith(r"\b"):
        out.append(r"\b")
        i = 2
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
        elif ch == "[":
            close = pattern.find("]", i + 1)
            body = pattern[i + 1:close] if close > 0 else ""
            if close > 0 and pattern[close + 1:close + 2] == "?" and ("-" in body or "/" in body):
                extra = "".join(c for c in _TYPED_SEPARATORS[1:] if c not in body)
                out.append(f"[{body.replace('-', '')}{extra}-]*")
                i = close + 2
            else:
                stop = close + 1 if close > 0 else len(pattern)
                out.append(pattern[i:stop])
                i = stop
        elif ch == "-":
            out.append(f"[{_TYPED_SEPARATORS}]*")
            i += 1
        else:
            out.append(ch)
            i += 1
    return "(?i)" + "".join(out)


@dataclass
class BrandPatterns:
    """The compiled engines of one brand and the languages it reads."""

    main: PatternEngine
    window: PatternEngine
    sentence: PatternEngine
    languages: tuple[str, ...]
    packs: dict[str, LanguagePack]

    @classmethod
    def of(cls, brand, packs: dict[str, LanguagePack]) -> BrandPatterns:
        languages = tuple(getattr(brand, "languages", None) or ("en",))
        missing = [code for code in languages if code not in packs]
        if missing:
            raise ConfigError(f"{brand.source}: languages: no language pack for {', '.join(missing)} "
                              f"(known: {', '.join(sorted(packs))})")
        key = _patterns_key(brand, languages, packs)
        engines = _COMPILED.pop(key, None)
        if engines is None:
            engines = _compile(brand, languages, packs)
        _COMPILED[key] = engines  # most recently used last
        while len(_COMPILED) > COMPILED_KEPT:
            del _COMPILED[next(iter(_COMPILED))]
        # every pack, read or not, goes with them: language identification names the others
        return cls(*engines, languages, packs)


def _compile(brand, languages: tuple[str, ...], packs: dict[str, LanguagePack]) -> Engines:
    main, window, sentence = PatternEngine(), PatternEngine(), PatternEngine()
    source = f"{brand.source}"
    for code in REASON_CODES:
        main.add(f"reason.{code}", brand.reason_keywords.get(code, ()), f"{source}: reason_keywords.{code}")
    main.add("dispute", brand.dispute_keywords, f"{source}: dispute_keywords")
    main.add("invoice", [loosen_invoice(p) for p in brand.invoice_patterns], f"{source}: invoice_patterns")
    for name, patterns in COMMON.items():
        main.add(name, patterns)
    sentence.add("field", ["@"])
    for code in languages:
        _add_pack(packs[code], main, window, sentence)
    return main.compile(), window.compile(), sentence.compile()


Engines = tuple[PatternEngine, PatternEngine, PatternEngine]
"""A brand's main, window and sentence engines."""
COMPILED_KEPT = 8
"""Brands' compiled engines kept per process (least recently used dropped first)."""
_COMPILED: dict[tuple, Engines] = {}


def _patterns_key(brand, languages: tuple[str, ...], packs: dict[str, LanguagePack]) -> tuple:
    """Everything a brand's engines are compiled from, as one hashable value.

    Compiling a brand's engines takes about a second (RE2 builds sets of ~900 patterns), and
    the result depends only on these words: a process that reads for the same brand again (a
    ``mailbot triage`` call in tests, the web app re-reading a case, a reloaded configuration
    with unchanged words) reuses the engines instead of compiling them anew.  The engines are
    shared read-only; their lazy caches (a pattern compiled alone on its first hit, a subset)
    are the same whoever fills them."""
    return (
        str(brand.source), languages,
        tuple((code, tuple(brand.reason_keywords.get(code, ()))) for code in REASON_CODES),
        tuple(brand.dispute_keywords), tuple(brand.invoice_patterns),
        tuple((code, str(packs[code].source), tuple(sorted(packs[code].words.items()))) for code in languages),
    )


def _add_pack(pack: LanguagePack, main: PatternEngine, window: PatternEngine, sentence: PatternEngine) -> None:
    code, src = pack.code, str(pack.source)

    def add(engine: PatternEngine, name: str, key: str, wrap=None) -> None:
        patterns = pack.get(key)
        if patterns and wrap is not None:
            patterns = [wrap(alternatives(patterns))] if key.startswith("text.") else [wrap(p) for p in patterns]
        engine.add(name, patterns, f"{src}: {key}", code)

    add(main, "refund", "intents.refund")
    add(main, "cancellation", "intents.cancellation")
    add(main, "cancellation_past", "intents.cancellation_past")
    add(main, "refund_past", "intents.refund_past")
    add(main, "cancellation_done", "intents.cancellation_done")
    add(main, "refund_negated", "intents.refund_negated")
    add(main, "refund_ultimatum", "intents.refund_ultimatum")
    add(main, "refund_received", "intents.refund_received")  # fix20
    add(main, "dispute_asked", "intents.dispute_asked")  # fix20
    add(main, "refund_not_received", "intents.refund_not_received")  # fix20
    add(main, "dispute_own_trade", "intents.dispute_own_trade")  # fix22
    add(main, "dispute_disowned", "intents.dispute_disowned")  # fix25c
    add(main, "policy", "intents.policy_mention")
    add(main, "own_closing", "intents.closing_own_business")
    add(main, "dispute", "intents.dispute")
    for reason in REASON_CODES:
        add(main, f"reason.{reason}", f"reasons.{reason}")
    add(main, "reason_cue", "reasons.cues")
    add(main, "reason_before", "reasons.consequence")
    # fix19: a label opening its sentence may end with a question mark and the answer ("cancel pls. Reason? job loss")
    # fix22: the copula a whole word ('o motivo está abaixo' has no 'motivo es')
    add(main, "reason_label", "reasons.labels",
        lambda p: rf"(?:(?:{p})\s*(?:(?:is|es|ist|est|é)(?:[\s:]|$)|:|-|–)|(?:^|[.!?\n])\s*¿?\s*(?:{p})\s*\?)\s*(.{{3,300}})")
    add(main, "sign_off", "text.sign_offs", lambda p: rf"(?m)^[ \t]*(?:{p})[ \t]*[,.!]*[ \t]*$")
    add(main, "forward_subject", "text.forward_subject", lambda p: rf"\A\s*(?:{p})\s*:")
    add(main, "forward_marker", "text.forward_markers")
    add(main, "reply_subject", "text.reply_subject", lambda p: rf"\A\s*(?:{p})\s*:")
    add(main, "label_email", "labels.email", lambda p: rf"(?:{p})\s*{CONNECT}?\s*<?({EMAIL})")
    add(main, "label_invoice", "labels.invoice",
        lambda p: rf"(?:{p})\s*(?:no\.?|number|num|nr\.?|n[º°]\.?|n(?:ú|u)mero|num(?:é|e)ro|nummer|#|id|ref)?"
                  r"\s*[:#-]?\s*([a-z0-9][a-z0-9/_-]{3,30})")
    add(main, "label_project", "labels.project",
        lambda p: rf"(?:{p})\s*(?:is|es|é|ist|est|:|-|–|—)\s*[\"'“]?([^\n\"”,;.]{{2,60}})")
    for plan in PLANS:
        add(main, f"plan.{plan}", f"plans.{plan}")
    add(main, "romanised", "romanised_markers")
    add(window, "negation_before", "intents.negation_before")
    add(window, "negation_after", "intents.negation_after")
    add(window, "past_before", "intents.past_before")
    add(window, "threat_condition", "intents.threat_condition")
    add(window, "hyp_condition", "intents.hypothetical_condition")
    add(window, "hyp_question", "intents.hypothetical_question")
    add(window, "polite_condition", "intents.polite_condition")
    add(window, "refund_pending", "intents.refund_pending")  # fix20
    add(sentence, "greeting", "text.greetings", lambda p: rf"^(?:{p}){END}")
    add(sentence, "closing", "text.closings", lambda p: rf"^(?:{p}){END}")
    add(sentence, "courtesy", "text.courtesies", lambda p: rf"^(?:{p}){END}")
    # fix22: a sentence made only of courtesy words ("Quedo en espera de su pronta respuesta", "Fico a aguardar as
    # vossas notícias"): whole words, any order, the danda as punctuation
    add(sentence, "courtesy_only", "text.courtesy_words",
        lambda p: rf"^(?:\W|[\x{{964}}\x{{965}}])*(?:(?:{p})(?:(?:\W|[\x{{964}}\x{{965}}])+|$))+$")
    add(sentence, "request", "text.request")
    # fix25c: the words that only say what a request is for, one word a line (mailbot.reading.purpose)
    add(sentence, "purpose_word", "text.purpose_words", lambda p: rf"(?m)^(?:{p})$")
    # fix26a: the words that write out a number or an amount, one word a line (mailbot.reading.purpose)
    add(sentence, "number_word", "text.number_words", lambda p: rf"(?m)^(?:{p})$")
    add(sentence, "boilerplate", "text.boilerplate")
    add(sentence, "field", "text.field_words")
    add(sentence, "not_reason", "text.not_reason")
    add(sentence, "no_leading_reason", "text.no_leading_reason")
    # A sentence holding an intent word restates the request (see :func:`restates_request`).
    add(sentence, "ask_refund", "intents.refund")
    add(sentence, "ask_cancellation", "intents.cancellation")
    add(sentence, "cancellation_past", "intents.cancellation_past")
    add(sentence, "own_closing", "intents.closing_own_business")


def restates_request(scan) -> bool:
    """Whether a scanned sentence (``sentence`` engine) asks for the refund or the cancellation:
    a restatement word of the pack (``text.request``) or any intent word of the pack, a
    cancellation word that tells what already happened ("we cancelled in August") excepted.
    So every form a pack reads as a request ("cancelad", "devolváis") is also no reason.
    A cancellation word closing the customer's own business ("hum dukaan band kar rahe hain",
    ``intents.closing_own_business``) is the customer's news, not a restatement (fix15)."""
    if scan.has("ask_refund"):
        return True
    own = [(m.start(), m.end()) for m in scan.finditer("own_closing")] if scan.has("own_closing") else []

    def outside_own(m) -> bool:
        return not any(s <= m.start() < e for s, e in own)

    if any(map(outside_own, scan.finditer("request"))) if own else scan.has("request"):
        return True
    return any(scan.match("cancellation_past", m.start()) is None and outside_own(m)
               for m in scan.finditer("ask_cancellation"))


# -- sentences and clauses, by plain scans ------------------------------------------------

SENTENCE_STOPS = ".!?"
HARD_STOPS = "\u0964\u0965"
"""The Devanagari danda and double danda: a sentence ends there, space or none after it."""
SPACE = " \t\r\f\v\n"


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
    for stop in SENTENCE_STOPS:
        at = text.find(stop, index, end)
        while at >= 0 and at + 1 < size and (text[at + 1] not in SPACE or inner_dot(text, at)):
            at = text.find(stop, at + 1, end)
        if at >= 0:
            end = at + 1
    return end


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
    refund") still ends one."""
    if text[at] != "." or at + 2 >= len(text) or text[at + 1] != " " or not text[at + 2].islower():
        return False
    j = at
    while j > 0 and at - j < 3 and text[j - 1].isdigit():
        j -= 1
    return 1 <= at - j <= 2 and (j == 0 or text[j - 1] in " .(\t\n")


INNER_ABBREVIATIONS = frozenset((
    "zzgl", "inkl", "exkl", "ggf", "bzw", "evtl", "vgl", "bspw", "z.b", "d.h", "u.a", "u.u", "gem", "lt",
    "e.g", "i.e", "incl", "excl", "approx", "aprox", "p.ej", "p.ex"))
"""(fix26b) Abbreviations written with a full stop inside a sentence ("1.499,00 INR zzgl. USt.", "inkl.
MwSt.", "bzw. der Jahresplan", "e.g. the dashboard"): none of them closes a sentence."""

ABBREVIATIONS_BEFORE_A_NUMBER = frozenset(("nr", "rs", "ca", "no"))
"""(fix26b) Abbreviations that close no sentence when a number follows ("Rechnung Nr. 4711", "Rs. 999",
"ca. 500 Euro", "invoice no. 12"), though they may end one otherwise ("we paid 999 Rs. Please refund")."""

TAX_ABBREVIATIONS = frozenset(("ust", "mwst"))
"""(fix26b) German tax abbreviations that close no sentence when a lower-case word follows ("zzgl. USt. auf das
Konto"), though they often end one ("Preis inkl. MwSt. Bitte erstatten Sie ...")."""


def abbreviation_dot(text: str, at: int) -> bool:
    """(fix26b) Whether the full stop at ``at`` closes an abbreviation inside a sentence, not the
    sentence: the word before it (letters and inner dots, from a space, a bracket or the start) is one
    of :data:`INNER_ABBREVIATIONS`, of :data:`ABBREVIATIONS_BEFORE_A_NUMBER` with a space and a digit
    after it, or of :data:`TAX_ABBREVIATIONS` with a space and a lower-case letter after it.  Decision: a fragment cut after "zzgl." ("USt.) auf das ursprüngliche Zahlungsmittel.") is
    no sentence of the customer's and must never be read as their reason (POLICY_SPEC section 8); the
    sentence around the abbreviation is read whole.  Linear: looks back at most eight characters."""
    if text[at] != "." or at + 1 >= len(text):
        return False
    j = at
    while j > 0 and at - j < 8 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    if j > 0 and text[j - 1] not in " (\t\n" or j == at:
        return False
    word = text[j:at].lower()
    if word in INNER_ABBREVIATIONS:
        return True
    if at + 2 >= len(text) or text[at + 1] != " ":
        return False
    return word in ABBREVIATIONS_BEFORE_A_NUMBER and text[at + 2].isdigit() \
        or word in TAX_ABBREVIATIONS and text[at + 2].islower()


def inner_dot(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` closes no sentence: an ordinal or a day and month
    (:func:`ordinal_dot`) or an abbreviation (:func:`abbreviation_dot`)."""
    return ordinal_dot(text, at) or abbreviation_dot(text, at)


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
        yield text[start:cut[0]]
        count += 1
        i = cut[1]
        while i < n and text[i] in SPACE:
            i += 1
        start = i
    if start < n and count < limit:
        yield text[start:]
