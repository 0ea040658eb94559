"""One pass over the mailboxes: every new email becomes a case, an ignored
record or a failed record, and the mailbox position follows each commit.

The scheduler (``mailbot run``) calls :meth:`Poller.poll_mailbox` from a job
per mailbox; ``mailbot poll --once`` calls :func:`poll_once`.  Both check a
``stop`` event between emails, so SIGTERM finishes the email in hand.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from sqlalchemy import select

from mailbot.clock import Clock
from mailbot.config import Config
from mailbot.config.app import Mailbox
from mailbot.errors import ConfigError, LeaseLost
from mailbot.ledger import Ledger
from mailbot.reading.heap import release_free_memory
from mailbot.pipeline import Triage
from mailbot.service.collector import fewer_collections
from mailbot.service.faults import fault_reason, is_passing
from mailbot.service.ingest import KNOWN, Ingestor, Outcome, one_line
from mailbot.service.templates import StoredTemplates
from mailbot.service.lease import LeaseKeeper, new_worker_id
from mailbot.service.standing import StandingWorkers
from mailbot.service.workers import parsed_in_order, worker_count
from mailbot.sources.base import Source
from mailbot.store.database import Store
from mailbot.store.ledger import load_stored_ledger
from mailbot.store.positions import ensure_mailbox, mailbox_position, record_poll
from mailbot.store.schema import audit_log, messages

log = logging.getLogger(__name__)


@dataclass
class MailboxReport:
    """What one poll of one mailbox did."""

    mailbox: str
    outcomes: Counter = field(default_factory=Counter)
    error: str | None = None
    stopped: bool = False
    held_by: str | None = None
    """Not polled: another worker holds the mailbox (who, until when)."""

    def add(self, outcome: Outcome) -> None:
        self.outcomes[outcome.kind] += 1

    @property
    def stored(self) -> int:
        return sum(n for kind, n in self.outcomes.items() if kind not in (KNOWN, "duplicate"))

    def summary(self) -> str:
        parts = [f"{n} {kind}" for kind, n in sorted(self.outcomes.items())] or ["nothing new"]
        if self.held_by:
            parts = [f"not polled here: {self.held_by}"]
        if self.error:
            parts.append(f"error: {self.error}")
        return f"{self.mailbox}: " + ", ".join(parts)


@dataclass
class PollReport:
    mailboxes: list[MailboxReport] = field(default_factory=list)

    @property
    def outcomes(self) -> Counter:
        total: Counter = Counter()
        for report in self.mailboxes:
            total.update(report.outcomes)
        return total

    @property
    def failed_mailboxes(self) -> list[MailboxReport]:
        return [r for r in self.mailboxes if r.error]


class Poller:
    """Polls mailboxes into the store.  The ledger is read from the store once
    and read again only after a new ``mailbot ledger import``."""

    def __init__(self, config: Config, store: Store, clock: Clock, parse_workers: int | None = None,
                 keeper: LeaseKeeper | None = None):
        """``parse_workers``: processes that parse emails while this one
        stores them (None: the ``parse_workers`` setting; 0: in-process).
        ``keeper``: the worker's leases, kept from poll to poll (None: a keeper
        of this poller's own, whose lease is let go at the end of each poll)."""
        self.sticky = keeper is not None
        self.keeper = keeper or LeaseKeeper(store, clock, config.lease_seconds, new_worker_id())
        self._held_by: dict[str, str] = {}
        self.config = config
        self.parse_workers = worker_count(config.parse_workers) \
            if parse_workers is None else parse_workers
        self.store = store
        self.clock = clock
        self._ledger_version: object = None
        self._triage: Triage | None = None
        self.templates = StoredTemplates(store)  # admins' texts: checked before every draft
        self._mailboxes = {m.name: m for m in config.mailboxes}
        self.standing = StandingWorkers(self.parse_workers, config.email_seconds, config.worker_memory_mb) \
            if self.sticky and self.parse_workers > 0 else None
        """With a keeper kept from poll to poll (``mailbot run``): parse workers kept running too."""

    def close(self) -> None:
        """Stop the parse workers kept between polls (``mailbot run`` stopping)."""
        if self.standing is not None:
            self.standing.close()

    def mailbox(self, name: str) -> Mailbox:
        try:
            return self._mailboxes[name]
        except KeyError:
            raise ConfigError(f"{self.config.path}: mailboxes: no mailbox named {name!r}") from None

    def ingestor(self, conn=None) -> Ingestor:
        """An ingestor with the current ledger (read again if it was re-imported),
        writing on ``conn`` when given."""
        with self.store.connect() as reader:
            triage = self._current_triage(reader)
        return Ingestor(self.config, self.store, triage, self.clock, conn)

    def _current_triage(self, reader) -> Triage:
        """The triage with the ledger as last imported (one query when unchanged)."""
        version = reader.execute(_LEDGER_VERSION).scalar()
        if self._triage is None or version != self._ledger_version:
            ledger = load_stored_ledger(reader, self.config.zone_of) if version else Ledger()
            self._triage = Triage(self.config, ledger, self.clock, self.templates)
            self._ledger_version = version
        return self._triage

    def poll_mailbox(self, source: Source, stop: threading.Event | None = None,
                     wait_seconds: float = 0.0) -> MailboxReport:
        """Fetch and store every new email of one mailbox, under its lease
        (waiting up to ``wait_seconds`` for another worker to let it go).  A
        failing mailbox is recorded (``mailbot status``) and reported, never
        raised; a passing fault leaves the position where it was."""
        mailbox = self.mailbox(source.name)
        report = MailboxReport(mailbox.name)
        try:
            refusal = self._take(mailbox.name, stop, wait_seconds)
        except Exception as error:  # the database is locked or down: said, retried later
            refusal = None
            report.error = fault_reason(error) if is_passing(error) else one_line(error)
            log.warning("mailbox %s: cannot take its lease: %s", mailbox.name, report.error)
        if refusal is not None:
            report.held_by = str(refusal)
            if self._held_by.get(mailbox.name) != refusal.holder:
                log.info("mailbox %s: waiting: %s", mailbox.name, refusal)
            self._held_by[mailbox.name] = refusal.holder
            return report
        self._held_by.pop(mailbox.name, None)
        if report.error is None:
            try:
                self._poll_held(source, mailbox, report, stop)
            finally:
                if not self.sticky:
                    self.keeper.let_go(mailbox.name)
        self._record(mailbox.name, report)
        log.info("poll %s", report.summary())
        return report

    def _take(self, mailbox: str, stop: threading.Event | None, wait_seconds: float):
        """The mailbox's lease, waiting for it at most ``wait_seconds``; the refusal if not."""
        deadline = time.monotonic() + wait_seconds
        while True:
            refusal = self.keeper.hold(mailbox)
            if refusal is None or time.monotonic() >= deadline or (stop is not None and stop.is_set()):
                return refusal
            if self._held_by.get(mailbox) != refusal.holder:
                log.info("mailbox %s: waiting for the lease: %s", mailbox, refusal)
                self._held_by[mailbox] = refusal.holder
            time.sleep(min(0.5, max(0.05, deadline - time.monotonic())))

    def _record(self, mailbox: str, report: MailboxReport) -> None:
        """The poll's result where ``mailbot status`` reads it; when even that
        cannot be written (the same fault), the log says so."""
        if report.error and report.error.startswith(LeaseLost.__name__):
            return  # the mailbox is another worker's now: its record is theirs
        try:
            with self.store.begin() as conn:
                record_poll(conn, mailbox, self.clock.now(), report.error)
        except Exception as error:  # noqa: BLE001 - the log is the last place left to say it
            log.error("mailbox %s: cannot record the poll's result (%s): %s", mailbox,
                      report.error or "success", fault_reason(error))

    def _poll_held(self, source: Source, mailbox: Mailbox, report: MailboxReport,
                   stop: threading.Event | None) -> None:
        try:
            with self.store.connect() as conn:
                with conn.begin():  # one short transaction for everything the poll reads first
                    ensure_mailbox(conn, mailbox.name)
                    position = mailbox_position(conn, mailbox.name)
                    triage = self._current_triage(conn)
                ingestor = Ingestor(self.config, self.store, triage, self.clock, conn)
                ingestor.fence = self.keeper.fence_for(mailbox.name)
                self._fetch_into(source, mailbox, position, ingestor, report, stop)
        except LeaseLost as error:  # paused past the lease: the new holder goes on from the position
            report.error = one_line(error)
            log.warning("mailbox %s: poll stopped: %s", mailbox.name, report.error)
        except Exception as error:  # a mailbox that fails never stops the others
            if is_passing(error):
                report.error = fault_reason(error)
                log.warning("mailbox %s: poll stopped by a passing fault (nothing marked failed, the "
                            "position stays): %s", mailbox.name, report.error)
            else:
                report.error = one_line(error)
                log.error("mailbox %s: poll failed: %s", mailbox.name, report.error)

    def _fetch_into(self, source: Source, mailbox: Mailbox, position, ingestor: Ingestor,
                    report: MailboxReport, stop: threading.Event | None) -> None:
        """Hand every fetched email to the ingestor, stopping when asked.  A
        poll big enough for the workers waits for them (a few hundred ms)
        instead of reading its first emails here: that would build the
        patterns and their caches a second time, in this process (memory)."""
        reader = ingestor.triage.reader(self.config.brands[mailbox.brand])  # parse, screen, extract
        if self.standing is not None:
            self.standing.start(reader)  # starting while the server answers: ready for the first email
        with fewer_collections():  # no cyclic garbage is made here: see mailbot.service.collector
            self._ingest_all(source, mailbox, position, ingestor, report, stop, reader)

    def _ingest_all(self, source: Source, mailbox: Mailbox, position, ingestor: Ingestor,
                    report: MailboxReport, stop: threading.Event | None, reader) -> None:
        fetched_all = source.fetch_new(position)
        emails = parsed_in_order(self._not_stored(fetched_all, mailbox, ingestor, report), mailbox.name,
                                 self.parse_workers, parse=reader, email_seconds=self.config.email_seconds,
                                 parse_while_starting=False, standing=self.standing,
                                 memory_mb=self.config.worker_memory_mb)
        try:
            for group in groups(emails, stop):
                outcomes, position = ingestor.ingest_group(group, mailbox, position)
                release_free_memory()  # the group's bytes and readings are freed: give the pages back
                for (fetched, _), outcome in zip(group, outcomes):  # after the commit: a courtesy
                    report.add(outcome)
                    if outcome.kind != KNOWN:
                        self._done(source, fetched)
                if stop is not None and stop.is_set():
                    report.stopped = True
                    break
        finally:
            emails.close()  # stops the parse workers
            close = getattr(fetched_all, "close", None)
            if close is not None:
                close()

    def _not_stored(self, fetched_all, mailbox: Mailbox, ingestor: Ingestor, report: MailboxReport):
        """The fetched emails, without the Maildir ones already stored (counted
        as known), so that no worker parses them for nothing."""
        known: set[str] | None = None
        for fetched in fetched_all:
            if fetched.uidvalidity == 0:
                if known is None:
                    known = self._known_keys(ingestor.conn, mailbox.name)
                if fetched.uid in known:
                    report.outcomes[KNOWN] += 1
                    continue
            yield fetched

    @staticmethod
    def _known_keys(conn, mailbox: str) -> set[str]:
        """The Maildir keys (UIDVALIDITY 0) already stored: a Maildir lists
        every email on every pass."""
        with conn.begin():
            return set(conn.execute(select(messages.c.uid).where(messages.c.mailbox == mailbox,
                                                                 messages.c.uidvalidity == 0)).scalars())

    def _done(self, source: Source, fetched) -> None:
        try:
            source.done(fetched)
        except Exception as error:  # the email is stored; moving it is a courtesy
            log.warning("mailbox %s: after storing %s: %s", source.name, fetched.uid, one_line(error))


