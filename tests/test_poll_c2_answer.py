"""(fix46t, issue 9) A C2 thread answered from the registered address, in production: real Dovecot, real SMTP
(an aiosmtpd sink), SQLite, the poll and ``mailbot run`` / ``mailbot poll``.

The first email comes from an address the ledger does not know (C2 asks them to write from the registered
address); the registered customer answers in the thread.  That answer joins the case (one case, decided again
for the registered address, the draft only to it, and sent to it); an unknown third address, or the registered
address of another account, answering the same thread opens a case of its own, and nothing of the first case
goes to it.  A kill -9 between the two emails keeps exactly once.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from mailbot.clock import FixedClock
from mailbot.config.app import SmtpServer
from mailbot.service.poll import poll_once
from mailbot.service.registered_answer import JOIN
from mailbot.service.review import approve_draft
from mailbot.service.send import send_approved
from mailbot.sources import open_source
from mailbot.store import Store, import_ledger, upgrade
from mailbot.store import cases as case_store
from mailbot.store.audit import audit_entries
from mailbot.store.schema import messages
from tests.helpers import EXAMPLES, LO_ADDRESS, email_bytes, in_process, ist
from tests.smtpd import smtpd  # noqa: F401  (the fixture)

pytestmark = pytest.mark.integration

CLOCK = FixedClock(ist(2025, 7, 8, 18, 0))
HOME = "asha.rao.home@gmail.example"
ASHA = "asha@example.in"
FIRST_ID = "<g1@gmail.example>"


def first_email(body: str = "please cancel my annual plan, we are closing the business.") -> bytes:
    return email_bytes(f"Asha Rao <{HOME}>", LO_ADDRESS, "Cancel my plan", ist(2025, 7, 8, 11, 0),
                       f"Hi,\n\n{body}\n\nAsha", message_id=FIRST_ID)


def answer(sender: str, message_id: str, **headers) -> bytes:
    headers = headers or {"In_Reply_To": FIRST_ID, "References": FIRST_ID}
    return email_bytes(sender, LO_ADDRESS, "Re: Cancel my plan", ist(2025, 7, 8, 12, 0),
                       "Hello,\n\nyes, it's me: this is my account address, please go ahead.\n\nAsha",
                       message_id=message_id, **headers)


@pytest.fixture
def setup(project, smtpd):
    """The project's config (its mailbox reads the private Dovecot; replies go to the sink) and its store,
    with the example ledger."""
    cfg = project.config()
    cfg.smtp = {"default": SmtpServer(name="default", host="127.0.0.1", port=smtpd.port, security="none",
                                      username="", password_env="", sent_folder="")}
    upgrade(cfg.database_url)
    store = Store.open(cfg.database_url)
    import_ledger(store, EXAMPLES / "ledger.json", cfg.zone_of, who="test", now=CLOCK.now())
    yield cfg, store
    store.close()


def poll(cfg, store):
    sources = [open_source(m, cfg) for m in cfg.mailboxes]
    try:
        report = poll_once(in_process(cfg), store, sources, CLOCK)
    finally:
        for source in sources:
            source.close()
    assert not report.failed_mailboxes, report
    return report


def cases_and_drafts(store):
    with store.connect() as conn:
        found = case_store.list_cases(conn)
        return found, {c.id: case_store.list_drafts(conn, case_id=c.id) for c in found}


@pytest.mark.parametrize("together", [False, True], ids=["two-polls", "one-group"])
def test_the_registered_address_answering_a_c2_case_joins_it_and_gets_the_only_reply(
        dovecot, setup, smtpd, together):
    cfg, store = setup
    dovecot.deliver([first_email()])
    if not together:
        poll(cfg, store)
        (asking,), drafts = cases_and_drafts(store)
        assert asking.status == "need_info" and [d.to_address for d in drafts[asking.id]] == [HOME]
    dovecot.deliver([answer(f"Asha Rao <{ASHA}>", "<a1@example.in>")])
    poll(cfg, store)

    (case,), drafts = cases_and_drafts(store)
    assert case.emails == 2 and case.status == "decided" and case.outcome == "cancel"
    assert case.customer == ASHA  # the case list and page show the address the case is decided for
    pending = [d for d in drafts[case.id] if d.status == "pending"]
    assert [(d.template, d.to_address) for d in pending] == [("leadsoptima/cancel_confirmed", ASHA)]
    assert all(d.to_address == HOME for d in drafts[case.id] if d.status != "pending")  # the C2 ask, superseded
    with store.connect() as conn:
        latest = case_store.case_decisions(conn, case.id)[-1]
        joined = [e for e in audit_entries(conn, object_type="case") if e.action == JOIN]
    assert "C2" not in latest.result["rules"]
    assert any(ASHA in line and HOME in line for line in latest.result["trace"])
    assert len(joined) == 1 and joined[0].detail.startswith(f"{ASHA}, ") and HOME in joined[0].detail

    approve_draft(store, pending[0].id, who="alice", now=CLOCK.now())
    report = send_approved(cfg, store, CLOCK, sent_copy=lambda *args: None)
    assert report.sent == [pending[0].id], report
    assert [r for got in smtpd.received for r in got.recipients] == [ASHA]
    assert poll(cfg, store).outcomes.get("merged", 0) == 0  # a second poll adds nothing


def test_an_unknown_third_address_answering_opens_its_own_case_and_gets_nothing_of_the_first(
        dovecot, setup):
    cfg, store = setup
    dovecot.deliver([first_email()])
    poll(cfg, store)
    dovecot.deliver([answer("Mallory <mallory@example.net>", "<m1@example.net>")])
    poll(cfg, store)

    found, drafts = cases_and_drafts(store)
    first, other = sorted(found, key=lambda c: c.id)
    assert (first.customer, first.emails, first.status) == (HOME, 1, "need_info")
    assert [(d.to_address, d.status) for d in drafts[first.id]] == [(HOME, "pending")]
    assert other.customer == "mallory@example.net" and other.emails == 1
    assert all(d.to_address != "mallory@example.net" for d in drafts[first.id])
    assert all(d.template.endswith("verify_sender") for d in drafts[other.id])  # nothing about any account
    with store.connect() as conn:
        assert not [e for e in audit_entries(conn, object_type="case") if e.action == JOIN]


def test_the_registered_address_of_another_account_answering_opens_its_own_case(dovecot, setup):
    """The first email names Asha's invoice: the case is Asha's account; Ravi, registered too, is not its
    customer, whatever he answers in the thread."""
    cfg, store = setup
    dovecot.deliver([first_email("please cancel my annual plan (invoice LO-INV-1001), we are closing.")])
    poll(cfg, store)
    dovecot.deliver([answer("Ravi <ravi.k@example.in>", "<r1@example.in>")])
    poll(cfg, store)

    found, drafts = cases_and_drafts(store)
    first, other = sorted(found, key=lambda c: c.id)
    assert (first.customer, first.emails, first.status) == (HOME, 1, "need_info")
    assert [d.to_address for d in drafts[first.id]] == [HOME]
    assert other.customer == "ravi.k@example.in" and other.emails == 1

    dovecot.deliver([answer(f"Asha Rao <{ASHA}>", "<a1@example.in>")])  # the account's own address joins
    poll(cfg, store)
    found, drafts = cases_and_drafts(store)
    assert len(found) == 2 and found[0].customer == ASHA and found[0].emails == 2
    assert [d.to_address for d in drafts[found[0].id] if d.status == "pending"] == [ASHA]


def stamped(result: str, raw: bytes) -> bytes:
    """``raw`` as the trusted receiving server ``MX`` stamps it."""
    return f"Authentication-Results: {MX}; {result}\r\n".encode() + raw


MX = "mx.leadsoptima.com"


def test_with_a_trust_setting_only_an_authenticated_answer_joins(dovecot, setup):
    cfg, store = setup
    cfg.mailboxes = [dataclasses.replace(m, trust_authserv_id=MX) for m in cfg.mailboxes]
    dovecot.deliver([stamped("dmarc=pass header.from=gmail.example", first_email())])
    poll(cfg, store)
    forged = answer(f"Asha Rao <{ASHA}>", "<a1@example.in>")
    dovecot.deliver([stamped("dmarc=fail header.from=example.in; dkim=none", forged)])
    poll(cfg, store)
    found, drafts = cases_and_drafts(store)
    assert [(c.customer, c.emails) for c in found] == [(HOME, 1), (ASHA, 1)]  # a case of its own
    assert [d.to_address for d in drafts[found[0].id]] == [HOME]

    dovecot.deliver([stamped("dkim=pass header.d=example.in; dmarc=pass header.from=example.in",
                             answer(f"Asha Rao <{ASHA}>", "<a2@example.in>"))])
    poll(cfg, store)
    found, drafts = cases_and_drafts(store)
    assert found[0].customer == ASHA and found[0].emails == 2 and found[0].status == "decided"
    assert [d.to_address for d in drafts[found[0].id] if d.status == "pending"] == [ASHA]


# -- exactly once across a kill -9 --------------------------------------------------------------------------------

def _worker(project, *args) -> subprocess.Popen:
    env = dict(os.environ, MAILBOT_CONFIG=str(project.config_path))
    return subprocess.Popen([sys.executable, "-m", "mailbot", *args], env=env, cwd=project.root,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _stored(store) -> list:
    with store.connect() as conn:
        return list(conn.execute(select(messages.c.message_id, messages.c.status, messages.c.case_id)
                                 .order_by(messages.c.id)))


def _wait(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_kill_9_between_the_two_emails_keeps_exactly_once(dovecot, project, setup):
    cfg, store = setup
    project.write(poll_seconds=1)
    dovecot.deliver([first_email()])
    worker = _worker(project, "run")
    try:
        assert _wait(lambda: len(_stored(store)) == 1 and cases_and_drafts(store)[1].get(1), 120)
    finally:
        worker.kill()
        worker.wait(10)
    assert worker.returncode == -signal.SIGKILL
    dovecot.deliver([answer(f"Asha Rao <{ASHA}>", "<a1@example.in>")])
    for _ in range(2):  # the second run finds nothing new
        again = _worker(project, "poll", "--once")
        output = again.communicate(timeout=300)[0].decode()
        assert again.returncode == 0, output

    stored = _stored(store)
    assert [(r.message_id, r.status) for r in stored] == [(FIRST_ID, "case"), ("<a1@example.in>", "case")]
    assert len({r.case_id for r in stored}) == 1
    (case,), drafts = cases_and_drafts(store)
    assert case.customer == ASHA and case.emails == 2
    assert [(d.to_address, d.status) for d in drafts[case.id]] == [(HOME, "superseded"), (ASHA, "pending")]
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(messages)).scalar() == 2
        assert [e.action for e in audit_entries(conn, object_type="case")].count(JOIN) == 1
