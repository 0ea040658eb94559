"""The credential provider an IMAP or SMTP connection calls to sign in with XOAUTH2.

:meth:`OAuthCredentials.access_token` returns a token that is good for at
least ``margin`` more: the stored one, or a fresh one from the provider (the
rotated refresh token and the new access token are saved in one UPDATE over
the version they replace).  When the server refuses a token the provider
believed good (it expired early, the server dropped an IDLE connection at
expiry), :meth:`imap_login` and :meth:`smtp_login` refresh once and try again.

A refused refresh marks the account "needs sign-in" and raises
:class:`SignInNeeded`; so does every later call, without asking the provider
again, until ``mailbot auth login`` or ``auth import`` stores a new token.
The caller's position does not move: the poll fails before reading anything.

Two processes may refresh at once.  With rotation the loser's refresh token
is already spent and the provider refuses it: before marking the account, the
row is read again, and if it changed meanwhile the newer token is used.
Inside one process a lock per account keeps the poll, the IDLE watcher and
the sender from refreshing together.
"""

from __future__ import annotations

import base64
import logging
import threading
from datetime import timedelta
from typing import TYPE_CHECKING, Mapping

from mailbot.clock import Clock, SystemClock
from mailbot.config.app import Mailbox, SmtpServer
from mailbot.errors import OAuthError, SignInNeeded
from mailbot.oauth.providers import Provider, provider_for
from mailbot.oauth.tokens import Cipher, RefreshRefused, refresh
from mailbot.store import oauth as token_store

if TYPE_CHECKING:
    from mailbot.config import Config
    from mailbot.store.database import Store

log = logging.getLogger(__name__)

MARGIN = timedelta(minutes=5)
"""An access token is refreshed when it has less than this left."""

_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _lock(account: str) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(account, threading.Lock())


def login_name(settings: Mailbox | SmtpServer) -> str:
    """How ``mailbot auth`` names an account: the mailbox name, or ``smtp.NAME``."""
    return f"smtp.{settings.name}" if isinstance(settings, SmtpServer) else settings.name


def xoauth2_string(username: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64)."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01"


