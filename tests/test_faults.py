"""Passing faults retry, the email's own faults fail: a database lock held
longer than the busy timeout, a full disk (a small tmpfs this test mounts),
and an SMTP server that refuses one message or stops answering.

The polls read in the polling process (tests/helpers.py ``in_process``, ci45): the faults are the store's
and the SMTP server's, met by the polling and sending process; a parse worker started for each of the
seven polls loaded the reading modules and compiled the brand's patterns again and proved nothing more
here (the parse workers have their own tests)."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from mailbot.config.app import SmtpServer
from mailbot.service.poll import poll_once
from mailbot.service.review import approve_draft
from mailbot.service.send import send_approved
from mailbot.sources.base import Fetched
from mailbot.store import Store, import_ledger, upgrade
from mailbot.store.database import BUSY_TIMEOUT_MS
from mailbot.store.positions import mailbox_state
from mailbot.store.schema import messages
from tests.casework import CLOCK, ListSource, charged_twice, draft, make_config, pending_drafts
from tests.helpers import EXAMPLES, in_process, ist
from tests.smtpd import free_port

pytestmark = pytest.mark.integration


def fetched(i: int, padding: int = 0) -> Fetched:
    raw = charged_twice(f"<fault{i}@example.in>", sender=f"C{i} <c{i}@example.in>")
    if padding:  # a long signature: the email's bytes are large
        raw += b"\n" + (b"-" * 76 + b"\n") * (padding // 77)
    return Fetched(mailbox="lo-support", uidvalidity=1, uid=str(i), raw=raw, size=len(raw),
                   internaldate=ist(2025, 7, 8, 11, 0))


def statuses(store) -> dict[str, int]:
    with store.connect() as conn:
        return dict(conn.execute(select(messages.c.status, func.count()).group_by(messages.c.status)).all())


def state(store):
    with store.connect() as conn:
        return mailbox_state(conn, "lo-support")


def sqlite_store(folder: Path, cfg) -> tuple[Store, Path]:
    path = folder / "mailbot.db"
    url = f"sqlite:///{path}"
    upgrade(url)
    store = Store.open(url)
    import_ledger(store, EXAMPLES / "ledger.json", cfg.zone_of, who="test", now=CLOCK.now())
    return store, path


# -- a database lock held past the busy timeout -----------------------------------------------

class DatabaseLock(logging.Handler):
    """Another writer's lock on the SQLite file: a connection of its own (in a
    thread) takes the write lock and holds it until the code under test has
    said what it met -- the first warning or error a ``mailbot`` logger writes
    while the lock is held -- then lets it go before that code goes on.

    Event-driven, not timed: however late a loaded machine lets the poll reach
    its first write, the lock is still there when it does, so the poll always
    waits out the whole busy timeout and gives up; and the writes it makes after
    saying so (the mailbox's status) always find the lock gone.  When nothing
    is ever said (handling broken), the lock is let go after ``longest``
    seconds and the test fails on what the poll did, not by hanging.

    ``waited``: the longest a statement of ``store`` waited before it failed on
    the lock (SQLAlchemy events on its engine): the busy timeout, if it is kept."""

    def __init__(self, path: Path, store: Store, longest: float = 120.0):
        super().__init__(logging.WARNING)
        self.path = path
        self.engine = store.engine
        self.waited = 0.0
        self.longest = longest
        self.locked = threading.Event()
        self.released = threading.Event()
        self._release = threading.Event()
        self.released_by: str | None = None
        """What the code under test said that ended the lock (None: ``longest`` ended it)."""
        self.thread: threading.Thread | None = None

    def __enter__(self) -> DatabaseLock:
        logging.getLogger("mailbot").addHandler(self)
        event.listen(self.engine, "before_cursor_execute", self._statement_starts)
        event.listen(self.engine, "handle_error", self._statement_failed)
        return self

    def __exit__(self, *exc) -> None:
        self._release.set()
        if self.thread is not None:
            self.thread.join(60)
        event.remove(self.engine, "handle_error", self._statement_failed)
        event.remove(self.engine, "before_cursor_execute", self._statement_starts)
        logging.getLogger("mailbot").removeHandler(self)

    @staticmethod
    def _statement_starts(conn, cursor, statement, parameters, context, executemany) -> None:
        conn.info["statement started"] = time.monotonic()

    def _statement_failed(self, context) -> None:
        started = context.connection.info.get("statement started") if context.connection is not None else None
        if started is not None and "database is locked" in str(context.original_exception):
            self.waited = max(self.waited, time.monotonic() - started)

    def take(self) -> None:
        """Take the lock; back once it is held (a loaded machine starts threads late)."""
        self.thread = threading.Thread(target=self._hold, name="database lock")
        self.thread.start()
        assert self.locked.wait(60), "the test's own lock was not taken within 60 s"

    def _hold(self) -> None:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE mailbox_positions SET consecutive_failures = consecutive_failures")
        self.locked.set()
        self._release.wait(self.longest)
        conn.execute("ROLLBACK")
        conn.close()
        self.released.set()

    def emit(self, record: logging.LogRecord) -> None:
        """The first warning or error while the lock is held ends it (the code
        that said it waits here until the lock is gone)."""
        if not self.locked.is_set() or self._release.is_set():
            return
        self.released_by = record.getMessage()
        self._release.set()
        self.released.wait(60)


class LockingSource(ListSource):
    """A mailbox whose fetch takes the database's write lock just as the poll
    starts fetching (so the poll meets it in the middle of the emails)."""

    def __init__(self, name, emails, lock: DatabaseLock):
        super().__init__(name, emails)
        self.lock = lock

    def fetch_new(self, position):
        self.lock.take()
        yield from super().fetch_new(position)


BUSY_SECONDS = BUSY_TIMEOUT_MS / 1000


def test_a_database_lock_held_past_the_busy_timeout_marks_no_email_failed_and_the_next_poll_stores_them(
        tmp_path, caplog):
    cfg = in_process(make_config())
    store, path = sqlite_store(tmp_path, cfg)
    emails = [fetched(1)]
    poll_once(cfg, store, [ListSource("lo-support", emails)], CLOCK)
    emails += [fetched(i) for i in range(2, 6)]

    with caplog.at_level(logging.INFO), DatabaseLock(path, store) as lock:
        report = poll_once(cfg, store, [LockingSource("lo-support", emails, lock)], CLOCK).mailboxes[0]
    # The poll said why while the lock was held, after waiting out the whole busy timeout.
    assert lock.released_by and "database is locked" in lock.released_by, lock.released_by
    assert lock.waited >= BUSY_SECONDS * 0.95, lock.waited  # a shorter lock would not have stopped it
    assert report.error and "database is locked" in report.error, report
    assert statuses(store) == {"case": 1}  # nothing marked failed, nothing half-stored
    after = state(store)
    assert after.last_uid == 1  # the position did not move
    assert "database is locked" in after.last_error and after.consecutive_failures == 1  # status says why
    assert not any(r.exc_info for r in caplog.records)  # no traceback in the log

    report = poll_once(cfg, store, [ListSource("lo-support", emails)], CLOCK).mailboxes[0]
    assert report.error is None and report.outcomes["case"] == 4
    assert statuses(store) == {"case": 5}
    assert state(store).last_error is None and state(store).last_uid == 5
    store.close()


# -- a full disk -----------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs mounted for this test; skipped where mounting is refused."""
    where = tmp_path / "disk"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(where)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk, then give back ``leave`` bytes."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 65536)
        except OSError:
            pass
        try:
            while True:
                f.write(b"\0" * 512)
        except OSError:
            pass
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def test_a_full_disk_marks_no_email_failed_and_status_shows_the_error(small_disk, caplog, capsys):
    cfg = in_process(make_config())
    store, _ = sqlite_store(small_disk, cfg)
    emails = [fetched(1)]
    poll_once(cfg, store, [ListSource("lo-support", emails)], CLOCK)
    emails += [fetched(2, padding=400_000), fetched(3)]

    # The disk is full for the email in hand (its 400 kB do not fit) while a status line still does.
    filler = fill(small_disk, leave=96 * 1024)
    with caplog.at_level(logging.INFO):
        report = poll_once(cfg, store, [ListSource("lo-support", emails)], CLOCK).mailboxes[0]
    assert report.error and "full" in report.error, report
    assert statuses(store) == {"case": 1}
    after = state(store)
    assert after.last_uid == 1 and "disk is full" in after.last_error
    assert not any(r.exc_info for r in caplog.records)

    # Not even a status line fits: nothing is marked failed, and the log says why.
    filler.unlink()
    fill(small_disk)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        report = poll_once(cfg, store, [ListSource("lo-support", emails)], CLOCK).mailboxes[0]
    assert report.error and "full" in report.error
    assert statuses(store) == {"case": 1}
    assert any("disk is full" in r.getMessage() and r.levelno >= logging.WARNING for r in caplog.records)

    (small_disk / "filler").unlink()  # space again: the same emails go in, none failed
    report = poll_once(cfg, store, [ListSource("lo-support", emails)], CLOCK).mailboxes[0]
    assert report.error is None and report.outcomes["case"] == 2
    assert statuses(store) == {"case": 3} and state(store).last_error is None
    store.close()


# -- SMTP: RSET after a refusal, and timeouts -------------------------------------------------

class StrictServer:
    """An aiosmtpd handler refusing the first ``refuse`` messages with 500
    after DATA and, as some servers do, keeping the refused transaction open
    until RSET (a MAIL before it gets "503 nested MAIL command").  With
    ``stall`` it waits that many seconds before answering the message."""

    def __init__(self, refuse: int = 0, stall: float = 0.0):
        self.refuse = refuse
        self.stall = stall
        self.open_transactions: set[int] = set()
        self.sessions: set[int] = set()
        self.resets = 0
        self.received: list[bytes] = []
        self.refused: list[bytes] = []

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.sessions.add(id(session))
        if id(session) in self.open_transactions:
            return "503 5.5.1 Error: nested MAIL command"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RSET(self, server, session, envelope):
        self.resets += 1
        self.open_transactions.discard(id(session))
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.stall:
            await asyncio.sleep(self.stall)
        if self.refuse:
            self.refuse -= 1
            self.refused.append(envelope.content)
            self.open_transactions.add(id(session))
            return "500 5.6.0 Message refused (test server)"
        self.received.append(envelope.content)
        return "250 2.0.0 OK: queued"


@pytest.fixture
def strict_server():
    from aiosmtpd.controller import Controller

    handler = StrictServer()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    handler.port = port
    try:
        yield handler
    finally:
        controller.stop()


def approved_drafts(tmp_path, cfg, n: int) -> tuple[Store, list[int]]:
    store, _ = sqlite_store(tmp_path, cfg)
    poll_once(cfg, store, [ListSource("lo-support", [fetched(i) for i in range(1, n + 1)])], CLOCK)
    ids = sorted(d.id for d in pending_drafts(store))
    for draft_id in ids:
        approve_draft(store, draft_id, who="lead", now=CLOCK.now())
    return store, ids


def smtp_config(port: int, timeout: int = 60):
    cfg = in_process(make_config())
    cfg.smtp = {"default": SmtpServer(name="default", host="127.0.0.1", port=port, security="none", username="",
                                      password_env="", sent_folder="", timeout_seconds=timeout)}
    return cfg


def test_a_500_on_one_message_is_reset_and_the_next_on_the_same_connection_goes_through(tmp_path, strict_server):
    strict_server.refuse = 1
    cfg = smtp_config(strict_server.port)
    store, (first, second) = approved_drafts(tmp_path, cfg, 2)
    report = send_approved(cfg, store, CLOCK)
    assert report.failed == [first] and report.sent == [second], report
    assert "500 5.6.0" in draft(store, first).send_error
    assert len(strict_server.received) == 1 and strict_server.resets >= 1
    assert len(strict_server.sessions) == 1  # the same connection carried both
    store.close()


def test_a_server_that_stops_answering_after_the_message_is_left_uncertain_within_the_timeout(
        tmp_path, strict_server):
    strict_server.stall = 60  # far past the client's 1 s: a loaded machine cannot blur the two
    cfg = smtp_config(strict_server.port, timeout=1)
    store, (only,) = approved_drafts(tmp_path, cfg, 1)
    started = time.monotonic()
    report = send_approved(cfg, store, CLOCK)
    assert time.monotonic() - started < 30  # the 1 s command timeout, not the server's 60 s
    assert report.interrupted == [only] and report.sent == []
    assert draft(store, only).status == "sending" and "check the Sent folder" in draft(store, only).send_error
    assert send_approved(cfg, store, CLOCK).sent == []  # never resent blindly
    store.close()


def test_a_connection_left_out_of_sequence_defers_the_reply_instead_of_failing_it(tmp_path, strict_server):
    """Even a server that answers MAIL with 503 (a transaction it thinks is
    still open) fails no reply: that is the connection's state, not the reply's."""
    cfg = smtp_config(strict_server.port)
    store, (only,) = approved_drafts(tmp_path, cfg, 1)
    original = strict_server.handle_MAIL

    async def always_open(server, session, envelope, address, mail_options):
        strict_server.open_transactions.add(id(session))
        return await original(server, session, envelope, address, mail_options)

    strict_server.handle_MAIL = always_open
    report = send_approved(cfg, store, CLOCK)
    assert report.deferred == [only] and report.failed == []
    assert draft(store, only).status == "approved" and "out of sequence" in draft(store, only).send_error
    store.close()


def test_a_send_run_meeting_a_locked_database_says_why_and_leaves_the_drafts_approved(tmp_path, strict_server,
                                                                                    caplog):
    cfg = smtp_config(strict_server.port)
    store, (only,) = approved_drafts(tmp_path, cfg, 1)
    with caplog.at_level(logging.INFO), DatabaseLock(tmp_path / "mailbot.db", store) as lock:
        lock.take()
        report = send_approved(cfg, store, CLOCK)
    assert lock.released_by and "database is locked" in lock.released_by, lock.released_by
    assert lock.waited >= BUSY_SECONDS * 0.95, lock.waited  # a shorter lock would not have stopped it
    assert report.sent == [] and any("database is locked" in e for e in report.errors), report
    assert draft(store, only).status == "approved"
    assert not any(r.exc_info for r in caplog.records)
    assert send_approved(cfg, store, CLOCK).sent == [only]  # the lock gone, it goes out
    store.close()
