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
"""

from __future__ import annotations

from typing import Iterable

from mailbot.models import Extraction, Fields, InboundMessage
from mailbot.reading import langid
from mailbot.invoices import LOOSE_SEPARATORS, plain_dashes
from mailbot.reading.amounts import DateReader, stated_amounts
from mailbot.reading.engine import Scan
from mailbot.reading.languages import load_packs, pack_dirs
from mailbot.reading.mentions import amounts_in, dates_in, digit_run_spans
from mailbot.reading.forwards import ForwardReading
from mailbot.reading.intents import IntentReading
from mailbot.reading.reasons import ReasonReading
from mailbot.reading.rewrap import joined_wraps
from mailbot.reading.second_opinion import SecondOpinion
from mailbot.reading.signatures import COURTESY_ONLY
from mailbot.reading.subject_reason import PLAN_NAMES
from mailbot.reading.reading_rules import (
    BEFORE_NAMES, CASE_REFERENCE, CUE_NAMES, DECLINE_NAMES, HYPOTHESIS_NAMES, INVOICE_NAMES,
    PART_SPLIT, REQUEST_NAMES, RESTATE_NAMES, SUBJECT_NAMES, reads_more, words_of,
)
from mailbot.reading.wording import PLANS, BrandPatterns, sentence_bounds


def prepare_subsets(patterns: BrandPatterns) -> None:
    """Compile the small engines that answer one or two names of a text (see
    :meth:`~mailbot.reading.engine.PatternEngine.subset`) now, with the brand's patterns: a
    parse workers' zygote then shares them with its workers.
    Every subset the reading asks is here (tests/test_reading_shortcuts.py checks that reading
    compiles none): a subset compiled on first use would be paid inside that email's time budget
    (``email_seconds``), once per worker."""
    main, sentence = patterns.main, patterns.sentence
    for names in (SUBJECT_NAMES, CUE_NAMES, INVOICE_NAMES, PLAN_NAMES, ("forward_from",), ("label_project",),
                  ("policy",), ("refund", "cancellation"), DECLINE_NAMES):
        main.subset(*names)
    for names in (("not_reason",), ("not_reason", COURTESY_ONLY), ("greeting",), RESTATE_NAMES):
        sentence.subset(*names)
    for names in (BEFORE_NAMES, HYPOTHESIS_NAMES, ("negation_before",), ("negation_after",), ("refund_pending",),
                  ("hyp_condition",)):
        patterns.window.subset(*names)


_LETTER_DIGIT = bytes(97 if chr(b).isalpha() else 49 if chr(b).isdigit() else 45 for b in range(128)) + b"-" * 128
"""An ASCII reference's bytes as ``a`` (a letter), ``1`` (a digit) or ``-`` (anything else)."""


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


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def canonical_reference(found: str) -> str:
    """An invoice reference as the ledger writes it: upper case; where the customer separated
    its parts with spaces, dots, slashes or dashes, a hyphen instead ("lo inv 66120" → LO-INV-66120,
    "LO–INV–5533" → LO-INV-5533); and in a hyphenated reference, a hyphen where letters run straight
    into its number ("lo-inv5532" → LO-INV-5532: the ledger's references separate every part)."""
    ref = plain_dashes(found.upper().strip())
    if any(c in ref for c in LOOSE_SEPARATORS):
        out, gap = [], False
        for ch in ref:
            if ch in "-/. ":
                gap = True
                continue
            if gap and out:
                out.append("-")
            gap = False
            out.append(ch)
        ref = "".join(out)
    if "-" not in ref or (ref.isascii() and b"a1" not in ref.encode("ascii").translate(_LETTER_DIGIT)):
        return ref  # no letter runs straight into a digit: nothing to separate
    out = []
    for i, ch in enumerate(ref):
        if i and ch.isdigit() and ref[i - 1].isalpha():
            out.append("-")
        out.append(ch)
    return "".join(out)


