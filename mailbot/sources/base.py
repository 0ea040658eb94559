"""The contract between a mailbox and the service layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterator, Protocol


@dataclass(frozen=True, slots=True)
class Position:
    """How far a mailbox has been read: IMAP UIDVALIDITY and the last UID
    whose message is committed.  A Maildir has ``uidvalidity`` 0 and relies on
    the store's unique keys instead."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True, slots=True)
class Fetched:
    """One email as a mailbox hands it over."""

    mailbox: str
    uidvalidity: int
    uid: str
    """The IMAP UID (as text) or the Maildir key."""
    raw: bytes | None
    """The whole message, or None when it is larger than the size limit."""
    size: int
    internaldate: datetime | None


class Source(Protocol):
    name: str

    def fetch_new(self, position: Position | None) -> Iterator[Fetched]:
        """Yield the emails after ``position``, oldest first."""

    def done(self, fetched: Fetched) -> None:
        """Called after the message's transaction commits (``move_to``)."""

    def close(self) -> None:
        """Release connections."""