GROUP_EMAILS = 32
GROUP_SECONDS = 0.2
"""Group commit: emails stored in one transaction at most, and the longest a
group stays open once its first email is in (a lone IDLE email is committed
as soon as the fetch has nothing more).

Issue 8, memory (perf27b): 32, not 64.  A group's emails stay whole in the
main process until its commit (their bytes, readings, stored-reading JSON and
rows held for the flush: ~35 KB a realistic email), beside the emails the
workers read ahead (:data:`mailbot.service.workers.WINDOW`); half the group is
~1 MB less at the peak, and the allocator's pages go back after every group.
Measured (``mailbot poll --once``, 3,000 realistic emails, 1 parse worker,
alternated, medians; shared machine, load ~8): main process peak RSS 66.0 ->
63.6 MB, tree PSS 119.6 -> 117.1 MB; see the branch's report for the CPU."""


def groups(emails, stop: threading.Event | None = None, size: int | None = None,
           seconds: float | None = None):
    """The (fetched, parsed) pairs in groups of up to ``size`` (:data:`GROUP_EMAILS`),
    cut after ``seconds`` (:data:`GROUP_SECONDS`) or as soon as ``stop`` is set."""
    size = size or GROUP_EMAILS
    seconds = GROUP_SECONDS if seconds is None else seconds
    group: list = []
    opened = 0.0
    for item in emails:
        if not group:
            opened = time.monotonic()
        group.append(item)
        if len(group) >= size or time.monotonic() - opened >= seconds or (stop is not None and stop.is_set()):
            yield group
            group = []
    if group:
        yield group


_LEDGER_VERSION = (select(audit_log.c.id).where(audit_log.c.action == "ledger.import")
                   .order_by(audit_log.c.id.desc()).limit(1))


def poll_once(config: Config, store: Store, sources: Iterable[Source], clock: Clock,
              stop: threading.Event | None = None, wait_seconds: float | None = None) -> PollReport:
    """One pass over every given source (``mailbot poll --once``).  A mailbox
    another worker holds is waited for at most ``wait_seconds`` (default: the
    ``lease_seconds`` setting), then left to it; each lease is let go after its poll."""
    poller = Poller(config, store, clock)
    wait = config.lease_seconds if wait_seconds is None else wait_seconds
    report = PollReport()
    for source in sources:
        if stop is not None and stop.is_set():
            break
        report.mailboxes.append(poller.poll_mailbox(source, stop, wait))
    return report
