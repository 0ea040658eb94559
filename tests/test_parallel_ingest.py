"""Parsing in a worker process while the main process stores: the same
records, cases and drafts as in-process, each email once, oldest first, and a
worker that fails or dies costs one email, never the poll."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from mailbot.reading.parse import parse_message
from mailbot.service import poll as poll_module
from mailbot.service.poll import Poller
from mailbot.service.worker_pool import ParseWorkers
from mailbot.service.workers import SMALL_BATCH, parsed_in_order, worker_count
from mailbot.sources.imap import ImapSource
from mailbot.store import Store, import_ledger, upgrade
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store.positions import mailbox_state
from tests.conftest import mailbox_settings
from tests.dovecot import PASSWORD_ENV, message_id, varied_emails
from tests.helpers import EXAMPLES, config
from tests.test_service import CLOCK, ListSource, answer, charged_twice, fetched

CRASH_MARK = b"X-Test-Kill-Parse-Worker: yes"
ROOT = Path(__file__).resolve().parents[1]


def parse_or_die(raw: bytes, source: str = ""):
    """Parses like mailbot, but the worker process dies on a marked email."""
    if CRASH_MARK in raw:
        os._exit(3)
    return parse_message(raw, source)


def every_email_through_the_worker(parse=None, **options):
    """``parsed_in_order`` that waits for the worker instead of parsing the
    first emails in-process while it starts; with ``parse``, the workers run
    it instead of the poll's reader (parse, screen, extract)."""
    def run(*args, **kwargs):
        if parse is not None:
            kwargs["parse"] = parse
        return parsed_in_order(*args, **{**kwargs, "parse_while_starting": False, **options})
    return run


def open_store(path: Path, cfg) -> Store:
    url = f"sqlite:///{path}"
    upgrade(url)
    store = Store.open(url)
    import_ledger(store, EXAMPLES / "ledger.json", cfg.zone_of, who="test", now=CLOCK.now())
    return store


@pytest.fixture
def cfg():
    base = config()
    base.mailboxes = [mailbox_settings(name="lo-support", brand="leadsoptima")]
    return base


@pytest.fixture
def stores(tmp_path, cfg):
    opened = []

    def make(name: str) -> Store:
        opened.append(open_store(tmp_path / f"{name}.db", cfg))
        return opened[-1]

    yield make
    for store in opened:
        store.close()


def a_mixed_inbox(count: int = 60) -> list:
    """Varied emails (HTML, attachments, auto-replies, malformed, garbage) and, among
    them, a customer's request and her answer that must join its case."""
    emails = [fetched(raw, uid) for uid, raw in enumerate(varied_emails(count), start=1)]
    emails.insert(10, fetched(charged_twice(), 1000))
    emails.insert(40, fetched(b"\x00\x01\x02 not an email", 1002))  # fails to parse
    emails.append(fetched(answer("Re: Charged twice", "<a1@example.in>", In_Reply_To="<q1@example.in>"), 1001))
    return [fetched(f.raw, uid) for uid, f in enumerate(emails, start=1)]


def stored(store):
    with store.connect() as conn:
        return message_store.list_messages(conn)


def what_became_of(store) -> list[tuple]:
    """Every record with its case's decision and draft, comparable across stores."""
    out = []
    with store.connect() as conn:
        cases = {c.id: c for c in case_store.list_cases(conn)}
        for m in message_store.list_messages(conn):
            case = cases.get(m.case_id)
            drafts = [(d.template, d.subject, d.body, d.status)
                      for d in case_store.list_drafts(conn, case_id=m.case_id)] if m.case_id else []
            out.append((m.uid, m.message_id, m.status, m.reason, m.error, m.case_id,
                        case and (case.status, case.outcome, case.reference, case.fields), drafts))
    return out


def poll_with(cfg, store, emails, workers: int, stop=None):
    source = ListSource("lo-support", emails)
    report = Poller(cfg, store, CLOCK, parse_workers=workers).poll_mailbox(source, stop)
    return report, source


def test_auto_is_one_worker_whatever_the_cores():
    assert (worker_count("auto", cores=1), worker_count("auto", cores=2), worker_count("auto", cores=8)) == (1, 1, 1)
    assert worker_count(0, cores=8) == 0 and worker_count(3, cores=1) == 3


def test_with_a_parse_worker_every_email_is_stored_once_oldest_first(cfg, stores):
    store = stores("pool")
    emails = a_mixed_inbox()
    report, source = poll_with(cfg, store, emails, workers=1)

    records = stored(store)
    assert [r.uid for r in records] == [f.uid for f in emails]  # one record each, in mailbox order
    assert source.done_with == [f.uid for f in emails]
    assert sum(report.outcomes.values()) == len(emails) and not report.error
    with store.connect() as conn:
        assert mailbox_state(conn, "lo-support").last_uid == int(emails[-1].uid)

    again, _ = poll_with(cfg, store, emails, workers=1)
    assert again.stored == 0 and len(stored(store)) == len(emails)


def test_the_worker_makes_the_same_decisions_as_in_process(cfg, stores, monkeypatch):
    emails = a_mixed_inbox()
    in_process, with_worker = stores("in-process"), stores("worker")
    poll_with(cfg, in_process, emails, workers=0)
    monkeypatch.setattr(poll_module, "parsed_in_order", every_email_through_the_worker())
    poll_with(cfg, with_worker, emails, workers=1)

    expected = what_became_of(in_process)
    assert what_became_of(with_worker) == expected
    statuses = {row[2] for row in expected}
    assert {"case", "ignored", "failed"} <= statuses  # the inbox exercises every path
    assert any(len(row[7]) == 2 for row in expected)  # the answer re-decided its case: a superseded draft


