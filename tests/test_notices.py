"""Notices by email through a real aiosmtpd: one per escalation, one per case
turning overdue, one digest a day; never twice, whatever runs again."""

from __future__ import annotations

import pytest

from mailbot.service import review
from mailbot.service.casework import assign_case
from mailbot.service.demo import demo_config
from mailbot.service.notices import notify
from mailbot.store import cases as case_store
from mailbot.store import queues
from tests.smtpd import smtpd  # noqa: F401  (the fixture)
from tests.webapp import MovingClock, add_account, open_staff_store, triaged_project

pytestmark = pytest.mark.integration

LEAD = "lead@optima.example"
LO_LEAD = "lead@leadsoptima.example"


@pytest.fixture(scope="module")
def triaged(tmp_path_factory):
    return triaged_project(tmp_path_factory.mktemp("notices-project"), MovingClock())


@pytest.fixture
def clock():
    return MovingClock()


@pytest.fixture
def setup(triaged, tmp_path, smtpd, clock):  # noqa: F811
    store = open_staff_store(triaged, tmp_path)
    config = demo_config(store.config, smtpd.port)
    config.brands["optima_webdesign"].escalation_address = LEAD
    config.brands["leadsoptima"].escalation_address = LO_LEAD
    yield config, store
    store.close()


def pending_of(store, reference):
    with store.connect() as conn:
        case = next(c for c in case_store.list_cases(conn) if c.reference == reference)
        return case, case_store.list_drafts(conn, case_id=case.id, status="pending")[-1]


def overdue_now(store, config, clock) -> set[int]:
    from mailbot.web.queue_page import listed_cases

    with store.connect() as conn:
        found = listed_cases(conn, config, clock.now(), state=None, overdue=True, per_page=1000)
    return {item.case_id for item in found.items}


def test_one_notice_per_escalation_and_per_case_turning_overdue(setup, smtpd, clock):  # noqa: F811
    config, store = setup
    late = overdue_now(store, config, clock)
    assert late  # the July requests of LeadsOptima are long overdue at the clock's start
    first = notify(config, store, clock)
    assert len(first.sent) == len(late) == len(smtpd.received)
    assert {m.recipients[0] for m in smtpd.received} == {LO_LEAD}
    assert all("overdue" in m.message["Subject"] for m in smtpd.received)
    assert all(m.message["Auto-Submitted"] == "auto-generated" for m in smtpd.received)

    again = notify(config, store, clock)  # nothing new: nothing sent
    assert again.sent == [] and again.planned == [] and len(smtpd.received) == len(late)

    case, draft = pending_of(store, "OWD-1003")
    review.escalate_draft(store, draft.id, who="alice", now=clock.now(), note="check the milestone")
    notify(config, store, clock)
    assert len(smtpd.received) == len(late) + 1
    escalation = smtpd.received[-1]
    assert escalation.recipients == [LEAD]  # no owner: the brand's escalation_address
    assert "[OWD-1003] escalated" in escalation.message["Subject"]
    assert "check the milestone" in escalation.message.get_body().get_content()

    add_account(store, "olga@optima.example")
    other, other_draft = pending_of(store, "OWD-1005")
    assign_case(store, other.id, owner="olga@optima.example", who="alice", now=clock.now())
    review.escalate_draft(store, other_draft.id, who="alice", now=clock.now())
    notify(config, store, clock)
    assert smtpd.received[-1].recipients == ["olga@optima.example"]  # the owner, when an address
    assert notify(config, store, clock).sent == []

    sent_before = len(smtpd.received)
    clock.advance(days=20)  # the September cases turn overdue: one notice each, once
    turned = overdue_now(store, config, clock) - late
    assert turned and case.id in turned
    report = notify(config, store, clock)
    assert len(report.sent) == len(turned) == len(smtpd.received) - sent_before
    assert notify(config, store, clock).sent == []
    with store.connect() as conn:
        assert queues.case_row(conn, case.id).state == "escalated"


def test_a_notice_without_anyone_to_tell_is_recorded_skipped_never_sent(triaged, tmp_path, smtpd, clock):  # noqa: F811
    store = open_staff_store(triaged, tmp_path)
    try:
        config = demo_config(store.config, smtpd.port)  # no escalation_address
        report = notify(config, store, clock)
        assert report.skipped and report.sent == [] and smtpd.received == []
        config.brands["leadsoptima"].escalation_address = LO_LEAD
        assert notify(config, store, clock).sent == [] and smtpd.received == []  # not sent later either
    finally:
        store.close()


def test_the_daily_digest_goes_once_a_day(setup, smtpd, clock):  # noqa: F811
    config, store = setup
    for brand in config.brands.values():
        brand.escalation_address = ""
    config.brands["leadsoptima"].escalation_address = LO_LEAD
    config.brands["leadsoptima"].daily_digest = True
    notify(config, store, clock)
    digests = [m for m in smtpd.received if "the queues on" in m.message["Subject"]]
    assert len(digests) == 1 and "Review: " in digests[0].message.get_body().get_content()
    notify(config, store, clock)
    clock.advance(hours=1)
    notify(config, store, clock)
    assert len([m for m in smtpd.received if "the queues on" in m.message["Subject"]]) == 1
    clock.advance(days=1)
    notify(config, store, clock)
    assert len([m for m in smtpd.received if "the queues on" in m.message["Subject"]]) == 2
