"""What an operator watches, read from the store: the figures behind
``/metrics`` and ``/healthz``.  Every process (worker, web workers, commands)
writes the same tables, so these are right whichever process answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, exists, func, select, text

from mailbot.store.database import utc
from mailbot.store.schema import audit_log, cases, drafts, messages

SEND_ACTIONS = {"draft.sent": "sent", "draft.send_deferred": "deferred", "draft.send_failed": "failed",
                "draft.send_interrupted": "interrupted"}
"""Audit-log actions that record one send attempt's result."""
OPEN_CASE_STATUSES = ("decided", "need_info")


@dataclass(frozen=True)
class OpenCase:
    """A case still waiting for its reply (for the overdue count)."""
    id: int
    brand: str
    request_time: datetime


def database_answers(conn: Connection) -> None:
    """A round trip to the database (raises its error when it does not answer)."""
    conn.execute(text("SELECT 1")).scalar_one()


def emails_by_mailbox(conn: Connection) -> dict[tuple[str, str], int]:
    """(mailbox, status) -> emails received there that ended so."""
    query = select(messages.c.mailbox, messages.c.status, func.count()).group_by(messages.c.mailbox,
                                                                                 messages.c.status)
    return {(mailbox, status): n for mailbox, status, n in conn.execute(query)}


def drafts_by_brand(conn: Connection) -> dict[tuple[str, str], int]:
    """(brand, draft status) -> drafts."""
    query = (select(cases.c.brand, drafts.c.status, func.count()).select_from(drafts.join(cases))
             .group_by(cases.c.brand, drafts.c.status))
    return {(brand, status): n for brand, status, n in conn.execute(query)}


def oldest_pending_drafts(conn: Connection) -> dict[str, datetime]:
    """brand -> when its oldest draft still waiting for review was made."""
    query = (select(cases.c.brand, func.min(drafts.c.created_at)).select_from(drafts.join(cases))
             .where(drafts.c.status == "pending").group_by(cases.c.brand))
    return {brand: utc(_as_datetime(oldest)) for brand, oldest in conn.execute(query) if oldest is not None}


def open_cases(conn: Connection) -> list[OpenCase]:
    """Cases that need a reply (decided or need_info) and have none sent yet."""
    replied = exists().where(and_(drafts.c.case_id == cases.c.id, drafts.c.status == "sent"))
    query = (select(cases.c.id, cases.c.brand, cases.c.request_time)
             .where(cases.c.status.in_(OPEN_CASE_STATUSES), cases.c.request_time.is_not(None), ~replied))
    return [OpenCase(i, brand, utc(when)) for i, brand, when in conn.execute(query)]


def send_results(conn: Connection) -> dict[str, int]:
    """result (sent, deferred, failed, interrupted) -> send attempts that ended so, ever."""
    query = (select(audit_log.c.action, func.count()).where(audit_log.c.action.in_(tuple(SEND_ACTIONS)))
             .group_by(audit_log.c.action))
    return {SEND_ACTIONS[action]: n for action, n in conn.execute(query)}


def _as_datetime(value) -> datetime | None:
    """``min()`` of a date-time column comes back as text on SQLite."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))
