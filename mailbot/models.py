"""The values that travel between the pipeline's steps.

parse ──InboundMessage──▶ screen ──▶ thread ──▶ extract ──Extraction──▶ decide
──Verdict──▶ draft ──Draft──▶ (store).  Each is a dataclass; no step hands the
next a loose dict.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import date, datetime
from decimal import Decimal

# Field names and intent names of POLICY_SPEC.md section 1, in output order.
FIELD_NAMES = (
    "registered_email",
    "contract_email",
    "plan",
    "reason",
    "invoice_number",
    "project_name",
)
REFUND = "refund"
CANCELLATION = "cancellation"
REASON_CODES = ("duplicate_payment", "billing_error", "access_failure", "other")


@dataclass(frozen=True, slots=True)
class Attachment:
    """A part the customer attached: listed for staff, never opened."""

    filename: str | None
    content_type: str
    size: int
    image_type: str | None = None
    """``image/png``, ``image/jpeg``, ``image/gif`` or ``image/webp`` when its first bytes
    show that image (whatever it claims to be): the staff UI previews only those."""


@dataclass(slots=True)
class InboundMessage:
    """One email, parsed from its bytes.

    Addresses are lower-cased addr-specs.  ``received_at`` is the request time
    of POLICY_SPEC section 1: the ``Date:`` header for files, replaced by the
    IMAP INTERNALDATE when the message comes from a mailbox.
    """

    sender: str | None
    sender_name: str
    recipients: tuple[str, ...]
    subject: str
    date: datetime | None
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    text: str
    """The whole readable text: the chosen body part, or every text part when
    no body was found; HTML turned into text."""
    new_text: str
    """What the customer wrote in this email: ``text`` without quoted earlier
    emails and without the signature."""
    forwarded_text: str = ""
    """Text of forwarded messages (``message/rfc822`` parts, inline forwards)."""
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = ()
    auto_headers: dict[str, str] = field(default_factory=dict)
    """The headers screening looks at (lower-case names): auto-submitted,
    precedence, list-id, return-path, x-autoreply, x-autorespond, content-type."""
    content_type: str = "text/plain"
    reply_to: str | None = None
    """The Reply-To address, if any: shown to staff, never used as a recipient
    (POLICY_SPEC section 8: the sender is the From address)."""
    authentication_results: tuple[str, ...] = ()
    """The raw ``Authentication-Results`` header values, topmost first (read by
    :mod:`mailbot.reading.authres` against the mailbox's trusted authserv-id)."""
    raw_size: int = 0
    source: str = ""
    """Where the bytes came from (file name, ``mailbox:uid``), for messages."""
    received_at: datetime | None = None

    @property
    def request_time(self) -> datetime | None:
        return self.received_at or self.date

    @property
    def new_text_end(self) -> int | None:
        """The length of ``new_text`` when it is the start of ``text``, as it nearly
        always is (the quoted history and signature follow it), else None: the pickle
        and the stored reading then keep this length instead of a second copy."""
        return len(self.new_text) if self.new_text and self.text.startswith(self.new_text) else None

    def __reduce__(self):
        """Pickled (a parse worker hands its reading to the main process) with
        ``new_text`` as its length when it is the start of ``text``
        (:attr:`new_text_end`): half the bytes to pickle, send and load."""
        values = [getattr(self, name) for name in _MESSAGE_FIELDS]
        if (end := self.new_text_end) is not None:
            values[_NEW_TEXT] = end
        return _unpickle_message, tuple(values)


def _unpickle_message(*values) -> InboundMessage:
    """The :class:`InboundMessage` of :meth:`InboundMessage.__reduce__`."""
    if isinstance(values[_NEW_TEXT], int):
        values = (*values[:_NEW_TEXT], values[_TEXT][:values[_NEW_TEXT]], *values[_NEW_TEXT + 1:])
    return InboundMessage(*values)


_MESSAGE_FIELDS = tuple(f.name for f in dataclass_fields(InboundMessage))
_TEXT, _NEW_TEXT = _MESSAGE_FIELDS.index("text"), _MESSAGE_FIELDS.index("new_text")


@dataclass(frozen=True, slots=True)
class SenderTrust:
    """A mailbox's trust setting: whose ``Authentication-Results`` count
    (read by :mod:`mailbot.reading.authres`)."""

    authserv_id: str
    """The receiving server's authserv-id (``mx.example.com``), compared case-insensitively."""
    spf_enough: bool = False
    """Whether an aligned SPF pass alone verifies a sender (DMARC or aligned DKIM otherwise)."""


@dataclass(slots=True)
class Fields:
    """What the policy needs from the customer (POLICY_SPEC section 1)."""

    registered_email: str | None = None
    contract_email: str | None = None
    plan: str | None = None
    reason: str | None = None
    reason_code: str | None = None
    invoice_number: str | None = None
    project_name: str | None = None

    def fill_from(self, later: Fields) -> None:
        """Fill what is still missing with a later email's answers."""
        for name in (*FIELD_NAMES, "reason_code"):
            if getattr(self, name) is None and getattr(later, name) is not None:
                setattr(self, name, getattr(later, name))
        if self.reason_code == "other" and later.reason_code not in (None, "other"):
            # A later email that names an exception reason explains the first.
            self.reason_code = later.reason_code
            self.reason = later.reason

    def as_dict(self) -> dict[str, str | None]:
        return {
            "registered_email": self.registered_email,
            "contract_email": self.contract_email,
            "plan": self.plan,
            "reason": self.reason,
            "reason_code": self.reason_code,
            "invoice_number": self.invoice_number,
            "project_name": self.project_name,
        }

    def __reduce__(self):
        """Pickled as its values in field order (a parse worker hands every email's extraction
        to the main process): the default pickle of a slotted dataclass names each field."""
        return Fields, tuple(getattr(self, name) for name in _FIELDS_FIELDS)


@dataclass(slots=True)
class Extraction:
    """What one email (or a whole case, merged) asks for and states."""

    fields: Fields
    intents: set[str] = field(default_factory=set)
    dispute: str | None = None
    """The words that make this a chargeback or legal threat (C4), if any."""
    stated_email: str | None = None
    """An account/contract email the customer wrote in the text, if any."""
    stated_email_labelled: bool = False
    """Whether they named it as such ("my registered email is ...")."""
    invoice_candidates: tuple[str, ...] = ()
    mentioned_dates: tuple[date, ...] = ()
    mentioned_amounts: tuple[Decimal, ...] = ()
    language: str | None = None
    """The primary language the customer wrote in (a language pack's code), if identified."""
    languages: tuple[str, ...] = ()
    """Every language of the email that the brand reads."""
    unread_language: str | None = None
    """Set when the email is in a language the brand does not read: the case is ``other``."""
    notes: tuple[str, ...] = ()
    """What reading noticed that the trace should show (a forward, a policy question...)."""
    doubted: frozenset[str] = frozenset()
    """Intents only the learned model read (:mod:`mailbot.reading.second_opinion`): asked about or
    escalated, never approved."""
    withdrawn: frozenset[str] = frozenset()
    """(fix36a) Intents this email declines or tells as settled without asking them ("we're staying with you, we don't
    want the refund", "the refund has reached our account"): merged after an earlier email of the case, they take back
    what that email asked."""
    payer_asks: frozenset[str] = frozenset()
    """(fix43k) Intents asked only in questions that ``intents.before_buying`` read as a prospect's ("we're considering
    your annual plan. Could we get a refund for LO-INV-80012?"): asked when the sender pays the invoice named
    (:meth:`mailbot.pipeline.Triage.decide`; section 8, a question about a refund of an existing charge from its payer)."""

    def merge(self, later: Extraction) -> None:
        self.fields.fill_from(later.fields)
        if self.doubted or later.doubted:  # an intent the patterns read in any email is no longer doubted
            firm = (self.intents - self.doubted) | (later.intents - later.doubted)
            self.doubted = (self.doubted | later.doubted) - firm
        # (fix36a) a later email that declines what an earlier one asked ("forget my earlier mail, we don't want the
        # refund") takes it back; what it asks itself is added again below (POLICY_SPEC 8: a negation is no request)
        self.intents -= later.withdrawn
        self.intents |= later.intents
        self.payer_asks |= later.payer_asks
        self.dispute = self.dispute or later.dispute
        if self.stated_email is None and later.stated_email is not None:
            self.stated_email, self.stated_email_labelled = later.stated_email, later.stated_email_labelled
        self.invoice_candidates += tuple(
            c for c in later.invoice_candidates if c not in self.invoice_candidates
        )
        self.mentioned_dates += later.mentioned_dates
        self.mentioned_amounts += later.mentioned_amounts
        self.language = self.language or later.language
        self.languages += tuple(c for c in later.languages if c not in self.languages)
        if self.unread_language and not later.unread_language:
            self.unread_language = None  # a case is unread only when none of its emails is read
        self.notes += tuple(n for n in later.notes if n not in self.notes)

    def __reduce__(self):
        """Pickled (a parse worker hands every email's extraction to the main process) with
        its values in field order, the dates it mentions as day numbers in one ``bytes`` and
        the amounts as one string, instead of one pickled object per date and per amount
        (about 10 and 15 in a realistic support email).  ``str`` and ``Decimal`` give back the
        very amount (sign, digits, exponent, special values) and a day number the very date;
        dates or amounts of any other type than exactly those are pickled as they are."""
        values = [getattr(self, name) for name in _EXTRACTION_FIELDS]
        days = amounts = None
        dates = values[_DATES]
        if type(dates) is tuple and dates and all(type(d) is date for d in dates):
            days, values[_DATES] = b"".join(_DAY.pack(d.toordinal()) for d in dates), ()
        stated = values[_AMOUNTS]
        if type(stated) is tuple and stated and all(type(a) is Decimal for a in stated):
            amounts, values[_AMOUNTS] = " ".join(map(str, stated)), ()
        return _unpickle_extraction, (days, amounts, *values)


_DAY = struct.Struct("<I")
"""A date's day number (:meth:`datetime.date.toordinal`, at most 3,652,059) in 4 bytes."""


def _unpickle_extraction(days: bytes | None, amounts: str | None, *values) -> Extraction:
    """The :class:`Extraction` of :meth:`Extraction.__reduce__` (a space never occurs in
    the ``str`` of a Decimal)."""
    extraction = Extraction(*values)
    if days is not None:
        extraction.mentioned_dates = tuple(date.fromordinal(n) for (n,) in _DAY.iter_unpack(days))
    if amounts is not None:
        extraction.mentioned_amounts = tuple(map(Decimal, amounts.split(" ")))
    return extraction


_FIELDS_FIELDS = tuple(f.name for f in dataclass_fields(Fields))
_EXTRACTION_FIELDS = tuple(f.name for f in dataclass_fields(Extraction))
_DATES, _AMOUNTS = _EXTRACTION_FIELDS.index("mentioned_dates"), _EXTRACTION_FIELDS.index("mentioned_amounts")


@dataclass(frozen=True, slots=True)
class Step:
    """One line of a decision's trace: the rule that fired and why."""

    rule: str
    note: str


@dataclass(slots=True)
class Decision:
    """The outcome for one intent (refund or cancellation)."""

    intent: str
    outcome: str  # approve | deny | escalate | cancel
    rules: list[str]
    amount: Decimal | None = None
    currency: str | None = None
    effective_date: date | None = None
    payment_id: str | None = None
    clause: str | None = None
    """The clause key (in the brand's ``clauses`` setting) a denial cites."""
    reason: str = ""
    """One sentence for staff: why this outcome."""
    next_cycle_billed: bool = False
    offer_cancellation: bool = False
    refund_dates: RefundDates | None = None

    def as_dict(self) -> dict:
        return {
            "intent": self.intent,
            "outcome": self.outcome,
            "amount": None if self.amount is None else str(self.amount),
            "currency": self.currency,
            "effective_date": None if self.effective_date is None else self.effective_date.isoformat(),
            "rules": list(self.rules),
            "payment_id": self.payment_id,
        }


@dataclass(frozen=True, slots=True)
class RefundDates:
    """O7: when an approved refund is initiated and when it is credited."""

    approved_on: date
    initiated_from: date
    initiated_by: date
    credited_from: date
    credited_by: date


@dataclass(slots=True)
class Verdict:
    """The policy's answer for a whole case."""

    status: str  # decided | need_info | ignore | other
    rules: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    trace: list[Step] = field(default_factory=list)
    verified: bool = False
    """Whether the case comes from the address on record (C2)."""

    def note(self, rule: str, text: str) -> None:
        self.trace.append(Step(rule, text))


@dataclass(frozen=True, slots=True)
class Draft:
    template: str
    subject: str
    body: str
    to: str | None = None

    def as_dict(self) -> dict:
        return {"template": self.template, "subject": self.subject, "body": self.body}


@dataclass(slots=True)
class Case:
    """The emails of one customer request, oldest first."""

    messages: list[InboundMessage]
    brand: str | None
    reference: str | None = None
    """The case reference shown in subjects, e.g. ``LO-1042``."""

    @property
    def first(self) -> InboundMessage:
        return self.messages[0]

    @property
    def customer(self) -> str | None:
        return self.first.sender

    @property
    def senders(self) -> set[str]:
        return {m.sender for m in self.messages if m.sender}

    @property
    def request_time(self) -> datetime | None:
        return self.first.request_time


@dataclass(slots=True)
class TriageResult:
    """Everything ``mailbot triage`` prints for one case."""

    brand: str | None
    case: Case
    extraction: Extraction
    verdict: Verdict
    draft: Draft | None
    overdue: bool = False
    request_time: datetime | None = None
    sender_known: bool = False
    """Whether the case's sender is on record in the brand's ledger and, when a
    trust setting is given, passed authentication.  A reply to anyone else
    quotes none of their text and is never sent without a person's approval."""
    recipient: str | None = None
    """(fix46t) Who a reply to the case goes to: the verified address :func:`mailbot.pipeline.reply_address`
    chose (the first email's sender, or the address on record that answered a C2 thread), the one every draft
    of the case is built for."""

    def as_dict(self) -> dict:
        return {
            "brand": self.brand,
            "status": self.verdict.status,
            "rules": list(self.verdict.rules),
            "missing": list(self.verdict.missing),
            "fields": self.extraction.fields.as_dict(),
            "decisions": [d.as_dict() for d in self.verdict.decisions],
            "draft": None if self.draft is None else self.draft.as_dict(),
            "case_ref": self.case.reference,
            "request_time": None if self.request_time is None else self.request_time.isoformat(),
            "overdue": self.overdue,
            "trace": [f"{s.rule}: {s.note}" for s in self.verdict.trace],
        }
