"""The live demo: sample emails and ledger moved to "now" by whole weeks,
keeping every interval, so the decisions are those of the shipped dates and
the ages are those of a real day."""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta, timezone

from mailbot.config import load_config
from mailbot.service.demo import demo_mailboxes, maildir_path, run_demo
from mailbot.service.live_demo import email_date, shifted_email, shifted_ledger, weeks_to_now
from mailbot.store import cases as case_store
from mailbot.store.database import Store
from tests.helpers import DEFAULTS, EXAMPLES
from tests.webapp import START, MovingClock

NOW = datetime(2026, 11, 29, 23, 0, tzinfo=timezone.utc)


def project(root):
    shutil.copytree(DEFAULTS / "config", root / "config")
    (root / "templates").symlink_to(DEFAULTS / "templates")
    (root / "examples").symlink_to(EXAMPLES)
    return load_config(root / "config" / "mailbot.toml")


def decided(config):
    store = Store.open(config.database_url)
    try:
        with store.connect() as conn:
            cases = case_store.list_cases(conn)
            drafts = {d.case_id: d.template for d in case_store.list_drafts(conn)}
    finally:
        store.close()
    return cases, drafts


def test_the_live_demo_decides_as_the_shipped_dates_and_looks_like_today(tmp_path):
    (tmp_path / "shipped").mkdir()
    (tmp_path / "live").mkdir()
    shipped = project(tmp_path / "shipped")
    live = project(tmp_path / "live")
    run_demo(shipped, MovingClock(START + timedelta(days=30)))
    summary = run_demo(live, MovingClock(NOW), live=True)
    before, before_drafts = decided(shipped)
    after, after_drafts = decided(live)
    key = lambda c: (c.brand, c.customer, c.subject)  # noqa: E731
    assert sorted((key(c), c.status, c.outcome, before_drafts.get(c.id)) for c in before) == \
        sorted((key(c), c.status, c.outcome, after_drafts.get(c.id)) for c in after)
    for brand in live.brands:
        latest = max(c.request_time for c in after if c.brand == brand)
        assert NOW - timedelta(days=7) < latest <= NOW  # the newest sample is from this week
    for c in after:  # the weekday and the time of day are kept
        twin = next(b for b in before if b.reference == c.reference)
        assert key(twin) == key(c)
        assert (c.request_time - twin.request_time) % timedelta(weeks=1) == timedelta(0)
    # The Maildir files carry their (moved) Date as their time.
    for mailbox in demo_mailboxes(live).values():
        for path in (maildir_path(live, mailbox) / "cur").iterdir():
            moment = email_date(path.read_bytes())
            assert moment is not None and abs(os.stat(path).st_mtime - moment.timestamp()) < 1
    assert summary.drafts
    again = run_demo(live, MovingClock(NOW + timedelta(days=9)), live=True)  # the shift is kept: nothing new
    assert again.delivered == 0 and len(decided(live)[0]) == len(after)


def test_a_shift_moves_dates_and_date_times_of_the_brand_only():
    data = {"payments": [{"brand": "a", "paid_at": "2025-07-03T09:12:00", "period_end": "2026-07-02", "amount": "1"},
                         {"brand": "b", "paid_at": "2025-07-03T09:12:00"}]}
    moved = shifted_ledger(data, {"a": 2})
    assert moved["payments"][0] == {"brand": "a", "paid_at": "2025-07-17T09:12:00", "period_end": "2026-07-16",
                                    "amount": "1"}
    assert moved["payments"][1] == data["payments"][1]
    raw = b"From: x@example.in\r\nDate: Tue, 08 Jul 2025 11:20:00 +0530\r\n\r\nDate: not a header\r\n"
    out, moment = shifted_email(raw, 3)
    assert out == b"From: x@example.in\r\nDate: Tue, 29 Jul 2025 11:20:00 +0530\r\n\r\nDate: not a header\r\n"
    assert moment == email_date(out)
    assert weeks_to_now(datetime(2025, 7, 8, tzinfo=timezone.utc), datetime(2025, 7, 21, tzinfo=timezone.utc)) == 1
