"""An IMAP mailbox read through imapclient.

The position is the folder's UIDVALIDITY and the last UID whose message is
committed.  New mail is found with ``UID SEARCH UID last+1:*`` and fetched in
batches with ``BODY.PEEK[]`` (so nothing is marked read); sizes come first, and
an email over ``max_bytes`` is handed over without its bytes.  The FETCH
answers are read by :mod:`mailbot.sources.imap_fetch` (imapclient's own parser
for any answer of an unusual shape).  Nothing is ever
deleted; with ``move_to`` set, :meth:`ImapSource.done` moves the email once the
caller has committed it.

A connection lost in the middle of a pass is opened again (a few times, with
backoff and jitter) and the pass resumes after the last email handed over.
"""

from __future__ import annotations

import imaplib
import logging
import os
import random
import socket
import ssl
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterator, Mapping

import imapclient
from imapclient.exceptions import IMAPClientError

from mailbot.config.app import Mailbox
from mailbot.errors import MailbotError, SourceError
from mailbot.sources import imap_fetch
from mailbot.sources.base import Fetched, Position

log = logging.getLogger(__name__)

PLAIN_HOSTS = ("127.0.0.1",)
"""``security = "none"`` is refused for any other host."""

CONNECTION_ERRORS = (imaplib.IMAP4.abort, OSError, socket.timeout, EOFError, ssl.SSLError)
"""Errors after which a new connection may succeed."""

IMAP_ERRORS = CONNECTION_ERRORS + (imaplib.IMAP4.error, IMAPClientError)