def test_an_email_the_worker_cannot_parse_fails_alone_with_the_in_process_error(cfg, stores, monkeypatch):
    emails = a_mixed_inbox(40)
    emails[5] = fetched(b"\x00\x01\x02 this is not an email at all", emails[5].uid)
    broken_mime = b"Content-Type: multipart/mixed; boundary=\r\n X-Old-Content-Type:"
    emails[6] = fetched(emails[6].raw.replace(b"Content-Type:", broken_mime, 1), emails[6].uid)
    in_process, with_worker = stores("in-process"), stores("worker")
    poll_with(cfg, in_process, emails, workers=0)
    monkeypatch.setattr(poll_module, "parsed_in_order", every_email_through_the_worker())
    poll_with(cfg, with_worker, emails, workers=1)

    failed = [r for r in stored(with_worker) if r.uid == emails[5].uid][0]
    assert failed.status == "failed" and "MessageError" in failed.error
    assert [(r.uid, r.status, r.error) for r in stored(with_worker)] == \
        [(r.uid, r.status, r.error) for r in stored(in_process)]


def test_a_worker_that_dies_fails_the_email_in_hand_and_the_rest_are_triaged(cfg, stores, monkeypatch):
    monkeypatch.setattr(poll_module, "parsed_in_order", every_email_through_the_worker(parse=parse_or_die))
    emails = a_mixed_inbox(70)
    victim = 50
    raw = emails[victim].raw.replace(b"\r\n", b"\r\n" + CRASH_MARK + b"\r\n", 1)
    emails[victim] = fetched(raw, emails[victim].uid)
    store = stores("worker")
    report, source = poll_with(cfg, store, emails, workers=1)

    records = stored(store)
    assert [r.uid for r in records] == [f.uid for f in emails]
    failed = [r for r in records if r.uid == emails[victim].uid][0]
    assert failed.status == "failed" and "ParseWorkerError" in failed.error and "code 3" in failed.error
    assert [r.uid for r in records if r.error and "ParseWorkerError" in r.error] == [emails[victim].uid]
    assert source.done_with == [f.uid for f in emails]
    assert not multiprocessing.active_children()


def test_stop_finishes_the_email_in_hand_and_stops_the_worker(cfg, stores, monkeypatch):
    monkeypatch.setattr(poll_module, "GROUP_EMAILS", 8)
    stop = threading.Event()
    emails = a_mixed_inbox(SMALL_BATCH + 20)

    class StopAfterTen(ListSource):
        def done(self, f):
            super().done(f)
            if len(self.done_with) == 10:
                stop.set()

    store = stores("worker")
    source = StopAfterTen("lo-support", emails)
    report = Poller(cfg, store, CLOCK, parse_workers=1).poll_mailbox(source, stop)
    # The group in hand when stop came is committed (group commit), nothing after it.
    assert report.stopped and 10 <= len(stored(store)) == len(source.done_with) < len(emails)
    assert not multiprocessing.active_children()
    stop.clear()
    poll_with(cfg, store, emails, workers=1)
    assert [r.uid for r in stored(store)] == [f.uid for f in emails]


def test_a_sigterm_to_the_whole_group_leaves_the_worker_to_the_main_process():
    workers = ParseWorkers(1)
    try:
        workers.wait_ready()
        os.kill(workers._processes[0].pid, signal.SIGTERM)
        workers.submit(1, charged_twice(), "lo-support:1")
        assert workers.result(1).result().message_id == "<q1@example.in>"
    finally:
        workers.close()
    assert not multiprocessing.active_children()


_ORPHAN_PARENT = textwrap.dedent("""
    import sys, time
    from mailbot.service.worker_pool import ParseWorkers
    if __name__ == "__main__":
        workers = ParseWorkers(1)
        while not workers.ready:
            time.sleep(0.01)
        print(workers._processes[0].pid, flush=True)
        time.sleep(600)
""")


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def test_kill_9_of_the_main_process_leaves_no_parse_worker_behind(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(_ORPHAN_PARENT)
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, cwd=ROOT)
    worker = None
    try:
        worker = int(parent.stdout.readline())
        assert _running(worker)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 30
        while _running(worker) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _running(worker)
    finally:
        if parent.poll() is None:
            parent.kill()
        if worker is not None and _running(worker):  # do not leave it to the next test
            os.kill(worker, signal.SIGKILL)


@pytest.mark.integration
def test_from_dovecot_with_a_parse_worker_every_email_once(dovecot, tmp_path, cfg, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    emails = varied_emails(200)
    dovecot.deliver(emails)
    box = mailbox_settings(name="lo-support", brand="leadsoptima", host="127.0.0.1", port=dovecot.port,
                           security="none", username=dovecot.user, password_env=PASSWORD_ENV, batch_size=37)
    cfg.mailboxes = [box]
    store = open_store(tmp_path / "imap.db", cfg)
    try:
        poller = Poller(cfg, store, CLOCK, parse_workers=1)
        source = ImapSource(box)
        try:
            first = poller.poll_mailbox(source)
            second = poller.poll_mailbox(source)
        finally:
            source.close()
        records = stored(store)
        assert not first.error and first.stored == 200 and second.stored == 0
        assert len(records) == 200
        assert [int(r.uid) for r in records] == sorted(int(r.uid) for r in records)
        assert {r.message_id for r in records if r.status != "failed"} <= {message_id(e) for e in emails}
    finally:
        store.close()
