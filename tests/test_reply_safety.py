"""Replies go only to the verified customer (issue 10, items 2 and 3), end to
end: emails polled into a real SQLite store, approved, and sent to a real
aiosmtpd sink that records every recipient.

- A spoofed From (a customer on record) with an attacker's Reply-To: nothing
  reaches the attacker, automatically or after approval.
- A relay attempt from an unknown sender (Reply-To a third party, a link on the
  Reason line), with auto_send on: nothing is sent without a person, the draft
  quotes none of the sender's text, and no third party is ever a recipient.
- With a trust setting, DMARC-fail mail from an address on record gets the
  verify-sender reply, not the account's decision.
- Staff may answer the Reply-To by hand: an explicit action, in the audit log.
"""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import update

from mailbot.service.recipient import ANSWER_REPLY_TO, answer_reply_to, reply_to_warnings
from mailbot.service.review import approve_draft
from mailbot.service.send import send_approved
from mailbot.store import cases as case_store
from mailbot.store.audit import audit_entries
from mailbot.store.schema import drafts
from tests.casework import CLOCK, Inbox, charged_twice, follow_up, make_config, only_pending, open_store
from tests.conftest import mailbox_settings
from tests.helpers import LO_ADDRESS, email_bytes, ist
from tests.smtpd import free_port, smtpd  # noqa: F401  (the fixture)

pytestmark = pytest.mark.integration

ATTACKER = "attacker@evil.example"
VICTIM = "victim@thirdparty.example"
MX = "mx.leadsoptima.com"


@pytest.fixture
def cfg(smtpd):
    return make_config(smtpd.port)


@pytest.fixture
def store(tmp_path, cfg):
    store = open_store(tmp_path, cfg)
    yield store
    store.close()


def send(cfg, store):
    return send_approved(cfg, store, CLOCK, sent_copy=lambda *args: None)


def all_recipients(smtpd) -> list[str]:
    return [r for got in smtpd.received + smtpd.handler.refused for r in got.recipients]


def trusting(cfg, spf: bool = False):
    """The configuration with the LeadsOptima mailbox trusting ``MX``."""
    boxes = [dataclasses.replace(m, trust_authserv_id=MX, trust_spf=spf) if m.name == "lo-support" else m
             for m in cfg.mailboxes]
    return dataclasses.replace(cfg, mailboxes=boxes)


# -- a spoofed customer with an attacker's Reply-To ------------------------------------------

def test_a_spoofed_from_with_an_attackers_reply_to_sends_nothing_to_the_attacker(cfg, store, smtpd):
    cfg.brands["leadsoptima"].auto_send = ("need_info", "approve")
    inbox = Inbox(cfg, store)
    inbox.deliver(charged_twice("<q1@example.in>", Reply_To=ATTACKER))
    inbox.deliver(email_bytes("Asha Rao <asha@example.in>", LO_ADDRESS, "Re: Charged twice [LO-1001]",
                              ist(2025, 7, 8, 12, 0), "The invoice is LO-INV-1002.\n\nAsha",
                              message_id="<q2@example.in>", In_Reply_To="<q1@example.in>",
                              References="<q1@example.in>", Reply_To=ATTACKER))
    with store.connect() as conn:
        every = case_store.list_drafts(conn)
    assert every and all(d.to_address == "asha@example.in" for d in every)
    decided = every[-1]
    assert decided.template.endswith("refund_approved")
    if decided.status == "pending":
        approve_draft(store, decided.id, who="alice", now=CLOCK.now())
    report = send(cfg, store)
    assert report.sent, report
    assert ATTACKER not in all_recipients(smtpd)
    assert {r for r in all_recipients(smtpd)} == {"asha@example.in"}
    for got in smtpd.received:
        assert got.message["To"] == "asha@example.in"
        assert got.message["Reply-To"] is None and got.message["Cc"] is None


