"""A small poll (fewer than SMALL_BATCH emails, as an IDLE wake-up brings)
is read under the same time budget as a large one: a hostile email in it is
failed with its reason and the next email is still stored."""

from __future__ import annotations

import time
from pathlib import Path

from mailbot.pipeline import Triage
from mailbot.reading.languages import pack_dirs
from mailbot.service.workers import SMALL_BATCH
from tests.reading_probe import HANG_MARK, HangingReader
from tests.test_parallel_ingest import cfg, fetched, poll_with, stored, stores  # noqa: F401
from tests.test_service import charged_twice


def hanging_readers(monkeypatch) -> None:
    """The poll's reader hangs on a marked email, as a pathological one would."""
    monkeypatch.setattr(Triage, "reader", lambda self, brand: HangingReader.of(
        brand, pack_dirs(self.config.path), self.ledger.project_names(brand.name), self.config.read_limits))


def test_a_hostile_email_in_a_small_poll_fails_with_its_reason_and_the_next_is_stored(
        cfg, stores, monkeypatch):  # noqa: F811
    cfg.email_seconds = 1
    hanging_readers(monkeypatch)
    hostile = charged_twice("<hostile@example.in>").replace(b"\r\n", b"\r\n" + HANG_MARK + b"\r\n", 1)
    emails = [fetched(hostile, 1), fetched(charged_twice("<next@example.in>"), 2)]
    assert len(emails) < SMALL_BATCH
    store = stores("small")
    started = time.monotonic()
    report, source = poll_with(cfg, store, emails, workers=2)
    assert time.monotonic() - started < 30

    records = {r.uid: r for r in stored(store)}
    assert records["1"].status == "failed"
    assert "ReadTimeout" in records["1"].error and "email_seconds" in records["1"].error
    assert records["2"].status != "failed" and records["2"].case_id is not None
    assert source.done_with == ["1", "2"] and not report.error


def test_a_small_poll_without_a_time_budget_is_read_in_process(cfg, stores, monkeypatch):  # noqa: F811
    cfg.email_seconds = 0
    from mailbot.service import workers as workers_module

    def no_worker(*args, **kwargs):
        raise AssertionError("no worker is started for a small poll without a budget")

    monkeypatch.setattr(workers_module, "ParseWorkers", no_worker)
    store = stores("inproc")
    report, _ = poll_with(cfg, store, [fetched(charged_twice(), 1)], workers=2)
    (record,) = stored(store)
    assert record.status != "failed" and record.case_id is not None and report.stored == 1


def test_under_mailbot_run_small_polls_use_the_standing_worker_under_the_budget(cfg, stores, monkeypatch):  # noqa: F811
    """``mailbot run`` keeps its parse worker from poll to poll: an IDLE
    wake-up's email is read by it at once, under the time budget; a hostile
    one fails alone, its worker is replaced, and the next polls go on with it."""
    from mailbot.service.lease import LeaseKeeper, new_worker_id
    from mailbot.service.poll import Poller
    from tests.test_service import CLOCK, ListSource

    cfg.email_seconds = 1
    hanging_readers(monkeypatch)
    store = stores("standing")
    poller = Poller(cfg, store, CLOCK, parse_workers=1,
                    keeper=LeaseKeeper(store, CLOCK, cfg.lease_seconds, new_worker_id()))
    source = ListSource("lo-support", [fetched(charged_twice("<first@example.in>"), 1)])
    try:
        assert poller.poll_mailbox(source).stored == 1
        standing = poller.standing
        deadline = time.monotonic() + 60
        while not standing._workers.ready and time.monotonic() < deadline:
            time.sleep(0.05)
        (first,) = [p.pid for p in standing._workers._processes]

        source.emails.append(fetched(charged_twice("<second@example.in>"), 2))
        assert poller.poll_mailbox(source).stored == 1
        assert [p.pid for p in standing._workers._processes] == [first]  # the same worker, kept

        hostile = charged_twice("<hostile@example.in>").replace(b"\r\n", b"\r\n" + HANG_MARK + b"\r\n", 1)
        source.emails += [fetched(hostile, 3), fetched(charged_twice("<fourth@example.in>"), 4)]
        report = poller.poll_mailbox(source)
        records = {r.uid: r for r in stored(store)}
        assert records["3"].status == "failed" and "ReadTimeout" in records["3"].error
        assert records["4"].status != "failed" and records["4"].case_id is not None and not report.error
        (replacement,) = [p.pid for p in standing._workers._processes]
        assert replacement != first and standing._workers.reusable

        source.emails.append(fetched(charged_twice("<fifth@example.in>"), 5))
        assert poller.poll_mailbox(source).stored == 1
        assert [p.pid for p in standing._workers._processes] == [replacement]
    finally:
        poller.close()
    assert standing._workers is None
    assert not Path(f"/proc/{replacement}").exists()
