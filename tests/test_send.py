"""Sending approved replies to a real aiosmtpd server on 127.0.0.1, from a
real SQLite store: threading headers, exactly once, retry on 451, failure on
550, no header injection, the copy in the Sent folder (a private Dovecot)."""

from __future__ import annotations

import smtplib
from datetime import timedelta

import imapclient
import pytest

from mailbot.clock import FixedClock
from mailbot.config.app import SmtpServer
from mailbot.errors import SendError
from mailbot.sent_copy import SentCopyError
from mailbot.service import send as send_service
from mailbot.service.review import AUTO_SEND, ReviewError, approve_draft
from mailbot.service.send import INTERRUPTED, resolve_interrupted, retry_delay, send_approved
from mailbot.smtp import connect
from mailbot.store import cases as case_store
from mailbot.store.audit import audit_entries
from tests.casework import (
    CLOCK, Inbox, agency_request, charged_twice, draft, follow_up, make_config, only_pending, open_store,
)
from tests.smtpd import free_port, smtpd  # noqa: F401  (the fixture)

pytestmark = pytest.mark.integration


class Crash(BaseException):
    """The process dies (as SIGKILL would): nothing after it runs."""


@pytest.fixture
def cfg(smtpd):
    return make_config(smtpd.port)


@pytest.fixture
def store(tmp_path, cfg):
    store = open_store(tmp_path, cfg)
    yield store
    store.close()


@pytest.fixture
def copies():
    """The Sent-folder copies made (instead of IMAP; Dovecot has its own test)."""
    made = []
    return made


def send(cfg, store, copies, clock=CLOCK, **kwargs):
    return send_approved(cfg, store, clock, sent_copy=lambda box, folder, raw, when: copies.append((box.name, folder, raw)),
                         **kwargs)


def approved_case(cfg, store, follow=True):
    """A case of two emails (a question, then the answer) and its approved draft."""
    inbox = Inbox(cfg, store)
    inbox.deliver(charged_twice("<q1@example.in>"))
    if follow:
        inbox.deliver(follow_up("Re: Charged twice [LO-1001]", "<q2@example.in>", "<q1@example.in>"))
    pending = only_pending(store)
    return approve_draft(store, pending.id, who="alice", now=CLOCK.now())


def test_a_reply_goes_out_once_threaded_from_the_brand(cfg, store, smtpd, copies):
    approved = approved_case(cfg, store)
    report = send(cfg, store, copies)
    assert report.sent == [approved.id]
    assert len(smtpd.received) == 1
    got = smtpd.received[0]
    assert got.sender == "support@leadsoptima.com"
    assert got.recipients == ["asha@example.in"]
    msg = got.message
    assert msg["From"] == cfg.brands["leadsoptima"].reply_from
    assert msg["To"] == "asha@example.in"
    assert msg["Message-ID"] == approved.message_id
    assert msg["In-Reply-To"] == "<q2@example.in>"
    assert msg["References"].split() == ["<q1@example.in>", "<q2@example.in>"]
    assert "[LO-1001]" in msg["Subject"]
    assert msg["Date"]
    assert msg["Auto-Submitted"] is None
    assert msg.get_content().replace("\r\n", "\n") == approved.body
    sent = draft(store, approved.id)
    assert sent.status == "sent" and sent.sent_at == CLOCK.now() and sent.attempts == 1
    assert copies == [("lo-support", "Sent", got.data)]  # the bytes that went out, to the mailbox's Sent folder
    assert send(cfg, store, copies).sent == []  # nothing twice
    assert len(smtpd.received) == 1