def test_the_send_run_refuses_a_recipient_nobody_chose(cfg, store, smtpd):
    Inbox(cfg, store).deliver(charged_twice("<q1@example.in>", Reply_To=ATTACKER))
    pending = only_pending(store)
    approve_draft(store, pending.id, who="alice", now=CLOCK.now())
    with store.begin() as conn:  # a draft readdressed behind the staff's back (an old row, a bad script)
        conn.execute(update(drafts).where(drafts.c.id == pending.id).values(to_address=ATTACKER))
    report = send(cfg, store)
    assert report.sent == [] and report.failed == [pending.id]
    assert all_recipients(smtpd) == []
    with store.connect() as conn:
        assert "no person chose it" in case_store.get_draft(conn, pending.id).send_error


def test_staff_may_answer_the_reply_to_by_hand_and_it_is_recorded(cfg, store, smtpd):
    Inbox(cfg, store).deliver(charged_twice("<q1@example.in>", Reply_To="asha.billing@example.in"))
    pending = only_pending(store)
    with store.connect() as conn:
        warnings = reply_to_warnings(conn, pending.case_id)
    assert [(w.sender, w.reply_to) for w in warnings] == [("asha@example.in", "asha.billing@example.in")]
    assert pending.to_address == "asha@example.in"
    moved = answer_reply_to(store, pending.id, who="alice", now=CLOCK.now())
    assert moved.to_address == "asha.billing@example.in" and moved.status == "pending"
    with store.connect() as conn:
        entries = audit_entries(conn, object_type="draft", object_id=pending.id)
    assert [(e.who, e.action) for e in entries] == [("alice", ANSWER_REPLY_TO)]
    assert send(cfg, store).sent == []  # still waits for approval
    approve_draft(store, pending.id, who="alice", now=CLOCK.now())
    assert send(cfg, store).sent == [pending.id]
    assert all_recipients(smtpd) == ["asha.billing@example.in"]


# -- an unknown sender trying to relay -------------------------------------------------------

def relay_attempt(message_id: str = "<r1@unknown.example>", invoice: str = "LO-INV-9999") -> bytes:
    return email_bytes("Mallory <mallory@unknown.example>", LO_ADDRESS, "Refund http://evil.example/win now",
                       ist(2025, 7, 8, 11, 0),
                       "Please cancel and refund my plan.\nReason: see http://evil.example/claim-your-prize "
                       f"and call +1 555 0100\nInvoice: {invoice}\n\nMallory",
                       message_id=message_id, Reply_To=VICTIM)


EVERY_OUTCOME = ("need_info", "verify_sender", "approve", "deny", "escalate", "cancel")


@pytest.mark.parametrize("auto_send, invoice, template", [
    # An invoice nobody has: Mallory is an unknown sender, asked to write from the registered address (C2,
    # POLICY_SPEC section 8: "treated as any unknown sender (C2, C3)"); before that rule, asked for the plan.
    ((), "LO-INV-9999", "verify_sender"),
    (EVERY_OUTCOME, "LO-INV-9999", "verify_sender"),
    (EVERY_OUTCOME, "LO-INV-1002", "verify_sender"),  # Asha's invoice: C2 asks them to write from her address
])
def test_a_relay_attempt_from_an_unknown_sender_reaches_no_third_party(cfg, store, smtpd, auto_send, invoice,
                                                                        template):
    cfg.brands["leadsoptima"].auto_send = auto_send
    Inbox(cfg, store).deliver(relay_attempt(invoice=invoice))
    pending = only_pending(store)  # never auto-approved, whatever auto_send says
    assert pending.template == f"leadsoptima/{template}"
    assert pending.status == "pending" and pending.reviewed_by is None
    assert pending.to_address == "mallory@unknown.example"
    text = f"{pending.subject}\n{pending.body}"
    for quoted in ("http", "evil.example", "claim", "555", "Reason:", "Mallory", VICTIM):
        assert quoted not in text, (quoted, text)
    assert send(cfg, store).sent == []
    assert all_recipients(smtpd) == []
    approve_draft(store, pending.id, who="alice", now=CLOCK.now())  # a person approves: still only the From
    assert send(cfg, store).sent == [pending.id]
    assert all_recipients(smtpd) == ["mallory@unknown.example"]


# -- Authentication-Results ----------------------------------------------------------------

