"""Search by case reference, customer address, invoice and words: SQLite FTS5
and PostgreSQL full-text search, on real databases."""

from __future__ import annotations

from datetime import datetime, timezone
from email.message import EmailMessage

import pytest

from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store import queues
from mailbot.store.database import Store, upgrade
from mailbot.store.search import fts5_query, search_cases
from tests.postgres import free_port, postgres_cluster, postgres_url  # noqa: F401  (the fixtures)

NOW = datetime(2025, 9, 10, 6, 0, tzinfo=timezone.utc)


def email(sender: str, subject: str, text: str, n: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "support@leadsoptima.com", subject
    msg["Message-ID"] = f"<s-{n}@example.in>"
    msg.set_content(text)
    return msg.as_bytes()


def fill(store: Store) -> dict[str, int]:
    samples = [
        ("asha@example.in", "Charged twice", "I was charged twice, invoice LO-INV-1002. Please refund."),
        ("ravi.k@example.in", "Cancel my plan", "Please cancel the monthly plan, I no longer use the dashboard."),
        ("meera@startup.example", "Refund", "Refund the quarterly renewal; invoice LO-INV-1020."),
    ]
    refs = {}
    with store.begin() as conn:
        for n, (sender, subject, text) in enumerate(samples, 1):
            case_id, reference = case_store.open_case(conn, brand="leadsoptima", prefix="LO", customer=sender,
                                                      subject=subject, request_time=NOW, now=NOW)
            case_store.update_case(conn, case_id, status="decided", outcome="approve", fields=None, now=NOW,
                                   reference=reference)
            message_store.add_message(conn, mailbox="lo", uidvalidity=1, uid=str(n), brand="leadsoptima", size=100,
                                      raw=email(sender, subject, text, n), internaldate=NOW, status="case",
                                      now=NOW, sender=sender, subject=subject, case_id=case_id)
            refs[reference] = case_id
    return refs


def check(store: Store) -> None:
    refs = fill(store)
    by = {v: k for k, v in refs.items()}
    with store.begin() as conn:  # the queues' SQL runs on this database too
        assert queues.queue_counts(conn)["person"] == 3  # decided, but no draft: for a person
        rows = queues.queue_rows(conn, state="person", sort="customer", descending=True, limit=2)
        assert [r.customer for r in rows] == ["ravi.k@example.in", "meera@startup.example"]
        assert queues.count_rows(conn, state="review") == 0 and queues.next_in_review(conn) is None
    with store.begin() as conn:
        assert [by[c] for c in search_cases(conn, "LO-INV-1002", NOW)] == ["LO-1001"]
        assert [by[c] for c in search_cases(conn, "lo-inv-1020", NOW)] == ["LO-1003"]
        assert [by[c] for c in search_cases(conn, "ravi.k@example.in", NOW)][0] == "LO-1002"
        assert [by[c] for c in search_cases(conn, "LO-1003", NOW)][0] == "LO-1003"
        assert [by[c] for c in search_cases(conn, "monthly dashboard", NOW)] == ["LO-1002"]
        assert search_cases(conn, "dashboard invoice", NOW) == []  # every word must match
        assert search_cases(conn, 'refund" OR "x NEAR(a b) *', NOW) == []  # words, never FTS syntax (no error)
        assert search_cases(conn, "", NOW) == []
    with store.begin() as conn:  # a change re-indexes the case
        message_store.add_message(conn, mailbox="lo", uidvalidity=1, uid="9", brand="leadsoptima", size=10,
                                  raw=email("ravi.k@example.in", "More", "Also my invoice LO-INV-1010.", 9),
                                  internaldate=NOW, status="case", now=NOW, case_id=refs["LO-1002"])
        case_store.update_case(conn, refs["LO-1002"], status="decided", outcome="cancel", fields=None,
                               now=datetime(2025, 9, 11, tzinfo=timezone.utc), reference="LO-1002")
    with store.begin() as conn:
        assert [by[c] for c in search_cases(conn, "LO-INV-1010", datetime(2025, 9, 12, tzinfo=timezone.utc))] == [
            "LO-1002"]


def test_fts5_query_quotes_every_word():
    assert fts5_query('LO-INV-1002 "x" NEAR(') == '"LO-INV-1002" "x" "NEAR("'


def test_search_on_sqlite_fts5(tmp_path):
    url = f"sqlite:///{tmp_path / 'search.db'}"
    upgrade(url)
    store = Store.open(url)
    try:
        check(store)
    finally:
        store.close()


@pytest.mark.integration
def test_search_on_postgresql_full_text(postgres_url):  # noqa: F811
    upgrade(postgres_url)
    store = Store.open(postgres_url)
    try:
        check(store)
    finally:
        store.close()
