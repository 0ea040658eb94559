"""The time budget of one email: a parse worker past ``email_seconds`` is
killed and replaced; that email is recorded as failed with the reason, and
the rest of the mailbox goes on."""

from __future__ import annotations

import multiprocessing
import time

from mailbot.reading.parse import parse_message
from mailbot.service import poll as poll_module
from tests.test_parallel_ingest import (a_mixed_inbox, cfg, every_email_through_the_worker, fetched,  # noqa: F401
                                        poll_with, stored, stores)

HANG_MARK = b"X-Test-Hang-Parse-Worker: yes"


def parse_or_hang(raw: bytes, source: str = ""):
    """Parses like mailbot, but hangs (as a pathological email would) on a marked one."""
    if HANG_MARK in raw:
        while True:
            time.sleep(1)
    return parse_message(raw, source)


def test_an_email_past_its_time_budget_fails_alone_and_the_mailbox_goes_on(cfg, stores, monkeypatch):  # noqa: F811
    cfg.email_seconds = 1
    monkeypatch.setattr(poll_module, "parsed_in_order",
                        every_email_through_the_worker(parse=parse_or_hang))
    emails = a_mixed_inbox(50)
    victim = 20
    raw = emails[victim].raw.replace(b"\r\n", b"\r\n" + HANG_MARK + b"\r\n", 1)
    emails[victim] = fetched(raw, emails[victim].uid)
    store = stores("budget")
    started = time.monotonic()
    report, source = poll_with(cfg, store, emails, workers=1)
    assert time.monotonic() - started < 30

    records = stored(store)
    assert [r.uid for r in records] == [f.uid for f in emails]  # every email has its record, in order
    failed = [r for r in records if r.uid == emails[victim].uid][0]
    assert failed.status == "failed" and "ReadTimeout" in failed.error and "email_seconds" in failed.error
    assert [r.uid for r in records if r.error and "ReadTimeout" in r.error] == [emails[victim].uid]
    assert source.done_with == [f.uid for f in emails]
    assert not multiprocessing.active_children()
