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

from mailbot.models import CANCELLATION, REFUND, Extraction, Fields, InboundMessage
from mailbot.reading import langid
from mailbot.reading.amounts import DateReader, stated_amounts
from mailbot.reading.engine import Scan, compile_one
from mailbot.reading.languages import load_packs, pack_dirs
from mailbot.reading.mentions import amounts_in, dates_in, digit_run_spans
from mailbot.reading.ownname import in_an_address, names_the_sender_firm
from mailbot.reading.wording import (
    PLANS, REASON_CODES, BrandPatterns, clauses, restates_request, sentence_around, sentence_bounds,
)

MIN_REASON_WORDS = 5
COLON_REASON_WORDS = 4
"""After a colon that follows the ask ("Je mets fin au « X » : ma nièce reprend Instagram."), a
shorter reason is enough: the colon itself introduces the explanation (fix13)."""
MIN_LEADING_REASON_WORDS = 4
"""A reason the customer puts before the request in the same sentence ("we're selling the cafe, so
please refund ...") may be shorter than one standing alone: the request after it says what it explains."""
LONG_ASKING_SENTENCE = 14
"""Words of an asking sentence above which any part after the ask may hold its reason (below, only a
part after a colon: "Cancel the project: the client went bankrupt.")."""
TRAILING_REASON_WORDS = 3
"""Words of a statement closing an asking sentence after its last comma that may be its reason, when no
sentence gives one ("..., a loja fechou", fix15)."""
RESTATEMENT_WORDS = 8
"""A labelled reason shorter than this that asks for the refund or cancellation restates it."""
REASON_CHARS = 300
"""Characters of the customer's words kept as a reason."""
MAX_PARTS = 50
"""Parts (set off by commas and colons) of one asking sentence looked at for its reason."""
REQUEST_NAMES = frozenset({"refund", "cancellation", "dispute", *(f"reason.{code}" for code in REASON_CODES)})
LOOSE_SEPARATORS = " ./"
DASHES = str.maketrans({"\u2013": "-", "\u2014": "-"})
PART_SPLIT = compile_one(r"\s*[/|,]\s*|\s+[-–—]\s+")
CASE_REFERENCE = compile_one(r"[A-Z]+-\d+")
SUBJECT_NAMES = ("forward_subject", "reply_subject")
CUE_NAMES = ("reason_cue", *(f"reason.{code}" for code in REASON_CODES))
INVOICE_NAMES = ("invoice", "label_invoice")
BEFORE_NAMES = ("negation_before", "past_before")
HYPOTHESIS_NAMES = ("hyp_condition", "hyp_question", "polite_condition")
RESTATE_NAMES = ("request", "ask_refund", "ask_cancellation", "cancellation_past", "own_closing")
"""The names :func:`~mailbot.reading.wording.restates_request` asks of a sentence scan."""


def prepare_subsets(patterns: BrandPatterns) -> None:
    """Compile the small engines that answer one or two names of a text (see
    :meth:`~mailbot.reading.engine.PatternEngine.subset`) now, with the brand's patterns: a
    parse workers' zygote then shares them with its workers."""
    main, sentence = patterns.main, patterns.sentence
    for names in (SUBJECT_NAMES, CUE_NAMES, INVOICE_NAMES, ("forward_from",), ("label_project",), ("policy",)):
        main.subset(*names)
    sentence.subset("not_reason")
    sentence.subset("greeting")
    sentence.subset(*RESTATE_NAMES)
    for names in (BEFORE_NAMES, HYPOTHESIS_NAMES, ("negation_before",), ("negation_after",)):
        patterns.window.subset(*names)


_LETTER_DIGIT = bytes(97 if chr(b).isalpha() else 49 if chr(b).isdigit() else 45 for b in range(128)) + b"-" * 128
"""An ASCII reference's bytes as ``a`` (a letter), ``1`` (a digit) or ``-`` (anything else)."""


def _unique(items: tuple) -> tuple:
    return tuple(dict.fromkeys(items))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def canonical_reference(found: str) -> str:
    """An invoice reference as the ledger writes it: upper case; where the customer separated
    its parts with spaces, dots, slashes or dashes, a hyphen instead ("lo inv 66120" → LO-INV-66120,
    "LO–INV–5533" → LO-INV-5533); and in a hyphenated reference, a hyphen where letters run straight
    into its number ("lo-inv5532" → LO-INV-5532: the ledger's references separate every part)."""
    ref = found.upper().strip().translate(DASHES)
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