class Extractor(ForwardReading, ReasonReading, IntentReading):
    """Extracts fields and intents for a brand (patterns compiled once)."""

    def __init__(self, brand, project_names: Iterable[str] = (), packs=None):
        if packs is None:
            packs = load_packs(pack_dirs(None))
        self.patterns = BrandPatterns.of(brand, packs)
        self.own_addresses = brand.own_addresses
        self.identifier = langid.Identifier(self.patterns.packs)
        self.projects = ProjectNames(project_names)
        self.dates = DateReader([self.patterns.packs[code] for code in self.patterns.languages])
        self._forward_memo: tuple[InboundMessage, bool] | None = None
        self.second_opinion = SecondOpinion.of(brand)
        self._scanned: dict[int, tuple[str, str | None, Scan]] = {}
        """Main set scans made ahead by :meth:`prescan`, each taken by the first reading of its email's new
        text: by that text's ``id``, with the text and subject it was made of (see :meth:`_main_scan`)."""
        prepare_subsets(self.patterns)

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
        self._forward_memo = None
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
                                         every.languages_hit(REQUEST_NAMES))
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
        runs, run_lengths = digit_run_spans(low)
        invoices = self._outside_refund_declines(scan, low, said_end, self.invoices(scan, low)) \
            or self.invoices_in(msg.forwarded_text, active)
        if not invoices and body is not msg.text and self._forward_of(msg):
            invoices = self.invoices_in(msg.text, active)  # an Outlook forward's quoted block
        fields.invoice_number = invoices[0] if invoices else None
        fields.project_name = self.project(scan, text, low) or self.forwarded_project(msg.forwarded_text, active)
        intents = self.intents(scan, low, said_end, fields.reason_code, active, notes,
                               self._quoted_subject_end(msg, body, scan))
        doubted = frozenset()
        if self.second_opinion is not None:  # issue 9: the learned model's second opinion
            intents, doubted = self.second_opinion.apply(msg.subject, body, scan, intents, notes)
        return Extraction(
            fields=fields,
            intents=intents,
            dispute=self.dispute(scan, low, said_end, text, msg),
            stated_email=stated,
            stated_email_labelled=labelled,
            invoice_candidates=tuple(invoices),
            mentioned_dates=_unique(dates_in(low, msg.date.year if msg.date else None, runs, run_lengths)
                                    + self.dates.dates_in(low, msg.date.year if msg.date else None)),
            mentioned_amounts=_unique(amounts_in(low, runs) + stated_amounts(low)),
            language=found.primary,
            languages=tuple(read),
            notes=tuple(notes),
            doubted=doubted,
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
        request, not a new one, so intents are read after it.  0 otherwise."""
        answers = msg.in_reply_to or msg.references or "\n>" in f"\n{msg.text}"
        if body is msg.new_text and answers and scan.has("reply_subject"):
            return len(msg.subject or "") + 1
        return 0

    # -- the parts ----------------------------------------------------------------------

    def plan(self, scan: Scan, low: str, end: int) -> str | None:
        best = None
        for plan in PLANS:
            m = scan.search(f"plan.{plan}", 0, end)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), plan)
        return best[1] if best else None

    def stated_email(self, scan: Scan, low: str) -> tuple[str | None, bool]:
        """An address the customer wrote, and whether they named it as their account's."""
        if "@" not in low:
            return None, False
        own = self.own_addresses
        for m in scan.finditer("label_email"):
            start = m.start(1)
            if start > 0 and (_is_word(low[start - 1]) or low[start - 1] in ".+'-"):
                continue
            if m.group(1) not in own:
                return m.group(1).rstrip("."), True
        for m in scan.finditer("email"):
            address = m.group(0).rstrip(".")
            if address not in own:
                return address, False
        return None, False

    @staticmethod
    def _outside_refund_declines(scan: Scan, low: str, end: int, invoices: list[str]) -> list[str]:
        """(fix21) With several references named, those only named in a sentence that declines a refund
        ("We're not after a refund for the domain (OWD-2025-725) ... please cancel the retainer,
        OWD-2025-724") come last: the customer sets that payment aside, the request is about the other
        one.  Decision: the order changes, no reference is dropped; with one reference, or all of them
        in declining sentences, the order stays as written."""
        if len(invoices) < 2:
            return invoices
        declined = [sentence_bounds(low, m.start(), wrapped=True) for m in scan.finditer("refund_negated", end)]
        if not declined:
            return invoices
        asked = set()
        for m in scan.finditer_each("invoice"):
            if not any(s <= m.start() < e for s, e in declined):
                asked.add(canonical_reference(m.group(0)))
        if not asked:
            return invoices
        return [i for i in invoices if i in asked] + [i for i in invoices if i not in asked]

    def invoices_in(self, text: str, active) -> list[str]:
        if not text:
            return []
        low = text.lower()
        return self.invoices(self.patterns.main.subset(*INVOICE_NAMES).scan(low, active), low)

    def invoices(self, scan: Scan, low: str) -> list[str]:
        found: list[str] = []
        for m in scan.finditer_each("invoice"):  # the brand's patterns in their order
            if (at := m.start()) == 0 or not _is_word(low[at - 1]):
                found.append(canonical_reference(m.group(0)))
        for m in scan.finditer("label_invoice"):
            ref = m.group(1).upper().rstrip("-/_")
            if any(map(str.isdigit, ref)) and not any(ref in f or f in ref for f in found):
                found.append(ref)
        return list(dict.fromkeys(found))

    def project(self, scan: Scan, text: str, low: str) -> str | None:
        known = self.projects.find(low)
        if known:
            return known
        return self._labelled_project(scan, text, low) or self._bracketed(scan, text, low)

    def forwarded_project(self, text: str, active) -> str | None:
        if not text:
            return None
        low = text.lower()
        if len(low) != len(text):
            text = low
        return self._labelled_project(self.patterns.main.subset("label_project").scan(low, active), text, low)

    def _labelled_project(self, scan: Scan, text: str, low: str) -> str | None:
        m = scan.search("label_project")
        return text[m.start(1):m.end(1)].strip() if m else None

    def _bracketed(self, scan: Scan, text: str, low: str) -> str | None:
        line_end = low.find("\n")
        line_end = len(low) if line_end < 0 else line_end
        for m in scan.finditer("brackets", line_end):
            if m.end() > line_end:
                break
            for part in PART_SPLIT.split(text[m.start(1):m.end(1)]):
                part = part.strip()
                low_part = part.lower()
                if part and not self.invoices(self.patterns.main.subset(*INVOICE_NAMES).scan(low_part), low_part) \
                        and not CASE_REFERENCE.fullmatch(part):
                    return part
        return None

    # -- intents ------------------------------------------------------------------------

class ProjectNames:
    """The ledger's project names, found in text by their words (one dict
    lookup per word and name length, however many projects there are)."""

    def __init__(self, names: Iterable[str]):
        self.by_words: dict[tuple[str, ...], str] = {}
        for name in names:
            words = tuple(words_of(name))
            if words:
                self.by_words.setdefault(words, name)
        self.lengths = sorted({len(k) for k in self.by_words}, reverse=True)

    def find(self, text: str) -> str | None:
        if not self.by_words:
            return None
        words = words_of(text)
        for i in range(len(words)):
            for n in self.lengths:
                name = self.by_words.get(tuple(words[i:i + n]))
                if name:
                    return name
        return None


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
