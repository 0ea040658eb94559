"""The pure pipeline: parsed emails of one case → decision → draft.

No network, no database, no clock but the injected one.  ``mailbot triage``
runs it over files; the service layer runs it over stored emails.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from operator import attrgetter
from typing import TYPE_CHECKING, Sequence

from mailbot.reading import linear
from datetime import datetime

from mailbot.calendar import business_deadline
from mailbot.clock import Clock, SystemClock
from mailbot.config import Brand, Config
from mailbot.reading.intake import Reader
from mailbot.reading.languages import pack_dirs
from mailbot.ledger import Ledger
from mailbot.models import FIELD_NAMES, Case, Extraction, Fields, InboundMessage, SenderTrust, TriageResult, Verdict
from mailbot.policy import CaseFacts, decide
from mailbot.reading.authres import check_sender
from mailbot.reading.screen import why_ignored
from mailbot.reading.second_opinion import SECOND_OPINION

if TYPE_CHECKING:  # the main process builds no extractor while parse workers run (issue 8, memory)
    from mailbot.reading.extract import Extractor

log = logging.getLogger(__name__)

REFERENCE = linear.compile(r"\[([A-Z][A-Z0-9]{0,9})-(\d{1,9})\]")


def find_reference(subject: str, config: Config) -> tuple[Brand, str] | None:
    """The brand and case reference (``LO-1042``) carried in a subject, if any.

    A subject without ``[`` carries none (every reference is bracketed): asked for
    every email at ingest, and most subjects have no bracket, so the pattern is
    not run on them."""
    if not subject or "[" not in subject:
        return None
    for m in REFERENCE.finditer(subject):
        for brand in config.brands.values():
            if brand.case_prefix == m.group(1):
                return brand, f"{m.group(1)}-{m.group(2)}"
    return None


def provisional_reference(brand: Brand, first: InboundMessage) -> str:
    """A stable reference for a case that has no stored id (``mailbot triage``)."""
    found = REFERENCE.search(first.subject or "")
    if found and found.group(1) == brand.case_prefix:
        return f"{found.group(1)}-{found.group(2)}"
    key = (first.message_id or first.subject or first.source or "").encode("utf-8", "replace")
    return f"{brand.case_prefix}-{1000 + int(hashlib.sha1(key).hexdigest()[:8], 16) % 9000}"


class Triage:
    """Decides cases for every configured brand against one ledger."""

    def __init__(self, config: Config, ledger: Ledger | None = None, clock: Clock | None = None,
                 templates=None):
        """``templates``: where admins' stored template texts come from (a
        :class:`mailbot.drafting.overrides.TemplateSource`); None: the files only."""
        self.config = config
        self.templates = templates
        self.ledger = ledger or Ledger()
        self.clock = clock or SystemClock()
        self._readers: dict[str, Reader] = {}
        self._drafter = None

    @property
    def drafter(self):
        if self._drafter is None:
            from mailbot.drafting import Drafter

            self._drafter = Drafter(self.config, self.templates)
        return self._drafter

    def extractor(self, brand: Brand) -> Extractor:
        """The brand's extractor, built on first use (a poll whose emails are all
        read by the parse workers never builds it here)."""
        return self.reader(brand).extractor()

    def reader(self, brand: Brand) -> Reader:
        """Parse, screen and extract for ``brand`` (what the parse workers run),
        with this triage's language packs and ledger project names."""
        if brand.name not in self._readers:
            self._readers[brand.name] = Reader.of(brand, pack_dirs(self.config.path),
                                                  self.ledger.project_names(brand.name), self.config.read_limits)
        return self._readers[brand.name]

    def brand_of(self, messages: list[InboundMessage], brand: str | None) -> Brand | None:
        """C1: the brand named, else the one whose address the emails were sent to."""
        if brand is not None:
            return self.config.brands[brand]
        for msg in messages:
            found = self.config.brand_for(msg.recipients)
            if found is not None:
                return found
        return None

    def decide(self, messages: list[InboundMessage], brand: str | None = None,
               reference: str | None = None, trust: SenderTrust | None = None,
               extractions: Sequence[Extraction | None] | None = None) -> TriageResult:
        """One case: its emails oldest first.  ``trust`` is the mailbox's
        setting for ``Authentication-Results`` (None: every From is taken as
        written, as before the setting existed).  ``extractions``: each
        email's own extraction when a parse worker made it already (None: made here)."""
        chosen = self.brand_of(messages, brand)
        case = Case(list(messages), chosen.name if chosen else None, reference)
        if chosen is None:
            return self._result(case, Extraction(Fields()), _other("no configured brand for these addresses"))
        if case.reference is None:
            case.reference = provisional_reference(chosen, case.first)
        human = [m for m in messages if why_ignored(m, chosen.own_addresses) is None]
        if not human:
            verdict = Verdict("ignore", rules=["C7"])
            verdict.note("C7", why_ignored(case.first, chosen.own_addresses) or "auto-generated")
            return self._result(case, Extraction(Fields()), verdict, chosen)
        made = dict(zip(map(id, messages), extractions or ()))
        extraction = self.extract(chosen, human, [made.get(id(m)) for m in human])
        request_time = human[0].request_time
        if extraction.unread_language:  # POLICY_SPEC section 8: named in the trace, left for staff
            verdict = Verdict("other")
            verdict.note("-", extraction.notes[0] if extraction.notes else "a language this brand does not read")
            return self._result(case, extraction, verdict, chosen, request_time)
        if extraction.payer_asks and self._pays_for(chosen, extraction, human[0].sender):
            extraction.intents |= extraction.payer_asks  # (fix43k) an existing charge's payer asks, no prospect
        unauthenticated = unauthenticated_sender(human, trust)
        facts = CaseFacts(chosen, extraction, human[0].sender, {m.sender for m in human if m.sender},
                          request_time, self.ledger, unauthenticated)
        verdict = decide(facts)
        if trust is not None and unauthenticated is None and verdict.status in ("decided", "need_info"):
            verdict.note("C2", f"sender authenticated: {check_sender(human[-1], trust).reason}")
        for note in extraction.notes:  # the second opinion's changes are named whatever the status (issue 9)
            if verdict.status == "other" or note.startswith(SECOND_OPINION):
                verdict.note("-", note)
        to = reply_address(verdict, extraction, chosen, human[0].sender, facts.senders)
        known = unauthenticated is None and self.on_record(chosen, to)
        if to != human[0].sender:
            verdict.note("C2", f"{to}, the address on record, answered in the thread {human[0].sender} began: the "
                               "case is read for it, and the reply goes only to it")
        return self._result(case, extraction, verdict, chosen, request_time, known, to)

    def extract(self, brand: Brand, messages: list[InboundMessage],
                made: Sequence[Extraction | None] = ()) -> Extraction:
        """Every email's fields, merged: later answers fill what earlier ones
        lacked.  ``made``: extractions made already (by a parse worker), by
        position; the first is copied, as merging changes it."""
        own = list(made) + [None] * (len(messages) - len(made))
        each = (found if found is not None else self.extractor(brand).extract(msg)
                for msg, found in zip(messages, own))
        merged = next(each)
        if own[0] is not None:  # merging changes the first: its fields and intents are copied
            merged = _own_copy(merged)
        answered = None
        for later in each:
            merged.merge(later)
            answered = answered or self._project_on_record(brand, later.fields.project_name)
        if answered and not self._project_on_record(brand, merged.fields.project_name):
            merged.fields.project_name = answered  # (fix25a) the answer names the project the first email did not
        setattr(merged.fields, brand.account_field, self.account_address(brand, merged, messages[0], messages[1:]))
        for name in FIELD_NAMES:
            if name not in brand.used_fields:  # "annual hosting" names no LeadsOptima plan
                setattr(merged.fields, name, None)
        return merged

    def _project_on_record(self, brand: Brand, name: str | None) -> str | None:
        """(fix25a) ``name`` when the ledger holds a project of that name for ``brand``.  Used when a reply in the
        thread names a project: a later email's answer ("Projet : Bureau Gauthier", given when the bot asked for
        it) replaces what the first email was read to name when the ledger knows no such project ("le projet est
        sur pause" read as a project label), as a later email's exception reason replaces "other"
        (:meth:`~mailbot.models.Fields.fill_from`).  Decision: a project the ledger knows, named first, is kept:
        the customer's first words stand, and a mismatch with the invoice still escalates."""
        return name if name and self.ledger.project(brand.name, name) is not None else None

    def account_address(self, brand: Brand, extraction: Extraction, first: InboundMessage,
                        answers: Sequence[InboundMessage] = ()) -> str | None:
        """The address on record as the customer gives it: the one they name as
        their account's, else the sender's (POLICY_SPEC section 1).  An address
        merely mentioned ("send the invoice to accounts@...") does not replace
        a sender the ledger knows.  A Reply-To that the ledger knows, on mail
        from an address it does not, counts as stated: C2 then asks them to
        write from it.  (fix45w) A first email from an address the ledger does not know, naming none, answered
        in the thread from the one address on record that wrote (as C2 asked): that address, so the case is
        decided for it, and the reply goes to it (:func:`reply_address`)."""
        sender, stated = first.sender, extraction.stated_email
        if stated is None and not self.on_record(brand, sender):
            later = {m.sender for m in answers if m.sender and m.sender != sender and self.on_record(brand, m.sender)}
            if len(later) == 1:
                return later.pop()
        if stated is None and first.reply_to and first.reply_to != sender \
                and not self.on_record(brand, sender) and self.on_record(brand, first.reply_to):
            return first.reply_to
        if stated is None or stated == sender:
            return sender or stated
        if not extraction.stated_email_labelled and self.on_record(brand, sender):
            return sender
        return stated

    def _pays_for(self, brand: Brand, extraction: Extraction, sender: str | None) -> bool:
        """(fix43k) Whether an invoice the email names is a charge on record of ``sender`` (its customer's, or
        a project's whose contract is theirs): the before-buying reading is a prospect's, never the question
        of a charge's payer about refunding it.  Decision: an invoice named is needed; a payer's refund question
        naming none ("would the annual plan be refundable?") stays a policy question."""
        for reference in dict.fromkeys((extraction.fields.invoice_number, *extraction.invoice_candidates)):
            payment = self.ledger.payment(brand.name, reference)
            if payment is not None and self.ledger.charged_to(brand.name, payment, sender):
                return True
        return False

    def on_record(self, brand: Brand, address: str | None) -> bool:
        """Whether ``address`` is on record for ``brand``: a customer's registered email or a project's
        contract email in the ledger."""
        return bool(self.ledger.customer(brand.name, address) or self.ledger.projects_of(brand.name, address))

    def case_account(self, brand: Brand, fields: dict) -> str | None:
        """(fix46t) The address on record a case's decided fields name as its account: the account field when
        the ledger knows it, else the contract email of the project named, else the customer of the invoice
        named; None when they name no account on record (a C2 case from an unknown address that named none).
        Ingest lets another address join a C2 thread only when it is this one, or, with None, any address on
        record (:mod:`mailbot.service.registered_answer`)."""
        address = fields.get(brand.account_field)
        project = self.ledger.project(brand.name, fields.get("project_name"))
        payment = self.ledger.payment(brand.name, fields.get("invoice_number"))
        for found in (address, project and project.contract_email, payment and payment.customer_email):
            if found and self.on_record(brand, found):
                return found
        return None

    def _result(self, case: Case, extraction: Extraction, verdict: Verdict, brand: Brand | None = None,
                request_time: datetime | None = None, sender_known: bool = False,
                to: str | None = None) -> TriageResult:
        now = self.clock.now()
        draft = None
        to = to or case.first.sender  # (fix46t) the verified recipient, chosen here: the drafter is told it
        if brand is not None and verdict.status in ("decided", "need_info"):
            draft = self.drafter.draft(case, extraction, verdict, brand, now, cautious=not sender_known, to=to)
        overdue = bool(brand and request_time and verdict.status in ("decided", "need_info") and
                       now > business_deadline(request_time, brand.overdue_business_days, brand.tz,
                                               brand.holidays))
        return TriageResult(case.brand, case, extraction, verdict, draft, overdue, request_time, sender_known, to)


