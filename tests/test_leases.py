"""Workers sharing one database: mailbox leases with fencing tokens, draft
claims, and ``mailbot status`` saying who holds what; on a real SQLite file
and on a private PostgreSQL (``tests/postgres.py``)."""

from __future__ import annotations

import json
import logging
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from mailbot.errors import LeaseLost
from mailbot.service.lease import LeaseKeeper, gone_here, new_worker_id, who_holds_what
from mailbot.service.poll import Poller
from mailbot.service.review import approve_draft
from mailbot.service.send import INTERRUPTED, send_approved
from mailbot.sources.base import Fetched
from mailbot.store import Store, import_ledger, upgrade
from mailbot.store import claims as claim_store
from mailbot.store import leases as lease_store
from mailbot.store.positions import mailbox_state
from mailbot.store.schema import drafts, messages
from tests.casework import CLOCK, ListSource, charged_twice, draft, make_config, open_store, pending_drafts
from tests.helpers import EXAMPLES, ist
from tests.postgres import postgres_cluster, postgres_url  # noqa: F401  (the fixtures)
from tests.smtpd import smtpd  # noqa: F401  (the fixture)


class MovableClock:
    """A clock the test moves by hand."""

    def __init__(self, moment):
        self.moment = moment

    def now(self):
        return self.moment


def emails(n: int, start: int = 1) -> list[Fetched]:
    out = []
    for i in range(start, start + n):
        raw = charged_twice(f"<lease{i}@example.in>", sender=f"C{i} <c{i}@example.in>")
        out.append(Fetched(mailbox="lo-support", uidvalidity=1, uid=str(i), raw=raw, size=len(raw),
                           internaldate=ist(2025, 7, 8, 11, 0)))
    return out


def stored(store) -> int:
    with store.connect() as conn:
        return conn.execute(select(func.count()).select_from(messages)).scalar_one()


def position(store) -> int:
    with store.connect() as conn:
        state = mailbox_state(conn, "lo-support")
    return state.last_uid if state else 0


@pytest.fixture
def cfg(smtpd):
    return make_config(smtpd.port)


@pytest.fixture
def store(tmp_path, cfg):
    store = open_store(tmp_path, cfg)
    yield store
    store.close()


# -- the lease itself ------------------------------------------------------------------

def test_one_holder_at_a_time_and_an_expired_lease_changes_hands_with_a_new_token(store):
    clock = MovableClock(CLOCK.now())
    a = LeaseKeeper(store, clock, 20, new_worker_id())
    b = LeaseKeeper(store, clock, 20, "other-machine:4242:abcdef")  # alive as far as this machine can tell
    assert a.hold("lo-support") is None
    refusal = b.hold("lo-support")
    assert refusal is not None and refusal.holder == a.holder and "held by worker" in str(refusal)

    clock.moment = CLOCK.now() + timedelta(seconds=21)  # a stopped renewing (paused or dead elsewhere)
    assert b.hold("lo-support") is None
    with store.connect() as conn:
        lease = lease_store.get_lease(conn, "mailbox:lo-support")
    assert lease.holder == b.holder and lease.token == 2

    with pytest.raises(LeaseLost, match="now held by other-machine"):  # a's next commit is fenced off
        with store.begin() as conn:
            a.fence_for("lo-support")(conn)
    assert not a.holds("lo-support")


def test_a_holder_whose_process_ended_on_this_machine_is_taken_over_at_once(store):
    import socket

    dead = f"{socket.gethostname()}:{2 ** 22 + 12345}:000000"  # no such process
    assert gone_here(dead)
    with store.begin() as conn:
        assert lease_store.take_lease(conn, "mailbox:lo-support", dead, CLOCK.now(), 20) == 1
    keeper = LeaseKeeper(store, CLOCK, 20, new_worker_id())
    assert keeper.hold("lo-support") is None  # without waiting for the 20 s


