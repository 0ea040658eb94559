"""A group commit writes its rows together (mailbot/store/deferred.py) and asks
the store once per group (mailbot/service/ingest_keys.py, RecentReplies): what
it stores must be exactly what storing the same emails one by one stores, for
the cases that read what the group itself has not written yet: a duplicate
Message-ID, a follow-up by In-Reply-To or by the case reference in the
subject, the per-sender limit, a follow-up from another address.  Real SQLite."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from mailbot.clock import FixedClock
from mailbot.config import load_config
from mailbot.ledger import Ledger
from mailbot.pipeline import Triage
from mailbot.service.ingest import Ingestor
from mailbot.service.templates import StoredTemplates
from mailbot.service.worker_pool import Parsed
from mailbot.sources.base import Fetched
from mailbot.store import Store, upgrade
from mailbot.store.schema import audit_log, cases, decisions, drafts, messages
from tests.helpers import DEFAULTS, LO_ADDRESS, email_bytes

NOW = datetime(2025, 3, 20, 9, 30, tzinfo=timezone.utc)
SENT = NOW - timedelta(hours=2)


def project(root: Path):
    root.mkdir(parents=True, exist_ok=True)
    path = root / "mailbot.toml"
    path.write_text("\n".join([
        "[mailbot]", f'brands_dir = "{DEFAULTS / "config" / "brands"}"', f'templates_dir = "{DEFAULTS / "templates"}"',
        "", "[database]", f'url = "sqlite:///{root / "mailbot.db"}"', "",
        "[[mailboxes]]", 'name = "support"', 'brand = "leadsoptima"', 'host = "127.0.0.1"', "port = 1",
        'security = "none"', 'username = "test"', 'password_env = "MAILBOT_TEST_PASSWORD"', ""]))
    config = load_config(path)
    upgrade(config.database_url)
    return config, Store.open(config.database_url)


def the_mail() -> list[bytes]:
    ask = "Hello,\n\nPlease cancel my subscription at the end of this month.\n\nThanks,\nRita"
    mail = [  # each follow-up right after its case: the group has not written that case's rows yet
        email_bytes("Rita <rita@example.test>", LO_ADDRESS, "Cancel please", SENT, ask, message_id="<a@example.test>"),
        email_bytes("Rita <rita@example.test>", LO_ADDRESS, "Re: Cancel please [LO-1001]", SENT,
                    "Also, my account is rita@example.test.\n\nRita", message_id="<c@example.test>"),
        email_bytes("Sam <sam@example.test>", LO_ADDRESS, "Refund", SENT, "Please refund my last payment.\n\nSam",
                    message_id="<s@example.test>"),
        email_bytes("Sam <sam@example.test>", LO_ADDRESS, "Re: Refund", SENT, "Any news?\n\nSam",
                    message_id="<b@example.test>", In_Reply_To="<s@example.test>", References="<s@example.test>"),
        email_bytes("Rita <rita@example.test>", LO_ADDRESS, "Cancel please", SENT, ask, message_id="<a@example.test>"),
        email_bytes("Mallory <mallory@example.test>", LO_ADDRESS, "Re: Cancel please", SENT,
                    "Cancel it now.", message_id="<d@example.test>", In_Reply_To="<a@example.test>"),
        email_bytes("Robot <noreply@example.test>", LO_ADDRESS, "Automatic reply: away", SENT,
                    "I am out of the office.", message_id="<e@example.test>", Auto_Submitted="auto-replied"),
    ]
    for n in range(7):  # a mail loop: beyond the limit of 5 a day, drafts wait for a person
        mail.append(email_bytes("Loop <Loop@Example.test>", LO_ADDRESS, f"Refund request {n}", SENT,
                                f"Please refund invoice INV-{n} of last month.\n\nLoop",
                                message_id=f"<loop{n}@example.test>"))
    return mail


def stored(store: Store) -> dict:
    with store.connect() as conn:
        return {
            "messages": [tuple(r) for r in conn.execute(
                select(messages.c.id, messages.c.uid, messages.c.status, messages.c.reason, messages.c.case_id,
                       messages.c.message_id, messages.c.reading).order_by(messages.c.id))],
            "cases": [tuple(r) for r in conn.execute(
                select(cases.c.id, cases.c.reference, cases.c.customer, cases.c.status, cases.c.outcome,
                       cases.c.fields).order_by(cases.c.id))],
            "decisions": [tuple(r) for r in conn.execute(
                select(decisions.c.id, decisions.c.case_id, decisions.c.message_id, decisions.c.status,
                       decisions.c.result).order_by(decisions.c.id))],
            "drafts": [tuple(r) for r in conn.execute(
                select(drafts.c.id, drafts.c.case_id, drafts.c.decision_id, drafts.c.template, drafts.c.subject,
                       drafts.c.body, drafts.c.to_address, drafts.c.in_reply_to, drafts.c.status,
                       drafts.c.hold_reason, drafts.c.created_at, drafts.c.updated_at).order_by(drafts.c.id))],
            "audit": [tuple(r) for r in conn.execute(
                select(audit_log.c.id, audit_log.c.who, audit_log.c.action, audit_log.c.object_type,
                       audit_log.c.object_id, audit_log.c.detail).order_by(audit_log.c.id))],
        }


def ingest(root: Path, *, grouped: bool):
    config, store = project(root)
    mailbox = config.mailboxes[0]
    clock = FixedClock(NOW)
    triage = Triage(config, Ledger(), clock, StoredTemplates(store))
    reader = triage.reader(config.brands[mailbox.brand])
    group = [(Fetched(mailbox.name, 7, str(uid), raw, len(raw), SENT), Parsed(reader(raw, f"support:{uid}")))
             for uid, raw in enumerate(the_mail(), start=1)]
    with store.connect() as conn:
        ingestor = Ingestor(config, store, triage, clock, conn)
        if grouped:
            outcomes, position = ingestor.ingest_group(group, mailbox, None)
        else:
            outcomes, position = [], None
            for fetched, parsed in group:
                outcome, position = ingestor.ingest(fetched, mailbox, position, parsed)
                outcomes.append(outcome)
    return outcomes, position, stored(store)


def test_a_group_stores_what_one_by_one_stores(tmp_path):
    outcomes, position, rows = ingest(tmp_path / "group", grouped=True)
    single_outcomes, single_position, single_rows = ingest(tmp_path / "single", grouped=False)

    kinds = [o.kind for o in outcomes]
    assert kinds[:7] == ["case", "merged", "case", "merged", "duplicate", "case", "ignored"], kinds
    assert outcomes[1].case == outcomes[0].case and outcomes[3].case == outcomes[2].case != outcomes[0].case
    assert outcomes[4].message == outcomes[0].message  # the duplicate names the record of the same group
    assert outcomes[5].case not in (outcomes[0].case, outcomes[2].case)  # another address: a case of its own
    assert all(isinstance(o.message, int) for o in outcomes) and all(
        o.draft is None or isinstance(o.draft, int) for o in outcomes)
    held = [d for d in rows["drafts"] if d[9]]
    assert len(held) == 2 and "reply 7 to loop@example.test" in held[-1][9], held
    assert [a[2] for a in rows["audit"]].count("draft.hold") == 2
    assert any(a[2] == "draft.supersede" for a in rows["audit"])
    assert position.last_uid == len(the_mail())

    assert outcomes == single_outcomes and position == single_position
    assert rows == single_rows


def test_a_group_after_a_poll_knows_what_is_stored(tmp_path):
    """The group's one query finds the emails stored by an earlier poll: the same
    positions are known, the same Message-IDs at new positions are duplicates
    (a duplicate keeps no record of its own, so polled again it is a duplicate again)."""
    config, store = project(tmp_path)
    mailbox = config.mailboxes[0]
    clock = FixedClock(NOW)
    triage = Triage(config, Ledger(), clock, StoredTemplates(store))
    reader = triage.reader(config.brands[mailbox.brand])
    mail = the_mail()[2:5]  # a case, its follow-up, and a duplicate of another case's email

    def group(first_uid: int):
        return [(Fetched(mailbox.name, 7, str(uid), raw, len(raw), SENT), Parsed(reader(raw, f"support:{uid}")))
                for uid, raw in enumerate(mail, start=first_uid)]

    with store.connect() as conn:
        ingestor = Ingestor(config, store, triage, clock, conn)
        first, position = ingestor.ingest_group(group(1), mailbox, None)
        again, _ = ingestor.ingest_group(group(1), mailbox, position)
        moved, _ = ingestor.ingest_group(group(11), mailbox, position)
    assert [o.kind for o in first] == ["case", "merged", "case"]
    assert [o.kind for o in again] == ["known"] * 3
    assert [o.message for o in again] == [o.message for o in first]
    assert [o.kind for o in moved] == ["duplicate"] * 3
    assert [o.message for o in moved] == [o.message for o in first]

    with store.connect() as conn:  # follow-ups in a later group: found by the group's query of the store
        our_reply = conn.execute(select(drafts.c.message_id).where(drafts.c.case_id == first[2].case)).scalar()
        later = [
            email_bytes("Sam <sam@example.test>", LO_ADDRESS, "Re: Refund", SENT, "Still waiting.\n\nSam",
                        message_id="<g@example.test>", In_Reply_To="<b@example.test>"),
            email_bytes("Rita <rita@example.test>", LO_ADDRESS, "Re: Cancel please", SENT, "Thanks!\n\nRita",
                        message_id="<h@example.test>", In_Reply_To=our_reply, References=our_reply),
            email_bytes("Rita <rita@example.test>", LO_ADDRESS, "A new question", SENT, "Please cancel.\n\nRita",
                        message_id="<i@example.test>", References="<unknown@example.test>"),
        ]
        group = [(Fetched(mailbox.name, 7, str(uid), raw, len(raw), SENT), Parsed(reader(raw, f"support:{uid}")))
                 for uid, raw in enumerate(later, start=21)]
        ingestor = Ingestor(config, store, triage, clock, conn)
        answers, _ = ingestor.ingest_group(group, mailbox, position)
    assert [o.kind for o in answers] == ["merged", "merged", "case"]
    assert [o.case for o in answers[:2]] == [first[0].case, first[2].case]


def test_an_ingest_transaction_holds_the_sqlite_write_lock_from_its_start(tmp_path):
    """The group's rows are written at its end: its transaction takes SQLite's
    write lock first, so another connection's commit in the meantime cannot
    make SQLite refuse the group's writes (a stale read snapshot)."""
    import sqlite3

    config, store = project(tmp_path)
    clock = FixedClock(NOW)
    ingestor = Ingestor(config, store, Triage(config, Ledger(), clock), clock)
    other = sqlite3.connect(tmp_path / "mailbot.db", timeout=0, isolation_level=None)
    with ingestor.transaction():
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            refused = str(error)
        else:
            other.execute("ROLLBACK")
            refused = None
    assert refused == "database is locked"
    other.execute("BEGIN IMMEDIATE")  # and let go at the commit
    other.execute("ROLLBACK")


