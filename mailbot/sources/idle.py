"""IMAP IDLE (RFC 2177): wake the poll of a mailbox as soon as mail arrives.

An :class:`IdleWatcher` is a thread with its own IMAP connection, separate
from the one the poll reads with.  It never fetches anything: when the server
announces ``EXISTS`` or ``RECENT`` it calls ``wake`` (the scheduler then runs
the mailbox's poll job at once).  IDLE is renewed every ``renew_seconds``
(RFC 2177: before the server's 29-minute timeout); a lost connection is opened
again with exponential backoff and jitter, and ``wake`` is called after each
reconnection, since mail may have arrived while the watcher was away.
A mailbox with ``auth = "xoauth2"`` signs in again with a fresh token on each
reconnection, so a server that drops the connection when its token expires
is met with a refreshed one.
"""

from __future__ import annotations

import imaplib
import logging
import threading
import time
from typing import Callable

from mailbot.config.app import Mailbox
from mailbot.errors import MailbotError
from mailbot.sources.imap import IMAP_ERRORS, ImapConnection, Reconnect, _describe

log = logging.getLogger(__name__)

NEW_MAIL = (b"EXISTS", b"RECENT")


class IdleWatcher(threading.Thread):
    """Hold a mailbox in IDLE and call ``wake()`` when new mail is announced."""

    def __init__(self, mailbox: Mailbox, wake: Callable[[], None], *, renew_seconds: float = 600.0,
                 check_seconds: float = 1.0, reconnect: Reconnect | None = None,
                 connection: ImapConnection | None = None, **connection_options):
        super().__init__(name=f"idle-{mailbox.name}", daemon=True)
        self.mailbox = mailbox
        self.wake = wake
        self.renew_seconds = renew_seconds
        self.check_seconds = check_seconds
        self.reconnect = reconnect or Reconnect(first_delay=1.0, max_delay=300.0)
        self.connection = connection or ImapConnection(mailbox, **connection_options)
        self.last_error: str | None = None
        self._stopping = threading.Event()
        self._idling = threading.Event()

    # -- control -----------------------------------------------------------

    def stop(self) -> None:
        """Ask the thread to leave IDLE, log out and end (within ``check_seconds``)."""
        self._stopping.set()

    @property
    def connections(self) -> int:
        """How many times a connection was opened (for tests and status)."""
        return self.connection.connections

    def wait_until_idling(self, timeout: float) -> bool:
        return self._idling.wait(timeout)

    # -- the thread --------------------------------------------------------

    def run(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            try:
                self._watch()
                failures = 0
            except (MailbotError, *IMAP_ERRORS) as e:  # MailbotError: SourceError, or no OAuth2 token
                failures += 1
                self.last_error = str(e) if isinstance(e, MailbotError) else _describe(e)
                delay = self.reconnect.delay(min(failures, 20))
                log.warning("mailbox %s: IDLE connection failed (%s); again in %.1fs",
                            self.mailbox.name, self.last_error, delay)
                self._stopping.wait(delay)
            except Exception:  # noqa: BLE001 - the watcher must not die silently
                failures += 1
                log.exception("mailbox %s: IDLE watcher error", self.mailbox.name)
                self._stopping.wait(self.reconnect.delay(min(failures, 20)))
            finally:
                self._idling.clear()
                self.connection.drop()
        log.info("mailbox %s: IDLE watcher stopped", self.mailbox.name)

    def _watch(self) -> None:
        """One connection's life: IDLE, renewed, until stop or an error."""
        client = self.connection.open()
        client.select_folder(self.mailbox.folder, readonly=True)
        if self.connections > 1:
            self._wake("reconnected")
        while not self._stopping.is_set():
            client.idle()
            self._idling.set()
            renew_at = time.monotonic() + self.renew_seconds
            announced = False
            while not self._stopping.is_set() and time.monotonic() < renew_at:
                responses = client.idle_check(timeout=self.check_seconds)
                if any(r and r[0] == b"BYE" for r in responses):
                    raise imaplib.IMAP4.abort("the server closed the connection (BYE)")
                if any(len(r) > 1 and r[1] in NEW_MAIL for r in responses):
                    announced = True
                    break
            self._idling.clear()
            client.idle_done()
            if announced:
                self._wake("new mail announced")
        self.connection.close()

    def _wake(self, why: str) -> None:
        log.debug("mailbox %s: %s; waking the poll", self.mailbox.name, why)
        try:
            self.wake()
        except Exception:  # noqa: BLE001 - a failing callback must not end the watcher
            log.exception("mailbox %s: waking the poll failed", self.mailbox.name)