def test_a_poll_after_the_lease_changed_hands_stores_nothing_and_moves_nothing(store, cfg):
    clock = MovableClock(CLOCK.now())
    first = Poller(cfg, store, clock, keeper=LeaseKeeper(store, clock, 20, new_worker_id()))
    assert not first.poll_mailbox(ListSource("lo-support", emails(2))).error
    assert stored(store) == 2 and position(store) == 2

    class Paused(ListSource):
        """The worker is paused past its lease while it fetches; meanwhile another takes over."""

        def fetch_new(self, pos):
            clock.moment = CLOCK.now() + timedelta(seconds=30)
            assert LeaseKeeper(store, clock, 20, "other-machine:1:aaaaaa").hold("lo-support") is None
            yield from super().fetch_new(pos)

    report = first.poll_mailbox(Paused("lo-support", emails(3)))
    assert report.error and report.error.startswith("LeaseLost")
    assert stored(store) == 2 and position(store) == 2  # the fenced commit was rolled back
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(messages).where(messages.c.status == "failed")
                            ).scalar_one() == 0


def test_on_sqlite_a_second_worker_waits_and_status_says_who_holds_the_mailbox(store, cfg):
    one = Poller(cfg, store, CLOCK, keeper=LeaseKeeper(store, CLOCK, 20, new_worker_id()).start(heartbeat=False))
    two = Poller(cfg, store, CLOCK, keeper=LeaseKeeper(store, CLOCK, 20, new_worker_id()).start(heartbeat=False))
    assert one.poll_mailbox(ListSource("lo-support", emails(3))).outcomes["case"] == 3
    waiting = two.poll_mailbox(ListSource("lo-support", emails(4)))
    assert waiting.held_by and one.keeper.holder in waiting.held_by and not waiting.error
    assert "not polled here" in waiting.summary()
    assert stored(store) == 3

    with store.connect() as conn:
        holdings = who_holds_what(conn, CLOCK.now())
    assert holdings.mailbox("lo-support")["held_by"] == one.keeper.holder
    assert {w["worker"] for w in holdings.workers} == {one.keeper.holder, two.keeper.holder}

    one.keeper.stop()  # a clean stop lets the mailbox go at once
    assert two.poll_mailbox(ListSource("lo-support", emails(4))).outcomes["case"] == 1
    assert stored(store) == 4
    two.keeper.stop()


