"""Field extraction: what the customer asks for and what they state.

Reads the customer's *new* text and the subject (quotes of earlier emails are
already removed by parsing) and fills :class:`~mailbot.models.Fields` with the
field names of POLICY_SPEC section 1.  Nothing here is trusted over the ledger:
stated dates and amounts are kept for staff, never used to decide.

The words come from the brand's settings (reason keywords, dispute words, invoice
patterns) and from the language packs it reads (:mod:`mailbot.reading.languages`); all of
them run in one linear-time pass (:mod:`mailbot.reading.engine`), and only the languages
the email is written in count (:mod:`mailbot.reading.langid`).

Decisions taken where POLICY_SPEC leaves room (section 8 settles the rest):

- A negated request ("I am not asking for a refund", "refund nahi chahiye") adds no intent;
  a cancellation word with a negation in the few words before it ("please don't cancel")
  or after it in languages that negate after the verb ("cancel mat karo") is no request.
- A request word in a sentence that is both conditional and a question about the outcome
  ("if the integration doesn't work, would I be able to get a refund?") is a policy
  question: no intent, and the trace says so.  A polite "if possible" sets no condition.
- A cancellation word that tells what already happened ("I cancelled on 14th September",
  "cancel kar diya tha", "charged after cancelling") is no new cancellation.
- The subject of a reply that answers an earlier email ("Re: Cancel and refund?" above
  quoted lines) is the earlier request: its words add no intent.
- A forward (subject prefix of any read language, or a forwarded block) whose new text asks
  nothing, or gives no reason, is read for the request it carries; the address of the
  forwarded message's author counts as the address the request names, so C2 asks for the
  request from it.
- Sentences that are forwarding notes, formalities or signature lines are never the reason;
  nor is a sentence that restates the request (any intent word of a read language), nor a
  labelled reason of a few words that only asks ("Reason: refund request").
- An exception word with a negation among the three words before it ("I'm not having any
  login issues") is no exception.
- (fix11, as pack data) A subject or sentence that only names the topic ("Question about refunds",
  "Dúvida sobre reembolso") and an alternative "…? Or only cancel?" after a hypothetical question
  are policy mentions, not requests; a reply that closes the matter ("nothing else needed") asks
  for no refund even when its subject repeats the first email's reason.

This module holds the reading of one email (:class:`Extractor`) and the helpers that read with
every shipped language; its readers are mixins in their own modules: :mod:`~mailbot.reading.forwards`,
:mod:`~mailbot.reading.reasons`, :mod:`~mailbot.reading.intents` and :mod:`~mailbot.reading.stated_fields`
(the plan, address, invoice references and project).
"""

from __future__ import annotations

from typing import Iterable

from mailbot.models import Extraction, Fields, InboundMessage
from mailbot.reading import langid
from mailbot.reading.amounts import AmountReader, DateReader
from mailbot.reading.sentences import FullStops, reading_with
from mailbot.reading.scan import Scan
from mailbot.reading.languages import load_packs, pack_dirs
from mailbot.reading.mention_starts import Mentions
from mailbot.reading.mentions import amounts_in, dates_in
from mailbot.reading.purpose import NUMBER_WORD, PURPOSE_WORD, PurposeCheck
from mailbot.reading.forwards import ForwardReading
from mailbot.reading.intents import IntentReading
from mailbot.reading.reasons import ReasonReading
from mailbot.reading.dispute_declined import HEDGES as DISPUTE_HEDGES, NAMES as DISPUTE_NAMES
from mailbot.reading.rewrap import joined_wraps
from mailbot.reading.second_opinion import SecondOpinion
from mailbot.reading.signatures import COURTESY_ONLY
from mailbot.reading.stated_fields import FieldReading, ProjectNames
from mailbot.reading.subject_reason import PLAN_NAMES
from mailbot.reading.reading_rules import (
    BEFORE_NAMES, CUE_NAMES, HYPOTHESIS_NAMES, INVOICE_NAMES, REQUEST_NAMES, RESTATE_NAMES,
    SETTLEMENT_NAMES, SUBJECT_NAMES, reads_more,
)
from mailbot.reading.wording import BrandPatterns


