"""Staff accounts: who may sign in to the web UI, and as what.

Roles: ``staff`` review drafts (approve, edit, reject, escalate); ``admin``
may also manage accounts.  The *web UI* enforces roles.  The command line is
trusted: whoever has a shell on the server can read the database anyway, so
``mailbot users add`` needs no role, and ``--as`` only names who acted.

Passwords are kept as a scrypt hash, ``scrypt$n$r$p$salt$hash`` (salt and
hash in base64), compared in constant time, at current guidance (N=2^17, r=8,
p=1: 128 MiB and a few tenths of a second per check).  A hash made with weaker
parameters is replaced at the account's next successful sign-in.  A password
is never logged or stored, and appears in no error message.

Sessions are revocable: each account has a ``session_epoch`` that the web
session carries and every request compares.  Signing out, changing the
password and disabling the account move it (:func:`end_sessions`), which ends
every session of the account at its next request.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import IntegrityError

from mailbot.errors import MailbotError
from mailbot.store.database import utc
from mailbot.store.schema import USER_ROLES, users

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 17, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
SHORTEST_PASSWORD = 10
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,127}")


class UserError(MailbotError):
    """Raised when an account cannot be made or changed: the name is taken or
    malformed, the role unknown, the password too weak, the account missing."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    """``staff`` or ``admin``."""
    active: bool
    created_at: datetime
    session_epoch: int = 0
    """Moves when every session of the account must end (sign-out, new password, disabled)."""
    email: str | None = None
    """Where notices about the cases this account owns go (``users email``); None: the
    account name when it is an address, else the brand's ``escalation_address``."""

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "role": self.role, "active": self.active,
                "created_at": self.created_at.isoformat(), "email": self.email}


# -- password hashes --------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _maxmem(n: int, r: int) -> int:
    """scrypt needs 128·r·N bytes; Python's default ``maxmem`` (32 MiB) is below that for N=2^17."""
    return 128 * r * n * 2 + 2 ** 20


def hash_password(password: str, *, salt: bytes | None = None, n: int | None = None) -> str:
    """``scrypt$n$r$p$salt_b64$hash_b64`` of the password, with a fresh salt
    (``n``: the cost, default :data:`SCRYPT_N`)."""
    n = n or SCRYPT_N
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P,
                            dklen=HASH_BYTES, maxmem=_maxmem(n, SCRYPT_R))
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def needs_upgrade(stored: str) -> bool:
    """Whether a stored hash is weaker than current guidance (or not scrypt)."""
    try:
        scheme, n, r, p, _, _ = stored.split("$")
        return scheme != "scrypt" or int(n) < SCRYPT_N or int(r) < SCRYPT_R or int(p) < SCRYPT_P
    except ValueError:
        return True