def test_held_cases_get_the_ids_sqlite_gives(tmp_path):
    """A case opened and discarded in a group leaves its id to the next one, as
    an INSERT and a DELETE do on SQLite; and the held cases get the ids that
    writing them one by one gives."""
    from mailbot.store import cases as case_store
    from mailbot.store.deferred import DeferredWrites, claim_writes

    config, store = project(tmp_path)
    opened = dict(brand="leadsoptima", prefix="LO", customer="a@example.test", subject="s", request_time=NOW,
                  now=NOW)
    with store.begin() as conn:  # one by one, as before
        first, _ = case_store.open_case(conn, **opened)
        discarded, _ = case_store.open_case(conn, **opened)
        case_store.discard_case(conn, discarded)
        again, _ = case_store.open_case(conn, **opened)
    with store.begin() as conn:
        claim_writes(conn)
        writes = DeferredWrites()
        held = [writes.open_case(conn, **opened)[0]]
        writes.discard_case(conn, writes.open_case(conn, **opened)[0])
        held.append(writes.open_case(conn, **opened)[0])
        writes.update_case(held[1], status="decided", outcome="cancel", fields={"plan": None}, now=NOW,
                           reference="LO-1004", brand="leadsoptima")
        writes.flush(conn)
        stored = {row.id: row for row in conn.execute(select(cases))}
    assert (first, discarded, again) == (1, 2, 2)
    assert held == [3, 4] and sorted(stored) == [1, 2, 3, 4]
    assert (stored[4].status, stored[4].outcome, stored[4].fields, stored[4].reference) == \
        ("decided", "cancel", {"plan": None}, "LO-1004")
    assert (stored[3].status, stored[3].reference) == ("received", None)


