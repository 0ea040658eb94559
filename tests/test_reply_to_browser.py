"""In a real browser (Playwright driving Debian's chromium), against the app
served on 127.0.0.1 with replies going to a real aiosmtpd:

- the case page warns when an email's Reply-To is not its From; the draft
  goes to the From; "answer it by hand" readdresses it only when staff click,
  it is in the case history, and the reply then reaches that address only;
- over plain HTTP with the default cookie rule, the session cookie is not
  Secure and signing in works (issue 11: ``mailbot web --host 0.0.0.0``).
"""

from __future__ import annotations

import threading

import pytest

from mailbot.service.demo import deliver, demo_config, demo_mailboxes, maildir_path
from mailbot.service.poll import poll_once
from mailbot.service.send import send_approved
from mailbot.sources import open_source
from mailbot.store import cases as case_store
from mailbot.store.database import Store, upgrade
from mailbot.web import create_app
from tests.helpers import LO_ADDRESS, email_bytes, in_process, ist
from tests.smtpd import smtpd  # noqa: F401  (the fixture)
from tests.test_browser import browser  # noqa: F401  (the fixture)
from tests.webapp import PASSWORD, MovingClock, add_account, copy_of, triaged_copy

pytestmark = pytest.mark.integration

OTHER = "asha.accounts@example.in"


@pytest.fixture
def served(tmp_path, smtpd, monkeypatch, triaged_template):  # noqa: F811
    """The app with the default cookie rule (follow the request) on a free port."""
    from werkzeug.serving import make_server

    monkeypatch.delenv("MAILBOT_SECURE_COOKIES", raising=False)
    clock = MovingClock()
    config = demo_config(copy_of(triaged_copy(triaged_template, tmp_path / "project"), tmp_path), smtpd.port)
    upgrade(config.database_url)
    store = Store.open(config.database_url)
    add_account(store, "alice")
    server = make_server("127.0.0.1", 0, create_app(config, store=store, clock=clock), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", config, store, clock
    finally:
        server.shutdown()
        thread.join()
        store.close()


def sign_in(page, url: str) -> None:
    page.goto(url + "/sign-in")
    page.fill("#name", "alice")
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_selector("h1:has-text('Drafts waiting for review')")


def test_over_plain_http_the_cookie_is_not_secure_and_sign_in_works(browser, served):  # noqa: F811
    url, *_ = served
    sign_in(browser, url)
    cookie = next(c for c in browser.context.cookies() if c["name"] == "mailbot_session")
    assert cookie["secure"] is False and cookie["httpOnly"] is True


def test_the_case_page_warns_of_a_reply_to_and_staff_choose_to_answer_it(browser, served, smtpd):  # noqa: F811
    url, config, store, clock = served
    raw = email_bytes("Asha Rao <asha@example.in>", LO_ADDRESS, "Charged twice again", ist(2025, 9, 9, 10, 0),
                      "I was charged twice for my annual plan, invoice LO-INV-1002. Please refund the duplicate.\n\n"
                      "Asha", message_id="<reply-to-1@example.in>", Reply_To=OTHER)
    deliver(maildir_path(config, demo_mailboxes(config)["leadsoptima"]), "reply-to", raw, None)
    sources = [open_source(m, config) for m in config.mailboxes if m.is_maildir]
    try:
        poll_once(in_process(config), store, sources, clock)
    finally:
        for source in sources:
            source.close()
    with store.connect() as conn:
        case = next(c for c in case_store.list_cases(conn) if c.subject == "Charged twice again")
        draft = case_store.list_drafts(conn, case_id=case.id)[-1]
    assert draft.to_address == "asha@example.in" and draft.status == "pending"

    page = browser
    sign_in(page, url)
    page.goto(f"{url}/cases/{case.id}")
    warning = page.locator(".reply-to-warning")
    assert warning.count() == 1
    assert OTHER in warning.inner_text() and "Reply-To differs from the sender" in warning.inner_text()
    assert "To asha@example.in" in page.locator("#draft .meta").inner_text()
    page.click(f"button:has-text('Answer {OTHER} by hand instead')")
    page.wait_for_selector("text=the Reply-To address, as you chose")
    assert f"To {OTHER}" in page.locator("#draft .meta").inner_text()
    assert "alice draft answer reply to" in page.locator(".log").inner_text()
    assert send_approved(config, store, clock).sent == []  # still waits for approval
    page.click("button:has-text('Approve and send')")
    page.wait_for_selector("text=approved")
    assert send_approved(config, store, clock).sent == [draft.id]
    assert [r for got in smtpd.received for r in got.recipients] == [OTHER]


def test_the_by_hand_action_needs_a_signed_in_user_and_the_form_token(served):
    from tests.test_signin import Browser

    url, config, store, clock = served
    port = int(url.rsplit(":", 1)[1])
    with store.connect() as conn:
        target = case_store.list_drafts(conn, status="pending")[0]
    stranger = Browser(port)
    status, _, headers = stranger.request("POST", f"/drafts/{target.id}/answer-reply-to", {})
    assert status in (302, 400)  # no session: sign in first (or no token)
    alice = Browser(port)
    assert alice.sign_in("alice") == 302
    assert alice.request("POST", f"/drafts/{target.id}/answer-reply-to", {"csrf_token": "forged"})[0] == 400
    status, _, headers = alice.request("POST", f"/drafts/{target.id}/answer-reply-to",
                                       {"csrf_token": alice.token()})
    assert status == 302  # refused with a message: the case's emails carry no other Reply-To
    page = alice.request("GET", headers["Location"].replace(url, ""))[1]
    assert "carry no Reply-To other than their From" in page
    with store.connect() as conn:
        assert case_store.get_draft(conn, target.id).to_address == target.to_address