def prepare_subsets(patterns: BrandPatterns) -> None:
    """Compile the small engines that answer one or two names of a text (see
    :meth:`~mailbot.reading.engine.PatternEngine.subset`) now, with the brand's patterns: a
    parse workers' zygote then shares them with its workers.
    Every subset the reading asks is here (tests/test_reading_shortcuts.py checks that reading
    compiles none): a subset compiled on first use would be paid inside that email's time budget
    (``email_seconds``), once per worker."""
    main, sentence = patterns.main, patterns.sentence
    for names in (SUBJECT_NAMES, CUE_NAMES, INVOICE_NAMES, PLAN_NAMES, ("forward_from",), ("label_project",),
                  ("policy",), ("refund", "cancellation"), SETTLEMENT_NAMES,
                  ("refund_negated",)):  # mem46: not DECLINE_NAMES, asked by none; fix46k's aside_declines asks this
        main.subset(*names)
    # a larger group before the groups it holds: they are then answered by its engine (engine.COVER_UP_TO)
    for names in (("not_reason", COURTESY_ONLY), ("not_reason",), ("greeting",), RESTATE_NAMES,
                  (PURPOSE_WORD, NUMBER_WORD), ("cause_opener",)):  # xfer33: a cue's cause after the ask
        sentence.subset(*names)
    for names in (BEFORE_NAMES, HYPOTHESIS_NAMES, ("negation_before",), ("negation_after",), ("refund_pending",),
                  ("hyp_condition",), ("new_clause",), ("restriction",), ("undecided",), ("undecided_closed",),
                  ("prohibition",), DISPUTE_NAMES, DISPUTE_HEDGES, ("dispute_hedge",), ("dispute_as_subject",)):
        patterns.window.subset(*names)


def _keeping_the_forwarders_reason(note: Extraction, forwarded: Extraction) -> Extraction:
    """(fix19) The reading of a forwarded request, with the reason the forwarder's own note gave when the
    forwarded request gives none ("Ich leite Ihnen die Anweisung weiter. Hintergrund: die Firma wird
    liquidiert." above "Bitte das Hosting kündigen.").  The note's reading only holds a reason with a cue,
    a label or an exception word (a note read without one is never the reason, fix12), so the forwarder's
    explanation is the customer's own; a reason of the forwarded request itself is preferred."""
    if forwarded.fields.reason is None and note.fields.reason is not None:
        forwarded.fields.reason, forwarded.fields.reason_code = note.fields.reason, note.fields.reason_code
    return forwarded


def _main_text(subject: str | None, body: str) -> str:
    """The text the main pattern set reads for an email's ``body``: its subject line, then the body, lower-cased."""
    return f"{subject}\n{body}".lower()


def _unique(items: tuple) -> tuple:
    return tuple(dict.fromkeys(items))


