"""Inbound emails: every one received, its raw bytes, and what became of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, bindparam, func, or_, select, update

from mailbot.store.database import utc
from mailbot.store.schema import messages

_SUMMARY = (
    messages.c.id, messages.c.mailbox, messages.c.uidvalidity, messages.c.uid, messages.c.message_id,
    messages.c.brand, messages.c.sender, messages.c.subject, messages.c.size, messages.c.internaldate,
    messages.c.status, messages.c.reason, messages.c.error, messages.c.case_id, messages.c.created_at,
)


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """One email as the store holds it (without its bytes)."""

    id: int
    mailbox: str
    uidvalidity: int
    uid: str
    message_id: str | None
    brand: str
    sender: str | None
    subject: str | None
    size: int
    internaldate: datetime | None
    status: str
    reason: str | None
    error: str | None
    case_id: int | None
    created_at: datetime

    @classmethod
    def from_row(cls, row) -> StoredMessage:
        values = row._asdict()
        values["internaldate"] = utc(values["internaldate"])
        values["created_at"] = utc(values["created_at"])
        return cls(**values)

    def as_dict(self) -> dict:
        return {
            "id": self.id, "message_id": self.message_id, "status": self.status, "mailbox": self.mailbox,
            "uidvalidity": self.uidvalidity, "uid": self.uid, "brand": self.brand, "sender": self.sender,
            "subject": self.subject, "size": self.size,
            "internaldate": self.internaldate.isoformat() if self.internaldate else None,
            "case_id": self.case_id, "reason": self.reason, "error": self.error,
            "created_at": self.created_at.isoformat(),
        }


# The statements of the ingest path are built once: building a statement costs
# more than running it.
_BY_UID = select(messages.c.id).where(
    messages.c.mailbox == bindparam("mailbox"), messages.c.uidvalidity == bindparam("uidvalidity"),
    messages.c.uid == bindparam("uid"))
_BY_MESSAGE_ID = select(messages.c.id).where(
    messages.c.brand == bindparam("brand"), messages.c.message_id == bindparam("message_id"))
_BY_EITHER = select(messages.c.id, messages.c.mailbox, messages.c.uidvalidity, messages.c.uid).where(or_(
    and_(messages.c.mailbox == bindparam("mailbox"), messages.c.uidvalidity == bindparam("uidvalidity"),
         messages.c.uid == bindparam("uid")),
    and_(messages.c.brand == bindparam("brand"), messages.c.message_id == bindparam("message_id"))))
_INSERT = messages.insert()


def stored_uid(conn: Connection, mailbox: str, uidvalidity: int, uid: str) -> int | None:
    """The id of the message already stored at this mailbox position, if any."""
    return conn.execute(_BY_UID, {"mailbox": mailbox, "uidvalidity": uidvalidity, "uid": uid}).scalar()


def stored_message_id(conn: Connection, brand: str, message_id: str) -> int | None:
    """The id of the message of this brand with this Message-ID, if any."""
    return conn.execute(_BY_MESSAGE_ID, {"brand": brand, "message_id": message_id}).scalar()


def stored_as(conn: Connection, *, mailbox: str, uidvalidity: int, uid: str, brand: str,
              message_id: str | None) -> tuple[int | None, int | None]:
    """One query for both unique keys: (id stored at this mailbox position,
    id of another message of the brand with this Message-ID)."""
    at_position = same_id = None
    for row in conn.execute(_BY_EITHER, {"mailbox": mailbox, "uidvalidity": uidvalidity, "uid": uid,
                                         "brand": brand, "message_id": message_id}):
        if (row.mailbox, row.uidvalidity, row.uid) == (mailbox, uidvalidity, uid):
            at_position = row.id
        else:
            same_id = row.id
    return at_position, same_id


def add_message(conn: Connection, *, mailbox: str, uidvalidity: int, uid: str, brand: str, size: int,
                raw: bytes | None, internaldate: datetime | None, status: str, now: datetime,
                message_id: str | None = None, sender: str | None = None, subject: str | None = None,
                reason: str | None = None, error: str | None = None, case_id: int | None = None,
                reading: str | None = None) -> int:
    result = conn.execute(_INSERT, {
        "mailbox": mailbox, "uidvalidity": uidvalidity, "uid": uid, "message_id": message_id,
        "brand": brand, "sender": sender, "subject": subject, "size": size, "internaldate": internaldate,
        "status": status, "reason": reason, "error": error, "case_id": case_id, "raw": raw,
        "reading": reading, "created_at": now, "updated_at": now,
    })
    return result.inserted_primary_key[0]


def set_message_outcome(conn: Connection, message_id: int, *, status: str, now: datetime,
                        case_id: int | None = None, reason: str | None = None, error: str | None = None,
                        header_id: str | None = None, sender: str | None = None,
                        subject: str | None = None, reading: str | None = None) -> None:
    """Record what became of a stored message (after a retry)."""
    values = {"status": status, "case_id": case_id, "reason": reason, "error": error, "updated_at": now}
    if reading is not None:
        values["reading"] = reading
    if header_id is not None:
        values["message_id"] = header_id
    if sender is not None:
        values["sender"] = sender
    if subject is not None:
        values["subject"] = subject
    conn.execute(update(messages).where(messages.c.id == message_id).values(**values))


def get_message(conn: Connection, message_id: int) -> StoredMessage | None:
    row = conn.execute(select(*_SUMMARY).where(messages.c.id == message_id)).first()
    return StoredMessage.from_row(row) if row else None


def raw_bytes(conn: Connection, message_id: int) -> bytes | None:
    return conn.execute(select(messages.c.raw).where(messages.c.id == message_id)).scalar()


def list_messages(conn: Connection, *, status: str | None = None, mailbox: str | None = None,
                  limit: int | None = None) -> list[StoredMessage]:
    query = select(*_SUMMARY).order_by(messages.c.id)
    if status:
        query = query.where(messages.c.status == status)
    if mailbox:
        query = query.where(messages.c.mailbox == mailbox)
    if limit:
        query = query.limit(limit)
    return [StoredMessage.from_row(row) for row in conn.execute(query)]


def case_message_rows(conn: Connection, case_id: int) -> list[tuple[int, bytes | None, datetime | None]]:
    """(id, raw, internaldate) of a case's emails, oldest first."""
    rows = conn.execute(
        select(messages.c.id, messages.c.raw, messages.c.internaldate)
        .where(messages.c.case_id == case_id).order_by(messages.c.id)
    ).all()
    return [(row.id, row.raw, utc(row.internaldate)) for row in rows]


def cases_of_message_ids(conn: Connection, brand: str, header_ids: list[str]) -> list[int]:
    """The cases whose emails carry one of these Message-IDs."""
    if not header_ids:
        return []
    return list(conn.execute(_CASES_OF_IDS, {"brand": brand, "ids": header_ids}).scalars())


_CASES_OF_IDS = select(messages.c.case_id).where(
    messages.c.brand == bindparam("brand"), messages.c.message_id.in_(bindparam("ids", expanding=True)),
    messages.c.case_id.is_not(None))


def count_by_status(conn: Connection) -> dict[str, int]:
    rows = conn.execute(select(messages.c.status, func.count()).group_by(messages.c.status))
    return {status: count for status, count in rows}
