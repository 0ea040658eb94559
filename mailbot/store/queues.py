"""Where every case stands, for the staff queues: one SQL expression decides.

A case's *queue* follows from its latest draft that was not superseded:

- ``review``: that draft is pending (mailbot's, or one written by hand);
- ``escalated``: staff handed it to a person;
- ``waiting``: a request for details went out (or is approved to go): the
  customer must answer;
- ``sent``: the reply went out (or is approved and on its way);
- ``closed``: the draft was rejected (a person answered another way, or no
  reply is needed); the case is still found by search;
- ``person``: no draft at all (``other``, a case made from an ignored email,
  a decision without a reply) or a reply that failed to send.

Ignored emails are not cases: :func:`ignored_messages` lists them.  Every
query orders by the customer's request time, oldest first (the case's
creation when the request time is unknown).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, case, func, or_, select, update
from sqlalchemy.sql import Select

from mailbot.store.database import utc
from mailbot.store.schema import audit_log, cases, drafts, messages

QUEUES = ("review", "escalated", "person", "waiting", "sent", "ignored")
"""The queues in the order the navigation shows them (``closed`` is reached by search)."""
CASE_STATES = ("review", "escalated", "person", "waiting", "sent", "closed")
ON_ITS_WAY = ("sent", "approved", "sending")
SORTS = {
    "request": "request time", "case": "case", "customer": "customer", "brand": "brand",
    "outcome": "outcome", "owner": "owner",
}

_latest = (select(drafts.c.case_id, func.max(drafts.c.id).label("draft_id"))
           .where(drafts.c.status != "superseded").group_by(drafts.c.case_id).subquery("latest"))
_draft = drafts.alias("latest_draft")
_asks = or_(_draft.c.template.like("%need_info"), _draft.c.template.like("%verify_sender"))

STATE = case(
    (_draft.c.status == "pending", "review"),
    (_draft.c.status == "escalated", "escalated"),
    (and_(_draft.c.status.in_(ON_ITS_WAY), _asks), "waiting"),
    (_draft.c.status.in_(ON_ITS_WAY), "sent"),
    (_draft.c.status == "rejected", "closed"),
    else_="person",
).label("state")
REQUEST_TIME = func.coalesce(cases.c.request_time, cases.c.created_at)


@dataclass(frozen=True)
class QueueRow:
    """One case as a queue lists it, with its latest draft (if any)."""

    case_id: int
    reference: str | None
    brand: str
    customer: str | None
    subject: str
    status: str
    outcome: str | None
    owner: str | None
    request_time: datetime | None
    created_at: datetime
    updated_at: datetime
    state: str
    draft_id: int | None
    draft_status: str | None
    template: str | None
    decision_id: int | None
    draft_updated_at: datetime | None
    sent_at: datetime | None
    hold_reason: str | None

    @property
    def started(self) -> datetime:
        """When the customer asked (else when the case was opened)."""
        return self.request_time or self.created_at


def _base() -> Select:
    return (select(cases.c.id.label("case_id"), cases.c.reference, cases.c.brand, cases.c.customer,
                   cases.c.subject, cases.c.status, cases.c.outcome, cases.c.owner, cases.c.request_time,
                   cases.c.created_at, cases.c.updated_at, STATE, _draft.c.id.label("draft_id"),
                   _draft.c.status.label("draft_status"), _draft.c.template, _draft.c.decision_id,
                   _draft.c.updated_at.label("draft_updated_at"), _draft.c.sent_at, _draft.c.hold_reason)
            .select_from(cases.outerjoin(_latest, _latest.c.case_id == cases.c.id)
                         .outerjoin(_draft, _draft.c.id == _latest.c.draft_id)))


def _row(row) -> QueueRow:
    values = row._asdict()
    for key in ("request_time", "created_at", "updated_at", "draft_updated_at", "sent_at"):
        values[key] = utc(values[key])
    return QueueRow(**values)


def _order(query: Select, sort: str, descending: bool) -> Select:
    column = {"request": REQUEST_TIME, "case": cases.c.id, "customer": cases.c.customer, "brand": cases.c.brand,
              "outcome": cases.c.outcome, "owner": cases.c.owner}.get(sort, REQUEST_TIME)
    first = column.desc() if descending else column.asc()
    return query.order_by(first, cases.c.id.desc() if descending else cases.c.id.asc())


def queue_rows(conn: Connection, *, state: str | None = None, brand: str | None = None, owner: str | None = None,
               case_ids: list[int] | None = None, sort: str = "request", descending: bool = False,
               limit: int | None = None, offset: int = 0) -> list[QueueRow]:
    """The cases of one queue (``state``; every case when None), filtered, sorted, one slice."""
    query = _filtered(_base(), state=state, brand=brand, owner=owner, case_ids=case_ids)
    query = _order(query, sort, descending)
    if limit:
        query = query.limit(limit).offset(offset)
    return [_row(row) for row in conn.execute(query)]


def count_rows(conn: Connection, *, state: str | None = None, brand: str | None = None, owner: str | None = None,
               case_ids: list[int] | None = None) -> int:
    query = _filtered(_base(), state=state, brand=brand, owner=owner, case_ids=case_ids)
    return conn.execute(select(func.count()).select_from(query.subquery())).scalar() or 0


def _filtered(query: Select, *, state, brand, owner, case_ids) -> Select:
    if state:
        query = query.where(STATE == state)
    if brand:
        query = query.where(cases.c.brand == brand)
    if owner:
        query = query.where(cases.c.owner == owner)
    if case_ids is not None:
        query = query.where(cases.c.id.in_(case_ids or [-1]))
    return query


def queue_counts(conn: Connection, *, owner: str | None = None) -> dict[str, int]:
    """How many cases each queue holds (and the ignored emails), for the navigation."""
    inner = _filtered(_base(), state=None, brand=None, owner=owner, case_ids=None).subquery()
    counts = {state: 0 for state in (*QUEUES, "closed")}
    for state, n in conn.execute(select(inner.c.state, func.count()).group_by(inner.c.state)):
        counts[state] = n
    if owner is None:
        counts["ignored"] = conn.execute(select(func.count()).where(messages.c.status == "ignored")).scalar() or 0
    else:
        counts["ignored"] = 0
    return counts


def case_row(conn: Connection, case_id: int) -> QueueRow | None:
    row = conn.execute(_base().where(cases.c.id == case_id)).first()
    return _row(row) if row else None


def next_in_review(conn: Connection, *, after_case: int | None = None, owner: str | None = None) -> int | None:
    """The oldest case waiting for review (other than ``after_case``), for "Approve and next"."""
    query = _order(_filtered(_base(), state="review", brand=None, owner=owner, case_ids=None), "request", False)
    if after_case is not None:
        query = query.where(cases.c.id != after_case)
    row = conn.execute(query.limit(1)).first()
    return row.case_id if row else None


def escalation_notes(conn: Connection, draft_ids: list[int]) -> dict[int, str]:
    """The note staff left when escalating each draft."""
    if not draft_ids:
        return {}
    rows = conn.execute(select(audit_log.c.object_id, audit_log.c.detail)
                        .where(audit_log.c.action == "draft.escalate", audit_log.c.object_type == "draft",
                               audit_log.c.object_id.in_([str(i) for i in draft_ids]))
                        .order_by(audit_log.c.id))
    notes = {}
    for object_id, detail in rows:
        _, _, note = (detail or "").partition(": ")
        notes[int(object_id)] = note
    return notes


# -- owners ---------------------------------------------------------------------------

def set_owner(conn: Connection, case_id: int, owner: str | None, now: datetime) -> bool:
    result = conn.execute(update(cases).where(cases.c.id == case_id).values(owner=owner, updated_at=now))
    return result.rowcount == 1


# -- ignored emails ---------------------------------------------------------------------

@dataclass(frozen=True)
class IgnoredEmail:
    id: int
    brand: str
    sender: str | None
    subject: str | None
    reason: str | None
    arrived: datetime | None
    created_at: datetime

    @property
    def started(self) -> datetime:
        return self.arrived or self.created_at


def ignored_messages(conn: Connection, *, brand: str | None = None, descending: bool = False,
                     limit: int | None = None, offset: int = 0) -> list[IgnoredEmail]:
    arrived = func.coalesce(messages.c.internaldate, messages.c.created_at)
    query = (select(messages.c.id, messages.c.brand, messages.c.sender, messages.c.subject, messages.c.reason,
                    messages.c.internaldate, messages.c.created_at)
             .where(messages.c.status == "ignored")
             .order_by(arrived.desc() if descending else arrived.asc(), messages.c.id))
    if brand:
        query = query.where(messages.c.brand == brand)
    if limit:
        query = query.limit(limit).offset(offset)
    return [IgnoredEmail(r.id, r.brand, r.sender, r.subject, r.reason, utc(r.internaldate), utc(r.created_at))
            for r in conn.execute(query)]


def count_ignored(conn: Connection, *, brand: str | None = None) -> int:
    query = select(func.count()).where(messages.c.status == "ignored")
    if brand:
        query = query.where(messages.c.brand == brand)
    return conn.execute(query).scalar() or 0