def test_status_shows_the_holder_of_each_mailbox(tmp_path, capsys, monkeypatch):
    import shutil

    from mailbot.cli import main
    from mailbot.clock import SystemClock
    from tests.helpers import DEFAULTS

    shutil.copytree(DEFAULTS / "config", tmp_path / "config")
    (tmp_path / "templates").symlink_to(DEFAULTS / "templates")
    (tmp_path / "examples").symlink_to(EXAMPLES)
    monkeypatch.delenv("MAILBOT_CONFIG", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["--config", "config/mailbot.toml", "db", "upgrade"]) == 0
    url = f"sqlite:///{tmp_path / 'var' / 'mailbot.db'}"
    store = Store.open(url)
    keeper = LeaseKeeper(store, SystemClock(), 20, new_worker_id()).start(heartbeat=False)
    assert keeper.hold("local-demo") is None
    capsys.readouterr()
    assert main(["--config", "config/mailbot.toml", "status", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    rows = {line["mailbox"]: line for line in lines if "mailbox" in line}
    assert rows["local-demo"]["held_by"] == keeper.holder and rows["local-demo"]["lease_token"] == 1
    (workers,) = [line["workers"] for line in lines if "workers" in line]
    assert workers == [{"worker": keeper.holder, "mailboxes": ["local-demo"], "sending": 0}]
    assert main(["--config", "config/mailbot.toml", "status"]) == 0
    out = capsys.readouterr().out
    assert "HELD BY" in out and keeper.holder in out
    keeper.stop()
    store.close()


# -- sending: claims, and no false "interrupted" ---------------------------------------------

def approved(cfg, store, n: int) -> list[int]:
    Poller(cfg, store, CLOCK).poll_mailbox(ListSource("lo-support", emails(n)))
    ids = [d.id for d in pending_drafts(store)]
    for draft_id in ids:
        approve_draft(store, draft_id, who="lead", now=CLOCK.now())
    return ids


def test_a_draft_a_live_worker_is_sending_is_not_flagged_by_another_sender(cfg, store, smtpd):
    (draft_id,) = approved(cfg, store, 1)
    busy = LeaseKeeper(store, CLOCK, 20, new_worker_id()).start(heartbeat=False)
    with store.begin() as conn:  # a live worker has claimed it and is in the SMTP transaction
        assert claim_store.claim_draft(conn, draft_id, busy.holder, CLOCK.now()) is not None
    report = send_approved(cfg, store, CLOCK)
    assert report.interrupted == [] and report.sent == []
    assert draft(store, draft_id).send_error is None

    busy.stop()  # ... and now it is gone without finishing: the next run flags it, never resends
    report = send_approved(cfg, store, CLOCK)
    assert report.interrupted == [draft_id] and draft(store, draft_id).send_error == INTERRUPTED
    assert smtpd.received == []


def test_a_sender_on_another_machine_that_stopped_renewing_is_flagged_after_its_lease(cfg, store):
    (draft_id,) = approved(cfg, store, 1)
    clock = MovableClock(CLOCK.now())
    elsewhere = "other-machine:77:bbbbbb"
    with store.begin() as conn:
        lease_store.take_lease(conn, "worker:" + elsewhere, elsewhere, clock.now(), 20)
        claim_store.claim_draft(conn, draft_id, elsewhere, clock.now())
    assert send_approved(cfg, store, clock).interrupted == []
    clock.moment = CLOCK.now() + timedelta(seconds=21)
    assert send_approved(cfg, store, clock).interrupted == [draft_id]


# -- PostgreSQL ------------------------------------------------------------------------

@pytest.fixture
def pg_store(postgres_url, cfg):
    upgrade(postgres_url)
    store = Store.open(postgres_url)
    import_ledger(store, EXAMPLES / "ledger.json", cfg.zone_of, who="test", now=CLOCK.now())
    yield store
    store.close()


@pytest.mark.integration
def test_postgresql_two_senders_at_once_send_each_draft_once_without_false_alarms(cfg, pg_store, smtpd):
    ids = approved(cfg, pg_store, 40)
    barrier = threading.Barrier(2)
    reports = []

    def sender():
        barrier.wait()
        reports.append(send_approved(cfg, pg_store, CLOCK))

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert len(reports) == 2
    assert sorted(reports[0].sent + reports[1].sent) == sorted(ids)
    assert reports[0].interrupted == reports[1].interrupted == []
    delivered = [r.message["Message-ID"] for r in smtpd.received]
    assert len(delivered) == len(set(delivered)) == len(ids)
    with pg_store.connect() as conn:
        statuses = set(conn.execute(select(drafts.c.status).where(drafts.c.id.in_(ids))).scalars())
    assert statuses == {"sent"}


@pytest.mark.integration
def test_postgresql_skip_locked_passes_over_a_draft_another_transaction_is_claiming(cfg, pg_store):
    first, second = approved(cfg, pg_store, 2)
    with pg_store.begin() as holding:  # a claim in progress holds the row lock on the first draft
        claimed = claim_store.claim_next_draft(holding, "worker-a", CLOCK.now())
        assert claimed.id == first
        with pg_store.begin() as other:
            taken = claim_store.claim_next_draft(other, "worker-b", CLOCK.now())
            assert taken is not None and taken.id == second  # not blocked, not the same draft


def waited_on(store: Store, longest: float = 60.0) -> bool:
    """Back once another transaction of the database waits on a lock (or after
    ``longest`` seconds: the test then fails on what the polls did, not by hanging)."""
    deadline = time.monotonic() + longest
    while time.monotonic() < deadline:
        with store.connect() as conn:
            if conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                 "AND wait_event_type = 'Lock'")).scalar():
                return True
        time.sleep(0.05)
    return False


