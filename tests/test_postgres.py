"""The store and the ingest / review / send service on a real PostgreSQL: a
private cluster (``tests/postgres.py``), a new database per test.

The same checks as on SQLite (``test_store.py``, ``test_service.py``,
``test_review.py``, ``test_send.py``), where PostgreSQL differs: the migrated
schema, ``timestamp with time zone`` and the session's time zone, unique keys
that abort a transaction, and two workers writing at the same time.
"""

from __future__ import annotations

import json
import shutil
import threading
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from mailbot.cli import main
from mailbot.clock import FixedClock
from mailbot.errors import LedgerError, StoreError
from mailbot.ledger import load_ledger
from mailbot.pipeline import Triage
from mailbot.service.poll import Poller, poll_once
from mailbot.service.retry import retry_message
from mailbot.service.review import approve_draft, case_history, escalate_draft, reject_draft, review_queue, save_edit
from mailbot.service.send import INTERRUPTED, send_approved
from mailbot.sources.base import Fetched
from mailbot.store import Store, head_revision, import_ledger, load_stored_ledger, upgrade
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store.audit import audit_entries
from mailbot.store.ledger import ledger_counts
from mailbot.store.positions import mailbox_state
from mailbot.store.schema import UtcDateTime, cases, declared_name, messages, metadata
from mailbot.store.users import add_user, authenticate, disable_user
from tests.casework import (
    ASHA, CLOCK, Inbox, ListSource, agency_request, charged_twice, draft, follow_up, make_config, only_pending,
    pending_drafts,
)
from tests.helpers import EXAMPLES, LO_ADDRESS, DEFAULTS, ROOT, email_bytes, ist
from tests.postgres import free_port, postgres_cluster, postgres_url  # noqa: F401  (the fixtures)
from tests.smtpd import smtpd  # noqa: F401  (the fixture)
from tests.test_cli_store import json_lines, sample_count

pytestmark = pytest.mark.integration

NOW = datetime(2025, 7, 8, 6, 0, tzinfo=timezone.utc)


@pytest.fixture
def cfg():
    return make_config()


@pytest.fixture
def bare_store(postgres_url):
    """A migrated, empty PostgreSQL store."""
    upgrade(postgres_url)
    store = Store.open(postgres_url)
    yield store
    store.close()


@pytest.fixture
def store(bare_store, cfg):
    """A migrated PostgreSQL store holding the sample ledger."""
    import_ledger(bare_store, EXAMPLES / "ledger.json", cfg.zone_of, who="test", now=CLOCK.now())
    return bare_store


def fetched(raw: bytes | None, uid: int, uidvalidity: int = 1, mailbox: str = "lo-support",
            size: int | None = None) -> Fetched:
    return Fetched(mailbox=mailbox, uidvalidity=uidvalidity, uid=str(uid), raw=raw,
                   size=size if size is not None else len(raw or b""), internaldate=ist(2025, 7, 8, 11, 0))


def poll(cfg, store, *sources):
    report = poll_once(cfg, store, sources, CLOCK)
    assert not report.failed_mailboxes, report
    return report


def count(store, table, *where) -> int:
    with store.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def the_case(store):
    with store.connect() as conn:
        (case,) = case_store.list_cases(conn)
    return case


# -- the commands, through DATABASE_URL ------------------------------------------------------

def test_the_commands_use_postgresql_through_database_url(postgres_url, tmp_path, monkeypatch, capsys):
    shutil.copytree(DEFAULTS / "config", tmp_path / "config")
    (tmp_path / "templates").symlink_to(DEFAULTS / "templates")
    (tmp_path / "examples").symlink_to(EXAMPLES)
    monkeypatch.delenv("MAILBOT_CONFIG", raising=False)
    monkeypatch.setenv("DATABASE_URL", postgres_url)
    monkeypatch.chdir(tmp_path)

    def run(*argv):
        code = main(["--config", "config/mailbot.toml", *argv])
        return code, capsys.readouterr().out

    assert run("db", "upgrade")[0] == 0
    assert run("demo", "--once")[0] == 0
    code, out = run("messages", "list", "--json")
    assert code == 0 and len(json_lines(out)) == sample_count()
    assert not (tmp_path / "var" / "mailbot.db").exists()  # nothing went to the default SQLite file
    store = Store.open(postgres_url)
    try:
        assert count(store, messages) == sample_count()
        with store.connect() as conn:
            assert ledger_counts(conn)["payments"] > 0
    finally:
        store.close()


