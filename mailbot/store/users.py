"""Staff accounts: who may sign in to the web UI, and as what.

Roles: ``staff`` review drafts (approve, edit, reject, escalate); ``admin``
may also manage accounts.  The *web UI* enforces roles.  The command line is
trusted: whoever has a shell on the server can read the database anyway, so
``mailbot users add`` needs no role, and ``--as`` only names who acted.

Passwords are kept as a scrypt hash, ``scrypt$n$r$p$salt$hash`` (salt and
hash in base64), compared in constant time.  A password is never logged or
stored, and appears in no error message.
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

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
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

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "role": self.role, "active": self.active,
                "created_at": self.created_at.isoformat()}


# -- password hashes --------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt_b64$hash_b64`` of the password, with a fresh salt."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            dklen=HASH_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def password_matches(password: str, stored: str) -> bool:
    """Whether ``password`` gives the stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected), maxmem=128 * int(r) * int(n) * 2 + 2 ** 20)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


# A real hash to compare against when the name is unknown, so that a wrong
# name takes as long as a wrong password.
_DUMMY_HASH = hash_password("not a password", salt=b"\0" * SALT_BYTES)


def check_password_strength(password: str) -> None:
    if len(password) < SHORTEST_PASSWORD:
        raise UserError(f"password: too short, use at least {SHORTEST_PASSWORD} characters")
    if len(set(password)) < 4:
        raise UserError("password: too simple, use more different characters")


# -- accounts -------------------------------------------------------------------------

_USER_COLUMNS = (users.c.id, users.c.name, users.c.role, users.c.active, users.c.created_at)


def _user(row) -> User:
    return User(id=row.id, name=row.name, role=row.role, active=bool(row.active), created_at=utc(row.created_at))


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
            "created_at": now, "updated_at": now,
        }).inserted_primary_key[0]
    except IntegrityError:
        raise UserError(f"user {name}: already exists") from None
    return User(id=user_id, name=name, role=role, active=True, created_at=now)


def authenticate(conn: Connection, name: str, password: str) -> User | None:
    """The active account with this name and password; None otherwise
    (unknown name, wrong password or disabled account alike)."""
    row = conn.execute(select(*_USER_COLUMNS, users.c.password_hash).where(users.c.name == name)).first()
    if row is None:
        password_matches(password, _DUMMY_HASH)
        return None
    if not password_matches(password, row.password_hash) or not row.active:
        return None
    return _user(row)


def get_user(conn: Connection, user_id: int) -> User | None:
    row = conn.execute(select(*_USER_COLUMNS).where(users.c.id == user_id)).first()
    return _user(row) if row else None


def get_user_by_name(conn: Connection, name: str) -> User | None:
    row = conn.execute(select(*_USER_COLUMNS).where(users.c.name == name)).first()
    return _user(row) if row else None


def list_users(conn: Connection) -> list[User]:
    return [_user(row) for row in conn.execute(select(*_USER_COLUMNS).order_by(users.c.name))]


def disable_user(conn: Connection, name: str, now: datetime) -> User:
    """Disable the account: it can no longer sign in (its history stays)."""
    result = conn.execute(update(users).where(users.c.name == name).values(active=False, updated_at=now))
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


# Minimal versions for the admin users page (issue 13); helper i10a's versions
# (with session revocation) take precedence at merge.

def set_password(conn: Connection, name: str, password: str, now: datetime) -> User:
    """Give the account a new password (checked for strength)."""
    check_password_strength(password)
    result = conn.execute(update(users).where(users.c.name == name)
                          .values(password_hash=hash_password(password), updated_at=now))
    if result.rowcount != 1:
        raise UserError(f"user {name}: no such user")
    return get_user_by_name(conn, name)


def set_active(conn: Connection, name: str, active: bool, now: datetime) -> User:
    """Enable or disable the account (a disabled one cannot sign in; its history stays)."""
    result = conn.execute(update(users).where(users.c.name == name).values(active=active, updated_at=now))
    if result.rowcount != 1:
        raise UserError(f"user {name}: no such user")
    return get_user_by_name(conn, name)
