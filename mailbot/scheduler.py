"""The worker (``mailbot run``): APScheduler 3 with one poll job per mailbox.

Each mailbox's job runs every ``poll_seconds``, one instance at a time, late
runs coalesced.  For a mailbox with ``idle = true`` an :class:`IdleWatcher`
holds a second IMAP connection in IDLE and wakes the job as soon as the server
announces mail.  A mailbox whose poll fails is polled again later and later
(exponential backoff with jitter, up to ``max_backoff_seconds``); its error is
in the log and, through the service, in ``mailbot status``; the other
mailboxes go on.  :meth:`Worker.stop` (SIGTERM, SIGINT) lets every poll finish
the email in hand, then ends the scheduler and the watchers.

Several workers may share one database: each holds the mailboxes it polls
under a lease (:mod:`mailbot.service.lease`; a poll of a mailbox another
worker holds does nothing and says who holds it) and claims each draft it
sends (:mod:`mailbot.store.claims`).  On SQLite that works too; the second
worker waits until the first one's leases are let go or expire.
"""

from __future__ import annotations

import logging
import random
import signal
import ssl
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from mailbot.clock import Clock, SystemClock
from mailbot.config import Config
from mailbot.config.app import Mailbox
from mailbot.oauth.credentials import credentials_for
from mailbot.service.faults import fault_reason
from mailbot.service.lease import LeaseKeeper
from mailbot.service.poll import MailboxReport, Poller
from mailbot.service.notices import notify
from mailbot.store.search import refresh_index
from mailbot.service.send import send_approved
from mailbot.sources import open_source
from mailbot.sources.base import Source
from mailbot.sources.idle import IdleWatcher
from mailbot.store import Store, upgrade

log = logging.getLogger(__name__)

KEEPS_FAILING = 3
"""Consecutive failed polls after which a mailbox is reported as failing."""
INDEX_PER_RUN = 2000
"""Cases the send job adds to the search index at most per run (about 5 ms each)."""
SEND_SECONDS = 30.0
"""Seconds between two runs of the send job (approved drafts out over SMTP)."""


@dataclass
class MailboxHealth:
    """How a mailbox's polls go, for backoff and the log."""

    failures: int = 0
    last_error: str | None = None
    retry_at: datetime | None = None
    polls: int = 0


@dataclass
class _Job:
    mailbox: Mailbox
    source: Source
    health: MailboxHealth = field(default_factory=MailboxHealth)
    running: bool = False
    wanted: bool = False
    """Mail was announced while a poll ran: poll again when it ends."""


def backoff_delay(failures: int, poll_seconds: int, max_seconds: float) -> float:
    """Seconds to wait after ``failures`` failed polls in a row: the interval
    doubled each time, capped, with jitter (between half and all of it)."""
    ceiling = min(max_seconds, poll_seconds * 2 ** max(0, failures - 1))
    return max(1.0, random.uniform(ceiling / 2, ceiling))