@dataclass(frozen=True)
class Reconnect:
    """How a pass retries a lost connection before giving up."""

    attempts: int = 3
    first_delay: float = 0.5
    max_delay: float = 8.0

    def delay(self, attempt: int) -> float:
        """Exponential backoff with full jitter (attempt counts from 1)."""
        ceiling = min(self.max_delay, self.first_delay * 2 ** (attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)


def mailbox_password(mailbox: Mailbox, environ: Mapping[str, str] | None = None) -> str:
    """The password from the environment variable named by ``password_env``."""
    environ = os.environ if environ is None else environ
    if not mailbox.password_env:
        raise SourceError(f"mailbox {mailbox.name}: password_env is not set")
    password = environ.get(mailbox.password_env)
    if password is None:
        raise SourceError(f"mailbox {mailbox.name}: environment variable {mailbox.password_env} is not set")
    return password


class ImapConnection:
    """One logged-in IMAP connection to a mailbox: TLS as configured, the
    password from the environment, errors as :class:`SourceError`.

    :meth:`_create_client` makes the imapclient object (as imapclient's own
    ``_create_IMAP4``), so tests may swap the transport.  ``credentials``
    (for ``auth = "xoauth2"``, see :mod:`mailbot.oauth.credentials`) signs in
    with a fresh OAuth2 token instead of the password, on every connection.
    """

    def __init__(self, mailbox: Mailbox, *, password: str | None = None,
                 ssl_context: ssl.SSLContext | None = None, timeout: float = 60.0,
                 environ: Mapping[str, str] | None = None, credentials=None):
        self.mailbox = mailbox
        self.credentials = credentials
        self.name = mailbox.name
        self._password = password
        self._environ = environ
        self.ssl_context = ssl_context
        self.timeout = timeout
        self.client: imapclient.IMAPClient | None = None
        self.connections = 0
        """How many times a connection was opened."""

    # -- connecting -------------------------------------------------------

    def _create_client(self) -> imapclient.IMAPClient:
        box = self.mailbox
        if box.security == "none" and box.host not in PLAIN_HOSTS:
            raise SourceError(f"mailbox {box.name}: security 'none' is allowed only for 127.0.0.1, "
                              f"not {box.host}")
        context = self.ssl_context or ssl.create_default_context()
        client = imapclient.IMAPClient(box.host, port=box.port, ssl=box.security == "ssl",
                                       ssl_context=context if box.security == "ssl" else None,
                                       timeout=self.timeout)
        if box.security == "starttls":
            client.starttls(context)
        return client

    def open(self) -> imapclient.IMAPClient:
        """Connect and log in (once); the client stays open until :meth:`close`."""
        if self.client is not None:
            return self.client
        box = self.mailbox
        password = None
        if self.credentials is None:
            password = self._password if self._password is not None else mailbox_password(box, self._environ)
        else:
            self.credentials.access_token()  # no usable token: fail before connecting (SignInNeeded, OAuthError)
        try:
            client = self._create_client()
        except SourceError:
            raise
        except IMAP_ERRORS as e:
            raise self.error(f"cannot connect to {box.host}:{box.port}", e) from None
        try:
            if self.credentials is not None:
                self.credentials.imap_login(client, box.username)
            else:
                client.login(box.username, password)
        except IMAP_ERRORS as e:
            _quietly_shutdown(client)
            raise self.error(f"login as {box.username} failed", e) from None
        except MailbotError:  # no usable OAuth2 token: SignInNeeded, OAuthError
            _quietly_shutdown(client)
            raise
        client.normalise_times = False
        quiet_imaplib(client)
        self.client = client
        self.connections += 1
        log.info("mailbox %s: connected to %s:%s as %s", box.name, box.host, box.port, box.username)
        return client

    def close(self) -> None:
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # noqa: BLE001 - the connection may be gone already
            _quietly_shutdown(client)

    def drop(self) -> None:
        """Forget a broken connection without talking to the server."""
        client, self.client = self.client, None
        if client is not None:
            _quietly_shutdown(client)

    def error(self, what: str, cause: BaseException) -> SourceError:
        """A one-line :class:`SourceError` naming the mailbox, never the password."""
        detail = _describe(cause)
        password = self._password
        if password is None and self.mailbox.password_env and self.credentials is None:
            password = (self._environ or os.environ).get(self.mailbox.password_env)
        if password:
            detail = detail.replace(password, "***")
        return SourceError(f"mailbox {self.name}: {what}: {detail}")


class ImapSource(ImapConnection):
    """The :class:`~mailbot.sources.base.Source` of an IMAP folder."""

    def __init__(self, mailbox: Mailbox, *, reconnect: Reconnect | None = None, **kwargs):
        super().__init__(mailbox, **kwargs)
        self.reconnect = reconnect or Reconnect()
        self.uidvalidity: int | None = None
        self._move_folder_checked = False

    # -- the Source contract ---------------------------------------------

    def fetch_new(self, position: Position | None) -> Iterator[Fetched]:
        """Yield the emails after ``position``, oldest first.

        If the folder's UIDVALIDITY is not the one of ``position`` the folder
        is read again from the start (the store drops what it already has by
        Message-ID)."""
        last: int | None = None
        failures = 0
        while True:
            try:
                uidvalidity, start = self._select(position, last)
                for fetched in self._fetch_after(uidvalidity, start):
                    last = int(fetched.uid)
                    failures = 0
                    yield fetched
                return
            except CONNECTION_ERRORS as e:
                failures = self._wait_to_reconnect(failures, _describe(e))
            except SourceError as e:
                if not failures or self.client is not None:
                    raise
                failures = self._wait_to_reconnect(failures, str(e), e)
            except (imaplib.IMAP4.error, IMAPClientError) as e:
                raise self.error(f"reading folder {self.mailbox.folder} failed", e) from None

    def _wait_to_reconnect(self, failures: int, why: str, error: SourceError | None = None) -> int:
        self.drop()
        failures += 1
        if failures > self.reconnect.attempts:
            if error is not None:
                raise error
            raise SourceError(f"mailbox {self.name}: connection lost {failures} times: {why}")
        delay = self.reconnect.delay(failures)
        log.warning("mailbox %s: connection lost (%s); reconnecting in %.1fs", self.name, why, delay)
        time.sleep(delay)
        return failures

    def done(self, fetched: Fetched) -> None:
        """Move the committed email to ``move_to`` when that is set."""
        target = self.mailbox.move_to
        if not target:
            return
        if fetched.uidvalidity != self.uidvalidity or self.client is None:
            log.warning("mailbox %s: not moving UID %s: the folder changed since it was fetched",
                        self.name, fetched.uid)
            return
        try:
            self._move(int(fetched.uid), target)
        except IMAP_ERRORS as e:
            self.drop()
            raise self.error(f"moving UID {fetched.uid} to {target} failed", e) from None

    # -- inside a pass ----------------------------------------------------

    def _select(self, position: Position | None, last: int | None) -> tuple[int, int]:
        """Select the folder and return (UIDVALIDITY, last UID already handled)."""
        client = self.open()
        box = self.mailbox
        try:
            status = client.select_folder(box.folder, readonly=not box.move_to)
        except (imaplib.IMAP4.error, IMAPClientError) as e:
            raise self.error(f"cannot open folder {box.folder}", e) from None
        uidvalidity = int(status[b"UIDVALIDITY"])
        if last is not None:
            if uidvalidity != self.uidvalidity:
                log.warning("mailbox %s: UIDVALIDITY changed from %s to %s during a pass; reading again "
                            "from the start", self.name, self.uidvalidity, uidvalidity)
                last = 0
        elif position is not None and position.uidvalidity == uidvalidity:
            last = position.last_uid
        else:
            if position is not None:
                log.warning("mailbox %s: UIDVALIDITY changed from %s to %s; reading the folder again "
                            "(emails already stored are recognised by Message-ID)",
                            self.name, position.uidvalidity, uidvalidity)
            last = 0
        self.uidvalidity = uidvalidity
        return uidvalidity, last

    def _fetch_after(self, uidvalidity: int, last: int) -> Iterator[Fetched]:
        client = self.client
        # "N:*" always matches the highest UID, even when it is below N.
        uids = sorted(uid for uid in client.search(["UID", f"{last + 1}:*"]) if uid > last)
        if not uids:
            log.debug("mailbox %s: nothing new after UID %s", self.name, last)
            return
        log.info("mailbox %s: %d new email(s) after UID %s", self.name, len(uids), last)
        size = self.mailbox.batch_size
        for i in range(0, len(uids), size):
            yield from self._fetch_batch(uidvalidity, uids[i:i + size])

    def _fetch_batch(self, uidvalidity: int, uids: list[int]) -> Iterator[Fetched]:
        """One batch: sizes and dates first, then the bodies in FETCHes of at
        most :data:`FETCH_BYTES` (one email at least), each asked for only
        when the caller has taken the emails before it: a batch of large
        emails never sits in memory whole."""
        client = self.client
        limit = self.mailbox.max_bytes
        meta = imap_fetch.fetch(client, uids, b"(RFC822.SIZE INTERNALDATE)")
        wanted = [uid for uid in uids if uid in meta and int(meta[uid].get(b"RFC822.SIZE", 0)) <= limit]
        chunks = iter(_by_bytes(wanted, {uid: int(meta[uid].get(b"RFC822.SIZE", 0)) for uid in wanted}))
        bodies: dict = {}
        for uid in uids:
            if uid not in meta:
                continue  # expunged meanwhile
            data = meta[uid]
            size = int(data.get(b"RFC822.SIZE", 0))
            raw = None
            if size <= limit:
                while uid not in bodies:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    bodies = {u: d.get(b"BODY[]") for u, d in imap_fetch.fetch(client, chunk, b"(BODY.PEEK[])").items()}
                    bodies.update({u: None for u in chunk if u not in bodies})  # expunged between the FETCHes
                raw = bodies.pop(uid, None)
                if raw is None:
                    continue  # expunged between the two FETCHes
            else:
                log.warning("mailbox %s: UID %s is %d bytes, over max_bytes %d: not downloaded",
                            self.name, uid, size, limit)
            yield Fetched(mailbox=self.name, uidvalidity=uidvalidity, uid=str(uid), raw=raw,
                          size=size, internaldate=_aware(data.get(b"INTERNALDATE")))

    def _move(self, uid: int, target: str) -> None:
        client = self.client
        if not self._move_folder_checked:
            if not client.folder_exists(target):
                log.info("mailbox %s: creating folder %s for triaged emails", self.name, target)
                client.create_folder(target)
            self._move_folder_checked = True
        if client.has_capability("MOVE"):
            client.move([uid], target)
        else:
            client.copy([uid], target)
            client.add_flags([uid], [imapclient.DELETED])
            if client.has_capability("UIDPLUS"):
                client.uid_expunge([uid])


FETCH_BYTES = 1024 * 1024
"""Bytes of bodies asked for in one FETCH (at least one email): with the
sizes known first, a batch is fetched in parts of about this size.  The main
process holds about twice this at its peak (imaplib's answer while it is
read, then the bodies handed on): 1 MB, not 2 (issue 8, memory); a FETCH
more per MB costs well under a millisecond against the poll's time."""


def _by_bytes(uids: list[int], sizes: dict[int, int], most: int | None = None) -> Iterator[list[int]]:
    """``uids`` in order, cut into runs of at most ``most`` bytes (default
    :data:`FETCH_BYTES`; one email at least)."""
    most = most or FETCH_BYTES
    run: list[int] = []
    total = 0
    for uid in uids:
        if run and total + sizes[uid] > most:
            yield run
            run, total = [], 0
        run.append(uid)
        total += sizes[uid]
    if run:
        yield run


def quiet_imaplib(client: imapclient.IMAPClient) -> None:
    """imapclient sets imaplib's own debug level to 5 and sends its messages
    to the ``imapclient.imaplib`` logger; imaplib then formats every
    response line and every untagged answer (``%r`` of each email's bytes,
    and again of a whole FETCH answer) before the logger drops it: about
    half of the CPU a poll spends reading IMAP.  Unless that logger would
    keep DEBUG lines, imaplib's level is set back to 0 (nothing formatted)."""
    imap = getattr(client, "_imap", None)
    if imap is not None and not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        imap.debug = 0


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def _describe(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return " ".join(text.split())


def _quietly_shutdown(client: imapclient.IMAPClient) -> None:
    try:
        client.shutdown()
    except Exception:  # noqa: BLE001 - closing a socket that may be dead
        pass