class OAuthCredentials:
    """The access tokens of one mailbox or SMTP server."""

    def __init__(self, settings: Mailbox | SmtpServer, store: "Store | None" = None, cipher: Cipher | None = None, *,
                 database_url: str = "", key_env: str = "MAILBOT_OAUTH2_KEY", clock: Clock | None = None,
                 environ: Mapping[str, str] | None = None, margin: timedelta = MARGIN,
                 provider: Provider | None = None):
        """``store`` and ``cipher`` may be left out: the database at
        ``database_url`` and the key in ``key_env`` are then opened on first
        use, so a missing key fails this account's sign-in, not the caller."""
        self.settings = settings
        self.account = settings.account
        self.provider = provider or provider_for(settings)
        self._store = store
        self._cipher = cipher
        self.database_url = database_url
        self.key_env = key_env
        self.clock = clock or SystemClock()
        self.environ = environ
        self.margin = margin
        self.refreshes = 0
        """How many times this provider was asked for a new token (tests, logs)."""

    @property
    def store(self) -> "Store":
        if self._store is None:
            from mailbot.store.database import Store

            self._store = Store.open(self.database_url)
            self._owns_store = True
        return self._store

    @property
    def cipher(self) -> Cipher:
        if self._cipher is None:
            self._cipher = Cipher.from_environment(self.key_env, self.environ)
        return self._cipher

    def close(self) -> None:
        """Close the database this provider opened itself."""
        if getattr(self, "_owns_store", False) and self._store is not None:
            self._store.close()
            self._store = None

    @property
    def label(self) -> str:
        return f"smtp.{self.settings.name}" if self.account.startswith("smtp:") else f"mailbox {self.settings.name}"

    def _sign_in_hint(self) -> str:
        name = login_name(self.settings)
        return f"run `mailbot auth login {name}` (or `mailbot auth import {name}`)"

    # -- tokens -------------------------------------------------------------------

    def access_token(self, stale: str | None = None) -> str:
        """A usable access token; ``stale`` is one the server just refused, so
        a token equal to it is refreshed whatever its stored expiry says."""
        cipher = self.cipher  # no key: say so first, whatever the store holds
        with _lock(self.account):
            for _ in range(2):
                with self.store.connect() as conn:
                    row = token_store.get_token(conn, self.account)
                if row is None or row.refresh_token is None and not row.needs_sign_in:
                    raise SignInNeeded(f"{self.label}: not signed in with OAuth2: {self._sign_in_hint()}")
                if row.needs_sign_in:
                    raise SignInNeeded(f"{self.label}: needs sign-in ({row.reason or 'token refused'}): "
                                       f"{self._sign_in_hint()}")
                current = cipher.decrypt(row.access_token) if row.access_token else None
                now = self.clock.now()
                if current and current != stale and (row.expires_at is None or row.expires_at - self.margin > now):
                    return current
                token = self._refresh(row)
                if token is not None:
                    return token
            raise SignInNeeded(f"{self.label}: the token kept changing while it was refreshed; try again")

    def _refresh(self, row) -> str | None:
        """Refresh from ``row``; None when another process changed the row first (read it again)."""
        now = self.clock.now()
        self.refreshes += 1
        try:
            grant = refresh(self.provider, self.cipher.decrypt(row.refresh_token), now, self.environ)
        except RefreshRefused as e:
            reason = str(e)
            with self.store.begin() as conn:
                marked = token_store.mark_needs_sign_in(conn, self.account, reason, now, expected_version=row.version)
            if not marked:
                return None
            log.error("%s: the OAuth2 provider refused to refresh the token: %s; it needs sign-in", self.label, reason)
            raise SignInNeeded(f"{self.label}: needs sign-in ({reason}): {self._sign_in_hint()}") from None
        except OAuthError as e:
            raise OAuthError(f"{self.label}: cannot refresh the OAuth2 token: {e}") from None
        with self.store.begin() as conn:
            saved = token_store.save_refresh(
                conn, self.account, expected_version=row.version, access_token=self.cipher.encrypt(grant.access_token),
                expires_at=grant.expires_at,
                refresh_token=self.cipher.encrypt(grant.refresh_token) if grant.refresh_token else None, now=now)
        if saved:
            log.info("%s: OAuth2 access token refreshed%s", self.label,
                     " (refresh token rotated)" if grant.refresh_token else "")
        else:
            log.info("%s: another process refreshed the OAuth2 token at the same time; using this one", self.label)
        return grant.access_token

    # -- signing in ---------------------------------------------------------------

    def imap_login(self, client, username: str) -> None:
        """XOAUTH2 on an imapclient connection; one refresh and retry if the
        server refuses a token believed good."""
        import imaplib

        from imapclient.exceptions import IMAPClientError

        token = self.access_token()
        try:
            client.oauth2_login(username, token)
            return
        except (imaplib.IMAP4.error, IMAPClientError) as e:
            log.info("%s: the IMAP server refused the access token (%s); refreshing it", self.label, e)
        client.oauth2_login(username, self.access_token(stale=token))

    def smtp_login(self, client, username: str) -> None:
        """XOAUTH2 on an smtplib connection (RFC 4954 AUTH), same retry as IMAP."""
        import smtplib

        token = self.access_token()
        try:
            _smtp_xoauth2(client, username, token)
            return
        except smtplib.SMTPAuthenticationError as e:
            log.info("%s: the SMTP server refused the access token (%s); refreshing it", self.label, e.smtp_code)
        _smtp_xoauth2(client, username, self.access_token(stale=token))


def _smtp_xoauth2(client, username: str, token: str) -> None:
    answers = iter((xoauth2_string(username, token), ""))

    def respond(challenge: bytes | None = None) -> str:
        # First the initial response; after an error challenge (334 + JSON), an empty line.
        return next(answers, "")

    client.ehlo_or_helo_if_needed()
    client.auth("XOAUTH2", respond, initial_response_ok=True)


def decoded_xoauth2(blob: str) -> tuple[str, str]:
    """(user, token) of a base64 XOAUTH2 response (for servers in tests)."""
    text = base64.b64decode(blob).decode()
    parts = dict(p.split("=", 1) for p in text.split("\x01") if "=" in p)
    return parts.get("user", ""), parts.get("auth", "").removeprefix("Bearer ")


def credentials_for(settings: Mailbox | SmtpServer, config: "Config", *, store: "Store" | None = None,
                    clock: Clock | None = None, environ: Mapping[str, str] | None = None) -> OAuthCredentials | None:
    """The credential provider of a mailbox or SMTP server with ``auth =
    "xoauth2"`` (None for a password).  Without ``store`` it opens the
    configured database when first asked for a token."""
    if getattr(settings, "auth", "password") != "xoauth2":
        return None
    return OAuthCredentials(settings, store, database_url=config.database_url, key_env=config.oauth2_key_env,
                            clock=clock, environ=environ)
