"""OAuth2 tokens of mailboxes and SMTP servers, and the "needs sign-in" mark.

The store keeps tokens exactly as it is given them: already encrypted by
:mod:`mailbot.oauth.tokens` (it never sees a token in the clear).  Every
change bumps ``version``; a refresh is saved only over the version it started
from (:func:`save_refresh`), so access token, expiry and the rotated refresh
token change together, in one UPDATE, or not at all.

An account is ``mailbox:NAME`` or ``smtp:NAME`` (``Mailbox.account``,
``SmtpServer.account``).  :func:`needs_sign_in` is what ``mailbot status``,
the staff banner, ``/healthz`` and ``/metrics`` ask.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import IntegrityError

from mailbot.store.schema import oauth_tokens


@dataclass(frozen=True, slots=True)
class StoredToken:
    """One account's row; ``refresh_token`` and ``access_token`` are ciphertext."""

    account: str
    provider: str
    refresh_token: str | None
    access_token: str | None
    expires_at: datetime | None
    needs_sign_in: bool
    reason: str | None
    version: int
    signed_in_at: datetime | None
    refreshed_at: datetime | None
    updated_at: datetime

    @property
    def name(self) -> str:
        """The mailbox or SMTP server name, without its kind."""
        return self.account.split(":", 1)[-1]

    @property
    def kind(self) -> str:
        return self.account.split(":", 1)[0]


def get_token(conn: Connection, account: str) -> StoredToken | None:
    row = conn.execute(select(*oauth_tokens.c).where(oauth_tokens.c.account == account)).first()
    return StoredToken(**row._asdict()) if row else None


def list_tokens(conn: Connection) -> list[StoredToken]:
    rows = conn.execute(select(*oauth_tokens.c).order_by(oauth_tokens.c.account))
    return [StoredToken(**row._asdict()) for row in rows]


def needs_sign_in(conn: Connection) -> list[str]:
    """The accounts (``mailbox:NAME``, ``smtp:NAME``) whose provider refused
    their token: they wait for ``mailbot auth login`` or ``auth import``."""
    rows = conn.execute(select(oauth_tokens.c.account).where(oauth_tokens.c.needs_sign_in.is_(True))
                        .order_by(oauth_tokens.c.account))
    return list(rows.scalars())


def needs_sign_in_reasons(conn: Connection) -> dict[str, str]:
    """Each account that needs sign-in, with the provider's reason."""
    rows = conn.execute(select(oauth_tokens.c.account, oauth_tokens.c.reason)
                        .where(oauth_tokens.c.needs_sign_in.is_(True)).order_by(oauth_tokens.c.account))
    return {account: reason or "" for account, reason in rows}


def save_sign_in(conn: Connection, account: str, provider: str, *, refresh_token: str,
                 access_token: str | None, expires_at: datetime | None, now: datetime) -> int:
    """A new sign-in (``auth login`` / ``auth import``): replaces whatever was
    stored and clears "needs sign-in".  Returns the new version."""
    values = {"provider": provider, "refresh_token": refresh_token, "access_token": access_token,
              "expires_at": expires_at, "needs_sign_in": False, "reason": None, "signed_in_at": now,
              "refreshed_at": now if access_token else None, "updated_at": now}
    current = get_token(conn, account)
    if current is None:
        try:
            with conn.begin_nested():
                conn.execute(oauth_tokens.insert().values(account=account, version=1, **values))
            return 1
        except IntegrityError:  # another sign-in inserted it meanwhile: replace it
            current = get_token(conn, account)
    conn.execute(update(oauth_tokens).where(oauth_tokens.c.account == account)
                 .values(version=oauth_tokens.c.version + 1, **values))
    return current.version + 1


def save_refresh(conn: Connection, account: str, *, expected_version: int, access_token: str,
                 expires_at: datetime | None, refresh_token: str | None, now: datetime) -> bool:
    """Store a refreshed access token (and the rotated refresh token, if the
    provider sent one) only over ``expected_version``.  False: another process
    changed the row first (its tokens are kept)."""
    values = {"access_token": access_token, "expires_at": expires_at, "refreshed_at": now, "updated_at": now,
              "version": expected_version + 1}
    if refresh_token:
        values["refresh_token"] = refresh_token
    result = conn.execute(update(oauth_tokens).where(oauth_tokens.c.account == account,
                                                     oauth_tokens.c.version == expected_version).values(**values))
    return result.rowcount == 1


def mark_needs_sign_in(conn: Connection, account: str, reason: str, now: datetime, *,
                       expected_version: int | None = None, provider: str = "") -> bool:
    """Mark the account "needs sign-in" with the provider's ``reason``; only
    over ``expected_version`` when given (a newer sign-in wins).  An account
    never signed in gets a row so that status pages show it."""
    table = oauth_tokens
    if get_token(conn, account) is None:
        try:
            with conn.begin_nested():
                conn.execute(table.insert().values(account=account, provider=provider or "unknown", version=1,
                                                   needs_sign_in=True, reason=reason, updated_at=now))
            return True
        except IntegrityError:
            pass
    where = [table.c.account == account]
    if expected_version is not None:
        where.append(table.c.version == expected_version)
    result = conn.execute(update(table).where(*where).values(
        needs_sign_in=True, reason=reason, access_token=None, updated_at=now, version=table.c.version + 1))
    return result.rowcount == 1


def forget(conn: Connection, account: str) -> bool:
    """Delete an account's tokens (``mailbot auth logout``)."""
    return conn.execute(oauth_tokens.delete().where(oauth_tokens.c.account == account)).rowcount == 1
