"""What staff do with a draft: approve it (as written or edited), save an
edit, reject it with a reason, or hand it to a person (escalate).

Every action is one transaction with its audit entry (who, action, draft,
detail), and only a ``pending`` draft can be acted on: anything else raises
:class:`ReviewError`, so a draft approved in one window cannot be rejected
in another, nor a sent one edited.  The web UI and ``mailbot drafts`` call
these functions; neither writes to the drafts table itself.
"""

from __future__ import annotations

import hashlib
import logging
import math
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import Connection, and_, or_, select

from mailbot.calendar import business_deadline
from mailbot.config import Config
from mailbot.drafting.drafter import LONGEST_SUBJECT
from mailbot.errors import MailbotError
from mailbot.store import cases as case_store
from mailbot.store.audit import AuditEntry, audit
from mailbot.store.cases import StoredDraft
from mailbot.store.database import Store, utc
from mailbot.store.schema import audit_log, messages

log = logging.getLogger(__name__)

AUTO_SEND = "auto-send"
"""Who approves a draft whose outcome the brand sends without review."""

LONGEST_BODY = 100_000
NEED_INFO_TEMPLATES = ("need_info", "verify_sender")


class ReviewError(MailbotError):
    """Raised when a review action is refused: no such draft, a draft that is
    not pending, a missing reason, an empty subject or body."""


# -- subjects and bodies ------------------------------------------------------------

def clean_subject(subject: str, reference: str | None = None) -> str:
    """An edited subject made safe for a header: one line (CR, LF and every
    other control or line-separator character become spaces, runs of spaces
    one), the case reference kept, at most about 150 characters."""
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" and ch != " " else ch for ch in subject or "")
    text = " ".join(text.split())
    tag = f" [{reference}]" if reference and reference.casefold() not in text.casefold() else ""
    room = LONGEST_SUBJECT - len(tag)
    if len(text) > room:
        text = text[: room - 1].rstrip() + "…"
    text = (text + tag).strip()
    if not text:
        raise ReviewError("subject: must not be empty")
    return text


