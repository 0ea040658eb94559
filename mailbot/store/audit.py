"""The audit log: who did what, when (the bot writes as ``mailbot``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select

from mailbot.store.database import utc
from mailbot.store.schema import audit_log

BOT = "mailbot"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    who: str
    action: str
    object_type: str
    object_id: str | None
    detail: str


def audit(conn: Connection, *, who: str, action: str, object_type: str, object_id: object = None,
          detail: str = "", at: datetime) -> None:
    conn.execute(audit_log.insert(), {
        "at": at, "who": who, "action": action, "object_type": object_type,
        "object_id": None if object_id is None else str(object_id), "detail": detail,
    })


def audit_entries(conn: Connection, *, object_type: str | None = None, object_id: object = None) -> list[AuditEntry]:
    query = select(*audit_log.c).order_by(audit_log.c.id)
    if object_type:
        query = query.where(audit_log.c.object_type == object_type)
    if object_id is not None:
        query = query.where(audit_log.c.object_id == str(object_id))
    entries = []
    for row in conn.execute(query):
        values = row._asdict()
        values["at"] = utc(values["at"])
        entries.append(AuditEntry(**values))
    return entries