class Worker:
    """The scheduler with its jobs and IDLE watchers.

    ``sources`` makes the source of a mailbox (default :func:`open_source`);
    tests pass their own to inject TLS contexts or faults."""

    def __init__(self, config: Config, *, clock: Clock | None = None,
                 sources: Callable[[Mailbox], Source] | None = None,
                 ssl_context: ssl.SSLContext | None = None, upgrade_database: bool = True,
                 idle_renew_seconds: float = 600.0, max_backoff_seconds: float = 900.0,
                 send_seconds: float | None = None, holder: str | None = None):
        self.config = config
        self.clock = clock or SystemClock()
        self.ssl_context = ssl_context
        self._make_source = sources or (lambda m: open_source(m, config, ssl_context=ssl_context,
                                                              store=self.store))
        self.upgrade_database = upgrade_database
        self.idle_renew_seconds = idle_renew_seconds
        self.max_backoff_seconds = max_backoff_seconds
        self.send_seconds = send_seconds if send_seconds is not None else config.send_seconds
        self.holder = holder
        self.keeper: LeaseKeeper | None = None
        self.stopping = threading.Event()
        self._stopped = False
        self.store: Store | None = None
        self.poller: Poller | None = None
        self.jobs: dict[str, _Job] = {}
        self.watchers: dict[str, IdleWatcher] = {}
        self._lock = threading.Lock()
        self.scheduler = BackgroundScheduler(
            timezone=timezone.utc,
            executors={"default": ThreadPoolExecutor(max(2, len(config.mailboxes) + 1))},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None})

    # -- life cycle ------------------------------------------------------------

    def start(self) -> None:
        url = self.config.database_url
        if self.upgrade_database:
            upgrade(url)
        self.store = Store.open(url)
        self.keeper = LeaseKeeper(self.store, self.clock, self.config.lease_seconds, self.holder).start()
        log.info("worker %s: leases of %ss", self.keeper.holder, self.config.lease_seconds)
        self.poller = Poller(self.config, self.store, self.clock, keeper=self.keeper)
        now = datetime.now(timezone.utc)
        for mailbox in self.config.mailboxes:
            self.jobs[mailbox.name] = _Job(mailbox, self._make_source(mailbox))
            self.scheduler.add_job(self.poll_job, "interval", args=[mailbox.name], id=self.job_id(mailbox.name),
                                   name=f"poll {mailbox.name}", seconds=mailbox.poll_seconds,
                                   next_run_time=now)
        self.scheduler.add_job(self.send_job, "interval", id="send", name="send approved drafts",
                               seconds=self.send_seconds, next_run_time=now)
        self.scheduler.start()
        for mailbox in self.config.mailboxes:
            if mailbox.idle and not mailbox.is_maildir:
                watcher = IdleWatcher(mailbox, lambda name=mailbox.name: self.wake(name),
                                      renew_seconds=self.idle_renew_seconds, ssl_context=self.ssl_context,
                                      credentials=credentials_for(mailbox, self.config, store=self.store,
                                                                  clock=self.clock))
                self.watchers[mailbox.name] = watcher
                watcher.start()
        log.info("worker started: %d mailbox(es), %d with IDLE", len(self.jobs), len(self.watchers))

    def stop(self) -> None:
        """Finish the email in hand in every running poll, then end everything."""
        if self._stopped:
            return
        self._stopped = True
        log.info("worker stopping: finishing the emails in hand")
        self.stopping.set()
        for watcher in self.watchers.values():
            watcher.stop()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        for watcher in self.watchers.values():
            watcher.join(10)
        for job in self.jobs.values():
            _close_quietly(job.source)
        if self.poller is not None:
            self.poller.close()  # the parse workers kept between polls
        if self.keeper is not None:
            self.keeper.stop()  # the other workers take the mailboxes at once
        if self.store is not None:
            self.store.close()
        log.info("worker stopped")

    def run_until_stopped(self, install_signals: bool = True) -> int:
        """``mailbot run``: start, wait for SIGTERM/SIGINT, stop; returns 0."""
        if install_signals:
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, self._on_signal)
        self.start()
        try:
            while not self.stopping.wait(1.0):
                pass
        finally:
            self.stop()
        return 0

    def _on_signal(self, signum, _frame) -> None:
        log.info("received %s", signal.Signals(signum).name)
        # stop() joins threads; do it from the main loop, not inside the handler.
        self.stopping.set()

    # -- jobs ------------------------------------------------------------------

    @staticmethod
    def job_id(mailbox: str) -> str:
        return f"poll:{mailbox}"

    def wake(self, mailbox: str) -> None:
        """Poll ``mailbox`` now (called by its IDLE watcher)."""
        if self.stopping.is_set():
            return
        with self._lock:
            job = self.jobs.get(mailbox)
            if job is None:
                return
            if job.running:
                job.wanted = True
                return
        try:
            self.scheduler.modify_job(self.job_id(mailbox), next_run_time=datetime.now(timezone.utc))
        except Exception as e:  # noqa: BLE001 - the scheduler is shutting down
            log.debug("mailbox %s: cannot wake the poll: %s", mailbox, e)

    def poll_job(self, mailbox: str) -> None:
        job = self.jobs[mailbox]
        with self._lock:
            if job.running or self.stopping.is_set():
                return
            job.running = True
        try:
            while True:
                with self._lock:
                    job.wanted = False
                report = self.poll(job)
                with self._lock:
                    again = job.wanted and not report.error and not self.stopping.is_set()
                    if not again:
                        job.running = False
                        return
        except BaseException:
            with self._lock:
                job.running = False
            raise

    def send_job(self) -> None:
        """Send every approved draft that is due (never one twice: see service.send)."""
        try:
            report = send_approved(self.config, self.store, self.clock, stop=self.stopping,
                                   holder=self.keeper.holder)
        except Exception as e:  # noqa: BLE001 - the job must not die; the next run tries again
            log.error("send job failed: %s", fault_reason(e))
            return
        if report.sent or report.failed or report.interrupted:
            log.info("send job: %s", report.summary())
        try:
            notices = notify(self.config, self.store, self.clock)
        except Exception as e:  # noqa: BLE001 - notices must not stop the replies
            log.error("notices failed: %s", e)
            return
        if notices.sent or notices.failed:
            log.info("send job: %s", notices.summary())
        try:
            with self.store.begin() as conn:
                refresh_index(conn, self.clock.now(), limit=INDEX_PER_RUN)
        except Exception as e:  # noqa: BLE001 - search catches up at the next run
            log.error("search index: %s", e)

    def poll(self, job: _Job) -> MailboxReport:
        """One poll of one mailbox, then its health and next run."""
        health = job.health
        now = datetime.now(timezone.utc)
        if health.retry_at is not None and now < health.retry_at:
            log.debug("mailbox %s: backing off until %s", job.mailbox.name, health.retry_at.isoformat())
            return MailboxReport(job.mailbox.name)
        report = self.poller.poll_mailbox(job.source, self.stopping)
        health.polls += 1
        if report.error:
            self._failed(job, report.error)
        elif health.failures:
            log.info("mailbox %s: polling again after %d failure(s)", job.mailbox.name, health.failures)
            health.failures, health.last_error, health.retry_at = 0, None, None
        return report

    def _failed(self, job: _Job, error: str) -> None:
        health = job.health
        health.failures += 1
        health.last_error = error
        _close_quietly(job.source)  # the next poll opens a fresh connection
        delay = backoff_delay(health.failures, job.mailbox.poll_seconds, self.max_backoff_seconds)
        health.retry_at = datetime.now(timezone.utc) + timedelta(seconds=delay)
        level = logging.ERROR if health.failures >= KEEPS_FAILING else logging.WARNING
        log.log(level, "mailbox %s: poll failed %d time(s) in a row%s; next try in %.0fs: %s",
                job.mailbox.name, health.failures,
                " (keeps failing; see `mailbot status`)" if health.failures >= KEEPS_FAILING else "",
                delay, error)
        if not self.stopping.is_set():
            try:
                self.scheduler.modify_job(self.job_id(job.mailbox.name), next_run_time=health.retry_at)
            except Exception as e:  # noqa: BLE001 - shutting down
                log.debug("mailbox %s: cannot reschedule: %s", job.mailbox.name, e)


def _close_quietly(source: Source) -> None:
    try:
        source.close()
    except Exception as e:  # noqa: BLE001 - releasing a broken connection
        log.debug("closing source %s: %s", getattr(source, "name", "?"), e)
