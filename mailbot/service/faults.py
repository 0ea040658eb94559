"""Passing faults and the email's own faults, told apart.

A fault that passes (the database locked by another writer, unreachable,
restarting, out of disk space; a lease lost to another worker) says nothing
about the email in hand: the email must stay unstored and the mailbox
position unmoved, and the poll is tried again later with backoff.  Only the
email's own faults (it cannot be parsed, a value in it does not fit a column,
a bug met on its content) mark it ``failed`` for staff.

Decisions:

- every ``OperationalError`` counts as passing: on SQLite it covers "database
  is locked", "disk is full", "unable to open database", and also a missing
  table (a schema not upgraded is not the email's fault either); on
  PostgreSQL it is the class of connection, resource (disk full, too many
  connections), operator (shutdown) and serialization/deadlock errors;
- a ``DataError`` or ``IntegrityError`` is the email's (a value that does
  not fit), except a unique-key race, handled by the ingest itself;
- an ``OSError`` counts as passing only for no space, quota or a read-only
  file system (``ENOSPC``, ``EDQUOT``, ``EROFS``).
"""

from __future__ import annotations

import errno

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from mailbot.errors import LeaseLost, TransientFault

_PASSING_OS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS}
_PASSING_SQLSTATE_CLASSES = ("08", "53", "57", "58", "40")
"""PostgreSQL: connection, insufficient resources, operator intervention,
system error, transaction rollback (serialization failure, deadlock)."""


def _chain(error: BaseException):
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__


def is_passing(error: BaseException) -> bool:
    """True for a fault that says nothing about the email in hand."""
    for e in _chain(error):
        if isinstance(e, (LeaseLost, TransientFault, OperationalError, InterfaceError)):
            return True
        if isinstance(e, DBAPIError) and e.connection_invalidated:
            return True
        code = getattr(e, "pgcode", None)
        if isinstance(code, str) and code[:2] in _PASSING_SQLSTATE_CLASSES:
            return True
        if isinstance(e, OSError) and e.errno in _PASSING_OS:
            return True
        if type(e).__name__ == "OperationalError":  # the driver's own (sqlite3, psycopg2)
            return True
    return False


def fault_reason(error: BaseException) -> str:
    """The fault as one line for the log and ``mailbot status``: the driver's
    words (psycopg2 spreads them over several lines), never a traceback."""
    reason = getattr(error, "orig", None) or error
    text = " ".join(str(reason).split())
    name = type(reason).__name__
    if isinstance(error, OSError) and error.errno in _PASSING_OS:
        text = f"{error.strerror} ({error.filename})" if error.filename else (error.strerror or text)
    return f"{name}: {text}" if text else name


def is_unique_race(error: BaseException) -> bool:
    """An IntegrityError from a unique key another writer filled first."""
    orig = getattr(error, "orig", None)
    code = getattr(orig, "pgcode", None)
    if code is not None:
        return code == "23505"
    return "UNIQUE constraint failed" in str(orig or error)