# -- the schema ----------------------------------------------------------------------------

def test_upgrade_builds_exactly_the_declared_schema(postgres_url):
    assert upgrade(postgres_url) == head_revision()
    store = Store.open(postgres_url)
    assert store.engine.dialect.name == "postgresql"
    with store.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": declared_name})
        assert compare_metadata(context, metadata) == []
    store.close()
    assert upgrade(postgres_url) == head_revision()  # a second run changes nothing


def test_opening_a_database_without_migrations_names_the_command(postgres_url):
    with pytest.raises(StoreError, match="mailbot db upgrade") as raised:
        Store.open(postgres_url)
    assert "\n" not in str(raised.value)


def test_an_unreachable_database_is_one_line_without_the_password(postgres_cluster):
    missing = postgres_cluster.url("no_such_database").replace("mailbot@", "mailbot:hunter2@")
    refused = missing.replace(f":{postgres_cluster.port}/", f":{free_port()}/")
    for url, why in ((missing, 'database "no_such_database" does not exist'), (refused, "Connection refused")):
        for opening in (upgrade, Store.open):
            with pytest.raises(StoreError, match=why) as raised:
                opening(url)
            assert "\n" not in str(raised.value) and "hunter2" not in str(raised.value)
            assert str(raised.value).startswith("database postgresql+psycopg2://mailbot:***@127.0.0.1:")