def authenticated(result: str, message_id: str, **headers) -> bytes:
    """Asha's request with the trusted server's results on top, then what the
    sender wrote: a pass from another server and a forged pass with the trusted
    id (below the other server's, so not the receiving server's own)."""
    raw = charged_twice(message_id, **headers)
    lines = [f"Authentication-Results: {MX}; {result}",
             "Authentication-Results: relay.evil.example; dmarc=pass header.from=example.in",
             f"Authentication-Results: {MX}; dmarc=pass header.from=example.in"]
    return ("\r\n".join(lines) + "\r\n").encode() + raw


def test_dmarc_fail_from_an_address_on_record_gets_verify_sender(cfg, store, smtpd):
    cfg = trusting(cfg)
    cfg.brands["leadsoptima"].auto_send = ("need_info", "verify_sender", "approve")
    inbox = Inbox(cfg, store)
    fail = "dmarc=fail header.from=example.in; dkim=none; spf=pass smtp.mailfrom=asha@example.in"
    inbox.deliver(authenticated(fail, "<a1@example.in>"))
    inbox.deliver(follow_up("Re: Charged twice [LO-1001]", "<a2@example.in>", "<a1@example.in>"))
    pending = only_pending(store)
    assert pending.template == "leadsoptima/verify_sender"
    assert pending.status == "pending" and pending.to_address == "asha@example.in"
    assert "LO-INV-1002" not in pending.body and "refund" not in pending.body.lower()
    with store.connect() as conn:
        case = case_store.get_case(conn, pending.case_id)
        decision = case_store.case_decisions(conn, pending.case_id)[-1]
    assert case.status == "need_info" and decision.result["rules"] == ["C2"]
    assert any("not authenticated" in line and "dmarc=fail" in line for line in decision.result["trace"])
    assert send(cfg, store).sent == [] and all_recipients(smtpd) == []


def test_an_authenticated_customer_gets_the_accounts_decision(cfg, store):
    cfg = trusting(cfg)
    inbox = Inbox(cfg, store)
    passing = "dkim=pass header.d=example.in; dmarc=pass header.from=example.in"
    inbox.deliver(authenticated(passing, "<a1@example.in>"))
    follow = follow_up("Re: Charged twice [LO-1001]", "<a2@example.in>", "<a1@example.in>")
    inbox.deliver(f"Authentication-Results: {MX}; dkim=pass header.d=example.in\r\n".encode() + follow)
    decided = only_pending(store)
    assert decided.template == "leadsoptima/refund_approved"
    with store.connect() as conn:
        trace = case_store.case_decisions(conn, decided.case_id)[-1].result["trace"]
    assert f"C2: sender authenticated: {MX}: dkim=pass, d=example.in aligned with example.in" in trace


def test_spf_alone_verifies_only_when_the_mailbox_allows_it(cfg, tmp_path):
    spf = "spf=pass smtp.mailfrom=asha@example.in; dkim=none; dmarc=none"
    for allowed, expected in ((False, "verify_sender"), (True, "refund_approved")):
        where = tmp_path / str(allowed)
        where.mkdir()
        store = open_store(where, cfg)
        try:
            inbox = Inbox(trusting(cfg, spf=allowed), store)
            inbox.deliver(authenticated(spf, "<s1@example.in>"))
            follow = follow_up("Re: Charged twice [LO-1001]", "<s2@example.in>", "<s1@example.in>")
            inbox.deliver(f"Authentication-Results: {MX}; {spf}\r\n".encode() + follow)
            assert only_pending(store).template == f"leadsoptima/{expected}"
        finally:
            store.close()


def test_without_a_trust_setting_behaviour_is_as_before(cfg, store):
    inbox = Inbox(cfg, store)
    inbox.deliver(authenticated("dmarc=fail header.from=example.in", "<a1@example.in>"))
    inbox.deliver(follow_up("Re: Charged twice [LO-1001]", "<a2@example.in>", "<a1@example.in>"))
    assert only_pending(store).template == "leadsoptima/refund_approved"
    assert mailbox_settings().sender_trust is None
