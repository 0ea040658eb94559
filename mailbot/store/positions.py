"""How far each mailbox has been read, and whether its polls succeed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.exc import IntegrityError

from mailbot.sources.base import Position
from mailbot.store.database import utc
from mailbot.store.schema import mailbox_positions


@dataclass(frozen=True, slots=True)
class MailboxState:
    mailbox: str
    uidvalidity: int
    last_uid: int
    last_poll_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    consecutive_failures: int
    errors_total: int = 0
    """Failed polls since the mailbox was first read (``mailbot_mailbox_errors_total``)."""

    @property
    def position(self) -> Position:
        return Position(self.uidvalidity, self.last_uid)

    def as_dict(self) -> dict:
        return {
            "mailbox": self.mailbox, "uidvalidity": self.uidvalidity, "last_uid": self.last_uid,
            "last_poll_at": self.last_poll_at.isoformat() if self.last_poll_at else None,
            "last_success_at": self.last_success_at.isoformat() if self.last_success_at else None,
            "last_error": self.last_error, "consecutive_failures": self.consecutive_failures,
            "errors_total": self.errors_total,
        }


def _state(row) -> MailboxState:
    values = row._asdict()
    values["last_poll_at"] = utc(values["last_poll_at"])
    values["last_success_at"] = utc(values["last_success_at"])
    return MailboxState(**values)


def mailbox_state(conn: Connection, mailbox: str) -> MailboxState | None:
    row = conn.execute(select(*mailbox_positions.c).where(mailbox_positions.c.mailbox == mailbox)).first()
    return _state(row) if row else None


def mailbox_position(conn: Connection, mailbox: str) -> Position | None:
    """The position to read from, or None for a mailbox never read."""
    state = mailbox_state(conn, mailbox)
    return state.position if state and (state.uidvalidity or state.last_uid) else None


def ensure_mailbox(conn: Connection, mailbox: str) -> None:
    """Create the mailbox's row if missing.  Two workers polling a new mailbox
    at once may both try: the loser's insert fails inside a savepoint and its
    transaction goes on with the winner's row."""
    if mailbox_state(conn, mailbox) is not None:
        return
    try:
        with conn.begin_nested():
            conn.execute(mailbox_positions.insert(), {
                "mailbox": mailbox, "uidvalidity": 0, "last_uid": 0, "consecutive_failures": 0,
                "errors_total": 0,
            })
    except IntegrityError:
        pass


_ADVANCE = update(mailbox_positions).where(mailbox_positions.c.mailbox == bindparam("name")).values(
    uidvalidity=bindparam("new_uidvalidity"), last_uid=bindparam("new_last_uid"))


def advance_position(conn: Connection, mailbox: str, uidvalidity: int, uid: str, current: Position | None) -> Position:
    """Move the position past ``uid`` (call inside the message's transaction).
    A new UIDVALIDITY starts the count again; Maildir keys (not numbers) leave
    ``last_uid`` alone.  Returns the new position."""
    after = position_after(uidvalidity, uid, current)
    if after != current:
        write_position(conn, mailbox, after)
    return after


def position_after(uidvalidity: int, uid: str, current: Position | None) -> Position:
    """The position past ``uid`` (pure: :func:`advance_position` without the write)."""
    last = current.last_uid if current and current.uidvalidity == uidvalidity else 0
    if uid.isdigit():
        last = max(last, int(uid))
    return current if current == Position(uidvalidity, last) else Position(uidvalidity, last)


def write_position(conn: Connection, mailbox: str, position: Position) -> None:
    """Store ``position`` (a group commit writes its last one, once)."""
    conn.execute(_ADVANCE, {"name": mailbox, "new_uidvalidity": position.uidvalidity,
                            "new_last_uid": position.last_uid})


def record_poll(conn: Connection, mailbox: str, now: datetime, error: str | None = None) -> None:
    """Note a finished poll: success clears the error, failure counts up."""
    ensure_mailbox(conn, mailbox)
    table = mailbox_positions
    if error is None:
        values = {"last_poll_at": now, "last_success_at": now, "last_error": None, "consecutive_failures": 0}
    else:
        values = {"last_poll_at": now, "last_error": error,
                  "consecutive_failures": table.c.consecutive_failures + 1,
                  "errors_total": table.c.errors_total + 1}
    conn.execute(update(table).where(table.c.mailbox == mailbox).values(**values))


def list_mailbox_states(conn: Connection) -> list[MailboxState]:
    rows = conn.execute(select(*mailbox_positions.c).order_by(mailbox_positions.c.mailbox))
    return [_state(row) for row in rows]