_EXTRACTION_VALUES = attrgetter(*(f.name for f in dataclasses.fields(Extraction)))
_EXTRACTION_NAMES = tuple(f.name for f in dataclasses.fields(Extraction))
_FIELDS_VALUES = attrgetter(*(f.name for f in dataclasses.fields(Fields)))


def _own_copy(extraction: Extraction) -> Extraction:
    """``dataclasses.replace(extraction, fields=copy.copy(extraction.fields),
    intents=set(extraction.intents))``: the same new extraction (its own fields and
    intents, the other values shared), built from every value read at once; about
    8 us less an email than ``dataclasses.replace``, which checks each field in Python."""
    values = dict(zip(_EXTRACTION_NAMES, _EXTRACTION_VALUES(extraction)))
    values["fields"] = Fields(*_FIELDS_VALUES(extraction.fields))
    values["intents"] = set(extraction.intents)
    return Extraction(**values)


def reply_address(verdict: Verdict, extraction: Extraction, brand: Brand, first: str | None,
                  senders: set[str]) -> str | None:
    """(fix45w) Who the draft goes to: the address on record the case was decided for, when it wrote in the
    thread (a C2 thread answered from the registered address), else the first email's sender.  Replies go
    only to the verified customer (POLICY_SPEC section 8), never to the first, unverified address."""
    if verdict.status == "decided" or (verdict.status == "need_info" and "C2" not in verdict.rules):
        address = getattr(extraction.fields, brand.account_field, None)
        if address and address in senders:
            return address
    return first


def unauthenticated_sender(messages: list[InboundMessage], trust: SenderTrust | None) -> str | None:
    """Why the case's sender is not authenticated (the first email that fails
    the mailbox's trust setting), or None: authenticated, or no setting."""
    if trust is None:
        return None
    for msg in messages:
        check = check_sender(msg, trust)
        if not check.verified:
            return f"{msg.sender or 'the sender'}: {check.reason}"
    return None


def _other(why: str) -> Verdict:
    verdict = Verdict("other")
    verdict.note("C1", why)
    return verdict
