"""Notices by email through a real aiosmtpd: one per escalation, one per case
turning overdue, one digest a day; never twice, whatever runs again."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailbot.service import review
from mailbot.service.casework import assign_case
from mailbot.service.demo import demo_config
from mailbot.service.notices import notify
from mailbot.store import cases as case_store
from mailbot.store import queues
from mailbot.store.users import set_email
from tests.smtpd import smtpd  # noqa: F401  (the fixture)
from tests.webapp import MovingClock, add_account, open_staff_store, triaged_copy

pytestmark = pytest.mark.integration

LEAD = "lead@optima.example"
LO_LEAD = "lead@leadsoptima.example"


@pytest.fixture(scope="module")
def triaged(tmp_path_factory, triaged_template):
    return triaged_copy(triaged_template, tmp_path_factory.mktemp("notices-project"))


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


def deadlines(store, config, clock) -> dict[int, object]:
    """The deadline of every case that still owes the customer a reply."""
    from mailbot.web.queue_page import listed_cases

    with store.connect() as conn:
        found = listed_cases(conn, config, clock.now(), state=None, per_page=1000)
    return {i.case_id: i.deadline for i in found.items if i.row.state in ("review", "escalated", "person")}


def overdue_subjects(smtpd) -> list[str]:  # noqa: F811
    return [m.message["Subject"] for m in smtpd.received if "] overdue:" in m.message["Subject"]]


def test_one_notice_per_escalation_and_per_case_turning_overdue(setup, smtpd, clock):  # noqa: F811
    config, store = setup
    start = clock.now()
    owing = deadlines(store, config, clock)
    assert any(d < start - timedelta(days=30) for d in owing.values())  # July requests: long overdue
    first = notify(config, store, clock)
    assert first.sent == [] and smtpd.received == []  # overdue for months: red in the queue, no email flood
    assert notify(config, store, clock).planned == []

    case, draft = pending_of(store, "OWD-1003")
    review.escalate_draft(store, draft.id, who="alice", now=clock.now(), note="check the milestone")
    notify(config, store, clock)
    assert len(smtpd.received) == 1
    escalation = smtpd.received[-1]
    assert escalation.recipients == [LEAD]  # no owner: the brand's escalation_address
    assert "[OWD-1003] escalated" in escalation.message["Subject"]
    assert "check the milestone" in escalation.message.get_body().get_content()
    assert escalation.message["Auto-Submitted"] == "auto-generated"

    add_account(store, "olga@optima.example")
    other, other_draft = pending_of(store, "OWD-1005")
    assign_case(store, other.id, owner="olga@optima.example", who="alice", now=clock.now())
    review.escalate_draft(store, other_draft.id, who="alice", now=clock.now())
    notify(config, store, clock)
    assert smtpd.received[-1].recipients == ["olga@optima.example"]  # the owner, when an address
    assert len(smtpd.received) == 2 and notify(config, store, clock).sent == []

    add_account(store, "bob")  # an account named "bob", whose notices go where `users email` says
    with store.begin() as conn:
        set_email(conn, "bob", "Bob@Optima.example", clock.now())
    third, third_draft = pending_of(store, "OWD-1004")
    assign_case(store, third.id, owner="bob", who="alice", now=clock.now())
    review.escalate_draft(store, third_draft.id, who="alice", now=clock.now())
    notify(config, store, clock)
    assert smtpd.received[-1].recipients == ["bob@optima.example"]
    assert len(smtpd.received) == 3 and notify(config, store, clock).sent == []

    for _ in range(21):  # the September cases turn overdue day after day: one notice each, once
        clock.advance(hours=12)
        notify(config, store, clock)
    turned = {c for c, d in owing.items() if start < d < clock.now()}
    assert turned and case.id in turned
    subjects = overdue_subjects(smtpd)
    assert len(subjects) == len(set(subjects)) == len(turned)
    with store.connect() as conn:
        references = {case_store.get_case(conn, c).reference for c in turned}
        assert queues.case_row(conn, case.id).state == "escalated"
    assert {s.split("]")[0].lstrip("[") for s in subjects} == references
    assert notify(config, store, clock).sent == []


def test_a_notice_without_anyone_to_tell_is_recorded_skipped_never_sent(triaged, tmp_path, smtpd, clock):  # noqa: F811
    store = open_staff_store(triaged, tmp_path)
    try:
        config = demo_config(store.config, smtpd.port)  # no escalation_address
        _, draft = pending_of(store, "LO-1009")
        review.escalate_draft(store, draft.id, who="alice", now=clock.now())
        report = notify(config, store, clock)
        assert report.skipped == [f"escalated:{draft.id}"] and report.sent == [] and smtpd.received == []
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
