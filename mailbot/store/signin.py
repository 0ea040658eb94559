"""The sign-in limit, counted atomically in the store.

A sign-in *reserves* a try before its password is checked: one conditional
``UPDATE … SET tries = tries + 1 WHERE key = … AND tries < limit``, which the
database runs one at a time for a row (SQLite locks the file, PostgreSQL the
row and re-checks the condition).  So 30 sign-ins at once for one account from
one client get exactly ``limit`` password checks, in every web process alike.
The row is made first with ``INSERT … ON CONFLICT DO NOTHING`` (both
databases), and its window restarts, by another conditional ``UPDATE``, once
it is older than the window.

Keys (decided for a support team behind one office address):

- ``account:NAME|client:ADDRESS``: 5 tries per 15 minutes for one account from
  one client.  A stranger elsewhere cannot lock an account out, because the
  client is part of the key (the client address comes through the trusted-proxy
  setting, :mod:`mailbot.web`).
- ``client:ADDRESS``: 50 tries per 15 minutes from one client over every account
  name (password spraying).

A successful sign-in clears its account-and-client row and gives back its try
on the client row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from mailbot.store.schema import sign_in_limits

MAX_KEY = 400


@dataclass(frozen=True, slots=True)
class Limit:
    """At most ``tries`` in ``window`` for one key."""

    tries: int
    window: timedelta


ACCOUNT_AND_CLIENT = Limit(5, timedelta(minutes=15))
CLIENT = Limit(50, timedelta(minutes=15))
PRUNE_AFTER = timedelta(days=1)
"""Rows whose window started longer ago than this are deleted (the table stays small)."""


def account_key(name: str, client: str) -> str:
    return f"account:{name}|client:{client}"[:MAX_KEY]


def client_key(client: str) -> str:
    return f"client:{client}"[:MAX_KEY]


def _insert(conn: Connection):
    dialect = conn.dialect.name
    if dialect == "postgresql":
        return postgresql.insert(sign_in_limits)
    if dialect == "sqlite":
        return sqlite.insert(sign_in_limits)
    raise NotImplementedError(f"the sign-in limit needs SQLite or PostgreSQL, not {dialect}")


def reserve(conn: Connection, key: str, limit: Limit, now: datetime) -> bool:
    """Take one try for ``key``; False when its tries in the window are used up.
    Call it in a transaction of its own, committed before the password check.
    Rows a day past their window are pruned on the way; a row pruned by
    another request between our statements is simply made again."""
    conn.execute(delete(sign_in_limits).where(sign_in_limits.c.window_start <= now - PRUNE_AFTER))
    for _ in range(2):
        conn.execute(_insert(conn).values(key=key, window_start=now, tries=0).on_conflict_do_nothing())
        conn.execute(update(sign_in_limits)
                     .where(sign_in_limits.c.key == key, sign_in_limits.c.window_start <= now - limit.window)
                     .values(window_start=now, tries=0))
        taken = conn.execute(update(sign_in_limits)
                             .where(sign_in_limits.c.key == key, sign_in_limits.c.tries < limit.tries)
                             .values(tries=sign_in_limits.c.tries + 1))
        if taken.rowcount == 1:
            return True
        if conn.execute(select(sign_in_limits.c.key).where(sign_in_limits.c.key == key)).first() is not None:
            return False  # the row is there and its tries are used up
    return False


def give_back(conn: Connection, key: str) -> None:
    """Return one try (a sign-in that succeeded)."""
    conn.execute(update(sign_in_limits).where(sign_in_limits.c.key == key, sign_in_limits.c.tries > 0)
                 .values(tries=sign_in_limits.c.tries - 1))


def clear(conn: Connection, key: str) -> None:
    conn.execute(delete(sign_in_limits).where(sign_in_limits.c.key == key))


def tries_used(conn: Connection, key: str) -> int:
    return conn.execute(select(sign_in_limits.c.tries).where(sign_in_limits.c.key == key)).scalar() or 0