class Extractor:
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
        prepare_subsets(self.patterns)

    def extract(self, msg: InboundMessage) -> Extraction:
        self._forward_memo = None
        found = self._extract(msg, msg.new_text)
        if found.unread_language:
            return found
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
                if _reads_more(found, again):
                    note = "a forward: the forwarded request is read"
                    found = again
                    found.notes = found.notes + ((note,) if note not in found.notes else ())
        if found.stated_email is None:
            # The request is the forwarded author's: their address counts as the one the request
            # names (unlabelled, so a sender on record keeps their own case; C2 otherwise).
            author = self._forward_author(msg)
            if author and author != msg.sender:
                found.stated_email, found.stated_email_labelled = author, False
        return found

    def _reason_from_a_notice(self, msg: InboundMessage, found: Extraction, again: Extraction,
                              tail: str) -> bool:
        """Whether reading the whole forward (``again``) adds only a reason taken from a forwarded
        message that itself asks for nothing: an invoice, a receipt, a payment notice forwarded
        under "please refund this, do the needful" (fix14).  That text is the sender's paperwork,
        not the customer's own explanation (section 8: a reason is the customer's own words), so
        the reason is asked for instead.  A forwarded message that carries the request (the
        director's mail forwarded by the accountant) still gives its reason."""
        reason = again.fields.reason
        if reason is None or found.fields.reason is not None or again.intents != found.intents:
            return False
        if _within(reason, msg.new_text) or not tail.strip():
            return False
        return not self._extract(msg, tail).intents

    def _forward_of(self, msg: InboundMessage) -> bool:
        """Whether ``msg`` is a forward (asked several times while one email is read: answered once)."""
        memo = self._forward_memo
        if memo is not None and memo[0] is msg:
            return memo[1]
        answer = self._is_forward(msg)
        self._forward_memo = (msg, answer)
        return answer

    def _is_forward(self, msg: InboundMessage) -> bool:
        if msg.forwarded_text:
            return True
        subject = (msg.subject or "")[:200].lower()
        scan = self.patterns.main.subset(*SUBJECT_NAMES).scan(subject)
        return scan.has("forward_subject") or self._hands_on_a_mail(msg, scan)

    def _hands_on_a_mail(self, msg: InboundMessage, subject: Scan) -> bool:
        """A forward without its subject prefix (fix10): an email that answers none (no reply
        headers, no "Re:") whose own words hand a mail on ("os paso el correo de mi jefe", "please see
        below") above an Outlook header block written by someone else (not the sender, not the brand)."""
        if msg.in_reply_to or msg.references or subject.has("reply_subject") or msg.text == msg.new_text:
            return False
        # The quoted part's From: line first: most emails have none, and then the new text's
        # words need not be read (both must hold; neither reading changes the other).
        m = self.patterns.main.subset("forward_from").scan(self._quoted_part(msg).lower()).search("forward_from")
        author = m.group(1).rstrip(".") if m else None
        if not (bool(author) and author != (msg.sender or "").lower() and author not in self.own_addresses):
            return False
        return self.patterns.sentence.subset("not_reason").scan(msg.new_text[:2000].lower()).has("not_reason")

    @staticmethod
    def _quoted_part(msg: InboundMessage) -> str:
        """The quoted or forwarded text below the new text (empty when there is none)."""
        if msg.forwarded_text:
            return msg.forwarded_text
        return msg.text[len(msg.new_text):] if msg.text.startswith(msg.new_text) else ""

    def _forward_note(self, msg: InboundMessage, body: str) -> str:
        """The forwarder's own note above a forwarded message: a forward's new text, when a quoted
        or forwarded part follows it and the new text itself asks for nothing (a customer who asks
        in their own words above a forwarded receipt writes their own request, reason included).
        Empty for any other email, or when ``body`` is the forwarded part alone."""
        note = msg.new_text.strip()
        if not note or msg.text == msg.new_text or not self._forward_of(msg) or note not in body:
            return ""
        return "" if restates_request(self._restatement_scan(note[:2000], None)) else note

    def _restatement_scan(self, sentence: str, active) -> Scan:
        """``sentence`` (lower-cased here) scanned for what :func:`restates_request` asks, no more."""
        return self.patterns.sentence.subset(*RESTATE_NAMES).scan(sentence.lower(), active)

    def _points_to_own_quote(self, msg: InboundMessage) -> bool:
        """A reply that asks nothing itself but points to the quoted mail ("conforme abaixo",
        "please see below") quoting the sender's own earlier email: the quoted email is the
        request, read as a forward's (decision of fix9: only the sender's own quoted mail, so a
        quoted reply of ours or someone else's request never becomes this sender's)."""
        if msg.text == msg.new_text or not msg.sender:
            return False
        low = self._quoted_part(msg).lower()
        m = self.patterns.main.subset("forward_from").scan(low).search("forward_from")
        if not (bool(m) and m.group(1).rstrip(".") == msg.sender.lower()):
            return False  # (the cheaper question first; both must hold)
        return self.patterns.sentence.subset("not_reason").scan(msg.new_text[:2000].lower()).has("not_reason")

    def _forward_author(self, msg: InboundMessage) -> str | None:
        """The address in the forwarded message's ``From:`` line (any read language)."""
        for text in (msg.forwarded_text, msg.text[len(msg.new_text):] if msg.text.startswith(msg.new_text) else ""):
            low = text.lower()
            scan = self.patterns.main.subset("forward_from").scan(low)
            m = scan.search("forward_from")
            if m and m.group(1).rstrip(".") not in self.own_addresses:
                return m.group(1).rstrip(".")
        return None

    def _extract(self, msg: InboundMessage, body: str) -> Extraction:
        text = f"{msg.subject}\n{body}"
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lower-cased
            text = low
        every = self.patterns.main.scan(low)
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
        invoices = self.invoices(scan, low) or self.invoices_in(msg.forwarded_text, active)
        if not invoices and body is not msg.text and self._forward_of(msg):
            invoices = self.invoices_in(msg.text, active)  # an Outlook forward's quoted block
        fields.invoice_number = invoices[0] if invoices else None
        fields.project_name = self.project(scan, text, low) or self.forwarded_project(msg.forwarded_text, active)
        intents = self.intents(scan, low, said_end, fields.reason_code, active, notes,
                               self._quoted_subject_end(msg, body, scan))
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
        )

    def _quoted_subject_end(self, msg: InboundMessage, body: str, scan: Scan) -> int:
        """Where the subject line ends when it is a reply's ("Re: Cancel and refund?") on an email
        that answers an earlier one (quoted lines, In-Reply-To): its words are the earlier email's
        request, not a new one, so intents are read after it.  0 otherwise."""
        answers = msg.in_reply_to or msg.references or "\n>" in f"\n{msg.text}"
        if body is msg.new_text and answers and scan.has("reply_subject"):
            return len(msg.subject or "") + 1
        return 0

    # -- the parts ----------------------------------------------------------------------

    def sign_off_at(self, scan: Scan, low: str) -> int:
        """Where the request ends: at the sign-off line ("Regards,"), after which come the
        signature, disclaimers and footers, whose words ("refund", "statutory rights") are
        not the customer's request.  The whole text when the sign-off comes before anything
        was said."""
        m = scan.search("sign_off")
        if m is None:
            return len(low)
        first_line = low.find("\n")
        said = low[first_line + 1:m.start()] if first_line >= 0 else ""
        return m.start() if len(said.split(None, 3)) >= 3 else len(low)

    def dispute(self, scan: Scan, low: str, end: int, text: str = "", msg: InboundMessage | None = None) -> str | None:
        """The first chargeback, dispute or legal-threat words (C4) before the sign-off, those that are
        the customer's own name excepted: a legal word inside an address ("mercier-avocats.fr") or in the
        sender's own firm name ("Herrera y López Abogados" from ``@bufeteherreraylopez.es``) threatens
        nobody (fix16, see :mod:`mailbot.reading.ownname`; when unsure the word stays a threat)."""
        for m in scan.finditer("dispute", end):
            if in_an_address(low, m.start(), m.end()):
                continue
            if msg is not None and len(text) == len(low) and \
                    names_the_sender_firm(text, m.start(), m.end(), msg.sender):
                continue
            return m.group(0)
        return None

    def reason(self, scan: Scan, text: str, low: str, end: int, active,
               note: str = "") -> tuple[str | None, str | None]:
        """reason_code (L2) and the customer's words giving the reason.  ``note`` is a forwarder's
        note above a forwarded message: read without a cue, it is never the reason (fix12)."""
        said, labels = None, []
        for m in scan.finditer("reason_label", end):
            labels.append((m.start(), m.start(1)))
            candidate = " ".join(text[m.start(1):m.end(1)].split())
            if not self._not_reason(candidate, active) and not self._restates(candidate, active):
                said = candidate
                break
        for code in REASON_CODES:
            for m in scan.finditer(f"reason.{code}", end):
                if not self._negated_reason(low, m.start(), active) \
                        and not self._hypothetical_reason(low, m.start(), active):
                    return code, said or self._without_greeting(sentence_around(text, m.start()), active)
        if said:
            return "other", said
        declined = [(m.start(), m.end()) for m in scan.finditer("refund_negated", end)]
        for m in scan.finditer("reason_cue", end):
            if any(s <= m.start() < e for s, e in labels):
                continue  # the label of a reason judged above ("Reason: refund request")
            if any(s <= m.start() < e for s, e in declined):
                continue  # "we don't need any money back": the cue word declines the refund
            candidate = self._before_consequence(scan, text, m.start()) or sentence_around(text, m.start())
            if not self._not_reason(candidate, active):
                return "other", self._cue_part(candidate, low[m.start():m.end()], active)
        for m in scan.finditer("reason_before", end):
            start, _ = sentence_bounds(text, m.start())
            candidate = " ".join(text[start:m.start()].split()).strip(" ,;:-")
            if len(candidate.split()) >= MIN_LEADING_REASON_WORDS and not self._not_reason(candidate, active) \
                    and not restates_request(self._restatement_scan(candidate, active)):
                return "other", candidate  # "we are closing the shop, so please cancel"
        said = self.unlabelled_reason(text[:end], active)  # never the signature after the sign-off
        if said and note and _within(said, note):
            # "Pls dekh lo aur needful karo." above a forward: the note passes the request on, it
            # gives no reason; only the forwarded request's own words can (fix12).
            at = text.find(note)
            said = self.unlabelled_reason(text[:at] + text[at + len(note):end], active) if at >= 0 else None
            if said and _within(said, note):
                said = None
        return ("other", said) if said else (None, None)

    def _cue_part(self, sentence: str, cue: str, active) -> str:
        """The reason of a sentence holding a reason cue: the part after a colon when the sentence asks
        before it and that part holds the cue ("please refund the deposit OWD-1: the owner has decided to
        sell the business", fix13), else the sentence without its opening greeting."""
        colon = sentence.find(":")
        if colon > 0 and restates_request(self._restatement_scan(sentence[:colon], active)):
            part = self._reason_beside_request(sentence, active)
            if part and " ".join(cue.split()) in part.lower() and sentence.find(part) > colon:
                return part
        return self._without_greeting(sentence, active)

    @staticmethod
    def _before_consequence(scan: Scan, text: str, at: int) -> str | None:
        """The part of the sentence holding ``at`` before a connector that follows it ("Die Geschäftsführung
        hat das Projekt verschoben, daher bitten wir um Erstattung ..."): the request after it is no reason."""
        start, stop = sentence_bounds(text, at)
        m = scan.search("reason_before", at, stop)
        if m is None:
            return None
        part = " ".join(text[start:m.start()].split()).strip(" ,;:-")
        return part[:REASON_CHARS] if len(part.split()) >= MIN_REASON_WORDS else None

    def _without_greeting(self, sentence: str, active) -> str:
        """A reason sentence without the greeting that opens its line ("Hi team, we paid ... but ...")."""
        if self.patterns.sentence.subset("greeting").scan(sentence.lower(), active).has("greeting"):
            return _after_greeting(sentence) or sentence
        return sentence

    def _not_reason(self, sentence: str, active) -> bool:
        low = sentence.lower()
        return self.patterns.sentence.subset("not_reason").scan(low, active).has("not_reason")

    def _restates(self, said: str, active) -> bool:
        """A labelled reason that only restates the request ("Reason: refund request", "Motivo:
        cancelar el plan"): a few words asking, with no reason cue and no exception word."""
        low = said.lower()
        if len(said.split()) >= RESTATEMENT_WORDS or not restates_request(self._restatement_scan(said, active)):
            return False
        main = self.patterns.main.subset(*CUE_NAMES).scan(low, active)
        return not any(main.has(name) for name in CUE_NAMES)

    def _negated_reason(self, low: str, at: int, active) -> bool:
        """An exception word with a negation among the three words before it ("I'm not having any
        login issues", "no me cobraron dos veces"): the customer says the problem is not there."""
        before = " ".join(low[max(0, at - 60):at].split()[-3:])
        negation = self.patterns.window.subset("negation_before")
        return bool(before) and negation.scan(before + " ", active).has("negation_before")

    def _hypothetical_reason(self, low: str, at: int, active) -> bool:
        """An exception word inside a question under a condition set before it ("And if we paid twice
        by mistake, how would that work?", "Et si on payait deux fois ?"): the customer asks about a case
        that has not happened, so it states no reason (fix14; section 8, hypothetical questions).  A
        condition after the word ("we were charged twice; if I send the statement, will you refund?")
        or a polite one ("if possible") leaves the reason stated."""
        start, stop = sentence_bounds(low, at, wrapped=True)
        sentence = low[start:stop].replace("\n", " ")
        if "?" not in sentence:
            return False
        found = self.patterns.window.scan(sentence, active)
        polite = [(m.start(), m.end()) for m in found.finditer("polite_condition")]
        return any(m.start() < at - start and not any(s <= m.start() < e for s, e in polite)
                   for m in found.finditer("hyp_condition"))

    def unlabelled_reason(self, text: str, active) -> str | None:
        """A reason written without any cue word ("We hired an in-house developer.").

        The customer's first sentence that is not a greeting, a sign-off, a bare request,
        a statement of account details, a forwarding note or a signature line, and has a
        few words.  Only when there is none, what follows a greeting on the same line
        ("Boa noite pessoal, pagamos a alteração ... mas preferimos como estava antes.")
        when it is no question, no address and no short statement of a reference (fix10)."""
        body = text.split("\n", 1)[1] if "\n" in text else text  # not the subject
        return self._first_reason(body, active, False) or self._first_reason(body, active, True) \
            or self._trailing_reason(body, active)

    def _first_reason(self, body: str, active, after_greeting: bool) -> str | None:
        for sentence in clauses(body):
            words = sentence.split()
            if len(words) < MIN_REASON_WORDS:
                if len(words) <= 3 and self.patterns.sentence.scan(sentence.lower().strip(" ,.!-:"),
                                                                    active).has("closing"):
                    break  # a sign-off line ("Cordialement,"): what follows is the signature
                continue
            if _header_line(sentence):
                continue  # "Sent: Saturday, September 27, 2025 8:40 AM" in a forwarded block
            low = sentence.lower().strip(" ,.!-:")
            scan = self.patterns.sentence.scan(low, active)
            if after_greeting and scan.has("greeting") and (rest := _after_greeting(sentence)):
                sentence, words = rest, rest.split()
                if len(words) <= 10 and any(ch.isdigit() for ch in rest):
                    continue  # "Hola, la factura es la lo inv 71015.": a reference stated
                low = sentence.lower().strip(" ,.!-:")
                scan = self.patterns.sentence.scan(low, active)
            if scan.has("greeting") or scan.has("closing") or scan.has("not_reason"):
                continue
            if sentence.rstrip().endswith("?"):
                continue  # a question ("Is there anything I need to do first?") gives no reason
            if restates_request(scan):
                if part := self._reason_beside_request(sentence, active, len(words) > LONG_ASKING_SENTENCE):
                    return part
                continue  # the request restated, with what it is about: not a reason
            if scan.has("boilerplate"):
                break  # a disclaimer: what follows is boilerplate too
            if scan.has("field") and len(words) <= 10:
                continue
            return " ".join(words)[:300]
        return None

    def _trailing_reason(self, body: str, active) -> str | None:
        """(fix15) Only when no sentence gives a reason: a short statement closing an asking sentence after
        its last comma ("Quero cancelar a manutenção e receber o reembolso, a loja fechou.", "Care plan band
        karna hai, clinic doosre sheher shift ho rahi hai.").  Decision: the comma after the ask introduces
        what the customer adds, and a statement of three words or more there, which neither asks, nor names
        the payment (digits, a project of the ledger), nor opens as a reference, a condition or a time
        (``text.no_leading_reason``), nor is a formality, explains the request.  Looked at last, so it never
        replaces a reason the customer wrote in a sentence of its own."""
        for sentence in clauses(body):
            sentence = sentence.strip()
            comma = sentence.rfind(",")
            if comma < 0 or sentence.endswith("?") or len(sentence) > 2 * REASON_CHARS:
                continue
            if not restates_request(self._restatement_scan(sentence[:comma], active)):
                continue
            rest = " ".join(sentence[comma + 1:].split()).strip(" .!()")
            if not TRAILING_REASON_WORDS <= len(rest.split()) or any(ch.isdigit() for ch in rest) \
                    or "@" in rest or self.projects.find(rest.lower()):
                continue
            scan = self.patterns.sentence.scan(rest.lower(), active)
            if restates_request(scan) or any(scan.has(kind) for kind in
                                             ("field", "greeting", "closing", "not_reason", "no_leading_reason")):
                continue
            return rest
        return None

    def _leading_reason(self, sentence: str, active) -> str | None:
        """(fix13) The reason written before the request in the same sentence: its first part, up to the
        first comma or colon, when the request comes after it ("Le propriétaire vend le riad, on annule le
        site", "we're moving to another host, please cancel ...").  None when that part is short, names the
        payment (digits, a payment word, a project of the ledger: "the deposit we paid yesterday for the
        Surf School project, ..."), asks itself, or is a greeting, a closing, a field, a forwarding note, or
        opens as a reference or a condition ("Regarding the hosting plan, ...", "If it is not live by
        Friday, ...": ``text.no_leading_reason``)."""
        cuts = [i for i in (sentence.find(","), sentence.find(":")) if i > 0]
        if not cuts:
            return None
        part = " ".join(sentence[:min(cuts)].split()).strip(" .!")
        if len(part.split()) < MIN_LEADING_REASON_WORDS or len(part) > REASON_CHARS or part.count("(") != \
                part.count(")") or any(ch.isdigit() for ch in part) or self.projects.find(part.lower()):
            return None  # short, cut inside brackets ("the retainer (Berger Social Media, ...)"), the payment
        if self.patterns.main.scan(sentence.lower(), active).has("refund_negated"):
            return None  # "To be clear up front: I am not asking for a refund"
        scan = self.patterns.sentence.scan(part.lower(), active)
        if restates_request(scan) or any(scan.has(kind) for kind in
                                         ("field", "greeting", "closing", "not_reason", "no_leading_reason")):
            return None
        return part

    def _reason_beside_request(self, sentence: str, active, long: bool = True) -> str | None:
        """The reason before the request in the same sentence (:meth:`_leading_reason`), else the one
        after it.  In a long sentence that asks (``We want a refund of the milestone (invoice OWD-251)
        for the portal, our new CEO does not like the design``), the reason is what follows the
        ask after a comma or a colon, to the end of the sentence, when it neither asks again,
        nor names the payment (digits: an invoice, an amount, a date), nor labels a field; the
        text after a colon is preferred (``..., Projekt Seeblick: der Eigentümer hat entschieden,
        die Pension zu verkaufen``).  None when every part only restates the request
        (``wir bitten um Erstattung der Anzahlung ..., Rechnung OWD-2025-5321``).  In a shorter sentence
        (``long`` false) only a part after a colon is looked at.  In a sentence of any length, a part
        between two asks (``wir kündigen das Hosting (OWD-1), da unsere Gruppe zentral hostet, und bitten
        um Erstattung``) is the reason (:meth:`_between_asks`, fix16)."""
        if lead := self._leading_reason(sentence, active):
            return lead
        bounds = [-1] + [i for i, ch in enumerate(sentence) if ch in ",:"][:MAX_PARTS] + [len(sentence)]
        asked, found = False, None
        for k in range(len(bounds) - 1):
            part = sentence[bounds[k] + 1:bounds[k + 1]]
            if restates_request(self._restatement_scan(part, active)):
                asked = True
                continue
            if not asked:
                continue  # before the ask, a part without a cue word describes the payment
            if k + 2 < len(bounds) and (middle := self._between_asks(part, sentence[bounds[k + 1] + 1:bounds[k + 2]],
                                                                     active)):
                return middle
            # What follows, as much as a reason keeps (linear: each part looks at a bounded stretch).
            rest = " ".join(sentence[bounds[k] + 1:bounds[k] + 1 + REASON_CHARS].split()).strip(" .!()")
            if len(rest.split()) < _fewest_reason_words(sentence[bounds[k]:bounds[k] + 1], rest):
                break
            if any(ch.isdigit() for ch in rest):
                continue
            scan = self.patterns.sentence.scan(rest.lower(), active)
            if restates_request(scan) or any(scan.has(kind) for kind in ("field", "greeting", "closing", "not_reason")):
                continue
            if sentence[bounds[k]:bounds[k] + 1] == ":":
                if not long and (scan.has("no_leading_reason") or self.projects.find(rest.lower())):
                    continue  # "Cancel this one: the deposit for the Linden Shop project" names the work
                return rest[:300]
            if long:
                found = found or rest[:300]
        return found

    def _between_asks(self, part: str, following: str, active) -> str | None:
        """(fix16) A part of an asking sentence that the next part follows with a second ask ("we cancel the
        hosting, as our group now hosts centrally, and ask for a refund"): set between two asks, it says
        why.  Decision: a statement of three words or more there is the reason when it neither asks, nor
        names the payment (digits, a project of the ledger, a payment word), nor is a formality or a
        field; the part after it must ask on its own, so a reference or a date after the part does not
        make it one."""
        said = " ".join(part.split()).strip(" .!()")
        if len(said.split()) < TRAILING_REASON_WORDS or any(ch.isdigit() for ch in said) or "@" in said \
                or said.count("(") != said.count(")") or self.projects.find(said.lower()):
            return None
        if not restates_request(self._restatement_scan(following, active)):
            return None
        scan = self.patterns.sentence.scan(said.lower(), active)
        if restates_request(scan) or any(scan.has(kind) for kind in
                                         ("field", "greeting", "closing", "not_reason", "no_leading_reason")):
            return None
        return said[:REASON_CHARS]

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
            if any(c.isdigit() for c in ref) and not any(ref in f or f in ref for f in found):
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

    def intents(self, scan: Scan, low: str, end: int, reason_code: str | None, active,
                notes: list[str], start: int = 0) -> set[str]:
        """What the customer asks for, from the lower-cased text between ``start`` and the sign-off."""
        said = low[:end]
        policy = [(m.start(), m.end()) for m in scan.finditer("policy", end)]
        intents = set()
        hypothetical = False
        # "Without a refund within 48 hours I will ...": the decline word sets a deadline, it demands the refund (fix16)
        ultimatums = [(m.start(), m.end()) for m in scan.finditer("refund_ultimatum", end)]
        negated = any(not any(s <= m.start() < e for s, e in ultimatums)
                      and not self._declines_another_refund(scan, said, m, reason_code)
                      for m in scan.finditer("refund_negated", end))
        if not negated:
            state = self._asks(scan, "refund", said, policy, active, start)
            hypothetical |= state == "hypothetical"
            if state == "asks":
                intents.add(REFUND)
        state = self._asks(scan, "cancellation", said, policy, active, start)
        hypothetical |= state == "hypothetical"
        if state == "asks":
            intents.add(CANCELLATION)
        if not intents and not negated and reason_code in ("duplicate_payment", "billing_error"):
            intents.add(REFUND)  # "I was charged twice" asks for the money back
        if hypothetical and not intents:
            notes.append("a policy question (a refund or cancellation asked about 'if…'), not a request")
        return intents

    def _declines_another_refund(self, scan: Scan, said: str, negation, reason_code: str | None) -> bool:
        """Whether a decline names no refund itself ("I'm not asking for that") and its sentence is
        about another refund ("I know you don't refund unused days and I'm not asking for that"),
        while a duplicate charge or a billing error is stated in another sentence: that decline
        sets the other refund aside, and the exception stated elsewhere still asks for its money
        back (fix14; section 8, a negated part adds nothing).  A decline naming the refund ("I don't
        need a refund") or sharing the exception's sentence ("charged twice, but I'm not asking for
        it") still declines it."""
        if reason_code not in ("duplicate_payment", "billing_error"):
            return False
        if scan.search("refund", negation.start(), negation.end()) is not None:
            return False
        first, last = sentence_bounds(said, negation.start(), wrapped=True)
        if scan.search("refund", first, last) is None:
            return False
        reason = scan.search(f"reason.{reason_code}", 0, len(said))
        return reason is not None and not first <= reason.start() < last

    def _asks(self, scan: Scan, name: str, said: str, policy, active, start: int = 0) -> str | None:
        """"asks" when some occurrence of the intent's words is a request; "hypothetical"
        when the only ones are in conditional questions; None otherwise.  A subject that asks
        about an outcome ("Would I get my deposit back?") is a request unless the body's only
        occurrences are a conditional question ("if the deal falls through, would the deposit
        be refundable?"): then the subject asks about the same hypothetical case."""
        hypothetical = False
        subject_end = said.find("\n") if start == 0 else -1
        subject_question = False
        if name == "cancellation":  # "hum dukaan band kar rahe hain": the customer's own business closes
            policy = policy + [(m.start(), m.end()) for m in scan.finditer("own_closing", len(said))]
        for m in scan.finditer(name, len(said)):
            at = m.start()
            if at < start or any(s <= at < e for s, e in policy):
                continue
            if name == "cancellation" and scan.match("cancellation_past", at):
                continue
            window = self.patterns.window
            if name == "cancellation":  # (the words before count for a cancellation only)
                before = window.subset(*BEFORE_NAMES).scan(_unwrapped_before(said[max(0, at - 40):at]), active)
                if before.has("negation_before") or before.has("past_before"):
                    continue
            after = said[m.end():m.end() + 30]
            if window.subset("negation_after").scan(after, active).has("negation_after") \
                    and not (name == "refund" and self._in_an_ultimatum(scan, at, len(said))):
                continue  # ("refund nahi mila to ...": a deadline, the refund is demanded, fix16)
            start, stop = sentence_bounds(said, at, wrapped=True)  # "if it fails\nwould I get a refund?"
            sentence = said[start:stop].replace("\n", " ")
            found = window.subset(*HYPOTHESIS_NAMES).scan(sentence, active)
            if found.has("hyp_condition") and found.has("hyp_question") and _sets_a_condition(found):
                hypothetical = True
                continue
            if found.has("hyp_question") and "?" in sentence and self._after_a_conditional_question(said, start, active):
                hypothetical = True  # "What happens if we cancel in month 3? Do we get the rest back?"
                continue
            if at < subject_end and found.has("hyp_question") and "?" in sentence:
                subject_question = True  # "Would I get my deposit back?": the body says what it asks
                continue
            return "asks"
        if subject_question and not hypothetical:
            return "asks"
        return "hypothetical" if hypothetical else None

    @staticmethod
    def _in_an_ultimatum(scan: Scan, at: int, end: int) -> bool:
        """Whether the refund word at ``at`` lies inside a refund demanded by a deadline ("refund nahi
        mila to chargeback karunga", "without a refund within 48 hours"): no decline (fix16)."""
        m = scan.search("refund_ultimatum", max(0, at - 40), min(end, at + 60))
        return m is not None and m.start() <= at < m.end()

    def _after_a_conditional_question(self, said: str, start: int, active) -> bool:
        """Whether the sentence before the one starting at ``start`` is a question that sets a condition
        ("¿Qué pasa si cancelamos en el tercer mes?") or asks about the policy ("Can I cancel anytime?"): a
        question about the outcome right after it ("¿Nos devuelven los meses restantes?") asks about the
        same hypothetical case (fix10)."""
        before = start - 1
        while before > 0 and said[before - 1] in " \t\n":
            before -= 1
        if before <= 0 or said[before - 1] != "?":
            return False
        first, last = sentence_bounds(said, before - 1, wrapped=True)
        previous = said[first:last].replace("\n", " ")
        found = self.patterns.window.subset(*HYPOTHESIS_NAMES).scan(previous, active)
        if found.has("hyp_condition") and _sets_a_condition(found):
            return True
        # "¿Puedo cancelar cuando quiera? ¿Y se devuelven los meses no usados?": a question about the policy
        return self.patterns.main.subset("policy").scan(previous, active).has("policy")


