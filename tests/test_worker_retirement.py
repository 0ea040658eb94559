"""A parse worker past its memory bound (``worker_memory_mb``) retires after the batch in hand and
a fresh one takes the rest: real worker processes, a bound so small that every batch passes it."""

from __future__ import annotations

import logging
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

from mailbot.config import collect, load_config
from mailbot.reading.intake import Reader
from mailbot.reading.languages import pack_dirs
from mailbot.reading.retire import past_bound, resident_bytes
from mailbot.service.poll import Poller
from mailbot.service.standing import StandingWorkers
from mailbot.service.workers import parsed_in_order
from tests.dovecot import varied_emails
from tests.helpers import CONFIG, DEFAULTS
from tests.test_parallel_ingest import a_mixed_inbox, cfg, stores, what_became_of  # noqa: F401
from tests.test_service import CLOCK, ListSource, fetched

ROOT = Path(__file__).resolve().parents[1]
LOG_ENV = "MAILBOT_TEST_READ_LOG"
TINY_MB = 1
"""Below any process's RSS: every worker retires after every batch."""


class CountingReader(Reader):
    """The poll's reader, noting each email it starts to read in the file named by ``LOG_ENV``
    (appended by the worker process itself, so the test sees what the workers really read)."""

    def parse(self, raw: bytes, source: str = ""):
        if source != "warm-up":
            with open(os.environ[LOG_ENV], "a") as log:
                log.write(source + "\n")
        return super().parse(raw, source)


@pytest.fixture
def read_log(tmp_path, monkeypatch):
    path = tmp_path / "read.log"
    path.touch()
    monkeypatch.setenv(LOG_ENV, str(path))  # the zygote inherits the environment
    return lambda: path.read_text().splitlines()


def retirements(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if "retired at" in r.getMessage()]


def counting_reader(cfg) -> CountingReader:  # noqa: F811
    return CountingReader.of(cfg.brands["leadsoptima"], pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits)


def a_poll(emails, reader, memory_mb: int, standing=None, processes: int = 1):
    """The poll's view: each email with its reading, in the order given."""
    return list(parsed_in_order(emails, "lo-support", processes, parse=reader, email_seconds=60,
                                parse_while_starting=False, standing=standing, memory_mb=memory_mb))


def assert_read_once_in_order(out, emails, read_log) -> None:
    assert [f.uid for f, _ in out] == [f.uid for f in emails]  # the order of storing kept
    assert all(parsed is not None and parsed.error is None for _, parsed in out)  # no email failed
    sources = [f"lo-support:{f.uid}" for f in emails]
    reads = read_log()
    assert Counter(reads) == Counter(sources), "each email read exactly once"


@pytest.mark.parametrize("processes", [1, 2])
def test_a_worker_past_its_bound_retires_and_every_email_is_read_once_in_order(
        cfg, read_log, caplog, processes):  # noqa: F811
    caplog.set_level(logging.INFO, logger="mailbot.service.worker_pool")
    emails = [fetched(raw, uid) for uid, raw in enumerate(varied_emails(70), start=1)]
    reader = counting_reader(cfg)
    out = a_poll(emails, reader, TINY_MB, processes=processes)
    assert_read_once_in_order(out, emails, read_log)
    if processes == 1:
        assert read_log() == [f"lo-support:{f.uid}" for f in emails]  # one worker at a time: in order
    said = retirements(caplog)
    assert said and f"(worker_memory_mb {TINY_MB})" in said[0] and " MB RSS " in said[0]
    here = Reader.of(cfg.brands["leadsoptima"], pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits)
    for f, parsed in out[::9]:  # the same readings as one reader that never retired
        assert parsed.result() == here(f.raw, f"lo-support:{f.uid}")


def test_without_a_bound_or_under_it_no_worker_retires(cfg, read_log, caplog):  # noqa: F811
    caplog.set_level(logging.INFO, logger="mailbot.service.worker_pool")
    emails = [fetched(raw, uid) for uid, raw in enumerate(varied_emails(40), start=1)]
    for memory_mb in (0, 4096):
        out = a_poll(emails, counting_reader(cfg), memory_mb)
        assert [f.uid for f, p in out if p is not None and p.error is None] == [f.uid for f in emails]
    assert not retirements(caplog) and len(read_log()) == 2 * len(emails)
    assert past_bound(0) == 0 and past_bound(1) == resident_bytes() > 0 and past_bound(1 << 50) == 0


def test_standing_workers_retire_and_are_replaced_across_polls(cfg, read_log, caplog):  # noqa: F811
    caplog.set_level(logging.INFO, logger="mailbot.service.worker_pool")
    standing = StandingWorkers(1, 60, TINY_MB)
    reader = counting_reader(cfg)
    first = [fetched(raw, uid) for uid, raw in enumerate(varied_emails(40), start=1)]
    second = [fetched(raw, uid) for uid, raw in enumerate(varied_emails(40, start=40), start=41)]
    try:
        out = a_poll(first, reader, 0, standing=standing)  # the standing set's own bound applies
        kept = standing._workers
        assert kept is not None and kept.reusable  # a retirement is not a reason to drop the set
        after_first = len(retirements(caplog))
        out += a_poll(second, reader, 0, standing=standing)
        assert standing._workers is kept
    finally:
        standing.close()
    assert_read_once_in_order(out, first + second, read_log)
    assert read_log() == [f"lo-support:{f.uid}" for f in first + second]
    assert after_first >= 1 and len(retirements(caplog)) > after_first


def test_a_poll_with_retiring_workers_stores_what_one_in_process_stores(cfg, stores, caplog):  # noqa: F811
    caplog.set_level(logging.INFO, logger="mailbot.service.worker_pool")
    emails = a_mixed_inbox(50)
    cfg.worker_memory_mb = TINY_MB
    retiring_store, plain_store = stores("retiring"), stores("in-process")
    retiring = Poller(cfg, retiring_store, CLOCK, parse_workers=1).poll_mailbox(ListSource("lo-support", emails))
    plain = Poller(cfg, plain_store, CLOCK, parse_workers=0).poll_mailbox(ListSource("lo-support", emails))
    assert retirements(caplog) and not retiring.error and retiring.outcomes == plain.outcomes
    assert what_became_of(retiring_store) == what_became_of(plain_store)


def test_the_bound_is_a_documented_setting(tmp_path):
    shipped = load_config(ROOT / "mailbot" / "defaults" / "config" / "mailbot.toml")
    assert shipped.worker_memory_mb == 120
    doc = (ROOT / "docs" / "configuration.md").read_text()
    assert "`worker_memory_mb`" in doc and "retires" in doc
    shutil.copytree(CONFIG.parent, tmp_path / "config")
    shutil.copytree(DEFAULTS / "templates", tmp_path / "templates")
    main_file = tmp_path / "config" / "mailbot.toml"
    text = main_file.read_text()
    for value, problem in ((0, False), (64, False), (300, False), (10, True), (63, True)):
        main_file.write_text(text.replace("[mailbot]", f"[mailbot]\nworker_memory_mb = {value}", 1))
        found, problems = collect(main_file)
        said = [p for p in problems if "worker_memory_mb" in p]
        assert bool(said) == problem, (value, problems)
        if not problem:
            assert found.worker_memory_mb == value
