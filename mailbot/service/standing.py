"""Parse workers kept running from poll to poll (``mailbot run``)."""

from __future__ import annotations

import contextlib
import threading
from typing import Iterator

from mailbot.service.worker_pool import ParseWorkers


class StandingWorkers:
    """Parse workers kept running from poll to poll (``mailbot run``), so that
    an IDLE wake-up's email is read at once, under its time budget, without
    waiting for a worker to start.

    One set, for the reader of the last poll: a poll with another reader
    (another brand, a new ledger's project names) replaces them.  Lent to one
    poll at a time; a poll running meanwhile (another mailbox) starts its own.
    A set left with an email in flight (a stop, an error) or a dead worker is
    closed, never lent again.  Decision: in ``mailbot run`` the workers'
    memory is held between polls too (what the next email needs at once)."""

    def __init__(self, processes: int, email_seconds: float | None, memory_mb: int = 0):
        self.processes = processes
        self.email_seconds = email_seconds
        self.memory_mb = memory_mb
        """A worker past it retires and is replaced (:mod:`mailbot.reading.retire`): kept from poll
        to poll, the workers' memory would otherwise grow with the variety of the mail they read."""
        self._lock = threading.Lock()
        self._workers: ParseWorkers | None = None
        self._reader = None

    def start(self, parse) -> None:
        """Have workers for ``parse`` starting (returns at once), unless a poll holds them."""
        if self._lock.acquire(blocking=False):
            try:
                self._current(parse)
            finally:
                self._lock.release()

    @contextlib.contextmanager
    def lend(self, parse) -> Iterator[ParseWorkers | None]:
        """The workers for ``parse``, or None while another poll holds them."""
        if not self._lock.acquire(blocking=False):
            yield None
            return
        try:
            workers = self._current(parse)
            try:
                yield workers
            finally:
                if not workers.reusable:
                    self._drop()
        finally:
            self._lock.release()

    def ready(self) -> bool:
        """True once the current set has a worker up, so that an email handed now is read at
        once (False while none is, or while a poll holds them).  The set starts with the first
        poll and takes a second or two to build the brand's patterns."""
        if not self._lock.acquire(blocking=False):
            return False
        try:
            return self._workers is not None and self._workers.ready
        finally:
            self._lock.release()

    def _current(self, parse) -> ParseWorkers:
        if self._workers is not None and (self._reader != parse or not self._workers.reusable):
            self._drop()
        if self._workers is None:
            self._workers = ParseWorkers(self.processes, parse, self.email_seconds, self.memory_mb)
            self._reader = parse
        return self._workers

    def _drop(self) -> None:
        workers, self._workers, self._reader = self._workers, None, None
        if workers is not None:
            workers.close()

    def close(self) -> None:
        with self._lock:
            self._drop()
