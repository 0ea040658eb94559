"""Cases, the decisions taken on them (with trace) and their reply drafts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, delete, func, select, update

from mailbot.store.database import utc
from mailbot.store.schema import cases, decisions, drafts, messages

REFERENCE_BASE = 1000


def case_reference(prefix: str, case_id: int) -> str:
    """The reference shown in reply subjects: ``LO-1042`` for case 42."""
    return f"{prefix}-{REFERENCE_BASE + case_id}"


def case_id_of_reference(reference: str) -> int | None:
    m = re.search(r"-(\d+)$", reference or "")
    if not m or int(m.group(1)) <= REFERENCE_BASE:
        return None
    return int(m.group(1)) - REFERENCE_BASE


@dataclass(frozen=True, slots=True)
class StoredCase:
    id: int
    brand: str
    reference: str | None
    customer: str | None
    status: str
    outcome: str | None
    subject: str
    request_time: datetime | None
    fields: dict | None
    created_at: datetime
    updated_at: datetime
    owner: str | None = None
    """The staff member who looks after the case (assigned), if any."""
    emails: int = 0

    @classmethod
    def from_row(cls, row) -> StoredCase:
        values = row._asdict()
        for key in ("request_time", "created_at", "updated_at"):
            values[key] = utc(values[key])
        return cls(**values)

    def as_dict(self) -> dict:
        return {
            "id": self.id, "reference": self.reference, "brand": self.brand, "customer": self.customer,
            "status": self.status, "outcome": self.outcome, "subject": self.subject,
            "request_time": self.request_time.isoformat() if self.request_time else None,
            "fields": self.fields, "emails": self.emails, "owner": self.owner,
            "created_at": self.created_at.isoformat(), "updated_at": self.updated_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class StoredDecision:
    id: int
    case_id: int
    message_id: int | None
    status: str
    result: dict
    created_at: datetime

    @classmethod
    def from_row(cls, row) -> StoredDecision:
        values = row._asdict()
        values["created_at"] = utc(values["created_at"])
        return cls(**values)


@dataclass(frozen=True, slots=True)
class StoredDraft:
    id: int
    case_id: int
    decision_id: int | None
    template: str
    subject: str
    body: str
    to_address: str | None
    in_reply_to: str | None
    status: str
    message_id: str
    reviewed_by: str | None
    reviewed_at: datetime | None
    reject_reason: str | None
    sent_at: datetime | None
    send_error: str | None
    created_at: datetime
    updated_at: datetime
    attempts: int = 0
    """SMTP transactions tried (each one counts, whatever its result)."""
    next_attempt_at: datetime | None = None
    """When an approved draft whose server answered 4xx is tried again."""
    hold_reason: str | None = None
    """Why the draft waits for a person and is never sent automatically (the sender limit)."""

    @classmethod
    def from_row(cls, row) -> StoredDraft:
        values = row._asdict()
        for key in ("reviewed_at", "sent_at", "created_at", "updated_at", "next_attempt_at"):
            values[key] = utc(values[key])
        return cls(**values)

    def as_dict(self, with_body: bool = True) -> dict:
        data = {
            "id": self.id, "case_id": self.case_id, "status": self.status, "template": self.template,
            "subject": self.subject, "to": self.to_address, "message_id": self.message_id,
            "in_reply_to": self.in_reply_to, "reviewed_by": self.reviewed_by,
            "reviewed_at": self.reviewed_at.isoformat() if self.reviewed_at else None,
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "created_at": self.created_at.isoformat(),
            "reject_reason": self.reject_reason, "send_error": self.send_error, "attempts": self.attempts,
            "next_attempt_at": self.next_attempt_at.isoformat() if self.next_attempt_at else None,
            "hold_reason": self.hold_reason,
        }
        if with_body:
            data["body"] = self.body
        return data


# -- cases ----------------------------------------------------------------------

# The statements of the ingest path are built once: building costs more than running.
_INSERT_CASE = cases.insert()
_UPDATE_CASE = update(cases).where(cases.c.id == bindparam("case_id")).values(
    status=bindparam("new_status"), outcome=bindparam("new_outcome"), fields=bindparam("new_fields"),
    updated_at=bindparam("now"), reference=bindparam("new_reference"))
_CUSTOMER = select(cases.c.brand, cases.c.customer, cases.c.reference).where(cases.c.id == bindparam("case_id"))
_INSERT_DECISION = decisions.insert()
_INSERT_DRAFT = drafts.insert()

def open_case(conn: Connection, *, brand: str, prefix: str, customer: str | None, subject: str,
              request_time: datetime | None, now: datetime) -> tuple[int, str]:
    """A new case; returns its id and reference."""
    case_id = conn.execute(_INSERT_CASE, {
        "brand": brand, "customer": customer, "status": "received", "subject": subject,
        "request_time": request_time, "created_at": now, "updated_at": now,
    }).inserted_primary_key[0]
    return case_id, case_reference(prefix, case_id)


def discard_case(conn: Connection, case_id: int) -> None:
    """Remove a case opened in this transaction that turned out not to be one."""
    conn.execute(delete(cases).where(cases.c.id == case_id))


def update_case(conn: Connection, case_id: int, *, status: str, outcome: str | None, fields: dict | None,
                now: datetime, reference: str | None) -> None:
    conn.execute(_UPDATE_CASE, {"case_id": case_id, "new_status": status, "new_outcome": outcome,
                                "new_fields": fields, "now": now, "new_reference": reference})


_CASE_COLUMNS = tuple(c for c in cases.c)


def get_case(conn: Connection, case_id: int) -> StoredCase | None:
    row = conn.execute(select(*_CASE_COLUMNS, _email_count()).where(cases.c.id == case_id)).first()
    return StoredCase.from_row(row) if row else None


def set_customer(conn: Connection, case_id: int, customer: str, now: datetime) -> None:
    """(fix46t) The case's customer is now ``customer``: the address on record that answered its C2 thread,
    which the case was decided for (replies, hand-written ones too, go to the case's customer)."""
    conn.execute(update(cases).where(cases.c.id == case_id).values(customer=customer, updated_at=now))


def case_customer(conn: Connection, case_id: int) -> tuple[str, str | None, str | None] | None:
    """(brand, customer address, reference) of a case, or None when there is no such case."""
    row = conn.execute(_CUSTOMER, {"case_id": case_id}).first()
    return (row.brand, row.customer, row.reference) if row else None


def case_by_reference(conn: Connection, brand: str, reference: str) -> int | None:
    return conn.execute(_BY_REFERENCE, {"brand": brand, "reference": reference}).scalar()


_BY_REFERENCE = select(cases.c.id).where(cases.c.brand == bindparam("brand"),
                                         cases.c.reference == bindparam("reference"))


def _email_count():
    return (select(func.count()).where(messages.c.case_id == cases.c.id)
            .scalar_subquery().label("emails"))


def list_cases(conn: Connection, *, status: str | None = None, brand: str | None = None,
               limit: int | None = None) -> list[StoredCase]:
    query = select(*_CASE_COLUMNS, _email_count()).order_by(cases.c.id)
    if status:
        query = query.where(cases.c.status == status)
    if brand:
        query = query.where(cases.c.brand == brand)
    if limit:
        query = query.limit(limit)
    return [StoredCase.from_row(row) for row in conn.execute(query)]


def count_cases(conn: Connection) -> dict[str, int]:
    return {s: n for s, n in conn.execute(select(cases.c.status, func.count()).group_by(cases.c.status))}


# -- decisions ------------------------------------------------------------------

def add_decision(conn: Connection, case_id: int, *, status: str, result: dict, now: datetime,
                 message_id: int | None = None) -> int:
    return conn.execute(_INSERT_DECISION, {
        "case_id": case_id, "message_id": message_id, "status": status, "result": result, "created_at": now,
    }).inserted_primary_key[0]


def case_decisions(conn: Connection, case_id: int) -> list[StoredDecision]:
    rows = conn.execute(select(*decisions.c).where(decisions.c.case_id == case_id).order_by(decisions.c.id))
    return [StoredDecision.from_row(row) for row in rows]


# -- drafts ---------------------------------------------------------------------

def add_draft(conn: Connection, case_id: int, *, decision_id: int | None, template: str, subject: str,
              body: str, to_address: str | None, in_reply_to: str | None, message_id: str,
              now: datetime) -> int:
    """A new reply draft, pending approval."""
    return conn.execute(_INSERT_DRAFT, {
        "case_id": case_id, "decision_id": decision_id, "template": template, "subject": subject,
        "body": body, "to_address": to_address, "in_reply_to": in_reply_to, "status": "pending",
        "message_id": message_id, "created_at": now, "updated_at": now,
    }).inserted_primary_key[0]


def supersede_pending_drafts(conn: Connection, case_id: int, now: datetime) -> list[int]:
    """Mark the case's pending drafts superseded; returns their ids."""
    ids = list(conn.execute(
        select(drafts.c.id).where(drafts.c.case_id == case_id, drafts.c.status == "pending")
    ).scalars())
    if ids:
        conn.execute(update(drafts).where(drafts.c.id.in_(ids)).values(status="superseded", updated_at=now))
    return ids


def cases_of_reply_ids(conn: Connection, brand: str, header_ids: list[str]) -> list[int]:
    """The cases of our replies (drafts) whose Message-IDs are among these."""
    if not header_ids:
        return []
    return list(conn.execute(_CASES_OF_REPLIES, {"brand": brand, "ids": header_ids}).scalars())


def brand_of_drafts_case(brand=None):
    """``cases.brand = :brand`` in a query that goes from drafts to their case
    (by its primary key), written so that SQLite's planner keeps to the drafts'
    index: with a plain ``cases.brand = ?`` it walked every case of the brand
    (its (brand, reference) index) and each one's drafts, 10 ms a query at
    5,000 cases and growing with the store (a group commit asks twice)."""
    return cases.c.brand.concat("") == (bindparam("brand") if brand is None else brand)


_CASES_OF_REPLIES = (select(drafts.c.case_id).join(cases, cases.c.id == drafts.c.case_id)
                     .where(brand_of_drafts_case(),
                            drafts.c.message_id.in_(bindparam("ids", expanding=True))))


def get_draft(conn: Connection, draft_id: int) -> StoredDraft | None:
    row = conn.execute(select(*drafts.c).where(drafts.c.id == draft_id)).first()
    return StoredDraft.from_row(row) if row else None


def list_drafts(conn: Connection, *, status: str | None = None, case_id: int | None = None,
                limit: int | None = None) -> list[StoredDraft]:
    query = select(*drafts.c).order_by(drafts.c.id)
    if status:
        query = query.where(drafts.c.status == status)
    if case_id:
        query = query.where(drafts.c.case_id == case_id)
    if limit:
        query = query.limit(limit)
    return [StoredDraft.from_row(row) for row in conn.execute(query)]


def count_drafts(conn: Connection) -> dict[str, int]:
    return {s: n for s, n in conn.execute(select(drafts.c.status, func.count()).group_by(drafts.c.status))}


# -- review and sending -----------------------------------------------------------
# Each change of a draft's status is a conditional UPDATE (``WHERE status = …``),
# so two people (or two send runs) can never both move the same draft.

def change_draft(conn: Connection, draft_id: int, *, expected: str | tuple[str, ...], now: datetime,
                 **values) -> bool:
    """Set ``values`` on the draft only while its status is ``expected``;
    returns whether it was (and so was changed)."""
    expected = (expected,) if isinstance(expected, str) else expected
    result = conn.execute(update(drafts).where(drafts.c.id == draft_id, drafts.c.status.in_(expected))
                          .values(updated_at=now, **values))
    return result.rowcount == 1


def drafts_due(conn: Connection, now: datetime, limit: int | None = None) -> list[StoredDraft]:
    """Approved drafts ready to go out (never tried, or their retry time has come), oldest first."""
    query = (select(*drafts.c).where(drafts.c.status == "approved",
                                     (drafts.c.next_attempt_at.is_(None)) | (drafts.c.next_attempt_at <= now))
             .order_by(drafts.c.id))
    if limit:
        query = query.limit(limit)
    return [StoredDraft.from_row(row) for row in conn.execute(query)]


def claim_for_sending(conn: Connection, draft_id: int, now: datetime) -> bool:
    """approved → sending, counting the attempt; False when someone else took it."""
    return change_draft(conn, draft_id, expected="approved", now=now, status="sending",
                        attempts=drafts.c.attempts + 1, send_error=None)


def mark_sent(conn: Connection, draft_id: int, now: datetime) -> bool:
    return change_draft(conn, draft_id, expected="sending", now=now, status="sent", sent_at=now,
                        send_error=None, next_attempt_at=None)


def defer_sending(conn: Connection, draft_id: int, *, error: str, retry_at: datetime, now: datetime) -> bool:
    """sending → approved again, to be tried at ``retry_at`` (the server said 4xx)."""
    return change_draft(conn, draft_id, expected="sending", now=now, status="approved", send_error=error,
                        next_attempt_at=retry_at)


def fail_sending(conn: Connection, draft_id: int, *, error: str, now: datetime) -> bool:
    return change_draft(conn, draft_id, expected="sending", now=now, status="failed", send_error=error,
                        next_attempt_at=None)


def note_send_problem(conn: Connection, draft_id: int, *, error: str, now: datetime) -> bool:
    """Leave a draft in ``sending`` with a note for staff (it may have gone out)."""
    return change_draft(conn, draft_id, expected="sending", now=now, send_error=error)


def unflagged_sending(conn: Connection) -> list[StoredDraft]:
    """Drafts left in ``sending`` without a note: a send run stopped in the middle."""
    rows = conn.execute(select(*drafts.c).where(drafts.c.status == "sending", drafts.c.send_error.is_(None))
                        .order_by(drafts.c.id))
    return [StoredDraft.from_row(row) for row in rows]


def case_message_ids(conn: Connection, case_id: int) -> list[str]:
    """The Message-IDs of the case's emails, oldest first."""
    return list(conn.execute(select(messages.c.message_id)
                             .where(messages.c.case_id == case_id, messages.c.message_id.is_not(None))
                             .order_by(messages.c.id)).scalars())


def case_mailbox(conn: Connection, case_id: int) -> str | None:
    """The mailbox the case's latest email arrived in."""
    return conn.execute(select(messages.c.mailbox).where(messages.c.case_id == case_id)
                        .order_by(messages.c.id.desc()).limit(1)).scalar()


def pending_queue(conn: Connection, brand: str | None = None):
    """Rows of the pending drafts with their case, oldest first: draft_id,
    case_id, decision_id, template, subject, to_address, created_at, brand,
    reference, customer, outcome, request_time, case_created_at."""
    query = (select(drafts.c.id.label("draft_id"), drafts.c.case_id, drafts.c.decision_id, drafts.c.template,
                    drafts.c.subject, drafts.c.to_address, drafts.c.created_at, cases.c.brand, cases.c.reference,
                    cases.c.customer, cases.c.outcome, cases.c.request_time,
                    cases.c.created_at.label("case_created_at"))
             .join(cases, cases.c.id == drafts.c.case_id)
             .where(drafts.c.status == "pending")
             .order_by(drafts.c.created_at, drafts.c.id))
    if brand:
        query = query.where(cases.c.brand == brand)
    return conn.execute(query).all()


def decision_results(conn: Connection, decision_ids: list[int]) -> dict[int, dict]:
    if not decision_ids:
        return {}
    rows = conn.execute(select(decisions.c.id, decisions.c.result).where(decisions.c.id.in_(decision_ids)))
    return {row.id: row.result for row in rows}


def case_draft_ids(conn: Connection, case_id: int) -> list[int]:
    return list(conn.execute(select(drafts.c.id).where(drafts.c.case_id == case_id)).scalars())