def _fewest_reason_words(mark: str, rest: str) -> int:
    """Words a reason after an ask needs: fewer after a colon, when at least two of them are no
    capitalised name (so "Objet : Community Management Bistrot Lulu" stays a name, fix13)."""
    words = rest.split()
    if mark == ":" and sum(1 for w in words if not w[:1].isupper()) >= 2:
        return COLON_REASON_WORDS
    return MIN_REASON_WORDS


def _within(said: str, note: str) -> bool:
    """Whether the reason read (whitespace joined) is words of the note."""
    return " ".join(said.split()) in " ".join(note.split())


def _reads_more(found: Extraction, again: Extraction) -> bool:
    """Whether reading a forward's quoted part (``again``) tells more than its new text (``found``):
    a request where there was none, more intents, a reason where there was none, or one of the
    three exception reasons where the new text gave only another reason (fix9: a note saying
    "I sent this to the wrong address" is not the reason of the forwarded duplicate-charge
    refund).  Never fewer intents."""
    if not again.intents or not again.intents >= found.intents:
        return False
    if again.intents > found.intents:
        return True
    if found.fields.reason is None and again.fields.reason is not None:
        return True
    plain = (None, "other")
    return found.fields.reason_code in plain and again.fields.reason_code not in plain


def _unwrapped_before(before: str) -> str:
    """The words before an intent word, with a hard wrap inside the phrase joined ("Pas\\nd'annulation",
    "I do not\\nwant to cancel"): when the intent word's line starts with at most two words before it, the
    previous line's end belongs to the same phrase.  An intent word at the start of its line ("Not happy\\n
    Cancel my plan") is left alone: that line is its own sentence."""
    cut = before.rfind("\n")
    if cut < 0:
        return before
    tail = before[cut + 1:]
    if not tail.strip() or len(tail.split()) > 2:
        return before
    return before[:cut].rstrip("\n") + " " + tail if not before[:cut].endswith("\n") else before


