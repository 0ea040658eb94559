"""The store on real SQLite files: migrations, unique keys, the ledger import."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from mailbot.errors import LedgerError, StoreError
from mailbot.ledger import load_ledger
from mailbot.store import Store, head_revision, import_ledger, load_stored_ledger, upgrade
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store.audit import audit_entries
from mailbot.store.ledger import ledger_counts
from mailbot.store.schema import declared_name, metadata
from tests.helpers import EXAMPLES, config

NOW = datetime(2025, 7, 8, 6, 0, tzinfo=timezone.utc)


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'var' / 'mailbot.db'}"


@pytest.fixture
def store(url):
    upgrade(url)
    store = Store.open(url)
    yield store
    store.close()


def test_upgrade_builds_exactly_the_declared_schema(url):
    assert upgrade(url) == head_revision()
    store = Store.open(url)
    with store.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": declared_name})
        assert compare_metadata(context, metadata) == []
    store.close()
    assert upgrade(url) == head_revision()  # a second run changes nothing


def test_sqlite_runs_in_wal_mode_with_foreign_keys(store):
    with store.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_opening_a_database_without_migrations_names_the_command(url):
    with pytest.raises(StoreError, match="mailbot db upgrade"):
        Store.open(url)


def test_a_mailbox_position_is_stored_once(store):
    fields = dict(mailbox="support", uidvalidity=7, uid="12", brand="leadsoptima", size=10, raw=b"x",
                  internaldate=NOW, status="failed", now=NOW)
    with store.begin() as conn:
        first = message_store.add_message(conn, **fields)
    with pytest.raises(IntegrityError):
        with store.begin() as conn:
            message_store.add_message(conn, **fields)
    with store.connect() as conn:
        assert message_store.stored_uid(conn, "support", 7, "12") == first
        assert message_store.stored_uid(conn, "support", 8, "12") is None
        assert message_store.raw_bytes(conn, first) == b"x"
        assert message_store.get_message(conn, first).internaldate == NOW


def test_date_times_keep_their_instant_whatever_the_zone(store):
    from zoneinfo import ZoneInfo

    arrived = datetime(2025, 7, 8, 23, 30, tzinfo=ZoneInfo("Asia/Kolkata"))
    with store.begin() as conn:
        row = message_store.add_message(conn, mailbox="support", uidvalidity=1, uid="1", brand="leadsoptima",
                                        size=1, raw=b"x", internaldate=arrived, status="failed", now=arrived)
    with store.connect() as conn:
        stored = message_store.get_message(conn, row)
    assert stored.internaldate == arrived and stored.internaldate.utcoffset().total_seconds() == 0
    with pytest.raises(Exception, match="naive"):
        with store.begin() as conn:
            message_store.add_message(conn, mailbox="support", uidvalidity=1, uid="2", brand="leadsoptima",
                                      size=1, raw=b"x", internaldate=datetime(2025, 7, 8), status="failed",
                                      now=arrived)


def test_message_id_is_unique_per_brand(store):
    fields = dict(mailbox="support", uidvalidity=7, brand="leadsoptima", size=10, raw=b"x", internaldate=None,
                  status="case", now=NOW, message_id="<a@b>")
    with store.begin() as conn:
        message_store.add_message(conn, uid="1", **fields)
        message_store.add_message(conn, uid="2", **{**fields, "brand": "optima_webdesign"})
    with pytest.raises(IntegrityError):
        with store.begin() as conn:
            message_store.add_message(conn, uid="3", **fields)


def test_case_reference_is_prefix_and_id_plus_1000(store):
    with store.begin() as conn:
        case_id, reference = case_store.open_case(conn, brand="leadsoptima", prefix="LO", customer="a@b.example",
                                                  subject="Refund", request_time=NOW, now=NOW)
        case_store.update_case(conn, case_id, status="need_info", outcome="need_info", fields={}, now=NOW,
                               reference=reference)
    assert reference == f"LO-{1000 + case_id}"
    assert case_store.case_id_of_reference(reference) == case_id
    with store.connect() as conn:
        assert case_store.case_by_reference(conn, "leadsoptima", reference) == case_id
        assert case_store.case_by_reference(conn, "optima_webdesign", reference) is None


def test_superseding_touches_only_pending_drafts(store):
    with store.begin() as conn:
        case_id, _ = case_store.open_case(conn, brand="leadsoptima", prefix="LO", customer=None, subject="",
                                          request_time=None, now=NOW)
        ids = [case_store.add_draft(conn, case_id, decision_id=None, template="t", subject="s", body="b",
                                    to_address=None, in_reply_to=None, message_id=f"<{i}@x>", now=NOW)
               for i in range(2)]
        conn.execute(case_store.drafts.update().where(case_store.drafts.c.id == ids[0]).values(status="sent"))
        assert case_store.supersede_pending_drafts(conn, case_id, NOW) == [ids[1]]
    with store.connect() as conn:
        assert [d.status for d in case_store.list_drafts(conn, case_id=case_id)] == ["sent", "superseded"]


# -- the ledger -------------------------------------------------------------------

def test_imported_ledger_loads_back_equal_to_the_file(store):
    cfg = config()
    done = import_ledger(store, EXAMPLES / "ledger.json", cfg.zone_of, who="tester", now=NOW)
    from_file = load_ledger(EXAMPLES / "ledger.json", cfg.zone_of)
    with store.connect() as conn:
        stored = load_stored_ledger(conn, cfg.zone_of)
        entries = audit_entries(conn, object_type="ledger")
    assert (done.customers, done.projects, done.payments) == (
        len(from_file.customers), len(from_file.projects), len(from_file.payments))
    assert stored.customers == from_file.customers
    assert stored.projects == from_file.projects
    assert stored.payments == from_file.payments
    assert [(e.who, e.action) for e in entries] == [("tester", "ledger.import")]


def _write(path, data):
    path.write_text(json.dumps(data))
    return path


def test_a_bad_record_imports_nothing(store, tmp_path):
    cfg = config()
    import_ledger(store, EXAMPLES / "ledger.json", cfg.zone_of, who="t", now=NOW)
    with store.connect() as conn:
        before = ledger_counts(conn)
    data = json.loads((EXAMPLES / "ledger.json").read_text())
    data["customers"] = data["customers"][:1]  # would replace most customers...
    data["payments"][-1]["amount"] = "twelve"  # ...but the last payment is wrong
    with pytest.raises(LedgerError, match=r"payments\[\d+\].*amount"):
        import_ledger(store, _write(tmp_path / "bad.json", data), cfg.zone_of, who="t", now=NOW)
    with store.connect() as conn:
        assert ledger_counts(conn) == before


def test_records_that_clash_in_the_database_import_nothing(store, tmp_path):
    cfg = config()
    import_ledger(store, EXAMPLES / "ledger.json", cfg.zone_of, who="t", now=NOW)
    with store.connect() as conn:
        before = ledger_counts(conn)
    data = json.loads((EXAMPLES / "ledger.json").read_text())
    data["customers"].append(dict(data["customers"][0]))  # the same customer twice
    with pytest.raises(LedgerError, match="nothing imported"):
        import_ledger(store, _write(tmp_path / "twice.json", data), cfg.zone_of, who="t", now=NOW)
    with store.connect() as conn:
        assert ledger_counts(conn) == before


def test_an_import_replaces_only_the_brands_it_names(store, tmp_path):
    cfg = config()
    import_ledger(store, EXAMPLES / "ledger.json", cfg.zone_of, who="t", now=NOW)
    data = json.loads((EXAMPLES / "ledger.json").read_text())
    only_lo = {key: [r for r in records if r["brand"] == "leadsoptima"][:1] for key, records in data.items()}
    import_ledger(store, _write(tmp_path / "lo.json", only_lo), cfg.zone_of, who="t", now=NOW)
    with store.connect() as conn:
        stored = load_stored_ledger(conn, cfg.zone_of)
    lo_customers = [c for c in stored.customers if c.brand == "leadsoptima"]
    owd_payments = [p for p in stored.payments if p.brand == "optima_webdesign"]
    assert len(lo_customers) == 1
    assert len(owd_payments) == len([r for r in data["payments"] if r["brand"] == "optima_webdesign"])


def test_ledger_rows_keep_lookup_columns(store):
    cfg = config()
    import_ledger(store, EXAMPLES / "ledger.json", cfg.zone_of, who="t", now=NOW)
    from mailbot.store.schema import ledger_payments

    with store.connect() as conn:
        invoices = set(conn.execute(select(ledger_payments.c.invoice)).scalars())
    assert "LO-INV-1001" in invoices