def test_every_date_time_column_is_timestamp_with_time_zone(bare_store):
    declared = {(table.name, column.name) for table in metadata.tables.values() for column in table.columns
                if isinstance(column.type, UtcDateTime)}
    with bare_store.connect() as conn:
        stored = {(row.table_name, row.column_name): row.data_type for row in conn.execute(text(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'public'"))}
    assert declared and {stored[key] for key in declared} == {"timestamp with time zone"}


# -- time zones ----------------------------------------------------------------------------

def test_an_ist_time_reads_back_as_the_same_instant_whatever_the_session_zone(bare_store):
    arrived = datetime(2025, 7, 8, 23, 30, tzinfo=ZoneInfo("Asia/Kolkata"))  # 18:00 UTC
    with bare_store.begin() as conn:
        conn.execute(text("SET LOCAL TIME ZONE 'America/Los_Angeles'"))
        row = message_store.add_message(conn, mailbox="support", uidvalidity=1, uid="1", brand="leadsoptima",
                                        size=1, raw=b"x", internaldate=arrived, status="failed", now=arrived)
    for zone in ("UTC", "Asia/Kolkata", "Pacific/Chatham"):
        with bare_store.begin() as conn:
            conn.execute(text(f"SET LOCAL TIME ZONE '{zone}'"))
            stored = message_store.get_message(conn, row)
            in_utc = conn.execute(text("SELECT internaldate AT TIME ZONE 'UTC' FROM messages WHERE id = :id"),
                                  {"id": row}).scalar_one()
        assert stored.internaldate == arrived and stored.internaldate.utcoffset() == timedelta(0)
        assert in_utc == datetime(2025, 7, 8, 18, 0)


def test_a_naive_date_time_is_refused(bare_store):
    with pytest.raises(Exception, match="naive"):
        with bare_store.begin() as conn:
            message_store.add_message(conn, mailbox="support", uidvalidity=1, uid="2", brand="leadsoptima",
                                      size=1, raw=b"x", internaldate=datetime(2025, 7, 8), status="failed", now=NOW)
    assert count(bare_store, messages) == 0


# -- unique keys ---------------------------------------------------------------------------

def test_a_clash_rolls_back_its_transaction_and_the_store_goes_on(bare_store):
    fields = dict(mailbox="support", uidvalidity=7, brand="leadsoptima", size=10, raw=b"\x00\xffraw",
                  internaldate=NOW, status="case", now=NOW, message_id="<a@b>")
    with bare_store.begin() as conn:
        first = message_store.add_message(conn, uid="1", **fields)
        message_store.add_message(conn, uid="2", **{**fields, "brand": "optima_webdesign"})
    with pytest.raises(IntegrityError):  # the same mailbox position
        with bare_store.begin() as conn:
            message_store.add_message(conn, uid="9", **{**fields, "message_id": "<other@b>"})
            message_store.add_message(conn, uid="1", **{**fields, "message_id": "<c@b>"})
    with pytest.raises(IntegrityError):  # the same Message-ID for the brand
        with bare_store.begin() as conn:
            message_store.add_message(conn, uid="3", **fields)
    with bare_store.connect() as conn:
        assert message_store.stored_uid(conn, "support", 7, "9") is None  # rolled back with its clash
        assert message_store.raw_bytes(conn, first) == b"\x00\xffraw"
        assert message_store.stored_message_id(conn, "leadsoptima", "<a@b>") == first
    with bare_store.begin() as conn:
        message_store.add_message(conn, uid="4", **{**fields, "message_id": "<d@b>"})
    assert count(bare_store, messages) == 3


# -- the ledger ----------------------------------------------------------------------------

def test_the_imported_ledger_loads_back_equal_to_the_file(bare_store, cfg):
    done = import_ledger(bare_store, EXAMPLES / "ledger.json", cfg.zone_of, who="tester", now=NOW)
    from_file = load_ledger(EXAMPLES / "ledger.json", cfg.zone_of)
    with bare_store.connect() as conn:
        stored = load_stored_ledger(conn, cfg.zone_of)
        entries = audit_entries(conn, object_type="ledger")
    assert (done.customers, done.projects, done.payments) == (
        len(from_file.customers), len(from_file.projects), len(from_file.payments))
    assert (stored.customers, stored.projects, stored.payments) == (
        from_file.customers, from_file.projects, from_file.payments)
    assert [(e.who, e.action, e.at) for e in entries] == [("tester", "ledger.import", NOW)]


def test_a_ledger_that_clashes_in_the_database_imports_nothing(store, cfg, tmp_path):
    with store.connect() as conn:
        before = ledger_counts(conn)
    data = json.loads((EXAMPLES / "ledger.json").read_text())
    data["customers"] = data["customers"][:1] + [dict(data["customers"][0])]  # fewer customers, one twice
    path = tmp_path / "twice.json"
    path.write_text(json.dumps(data))
    with pytest.raises(LedgerError, match="nothing imported"):
        import_ledger(store, path, cfg.zone_of, who="t", now=NOW)
    with store.connect() as conn:
        assert ledger_counts(conn) == before
        assert [e.action for e in audit_entries(conn, object_type="ledger")] == ["ledger.import"]


def test_a_ledger_with_a_bad_record_imports_nothing(store, cfg, tmp_path):
    with store.connect() as conn:
        before = ledger_counts(conn)
    data = json.loads((EXAMPLES / "ledger.json").read_text())
    data["customers"] = data["customers"][:1]
    data["payments"][-1]["amount"] = "twelve"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(LedgerError, match=r"payments\[\d+\].*amount"):
        import_ledger(store, path, cfg.zone_of, who="t", now=NOW)
    with store.connect() as conn:
        assert ledger_counts(conn) == before


# -- ingest: exactly once --------------------------------------------------------------------

def varied_emails(n: int) -> list[bytes | None]:
    """Requests, auto-replies, garbage and oversized emails (None), in turn."""
    made: list[bytes | None] = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            made.append(charged_twice(f"<req{i}@example.in>", sender=f"Customer {i} <c{i}@example.in>"))
        elif kind == 1:
            made.append(email_bytes(ASHA, LO_ADDRESS, "Out of office", ist(2025, 7, 8, 11, 5), "Away.",
                                    message_id=f"<ooo{i}@example.in>", Auto_Submitted="auto-replied"))
        elif kind == 2:
            made.append(b"\x00\x01 not an email " + str(i).encode())
        else:
            made.append(None)
    return made


def test_every_email_ends_as_exactly_one_record_and_a_second_poll_adds_none(cfg, store):
    raws = varied_emails(24)
    source = ListSource("lo-support", [fetched(raw, i + 1, size=None if raw else 40_000_000)
                                       for i, raw in enumerate(raws)])
    first = poll(cfg, store, source)
    assert first.outcomes == {"case": 6, "ignored": 6, "failed": 6, "oversized": 6}
    again = poll(cfg, store, source)
    assert sum(again.outcomes.values()) == 0
    assert count(store, messages) == 24
    assert count(store, cases) == 6
    with store.connect() as conn:
        records = message_store.list_messages(conn)
        assert mailbox_state(conn, "lo-support").last_uid == 24
        assert all(message_store.raw_bytes(conn, m.id) == raws[int(m.uid) - 1] for m in records)
    assert sorted(int(m.uid) for m in records) == list(range(1, 25))

    ingestor = Poller(cfg, store, CLOCK).ingestor()
    outcome, _ = ingestor.ingest(source.emails[0], cfg.mailboxes[0], None)  # as if the position were lost
    assert outcome.kind == "known" and count(store, messages) == 24


def test_a_new_uidvalidity_does_not_duplicate_cases(cfg, store):
    raws = [charged_twice(f"<m{i}@example.in>") for i in range(3)]
    poll(cfg, store, ListSource("lo-support", [fetched(raw, i + 1, uidvalidity=1) for i, raw in enumerate(raws)]))
    report = poll(cfg, store, ListSource("lo-support", [fetched(raw, i + 1, uidvalidity=2)
                                                        for i, raw in enumerate(raws)]))
    assert report.outcomes["duplicate"] == 3
    assert (count(store, messages), count(store, cases)) == (3, 3)
    with store.connect() as conn:
        state = mailbox_state(conn, "lo-support")
    assert (state.uidvalidity, state.last_uid) == (2, 3)


def test_two_workers_polling_the_same_mailbox_store_each_email_once(cfg, store, postgres_url):
    """Two processes (here: two engines in two threads) read the same emails at once."""
    raws = [charged_twice(f"<race{i}@example.in>", sender=f"C{i} <c{i}@example.in>") for i in range(30)]
    emails = [fetched(raw, i + 1) for i, raw in enumerate(raws)]
    poll(cfg, store, ListSource("lo-support", []))  # the mailbox row exists, as after the first poll
    start = threading.Barrier(2)
    reports, stores = [], [Store.open(postgres_url) for _ in range(2)]

    def worker(own_store):
        start.wait()
        reports.append(poll_once(cfg, own_store, [ListSource("lo-support", emails)], CLOCK))

    threads = [threading.Thread(target=worker, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for own_store in stores:
        own_store.close()
    assert len(reports) == 2 and not any(r.failed_mailboxes for r in reports), reports
    assert count(store, messages) == 30
    assert count(store, messages, messages.c.status == "case") == 30
    assert count(store, cases) == 30
    assert len(pending_drafts(store)) == 30
    assert sum(r.outcomes["case"] for r in reports) == 30


# -- ingest: cases across emails -------------------------------------------------------------

def test_an_answer_re_decides_the_case_and_supersedes_the_pending_draft(cfg, store):
    inbox = Inbox(cfg, store)
    inbox.deliver(charged_twice("<q1@example.in>"))
    case = the_case(store)
    asking = only_pending(store)
    assert (case.status, case.reference) == ("need_info", "LO-1001")

    inbox.deliver(follow_up("Re: Charged twice", "<q2@example.in>", asking.message_id))
    with store.connect() as conn:
        merged = case_store.get_case(conn, case.id)
        decisions = case_store.case_decisions(conn, case.id)
        supersede = [e.action for e in audit_entries(conn, object_type="case")]
    assert count(store, cases) == 1 and merged.emails == 2
    assert (merged.status, merged.outcome) == ("decided", "approve")
    assert [d.status for d in decisions] == ["need_info", "decided"]
    assert draft(store, asking.id).status == "superseded"
    assert only_pending(store).id != asking.id
    assert supersede == ["draft.supersede"]


def test_a_reference_in_the_subject_merges_but_not_from_another_address(cfg, store):
    inbox = Inbox(cfg, store)
    inbox.deliver(charged_twice("<q1@example.in>"))
    case = the_case(store)
    stranger = follow_up(f"Re: Charged twice [{case.reference}]", "<m1@example.net>", "<q1@example.in>",
                         sender="Mallory <mallory@example.net>")
    inbox.deliver(stranger)
    with store.connect() as conn:
        assert case_store.get_case(conn, case.id).emails == 1
        assert [c.customer for c in case_store.list_cases(conn)] == ["asha@example.in", "mallory@example.net"]
    inbox.deliver(follow_up(f"Re: Charged twice [{case.reference}]", "<q2@example.in>", "<nothing@x>"))
    with store.connect() as conn:
        assert case_store.get_case(conn, case.id).emails == 2
    assert count(store, cases) == 2


def test_a_crash_leaves_no_half_made_case_and_retry_works_after_the_fix(cfg, store, monkeypatch):
    real_decide = Triage.decide

    def crashing(self, emails, brand=None, reference=None, **kwargs):
        if "BOOM" in emails[-1].subject:
            raise ZeroDivisionError("division by zero in the policy")
        return real_decide(self, emails, brand, reference, **kwargs)

    monkeypatch.setattr(Triage, "decide", crashing)
    boom = email_bytes(ASHA, LO_ADDRESS, "BOOM please cancel", ist(2025, 7, 8, 11, 0), "Please cancel my plan.",
                       message_id="<boom@example.in>")
    report = poll(cfg, store, ListSource("lo-support", [fetched(charged_twice("<a@example.in>"), 1),
                                                        fetched(boom, 2),
                                                        fetched(charged_twice("<c@example.in>"), 3)]))
    assert (report.outcomes["case"], report.outcomes["failed"]) == (2, 1)
    assert count(store, cases) == 2
    with store.connect() as conn:
        (failed,) = message_store.list_messages(conn, status="failed")
    assert (failed.error, failed.message_id) == ("ZeroDivisionError: division by zero in the policy",
                                                 "<boom@example.in>")
    monkeypatch.setattr(Triage, "decide", real_decide)
    fixed = retry_message(cfg, store, failed.id, CLOCK, who="tester")
    assert fixed.kind == "case" and fixed.draft is not None
    with store.connect() as conn:
        again = message_store.get_message(conn, failed.id)
    assert (again.status, again.case_id, again.error) == ("case", fixed.case, None)
    assert count(store, cases) == 3


# -- review ---------------------------------------------------------------------------------

LATER = CLOCK.now() + timedelta(minutes=5)


def test_review_actions_are_stored_with_who_and_when(cfg, store):
    inbox = Inbox(cfg, store)
    inbox.deliver(charged_twice("<q1@example.in>"))
    agency = Inbox(cfg, store, "owd-support")
    agency.deliver(agency_request("<r1@example.com>"))
    agency.deliver(agency_request("<r2@example.com>", sender="Meera <meera@example.com>"))
    first, second, third = pending_drafts(store)

    edited = save_edit(store, first.id, who="carol", now=LATER, body="Short reply.\n")
    approved = approve_draft(store, first.id, who="alice", now=LATER)
    rejected = reject_draft(store, second.id, who="bob", now=LATER, reason="already refunded")
    escalated = escalate_draft(store, third.id, who="bob", now=LATER, note="call her")
    assert edited.status == "pending" and approved.body == "Short reply.\n"
    assert (approved.status, approved.reviewed_by, approved.reviewed_at) == ("approved", "alice", LATER)
    assert (rejected.status, rejected.reject_reason) == ("rejected", "already refunded")
    assert escalated.status == "escalated"
    with store.connect() as conn:
        history = [(e.who, e.action, e.at) for e in case_history(conn, first.case_id)]
        assert review_queue(conn, config=cfg, now=LATER).total == 0
    assert history == [("carol", "draft.edit", LATER), ("alice", "draft.approve", LATER)]


def test_the_review_queue_reads_pending_drafts_with_their_amounts(cfg, store):
    inbox = Inbox(cfg, store)
    inbox.deliver(charged_twice("<q1@example.in>"))
    inbox.deliver(follow_up("Re: Charged twice [LO-1001]", "<q2@example.in>", "<q1@example.in>"))
    Inbox(cfg, store, "owd-support").deliver(agency_request("<r1@example.com>"))
    with store.connect() as conn:
        page = review_queue(conn, config=cfg, now=LATER)
        only_lo = review_queue(conn, brand="leadsoptima", config=cfg, now=LATER)
    assert page.total == 2
    assert [i.reference for i in only_lo.items] == ["LO-1001"]
    (lo,) = only_lo.items
    assert lo.outcome == "approve" and lo.amount is not None and lo.amount > 0 and lo.currency
    assert lo.created_at == CLOCK.now() and lo.created_at.tzinfo is not None


def test_staff_accounts(store):
    with store.begin() as conn:
        add_user(conn, "alice", "admin", "correct horse battery staple", NOW)
    with store.connect() as conn:
        user = authenticate(conn, "alice", "correct horse battery staple")
        assert user is not None and user.active and user.role == "admin"
        assert authenticate(conn, "alice", "wrong password, quite long") is None
    with store.begin() as conn:
        assert not disable_user(conn, "alice", NOW).active
    with store.connect() as conn:
        assert authenticate(conn, "alice", "correct horse battery staple") is None


# -- sending ---------------------------------------------------------------------------------

class Crash(BaseException):
    """The process dies (as SIGKILL would): nothing after it runs."""


def send(cfg, store, clock=CLOCK):
    return send_approved(cfg, store, clock, sent_copy=lambda box, folder, raw, when: None)


def approved_reply(cfg, store):
    inbox = Inbox(cfg, store)
    inbox.deliver(charged_twice("<q1@example.in>"))
    inbox.deliver(follow_up("Re: Charged twice [LO-1001]", "<q2@example.in>", "<q1@example.in>"))
    return approve_draft(store, only_pending(store).id, who="alice", now=CLOCK.now())


def test_an_approved_reply_is_sent_exactly_once(store, smtpd):
    cfg = make_config(smtpd.port)
    approved = approved_reply(cfg, store)
    assert send(cfg, store).sent == [approved.id]
    assert send(cfg, store).sent == []
    (got,) = smtpd.received
    assert got.recipients == ["asha@example.in"]
    assert got.message["Message-ID"] == approved.message_id
    assert got.message["In-Reply-To"] == "<q2@example.in>"
    sent = draft(store, approved.id)
    assert (sent.status, sent.sent_at, sent.attempts) == ("sent", CLOCK.now(), 1)


def test_two_senders_at_once_send_a_reply_once(store, smtpd, postgres_url):
    cfg = make_config(smtpd.port)
    approved = approved_reply(cfg, store)
    start = threading.Barrier(2)
    reports, stores = [], [Store.open(postgres_url) for _ in range(2)]

    def sender(own_store):
        start.wait()
        reports.append(send(cfg, own_store))

    threads = [threading.Thread(target=sender, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for own_store in stores:
        own_store.close()
    assert sorted(id for r in reports for id in r.sent) == [approved.id]
    assert len(smtpd.received) == 1
    assert draft(store, approved.id).status == "sent"


def test_a_crash_after_sending_before_recording_never_resends(store, smtpd, monkeypatch):
    cfg = make_config(smtpd.port)
    approved = approved_reply(cfg, store)

    def die(*args, **kwargs):
        raise Crash()

    monkeypatch.setattr(case_store, "mark_sent", die)
    with pytest.raises(Crash):
        send(cfg, store)
    monkeypatch.undo()
    later = FixedClock(CLOCK.now() + timedelta(hours=1))
    assert send(cfg, store, later).interrupted == [approved.id]
    assert send(cfg, store, later).sent == []
    assert len(smtpd.received) == 1
    left = draft(store, approved.id)
    assert (left.status, left.send_error) == ("sending", INTERRUPTED)