def _sets_a_condition(found: Scan) -> bool:
    """Whether a condition word of the sentence sets a condition: "if possible", "si es posible",
    "wenn möglich" only ask politely (``intents.polite_condition``)."""
    polite = [(m.start(), m.end()) for m in found.finditer("polite_condition")]
    return any(not any(s <= m.start() < e for s, e in polite) for m in found.finditer("hyp_condition"))


GREETING_CHARS = 40
"""How far into a sentence the comma that ends a greeting on the same line may come ("Hi Optima team,")."""


def _after_greeting(sentence: str) -> str | None:
    """What follows a greeting written on the same line as the customer's words ("Boa noite pessoal,
    pagamos a alteração ..."): the text after its first comma, within the first few words, when it
    still has the words of a reason.  None when the sentence is a greeting alone, or when what follows is
    a question or states an address: neither is a reason."""
    comma = sentence.find(",", 0, GREETING_CHARS)
    if comma < 0:
        return None
    rest = sentence[comma + 1:].strip()
    if len(rest.split()) < MIN_REASON_WORDS or rest.endswith("?") or "@" in rest:
        return None  # a question ("Hi, how do I add a user?") or an address stated is no reason
    return rest


def _header_line(line: str) -> bool:
    """``Sent: …``, ``De : …``, ``Gesendet: …``: a header of a quoted or forwarded email
    (one or two words of letters or hyphens, at most 20 characters, then a colon: ``Enviado el:``), not the customer's words."""
    head, colon, _ = line.strip().partition(":")
    head = head.strip()
    return bool(colon) and 0 < len(head) <= 20 and len(head.split()) <= 2 \
        and head.replace("-", "").replace(" ", "").isalpha()


_PUNCTUATION = str.maketrans({c: " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~“”‘’«»„‚–—…·•"})


def _words(text: str) -> list[str]:
    """The words of ``text``, case-folded: split at white space and punctuation (no regex)."""
    return text.casefold().translate(_PUNCTUATION).split()


class ProjectNames:
    """The ledger's project names, found in text by their words (one dict
    lookup per word and name length, however many projects there are)."""

    def __init__(self, names: Iterable[str]):
        self.by_words: dict[tuple[str, ...], str] = {}
        for name in names:
            words = tuple(_words(name))
            if words:
                self.by_words.setdefault(words, name)
        self.lengths = sorted({len(k) for k in self.by_words}, reverse=True)

    def find(self, text: str) -> str | None:
        if not self.by_words:
            return None
        words = _words(text)
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