@pytest.mark.integration
def test_postgresql_a_unique_key_race_between_two_mailboxes_is_looked_at_again_without_a_traceback(
        pg_store, caplog):
    """The same email reaches two mailboxes of one brand, polled by two
    workers at once: the second insert waits on the first's uncommitted key,
    then meets the unique constraint; the email is looked at again and is a
    duplicate, not a failure."""
    from tests.casework import mailbox_settings

    cfg = make_config(mailboxes=[mailbox_settings(name="lo-a", brand="leadsoptima"),
                                 mailbox_settings(name="lo-b", brand="leadsoptima")])
    raw = charged_twice("<same@example.in>", sender="Same <same@example.in>")

    def source(name):
        return ListSource(name, [Fetched(mailbox=name, uidvalidity=1, uid="1", raw=raw, size=len(raw),
                                         internaldate=ist(2025, 7, 8, 11, 0))])

    inside = threading.Event()
    # Read in-process (parse_workers=0): the race is in the store, and starting a parse worker
    # on a loaded machine can take longer than the first poll holds its uncommitted rows.
    first = Poller(cfg, pg_store, CLOCK, parse_workers=0, keeper=LeaseKeeper(pg_store, CLOCK, 20, new_worker_id()))
    fence = first.keeper.fence_for

    def slow_fence(mailbox):
        check = fence(mailbox)

        def hold_then_check(conn):
            inside.set()  # the email's rows are written, not committed
            waited_on(pg_store)  # until the second poll's insert waits on them (not a fixed sleep)
            check(conn)
        return hold_then_check

    first.keeper.fence_for = slow_fence
    second = Poller(cfg, pg_store, CLOCK, parse_workers=0, keeper=LeaseKeeper(pg_store, CLOCK, 20, new_worker_id()))
    reports = {}
    thread = threading.Thread(target=lambda: reports.setdefault("a", first.poll_mailbox(source("lo-a"))))
    with caplog.at_level(logging.INFO):
        thread.start()
        assert inside.wait(30)
        reports["b"] = second.poll_mailbox(source("lo-b"))
        thread.join(30)
    assert reports["a"].outcomes == {"case": 1} and reports["b"].outcomes == {"duplicate": 1}
    assert not reports["a"].error and not reports["b"].error
    with pg_store.connect() as conn:
        assert conn.execute(select(messages.c.status)).scalars().all() == ["case"]
    assert any("looking again" in r.getMessage() for r in caplog.records)
    assert not any(r.exc_info for r in caplog.records)


@pytest.mark.integration
def test_on_sqlite_a_second_mailbot_run_waits_then_takes_over_when_the_first_is_killed(dovecot, project):
    import os
    import signal
    import subprocess
    import sys

    from tests.dovecot import message_id, varied_emails
    from tests.test_worker import records, wait_for

    project.write(poll_seconds=1)
    upgrade(project.database_url)
    env = dict(os.environ, MAILBOT_CONFIG=str(project.config_path))
    logs = [project.root / "first.log", project.root / "second.log"]

    def start(log):
        with open(log, "wb") as out:
            return subprocess.Popen([sys.executable, "-m", "mailbot", "run"], env=env, cwd=project.root,
                                    stdout=out, stderr=subprocess.STDOUT)

    first = start(logs[0])
    assert wait_for(lambda: "held by worker" in logs[0].read_text(), 60, step=0.1)
    second = start(logs[1])
    try:
        assert wait_for(lambda: "waiting: mailbox support is held by worker" in logs[1].read_text(), 60, step=0.1)
        batch = [raw for raw in varied_emails(30) if b"never-closed" not in raw]
        dovecot.deliver(batch)
        assert wait_for(lambda: len(records(project)) == len(batch), 60, step=0.2)

        first.send_signal(signal.SIGKILL)
        first.wait(10)
        later = [raw for raw in varied_emails(20, start=1000) if b"never-closed" not in raw]
        dovecot.deliver(later)
        assert wait_for(lambda: len(records(project)) == len(batch) + len(later), 60, step=0.2)
        assert "taken over from worker" in logs[1].read_text()
        ids = [r.message_id for r in records(project)]
        assert len(ids) == len(set(ids)) and set(ids) == {message_id(raw) for raw in batch + later}
    finally:
        for proc in (first, second):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(30)
    assert not any("Traceback" in log.read_text() for log in logs)