def password_matches(password: str, stored: str) -> bool:
    """Whether ``password`` gives the stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        if int(n) > 2 ** 20 or int(r) > 32 or int(p) > 16:  # a stored value that would exhaust memory
            return False
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected), maxmem=_maxmem(int(n), int(r)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


_DUMMY: dict[int, str] = {}


def _dummy_hash() -> str:
    """A real hash to compare against when the name is unknown, so that a wrong
    name takes as long as a wrong password (made once, when first needed)."""
    if SCRYPT_N not in _DUMMY:
        _DUMMY[SCRYPT_N] = hash_password("not a password", salt=b"\0" * SALT_BYTES)
    return _DUMMY[SCRYPT_N]


def check_password_strength(password: str) -> None:
    if len(password) < SHORTEST_PASSWORD:
        raise UserError(f"password: too short, use at least {SHORTEST_PASSWORD} characters")
    if len(set(password)) < 4:
        raise UserError("password: too simple, use more different characters")


# -- accounts -------------------------------------------------------------------------

_USER_COLUMNS = (users.c.id, users.c.name, users.c.role, users.c.active, users.c.created_at,
                 users.c.session_epoch, users.c.email)


def _user(row) -> User:
    return User(id=row.id, name=row.name, role=row.role, active=bool(row.active), created_at=utc(row.created_at),
                session_epoch=row.session_epoch or 0, email=row.email)


def add_user(conn: Connection, name: str, role: str, password: str, now: datetime) -> User:
    """A new active account; UserError when the name is taken or malformed,
    the role unknown or the password weak."""
    if not _NAME.fullmatch(name or ""):
        raise UserError(f"user {name!r}: a name is 1-128 letters, digits and . _ @ + -, starting with a "
                        "letter or digit")
    if role not in USER_ROLES:
        raise UserError(f"user {name}: role must be one of {', '.join(USER_ROLES)}, got {role!r}")
    check_password_strength(password)
    if get_user_by_name(conn, name) is not None:
        raise UserError(f"user {name}: already exists")
    try:  # two at once: the unique key decides (the caller's transaction is then rolled back)
        user_id = conn.execute(users.insert(), {
            "name": name, "role": role, "password_hash": hash_password(password), "active": True,
            "created_at": now, "updated_at": now, "session_epoch": 0,
        }).inserted_primary_key[0]
    except IntegrityError:
        raise UserError(f"user {name}: already exists") from None
    return User(id=user_id, name=name, role=role, active=True, created_at=now, session_epoch=0)


def authenticate(conn: Connection, name: str, password: str, now: datetime | None = None) -> User | None:
    """The active account with this name and password; None otherwise
    (unknown name, wrong password or disabled account alike).  A hash made
    with weaker parameters is replaced by a current one (with ``now``)."""
    row = conn.execute(select(*_USER_COLUMNS, users.c.password_hash).where(users.c.name == name)).first()
    if row is None:
        password_matches(password, _dummy_hash())
        return None
    if not password_matches(password, row.password_hash) or not row.active:
        return None
    if now is not None and needs_upgrade(row.password_hash):
        conn.execute(update(users).where(users.c.id == row.id, users.c.password_hash == row.password_hash)
                     .values(password_hash=hash_password(password), updated_at=now))
    return _user(row)


def get_user(conn: Connection, user_id: int) -> User | None:
    row = conn.execute(select(*_USER_COLUMNS).where(users.c.id == user_id)).first()
    return _user(row) if row else None


def get_user_by_name(conn: Connection, name: str) -> User | None:
    row = conn.execute(select(*_USER_COLUMNS).where(users.c.name == name)).first()
    return _user(row) if row else None


def list_users(conn: Connection) -> list[User]:
    return [_user(row) for row in conn.execute(select(*_USER_COLUMNS).order_by(users.c.name))]


def set_active(conn: Connection, name: str, active: bool, now: datetime) -> User:
    """Enable or disable the account.  Disabling ends its sessions and stops
    it signing in (its history stays); enabling lets it sign in again."""
    values = {"active": active, "updated_at": now}
    if not active:
        values["session_epoch"] = users.c.session_epoch + 1
    result = conn.execute(update(users).where(users.c.name == name).values(**values))
    if result.rowcount != 1:
        raise UserError(f"user {name}: no such user")
    return get_user_by_name(conn, name)


def active_user_named(conn: Connection, name: str) -> User:
    """The active account ``name``; UserError when there is none or it is disabled."""
    user = get_user_by_name(conn, name)
    if user is None:
        raise UserError(f"--as {name}: no such staff account (see mailbot users list)")
    if not user.active:
        raise UserError(f"--as {name}: the account is disabled")
    return user


def disable_user(conn: Connection, name: str, now: datetime) -> User:
    """Disable the account: it can no longer sign in (its history stays)."""
    return set_active(conn, name, False, now)


def set_password(conn: Connection, name: str, password: str, now: datetime) -> User:
    """A new password for the account (checked for strength); every session
    of the account ends."""
    check_password_strength(password)
    result = conn.execute(update(users).where(users.c.name == name).values(
        password_hash=hash_password(password), session_epoch=users.c.session_epoch + 1, updated_at=now))
    if result.rowcount != 1:
        raise UserError(f"user {name}: no such user")
    return get_user_by_name(conn, name)


def set_email(conn: Connection, name: str, address: str | None, now: datetime) -> User:
    """Set (or, with None, clear) the address the account's notices go to."""
    address = (address or "").strip().lower() or None
    if address is not None and (len(address) > 320 or address.count("@") != 1 or " " in address
                                or not all(address.split("@"))):
        raise UserError(f"user {name}: {address!r} is not an email address")
    result = conn.execute(update(users).where(users.c.name == name).values(email=address, updated_at=now))
    if result.rowcount != 1:
        raise UserError(f"user {name}: no such user")
    return get_user_by_name(conn, name)


def notice_addresses(conn: Connection) -> dict[str, str]:
    """Account name → the address its notices go to, for the accounts that have one."""
    return {row.name: row.email for row in conn.execute(
        select(users.c.name, users.c.email).where(users.c.email.is_not(None)))}


def end_sessions(conn: Connection, user_id: int, now: datetime) -> None:
    """End every session of the account (sign-out)."""
    conn.execute(update(users).where(users.c.id == user_id)
                 .values(session_epoch=users.c.session_epoch + 1, updated_at=now))
