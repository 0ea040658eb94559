"""The pure work of every email (parse, screen, extract) runs in the parse
workers: they import only the reading modules, read exactly as the main
process would, and ``mailbot retry`` reads under the same time budget."""

from __future__ import annotations

import multiprocessing
import time

from mailbot.pipeline import Triage
from mailbot.reading.intake import Reader, Reading
from mailbot.reading.languages import pack_dirs
from mailbot.service.retry import retry_message
from mailbot.reading.serve import SLOT
from mailbot.service.worker_pool import ParseWorkers
from mailbot.store import messages as message_store
from tests.dovecot import varied_emails
from tests.reading_probe import HANG_MARK, HangingReader, ModulesReader
from tests.test_parallel_ingest import (cfg, every_email_through_the_worker, fetched, poll_module,  # noqa: F401
                                        poll_with, stored, stores)
from tests.test_service import CLOCK, charged_twice

NOT_IN_A_WORKER = ("sqlalchemy", "jinja2", "flask", "werkzeug", "imapclient", "alembic", "apscheduler")


def through_one_worker(reader, emails: list[bytes], email_seconds: float = 60) -> list:
    workers = ParseWorkers(1, reader, email_seconds)
    try:
        workers.wait_ready()
        for seq, raw in enumerate(emails, start=1):
            workers.submit(seq, raw, f"lo-support:{seq}")
        return [workers.result(seq) for seq in range(1, len(emails) + 1)]
    finally:
        workers.close()


def test_a_parse_worker_imports_only_the_reading_modules(cfg):  # noqa: F811
    reader = ModulesReader.of(cfg.brands["leadsoptima"], pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits)
    (loaded,) = [parsed.result() for parsed in through_one_worker(reader, [charged_twice()])]

    assert {"mailbot.reading.parse", "mailbot.reading.screen", "mailbot.reading.extract"} <= set(loaded)
    assert [m for m in loaded if m.split(".")[0] in NOT_IN_A_WORKER] == []
    ours = {m.split(".")[1] for m in loaded if m.startswith("mailbot.")}
    assert ours <= {"reading", "models", "invoices", "errors", "config"}, ours  # config: the brand's plain values
    assert "mailbot.store" not in loaded and "mailbot.drafting" not in loaded and "mailbot.pipeline" not in loaded


def test_a_worker_reads_every_email_as_the_main_process_does(cfg):  # noqa: F811
    brand = cfg.brands["leadsoptima"]
    emails = [charged_twice(), *varied_emails(40), b"\x00\x01 not an email"]
    here = Reader.of(brand, pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits)
    there = through_one_worker(Reader.of(brand, pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits), emails)

    readings = [p.message for p in there]
    assert all(isinstance(r, Reading) for r in readings[:-1])
    assert readings[:-1] == [here(raw, f"lo-support:{n}") for n, raw in enumerate(emails[:-1], start=1)]
    assert {r.ignored is None for r in readings[:-1]} == {True, False}  # both paths: a person's mail and C7
    assert all((r.extraction is None) == (r.ignored is not None) for r in readings[:-1])
    assert any(r.extraction.intents for r in readings[:-1] if r.extraction)
    assert type(there[-1].error).__name__ == "MessageError"


def test_retry_reads_in_a_worker_under_the_same_time_budget(cfg, stores, monkeypatch):  # noqa: F811
    cfg.email_seconds = 1
    store = stores("retry")
    raw = charged_twice().replace(b"\r\n", b"\r\n" + HANG_MARK + b"\r\n", 1)
    real_reader = Triage.reader
    monkeypatch.setattr(Triage, "reader", lambda self, brand: HangingReader.of(
        brand, pack_dirs(self.config.path), self.ledger.project_names(brand.name), self.config.read_limits))
    monkeypatch.setattr(poll_module, "parsed_in_order", every_email_through_the_worker())
    emails = [fetched(raw, 1)] + [fetched(e, n) for n, e in enumerate(varied_emails(40), start=2)]
    poll_with(cfg, store, emails, workers=1)
    (failed,) = [r for r in stored(store) if r.status == "failed"]
    assert failed.uid == "1" and "ReadTimeout" in failed.error

    started = time.monotonic()
    again = retry_message(cfg, store, failed.id, CLOCK, who="tester")
    assert time.monotonic() - started < 20
    assert again.kind == "failed" and "ReadTimeout" in again.detail and "email_seconds" in again.detail
    with store.connect() as conn:
        assert message_store.get_message(conn, failed.id).status == "failed"
    assert not multiprocessing.active_children()

    monkeypatch.setattr(Triage, "reader", real_reader)  # the fix: the same bytes read in time
    fixed = retry_message(cfg, store, failed.id, CLOCK, who="t")
    assert fixed.kind == "case" and fixed.draft is not None


def test_a_slot_caught_half_written_is_not_taken_for_an_email_past_its_budget():
    """The worker writes its slot (email, since) while the main process may
    read it: a read that sees the new email with the cleared time (0) must not
    count as an email in hand since the clock's zero (the worker was killed
    for nothing, its email failed with ReadTimeout, on a busy machine)."""
    workers = ParseWorkers(1, email_seconds=1)
    try:
        workers.wait_ready()
        (process,) = workers._processes
        SLOT.pack_into(process.slot, 0, 7, 0.0)  # as the worker's write would look half done
        workers._enforce_budget()
        assert workers._processes == [process] and process.is_alive() and 7 not in workers._done
        SLOT.pack_into(process.slot, 0, 7, time.monotonic() - 5)  # truly past its budget
        workers._enforce_budget()
        assert process not in workers._processes and not process.is_alive()
        assert type(workers._done[7][1]).__name__ == "ReadTimeout"
    finally:
        workers.close()
