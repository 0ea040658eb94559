"""The service layer on a real SQLite file: every fetched email ends exactly
once as a case, an ignored record or a failed record.

The emails come from a small in-test source (the Source contract of
``mailbot/sources/base.py``); the real IMAP and Maildir sources are tested
against Dovecot and a real folder in their own test files.

The polls read through the setting's parse worker, as the service does, but for the tests of cases across
emails and of a new UIDVALIDITY (ci45): what they prove (merging, superseding, a duplicate found by its
Message-ID) is the polling process's, and each of their two polls started a parse worker that loaded the reading
modules and compiled the brand's patterns again; they read in the polling process (tests/helpers.py
``in_process``).  Exactly once, the auto-reply screen, oversized, malformed, a crash, a stop and a failing
mailbox keep the worker.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from mailbot.clock import FixedClock
from mailbot.errors import SourceError
from mailbot.pipeline import Triage
from mailbot.service.ingest import header_message_id
from mailbot.service.poll import Poller, poll_once
from mailbot.service.retry import RetryError, retry_message
from mailbot.sources.base import Fetched, Position
from mailbot.store import Store, import_ledger, upgrade
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store.audit import audit_entries
from mailbot.store.positions import mailbox_state
from mailbot.store.schema import cases, messages
from tests.conftest import mailbox_settings
from tests.helpers import EXAMPLES, LO_ADDRESS, config, email_bytes, in_process, ist

ASHA = "Asha Rao <asha@example.in>"
CLOCK = FixedClock(ist(2025, 7, 8, 18, 0))


class ListSource:
    """A mailbox that hands over prepared emails, after a position like IMAP."""

    def __init__(self, name: str, emails: list[Fetched] | None = None):
        self.name = name
        self.emails = list(emails or [])
        self.done_with: list[str] = []

    def fetch_new(self, position: Position | None):
        for fetched in self.emails:
            if (position and fetched.uidvalidity == position.uidvalidity
                    and int(fetched.uid) <= position.last_uid):
                continue
            yield fetched

    def done(self, fetched: Fetched) -> None:
        self.done_with.append(fetched.uid)

    def close(self) -> None:
        pass


class BrokenSource(ListSource):
    def fetch_new(self, position):
        raise SourceError(f"mailbox {self.name}: connection refused")


def fetched(raw: bytes | None, uid: int, uidvalidity: int = 1, mailbox: str = "lo-support",
            arrived: datetime | None = None, size: int | None = None) -> Fetched:
    return Fetched(mailbox=mailbox, uidvalidity=uidvalidity, uid=str(uid), raw=raw,
                   size=size if size is not None else len(raw or b""), internaldate=arrived or ist(2025, 7, 8, 11, 0))


def charged_twice(message_id: str = "<q1@example.in>", sender: str = ASHA, **headers) -> bytes:
    return email_bytes(sender, LO_ADDRESS, "Charged twice", ist(2025, 7, 8, 11, 0),
                       "Hi, I was charged twice for my annual plan. Please refund the duplicate payment.\n\nAsha",
                       message_id=message_id, **headers)


def answer(subject: str, message_id: str, sender: str = ASHA, **headers) -> bytes:
    return email_bytes(sender, LO_ADDRESS, subject, ist(2025, 7, 8, 12, 0), "The invoice is LO-INV-1002.\n\nAsha",
                       message_id=message_id, **headers)


def out_of_office(message_id: str) -> bytes:
    return email_bytes(ASHA, LO_ADDRESS, "Out of office", ist(2025, 7, 8, 11, 5), "I am away until Monday.",
                       message_id=message_id, Auto_Submitted="auto-replied")


@pytest.fixture
def cfg():
    base = config()
    base.mailboxes = [mailbox_settings(name="lo-support", brand="leadsoptima"),
                      mailbox_settings(name="lo-other", brand="leadsoptima")]
    return base


@pytest.fixture
def store(tmp_path, cfg):
    url = f"sqlite:///{tmp_path / 'mailbot.db'}"
    upgrade(url)
    store = Store.open(url)
    import_ledger(store, EXAMPLES / "ledger.json", cfg.zone_of, who="test", now=CLOCK.now())
    yield store
    store.close()


def poll(cfg, store, *sources, stop=None):
    return poll_once(cfg, store, sources, CLOCK, stop)


def count(store, table, *where) -> int:
    with store.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def all_messages(store):
    with store.connect() as conn:
        return message_store.list_messages(conn)


def drafts_of(store, case_id):
    with store.connect() as conn:
        return case_store.list_drafts(conn, case_id=case_id)


# -- exactly once ----------------------------------------------------------------

def test_the_same_email_twice_is_stored_once(cfg, store):
    source = ListSource("lo-support", [fetched(charged_twice(), 1)])
    first = poll(cfg, store, source)
    assert first.outcomes["case"] == 1
    ingestor = Poller(cfg, store, CLOCK).ingestor()
    outcome, _ = ingestor.ingest(source.emails[0], cfg.mailboxes[0], None)  # as if the position were lost
    assert outcome.kind == "known"
    assert count(store, messages) == 1
    assert count(store, cases) == 1
    assert source.done_with == ["1"]


def test_a_second_poll_adds_nothing_and_the_position_follows(cfg, store):
    emails = [fetched(charged_twice(f"<m{i}@example.in>"), i) for i in range(1, 6)]
    source = ListSource("lo-support", emails)
    poll(cfg, store, source)
    again = poll(cfg, store, source)
    assert sum(again.outcomes.values()) == 0
    assert count(store, messages) == 5
    with store.connect() as conn:
        state = mailbox_state(conn, "lo-support")
    assert (state.uidvalidity, state.last_uid, state.consecutive_failures) == (1, 5, 0)


def test_a_new_uidvalidity_does_not_duplicate_cases(cfg, store):
    cfg = in_process(cfg)
    raws = [charged_twice(f"<m{i}@example.in>") for i in range(3)]
    poll(cfg, store, ListSource("lo-support", [fetched(raw, i + 1, uidvalidity=1) for i, raw in enumerate(raws)]))
    recreated = ListSource("lo-support", [fetched(raw, i + 1, uidvalidity=2) for i, raw in enumerate(raws)])
    report = poll(cfg, store, recreated)
    assert report.outcomes["duplicate"] == 3
    assert count(store, messages) == 3
    assert count(store, cases) == 3
    with store.connect() as conn:
        state = mailbox_state(conn, "lo-support")
    assert (state.uidvalidity, state.last_uid) == (2, 3)


# -- cases across emails -----------------------------------------------------------

def test_an_answer_to_our_reply_re_decides_the_case_and_supersedes_the_draft(cfg, store):
    cfg = in_process(cfg)
    poll(cfg, store, ListSource("lo-support", [fetched(charged_twice(), 1)]))
    with store.connect() as conn:
        (case,) = case_store.list_cases(conn)
    (asking,) = drafts_of(store, case.id)
    assert (case.status, asking.status) == ("need_info", "pending")

    reply = answer("Re: Charged twice", "<q2@example.in>", In_Reply_To=asking.message_id)
    report = poll(cfg, store, ListSource("lo-support", [fetched(charged_twice(), 1),
                                                        fetched(reply, 2, arrived=ist(2025, 7, 8, 12, 0))]))
    assert report.outcomes["merged"] == 1
    with store.connect() as conn:
        merged = case_store.get_case(conn, case.id)
        decisions = case_store.case_decisions(conn, case.id)
    assert count(store, cases) == 1
    assert merged.emails == 2
    assert merged.status == "decided" and merged.outcome == "approve"
    assert [d.status for d in decisions] == ["need_info", "decided"]
    assert [(d.id, d.status) for d in drafts_of(store, case.id)] == [
        (asking.id, "superseded"), (asking.id + 1, "pending")]
    with store.connect() as conn:
        assert [e.action for e in audit_entries(conn, object_type="case")] == ["draft.supersede"]


def test_a_case_reference_in_the_subject_merges_the_customer_s_answer(cfg, store):
    cfg = in_process(cfg)
    poll(cfg, store, ListSource("lo-support", [fetched(charged_twice(), 1)]))
    with store.connect() as conn:
        (case,) = case_store.list_cases(conn)
    reply = answer(f"Re: Charged twice [{case.reference}]", "<q2@example.in>")
    report = poll(cfg, store, ListSource("lo-support", [fetched(reply, 2)]))
    assert report.outcomes["merged"] == 1
    assert count(store, cases) == 1


def test_the_same_answer_from_another_address_starts_its_own_case(cfg, store):
    cfg = in_process(cfg)
    poll(cfg, store, ListSource("lo-support", [fetched(charged_twice(), 1)]))
    with store.connect() as conn:
        (case,) = case_store.list_cases(conn)
    (asking,) = drafts_of(store, case.id)
    stranger = "Mallory <mallory@example.net>"
    reply = answer(f"Re: Charged twice [{case.reference}]", "<q3@example.net>", sender=stranger,
                   In_Reply_To=asking.message_id, References="<q1@example.in>")
    report = poll(cfg, store, ListSource("lo-support", [fetched(reply, 2)]))
    assert report.outcomes["case"] == 1 and report.outcomes["merged"] == 0
    with store.connect() as conn:
        original = case_store.get_case(conn, case.id)
        new = [c for c in case_store.list_cases(conn) if c.id != case.id]
    assert original.emails == 1 and original.status == "need_info"
    assert [d.status for d in drafts_of(store, case.id)] == ["pending"]
    assert [c.customer for c in new] == ["mallory@example.net"]


# -- what cannot become a case ----------------------------------------------------

def test_auto_replies_are_ignored_with_their_reason(cfg, store):
    report = poll(cfg, store, ListSource("lo-support", [fetched(out_of_office("<ooo@example.in>"), 1)]))
    assert report.outcomes["ignored"] == 1
    (message,) = all_messages(store)
    assert message.status == "ignored" and "auto-replied" in message.reason
    assert count(store, cases) == 0


def test_an_oversized_email_is_recorded_for_staff(cfg, store):
    report = poll(cfg, store, ListSource("lo-support", [fetched(None, 1, size=40_000_000)]))
    assert report.outcomes["oversized"] == 1
    (message,) = all_messages(store)
    assert message.status == "oversized" and message.size == 40_000_000 and "40000000 bytes" in message.reason


def test_a_malformed_email_is_recorded_failed_and_the_next_is_still_triaged(cfg, store):
    garbage = b"\x00\x01\x02 this is not an email at all"
    report = poll(cfg, store, ListSource("lo-support", [fetched(garbage, 1), fetched(charged_twice(), 2)]))
    assert (report.outcomes["failed"], report.outcomes["case"]) == (1, 1)
    failed, triaged = all_messages(store)
    assert failed.status == "failed" and "MessageError" in failed.error and "\n" not in failed.error
    assert triaged.status == "case"
    with store.connect() as conn:
        assert message_store.raw_bytes(conn, failed.id) == garbage
        assert mailbox_state(conn, "lo-support").last_uid == 2


def test_a_crash_in_the_pipeline_is_recorded_and_retry_works_after_the_fix(cfg, store, monkeypatch):
    real_decide = Triage.decide

    def crashing(self, messages, brand=None, reference=None, **kwargs):
        if "BOOM" in messages[-1].subject:
            raise ZeroDivisionError("division by zero in the policy")
        return real_decide(self, messages, brand, reference, **kwargs)

    monkeypatch.setattr(Triage, "decide", crashing)
    boom = email_bytes(ASHA, LO_ADDRESS, "BOOM please cancel", ist(2025, 7, 8, 11, 0), "Please cancel my plan.",
                       message_id="<boom@example.in>")
    emails = [fetched(charged_twice("<a@example.in>"), 1), fetched(boom, 2), fetched(charged_twice("<c@example.in>"), 3)]
    report = poll(cfg, store, ListSource("lo-support", emails))
    assert (report.outcomes["case"], report.outcomes["failed"]) == (2, 1)
    failed = next(m for m in all_messages(store) if m.status == "failed")
    assert failed.error == "ZeroDivisionError: division by zero in the policy"
    assert failed.message_id == "<boom@example.in>"
    assert count(store, cases) == 2  # the crashed email left no half-made case behind

    still_broken = retry_message(cfg, store, failed.id, CLOCK, who="tester")
    assert still_broken.kind == "failed"

    monkeypatch.setattr(Triage, "decide", real_decide)  # the fix
    fixed = retry_message(cfg, store, failed.id, CLOCK, who="tester")
    assert fixed.kind == "case" and fixed.draft is not None
    with store.connect() as conn:
        again = message_store.get_message(conn, failed.id)
        log = audit_entries(conn, object_type="message", object_id=failed.id)
    assert (again.status, again.case_id, again.error) == ("case", fixed.case, None)
    assert [e.who for e in log] == ["tester", "tester"]
    with pytest.raises(RetryError, match="only failed messages"):
        retry_message(cfg, store, failed.id, CLOCK, who="tester")


def test_retry_of_an_unknown_message_says_so(cfg, store):
    with pytest.raises(RetryError, match="no such message"):
        retry_message(cfg, store, 404, CLOCK, who="tester")


def test_header_message_id_reads_unparsed_bytes():
    assert header_message_id(b"From: a@b\r\nMessage-ID: <x@y>\r\n\r\nbody") == "<x@y>"
    assert header_message_id(b"From: a@b\r\n\r\nMessage-ID: <x@y>") is None
    assert header_message_id(None) is None


# -- the loop --------------------------------------------------------------------

def test_stop_finishes_the_email_in_hand_and_leaves_the_rest(cfg, store):
    stop = threading.Event()
    emails = [fetched(charged_twice(f"<s{i}@example.in>"), i) for i in range(1, 4)]

    class StopAfterFirst(ListSource):  # SIGTERM arrives while the first email is in hand
        def fetch_new(self, position):
            for f in super().fetch_new(position):
                stop.set()
                yield f

    report = poll(cfg, store, StopAfterFirst("lo-support", emails), stop=stop)
    assert report.mailboxes[0].stopped
    assert count(store, messages) == 1
    with store.connect() as conn:
        assert mailbox_state(conn, "lo-support").last_uid == 1
    stop.clear()
    poll(cfg, store, ListSource("lo-support", emails))
    assert count(store, messages) == 3


def test_a_failing_mailbox_is_reported_and_the_others_go_on(cfg, store):
    report = poll(cfg, store, BrokenSource("lo-other"), ListSource("lo-support", [fetched(charged_twice(), 1)]))
    assert [r.error for r in report.mailboxes] == ["SourceError: mailbox lo-other: connection refused", None]
    assert count(store, messages) == 1
    poll(cfg, store, BrokenSource("lo-other"))
    with store.connect() as conn:
        broken = mailbox_state(conn, "lo-other")
        fine = mailbox_state(conn, "lo-support")
    assert broken.consecutive_failures == 2 and "connection refused" in broken.last_error
    assert fine.consecutive_failures == 0 and fine.last_success_at == CLOCK.now()


def test_a_re_imported_ledger_is_used_by_the_next_poll(cfg, store, tmp_path):
    poller = Poller(cfg, store, CLOCK)
    first = poller.ingestor().triage
    assert poller.ingestor().triage is first  # loaded once
    import_ledger(store, EXAMPLES / "ledger.json", cfg.zone_of, who="test", now=CLOCK.now() + timedelta(1))
    assert poller.ingestor().triage is not first
