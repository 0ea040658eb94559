"""A small poll (fewer than SMALL_BATCH emails, as an IDLE wake-up brings)
is read under the same time budget as a large one: a hostile email in it is
failed with its reason and the next email is still stored."""

from __future__ import annotations

import time

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