def test_a_crash_after_sending_before_recording_never_resends(cfg, store, smtpd, copies, monkeypatch):
    approved = approved_case(cfg, store)

    def die(*args, **kwargs):
        raise Crash()

    monkeypatch.setattr(case_store, "mark_sent", die)
    with pytest.raises(Crash):
        send(cfg, store, copies)
    monkeypatch.undo()
    assert len(smtpd.received) == 1
    assert draft(store, approved.id).status == "sending"

    later = FixedClock(CLOCK.now() + timedelta(hours=1))
    report = send(cfg, store, copies, clock=later)
    assert report.interrupted == [approved.id] and report.sent == []
    assert len(smtpd.received) == 1  # not sent again
    left = draft(store, approved.id)
    assert left.status == "sending" and left.send_error == INTERRUPTED
    with store.connect() as conn:
        assert [d.id for d in case_store.list_drafts(conn, status="sending")] == [approved.id]
        assert "draft.send_interrupted" in [e.action for e in audit_entries(conn, object_type="draft")]
    assert send(cfg, store, copies, clock=later).interrupted == []  # flagged once
    assert len(smtpd.received) == 1

    resolved = resolve_interrupted(store, approved.id, who="alice", now=later.now(), was_sent=True)
    assert resolved.status == "sent"
    assert send(cfg, store, copies, clock=later).sent == []
    assert len(smtpd.received) == 1