class Extractor(ForwardReading, ReasonReading, IntentReading, FieldReading):
    """Extracts fields and intents for a brand (patterns compiled once)."""

    def __init__(self, brand, project_names: Iterable[str] = (), packs=None):
        if packs is None:
            packs = load_packs(pack_dirs(None))
        self.patterns = BrandPatterns.of(brand, packs)
        self.own_addresses = brand.own_addresses
        self.identifier = langid.Identifier(self.patterns.packs)
        self.projects = ProjectNames(project_names)
        self.dates = DateReader([self.patterns.packs[code] for code in self.patterns.languages])
        self.amounts = AmountReader(self.patterns.packs[code] for code in self.patterns.languages)  # xfer31
        self.full_stops = FullStops.of(self.patterns.packs[code] for code in self.patterns.languages)  # xfer31
        self._forward_memo: tuple[InboundMessage, bool] | None = None
        self.second_opinion = SecondOpinion.of(brand)
        self._scanned: dict[int, tuple[str, str | None, Scan]] = {}
        """Main set scans made ahead by :meth:`prescan`, each taken by the first reading of its email's new
        text: by that text's ``id``, with the text and subject it was made of (see :meth:`_main_scan`)."""
        prepare_subsets(self.patterns)
        self.purpose = PurposeCheck(self.patterns.sentence, self.projects)
        """Whether a candidate reason only says what the request is for (:mod:`mailbot.reading.purpose`)."""

    def prescan(self, messages: list[InboundMessage], before=None) -> None:
        """Run the main pattern set over the new text of each of ``messages`` now, all together,
        for :meth:`extract` to take (perf23c): the set's automata stay in the CPU's cache from one
        text to the next (:meth:`~mailbot.reading.engine.PatternEngine.scan_many`), where one
        email at a time found them evicted by the rest of its reading.  Measured in a parse worker
        on the benchmark mail (shared machine): the main pass ~1,090 µs an email inside the reading
        of one email at a time, ~550 µs run ahead for 16 emails (and the rest of the reading ~10%
        cheaper too).  ``before(i)`` is called before each pass over ``messages[i]``'s text.  The scans
        kept are forgotten by the next call (and by :meth:`forget_prescans`): at most one batch."""
        texts = [_main_text(msg.subject, msg.new_text) for msg in messages]
        self._scanned = {id(msg.new_text): (msg.new_text, msg.subject, scan)
                         for msg, scan in zip(messages, self.patterns.main.scan_many(texts, before))}

    def forget_prescans(self) -> None:
        self._scanned = {}

    def extract(self, msg: InboundMessage) -> Extraction:
        with reading_with(self.full_stops):  # xfer31: the brand's titles and abbreviations cut its sentences
            return self._extract_email(msg)

    def _extract_email(self, msg: InboundMessage) -> Extraction:
        self._forward_memo = None
        self.purpose.forget()
        found = self._extract(msg, msg.new_text)
        if found.unread_language:
            return found
        if not found.intents:
            found = self._read_across_wraps(msg, found)
        if not self._forward_of(msg) and (found.intents or not self._points_to_own_quote(msg)):
            return found
        if msg.text != msg.new_text:
            # A customer forwarding an earlier request wants us to read it (also when only the
            # subject, "FW: Hosting refund", asked and the reason is in the forwarded part).  The
            # whole text first; then the quoted part by itself, since the note's own sign-off
            # ("Regards,") ends the new text before the quoted request.
            tail = self._quoted_part(msg)
            for body in (msg.text, tail):
                if not body.strip():
                    continue
                again = self._extract(msg, body)
                if body is msg.text and self._reason_from_a_notice(msg, found, again, tail):
                    continue
                if reads_more(found, again):
                    note = "a forward: the forwarded request is read"
                    found = _keeping_the_forwarders_reason(found, again)
                    found.notes = found.notes + ((note,) if note not in found.notes else ())
                elif self._threat_forwarded(msg, found, again):
                    found.dispute = again.dispute  # (fix37b) a threat in the forwarded note of a person (C4)
                    found.notes = found.notes + ("a forward: the forwarded note threatens",)
        if found.stated_email is None:
            # The request is the forwarded author's: their address counts as the one the request
            # names (unlabelled, so a sender on record keeps their own case; C2 otherwise).
            author = self._forward_author(msg)
            if author and author != msg.sender:
                found.stated_email, found.stated_email_labelled = author, False
        return found

    def _read_across_wraps(self, msg: InboundMessage, found: Extraction) -> Extraction:
        """(fix22) An email that asks nothing, read again with its hard wraps joined, when a request
        word is found only across a wrap (see :mod:`mailbot.reading.rewrap`): a cheap check of the
        request words first, the whole reading only when it finds a new one."""
        joined = joined_wraps(msg.new_text)
        if joined is None:
            return found
        words = self.patterns.main.subset("refund", "cancellation")
        before = {(m.start(), m.end()) for name in ("refund", "cancellation")
                  for m in words.scan(msg.new_text.lower()).finditer(name)}
        after = words.scan(joined.lower())
        if all((m.start(), m.end()) in before for name in ("refund", "cancellation") for m in after.finditer(name)):
            return found
        again = self._extract(msg, joined)
        if not again.intents:
            return found
        again.notes = again.notes + ("a request read across a hard line wrap",)
        return again

    def _extract(self, msg: InboundMessage, body: str) -> Extraction:
        text = f"{msg.subject}\n{body}"
        every = self._main_scan(msg, body)
        low = every.encoded.text
        if len(low) != len(text):  # a few characters change length when lower-cased
            text = low
        found = self.identifier.identify(body or msg.subject or "", every.languages_hit(),
                                         every.languages_hit(REQUEST_NAMES), every.intent_spans)
        read = [code for code in found.languages if code in self.patterns.languages]
        if found.languages and not read and found.confident:
            return Extraction(Fields(), language=found.primary, unread_language=found.primary,
                              notes=(f"written in {self.identifier.name(found.primary)}, a language "
                                     "this brand does not read",))
        active = langid.active_languages(read, self.patterns.languages)
        scan = every.only(active)
        said_end = self.sign_off_at(scan, low)
        notes: list[str] = []
        fields = Fields()
        fields.reason_code, fields.reason = self.reason(scan, text, low, said_end, active,
                                                        self._forward_note(msg, body))
        fields.plan = self.plan(scan, low, said_end)
        stated, labelled = self.stated_email(scan, low)
        mentions = Mentions(every.encoded)  # (perf41) the digit runs and where dates may start, on its bytes
        invoices = self._outside_refund_declines(scan, low, said_end, self.invoices(scan, low)) \
            or self.invoices_in(msg.forwarded_text, active)
        if not invoices and body is not msg.text and self._forward_of(msg):
            invoices = self.invoices_in(msg.text, active)  # an Outlook forward's quoted block
        fields.invoice_number = invoices[0] if invoices else None
        fields.project_name = self.project(scan, text, low) or self.forwarded_project(msg.forwarded_text, active)
        withdrawn: set[str] = set()
        subject_end = self._quoted_subject_end(msg, body, scan)
        payer: set[str] = set()  # (fix43k) "we're considering your annual plan ... a refund for LO-INV-…?"
        intents = self.intents(scan, low, said_end, fields.reason_code, active, notes, subject_end, withdrawn, payer)
        payer_asks = frozenset(payer)
        doubted = frozenset()
        year = msg.date.year if msg.date else None
        if self.second_opinion is not None:  # issue 9: the learned model's second opinion
            intents, doubted = self.second_opinion.apply(msg.subject, body, scan, intents, notes)
        return Extraction(
            fields=fields,
            intents=intents,
            dispute=self.dispute(scan, low, said_end, text, msg),
            stated_email=stated,
            stated_email_labelled=labelled,
            invoice_candidates=tuple(invoices),
            mentioned_dates=_unique(
                dates_in(low, year, mentions.runs, mentions.lengths, mentions.months)
                + self.dates.dates_in(low, year, mentions.data, mentions.day_bytes)),
            mentioned_amounts=_unique(amounts_in(low, mentions.runs)
                                      + self.amounts.stated_amounts(low, mentions.data)),
            language=found.primary,
            languages=tuple(read),
            notes=tuple(notes),
            doubted=doubted,
            withdrawn=frozenset(withdrawn - intents),
            payer_asks=payer_asks,
        )

    def _main_scan(self, msg: InboundMessage, body: str) -> Scan:
        """The main set's scan of :func:`_main_text` (its ``encoded.text``): made ahead by :meth:`prescan`
        for the email's new text, else now.  Taken by identity, the very text and subject prescanned
        (perf24b: the lower-casing of ~7,000 characters, ~25 µs, and the hash of the lowered text
        are not paid twice); a text equal but not the same object is scanned again, to the same hits."""
        made = self._scanned.pop(id(body), None)
        if made is not None and made[0] is body and made[1] is msg.subject:
            return made[2]
        return self.patterns.main.scan(_main_text(msg.subject, body))

    def _quoted_subject_end(self, msg: InboundMessage, body: str, scan: Scan) -> int:
        """Where the subject line ends when it is a reply's ("Re: Cancel and refund?") on an email
        that answers an earlier one (quoted lines, In-Reply-To): its words are the earlier email's
        request, not a new one, so intents are read after it.  0 otherwise.
        (fix45z) So is a reply's subject over a body that thanks for what was done or answered about the matter
        (``intents.thanked_done``: "Re: Reembolso etapa loja online" over "só para agradecer a rapidez da resposta
        sobre o reembolso"), quoted lines or not: the thanks asks nothing, whatever the subject names; a request the
        body makes itself is still read."""
        answers = msg.in_reply_to or msg.references or "\n>" in f"\n{msg.text}"
        if body is msg.new_text and scan.has("reply_subject"):
            end = len(msg.subject or "") + 1
            if answers or scan.search("thanked_done", end) is not None:
                return end
        return 0

    # -- intents ------------------------------------------------------------------------


class _AnyBrand:
    """A brand with no words of its own that reads every shipped language (for the helpers below)."""

    source = "the shipped language packs"
    reason_keywords: dict = {}
    dispute_keywords: tuple = ()
    invoice_patterns: tuple = ()
    own_addresses: frozenset = frozenset()

    def __init__(self, languages):
        self.languages = tuple(languages)


_SHIPPED: Extractor | None = None


def _shipped() -> Extractor:
    global _SHIPPED
    if _SHIPPED is None:
        packs = load_packs(pack_dirs(None))
        _SHIPPED = Extractor(_AnyBrand(packs), packs=packs)
    return _SHIPPED


def intents_of(text: str, reason_code: str | None = None) -> set[str]:
    """What lower-cased ``text`` asks for, read with every shipped language."""
    reader = _shipped()
    scan = reader.patterns.main.scan(text)
    return reader.intents(scan, text, len(text), reason_code, frozenset(reader.patterns.languages), [])


def plan_of(text: str) -> str | None:
    """The plan lower-cased ``text`` names, read with every shipped language."""
    reader = _shipped()
    return reader.plan(reader.patterns.main.scan(text), text, len(text))
