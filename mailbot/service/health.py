"""Is mailbot working?  The answer behind ``/healthz`` and ``mailbot status``.

Healthy means: the database answers, and every configured mailbox has had a
successful poll within three of its poll intervals (``poll_seconds``).  Each
mailbox's verdict records its reason, so the 503 says what is wrong.  The
facts come from the store's mailbox rows, which every poller writes (the
worker, ``mailbot poll --once``), so any process answers the same.

Decisions, as a support lead would want them:
- a mailbox never polled successfully is not healthy ("never polled
  successfully"): right after a deploy, ``/healthz`` turns 200 with the first
  good poll;
- a failing mailbox stays healthy while its last success is recent (a
  passing network blip is not an outage), but its ``last_error`` is shown;
- a Maildir mailbox (the demo) is held to the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError

from mailbot.config import Config
from mailbot.config.app import Mailbox
from mailbot.store.database import Store, driver_error
from mailbot.store.operations import database_answers
from mailbot.store.positions import MailboxState, list_mailbox_states

MISSED_POLLS = 3
"""A mailbox whose last success is older than this many poll intervals is unhealthy."""


@dataclass(frozen=True)
class MailboxHealth:
    mailbox: str
    brand: str
    ok: bool
    reason: str
    poll_seconds: int
    last_success_at: datetime | None = None
    last_poll_at: datetime | None = None
    last_error: str | None = None
    consecutive_failures: int = 0

    def as_dict(self) -> dict:
        return {"mailbox": self.mailbox, "brand": self.brand, "ok": self.ok, "reason": self.reason,
                "poll_seconds": self.poll_seconds,
                "last_success_at": self.last_success_at.isoformat() if self.last_success_at else None,
                "last_poll_at": self.last_poll_at.isoformat() if self.last_poll_at else None,
                "last_error": self.last_error, "consecutive_failures": self.consecutive_failures}


@dataclass(frozen=True)
class Health:
    database_ok: bool
    database_error: str | None
    mailboxes: list[MailboxHealth] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.database_ok and all(m.ok for m in self.mailboxes)

    @property
    def reasons(self) -> list[str]:
        found = [] if self.database_ok else [f"database: {self.database_error}"]
        return found + [f"{m.mailbox}: {m.reason}" for m in self.mailboxes if not m.ok]

    def as_dict(self) -> dict:
        return {"status": "ok" if self.ok else "failing", "reasons": self.reasons,
                "database": {"ok": self.database_ok, "error": self.database_error},
                "mailboxes": [m.as_dict() for m in self.mailboxes]}


def mailbox_health(mailbox: Mailbox, state: MailboxState | None, now: datetime) -> MailboxHealth:
    """One mailbox's verdict and its reason (a pure function of the stored row)."""
    allowed = timedelta(seconds=MISSED_POLLS * mailbox.poll_seconds)
    last_success = state.last_success_at if state else None
    if last_success is None:
        ok, reason = False, "never polled successfully" + (f": {state.last_error}" if state and state.last_error
                                                           else "")
    elif now - last_success > allowed:
        age = int((now - last_success).total_seconds())
        ok = False
        reason = f"no successful poll for {age} s (more than {MISSED_POLLS} × {mailbox.poll_seconds} s)"
        if state.last_error:
            reason += f": {state.last_error}"
    else:
        ok, reason = True, "polling"
    return MailboxHealth(mailbox.name, mailbox.brand, ok, reason, mailbox.poll_seconds, last_success,
                         state.last_poll_at if state else None, state.last_error if state else None,
                         state.consecutive_failures if state else 0)


def check_health(config: Config, store: Store, now: datetime) -> Health:
    """The database, then every configured mailbox; never raises for a database error."""
    try:
        with store.connect() as conn:
            database_answers(conn)
            states = {s.mailbox: s for s in list_mailbox_states(conn)}
    except SQLAlchemyError as e:
        return Health(False, driver_error(e), [
            MailboxHealth(m.name, m.brand, False, "unknown: the database does not answer", m.poll_seconds)
            for m in config.mailboxes])
    return Health(True, None, [mailbox_health(m, states.get(m.name), now) for m in config.mailboxes])