def test_a_failed_commit_after_sending_leaves_the_draft_for_staff(cfg, store, smtpd, copies, monkeypatch):
    approved = approved_case(cfg, store)

    def locked(*args, **kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(case_store, "mark_sent", locked)
    report = send(cfg, store, copies)
    monkeypatch.undo()
    assert report.interrupted == [approved.id] and report.sent == []
    left = draft(store, approved.id)
    assert left.status == "sending" and left.send_error.startswith("interrupted")
    assert send(cfg, store, copies).sent == []
    assert len(smtpd.received) == 1


def test_a_connection_lost_while_handing_over_is_not_retried(cfg, store, smtpd, copies):
    approved = approved_case(cfg, store)

    class LostAfterData(smtplib.SMTP):
        def data(self, msg):
            super().data(msg)  # the server has it ...
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")  # ... but we never hear

    def factory(server):
        return LostAfterData(server.host, server.port, timeout=10)

    report = send(cfg, store, copies, transport_factory=factory)
    assert report.interrupted == [approved.id]
    assert draft(store, approved.id).status == "sending"
    assert send(cfg, store, copies).sent == []
    assert len(smtpd.received) == 1
    with pytest.raises(ReviewError, match="only an interrupted"):
        resolve_interrupted(store, approved.id - 1, who="alice", now=CLOCK.now(), was_sent=False)
    back = resolve_interrupted(store, approved.id, who="alice", now=CLOCK.now(), was_sent=False)
    assert back.status == "approved"
    assert send(cfg, store, copies).sent == [approved.id]  # staff said it did not go out
    assert len(smtpd.received) == 2


def test_451_is_retried_later_with_backoff_then_sent(cfg, store, smtpd, copies):
    approved = approved_case(cfg, store)
    smtpd.answer("451")
    report = send(cfg, store, copies)
    assert report.deferred == [approved.id]
    waiting = draft(store, approved.id)
    assert waiting.status == "approved" and waiting.attempts == 1
    assert waiting.next_attempt_at == CLOCK.now() + retry_delay(1)
    assert "451" in waiting.send_error and "Try again later" in waiting.send_error

    smtpd.answer(None)
    assert send(cfg, store, copies).sent == []  # not due yet
    assert smtpd.received == []
    again = FixedClock(CLOCK.now() + retry_delay(1))
    assert send(cfg, store, copies, clock=again).sent == [approved.id]
    assert len(smtpd.received) == 1 and len(smtpd.handler.refused) == 1
    sent = draft(store, approved.id)
    assert sent.status == "sent" and sent.attempts == 2 and sent.send_error is None


def test_backoff_doubles_and_has_a_ceiling():
    assert [retry_delay(n) for n in (1, 2, 3)] == [timedelta(minutes=1), timedelta(minutes=2),
                                                    timedelta(minutes=4)]
    assert retry_delay(30) == send_service.RETRY_LONGEST


def test_550_fails_with_the_servers_words(cfg, store, smtpd, copies):
    approved = approved_case(cfg, store)
    smtpd.answer("550")
    report = send(cfg, store, copies)
    assert report.failed == [approved.id]
    failed = draft(store, approved.id)
    assert failed.status == "failed"
    assert "550 5.7.1 Relaying denied: the test server refuses this message" in failed.send_error
    smtpd.answer(None)
    assert send(cfg, store, copies, clock=FixedClock(CLOCK.now() + timedelta(days=1))).sent == []
    assert smtpd.received == [] and copies == []
    with store.connect() as conn:
        entries = audit_entries(conn, object_type="draft", object_id=approved.id)
    assert entries[-1].action == "draft.send_failed" and "550" in entries[-1].detail


def test_an_unreachable_server_is_retried_and_tried_once_per_run(cfg, store, smtpd, copies):
    first = approved_case(cfg, store, follow=False)
    Inbox(cfg, store, "owd-support").deliver(agency_request("<r1@example.com>"))
    second = approve_draft(store, only_pending(store).id, who="alice", now=CLOCK.now())
    cfg.smtp["default"] = SmtpServer(name="default", host="127.0.0.1", port=free_port(), security="none",
                                     username="", password_env="", sent_folder="")
    report = send(cfg, store, copies)
    assert report.deferred == [first.id] and report.waiting == [second.id]
    waiting = draft(store, first.id)
    assert waiting.status == "approved" and "cannot connect" in waiting.send_error and waiting.attempts == 1
    untouched = draft(store, second.id)
    assert untouched.status == "approved" and untouched.attempts == 0 and untouched.send_error is None
    cfg.smtp["default"] = SmtpServer(name="default", host="127.0.0.1", port=smtpd.port, security="none",
                                     username="", password_env="", sent_folder="")
    later = FixedClock(CLOCK.now() + retry_delay(1))
    assert send(cfg, store, copies, clock=later).sent == [first.id, second.id]


def test_a_subject_with_cr_lf_cannot_add_headers(cfg, store, smtpd, copies):
    inbox = Inbox(cfg, store)
    inbox.deliver(charged_twice("<q1@example.in>"))
    pending = only_pending(store)
    evil = "Your refund\r\nBcc: thief@attacker.example\r\n\r\nforged body\nX-Injected: yes"
    approved = approve_draft(store, pending.id, who="alice", now=CLOCK.now(), subject=evil)
    assert "\r" not in approved.subject and "\n" not in approved.subject
    assert approved.subject.startswith("Your refund Bcc: thief@attacker.example forged body")
    assert send(cfg, store, copies).sent == [approved.id]
    got = smtpd.received[0]
    assert got.recipients == ["asha@example.in"]
    msg = got.message
    assert msg["Bcc"] is None and msg["X-Injected"] is None
    assert msg.get_content().replace("\r\n", "\n") == pending.body
    head = got.data.split(b"\r\n\r\n", 1)[0]
    assert not any(line.lower().startswith((b"bcc:", b"x-injected:")) for line in head.split(b"\r\n"))


def test_a_failed_copy_does_not_fail_the_send(cfg, store, smtpd):
    approved = approved_case(cfg, store, follow=False)

    def broken(box, folder, raw, when):
        raise SentCopyError(f"mailbox {box.name}: folder {folder}: connection refused")

    report = send_approved(cfg, store, CLOCK, sent_copy=broken)
    assert report.sent == [approved.id] and report.copy_failed == [approved.id]
    assert draft(store, approved.id).status == "sent"
    with store.connect() as conn:
        actions = [e.action for e in audit_entries(conn, object_type="draft", object_id=approved.id)]
    assert actions[-2:] == ["draft.sent", "draft.sent_copy_failed"]


def test_no_copy_for_a_maildir_mailbox(smtpd, tmp_path, copies):
    from tests.conftest import mailbox_settings

    cfg = make_config(smtpd.port, [mailbox_settings(name="lo-support", brand="leadsoptima", maildir="var/md")])
    store = open_store(tmp_path, cfg)
    try:
        approved = approved_case(cfg, store, follow=False)
        assert send(cfg, store, copies).sent == [approved.id]
        assert copies == []
    finally:
        store.close()


def test_the_copy_lands_in_the_sent_folder_of_the_imap_mailbox(smtpd, tmp_path, imap_mailbox, dovecot):
    cfg = make_config(smtpd.port, [imap_mailbox(name="lo-support", brand="leadsoptima", sent_folder="Sent")])
    store = open_store(tmp_path, cfg)
    try:
        approved = approved_case(cfg, store, follow=False)
        report = send_approved(cfg, store, CLOCK)
        assert report.sent == [approved.id] and report.copies == [approved.id]
    finally:
        store.close()
    with imapclient.IMAPClient("127.0.0.1", port=dovecot.port, ssl=False) as client:
        client.login(dovecot.user, dovecot.password)
        client.select_folder("Sent", readonly=True)
        uids = client.search("ALL")
        assert len(uids) == 1
        fetched = client.fetch(uids, ["BODY.PEEK[]", "FLAGS"])[uids[0]]
    assert fetched[b"BODY[]"] == smtpd.received[0].data
    assert imapclient.SEEN in fetched[b"FLAGS"]


def test_each_brand_uses_its_own_server_else_the_default(cfg, store, smtpd, copies, tmp_path):
    from tests.smtpd import TestSmtpServer

    own = TestSmtpServer()
    own.start()
    try:
        cfg.smtp["optima_webdesign"] = SmtpServer(name="optima_webdesign", host="127.0.0.1", port=own.port,
                                                  security="none", username="", password_env="", sent_folder="")
        approved_case(cfg, store, follow=False)
        Inbox(cfg, store, "owd-support").deliver(agency_request("<r1@example.com>"))
        owd = only_pending(store)
        approve_draft(store, owd.id, who="alice", now=CLOCK.now())
        assert len(send(cfg, store, copies).sent) == 2
        assert [r.recipients for r in smtpd.received] == [["asha@example.in"]]
        assert [r.recipients for r in own.received] == [["ravi@example.com"]]
        assert own.received[0].sender == "optimawebdesigns12@gmail.com"
    finally:
        own.stop()


def test_plain_smtp_is_refused_except_to_loopback():
    server = SmtpServer(name="default", host="smtp.example.com", port=25, security="none", username="",
                        password_env="", sent_folder="")
    with pytest.raises(SendError, match="only for 127.0.0.1"):
        connect(server)


def test_a_missing_password_variable_is_named_not_guessed(monkeypatch):
    monkeypatch.delenv("MAILBOT_TEST_SMTP_PW", raising=False)
    server = SmtpServer(name="default", host="127.0.0.1", port=free_port(), security="none", username="bot",
                        password_env="MAILBOT_TEST_SMTP_PW", sent_folder="")
    with pytest.raises(SendError, match="MAILBOT_TEST_SMTP_PW is not set"):
        connect(server)


# -- auto-send ------------------------------------------------------------------------------

def test_auto_send_approves_only_the_listed_outcomes(cfg, store, smtpd, copies):
    cfg.brands["leadsoptima"].auto_send = ("need_info",)
    inbox = Inbox(cfg, store)
    inbox.deliver(charged_twice("<q1@example.in>"))  # asks for the invoice: need_info
    with store.connect() as conn:
        first = case_store.list_drafts(conn)[0]
        entries = audit_entries(conn, object_type="draft", object_id=first.id)
    assert first.template.endswith("need_info") and first.status == "approved" and first.reviewed_by == AUTO_SEND
    assert [(e.who, e.action) for e in entries] == [(AUTO_SEND, "draft.approve")]
    inbox.deliver(follow_up("Re: Charged twice [LO-1001]", "<q2@example.in>", "<q1@example.in>"))
    decided = only_pending(store)  # the refund decision waits for a person
    assert decided.template.endswith("refund_approved")
    assert send(cfg, store, copies).sent == [first.id]


def test_nothing_is_auto_sent_by_default(cfg, store):
    assert cfg.brands["leadsoptima"].auto_send == ()
    Inbox(cfg, store).deliver(charged_twice("<q1@example.in>"))
    assert only_pending(store).template.endswith("need_info")
