"""Leases: which worker holds what, until when, under which fencing token.

A lease row names a thing (``mailbox:NAME`` for a mailbox, ``worker:ID`` for
a worker's own presence), its holder, an expiry and a fencing ``token`` that
goes up by one each time the lease changes hands.

- :func:`take_lease` takes a free, expired or own lease (one conditional
  UPDATE, so two takers never both win) and returns the new token.
- :func:`fence` is called inside every commit that moves a mailbox's
  position: an UPDATE of the lease row that matches only while the holder
  and the token are still ours, and extends the expiry.  On PostgreSQL the
  row stays locked until that commit, so a taker waits for it and then sees
  the extended expiry; on SQLite writers take turns anyway.  When the
  lease changed hands it raises :class:`~mailbot.errors.LeaseLost` and the
  commit is rolled back.
- :func:`renew_lease` and :func:`release_lease` for the heartbeat and a clean stop.

Why a lease row and not a PostgreSQL advisory lock: an advisory lock lives
in one database session, so it is lost silently behind a pooler, held on by
a half-dead connection until TCP gives up, invisible to ``mailbot status``
without reading ``pg_locks``, and does not exist on SQLite.  A row works on
both databases, shows who holds what, and its fencing token stops a worker
that was paused past its expiry from writing after another took over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.exc import IntegrityError

from mailbot.errors import LeaseLost
from mailbot.store.database import utc
from mailbot.store.schema import leases

MAILBOX = "mailbox:"
WORKER = "worker:"


@dataclass(frozen=True, slots=True)
class Lease:
    """One lease row as read."""

    name: str
    holder: str
    token: int
    acquired_at: datetime
    renewed_at: datetime
    expires_at: datetime

    @property
    def thing(self) -> str:
        """What is held, without its kind: the mailbox name or the worker id."""
        return self.name.partition(":")[2]

    def live(self, now: datetime) -> bool:
        return self.expires_at > now

    def as_dict(self) -> dict:
        return {"name": self.name, "holder": self.holder, "token": self.token,
                "acquired_at": self.acquired_at.isoformat(), "renewed_at": self.renewed_at.isoformat(),
                "expires_at": self.expires_at.isoformat()}


def _lease(row) -> Lease:
    values = row._asdict()
    for key in ("acquired_at", "renewed_at", "expires_at"):
        values[key] = utc(values[key])
    return Lease(**values)


def get_lease(conn: Connection, name: str) -> Lease | None:
    row = conn.execute(select(*leases.c).where(leases.c.name == name)).first()
    return _lease(row) if row else None


def list_leases(conn: Connection, prefix: str = "") -> list[Lease]:
    query = select(*leases.c).order_by(leases.c.name)
    if prefix:
        query = query.where(leases.c.name.startswith(prefix, autoescape=True))
    return [_lease(row) for row in conn.execute(query)]


def _insert_free(conn: Connection, name: str, now: datetime) -> None:
    """The lease row, expired and held by nobody, if it is missing.  Two
    workers may insert it at once: the loser's insert does nothing."""
    values = {"name": name, "holder": "", "token": 0, "acquired_at": now, "renewed_at": now, "expires_at": now}
    dialect = conn.dialect.name
    if dialect in ("postgresql", "sqlite"):
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        conn.execute(insert(leases).values(**values).on_conflict_do_nothing(index_elements=["name"]))
        return
    try:
        with conn.begin_nested():
            conn.execute(leases.insert().values(**values))
    except IntegrityError:
        pass


def take_lease(conn: Connection, name: str, holder: str, now: datetime, seconds: float,
               dead: frozenset[str] = frozenset()) -> int | None:
    """Take ``name`` for ``holder`` until ``now + seconds`` when it is free,
    expired, already ours, or held by one of ``dead`` (holders known to be
    gone).  Returns the new fencing token, or None when someone else holds it."""
    _insert_free(conn, name, now)  # a write first: on SQLite a read first could not become a write later
    free = (leases.c.expires_at <= now) | (leases.c.holder == holder) | (leases.c.holder == "")
    if dead:
        free = free | leases.c.holder.in_(sorted(dead))
    taken = conn.execute(update(leases).where(leases.c.name == name, free).values(
        holder=holder, token=leases.c.token + 1, acquired_at=now, renewed_at=now,
        expires_at=now + timedelta(seconds=seconds)))
    if taken.rowcount != 1:
        return None
    return conn.execute(select(leases.c.token).where(leases.c.name == name)).scalar_one()


def renew_lease(conn: Connection, name: str, holder: str, token: int, now: datetime, seconds: float) -> bool:
    """Extend our lease; False when it is no longer ours (another worker took it)."""
    renewed = conn.execute(update(leases).where(leases.c.name == name, leases.c.holder == holder,
                                                leases.c.token == token)
                           .values(renewed_at=now, expires_at=now + timedelta(seconds=seconds)))
    return renewed.rowcount == 1


def fence(conn: Connection, name: str, holder: str, token: int, now: datetime, seconds: float) -> None:
    """The fencing check of a commit that moves what ``name`` guards (call it
    inside that transaction): extends the lease, or raises LeaseLost."""
    if not renew_lease(conn, name, holder, token, now, seconds):
        current = get_lease(conn, name)
        by = f"{current.holder} (token {current.token})" if current else "nobody"
        raise LeaseLost(f"{name}: lease lost (our token {token}); now held by {by}")


def release_lease(conn: Connection, name: str, holder: str, token: int, now: datetime) -> bool:
    """Give the lease up at once (a clean stop): it expires now, the token stays."""
    released = conn.execute(update(leases).where(leases.c.name == name, leases.c.holder == holder,
                                                 leases.c.token == token)
                             .values(renewed_at=now, expires_at=now))
    return released.rowcount == 1


def forget_lease(conn: Connection, name: str, holder: str) -> None:
    """Delete a presence lease (a worker that stops cleanly, or one found dead)."""
    conn.execute(delete(leases).where(leases.c.name == name, leases.c.holder == holder))


def prune_workers(conn: Connection, before: datetime) -> int:
    """Delete the presence of workers that expired before ``before`` (dead ones
    leave theirs behind); returns how many."""
    pruned = conn.execute(delete(leases).where(leases.c.name.startswith(WORKER, autoescape=True),
                                               leases.c.expires_at < before))
    return pruned.rowcount


def live_workers(conn: Connection, now: datetime) -> set[str]:
    """The ids of the workers whose presence lease has not expired."""
    rows = conn.execute(select(leases.c.holder).where(leases.c.name.startswith(WORKER, autoescape=True),
                                                      leases.c.expires_at > now))
    return set(rows.scalars())