def test_the_queries_from_drafts_to_their_case_keep_to_the_drafts_indexes(tmp_path):
    """The per-sender count and the replies' cases go from drafts (their own
    indexes) to each case by its key, whatever the store holds: SQLite's planner
    otherwise walks every case of the brand (its (brand, reference) index)."""
    from sqlalchemy import event

    from mailbot.service.casework import _RECENT_TO_SENDERS, _REPLIES_TO_SENDER
    from mailbot.service.ingest_keys import _REPLIES_WITH_IDS
    from mailbot.store.cases import _CASES_OF_REPLIES

    config, store = project(tmp_path / "p")
    group = 64  # a group commit's worth of senders and Message-IDs (the planner weighs the list's length)
    params = {"brand": "leadsoptima", "since": SENT, "address": "a@example.test",
              "addresses": [f"a{n}@example.test" for n in range(group)],
              "ids": [f"<m{n}@example.test>" for n in range(group)]}
    sent: list = []
    try:
        with store.connect() as conn:
            event.listen(conn, "before_cursor_execute",
                         lambda c, cursor, statement, parameters, context, many: sent.append((statement, parameters)))
            for query in (_RECENT_TO_SENDERS, _REPLIES_TO_SENDER, _REPLIES_WITH_IDS, _CASES_OF_REPLIES):
                wanted = {k: v for k, v in params.items() if k in {p.key for p in query.compile().binds.values()}}
                conn.execute(query, wanted).all()
            asked = list(sent)  # the EXPLAINs below are not among them
            for statement, parameters in asked:
                plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
                steps = " / ".join(row[-1] for row in plan)
                assert "SEARCH drafts USING INDEX" in steps and "ix_cases_brand_reference" not in steps, steps
            assert len(asked) == 4
    finally:
        store.close()
