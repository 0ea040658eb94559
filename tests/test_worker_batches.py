"""A parse worker reads the emails waiting for it together, in stages (parse
each, the main pattern pass over all their texts, then screen and extract
each: ``mailbot/reading/serve.py``), and still answers as one email at a
time would: the same readings, in the order handed, each email under its own
crash barrier and its own time budget."""

from __future__ import annotations

import multiprocessing
import time

from mailbot.reading.intake import Reader
from mailbot.reading.languages import pack_dirs
from mailbot.reading.serve import BATCH
from tests.dovecot import varied_emails
from tests.reading_probe import HangingReader, StagedProbeReader
from tests.test_parallel_ingest import cfg  # noqa: F401
from tests.test_reading_workers import through_one_worker
from tests.test_service import charged_twice


def probe(subject: str, n: int) -> bytes:
    """The charged-twice email with a probe in its subject (see StagedProbeReader)."""
    return charged_twice(message_id=f"<probe{n}@example.in>").replace(b"Subject: Charged twice",
                                                                      f"Subject: Charged twice {subject}".encode())


def all_at_once(reader, emails: list[bytes], email_seconds: float = 60) -> list:
    """Every email handed to one worker before the first result is asked (so they wait together)."""
    return through_one_worker(reader, emails, email_seconds)


def readers(cfg, kind=StagedProbeReader):  # noqa: F811
    brand = cfg.brands["leadsoptima"]
    return kind.of(brand, pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits), \
        Reader.of(brand, pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits)


def test_the_emails_waiting_are_read_together_and_answered_in_order(cfg):  # noqa: F811
    there, here = readers(cfg)
    emails = [charged_twice(message_id=f"<q{n}@example.in>") for n in range(2 * BATCH + 3)]
    results = all_at_once(there, emails)

    batches = {int(p.message.ignored.rsplit(" ", 1)[1]) for p in results}
    assert max(batches) > 1 and max(batches) <= BATCH  # read together, never more than BATCH
    for n, (parsed, raw) in enumerate(zip(results, emails), start=1):
        assert parsed.message.message == here(raw, f"lo-support:{n}").message  # its own email, in order
        assert parsed.message.message.source == f"lo-support:{n}"


def test_the_readings_of_a_batch_are_those_of_one_email_at_a_time(cfg):  # noqa: F811
    brand = cfg.brands["leadsoptima"]
    here = Reader.of(brand, pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits)
    emails = [charged_twice(), *varied_emails(3 * BATCH), b"\x00\x01 not an email"]
    there = all_at_once(Reader.of(brand, pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits), emails)

    assert [p.message for p in there[:-1]] == [here(raw, f"lo-support:{n}") for n, raw in enumerate(emails[:-1], 1)]
    assert type(there[-1].error).__name__ == "MessageError"


def test_an_error_in_either_stage_fails_that_email_alone(cfg):  # noqa: F811
    there, here = readers(cfg)
    emails = [charged_twice(message_id=f"<q{n}@example.in>") for n in range(12)]
    emails[3], emails[8] = probe("fail-parse", 3), probe("fail-read", 8)
    results = all_at_once(there, emails)

    assert [n for n, p in enumerate(results) if p.error is not None] == [3, 8]
    assert "parse stage" in str(results[3].error) and "read stage" in str(results[8].error)
    assert all(p.message.message == here(raw, f"lo-support:{n}").message
               for n, (p, raw) in enumerate(zip(results, emails), start=1) if n - 1 not in (3, 8))


def test_a_worker_that_dies_in_either_stage_of_a_batch_fails_that_email_alone(cfg):  # noqa: F811
    """The email in hand when the worker died fails, not the first one awaited; the rest are read
    by its replacement."""
    there, here = readers(cfg)
    emails = [charged_twice(message_id=f"<q{n}@example.in>") for n in range(12)]
    emails[4], emails[9] = probe("die-parse", 4), probe("die-read", 9)
    results = all_at_once(there, emails)

    assert [n for n, p in enumerate(results) if p.error is not None] == [4, 9]
    assert all("exited with code 3" in str(results[n].error) for n in (4, 9))
    assert all(p.message.message.message_id == f"<q{n}@example.in>"
               for n, p in enumerate(results) if n not in (4, 9))
    assert not multiprocessing.active_children()


def test_an_email_past_its_budget_in_a_batch_fails_alone_in_either_stage(cfg):  # noqa: F811
    there, _ = readers(cfg)
    emails = [charged_twice(message_id=f"<q{n}@example.in>") for n in range(12)]
    emails[2], emails[6] = probe("hang-read", 2), probe("hang-parse", 6)
    started = time.monotonic()
    results = all_at_once(there, emails, email_seconds=1)

    assert time.monotonic() - started < 30
    assert [n for n, p in enumerate(results) if p.error is not None] == [2, 6]
    assert {type(results[n].error).__name__ for n in (2, 6)} == {"ReadTimeout"}
    assert all(p.message.message.message_id == f"<q{n}@example.in>"
               for n, p in enumerate(results) if n not in (2, 6))
    assert not multiprocessing.active_children()


def test_the_budget_counts_an_emails_own_reading_across_the_stages_of_its_batch(cfg):  # noqa: F811
    """Six emails of 0.6 s each (0.3 s in each stage) are read together in 3.6 s: none is past a
    1 s budget; one of 1.4 s (0.7 s in each stage) is, though no stage alone is."""
    there, _ = readers(cfg)
    emails = [probe("slow-3", n) for n in range(6)] + [probe("slow-7", 6), probe("slow-3", 7)]
    results = all_at_once(there, emails, email_seconds=1)

    assert [n for n, p in enumerate(results) if p.error is not None] == [6]
    assert type(results[6].error).__name__ == "ReadTimeout"


def test_a_reader_with_its_own_call_is_called_one_email_at_a_time(cfg):  # noqa: F811
    """A subclass that reads otherwise (HangingReader's own __call__) is not read in stages."""
    there, _ = readers(cfg, HangingReader)
    assert not there.reads_in_stages() and Reader.of(cfg.brands["leadsoptima"], ()).reads_in_stages()