def clean_body(body: str) -> str:
    """The body as typed, with line ends made ``\\n`` and one final newline."""
    text = (body or "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReviewError("body: must not be empty")
    if len(text) > LONGEST_BODY:
        raise ReviewError(f"body: too long ({len(text)} characters, at most {LONGEST_BODY})")
    return text.rstrip("\n") + "\n"


def _changes(draft: StoredDraft, subject: str, body: str) -> str:
    parts = []
    if subject != draft.subject:
        parts.append(f"subject {draft.subject!r} -> {subject!r}")
    if body != draft.body:
        import difflib  # only when staff edit a draft: not on a poll's path (issue 8, memory)

        added = removed = 0
        for line in difflib.ndiff(draft.body.splitlines(), body.splitlines()):
            added += line.startswith("+ ")
            removed += line.startswith("- ")
        parts.append(f"body +{added} -{removed} lines")
    return "; ".join(parts)


# -- the actions ---------------------------------------------------------------------

def _who(who: str) -> str:
    who = " ".join((who or "").split())
    if not who:
        raise ReviewError("who: every review action names the person who takes it")
    return who[:128]


def draft_version(draft: StoredDraft) -> str:
    """What a page carries to tell whether the draft changed since it was
    opened: its last change time and a digest of its status, subject and body
    (two changes in the same instant still differ)."""
    digest = hashlib.sha256("\0".join((draft.status, draft.subject, draft.body)).encode("utf-8")).hexdigest()
    return f"{draft.updated_at.isoformat()}/{digest[:16]}"


class StaleDraftError(ReviewError):
    """Raised when the draft changed after the person acting opened it (someone
    else edited or re-decided it): they must look at it again."""


def _pending(conn: Connection, draft_id: int, verb: str, version: str | None = None) -> StoredDraft:
    draft = case_store.get_draft(conn, draft_id)
    if draft is None:
        raise ReviewError(f"draft {draft_id}: no such draft")
    if draft.status != "pending":
        raise ReviewError(f"draft {draft_id}: is {draft.status}; only a pending draft can be {verb}")
    if version is not None and draft_version(draft) != version:
        raise StaleDraftError(f"draft {draft_id}: changed since you opened it (at "
                              f"{draft.updated_at.isoformat(timespec='seconds')}): check it again before it is {verb}")
    return draft


def _reference(conn: Connection, draft: StoredDraft) -> str | None:
    owner = case_store.case_customer(conn, draft.case_id)
    return owner[2] if owner else None


def _change(conn: Connection, draft: StoredDraft, verb: str, *, who: str, now: datetime, action: str,
            detail: str, **values) -> StoredDraft:
    if not case_store.change_draft(conn, draft.id, expected="pending", now=now, **values):
        raise ReviewError(f"draft {draft.id}: changed by someone else meanwhile; only a pending draft can be {verb}")
    audit(conn, who=who, action=action, object_type="draft", object_id=draft.id,
          detail=f"case {draft.case_id}" + (f": {detail}" if detail else ""), at=now)
    log.info("draft %d of case %d: %s by %s", draft.id, draft.case_id, action, who)
    return case_store.get_draft(conn, draft.id)


def approve_draft(store: Store, draft_id: int, *, who: str, now: datetime, subject: str | None = None,
                  body: str | None = None, version: str | None = None) -> StoredDraft:
    """Approve the draft for sending; with ``subject`` or ``body``, approve
    it as edited (one action: "approve edited").  With ``version`` (the
    :func:`draft_version` when the page was opened) a draft changed since is
    refused (:class:`StaleDraftError`)."""
    who = _who(who)
    with store.begin() as conn:
        draft = _pending(conn, draft_id, "approved", version)
        new_subject = draft.subject if subject is None else clean_subject(subject, _reference(conn, draft))
        new_body = draft.body if body is None else clean_body(body)
        changes = _changes(draft, new_subject, new_body)
        return _change(conn, draft, "approved", who=who, now=now,
                       action="draft.approve_edited" if changes else "draft.approve", detail=changes,
                       status="approved", subject=new_subject, body=new_body, reviewed_by=who, reviewed_at=now,
                       next_attempt_at=None, send_error=None)


def save_edit(store: Store, draft_id: int, *, who: str, now: datetime, body: str,
              subject: str | None = None, version: str | None = None) -> StoredDraft:
    """Keep an edit of a pending draft; it stays pending."""
    who = _who(who)
    with store.begin() as conn:
        draft = _pending(conn, draft_id, "edited", version)
        new_subject = draft.subject if subject is None else clean_subject(subject, _reference(conn, draft))
        new_body = clean_body(body)
        return _change(conn, draft, "edited", who=who, now=now, action="draft.edit",
                       detail=_changes(draft, new_subject, new_body) or "no change",
                       subject=new_subject, body=new_body)


def reject_draft(store: Store, draft_id: int, *, who: str, now: datetime, reason: str,
                 version: str | None = None) -> StoredDraft:
    """Reject the draft: it is never sent.  A reason is required."""
    who = _who(who)
    reason = (reason or "").strip()
    if not reason:
        raise ReviewError(f"draft {draft_id}: a rejection needs a reason")
    with store.begin() as conn:
        draft = _pending(conn, draft_id, "rejected", version)
        return _change(conn, draft, "rejected", who=who, now=now, action="draft.reject", detail=reason,
                       status="rejected", reject_reason=reason, reviewed_by=who, reviewed_at=now)


def escalate_draft(store: Store, draft_id: int, *, who: str, now: datetime, note: str = "",
                   version: str | None = None) -> StoredDraft:
    """Hand the case to a person: the draft leaves the queue unsent."""
    who = _who(who)
    with store.begin() as conn:
        draft = _pending(conn, draft_id, "escalated", version)
        return _change(conn, draft, "escalated", who=who, now=now, action="draft.escalate",
                       detail=(note or "").strip(), status="escalated", reviewed_by=who, reviewed_at=now)


# -- auto-send (called by ingest in the draft's own transaction) ----------------------

def draft_outcomes(template: str, case_outcome: str | None) -> tuple[str, ...]:
    """The outcomes a draft answers, as ``auto_send`` and the queue filter
    name them: ``need_info`` or ``verify_sender`` for a request for details,
    else the case's decision outcomes (``approve``, ``deny``, ``escalate``,
    ``cancel``; two for a refund-and-cancel reply)."""
    short = template.rsplit("/", 1)[-1]
    if short in NEED_INFO_TEMPLATES:
        return (short,)
    return tuple(o for o in (case_outcome or "").split("+") if o)


def auto_approve(conn: Connection, draft_id: int, *, outcomes: tuple[str, ...], allowed: tuple[str, ...],
                 now: datetime) -> bool:
    """Approve a new draft without review when every one of its outcomes is
    in the brand's ``auto_send``; returns whether it was."""
    if not allowed or not outcomes or not set(outcomes) <= set(allowed):
        return False
    if not case_store.change_draft(conn, draft_id, expected="pending", now=now, status="approved",
                                   reviewed_by=AUTO_SEND, reviewed_at=now):
        return False
    audit(conn, who=AUTO_SEND, action="draft.approve", object_type="draft", object_id=draft_id,
          detail=f"outcome {'+'.join(outcomes)} is in the brand's auto_send", at=now)
    return True


# -- the queue -------------------------------------------------------------------------

@dataclass(frozen=True)
class QueueItem:
    """One pending draft as the queue shows it."""

    draft_id: int
    case_id: int
    reference: str | None
    brand: str
    customer: str | None
    to_address: str | None
    subject: str
    template: str
    outcome: str | None
    """The case's outcome (``approve+cancel`` for two), or the request for details."""
    outcomes: tuple[str, ...]
    amount: Decimal | None
    currency: str | None
    request_time: datetime | None
    created_at: datetime
    age: timedelta
    """Since the customer's request (or the case, when the request time is unknown)."""
    deadline: datetime | None
    overdue: bool
    """L9: no reply sent within the brand's ``overdue_business_days`` of the request."""


@dataclass(frozen=True)
class QueuePage:
    items: list[QueueItem]
    total: int
    page: int
    pages: int


def _amount(result: dict | None) -> tuple[Decimal | None, str | None]:
    """The money of a decision: the sum of its amounts (one currency)."""
    total, currency = None, None
    for decision in (result or {}).get("decisions", []):
        if not decision.get("amount"):
            continue
        try:
            value = Decimal(str(decision["amount"]))
        except InvalidOperation:
            continue
        if currency is not None and decision.get("currency") != currency:
            continue
        total, currency = (total or Decimal(0)) + value, decision.get("currency")
    return total, currency


def _deadline(config: Config, brand_name: str, start: datetime | None) -> datetime | None:
    brand = config.brands.get(brand_name)
    if brand is None or start is None:
        return None
    return business_deadline(start, brand.overdue_business_days, brand.tz, brand.holidays)


def review_queue(conn: Connection, *, brand: str | None = None, outcome: str | None = None,
                 overdue: bool | None = None, page: int = 1, per_page: int = 50, config: Config,
                 now: datetime) -> QueuePage:
    """The pending drafts, oldest first, filtered by brand, outcome (one of
    the draft's outcomes) and overdue, one page of them."""
    per_page = max(1, per_page)
    found = []
    for row in case_store.pending_queue(conn, brand):
        outcomes = draft_outcomes(row.template, row.outcome)
        if outcome and outcome not in outcomes:
            continue
        start = utc(row.request_time) or utc(row.case_created_at)
        deadline = _deadline(config, row.brand, start)
        late = deadline is not None and now > deadline
        if overdue is not None and late != bool(overdue):
            continue
        found.append((row, outcomes, start, deadline, late))
    total = len(found)
    pages = max(1, math.ceil(total / per_page))
    page = min(max(1, page), pages)
    chosen = found[(page - 1) * per_page: page * per_page]
    results = case_store.decision_results(conn, [r.decision_id for r, *_ in chosen if r.decision_id])
    items = []
    for row, outcomes, start, deadline, late in chosen:
        amount, currency = _amount(results.get(row.decision_id))
        short = row.template.rsplit("/", 1)[-1]
        items.append(QueueItem(
            draft_id=row.draft_id, case_id=row.case_id, reference=row.reference, brand=row.brand,
            customer=row.customer, to_address=row.to_address, subject=row.subject, template=row.template,
            outcome=short if short in NEED_INFO_TEMPLATES else row.outcome, outcomes=outcomes, amount=amount,
            currency=currency, request_time=utc(row.request_time), created_at=utc(row.created_at),
            age=now - start, deadline=deadline, overdue=late))
    return QueuePage(items=items, total=total, page=page, pages=pages)


# -- history -------------------------------------------------------------------------------

def case_history(conn: Connection, case_id: int) -> list[AuditEntry]:
    """The audit entries about the case, its emails and its drafts, oldest first."""
    draft_ids = [str(i) for i in case_store.case_draft_ids(conn, case_id)]
    message_ids = [str(i) for i in conn.execute(select(messages.c.id).where(messages.c.case_id == case_id)).scalars()]
    about = [and_(audit_log.c.object_type == "case", audit_log.c.object_id == str(case_id))]
    if draft_ids:
        about.append(and_(audit_log.c.object_type == "draft", audit_log.c.object_id.in_(draft_ids)))
    if message_ids:
        about.append(and_(audit_log.c.object_type == "message", audit_log.c.object_id.in_(message_ids)))
    entries = []
    for row in conn.execute(select(*audit_log.c).where(or_(*about)).order_by(audit_log.c.id)):
        values = row._asdict()
        values["at"] = utc(values["at"])
        entries.append(AuditEntry(**values))
    return entries
