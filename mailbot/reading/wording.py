"""A brand's reading patterns: its own settings and the language packs it reads, in engines.

Three engines, each one RE2 set:

- ``main`` scans a whole email once (intents, reasons, disputes, labels, plans, invoices...);
- ``window`` scans the few characters around one intent word (negation, hypotheticals);
- ``sentence`` scans one candidate sentence of an unlabelled reason (greeting, restatement...).

Every pattern carries its language, so a scan counts only the languages of the email (see
:mod:`mailbot.reading.langid`); the cost of the pass does not grow with their number.

Sentence and clause splitting lives in :mod:`mailbot.reading.sentences`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from mailbot.errors import ConfigError
from mailbot.invoices import DASHES, LOOSE_SEPARATORS
from mailbot.reading.engine import PatternEngine
from mailbot.reading.languages import LanguagePack
from mailbot.reading.sentences import learn as learn_full_stops

REASON_CODES = ("duplicate_payment", "billing_error", "access_failure")
PLANS = ("monthly", "quarterly", "annual")
EMAIL = r"[\w.+\x27-]+@[\w-]+(?:\.[\w-]+)+"
END = r"(?:$|\W)"
LIST_MARK = r"(?:[\s*\x{2022}-]*(?:\d{1,2}[).:-]|[a-z]\))\s*|[\s*\x{2022}-]+)?"
"""(fix37a) A list mark opening a sentence ("2)", "3.", "b)", "- ", a bullet), or none: a numbered other ask is one
too."""

# Patterns that belong to no language.
COMMON = {
    "email": [EMAIL],
    "brackets": [r"\[([^\]\n]{2,80})\]"],
    # fix19: a postscript line after the signature ("PS:", "P.S.", French "P.-S.", "P.D.:" in Spanish, "NB:", "PPS:"), the customer's own words
    "postscript": [r"(?m)^[ \t]*(?:p\.?[ \t\-]?s|p\.?p\.?s|p\.[ \t]?d|n\.?[ \t]?b)\.?[ \t]*[:.,\-–][ \t]*"],
    # fix20: the signature delimiter line ("--", RFC 3676) ends what the customer said, in a forwarded
    # message too; no language's word, so it names no language to language identification
    "sign_off": [r"(?m)^[ \t]*--[ \t]*$"],
}


def alternatives(items: tuple[str, ...]) -> str:
    return "|".join(f"(?:{item})" for item in items)


_SPECIAL = frozenset("\\.^$|?*+()[]{}")


def plain(words) -> str:
    """(xfer33) Plain words (a pack's :data:`~mailbot.reading.languages.WORDS` key) as RE2 alternatives, each
    written literally, longest first; "(?!)"-free: an empty list gives a class that matches nothing."""
    escaped = ["".join(f"\\{char}" if char in _SPECIAL else char for char in word)
               for word in sorted(set(words), key=lambda word: (-len(word), word))]
    return "|".join(escaped) if escaped else "[^\\x00-\\x{10ffff}]"


@dataclass(frozen=True)
class LabelWords:
    """(xfer33, issue 9) The words a brand's label patterns are wrapped in, of every language it reads (a label
    of one language may be joined to its value by another's copula in mixed mail, as before the words were
    data): each field an RE2 alternation (:func:`plain`)."""

    copulas: str
    """``labels.copulas``: "is", "es", "ist", "est", "é" ("Reason is ...", "le projet est ...")."""
    address_copulas: str
    """``labels.copulas`` and ``labels.address_copulas``: also "was", "era", "lautet", "hai" ("my registered
    email was ...")."""
    number_words: str
    """``labels.number_words``: "no", "nr", "número", "nummer", "id" ("Rechnung Nr. LO-1")."""
    senders: str
    """``labels.from``: "from", "von", "de" (a forwarded header's "From:" line)."""
    spoken_separators: str = ""
    """(fix39a) ``labels.spoken_separators``: "guion", "hífen", "dash", "bindestrich" (a reference dictated as
    "LO guion INV guion 27102"): an RE2 alternation, empty when no pack gives one."""

    @classmethod
    def of(cls, packs) -> LabelWords:
        packs = list(packs)

        def words(*keys: str) -> list[str]:
            return [word for pack in packs for key in keys for word in pack.get(key)]

        spoken = words("labels.spoken_separators")
        return cls(plain(words("labels.copulas")), plain(words("labels.copulas", "labels.address_copulas")),
                   plain(words("labels.number_words")), plain(words("labels.from")), plain(spoken) if spoken else "")


_TYPED_SEPARATORS = "-" + LOOSE_SEPARATORS + DASHES
"""What may separate a reference's parts as typed: a hyphen first, so that it stays literal in a class."""


def loosen_invoice(pattern: str, spoken: str = "") -> str:
    """An invoice pattern whose separators also accept spaces, dots and slashes, or none
    ("lo inv 66120" matches ``LO-INV-\\d{3,}``: POLICY_SPEC section 8).  A literal ``-`` and an
    optional separator class (``[-/]?``) become ``[-/. –—‑]*`` (an en or em dash or a non-breaking
    hyphen, as word processors and phones type a hyphen, separates too: :mod:`mailbot.invoices`).  (fix39a)
    ``spoken``: the words a dictated reference says for a separator (an RE2 alternation of the packs'
    ``labels.spoken_separators``, "guion", "dash"), each a word apart ("LO guion INV guion 27102")."""
    def separators(chars: str) -> str:
        return f"(?:[{chars}]|\\s(?:{spoken})\\s)*" if spoken else f"[{chars}]*"

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
                out.append(separators(f"{body.replace('-', '')}{extra}-"))
                i = close + 2
            else:
                stop = close + 1 if close > 0 else len(pattern)
                out.append(pattern[i:stop])
                i = stop
        elif ch == "-":
            out.append(separators(_TYPED_SEPARATORS))
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
        learn_full_stops(packs.values())  # xfer29: "Sig. Rossi" of an admin's it.toml closes no sentence
        # every pack, read or not, goes with them: language identification names the others
        return cls(*engines, languages, packs)

    def words(self, key: str) -> frozenset[str]:
        """(xfer29) The plain words of pack key ``key`` (:data:`~mailbot.reading.languages.WORDS`) in every
        language the brand reads ("bitte", "please", "svp" of ``text.ask_openers``), kept once worked out."""
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = frozenset(word for code in self.languages for word in self.packs[code].get(key))
        return found

    @cached_property
    def _words(self) -> dict[str, frozenset[str]]:
        return {}


SENTENCE_SPLIT_FROM = 500
"""Own patterns (those not lent by the main engine, see :class:`~mailbot.reading.engine.Lent`) from
which the sentence engine's set scans by pieces in parts (:mod:`mailbot.reading.parts`), as the main
engine does from :data:`~mailbot.reading.pieces.SPLIT_FROM`.  Issue 8 (perf28a): its ~420 own
patterns of six packs were four parts' pieces sets, passed over one sentence (~170 characters) at a
time, cold in the CPU's cache: ~60-70 µs a benchmark email (0.9 scans) against ~10-17 for one
``re2.Set`` of them (same run, alternated, shared machine); the hits are the same (the pieces are
a necessary condition, the candidates confirmed whole: one set's answer).  Memory: see the report
(perf28a)."""


def _compile(brand, languages: tuple[str, ...], packs: dict[str, LanguagePack]) -> Engines:
    main, window, sentence = PatternEngine(), PatternEngine(), PatternEngine()
    source = f"{brand.source}"
    for code in REASON_CODES:
        main.add(f"reason.{code}", brand.reason_keywords.get(code, ()), f"{source}: reason_keywords.{code}")
    main.add("dispute", brand.dispute_keywords, f"{source}: dispute_keywords")
    label = LabelWords.of(packs[code] for code in languages)
    main.add("invoice", [loosen_invoice(p, label.spoken_separators) for p in brand.invoice_patterns],
             f"{source}: invoice_patterns")
    for name, patterns in COMMON.items():
        main.add(name, patterns)
    # xfer33: a forwarded header's "From:" line, in the words of the languages read (it names no language itself)
    main.add("forward_from", [rf"(?m)^[ \t>*]*(?:{label.senders})[ \t*]*:[^\n]{{0,200}}?({EMAIL})"])
    sentence.add("field", ["@"])
    for code in languages:
        _add_pack(packs[code], main, window, sentence, label)
    main.compile()  # first: the sentence engine's intent words are found by its set (engine.Lent)
    return main, window.compile(keep=False), sentence.compile(SENTENCE_SPLIT_FROM, lender=main)  # mem46: subsets only



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


def _add_pack(pack: LanguagePack, main: PatternEngine, window: PatternEngine, sentence: PatternEngine,
              label: LabelWords) -> None:
    code, src = pack.code, str(pack.source)
    copula, connect = label.copulas, rf"(?:{label.address_copulas}|:|-|=)"

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
    add(main, "refund_negated", "intents.refund_accepted")  # fix35l: an accepted refusal declines too ...
    add(main, "refund_accepted", "intents.refund_accepted")  # ... and is told apart by intents (what it settles)
    add(main, "refund_ultimatum", "intents.refund_ultimatum")
    add(main, "refund_received", "intents.refund_received")  # fix20
    add(main, "thanked_done", "intents.thanked_done")  # fix27l
    add(main, "dispute_asked", "intents.dispute_asked")  # fix20
    add(main, "dispute_told_back", "intents.dispute_told_back")  # fix46x
    add(main, "refund_not_received", "intents.refund_not_received")  # fix20
    add(main, "refund_kept", "intents.refund_kept")  # fix33l
    add(main, "refund_part_excluded", "intents.refund_part_excluded")  # fix44z
    add(main, "cancellation_unneeded", "intents.cancellation_unneeded")  # fix33l
    add(main, "cancellation_other_object", "intents.cancellation_other_object")  # fix45k
    add(main, "cancellation_paused", "intents.cancellation_paused")  # fix46k
    add(main, "charge_cancelled", "intents.charge_cancelled")  # fix33l
    add(main, "unwanted_beside_refund", "intents.unwanted_beside_refund")  # fix44y
    add(main, "refund_not_money", "intents.refund_not_money")  # fix33l
    add(main, "cancellation_contested", "intents.cancellation_contested")  # fix33l
    add(main, "cancellation_withdrawn", "intents.cancellation_withdrawn")  # fix38l
    add(main, "before_buying", "intents.before_buying")  # fix36a
    add(main, "dispute_own_trade", "intents.dispute_own_trade")  # fix22
    add(main, "dispute_disowned", "intents.dispute_disowned")  # fix25c
    add(main, "policy", "intents.policy_mention")
    add(main, "own_closing", "intents.closing_own_business")
    add(main, "others_wish", "intents.others_wish")  # fix29l
    add(main, "refund_by_pronoun", "intents.refund_by_pronoun")  # fix31l
    add(main, "money_named", "intents.money_named")  # fix31l
    add(main, "dispute", "intents.dispute")
    for reason in REASON_CODES:
        add(main, f"reason.{reason}", f"reasons.{reason}")
    add(main, "access_unneeded", "reasons.access_unneeded")  # fix33l
    add(main, "own_plan_change", "reasons.own_plan_change")  # fix35l
    add(main, "price_complaint", "reasons.price_complaint")  # fix45k
    add(main, "reason_cue", "reasons.cues")
    add(main, "reason_before", "reasons.consequence")
    # fix19: a label opening its sentence may end with a question mark and the answer ("cancel pls. Reason? job loss")
    # fix22: the copula a whole word ('o motivo está abaixo' has no 'motivo es')
    add(main, "reason_label", "reasons.labels",
        lambda p: rf"(?:(?:{p})\s*(?:(?:{copula})(?:[\s:]|$)|:|-|–)|(?:^|[.!?\n])\s*¿?\s*(?:{p})\s*\?)\s*(.{{3,300}})")
    add(main, "sign_off", "text.sign_offs", lambda p: rf"(?m)^[ \t]*(?:{p})[ \t]*[,.!]*[ \t]*$")
    add(main, "forward_subject", "text.forward_subject", lambda p: rf"\A\s*(?:{p})\s*:")
    add(main, "forward_marker", "text.forward_markers")
    add(main, "reply_subject", "text.reply_subject", lambda p: rf"\A\s*(?:{p})\s*:")
    add(main, "label_email", "labels.email", lambda p: rf"(?:{p})\s*{connect}?\s*<?({EMAIL})")
    add(main, "label_invoice", "labels.invoice",
        lambda p: rf"(?:{p})\s*(?:(?:{label.number_words})\.?|#)?"
                  r"\s*[:#-]?\s*([a-z0-9][a-z0-9/_-]{3,30})")
    # fix27l: the copula a whole word after the label ('le projet est sur pause' has no 'projet es'), see
    # FieldReading._labelled_project for the name it then needs
    add(main, "label_project", "labels.project",
        lambda p: rf"(?:{p})(?:\s+(?:{copula})\s|\s*[:\-–—])\s*[\"'“«]?\s*([^\n\"”»,;.\x{{964}}\x{{965}}]{{2,60}})")
    for plan in PLANS:
        add(main, f"plan.{plan}", f"plans.{plan}")
    add(main, "romanised", "romanised_markers")
    add(window, "negation_before", "intents.negation_before")
    add(window, "new_clause", "intents.new_clause")  # fix27l
    add(window, "negation_after", "intents.negation_after")
    add(window, "restriction", "intents.restriction")  # fix31l
    add(window, "prohibition", "intents.prohibition")  # fix38l
    add(window, "past_before", "intents.past_before")
    add(window, "undecided", "intents.undecided")  # fix33l
    add(window, "undecided_closed", "intents.undecided_closed")  # fix35l
    add(window, "threat_condition", "intents.threat_condition")
    add(window, "hyp_condition", "intents.hypothetical_condition")
    add(window, "hyp_question", "intents.hypothetical_question")
    add(window, "polite_condition", "intents.polite_condition")
    add(window, "condition_met", "intents.condition_met")  # fix36b
    add(window, "dispute_hedge", "intents.dispute_hedge")  # fix36a: common words, read in a window only
    # fix39d: a dispute word the customer turns down, read by clauses (mailbot.reading.dispute_declined)
    for name in ("decline", "decline_post", "pronoun", "refusal", "offered", "contrast", "as_subject"):
        add(window, f"dispute_{name}", f"intents.dispute_{name}")
    add(window, "refund_pending", "intents.refund_pending")  # fix20
    add(sentence, "greeting", "text.greetings", lambda p: rf"^(?:{p}){END}")
    add(sentence, "closing", "text.closings", lambda p: rf"^(?:{p}){END}")
    add(sentence, "courtesy", "text.courtesies", lambda p: rf"^(?:{p}){END}")
    # fix37a: a polite ask opening a sentence, a list mark ("2)", "b.", "-") before it or not
    add(sentence, "other_ask", "text.other_asks", lambda p: rf"^{LIST_MARK}(?:{p}){END}")
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
    # xfer33: the words opening a cause after the ask ("... because we closed"), a word's start before them
    add(sentence, "cause_opener", "reasons.cause_openers", lambda p: rf"(?:^|[\s,;:(])(?:{p})")
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
