"""This worker's leases: its presence, and the mailboxes it polls.

Every process that polls or sends (``mailbot run``, ``poll --once``,
``send --once``) is a *worker* with an id ``host:pid:random``.  A
:class:`LeaseKeeper` holds, for that id:

- a presence lease ``worker:ID`` while it sends, so another worker can tell a
  draft it is still sending from one a dead worker left in ``sending``;
- one lease per mailbox it polls, kept from poll to poll (a worker keeps its
  mailboxes until it stops or dies), and fenced in every commit that moves
  the mailbox's position (:meth:`LeaseKeeper.fence_for`).

A heartbeat thread renews every lease each third of ``lease_seconds``.  A
worker that dies loses its leases when they expire (``lease_seconds``, 20 s
by default, so within 30 s); a holder that ran on *this* machine and whose
process is gone is known dead at once and its lease is taken without waiting.

Decision: machines sharing a database are assumed to keep their clocks in step
(NTP, within a few seconds); a lease's expiry is written by its holder's clock.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import Callable

from sqlalchemy import Connection

from mailbot.clock import Clock
from mailbot.errors import LeaseLost
from mailbot.service.faults import fault_reason
from mailbot.store import leases as lease_store
from mailbot.store.database import Store

log = logging.getLogger(__name__)

DEFAULT_SECONDS = 20
PRUNE_AFTER = timedelta(hours=1)
"""A dead worker's presence row is deleted this long after it expired."""


_ACTIVE: set[str] = set()
"""The worker ids in use in this process (keepers not stopped)."""


def new_worker_id() -> str:
    """A fresh worker id: ``host:pid:random``."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


@lru_cache(maxsize=None)
def _process_id(pid: int) -> str:
    holder = new_worker_id()
    _ACTIVE.add(holder)
    return holder


def this_worker() -> str:
    """This process's worker id (a forked child gets its own)."""
    return _process_id(os.getpid())


def gone_here(holder: str) -> bool:
    """True when ``holder`` ran on this machine and its process has ended
    (or is a zombie); False when it is alive, elsewhere, or unknown."""
    parts = holder.rsplit(":", 2)
    if len(parts) != 3:
        return False
    host, pid_text, _ = parts
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return holder not in _ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rpartition(b")")[2].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


@dataclass(frozen=True)
class Refusal:
    """Why a mailbox was not taken: who holds it, until when."""

    mailbox: str
    holder: str
    until: str

    def __str__(self) -> str:
        return f"mailbox {self.mailbox} is held by worker {self.holder} until {self.until}"


