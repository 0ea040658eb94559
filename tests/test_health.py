"""``/healthz`` and ``/metrics`` against a real Dovecot: figures read from the
store, equal to what ``mailbot messages list`` shows; 503 once the mailbox's
server is gone for more than three poll intervals; the bearer token.

The polls read in the polling process (tests/helpers.py ``in_process``, ci45): the figures are the store's,
and a parse worker started for each poll (loading the reading modules, compiling the brand's patterns) proved
nothing more here (the parse workers have their own tests)."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from datetime import timedelta

import pytest
from prometheus_client.parser import text_string_to_metric_families

from mailbot.cli import main
from mailbot.clock import FixedClock, SystemClock
from mailbot.service.poll import poll_once
from mailbot.sources import open_source
from mailbot.store import Store, upgrade
from tests.dovecot import varied_emails
from tests.helpers import in_process

pytestmark = pytest.mark.integration
POLL_SECONDS = 60


def samples(app_client) -> dict[str, list]:
    response = app_client.get("/metrics")
    assert response.status_code == 200 and response.content_type.startswith("text/plain")
    found: dict[str, list] = {}
    for family in text_string_to_metric_families(response.get_data(as_text=True)):
        for sample in family.samples:
            found.setdefault(sample.name, []).append((sample.labels, sample.value))
    return found


def poll(config, store, when):
    sources = [open_source(m, config) for m in config.mailboxes]
    try:
        return poll_once(in_process(config), store, sources, FixedClock(when))
    finally:
        for source in sources:
            source.close()


@pytest.fixture
def polled(project, dovecot):
    """Five emails delivered to the private Dovecot and polled once into SQLite."""
    project.write(poll_seconds=POLL_SECONDS)
    dovecot.deliver(varied_emails(5))
    config = project.config()
    upgrade(config.database_url)
    store = Store.open(config.database_url)
    started = SystemClock().now()
    report = poll(config, store, started)
    assert not report.failed_mailboxes
    try:
        yield config, store, started
    finally:
        store.close()


def client(config, store, when):
    from mailbot.web import create_app

    return create_app(config, store=store, clock=FixedClock(when), testing=True).test_client()


def test_healthz_is_200_then_503_after_the_mailbox_server_stops(polled, dovecot, project):
    config, store, started = polled
    answer = client(config, store, started + timedelta(seconds=30)).get("/healthz")
    assert answer.status_code == 200, answer.get_json()
    body = answer.get_json()
    assert body["status"] == "ok" and body["database"] == {"ok": True, "error": None}
    (mailbox,) = body["mailboxes"]
    assert mailbox["mailbox"] == "support" and mailbox["ok"] and mailbox["last_error"] is None
    assert mailbox["last_success_at"] == started.isoformat()

    dovecot.stop()
    later = started + timedelta(seconds=POLL_SECONDS + 5)
    assert poll(config, store, later).failed_mailboxes  # a failed poll within the allowance: still healthy
    answer = client(config, store, later).get("/healthz")
    assert answer.status_code == 200 and answer.get_json()["mailboxes"][0]["last_error"]

    much_later = started + timedelta(seconds=3 * POLL_SECONDS + 5)
    assert poll(config, store, much_later).failed_mailboxes
    answer = client(config, store, much_later).get("/healthz")
    assert answer.status_code == 503
    body = answer.get_json()
    assert body["status"] == "failing" and not body["mailboxes"][0]["ok"]
    assert body["mailboxes"][0]["consecutive_failures"] == 2
    assert body["reasons"][0].startswith("support: no successful poll for 185 s")
    assert body["mailboxes"][0]["last_error"] in body["reasons"][0]
    errors = samples(client(config, store, much_later))["mailbot_mailbox_errors_total"]
    assert errors == [({"mailbox": "support"}, 2.0)]


def test_metrics_equal_the_stores_listings(polled, project, capsys):
    config, store, started = polled
    now = started + timedelta(seconds=90)
    found = samples(client(config, store, now))

    assert main(["--config", str(project.config_path), "messages", "list", "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(listed) == 5
    by_outcome = Counter((m["mailbox"], m["status"]) for m in listed)
    assert {(s["mailbox"], s["outcome"]): v for s, v in found["mailbot_emails_total"]} == by_outcome

    assert main(["--config", str(project.config_path), "drafts", "list", "--status", "all", "--json"]) == 0
    drafts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert drafts, "the sample emails give drafts"
    assert sum(v for s, v in found["mailbot_drafts"] if s["status"] == "pending") == len(drafts)
    oldest = dict((s["brand"], v) for s, v in found["mailbot_oldest_pending_draft_seconds"])
    assert oldest["leadsoptima"] == pytest.approx(90, abs=1)
    assert set(oldest) == set(config.brands)
    assert found["mailbot_mailbox_last_poll_timestamp_seconds"] == [({"mailbox": "support"}, started.timestamp())]
    assert found["mailbot_mailbox_errors_total"] == [({"mailbox": "support"}, 0.0)]
    assert {s["result"]: v for s, v in found["mailbot_sends_total"]} == {
        "sent": 0, "deferred": 0, "failed": 0, "interrupted": 0}
    assert {s["brand"] for s, _ in found["mailbot_overdue_cases"]} == set(config.brands)

    # The status command tells the same story.
    assert main(["--config", str(project.config_path), "status", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["mailbox"] == "support" and lines[0]["errors_total"] == 0
    assert "healthy" in lines[-1]


def test_metrics_token(polled, monkeypatch):
    config, store, started = polled
    guarded = dataclasses.replace(config, metrics_token_env="MAILBOT_TEST_METRICS_TOKEN")
    monkeypatch.delenv("MAILBOT_TEST_METRICS_TOKEN", raising=False)
    assert client(guarded, store, started).get("/metrics").status_code == 503  # asked for, not set: refuse
    monkeypatch.setenv("MAILBOT_TEST_METRICS_TOKEN", "s3cret-token")
    web = client(guarded, store, started)
    assert web.get("/metrics").status_code == 401
    assert web.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    answer = web.get("/metrics", headers={"Authorization": "Bearer s3cret-token"})
    assert answer.status_code == 200 and b"mailbot_emails_total" in answer.data
    assert web.get("/healthz").status_code == 200  # the health check never needs the token
