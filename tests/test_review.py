"""Review actions, the queue and staff accounts on a real SQLite store."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from mailbot.service.review import (
    ReviewError, approve_draft, case_history, clean_subject, escalate_draft, reject_draft, review_queue, save_edit,
)
from mailbot.store.schema import users as users_table
from mailbot.store.users import (
    UserError, add_user, authenticate, disable_user, get_user, get_user_by_name, list_users, password_matches,
)
from tests.casework import (
    CLOCK, Inbox, agency_request, charged_twice, draft, follow_up, make_config, only_pending, open_store,
)
from tests.helpers import ist

LATER = CLOCK.now() + timedelta(minutes=5)


@pytest.fixture
def cfg():
    return make_config()


@pytest.fixture
def store(tmp_path, cfg):
    store = open_store(tmp_path, cfg)
    yield store
    store.close()


@pytest.fixture
def pending(cfg, store):
    Inbox(cfg, store).deliver(charged_twice("<q1@example.in>"))
    return only_pending(store)


def history(store, case_id):
    with store.connect() as conn:
        return [(e.who, e.action, e.object_id) for e in case_history(conn, case_id)]


# -- the actions ---------------------------------------------------------------------------

def test_approve_records_who_and_when(store, pending):
    approved = approve_draft(store, pending.id, who="alice", now=LATER)
    assert approved.status == "approved" and approved.reviewed_by == "alice" and approved.reviewed_at == LATER
    assert approved.body == pending.body and approved.subject == pending.subject
    assert history(store, pending.case_id) == [("alice", "draft.approve", str(pending.id))]


def test_approve_edited_keeps_the_new_text_and_says_so(store, pending):
    body = "Hello Asha,\r\n\r\nWe need your invoice number.\r\n\r\nLeadsOptima"
    approved = approve_draft(store, pending.id, who="bob", now=LATER, subject="About your refund", body=body)
    assert approved.body == "Hello Asha,\n\nWe need your invoice number.\n\nLeadsOptima\n"
    assert approved.subject == "About your refund [LO-1001]"  # the reference stays
    with store.connect() as conn:
        entry = case_history(conn, pending.case_id)[-1]
    assert (entry.who, entry.action) == ("bob", "draft.approve_edited")
    assert "subject" in entry.detail and "body" in entry.detail


def test_save_edit_keeps_the_draft_pending(store, pending):
    edited = save_edit(store, pending.id, who="carol", now=LATER, body="Short reply.\n")
    assert edited.status == "pending" and edited.body == "Short reply.\n"
    assert edited.subject == pending.subject and edited.reviewed_by is None
    assert history(store, pending.case_id)[-1] == ("carol", "draft.edit", str(pending.id))
    assert approve_draft(store, pending.id, who="dave", now=LATER).body == "Short reply.\n"


def test_reject_needs_a_reason_and_keeps_it(store, pending):
    with pytest.raises(ReviewError, match="needs a reason"):
        reject_draft(store, pending.id, who="alice", now=LATER, reason="  ")
    assert draft(store, pending.id).status == "pending"
    rejected = reject_draft(store, pending.id, who="alice", now=LATER, reason="customer already refunded")
    assert rejected.status == "rejected" and rejected.reject_reason == "customer already refunded"
    with store.connect() as conn:
        entry = case_history(conn, pending.case_id)[-1]
    assert entry.action == "draft.reject" and "customer already refunded" in entry.detail


def test_escalate_hands_the_draft_to_a_person(store, pending):
    escalated = escalate_draft(store, pending.id, who="alice", now=LATER, note="VIP customer: call her")
    assert escalated.status == "escalated"
    with store.connect() as conn:
        entry = case_history(conn, pending.case_id)[-1]
    assert (entry.who, entry.action) == ("alice", "draft.escalate") and "VIP" in entry.detail


@pytest.mark.parametrize("first", ["approve", "reject", "escalate"])
def test_only_a_pending_draft_can_be_acted_on(store, pending, first):
    act = {"approve": lambda: approve_draft(store, pending.id, who="a", now=LATER),
           "reject": lambda: reject_draft(store, pending.id, who="a", now=LATER, reason="no"),
           "escalate": lambda: escalate_draft(store, pending.id, who="a", now=LATER)}
    act[first]()
    status = draft(store, pending.id).status
    for action in act.values():
        with pytest.raises(ReviewError, match=f"is {status}; only a pending draft"):
            action()
    with pytest.raises(ReviewError, match="only a pending draft"):
        save_edit(store, pending.id, who="a", now=LATER, body="changed")
    assert draft(store, pending.id).status == status
    assert len(history(store, pending.case_id)) == 1


def test_a_superseded_draft_cannot_be_approved(cfg, store):
    inbox = Inbox(cfg, store)
    inbox.deliver(charged_twice("<q1@example.in>"))
    first = only_pending(store)
    inbox.deliver(follow_up("Re: Charged twice [LO-1001]", "<q2@example.in>", "<q1@example.in>"))
    assert draft(store, first.id).status == "superseded"
    with pytest.raises(ReviewError, match="is superseded"):
        approve_draft(store, first.id, who="alice", now=LATER)
    assert ("mailbot", "draft.supersede", str(first.case_id)) in history(store, first.case_id)


def test_unknown_draft_and_nameless_reviewer_are_refused(store, pending):
    with pytest.raises(ReviewError, match="draft 999: no such draft"):
        approve_draft(store, 999, who="alice", now=LATER)
    with pytest.raises(ReviewError, match="names the person"):
        approve_draft(store, pending.id, who=" ", now=LATER)
    with pytest.raises(ReviewError, match="body: must not be empty"):
        save_edit(store, pending.id, who="alice", now=LATER, body="\n \n")


def test_an_edited_subject_is_one_bounded_line():
    assert clean_subject("Refund\r\nBcc: x@y.z", "LO-1001") == "Refund Bcc: x@y.z [LO-1001]"
    assert clean_subject("a\u2028b\x00c\td", None) == "a b c d"
    assert clean_subject("Re: thing [lo-1001]", "LO-1001") == "Re: thing [lo-1001]"
    long = clean_subject("word " * 100, "LO-1001")
    assert len(long) <= 150 and long.endswith("… [LO-1001]")
    with pytest.raises(ReviewError):
        clean_subject("\r\n", None)


# -- the queue -------------------------------------------------------------------------------

def test_the_queue_lists_pending_drafts_oldest_first_with_filters(cfg, store):
    lo = Inbox(cfg, store)
    lo.deliver(charged_twice("<a1@example.in>", when=ist(2025, 7, 1, 10, 0)), when=ist(2025, 7, 1, 10, 0))  # need_info
    lo.deliver(charged_twice("<b1@example.in>", sender="Bina <bina@example.in>"), when=ist(2025, 7, 8, 10, 0))
    lo.deliver(follow_up("Re: Charged twice [LO-1001]", "<a2@example.in>", "<a1@example.in>"))  # decided
    Inbox(cfg, store, "owd-support").deliver(agency_request("<r1@example.com>"), when=ist(2025, 7, 8, 9, 0))
    now = ist(2025, 7, 8, 18, 0)
    with store.connect() as conn:
        page = review_queue(conn, config=cfg, now=now)
        assert page.total == 3 and page.pages == 1 and page.page == 1
        assert [i.draft_id for i in page.items] == sorted(i.draft_id for i in page.items)
        by_case = {i.reference: i for i in page.items}
        asha = by_case["LO-1001"]
        assert asha.outcome == "approve" and asha.outcomes == ("approve",)
        assert asha.amount is not None and asha.amount > Decimal(0) and asha.currency == "INR"
        assert asha.overdue  # requested 1 July, two business days have passed
        assert asha.age == now - ist(2025, 7, 1, 10, 0)
        # Bina is not in the ledger: an unknown sender, asked to write from the registered address (C2).
        assert not by_case["LO-1002"].overdue and by_case["LO-1002"].outcome == "verify_sender"
        assert by_case["LO-1002"].amount is None

        assert {i.brand for i in review_queue(conn, brand="optima_webdesign", config=cfg, now=now).items} == {
            "optima_webdesign"}
        assert [i.reference for i in review_queue(conn, outcome="approve", config=cfg, now=now).items] == ["LO-1001"]
        assert [i.reference for i in review_queue(conn, overdue=True, config=cfg, now=now).items] == ["LO-1001"]
        assert len(review_queue(conn, overdue=False, config=cfg, now=now).items) == 2

        first = review_queue(conn, per_page=2, page=1, config=cfg, now=now)
        second = review_queue(conn, per_page=2, page=2, config=cfg, now=now)
        assert (first.total, first.pages, len(first.items), len(second.items)) == (3, 2, 2, 1)
        assert {i.draft_id for i in first.items}.isdisjoint({i.draft_id for i in second.items})
        assert review_queue(conn, per_page=2, page=9, config=cfg, now=now).page == 2
    approve_draft(store, asha.draft_id, who="alice", now=now)
    with store.connect() as conn:
        assert asha.draft_id not in [i.draft_id for i in review_queue(conn, config=cfg, now=now).items]


def test_overdue_counts_business_days_not_calendar_days(cfg, store):
    friday = ist(2025, 7, 4, 10, 0)
    Inbox(cfg, store).deliver(charged_twice("<f1@example.in>", when=friday), when=friday)
    with store.connect() as conn:
        monday = review_queue(conn, config=cfg, now=ist(2025, 7, 7, 23, 0)).items[0]
        wednesday = review_queue(conn, config=cfg, now=ist(2025, 7, 9, 0, 30)).items[0]
    assert not monday.overdue and wednesday.overdue


# -- staff accounts ------------------------------------------------------------------------------

def test_accounts_sign_in_with_their_password_only(store):
    with store.begin() as conn:
        alice = add_user(conn, "alice", "staff", "correct horse battery", CLOCK.now())
        add_user(conn, "root", "admin", "another long secret", CLOCK.now())
    with store.connect() as conn:
        assert authenticate(conn, "alice", "correct horse battery") == alice
        assert authenticate(conn, "alice", "correct horse batterY") is None
        assert authenticate(conn, "nobody", "correct horse battery") is None
        assert get_user(conn, alice.id) == alice and get_user_by_name(conn, "root").role == "admin"
        assert [u.name for u in list_users(conn)] == ["alice", "root"]
        stored = conn.execute(select(users_table.c.password_hash).where(users_table.c.name == "alice")).scalar()
    assert "correct horse" not in stored
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2 ** 14), "8", "1")
    assert password_matches("correct horse battery", stored) and not password_matches("x", stored)
    with store.begin() as conn:
        assert disable_user(conn, "alice", LATER).active is False
    with store.connect() as conn:
        assert authenticate(conn, "alice", "correct horse battery") is None


def test_two_accounts_with_one_password_have_different_hashes(store):
    with store.begin() as conn:
        add_user(conn, "a1", "staff", "same password 123", CLOCK.now())
        add_user(conn, "a2", "staff", "same password 123", CLOCK.now())
        hashes = set(conn.execute(select(users_table.c.password_hash)).scalars())
    assert len(hashes) == 2


@pytest.mark.parametrize("name, role, password, problem", [
    ("alice", "staff", "pw-12345", "too short"),
    ("alice", "staff", "aaaaaaaaaaaa", "too simple"),
    ("alice", "boss", "a long enough secret", "role must be one of staff, admin"),
    ("al ice", "staff", "a long enough secret", "a name is"),
    ("taken", "staff", "a long enough secret", "already exists"),
])
def test_bad_accounts_are_refused(store, name, role, password, problem):
    with store.begin() as conn:
        add_user(conn, "taken", "staff", "first long secret", CLOCK.now())
    with pytest.raises(UserError, match=problem) as error:
        with store.begin() as conn:
            add_user(conn, name, role, password, CLOCK.now())
    assert password not in str(error.value)
    with store.connect() as conn:
        assert [u.name for u in list_users(conn)] == ["taken"]


def test_disabling_an_unknown_account_says_so(store):
    with pytest.raises(UserError, match="ghost: no such user"):
        with store.begin() as conn:
            disable_user(conn, "ghost", CLOCK.now())
