"""A group's rows written through ``batch_rows.write_rows`` reach SQLite exactly as through SQLAlchemy's
``Connection.execute``: the same SQL, the same values (dates as text, JSON, bytes, a column's default),
the same stored rows."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, event, text

from mailbot.store import batch_rows, deferred
from mailbot.store.deferred import DeferredWrites
from mailbot.store.schema import cases, metadata

NOW = datetime(2026, 12, 1, 8, 30, 0, 123456, tzinfo=ZoneInfo("Asia/Kolkata"))
TABLES = ("cases", "messages", "decisions", "drafts", "audit_log")


def a_groups_rows(conn, writes: DeferredWrites) -> None:
    """Three emails' rows as the ingest holds them: new cases, records, a case update, decisions,
    drafts (one held, with its audit line), an ignored record without a case, and updates of two
    cases stored before, each with an audit line."""
    conn.execute(cases.insert(), [{"brand": "acme", "status": "received", "subject": "earlier", "created_at": NOW,
                                   "updated_at": NOW} for _ in range(2)])
    for case_id in (1, 2):
        writes.update_case(case_id, status="escalated", outcome=None, fields={"why": "ledger"}, now=NOW,
                           reference=f"ACME-{case_id}", brand="acme")
        writes.audit(who="bot", action="case.note", object_type="case", object_id=case_id, detail="x", at=NOW)
    for n in range(3):
        case_id, reference = writes.open_case(conn, brand="acme", prefix="ACME", customer=f"c{n}@example.com",
                                              subject=f"Refund {n} – überweisung", now=NOW,
                                              request_time=NOW - timedelta(days=n) if n else None)
        row = writes.add_message(mailbox="INBOX", uidvalidity=7, uid=str(100 + n), brand="acme", size=1000 + n,
                                 raw=f"raw {n}\r\n".encode(), internaldate=NOW.astimezone(timezone.utc),
                                 status="case", now=NOW, message_id=f"<m{n}@example.com>",
                                 sender=f"c{n}@example.com", subject=f"Refund {n}", case_id=case_id,
                                 reading='{"text": "मैंने दो बार"}')
        writes.update_case(case_id, status="decided", outcome="refund" if n else None,
                           fields={"amount": "12.50", "n": n} if n != 1 else None, now=NOW,
                           reference=reference, brand="acme")
        decision = writes.add_decision(case_id, status="decided", result={"trace": [n, "é"], "read": None},
                                       now=NOW, message_id=row)
        draft = writes.add_draft(case_id, decision_id=decision, template="acme/refund", subject=f"Re: {n}",
                                 body="Hello\n", to_address=f"c{n}@example.com", in_reply_to=f"<m{n}@example.com>",
                                 message_id=f"<d{n}@acme.test>", now=NOW,
                                 hold_reason="over the limit" if n == 2 else None, brand="acme")
        if n == 2:
            writes.audit(who="bot", action="draft.hold", object_type="draft", object_id=draft,
                         detail="held", at=NOW)
    writes.add_message(mailbox="INBOX", uidvalidity=7, uid="200", brand="acme", size=5, raw=None,
                       internaldate=None, status="ignored", now=NOW, reason="auto-reply")


def a_flush(through_sqlalchemy: bool, monkeypatch) -> tuple[list, dict]:
    """(the SQL and values the cursor was given, every table's stored rows as SQLite holds them)."""
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    sent = []
    event.listen(engine, "before_cursor_execute",
                 lambda _c, _cur, statement, parameters, _ctx, many: sent.append((statement, parameters, many)))
    if through_sqlalchemy:
        monkeypatch.setattr(deferred, "write_rows", lambda conn, statement, rows: conn.execute(statement, rows))
    with engine.begin() as conn:
        writes = DeferredWrites()
        a_groups_rows(conn, writes)
        writes.flush(conn)
        stored = {name: conn.execute(text(f"SELECT * FROM {name} ORDER BY id")).all() for name in TABLES}
    monkeypatch.undo()
    return [(s, [tuple(p) for p in ps] if many else tuple(ps), many) for s, ps, many in sent], stored


def test_the_same_sql_values_and_rows_as_sqlalchemys(monkeypatch):
    ours_sent, ours_stored = a_flush(False, monkeypatch)
    theirs_sent, theirs_stored = a_flush(True, monkeypatch)
    assert ours_sent == theirs_sent
    assert ours_stored == theirs_stored
    assert sum(1 for *_, many in ours_sent if many) == 7  # the cases stored before; new cases, records, case updates, decisions, drafts, audit
    assert [len(ours_stored[name]) for name in TABLES] == [5, 4, 3, 3, 3]
    assert [row.status for row in ours_stored["cases"]] == ["escalated"] * 2 + ["decided"] * 3
    assert {row.attempts for row in ours_stored["drafts"]} == {0}  # the column's default, as SQLAlchemy gives it


def test_a_default_computed_per_row_goes_through_sqlalchemy():
    counter = iter(range(100, 200))
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True),
                  Column("n", Integer, default=lambda: next(counter)), Column("m", Integer))
    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)
    with engine.begin() as conn:
        batch_rows.write_rows(conn, table.insert(), [{"id": 1, "m": 5}, {"id": 2, "m": 6}])
        assert conn.execute(text("SELECT id, n, m FROM t ORDER BY id")).all() == [(1, 100, 5), (2, 101, 6)]


def test_a_naive_date_time_is_refused_as_before():
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    writes = DeferredWrites()
    with engine.begin() as conn:
        for uid in ("1", "2"):
            writes.add_message(mailbox="INBOX", uidvalidity=1, uid=uid, brand="acme", size=1, raw=b"x",
                               internaldate=datetime(2026, 1, 1), status="received", now=NOW)
        with pytest.raises(ValueError, match="naive date-time"):
            writes.flush(conn)