class LeaseKeeper:
    """The leases of one worker (see the module's notes)."""

    def __init__(self, store: Store, clock: Clock, seconds: float = DEFAULT_SECONDS, holder: str | None = None):
        self.store = store
        self.clock = clock
        self.seconds = seconds
        self.holder = holder or this_worker()
        _ACTIVE.add(self.holder)
        self._tokens: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.present = False

    # -- presence and heartbeat -------------------------------------------------------

    @property
    def presence(self) -> str:
        return lease_store.WORKER + self.holder

    def start(self, heartbeat: bool = True) -> LeaseKeeper:
        """Register this worker's presence; with ``heartbeat``, renew every lease in the background."""
        with self.store.begin() as conn:
            now = self.clock.now()
            token = lease_store.take_lease(conn, self.presence, self.holder, now, self.seconds)
            lease_store.prune_workers(conn, now - PRUNE_AFTER)
        with self._lock:
            self._tokens[self.presence] = token or 1
        self.present = True
        if heartbeat and self._thread is None:
            self._thread = threading.Thread(target=self._beat, name=f"lease heartbeat {self.holder}", daemon=True)
            self._thread.start()
        return self

    def _beat(self) -> None:
        while not self._stop.wait(max(0.5, self.seconds / 3)):
            self.renew()

    def renew(self) -> None:
        """Extend every lease held; forget a mailbox lease another worker has taken."""
        with self._lock:
            held = dict(self._tokens)
        if not held:
            return
        try:
            with self.store.begin() as conn:
                now = self.clock.now()
                lost = [name for name, token in held.items()
                        if not lease_store.renew_lease(conn, name, self.holder, token, now, self.seconds)]
        except Exception as error:  # noqa: BLE001 - the next beat tries again; the fence still guards
            log.warning("worker %s: could not renew its leases: %s", self.holder, fault_reason(error))
            return
        for name in lost:
            self._forget(name)
            if name == self.presence:
                self.start(heartbeat=False)  # presence only marks us alive: take it again
            else:
                log.warning("worker %s: lost %s to another worker", self.holder, name)

    def stop(self) -> None:
        """Give every lease up (others take the mailboxes at once) and end the heartbeat."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(10)
            self._thread = None
        with self._lock:
            held, self._tokens = dict(self._tokens), {}
        if not held:
            return
        try:
            with self.store.begin() as conn:
                now = self.clock.now()
                for name, token in held.items():
                    if name == self.presence:
                        lease_store.forget_lease(conn, name, self.holder)
                    else:
                        lease_store.release_lease(conn, name, self.holder, token, now)
        except Exception as error:  # noqa: BLE001 - they expire by themselves
            log.warning("worker %s: could not release its leases (they expire by themselves): %s",
                        self.holder, fault_reason(error))
        self.present = False
        if self.holder != this_worker():
            _ACTIVE.discard(self.holder)

    # -- mailboxes --------------------------------------------------------------------

    @staticmethod
    def name_of(mailbox: str) -> str:
        return lease_store.MAILBOX + mailbox

    def holds(self, mailbox: str) -> bool:
        with self._lock:
            return self.name_of(mailbox) in self._tokens

    def hold(self, mailbox: str) -> Refusal | None:
        """Take (or keep) ``mailbox``; None when this worker holds it, else who does."""
        name = self.name_of(mailbox)
        with self._lock:
            token = self._tokens.get(name)
        with self.store.begin() as conn:
            now = self.clock.now()
            if token is not None and lease_store.renew_lease(conn, name, self.holder, token, now, self.seconds):
                return None
            current = lease_store.get_lease(conn, name)
            dead = frozenset({current.holder}) if current and current.holder and gone_here(current.holder) \
                else frozenset()
            token = lease_store.take_lease(conn, name, self.holder, now, self.seconds, dead)
            if token is None:
                current = lease_store.get_lease(conn, name)
        if token is None:
            self._forget(name)
            return Refusal(mailbox, current.holder if current else "?",
                           current.expires_at.isoformat(timespec="seconds") if current else "?")
        with self._lock:
            self._tokens[name] = token
        if dead:
            log.info("mailbox %s: taken over from worker %s, which has ended (token %d)", mailbox,
                     next(iter(dead)), token)
        else:
            log.info("mailbox %s: held by worker %s (token %d)", mailbox, self.holder, token)
        return None

    def fence_for(self, mailbox: str) -> Callable[[Connection], None]:
        """The check to run inside every commit that moves ``mailbox``'s position."""
        name = self.name_of(mailbox)

        def check(conn: Connection) -> None:
            with self._lock:
                token = self._tokens.get(name)
            if token is None:
                raise LeaseLost(f"{name}: not held by worker {self.holder}")
            try:
                lease_store.fence(conn, name, self.holder, token, self.clock.now(), self.seconds)
            except LeaseLost:
                self._forget(name)
                raise
        return check

    def let_go(self, mailbox: str) -> None:
        """Release one mailbox (``poll --once`` at its end)."""
        name = self.name_of(mailbox)
        with self._lock:
            token = self._tokens.pop(name, None)
        if token is None:
            return
        try:
            with self.store.begin() as conn:
                lease_store.release_lease(conn, name, self.holder, token, self.clock.now())
        except Exception as error:  # noqa: BLE001 - it expires by itself
            log.warning("mailbox %s: could not release its lease (it expires by itself): %s", mailbox,
                        fault_reason(error))

    def _forget(self, name: str) -> None:
        with self._lock:
            self._tokens.pop(name, None)


def live_workers(conn: Connection, now) -> set[str]:
    """Workers whose presence has not expired, less those known dead on this machine."""
    return {holder for holder in lease_store.live_workers(conn, now) if not gone_here(holder)}


@dataclass
class Holdings:
    """Who holds what, for ``mailbot status``: each mailbox's live lease and
    each live worker with the drafts it is sending."""

    mailboxes: dict[str, lease_store.Lease]
    workers: list[dict]

    def mailbox(self, name: str) -> dict:
        lease = self.mailboxes.get(name)
        return {"held_by": lease.holder if lease else None,
                "lease_expires_at": lease.expires_at.isoformat() if lease else None,
                "lease_token": lease.token if lease else None}

    def summary(self) -> str:
        if not self.workers:
            return "workers: none running"
        return "workers: " + ", ".join(
            f"{w['worker']} (mailboxes: {', '.join(w['mailboxes']) or 'none'}; sending {w['sending']})"
            for w in self.workers)


def who_holds_what(conn: Connection, now) -> Holdings:
    """The live leases: mailboxes by name, and the live workers."""
    from mailbot.store.claims import sending_by_holder

    held = {lease.thing: lease for lease in lease_store.list_leases(conn, lease_store.MAILBOX)
            if lease.live(now) and lease.holder and not gone_here(lease.holder)}
    sending = sending_by_holder(conn)
    workers = []
    for holder in sorted(live_workers(conn, now)):
        workers.append({"worker": holder, "mailboxes": sorted(m for m, lease in held.items() if lease.holder == holder),
                        "sending": sending.get(holder, 0)})
    return Holdings(held, workers)
